// A consistent SQL dump of a libSQL database through @libsql/client (file:, http:, libsql:), and
// its restore into an empty database. Used by `npm run db:backup` and `npm run db:restore`.
//
// The dump is plain SQLite SQL, the shape of the sqlite3 shell's `.dump`: `sqlite3 new.db < FILE`
// and `turso db create NAME --from-dump FILE` read it too. What it guarantees:
// - one snapshot: every row is read inside a single read transaction (BEGIN READONLY), so rows
//   written while the dump runs are either all in it or none of them are;
// - tables first (empty), then their rows with their rowids, then sqlite_sequence, then indexes,
//   triggers and views: triggers fire on no restored row (no doubled FTS entries, no counters
//   counted twice, no audit-log guard refusing a restore);
// - a full-text table (FTS5 or FTS4 with its own content) is dumped as its rows and settings, and
//   its shadow tables are left out: the restore rebuilds the index from the rows;
// - every value keeps its storage class: integers stay exact beyond 2^53, a REAL that holds a
//   whole number stays REAL, blobs stay bytes, text may hold quotes, newlines and NUL;
// - the drizzle migrations table is an ordinary table and comes along, so a restored database is
//   at the same migration;
// - the last line counts the statements, so a cut-off file is refused before anything is written.
// sqlite_stat1 (ANALYZE statistics) is left out: it is not data, and Turso refuses ANALYZE.
import type { Client, InArgs, Transaction } from "@libsql/client";
import { scanSql } from "../libsql-server/sql-scan";

export const DUMP_HEADER = "-- Rounds database backup (npm run db:backup)";
const TRAILER_PREFIX = "-- End of Rounds backup:";
const TRAILER = /^-- End of Rounds backup: (\d+) statements, (\d+) rows\.?$/;
/** Rows read per query: a page of posts stays well under a megabyte. */
const PAGE_ROWS = 256;

export type SqlValueOut = null | bigint | number | string | ArrayBuffer | Uint8Array;

/** A SQL literal that reads back as the same value with the same storage class. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NULL"; // SQLite stores NaN as NULL
    if (value === Infinity) return "9e999";
    if (value === -Infinity) return "-9e999";
    if (Object.is(value, -0)) return "-0.0";
    const text = String(value);
    // A REAL holding a whole number must not read back as an INTEGER.
    return /[.eE]/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === "string") {
    if (value.includes("\u0000")) return `CAST(X'${Buffer.from(value, "utf8").toString("hex")}' AS TEXT)`;
    return `'${value.replaceAll("'", "''")}'`;
  }
  if (value instanceof ArrayBuffer) return `X'${Buffer.from(value).toString("hex")}'`;
  if (value instanceof Uint8Array) return `X'${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}'`;
  if (typeof value === "boolean") return value ? "1" : "0";
  throw new TypeError(`cannot write a ${typeof value} as SQL`);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

interface SchemaObject {
  type: "table" | "index" | "trigger" | "view";
  name: string;
  tableName: string;
  sql: string;
}

interface TablePlan {
  name: string;
  /** Columns to write, in table order (generated and hidden columns left out). */
  columns: string[];
  /** The name to read and write the rowid by, or null for a WITHOUT ROWID table. */
  rowidName: string | null;
  /** Columns of the primary key, for ordering a WITHOUT ROWID table. */
  primaryKey: string[];
  virtual: "fts" | null;
  /** FTS settings (automerge, secure-delete, ...) to restore before the rows. */
  ftsConfig: [string, SqlValueOut][];
  rowCount: number;
}

type Reader = Pick<Transaction, "execute">;

async function readRows(reader: Reader, sql: string, args: InArgs = []): Promise<unknown[][]> {
  const result = await reader.execute({ sql, args });
  return result.rows.map((row) => Array.from(row as ArrayLike<unknown>));
}

const isShadowOf = (name: string, virtualNames: Set<string>): boolean => {
  for (const vt of virtualNames) if (name.startsWith(`${vt}_`)) return true;
  return false;
};

