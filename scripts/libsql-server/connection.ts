// One SQLite connection per Hrana stream, on the shared database file, through the `libsql`
// package (native, synchronous, better-sqlite3-like).
//
// Rules:
// - No busy timeout on the connection: a synchronous wait would block the event loop, and the
//   lock holder is usually another stream of this same process whose COMMIT needs that loop.
//   execute.ts retries BUSY asynchronously instead.
// - A statement that failed with SQLITE_BUSY stays active, and libsql has no way to reset it
//   without running it again. While it lives, COMMIT on this connection fails with "SQL
//   statements in progress". So after such a failure the connection is marked tainted and is
//   swapped for a fresh one as soon as it is outside a transaction.
import Database from "libsql";
import { HranaError } from "./protocol";
import { sqldCodeName } from "./sqld-rules";

export type Db = Database.Database;
export type Stmt = Database.Statement;

/** Distinct SQL texts kept prepared per connection; past this the cache starts over. */
const MAX_CACHED_STATEMENTS = 512;
/** Statements that change per-connection state another stream must not inherit. */
const SESSION_CHANGING = /^\s*(?:PRAGMA|ATTACH|DETACH|CREATE\s+TEMP|CREATE\s+TEMPORARY)\b/i;

export interface SqliteFailure {
  message: string;
  /** Extended result code, e.g. 517 for SQLITE_BUSY_SNAPSHOT. */
  rawCode: number | undefined;
  /** libsql's name for the extended code, e.g. "SQLITE_CONSTRAINT_PRIMARYKEY". */
  code: string;
}

/** Recognizes errors raised by SQLite through libsql (converted or not by its JS wrapper). */
export function asSqliteFailure(error: unknown): SqliteFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, rawCode } = error as Error & { code?: unknown; rawCode?: unknown };
  if (typeof rawCode !== "number" && !(typeof code === "string" && code.startsWith("SQLITE_"))) return undefined;
  return {
    message: error.message,
    rawCode: typeof rawCode === "number" ? rawCode : undefined,
    code: typeof code === "string" ? code : "",
  };
}

const BASE_CODES = [
  "SQLITE_OK",
  "SQLITE_ERROR",
  "SQLITE_INTERNAL",
  "SQLITE_PERM",
  "SQLITE_ABORT",
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_NOMEM",
  "SQLITE_READONLY",
  "SQLITE_INTERRUPT",
  "SQLITE_IOERR",
  "SQLITE_CORRUPT",
  "SQLITE_NOTFOUND",
  "SQLITE_FULL",
  "SQLITE_CANTOPEN",
  "SQLITE_PROTOCOL",
  "SQLITE_EMPTY",
  "SQLITE_SCHEMA",
  "SQLITE_TOOBIG",
  "SQLITE_CONSTRAINT",
  "SQLITE_MISMATCH",
  "SQLITE_MISUSE",
  "SQLITE_NOLFS",
  "SQLITE_AUTH",
  "SQLITE_FORMAT",
  "SQLITE_RANGE",
  "SQLITE_NOTADB",
  "SQLITE_NOTICE",
  "SQLITE_WARNING",
];

/** The primary result code name ("SQLITE_CONSTRAINT"), as sqld and the native client report it. */
export function baseCodeName(failure: SqliteFailure): string {
  if (failure.rawCode !== undefined) return BASE_CODES[failure.rawCode & 0xff] ?? "SQLITE_UNKNOWN";
  const [prefix, name] = failure.code.split("_");
  return prefix === "SQLITE" && name ? `SQLITE_${name}` : "SQLITE_UNKNOWN";
}

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
export const SQLITE_BUSY_SNAPSHOT = 517;

export function primaryCode(failure: SqliteFailure): number | undefined {
  if (failure.rawCode !== undefined) return failure.rawCode & 0xff;
  const index = BASE_CODES.indexOf(baseCodeName(failure));
  return index < 0 ? undefined : index;
}

export const isBusy = (failure: SqliteFailure | undefined): boolean => failure !== undefined && primaryCode(failure) === SQLITE_BUSY;

/**
 * Whether a statement may still be active after throwing `error`. SQLite halts a statement on
 * every error except BUSY/LOCKED; anything that is not a SQLite error (a conversion failure
 * mid-iteration) may have left it stepped but unfinished.
 */
