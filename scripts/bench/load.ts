import { Agent, request } from "node:http";
import { connect } from "node:net";

/**
 * A small closed-loop HTTP load generator: `concurrency` clients on keep-alive connections each
 * send the next URL of the list as soon as their previous response has fully arrived, for a
 * fixed time. Requests only go to 127.0.0.1. A run ends by itself: every client stops issuing at
 * the deadline and the run resolves when the requests already sent have finished, so the
 * requests counted and the database round trips counted over a run match exactly.
 */

export interface LoadOptions {
  /** Absolute http://127.0.0.1:PORT/... URLs, used round-robin. */
  urls: readonly string[];
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
  /** A response slower than this counts as an error (and its client moves on). */
  timeoutMs?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** First few distinct problems, for the report. */
  errorSamples: string[];
  elapsedMs: number;
  latenciesMs: Float64Array;
  bytes: number;
}

export interface Fetched {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

const agents = new Map<number, Agent>();

function agentFor(concurrency: number): Agent {
  let agent = agents.get(concurrency);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
    agents.set(concurrency, agent);
  }
  return agent;
}

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

function assertLoopback(url: URL): void {
  if (url.hostname !== "127.0.0.1" || url.protocol !== "http:") throw new Error(`the benchmark only requests http://127.0.0.1, not ${url.origin}`);
}

/** One GET; resolves with status and body size (and the body when `keepBody`). */
function get(url: URL, headers: Record<string, string>, agent: Agent, timeoutMs: number, keepBody: boolean) {
  return new Promise<{ status: number; bytes: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(url, { method: "GET", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, body: keepBody ? Buffer.concat(chunks).toString("utf8") : "", headers: res.headers }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/** A single request outside a measured run (target discovery, checks). */
export async function fetchPage(rawUrl: string, headers: Record<string, string>): Promise<Fetched> {
  const url = new URL(rawUrl);
  assertLoopback(url);
  const result = await get(url, headers, agentFor(1), 30_000, true);
  return { status: result.status, body: result.body, headers: result.headers };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.urls.length === 0) throw new Error("runLoad needs at least one URL");
  const urls = options.urls.map((raw) => {
    const url = new URL(raw);
    assertLoopback(url);
    return url;
  });
  const agent = agentFor(options.concurrency);
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Preallocated so recording a latency never allocates; grown if a run is unexpectedly fast.
  let latencies = new Float64Array(65_536);
  let requests = 0;
  let errors = 0;
  let bytes = 0;
  const errorSamples = new Set<string>();
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;

  const client = async () => {
    while (performance.now() < deadline) {
      const url = urls[next++ % urls.length] as URL;
      const sent = performance.now();
      try {
        const response = await get(url, options.headers, agent, timeoutMs, false);
        const took = performance.now() - sent;
        if (response.status !== 200) {
          errors++;
          if (errorSamples.size < 5) errorSamples.add(`HTTP ${response.status} for ${url.pathname}${url.search}`);
          continue;
        }
        if (requests === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[requests++] = took;
        bytes += response.bytes;
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsedMs = performance.now() - started;
  return { requests, errors, errorSamples: [...errorSamples], elapsedMs, latenciesMs: latencies.slice(0, requests), bytes };
}

/** The q-quantile (0..1) by the nearest-rank method. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Parses a raw HTTP/1.1 response; null until all of it has arrived. */
function parseRawResponse(bytes: Buffer): { status: number; chunks: number } | null {
  const headEnd = bytes.indexOf("\r\n\r\n");
  if (headEnd === -1) return null;
  const head = bytes.subarray(0, headEnd).toString("latin1");
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  const bodyStart = headEnd + 4;
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    let chunks = 0;
    for (let at = bodyStart; ; ) {
      const lineEnd = bytes.indexOf("\r\n", at);
      if (lineEnd === -1) return null;
      const size = Number.parseInt(bytes.subarray(at, lineEnd).toString("latin1"), 16);
      if (size === 0) return bytes.length >= lineEnd + 4 ? { status, chunks } : null;
      if (!Number.isFinite(size) || bytes.length < lineEnd + 2 + size + 2) return null;
      chunks++;
      at = lineEnd + 2 + size + 2;
    }
  }
  const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
  return bytes.length >= bodyStart + length ? { status, chunks: 0 } : null;
}

/**
 * One GET over a raw socket, to see how the body was framed: the number of chunks of a
 * chunked response (each is a separate write through workerd), or 0 with Content-Length.
 */
export function countResponseChunks(rawUrl: string, headers: Record<string, string>): Promise<{ status: number; chunks: number }> {
  const url = new URL(rawUrl);
  assertLoopback(url);
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const socket = connect(Number(url.port), url.hostname, () => {
      const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, "Connection: close"];
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    });
    socket.setTimeout(30_000, () => socket.destroy(new Error("no answer within 30 s")));
    // Resolve as soon as the whole response is in: the server may keep the socket open anyway.
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const parsed = parseRawResponse(received);
      if (parsed) {
        socket.destroy();
        resolve(parsed);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => reject(new Error(`${url.pathname} closed before its response was complete`)));
  });
}
