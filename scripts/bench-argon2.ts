// npx tsx scripts/bench-argon2.ts [--hashes 15] — the CPU of one sign-in's Argon2id, pure-JS
// @noble/hashes against the WebAssembly argon2id package (SIMD and non-SIMD binaries), with the
// parameters of src/server/auth/passwords.ts (m = 19456 KiB, t = 2, p = 1, 32-byte tag).
//
// Node: process CPU of this process around each hash, median. workerd: for each implementation
// a fresh Miniflare runs a tiny module Worker (the .wasm files as CompiledWasm modules, as the
// built Worker has them), one hash per request, one request at a time after 3 warm-up requests;
// it prints the median wall time per request and the workerd process CPU per request (from
// /proc, 10 ms ticks, so it is an average over all requests), minus the same for a Worker that
// does no hash. It also prints workerd's resident memory after the run, and checks that every
// implementation gives byte-identical output. It prints numbers; it is not a test (see
// docs/decisions/0017-argon2-wasm.md). Run it alone: it measures CPU, so a busy machine skews it.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { argon2id as nobleArgon2id } from "@noble/hashes/argon2.js";
import setupWasm from "argon2id/lib/setup.js";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { cpuSeconds, descendantsOf } from "./bench/process-cpu";

const { values } = parseArgs({ options: { hashes: { type: "string", default: "15" } } });
const HASHES = Number(values.hashes);
if (!Number.isSafeInteger(HASHES) || HASHES < 3) throw new Error("--hashes must be a whole number of at least 3");
const WARM_UP = 3;

const require = createRequire(import.meta.url);
const simdBytes = readFileSync(require.resolve("argon2id/dist/simd.wasm"));
const noSimdBytes = readFileSync(require.resolve("argon2id/dist/no-simd.wasm"));

const params = { m: 19_456, t: 2, p: 1, dkLen: 32 } as const;
const password = new TextEncoder().encode("correct horse battery staple");
const salt = new Uint8Array(16).fill(7);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[list.length >> 1] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

// --- Node -------------------------------------------------------------------------------------

async function wasmInNode(bytes: BufferSource) {
  const module = await WebAssembly.compile(bytes);
  const instantiate = async (imports: WebAssembly.Imports) => ({ module, instance: await WebAssembly.instantiate(module, imports) });
  return setupWasm(instantiate, instantiate);
}

function nodeCpuMedian(hash: () => Uint8Array): { cpuMs: number; output: string } {
  const samples: number[] = [];
  let output = "";
  for (let i = 0; i < WARM_UP + HASHES; i++) {
    const before = process.cpuUsage();
    output = hex(hash());
    const used = process.cpuUsage(before);
    if (i >= WARM_UP) samples.push((used.user + used.system) / 1000);
  }
  return { cpuMs: median(samples), output };
}

const wasmArgs = { password, salt, parallelism: params.p, passes: params.t, memorySize: params.m, tagLength: params.dkLen };
const simdNode = await wasmInNode(simdBytes);
const noSimdNode = await wasmInNode(noSimdBytes);
const nodeResults = {
  noble: nodeCpuMedian(() => nobleArgon2id(password, salt, params)),
  simd: nodeCpuMedian(() => simdNode(wasmArgs)),
  "no-simd": nodeCpuMedian(() => noSimdNode(wasmArgs)),
};

// --- workerd ----------------------------------------------------------------------------------

// One Worker for every implementation; the query string picks one, so each Miniflare run only
// ever touches (and allocates memory for) the one it measures.
const workerSource = `
import { argon2id as noble } from "@noble/hashes/argon2.js";
import setupWasm from "argon2id/lib/setup.js";
import simd from "./simd.wasm";
import noSimd from "./no-simd.wasm";
const params = ${JSON.stringify(params)};
const password = new Uint8Array(${JSON.stringify([...password])});
const salt = new Uint8Array(16).fill(7);
const loaded = {};
const wasm = (module) => {
  const instantiate = async (imports) => ({ module, instance: await WebAssembly.instantiate(module, imports) });
  return setupWasm(instantiate, instantiate);
};
const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
export default {
  async fetch(request) {
    const impl = new URL(request.url).searchParams.get("impl");
    if (impl === "none") return new Response("");
    if (impl === "noble") return new Response(hex(noble(password, salt, params)));
    const module = impl === "simd" ? simd : noSimd;
    const hash = await (loaded[impl] ??= wasm(module));
    return new Response(hex(hash({ password, salt, parallelism: params.p, passes: params.t, memorySize: params.m, tagLength: params.dkLen })));
  },
};`;

const bundled = await build({
  stdin: { contents: workerSource, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  external: ["./simd.wasm", "./no-simd.wasm"],
  write: false,
  logLevel: "warning",
});
const workerCode = bundled.outputFiles[0]?.text ?? "";

interface WorkerdResult {
  wallMs: number;
  cpuMsPerRequest: number;
  /** The CPU of the one thread that ran the requests (the busiest), without V8's background threads. */
  threadCpuMsPerRequest: number;
  rssMb: number | null;
  output: string;
}

/** CPU ticks of every thread of these processes, by "pid/tid". */
function threadTicks(pids: readonly number[]): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      ticks.set(`${pid}/${tid}`, Number(fields[11]) + Number(fields[12]));
    }
  }
  return ticks;
}

