// npx tsx scripts/profile-worker.ts — where the Worker's CPU goes, from V8's own profiler.
//
// Serves a copy of the benchmark's 1k-thread database (npm run bench makes it) with the local
// libSQL server and the built Worker (dist/) under wrangler dev, signs in the bench's member with
// its 5,000-notification inbox, then for each page type: a warm-up, and some seconds of requests
// (one at a time by default) under the DevTools CPU profiler of the Worker's isolate. Saves each profile as
// <out>/rounds-<page>.cpuprofile (open it in Chrome DevTools) and prints self time by function
// and by module, per request. `(program)` is time the isolate's thread spent with no JavaScript
// on the stack (workerd's own C++: HTTP, streams, other Workers of the same process);
// `(garbage collector)` is V8's GC.
//
//   --pages home,thread,channel   which page types (default: all three)
//   --seconds S                   seconds profiled per page type (default 8)
//   --concurrency N               requests in flight while profiling (default 1)
//   --top N                       rows per table (default 15)
//   --out DIR                     where the .cpuprofile files go (default /tmp)
//   --build                       astro build first, with source maps for the server bundle
//                                 (ROUNDS_SERVER_SOURCEMAP=1) so modules are named by source file
//   --minify                      profile the minified bundle, as wrangler.toml deploys it
//                                 (default: unminified, so functions keep their names)
//   --perf                        Linux perf on the Worker's workerd process instead of the V8
//                                 profiler: what the native time is (workerd's C++, V8's GC...)
//   --perf-report FILE            only print the --perf tables of an earlier perf.data
//
// Needs a WebSocket client: Node 22 has one; on Node 20 the script restarts itself with
// --experimental-websocket. Everything listens on 127.0.0.1 and stops when the script ends.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "libsql";
import { runLoad, closeAgents } from "./bench/load";
import { seedNotifications } from "./bench/notification-count";
import { cpuSeconds, descendantsOf } from "./bench/process-cpu";
import { splitWorkerd } from "./bench/stack";
import { discoverPaths, prepareViewer, type PageType } from "./bench/targets";
import { bin, freePort, projectRoot, runToCompletion, startLibsqlServerProcess, startWranglerDev, type RunningProcess } from "./lib/processes";

const PAGE_KEYS: Record<string, string> = { home: "home", channel: "channel-new", thread: "thread" };

interface Options {
  pages: string[];
  seconds: number;
  concurrency: number;
  top: number;
  out: string;
  build: boolean;
  minify: boolean;
  perf: boolean;
  perfReport: string | undefined;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      pages: { type: "string" },
      seconds: { type: "string" },
      concurrency: { type: "string" },
      top: { type: "string" },
      out: { type: "string" },
      build: { type: "boolean" },
      minify: { type: "boolean" },
      perf: { type: "boolean" },
      "perf-report": { type: "string" },
    },
  });
  const whole = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a whole number above 0, not "${raw}".`);
    return value;
  };
  const pages = (values.pages ?? "home,thread,channel").split(",").map((page) => page.trim());
  for (const page of pages) if (!PAGE_KEYS[page]) throw new Error(`--pages takes ${Object.keys(PAGE_KEYS).join(", ")}, not "${page}".`);
  return {
    pages,
    seconds: whole("seconds", values.seconds, 8),
    concurrency: whole("concurrency", values.concurrency, 1),
    top: whole("top", values.top, 15),
    out: resolve(values.out ?? tmpdir()),
    build: values.build ?? false,
    minify: values.minify ?? false,
    perf: values.perf ?? false,
    perfReport: values["perf-report"],
  };
}

// ---------------------------------------------------------------------------------------------
// The DevTools protocol over WebSocket: just enough to start and stop the profiler.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId: string };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

class DevTools {
  private nextId = 1;
  private pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private constructor(private socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  static async connect(url: string): Promise<DevTools> {
    // wrangler's inspector proxy accepts only local (or Cloudflare DevTools) origins.
    const init = { headers: { origin: "http://127.0.0.1" } };
    const socket = new WebSocket(url, init as unknown as string[]);
    await new Promise<void>((resolveOpen, rejectOpen) => {
      socket.addEventListener("open", () => resolveOpen(), { once: true });
      socket.addEventListener("error", () => rejectOpen(new Error(`could not connect to ${url}`)), { once: true });
    });
    return new DevTools(socket);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolveCall, rejectCall) => {
      this.pending.set(id, { resolve: (value) => resolveCall(value as T), reject: rejectCall });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** The Worker's DevTools target on wrangler's inspector port (its /json list names one per Worker). */
async function workerTarget(inspectorPort: number): Promise<string> {
  const deadline = Date.now() + 20_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${inspectorPort}/json`);
      const targets = (await response.json()) as Array<{ webSocketDebuggerUrl?: string; title?: string; id?: string }>;
      last = JSON.stringify(targets);
      const target = targets.find((candidate) => candidate.webSocketDebuggerUrl);
      if (target?.webSocketDebuggerUrl) return target.webSocketDebuggerUrl;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`No DevTools target on port ${inspectorPort}: ${last}`);
}