/** Schema objects in creation order, without SQLite's own and the ones SQLite makes by itself. */
async function readSchema(reader: Reader): Promise<SchemaObject[]> {
  const rows = await readRows(reader, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid");
  return rows
    .map(([type, name, tableName, sql]) => ({ type: String(type), name: String(name), tableName: String(tableName), sql: String(sql) }) as SchemaObject)
    .filter((object) => !object.name.startsWith("sqlite_"));
}

function ftsModule(sql: string): "fts5" | "fts4" | "fts3" | string {
  const match = /USING\s+([A-Za-z0-9_]+)/i.exec(sql);
  return (match?.[1] ?? "").toLowerCase();
}

async function planTable(reader: Reader, object: SchemaObject, shadowNames: Set<string>): Promise<TablePlan> {
  const isVirtual = /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(object.sql);
  const info = await readRows(reader, `SELECT name, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid`, [object.name]);
  const columns = info.filter(([, , hidden]) => Number(hidden) === 0).map(([name]) => String(name));
  const primaryKey = info
    .filter(([, pk]) => Number(pk) > 0)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map(([name]) => String(name));
  const plan: TablePlan = { name: object.name, columns, rowidName: null, primaryKey, virtual: null, ftsConfig: [], rowCount: 0 };
  if (isVirtual) {
    const module = ftsModule(object.sql);
    if (module !== "fts5" && module !== "fts4" && module !== "fts3") {
      throw new Error(`table ${object.name} is a ${module || "virtual"} table, which this backup cannot copy`);
    }
    if (/\bcontent\s*=/i.test(object.sql)) {
      throw new Error(`full-text table ${object.name} has external or no content (content=...), which this backup cannot copy`);
    }
    plan.virtual = "fts";
    plan.rowidName = "rowid";
    if (module === "fts5" && shadowNames.has(`${object.name}_config`)) {
      const config = await readRows(reader, `SELECT k, v FROM ${quoteIdentifier(`${object.name}_config`)} WHERE k <> 'version' ORDER BY k`);
      plan.ftsConfig = config.map(([k, v]) => [String(k), v as SqlValueOut]);
    }
  } else if (!/\)\s*(?:STRICT\s*,\s*)?WITHOUT\s+ROWID\b[\s\S]*$/i.test(object.sql.slice(object.sql.lastIndexOf(")")))) {
    // A rowid table keeps its rowids (an INTEGER PRIMARY KEY is the rowid already). Any of the
    // three names works unless a real column took it.
    const taken = new Set(info.map(([name]) => String(name).toLowerCase()));
    plan.rowidName = ["rowid", "_rowid_", "oid"].find((name) => !taken.has(name)) ?? null;
  }
  const [count] = await readRows(reader, `SELECT count(*) FROM ${quoteIdentifier(object.name)}`);
  plan.rowCount = Number(count?.[0] ?? 0);
  return plan;
}

function insertSql(plan: TablePlan, row: unknown[]): string {
  const names = plan.rowidName ? [plan.rowidName, ...plan.columns] : plan.columns;
  return `INSERT INTO ${quoteIdentifier(plan.name)}(${names.map(quoteIdentifier).join(",")}) VALUES(${row.map(sqlLiteral).join(",")});`;
}

async function* tableRows(reader: Reader, plan: TablePlan): AsyncGenerator<unknown[][]> {
  const table = quoteIdentifier(plan.name);
  const columns = plan.columns.map(quoteIdentifier).join(",");
  if (plan.rowidName) {
    const rowid = quoteIdentifier(plan.rowidName);
    const list = columns ? `${rowid},${columns}` : rowid;
    let after: unknown = null;
    for (;;) {
      const rows = await readRows(
        reader,
        after === null
          ? `SELECT ${list} FROM ${table} ORDER BY ${rowid} LIMIT ${PAGE_ROWS}`
          : `SELECT ${list} FROM ${table} WHERE ${rowid} > ? ORDER BY ${rowid} LIMIT ${PAGE_ROWS}`,
        after === null ? [] : [after as bigint | number],
      );
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE_ROWS) return;
      after = rows[rows.length - 1]?.[0] ?? null;
    }
  }
  // WITHOUT ROWID (rare): pages by OFFSET, which is exact inside one snapshot.
  const order = (plan.primaryKey.length > 0 ? plan.primaryKey : plan.columns).map(quoteIdentifier).join(",");
  for (let offset = 0; ; offset += PAGE_ROWS) {
    const rows = await readRows(reader, `SELECT ${columns} FROM ${table} ORDER BY ${order} LIMIT ${PAGE_ROWS} OFFSET ${offset}`);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE_ROWS) return;
  }
}