function rssMb(pid: number): number | null {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match?.[1] ? Number(match[1]) / 1024 : null;
}

async function inWorkerd(impl: "none" | "noble" | "simd" | "no-simd"): Promise<WorkerdResult> {
  const modulesRoot = dirname(require.resolve("argon2id/package.json"));
  const mf = new Miniflare({
    modulesRoot,
    modules: [
      { type: "ESModule", path: `${modulesRoot}/worker.mjs`, contents: workerCode },
      { type: "CompiledWasm", path: `${modulesRoot}/simd.wasm`, contents: simdBytes },
      { type: "CompiledWasm", path: `${modulesRoot}/no-simd.wasm`, contents: noSimdBytes },
    ],
    compatibilityDate: "2025-09-01",
  });
  try {
    await mf.ready;
    const workerd = descendantsOf(process.pid).filter((child) => child.comm.startsWith("workerd"));
    if (workerd.length === 0) throw new Error("no workerd process found under this one");
    const pids = workerd.map((child) => child.pid);
    const request = async () => {
      const response = await mf.dispatchFetch(`http://bench.local/?impl=${impl}`);
      return response.text();
    };
    let output = "";
    for (let i = 0; i < WARM_UP; i++) output = await request();
    const walls: number[] = [];
    const cpuBefore = cpuSeconds(pids);
    const threadsBefore = threadTicks(pids);
    for (let i = 0; i < HASHES; i++) {
      const start = performance.now();
      output = await request();
      walls.push(performance.now() - start);
    }
    const cpuMsPerRequest = ((cpuSeconds(pids) - cpuBefore) * 1000) / HASHES;
    let busiestTicks = 0;
    for (const [thread, ticks] of threadTicks(pids)) busiestTicks = Math.max(busiestTicks, ticks - (threadsBefore.get(thread) ?? 0));
    // /proc counts in ticks of 1/100 s (as scripts/bench/process-cpu.ts assumes).
    const threadCpuMsPerRequest = (busiestTicks * 10) / HASHES;
    return { wallMs: median(walls), cpuMsPerRequest, threadCpuMsPerRequest, rssMb: pids.map(rssMb).reduce<number>((sum, value) => sum + (value ?? 0), 0), output };
  } finally {
    await mf.dispose();
  }
}

const baseline = await inWorkerd("none");
const workerdResults = {
  noble: await inWorkerd("noble"),
  simd: await inWorkerd("simd"),
  "no-simd": await inWorkerd("no-simd"),
};

// --- Report -----------------------------------------------------------------------------------

console.log(`Argon2id m=${params.m} t=${params.t} p=${params.p} dkLen=${params.dkLen}; ${HASHES} hashes each after ${WARM_UP} warm-up`);
console.log(`Node ${process.version}: median process CPU per hash`);
for (const [name, result] of Object.entries(nodeResults)) {
  console.log(`  ${name.padEnd(8)} ${ms(result.cpuMs).padStart(9)}  (${(nodeResults.noble.cpuMs / result.cpuMs).toFixed(1)}x cheaper than noble)`);
}
console.log(
  `workerd (Miniflare ${require("miniflare/package.json").version as string}): per request minus a no-hash request ` +
    `(${ms(baseline.wallMs)} wall, ${ms(baseline.cpuMsPerRequest)} CPU, ${baseline.rssMb?.toFixed(0)} MB RSS)`,
);
const nobleCpu = workerdResults.noble.cpuMsPerRequest - baseline.cpuMsPerRequest;
const nobleThread = workerdResults.noble.threadCpuMsPerRequest - baseline.threadCpuMsPerRequest;
for (const [name, result] of Object.entries(workerdResults)) {
  const cpu = result.cpuMsPerRequest - baseline.cpuMsPerRequest;
  const thread = result.threadCpuMsPerRequest - baseline.threadCpuMsPerRequest;
  const wall = result.wallMs - baseline.wallMs;
  console.log(
    `  ${name.padEnd(8)} process CPU ${ms(cpu).padStart(9)} (${(nobleCpu / cpu).toFixed(1)}x)  ` +
      `request thread CPU ${ms(thread).padStart(9)} (${(nobleThread / thread).toFixed(1)}x)  ` +
      `median wall ${ms(wall).padStart(9)}  RSS after ${result.rssMb?.toFixed(0)} MB`,
  );
}
const outputs = new Set([...Object.values(nodeResults), ...Object.values(workerdResults)].map((result) => result.output));
console.log(outputs.size === 1 ? "All outputs byte-identical." : `OUTPUTS DIFFER: ${[...outputs].join(" ")}`);
if (outputs.size !== 1) process.exitCode = 1;