// ---------------------------------------------------------------------------------------------
// Source maps: wrangler's bundle → (through astro's server source maps, when built with them)
// the original file. A minimal VLQ decoder, so the script needs no source-map package.

interface Mapping {
  line: number;
  column: number;
  source: number;
  sourceLine: number;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

class SourceMap {
  /** Mappings by generated line, each sorted by column. */
  private lines: Mapping[][] = [];
  readonly sources: string[];

  constructor(raw: { sources: string[]; sourceRoot?: string; mappings: string }, mapFile: string) {
    const root = raw.sourceRoot ?? "";
    this.sources = raw.sources.map((source) => resolve(dirname(mapFile), root, source));
    let source = 0;
    let sourceLine = 0;
    let _sourceColumn = 0; // decoded to keep the VLQ deltas in step; profiles name lines only
    for (const [lineIndex, lineText] of raw.mappings.split(";").entries()) {
      let column = 0;
      const out: Mapping[] = [];
      for (const segment of lineText.split(",")) {
        if (!segment) continue;
        const fields: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64_VALUE.get(char) ?? 0;
          value += (digit & 31) << shift;
          if (digit & 32) {
            shift += 5;
          } else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0] ?? 0;
        if (fields.length >= 4) {
          source += fields[1] ?? 0;
          sourceLine += fields[2] ?? 0;
          _sourceColumn += fields[3] ?? 0;
          out.push({ line: lineIndex, column, source, sourceLine });
        }
      }
      this.lines[lineIndex] = out;
    }
  }

  /** The original file and line (0-based) of a generated position, or null when unmapped. */
  lookup(line: number, column: number): { file: string; line: number } | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let low = 0;
    let high = segments.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((segments[middle] as Mapping).column <= column) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const mapping = segments[found] as Mapping;
    return { file: this.sources[mapping.source] ?? "?", line: mapping.sourceLine };
  }
}

/**
 * wrangler dev names its bundle by its bare file name ("index.js"); the file is in
 * a dev-XXXX folder of .wrangler/tmp while wrangler runs (the newest one is this run's).
 */
function wranglerBundle(name: string): string {
  const tmp = join(projectRoot, ".wrangler/tmp");
  if (!existsSync(tmp)) return name;
  const candidates = readdirSync(tmp)
    .map((entry) => join(tmp, entry, name))
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0] ?? name;
}