export function mayLeaveStatementActive(error: unknown): boolean {
  const failure = asSqliteFailure(error);
  if (failure === undefined) return true;
  const code = primaryCode(failure);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

/** Turns anything thrown while executing SQL into a Hrana error object. */
export function toHranaError(error: unknown): HranaError {
  if (error instanceof HranaError) return error;
  const failure = asSqliteFailure(error);
  if (failure !== undefined) return new HranaError(sqldCodeName(baseCodeName(failure)), `SQLite error: ${failure.message}`);
  const message = error instanceof Error ? error.message : String(error);
  return new HranaError("INTERNAL_ERROR", `Internal error: ${message}`);
}

function openDb(file: string): Db {
  const db = new Database(file);
  // WAL (set once per file at server start) stays durable against crashes with NORMAL; only
  // the last commits can be lost on power failure, which is fine for a local stand-in.
  db.exec("PRAGMA synchronous = NORMAL");
  db.defaultSafeIntegers(true);
  return db;
}

export interface ChangeStats {
  changes: bigint;
  totalChanges: bigint;
  lastInsertRowid: bigint;
}

export class StreamConnection {
  readonly #file: string;
  readonly #onTransactionEnd: () => void;
  #db: Db;
  #stats: Stmt;
  #tainted = false;
  /** total_changes() after the previous statement: a statement changed rows only if it moved. */
  lastTotalChanges = 0n;
  /**
   * Whether an INSERT of the current stream changed a row. sqld opens a connection per stream, so
   * its last_insert_rowid is 0 until the stream itself inserts; a pooled connection must not
   * report another stream's rowid.
   */
  insertedOnStream = false;
  /** Statements run inside the current explicit transaction (BEGIN itself not counted). */
  statementsInTransaction = 0;
  /** Prepared statements by SQL text: a page's few query shapes are prepared once per connection. */
  readonly #statements = new Map<string, Stmt>();
  /** False once a client changed per-connection state (PRAGMA, ATTACH, temp objects): never pooled then. */
  #reusable = true;

  /** `onTransactionEnd` runs whenever this connection leaves a transaction (its lock is free). */
  constructor(file: string, onTransactionEnd: () => void = () => {}) {
    this.#file = file;
    this.#onTransactionEnd = onTransactionEnd;
    this.#db = openDb(file);
    this.#stats = this.#prepareStats();
  }

  #prepareStats(): Stmt {
    return this.#db.prepare("SELECT changes(), total_changes(), last_insert_rowid()").raw(true).safeIntegers(true);
  }

  get db(): Db {
    return this.#db;
  }

  /**
   * The prepared statement for a SQL text, from this connection's cache. Why: libsql-js frees a
   * statement only when it is garbage collected, and preparing the same page queries again on
   * every request was most of the local server's CPU. SQLite re-prepares a cached statement by
   * itself after a schema change. A statement is used by one request at a time (a stream runs
   * its requests in order), and its modes (raw, safeIntegers) are set again on each use.
   */
  prepare(sql: string): Stmt {
    let stmt = this.#statements.get(sql);
    if (stmt === undefined) {
      stmt = this.#db.prepare(sql);
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  /** A statement that changes what this connection is (not the data) makes it private to its stream. */
  noteStatement(sql: string): void {
    if (SESSION_CHANGING.test(sql)) this.#reusable = false;
  }

  get reusable(): boolean {
    return this.#reusable && !this.#tainted;
  }

  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  markTainted(): void {
    this.#tainted = true;
  }

  get tainted(): boolean {
    return this.#tainted;
  }

  /** Book-keeping after every statement, successful or not. */
  afterStatement(wasInTransaction: boolean): void {
    if (!this.inTransaction) {
      this.statementsInTransaction = 0;
      if (this.#tainted) this.#reopen();
      if (wasInTransaction) this.#onTransactionEnd();
    } else if (wasInTransaction) {
      this.statementsInTransaction++;
    }
  }

  readStats(): ChangeStats {
    const row = this.#stats.get() as unknown;
    if (!Array.isArray(row)) throw new Error("change statistics unavailable");
    const [changes, totalChanges, lastInsertRowid] = row as unknown[];
    const big = (v: unknown): bigint => (typeof v === "bigint" ? v : BigInt(Number(v ?? 0)));
    return { changes: big(changes), totalChanges: big(totalChanges), lastInsertRowid: big(lastInsertRowid) };
  }

  // Per-connection settings a client changed (PRAGMA foreign_keys, temp tables) do not survive
  // this; it only happens after a statement gave up waiting for a lock.
  #reopen(): void {
    this.#closeDb();
    this.#statements.clear();
    this.#db = openDb(this.#file);
    this.#stats = this.#prepareStats();
    this.#tainted = false;
    this.lastTotalChanges = 0n;
    this.statementsInTransaction = 0;
  }

  // libsql's close() only drops a reference: every prepared statement keeps the native
  // connection, and with it an open transaction and its write lock, alive until garbage
  // collection. So the transaction is rolled back explicitly first.
  #closeDb(): void {
    try {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
    } catch {
      // ROLLBACK works even with statements in progress; if it still fails, closing is all we can do.
    }
    try {
      this.#db.close();
    } catch {
      // Closing can only fail on a connection that is already unusable; nothing to recover.
    }
  }

  /** Closes the connection; an open transaction is rolled back by SQLite. */
  close(): void {
    const wasInTransaction = this.inTransaction;
    this.#closeDb();
    if (wasInTransaction) this.#onTransactionEnd();
  }
}

/**
 * The connection that lives as long as the server: it switches the file to WAL and, by staying
 * open, keeps SQLite from checkpointing and deleting the WAL every time a stream closes.
 */
export function openAnchorConnection(file: string): Db {
  const db = openDb(file);
  const mode = db.prepare("PRAGMA journal_mode = WAL").raw(true).get() as unknown;
  if (!Array.isArray(mode) || String(mode[0]).toLowerCase() !== "wal") {
    db.close();
    throw new Error(`could not switch ${file} to WAL mode`);
  }
  return db;
}
