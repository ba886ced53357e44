import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/**
 * Starting and stopping the local processes Rounds runs with: the libSQL server standing in for
 * Turso, and the built Worker under `wrangler dev`. Used by `npm start`, the e2e and workers
 * test set-ups and the benchmark, so they all run the same way. Every child is stopped when the
 * parent exits, and only the children started here are ever signalled.
 */

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
/** Children started in their own process group (runToCompletion with a deadline). */
const detachedGroups = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGTERM");
  for (const child of detachedGroups) signalGroup(child, "SIGTERM");
});
let forwardingSignals = false;
/**
 * A detached group does not hear the terminal's Ctrl-C: pass it on, then stop as Ctrl-C would.
 * Installed only once a detached child exists, so `npm start` and the bench keep their own
 * graceful shutdown.
 */
function forwardSignalsToGroups(): void {
  if (forwardingSignals) return;
  forwardingSignals = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const child of detachedGroups) signalGroup(child, signal);
      process.exit(130);
    });
  }
}

function localBin(name: string): string {
  return `${projectRoot}/node_modules/.bin/${name}`;
}

function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      running.delete(child);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts scripts/libsql-server.ts on `file` and resolves once it prints its URL. */
export function startLibsqlServerProcess(options: { file: string; port?: number; authToken?: string }): Promise<RunningProcess> {
  const args = [`${projectRoot}/scripts/libsql-server.ts`, "--file", options.file, "--port", String(options.port ?? 0)];
  const env = { ...process.env };
  if (options.authToken) env.LIBSQL_AUTH_TOKEN = options.authToken;
  const child = spawn(localBin("tsx"), args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`The libSQL server did not start within 20 s.\n${stderr}`));
    }, 20_000);
    lines.on("line", (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], child, stop: () => stopChild(child) });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The libSQL server exited with code ${code} before it was ready.\n${stderr}`));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}.\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs / 1000} s.\n${output()}`);
}

/**
 * Runs the built Worker (dist/) in local workerd. `vars` become Worker vars (--var), so the
 * database URL and token never have to be written to a file.
 */
export async function startWranglerDev(options: {
  port: number;
  vars: Record<string, string>;
  persistTo?: string;
  inheritOutput?: boolean;
  /** The DevTools port (scripts/profile-worker.ts connects to it); a free one when not given. */
  inspectorPort?: number;
  /** More `wrangler dev` flags, e.g. `--minify=false` for readable profiles. */
  extraArgs?: readonly string[];
}): Promise<RunningProcess> {
  const args = [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(options.port),
    "--inspector-port",
    String(options.inspectorPort ?? (await freePort())),
    "--show-interactive-dev-session=false",
    "--live-reload=false",
    "--log-level",
    options.inheritOutput ? "info" : "warn",
  ];
  if (options.persistTo) args.push("--persist-to", options.persistTo);
  if (options.extraArgs) args.push(...options.extraArgs);
  for (const [key, value] of Object.entries(options.vars)) args.push("--var", `${key}:${value}`);
  const child = spawn(localBin("wrangler"), args, {
    cwd: projectRoot,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "true" },
    stdio: ["ignore", options.inheritOutput ? "inherit" : "pipe", options.inheritOutput ? "inherit" : "pipe"],
    detached: false,
  });
  running.add(child);
  let output = "";
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(`${url}/favicon.svg`, child, 60_000, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, child, stop: () => stopChild(child) };
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
/**
 * Runs a command to its end with the terminal's output. With `deadlineMs`, a run still going at
 * the deadline is stopped, with every process it started (it runs as its own process group), and
 * rejects saying so: a test that hangs fails its stage instead of holding CI until its own limit.
 */
export function runToCompletion(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, deadlineMs?: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: "inherit", detached: deadlineMs !== undefined });
    running.add(child);
    if (deadlineMs !== undefined) {
      detachedGroups.add(child);
      forwardSignalsToGroups();
    }
    let timedOut = false;
    const timer =
      deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            console.error(`\n${command.split("/").pop()} ${args[0] ?? ""} passed its deadline of ${Math.round(deadlineMs / 60_000)} min: stopping it.`);
            signalGroup(child, "SIGTERM");
            setTimeout(() => signalGroup(child, "SIGKILL"), 10_000).unref();
          }, deadlineMs);
    child.once("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      running.delete(child);
      detachedGroups.delete(child);
      if (code === 0 && !timedOut) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${timedOut ? "deadline passed" : (signal ?? `exit ${code}`)}).`));
    });
  });
}

/** Signals a detached child's whole process group (its pid is the group id), never anything else. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

export const bin = localBin;