/** A source map for a script URL (file:// or a path), from its sourceMappingURL comment or <file>.map. */
function loadSourceMap(url: string): SourceMap | null {
  const file = url.startsWith("file://") ? new URL(url).pathname : url.startsWith("/") ? url : wranglerBundle(url);
  if (!file.startsWith("/") || !existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text.slice(-2000));
  const candidates = [comment?.[1] ? resolve(dirname(file), comment[1]) : null, `${file}.map`].filter((entry): entry is string => !!entry);
  for (const mapFile of candidates) {
    if (!existsSync(mapFile)) continue;
    return new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")), mapFile);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Summaries.

/** A readable module name: the npm package (and its file) or the project file. */
function moduleName(file: string): string {
  const marker = "/node_modules/";
  const at = file.lastIndexOf(marker);
  if (at >= 0) {
    const rest = file.slice(at + marker.length).split("/");
    const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "?");
    const inner = rest.slice(rest[0]?.startsWith("@") ? 2 : 1);
    // Keep the first directory inside the package (lib-esm/, dist/...), then the file.
    return `${name}/${inner.length > 2 ? `${inner[inner.length - 2]}/` : ""}${inner[inner.length - 1] ?? ""}`;
  }
  const relativePath = relative(projectRoot, file);
  return relativePath.startsWith("..") ? file : relativePath;
}

/** The npm package of a module name, or the project folder (src/server/forum...) for our own. */
function packageOf(module: string): string {
  if (module.startsWith("(")) return module;
  const parts = module.split("/");
  if (module.startsWith("src/")) return parts.slice(0, Math.min(3, parts.length - 1)).join("/") || module;
  return module.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? module);
}

interface Row {
  key: string;
  ms: number;
}

function summarize(profile: CpuProfile, requests: number, maps: Map<string, SourceMap | null>) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // Every sample weighs the median sampling interval. Not the time until the next sample: when
  // the thread waits for I/O between requests workerd often takes no sample for milliseconds, and
  // that gap would be charged to whatever ran last (the end of the response).
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const interval = deltas[Math.floor(deltas.length / 2)] ?? 0;
  for (const id of profile.samples) selfUs.set(id, (selfUs.get(id) ?? 0) + interval);
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const located = new Map<number, { module: string; where: string } | null>();
  /** The source module and line of a JavaScript frame; null for builtins and native frames. */
  const locate = (node: ProfileNode): { module: string; where: string } | null => {
    if (located.has(node.id)) return located.get(node.id) ?? null;
    const frame = node.callFrame;
    let result: { module: string; where: string } | null = null;
    if (frame.url) {
      if (!maps.has(frame.url)) maps.set(frame.url, loadSourceMap(frame.url));
      const original = maps.get(frame.url)?.lookup(frame.lineNumber, frame.columnNumber) ?? null;
      const module = original ? moduleName(original.file) : frame.url.replace(/^file:\/\//, "");
      result = { module, where: `${module}:${(original ? original.line : frame.lineNumber) + 1}` };
    }
    located.set(node.id, result);
    return result;
  };

  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  const packages = new Map<string, number>();
  let busyUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const frame = node.callFrame;
    if (frame.functionName === "(idle)") {
      idleUs += us;
      continue;
    }
    busyUs += us;
    let name: string;
    let module: string;
    const own = locate(node);
    if (own) {
      name = `${frame.functionName || "(anonymous)"}  ${own.where}`;
      module = own.module;
    } else if (frame.functionName.startsWith("(")) {
      // (program), (garbage collector): no JavaScript on the stack.
      name = module = frame.functionName;
    } else {
      // A builtin or a workerd API (Response, fetch, json...): named with the JavaScript that
      // called it, and counted in that caller's module. With no JavaScript caller it is workerd's
      // C++ run as a promise reaction or callback (an unnamed frame right under the root).
      let caller = parentOf.get(node.id);
      let callerAt: { module: string; where: string } | null = null;
      while (caller !== undefined && !callerAt) {
        const callerNode = byId.get(caller);
        callerAt = callerNode ? locate(callerNode) : null;
        if (!callerAt) caller = parentOf.get(caller);
      }
      const label = frame.functionName || "(anonymous native)";
      if (callerAt) {
        const callerName = byId.get(caller as number)?.callFrame.functionName || "(anonymous)";
        name = `${label} [native] ← ${callerName}  ${callerAt.where}`;
        module = callerAt.module;
      } else {
        name = module = frame.functionName ? `${label} [native, no JavaScript caller]` : "(native callback, no JavaScript on the stack)";
      }
    }
    functions.set(name, (functions.get(name) ?? 0) + us);
    modules.set(module, (modules.get(module) ?? 0) + us);
    const pkg = packageOf(module);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const rows = (map: Map<string, number>): Row[] => [...map.entries()].map(([key, us]) => ({ key, ms: us / 1000 / requests })).sort((a, b) => b.ms - a.ms);
  return { functions: rows(functions), modules: rows(modules), packages: rows(packages), busyMs: busyUs / 1000 / requests, idleMs: idleUs / 1000 / requests };
}

