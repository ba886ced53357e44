// Hrana streams over HTTP: a stream is a connection plus stored SQL texts, carried from one
// request to the next by a baton.
//
// Rules:
// - A request without baton opens a stream; every response carries a fresh baton unless the
//   stream was closed. A baton is good for exactly one request: it is consumed on arrival, so a
//   replayed or concurrent baton is refused instead of interleaving two requests on one stream.
// - A stream left idle longer than the idle timeout is closed; its transaction rolls back.
import { randomBytes } from "node:crypto";
import { StreamConnection } from "./connection";
import type { LockSignal } from "./lock-signal";
import { HranaError } from "./protocol";

/**
 * Idle connections, kept for the next stream. Opening a SQLite connection (and its WAL set-up) for
 * every stream, which is every page request of a Worker, cost more CPU than the queries. Only a
 * connection with no transaction open, not tainted and whose per-connection state no client
 * changed goes back to the pool; the rest are closed as before.
 */
export class ConnectionPool {
  readonly #file: string;
  readonly #onTransactionEnd: () => void;
  readonly #max: number;
  #idle: StreamConnection[] = [];
  #closed = false;

  constructor(file: string, onTransactionEnd: () => void, max = 8) {
    this.#file = file;
    this.#onTransactionEnd = onTransactionEnd;
    this.#max = max;
  }

  take(): StreamConnection {
    const conn = this.#idle.pop() ?? new StreamConnection(this.#file, this.#onTransactionEnd);
    conn.insertedOnStream = false;
    return conn;
  }

  give(conn: StreamConnection): void {
    if (this.#closed || conn.inTransaction || !conn.reusable || this.#idle.length >= this.#max) conn.close();
    else this.#idle.push(conn);
  }

  closeAll(): void {
    this.#closed = true;
    for (const conn of this.#idle) conn.close();
    this.#idle = [];
  }
}

export class Stream {
  readonly id: number;
  readonly #pool: ConnectionPool;
  #conn: StreamConnection | undefined;
  /** SQL texts stored with store_sql, by id. */
  readonly sqls = new Map<number, string>();
  closed = false;
  baton: string | null = null;
  idleTimer: NodeJS.Timeout | undefined;

  constructor(id: number, pool: ConnectionPool) {
    this.id = id;
    this.#pool = pool;
  }

  /** The stream's connection, opened on first use so a store_sql-only stream costs nothing. */
  get conn(): StreamConnection {
    if (this.closed) throw new HranaError("STREAM_CLOSED", "The stream is closed");
    this.#conn ??= this.#pool.take();
    return this.#conn;
  }

  get isAutocommit(): boolean {
    return this.#conn === undefined || !this.#conn.inTransaction;
  }

  close(): void {
    this.closed = true;
    if (this.#conn) this.#pool.give(this.#conn);
    this.#conn = undefined;
    this.sqls.clear();
  }
}

export interface StreamRegistryOptions {
  file: string;
  idleTimeoutMs: number;
  maxStreams: number;
  lockSignal: LockSignal;
}

const RECENTLY_EXPIRED_LIMIT = 1024;

export class StreamRegistry {
  readonly #options: StreamRegistryOptions;
  readonly #pool: ConnectionPool;
  readonly #streams = new Map<number, Stream>();
  // Ids of streams that timed out, so their next request hears "expired" rather than "invalid".
  readonly #expired = new Set<number>();
  #nextId = 1;
  #closed = false;

  constructor(options: StreamRegistryOptions) {
    this.#options = options;
    this.#pool = new ConnectionPool(options.file, () => options.lockSignal.notify());
  }

  open(): Stream {
    if (this.#closed) throw new HranaError("SERVER_CLOSING", "The server is shutting down");
    if (this.#streams.size >= this.#options.maxStreams) {
      throw new HranaError("TOO_MANY_STREAMS", `The server already has ${this.#streams.size} open streams`);
    }
    const stream = new Stream(this.#nextId++, this.#pool);
    this.#streams.set(stream.id, stream);
    return stream;
  }

  /** Takes the stream a baton points at, consuming the baton. */
  acquire(baton: string): Stream {
    const id = Number(baton.slice(0, baton.indexOf(".")));
    const stream = Number.isSafeInteger(id) ? this.#streams.get(id) : undefined;
    if (stream === undefined) {
      if (this.#expired.has(id)) {
        throw new HranaError("STREAM_EXPIRED", "The stream has expired due to inactivity");
      }
      throw new HranaError("BATON_INVALID", "Received an invalid baton");
    }
    if (stream.baton !== baton) {
      throw new HranaError(
        stream.baton === null ? "BATON_REUSED" : "BATON_INVALID",
        stream.baton === null ? "The baton is in use by another request" : "Received an invalid baton",
      );
    }
    stream.baton = null;
    clearTimeout(stream.idleTimer);
    stream.idleTimer = undefined;
    return stream;
  }

  /** Hands the stream back after a request: a new baton, or null when the stream is closed. */
  release(stream: Stream): string | null {
    if (stream.closed || this.#closed) {
      this.#forget(stream);
      stream.close();
      return null;
    }
    stream.baton = `${stream.id}.${randomBytes(18).toString("base64url")}`;
    stream.idleTimer = setTimeout(() => this.#expire(stream), this.#options.idleTimeoutMs);
    stream.idleTimer.unref();
    return stream.baton;
  }

  #expire(stream: Stream): void {
    this.#forget(stream);
    stream.close();
    this.#expired.add(stream.id);
    if (this.#expired.size > RECENTLY_EXPIRED_LIMIT) {
      const oldest = this.#expired.values().next().value;
      if (oldest !== undefined) this.#expired.delete(oldest);
    }
  }

  #forget(stream: Stream): void {
    clearTimeout(stream.idleTimer);
    stream.idleTimer = undefined;
    this.#streams.delete(stream.id);
  }

  /** Closes every stream that is not in the middle of a request; busy ones close on release. */
  closeAll(): void {
    this.#closed = true;
    for (const stream of [...this.#streams.values()]) {
      if (stream.baton !== null) {
        this.#forget(stream);
        stream.close();
      }
    }
    this.#pool.closeAll();
  }
}