export interface DumpOptions {
  /** Called as rows are written: (rows written, rows in all). */
  onProgress?: (done: number, total: number) => void;
  /** Where the dump came from, for the header (never a token). */
  source?: string;
  now?: Date;
}

export interface DumpSummary {
  tables: number;
  rows: number;
  statements: number;
}

/**
 * Writes a dump of the database behind `client` to `write`, read in one read transaction.
 * The client should use intMode "bigint", or integers beyond 2^53 fail to read.
 */
export async function dumpDatabase(client: Client, write: (chunk: string) => void | Promise<void>, options: DumpOptions = {}): Promise<DumpSummary> {
  const tx = await client.transaction("read");
  try {
    const schema = await readSchema(tx);
    const virtualNames = new Set(schema.filter((o) => o.type === "table" && /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql)).map((o) => o.name));
    const shadowNames = new Set(schema.filter((o) => o.type === "table" && isShadowOf(o.name, virtualNames)).map((o) => o.name));
    const tables = schema.filter((o) => o.type === "table" && !shadowNames.has(o.name));
    const plans: TablePlan[] = [];
    for (const table of tables) plans.push(await planTable(tx, table, shadowNames));
    const hasSequence = (await readRows(tx, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"))[0]?.[0];
    const sequence = Number(hasSequence) > 0 ? await readRows(tx, "SELECT rowid, name, seq FROM sqlite_sequence ORDER BY rowid") : [];
    const total = plans.reduce((sum, plan) => sum + plan.rowCount, 0);

    let statements = 0;
    let rows = 0;
    const out: string[] = [];
    const flush = async () => {
      if (out.length === 0) return;
      const chunk = out.join("");
      out.length = 0;
      await write(chunk);
    };
    const emit = async (sql: string) => {
      out.push(`${sql}\n`);
      statements++;
      if (out.length >= 512) await flush();
    };

    await write(
      `${DUMP_HEADER}\n-- Source: ${options.source ?? "(unknown)"}, read ${(options.now ?? new Date()).toISOString()} in one transaction.\n` +
        `-- Restore into an empty database: npm run db:restore -- FILE\n` +
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n",
    );
    options.onProgress?.(0, total);
    // Every table exists before any row arrives: a row's foreign key needs its parent table to
    // exist even while the check itself is deferred to COMMIT.
    for (const table of tables) await emit(`${table.sql};`);
    for (const plan of plans) {
      for (const [key, value] of plan.ftsConfig) {
        const name = quoteIdentifier(plan.name);
        await emit(`INSERT INTO ${name}(${name}, rank) VALUES(${sqlLiteral(key)}, ${sqlLiteral(value)});`);
      }
      for await (const page of tableRows(tx, plan)) {
        for (const row of page) await emit(insertSql(plan, row));
        rows += page.length;
        options.onProgress?.(rows, total);
      }
    }
    if (sequence.length > 0) {
      await emit("DELETE FROM sqlite_sequence;");
      for (const [rowid, name, seq] of sequence) await emit(`INSERT INTO sqlite_sequence(rowid,name,seq) VALUES(${sqlLiteral(rowid)},${sqlLiteral(name)},${sqlLiteral(seq)});`);
    }
    for (const object of schema) {
      if (object.type === "table" || shadowNames.has(object.tableName)) continue;
      await emit(`${object.sql};`);
    }
    await flush();
    await write(`COMMIT;\n${TRAILER_PREFIX} ${statements} statements, ${rows} rows.\n`);
    if (rows !== total) options.onProgress?.(total, total);
    return { tables: plans.length, rows, statements };
  } finally {
    tx.close();
  }
}

/** Strips leading comments and space, to recognize a statement by its text. */
function bareStatement(sql: string): string {
  let text = sql.trim();
  for (;;) {
    if (text.startsWith("--")) {
      const end = text.indexOf("\n");
      text = end < 0 ? "" : text.slice(end + 1).trim();
    } else if (text.startsWith("/*")) {
      const end = text.indexOf("*/");
      text = end < 0 ? "" : text.slice(end + 2).trim();
    } else {
      return text;
    }
  }
}

export interface ParsedDump {
  /** The statements to run, without the file's own PRAGMA/BEGIN/COMMIT wrapper. */
  statements: string[];
  rows: number;
}

export class DumpFormatError extends Error {}

/** Reads a dump written by dumpDatabase; refuses anything cut short or not made by it. */
export function parseDump(text: string): ParsedDump {
  if (!text.startsWith(DUMP_HEADER)) throw new DumpFormatError("it is not a Rounds backup (the first line is not the header npm run db:backup writes)");
  const lastLine = text.trimEnd().split("\n").pop() ?? "";
  const trailer = TRAILER.exec(lastLine);
  if (!trailer) throw new DumpFormatError("the file is incomplete: its last line is not the end-of-backup line (was the backup interrupted or the file cut short?)");
  const all = scanSql(text.slice(0, text.length - lastLine.length - 1))
    .map((statement) => bareStatement(statement.sql))
    .filter((sql) => sql !== "");
  const [pragma, begin] = all;
  const commit = all[all.length - 1];
  if (!/^PRAGMA foreign_keys\s*=\s*OFF;?$/i.test(pragma ?? "") || !/^BEGIN TRANSACTION;?$/i.test(begin ?? "") || !/^COMMIT;?$/i.test(commit ?? "")) {
    throw new DumpFormatError("the file does not have the PRAGMA, BEGIN and COMMIT a Rounds backup starts and ends with");
  }
  const statements = all.slice(2, -1);
  const expected = Number(trailer[1]);
  if (statements.length !== expected) {
    throw new DumpFormatError(`the file holds ${statements.length} statements but its last line says ${expected}: it was changed or damaged`);
  }
  return { statements, rows: Number(trailer[2]) };
}

/** The schema objects that make a database non-empty (SQLite's and libSQL's own excepted). */
export async function userSchemaObjects(client: Pick<Client, "execute">): Promise<string[]> {
  const result = await client.execute(
    "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'libsql\\_%' ESCAPE '\\' ORDER BY rowid",
  );
  return result.rows.map((row) => String(row[0]));
}

export class NotEmptyError extends Error {
  constructor(readonly objects: string[]) {
    const shown = objects.slice(0, 5).join(", ");
    super(`it is not empty: it holds ${objects.length} schema objects (${shown}${objects.length > 5 ? ", …" : ""})`);
  }
}

export interface RestoreOptions {
  onProgress?: (done: number, total: number) => void;
  /** Statements per round trip, and an upper bound on their SQL text per round trip. */
  batchStatements?: number;
  batchBytes?: number;
}

export class RestoreStatementError extends Error {
  constructor(
    readonly index: number,
    readonly statement: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`statement ${index + 1} (${statement.slice(0, 80).replace(/\s+/g, " ")}${statement.length > 80 ? "…" : ""}): ${detail}`, { cause });
  }
}