function printTable(title: string, rows: Row[], busyMs: number, top: number): void {
  console.log(`\n  ${title}`);
  console.log(`  ${"ms/req".padStart(7)} ${"share".padStart(6)}  `);
  for (const row of rows.slice(0, top)) {
    console.log(`  ${row.ms.toFixed(3).padStart(7)} ${`${((row.ms / busyMs) * 100).toFixed(1)}%`.padStart(6)}  ${row.key}`);
  }
}

// ---------------------------------------------------------------------------------------------
// --perf: Linux perf on the Worker's workerd process, for the C++ side the V8 profiler shows only
// as (program) and unnamed native callbacks. workerd ships with its symbols; JIT-compiled
// JavaScript shows as unknown addresses ("[unknown]" or "perf-<pid>.map").

async function startPerf(pids: number[], out: string): Promise<{ stop(): Promise<void> }> {
  const child = spawn("perf", ["record", "-F", "2999", "-g", "-o", out, "-p", pids.join(",")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise((wait) => setTimeout(wait, 500));
  if (child.exitCode !== null) throw new Error(`perf record failed: ${stderr}`);
  return {
    stop: () =>
      new Promise<void>((done) => {
        child.once("exit", () => done());
        child.kill("SIGINT");
      }),
  };
}

function perfReport(data: string, sort: string, extra: string[] = []): string {
  const result = spawnSync("perf", ["report", "-i", data, "--stdio", "--no-children", "--sort", sort, "-g", "none", "--percent-limit", "0.3", ...extra], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return result.stdout;
}

/**
 * Where the workerd process's CPU went, by the whole stack of each perf sample: the thread that
 * runs the isolates (the busiest one) split into JavaScript (anything under a JS entry or the
 * microtask runner: JS, V8 builtins and the workerd APIs JS calls), GC, compilation, the
 * inspector wrangler dev attaches, and workerd's own C++ outside JavaScript; V8's helper threads
 * apart. The first matching rule wins, so GC inside a JavaScript call counts as GC.
 */
const PERF_CATEGORIES: { name: string; helper: boolean; pattern: RegExp }[] = [
  { name: "helper threads: GC", helper: true, pattern: /Scaveng|Heap::|Marking|cppgc|Sweep|Evacuat|MinorMS/ },
  { name: "helper threads: optimizing compiler", helper: true, pattern: /compiler::|Compil|Maglev|Turbofan/ },
  { name: "helper threads: other", helper: true, pattern: /./ },
  { name: "main: inspector (wrangler dev only: Runtime/Debugger/Network domains)", helper: false, pattern: /InspectorChannelImpl|v8_inspector|reportToInspector|JsonCodec/ },
  { name: "main: GC", helper: false, pattern: /Heap::CollectGarbage|Scavenge|MarkCompact|cppgc::|Sweeper|IncrementalMarking|Heap::Perform|MinorGC|Heap::Finalize/ },
  { name: "main: compiling", helper: false, pattern: /Compiler::Compile|parsing::|Parser::|BytecodeGenerator|Maglev|compiler::Pipeline/ },
  {
    name: "main: workerd streams and encoding called from JavaScript (ReadableStream reads, TextEncoder)",
    helper: false,
    pattern: /AllReader|ReadableStream|ValueQueue|TextEncoder::encode|WritableStream/,
  },
  { name: "main: JavaScript (with builtins and the other workerd APIs it calls)", helper: false, pattern: /Builtins_JSEntry|RunMicrotasks/ },
  { name: "main: kernel (syscalls, scheduling)", helper: false, pattern: /^\S+ \S+ \(\[kernel/ },
  { name: "main: workerd C++ outside JavaScript (kj event loop, HTTP, streams)", helper: false, pattern: /./ },
];

function printPerfReport(data: string, top: number): void {
  const script = spawnSync("perf", ["script", "-i", data, "-F", "tid,period,ip,sym,dso"], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  const samples = script.stdout
    .split(/\n\s*\n/)
    .map((block) => block.trim().split("\n"))
    .filter((lines) => lines.length > 0 && /^\d+\s+\d+/.test(lines[0] ?? ""))
    .map((lines) => {
      const [tid = "0", period = "0"] = (lines[0] ?? "").trim().split(/\s+/);
      return {
        tid: Number(tid),
        period: Number(period),
        stack: lines
          .slice(1)
          .map((line) => line.trim())
          .join("\n"),
      };
    });
  const byThread = new Map<number, number>();
  for (const sample of samples) byThread.set(sample.tid, (byThread.get(sample.tid) ?? 0) + sample.period);
  const mainThread = [...byThread.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const total = samples.reduce((sum, sample) => sum + sample.period, 0) || 1;
  const categories = new Map<string, number>();
  const apis = new Map<string, number>();
  for (const sample of samples) {
    const helper = sample.tid !== mainThread;
    const category = PERF_CATEGORIES.find((rule) => rule.helper === helper && rule.pattern.test(sample.stack))?.name ?? "?";
    categories.set(category, (categories.get(category) ?? 0) + sample.period);
    if (!helper) {
      // The innermost workerd API or subsystem on the stack, to name the native work.
      const api = (/workerd::api::[A-Za-z_:]+/.exec(sample.stack) ?? /kj::Http[A-Za-z_:]+|workerd::jsg::[A-Za-z]+/.exec(sample.stack))?.[0] ?? "(no workerd API on the stack)";
      apis.set(api, (apis.get(api) ?? 0) + sample.period);
    }
  }
  const print = (title: string, map: Map<string, number>, limit: number) => {
    console.log(`\n  ${title}`);
    for (const [key, value] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      console.log(`  ${`${((value / total) * 100).toFixed(1)}%`.padStart(6)}  ${key}`);
    }
  };
  print("perf: the workerd process's CPU by what was on the stack", categories, PERF_CATEGORIES.length);
  print("perf: innermost workerd API or subsystem on the main thread's stack", apis, top);
  const lines = perfReport(data, "sym")
    .split("\n")
    .filter((line) => /^\s+\d/.test(line))
    .slice(0, top);
  console.log("\n  perf: self samples by symbol");
  for (const line of lines) console.log(`  ${line.trim().slice(0, 160)}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.perfReport) {
    printPerfReport(options.perfReport, options.top);
    return 0;
  }
  if (options.build) {
    await runToCompletion(bin("astro"), ["build"], { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ROUNDS_SERVER_SOURCEMAP: "1" });
  } else if (!existsSync(join(projectRoot, "dist/_worker.js/index.js"))) {
    throw new Error("There is no build in dist/: run `npx astro build` (or this script with --build) first.");
  }
  mkdirSync(options.out, { recursive: true });
  const source = join(projectRoot, ".data/bench-1k.db");
  if (!existsSync(source)) throw new Error(`${relative(projectRoot, source)} is missing: run \`npm run bench\` once to make it.`);

  // A private copy: the bench's member session and inbox are rewritten, and others may use the file.
  const work = mkdtempSync(join(tmpdir(), "rounds-profile-"));
  const file = join(work, "bench-1k.db");
  const copy = new Database(source, { readonly: true });
  copy.exec(`vacuum into '${file.replaceAll("'", "''")}'`);
  copy.close();

  let database: RunningProcess | undefined;
  let worker: RunningProcess | undefined;
  let devtools: DevTools | undefined;
  try {
    const { memberId, headers } = await prepareViewer(file);
    seedNotifications(file, memberId, Date.now());
    const pages = await discoverPaths(file);
    database = await startLibsqlServerProcess({ file });
    const inspectorPort = await freePort();
    worker = await startWranglerDev({
      port: await freePort(),
      vars: { DATABASE_URL: database.url, MAIL_TRANSPORT: "outbox" },
      persistTo: join(work, "wrangler"),
      inspectorPort,
      extraArgs: [`--minify=${options.minify}`],
    });
    const workerdPids = descendantsOf(worker.child.pid as number)
      .filter((entry) => entry.comm === "workerd")
      .map((entry) => entry.pid);
    const { userPids } = splitWorkerd(workerdPids, Number(new URL(worker.url).port));
    if (!options.perf) {
      devtools = await DevTools.connect(await workerTarget(inspectorPort));
      await devtools.send("Profiler.enable");
      // 100 µs: fine enough for a page of a few ms, coarse enough not to weigh on it.
      await devtools.send("Profiler.setSamplingInterval", { interval: 100 });
    }

    const maps = new Map<string, SourceMap | null>();
    for (const pageName of options.pages) {
      const page = pages.find((candidate) => candidate.key === PAGE_KEYS[pageName]) as PageType | undefined;
      if (!page) throw new Error(`The database gave no paths for the ${pageName} page.`);
      const urls = page.paths.map((path) => `${worker?.url}${path}`);
      // Warm-up: JIT, isolate caches, connection pools.
      await runLoad({ urls, headers, concurrency: options.concurrency, durationMs: 2000 });
      const perfData = join(options.out, `rounds-${pageName}.perf.data`);
      const perf = options.perf ? await startPerf(userPids, perfData) : null;
      await devtools?.send("Profiler.start");
      const cpuBefore = cpuSeconds(userPids);
      const run = await runLoad({ urls, headers, concurrency: options.concurrency, durationMs: options.seconds * 1000 });
      const cpuMs = ((cpuSeconds(userPids) - cpuBefore) * 1000) / Math.max(1, run.requests);
      const served = run.requests;
      const header = (busy: string) =>
        `\n${page.label}: ${served} requests, ${options.concurrency} in flight, ${(run.elapsedMs / served).toFixed(1)} ms each; ` +
        `workerd CPU ${cpuMs.toFixed(2)} ms/request${busy}`;
      if (run.errors) console.log(`  ${run.errors} requests failed: ${run.errorSamples.join("; ")}`);
      if (perf) {
        await perf.stop();
        console.log(`${header("")} (with perf sampling); perf data ${perfData}`);
        printPerfReport(perfData, options.top);
        continue;
      }
      const { profile } = await (devtools as DevTools).send<{ profile: CpuProfile }>("Profiler.stop");
      const out = join(options.out, `rounds-${pageName}.cpuprofile`);
      writeFileSync(out, JSON.stringify(profile));
      const summary = summarize(profile, served, maps);
      console.log(`${header(` (profiler on); isolate busy ${summary.busyMs.toFixed(2)} by samples`)}; profile ${out}`);
      printTable("self time by function", summary.functions, summary.busyMs, options.top);
      printTable("self time by module", summary.modules, summary.busyMs, options.top);
      printTable("self time by package", summary.packages, summary.busyMs, options.top);
    }
    return 0;
  } finally {
    devtools?.close();
    await worker?.stop();
    await database?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (typeof globalThis.WebSocket === "undefined") {
  // Node 20: the same script again with the flag that turns on the built-in WebSocket client.
  const child = spawn(process.execPath, ["--experimental-websocket", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.once("exit", (code) => process.exit(code ?? 1));
} else {
  main().then(
    (code) => {
      closeAgents();
      process.exit(code);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      closeAgents();
      process.exit(1);
    },
  );
}
