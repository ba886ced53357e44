// The node:http front: bearer token, routes, body limit, and the mapping of whole-request
// failures to HTTP statuses with a Hrana error body `{message, code}`.
//
// What the client probes: @libsql/client 0.18 opens its HTTP client with protocol version 2 and
// probes nothing. Only a client asking for version 3 sends `GET /v3-protobuf` first (without the
// token) and falls back to v2 on any non-2xx answer; unknown paths therefore answer 404.
import { createHash, timingSafeEqual } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { encodeError, encodePipelineResponse } from "./encode";
import type { ExecuteOptions } from "./execute";
import { runPipeline } from "./pipeline";
import { HranaError } from "./protocol";
import type { StreamRegistry } from "./streams";

export interface HttpOptions {
  registry: StreamRegistry;
  execute: ExecuteOptions;
  authToken: string | undefined;
  maxBodyBytes: number;
}

export interface HranaHttpServer {
  server: Server;
  /** Resolves once no pipeline request is running. */
  drain(): Promise<void>;
}

// The client only parses an error body when content-type is exactly "application/json".
const JSON_TYPE = "application/json";

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    "content-type": body === "" ? "text/plain" : JSON_TYPE,
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

const sendError = (res: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>) =>
  send(res, status, encodeError({ message, code }), headers);

const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

function isAuthorized(req: IncomingMessage, expected: Buffer | undefined): boolean {
  if (expected === undefined) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
}

type BodyResult = { kind: "ok"; body: Buffer } | { kind: "too-large" } | { kind: "aborted" };

// Past the limit the rest is read and dropped, so the client gets to read the 413 instead of a
// reset connection; a sender that keeps going far beyond it is cut off.
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 4 + 1_000_000) {
        req.destroy();
        settle({ kind: "too-large" });
      }
    });
    req.on("end", () => settle(size > limit ? { kind: "too-large" } : { kind: "ok", body: Buffer.concat(chunks) }));
    req.on("error", () => settle({ kind: "aborted" }));
    req.on("close", () => settle({ kind: "aborted" }));
  });
}

function statusFor(error: HranaError): number {
  return error.code === "TOO_MANY_STREAMS" || error.code === "SERVER_CLOSING" ? 503 : 400;
}

export function createHranaHttpServer(options: HttpOptions): HranaHttpServer {
  const expectedToken = options.authToken === undefined ? undefined : digest(options.authToken);
  let inFlight = 0;
  let drained: Array<() => void> = [];
  const finished = () => {
    inFlight--;
    if (inFlight === 0) {
      for (const resolve of drained) resolve();
      drained = [];
    }
  };

  async function pipeline(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const declared = Number(req.headers["content-length"]);
    const read = Number.isFinite(declared) && declared > options.maxBodyBytes * 4 ? ({ kind: "too-large" } as const) : await readBody(req, options.maxBodyBytes);
    if (read.kind === "aborted") return;
    if (read.kind === "too-large") {
      sendError(res, 413, "PAYLOAD_TOO_LARGE", `The request body exceeds ${options.maxBodyBytes} bytes`, {
        connection: "close",
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(read.body.toString("utf8"));
    } catch {
      sendError(res, 400, "HRANA_PROTO_ERROR", "The request body is not valid JSON");
      return;
    }
    try {
      const response = await runPipeline(options.registry, json, options.execute);
      send(res, 200, encodePipelineResponse(response));
    } catch (error) {
      if (error instanceof HranaError) sendError(res, statusFor(error), error.code, error.message);
      else sendError(res, 500, "INTERNAL_ERROR", "Internal server error");
    }
  }

  function route(req: IncomingMessage, res: ServerResponse): Promise<void> | void {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
    const method = req.method ?? "GET";
    // The health check reveals nothing and lets supervisors poll without holding the token.
    if (path === "/health" && (method === "GET" || method === "HEAD")) return send(res, 200, "");
    if (!isAuthorized(req, expectedToken)) {
      return sendError(res, 401, "UNAUTHORIZED", "A valid bearer token is required", {
        "www-authenticate": "Bearer",
      });
    }
    if (path === "/v2") {
      if (method === "GET" || method === "HEAD") return send(res, 200, "");
      return sendError(res, 405, "METHOD_NOT_ALLOWED", "Use GET on /v2", { allow: "GET, HEAD" });
    }
    if (path === "/v2/pipeline") {
      if (method !== "POST") {
        return sendError(res, 405, "METHOD_NOT_ALLOWED", "Use POST on /v2/pipeline", { allow: "POST" });
      }
      inFlight++;
      return pipeline(req, res).finally(finished);
    }
    return sendError(res, 404, "NOT_FOUND", "Not found");
  }

  const server = createServer((req, res) => {
    // Nothing may escape a request: an unexpected failure is a 500, never a crash.
    try {
      const pending = route(req, res);
      if (pending) {
        pending.catch(() => sendError(res, 500, "INTERNAL_ERROR", "Internal server error"));
      }
    } catch {
      sendError(res, 500, "INTERNAL_ERROR", "Internal server error");
    }
  });
  // Drain bodies of requests we answer without reading (401, 404, 405).
  server.on("request", (req: IncomingMessage) => {
    if (req.listenerCount("data") === 0) req.resume();
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });

  return {
    server,
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => drained.push(resolve))),
  };
}