/**
 * Runs a parsed dump into an EMPTY database in one write transaction: it writes everything or
 * nothing. Foreign keys are checked at COMMIT (defer_foreign_keys), since tables arrive in
 * creation order, not in the order their references need.
 */
export async function restoreDump(client: Client, dump: ParsedDump, options: RestoreOptions = {}): Promise<{ statements: number }> {
  const existing = await userSchemaObjects(client);
  if (existing.length > 0) throw new NotEmptyError(existing);
  const maxStatements = options.batchStatements ?? 200;
  const maxBytes = options.batchBytes ?? 1_000_000;
  const tx = await client.transaction("write");
  try {
    await tx.execute("PRAGMA defer_foreign_keys = ON");
    const total = dump.statements.length;
    options.onProgress?.(0, total);
    let start = 0;
    while (start < total) {
      let end = start;
      let bytes = 0;
      while (end < total && end - start < maxStatements && (end === start || bytes + (dump.statements[end]?.length ?? 0) <= maxBytes)) {
        bytes += dump.statements[end]?.length ?? 0;
        end++;
      }
      const batch = dump.statements.slice(start, end);
      try {
        await tx.batch(batch);
      } catch (error) {
        const failedAt = start + (typeof (error as { statementIndex?: unknown }).statementIndex === "number" ? (error as { statementIndex: number }).statementIndex : 0);
        throw new RestoreStatementError(failedAt, dump.statements[failedAt] ?? "", error);
      }
      start = end;
      options.onProgress?.(start, total);
    }
    await tx.commit();
    return { statements: total };
  } catch (error) {
    if (!tx.closed) await tx.rollback().catch(() => {});
    throw error;
  } finally {
    tx.close();
  }
}
