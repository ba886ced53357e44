// A small libSQL server standing in for Turso locally: Hrana v2 over HTTP on a database file.
// Workers (workerd) cannot open `file:` databases; they reach this server over http instead.
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Db, asSqliteFailure, isBusy, openAnchorConnection } from "./connection";
import { createHranaHttpServer } from "./http";
import { LockSignal } from "./lock-signal";
import { StreamRegistry } from "./streams";

export interface LibsqlServerOptions {
  file: string;
  /** 0 picks a free port. */
  port?: number;
  /** Only loopback: this server has no TLS and holds clinical text. */
  host?: "127.0.0.1";
  /** When set, every request except GET /health must carry `Authorization: Bearer <token>`. */
  authToken?: string;
  /** An idle stream is rolled back and closed after this long (default 10 s). */
  idleStreamTimeoutMs?: number;
  /** How long a statement keeps retrying SQLITE_BUSY (default 5 s). */
  busyTimeoutMs?: number;
  /** Larger request bodies get 413 (default 10 MB). */
  maxBodyBytes?: number;
  /** Open streams at most (default 512). */
  maxStreams?: number;
}

export interface LibsqlServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Switching to WAL needs a moment without other writers; another process may hold the file.
async function openAnchor(file: string, timeoutMs: number): Promise<Db> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return openAnchorConnection(file);
    } catch (error) {
      if (!isBusy(asSqliteFailure(error)) || Date.now() >= deadline) throw error;
      await sleep(20);
    }
  }
}

export async function startLibsqlServer(options: LibsqlServerOptions): Promise<LibsqlServer> {
  const host = options.host ?? "127.0.0.1";
  if (host !== "127.0.0.1") throw new Error("the libSQL server binds to 127.0.0.1 only");
  const file = resolve(options.file);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  const anchor = await openAnchor(file, busyTimeoutMs);

  const lockSignal = new LockSignal();
  const registry = new StreamRegistry({
    file,
    lockSignal,
    idleTimeoutMs: options.idleStreamTimeoutMs ?? 10_000,
    maxStreams: options.maxStreams ?? 512,
  });
  const { server, drain } = createHranaHttpServer({
    registry,
    execute: { busyTimeoutMs, lockSignal },
    authToken: options.authToken === "" ? undefined : options.authToken,
    maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
  });

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once("error", rejectListen);
      server.listen(options.port ?? 0, host, () => {
        server.off("error", rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    anchor.close();
    throw error;
  }
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no TCP address");

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeIdleConnections();
      registry.closeAll();
      await drain(); // requests under way finish; their streams close as they hand them back
      server.closeAllConnections();
      await stopped;
      anchor.close();
    })();
    return closing;
  };

  return { url: `http://${host}:${address.port}`, port: address.port, close };
}
