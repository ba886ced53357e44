// Statement execution on a stream's connection: argument binding, the asynchronous BUSY retry,
// and results in Hrana shape (execute, batch, sequence, describe).
import { SQLITE_BUSY_SNAPSHOT, type Stmt, type StreamConnection, asSqliteFailure, isBusy, mayLeaveStatementActive, toHranaError } from "./connection";
import type { LockSignal } from "./lock-signal";
import { type BatchCond, type BatchResult, type BatchStep, type Col, type DescribeResult, HranaError, type SqlValue, type StmtResult } from "./protocol";
import { type ScannedStatement, scanSql } from "./sql-scan";
import { assertSupported, classifyStatement, prepareError } from "./sqld-rules";

export interface ExecuteOptions {
  /** How long one statement may keep retrying SQLITE_BUSY before the error is returned. */
  busyTimeoutMs: number;
  /** Cuts a BUSY wait short when a stream of this server ends its transaction. */
  lockSignal: LockSignal;
}

export interface ArgsSource {
  args: SqlValue[];
  namedArgs: Array<{ name: string; value: SqlValue }>;
}

// sqld's words (its "Arguments do not match SQL parameters" error).
const argsInvalid = (message: string): HranaError => new HranaError("ARGS_INVALID", `Arguments do not match SQL parameters: ${message}`);

/** Parses SQL that must hold exactly one statement (execute, batch steps, describe). */
export function singleStatement(sql: string): ScannedStatement {
  const statements = scanSql(sql);
  const [first] = statements;
  if (first === undefined) throw new HranaError("SQL_NO_STATEMENT", "SQL string does not contain any statement");
  if (statements.length > 1) throw new HranaError("SQL_MANY_STATEMENTS", "SQL string contains more than one statement");
  assertSupported(sql);
  return first;
}

/**
 * Resolves the arguments to one value per parameter index, as sqld does: positional or named,
 * never both; a named parameter `:id` takes the argument named ":id" or "id"; every parameter
 * needs a value and no argument may be left over.
 */
export function bindArguments(statement: ScannedStatement, source: ArgsSource): SqlValue[] {
  const names = statement.parameterNames;
  if (source.namedArgs.length === 0) {
    if (source.args.length > names.length) {
      throw argsInvalid(`too many parameters, expected ${names.length} found ${source.args.length}`);
    }
    if (source.args.length < names.length) {
      throw argsInvalid(`value for parameter ${names[source.args.length] ?? source.args.length + 1} not found`);
    }
    return source.args;
  }
  if (source.args.length > 0) {
    throw new HranaError("ARGS_BOTH_POSITIONAL_AND_NAMED", "Specifying both positional and named arguments is not supported");
  }
  const named = new Map(source.namedArgs.map((arg) => [arg.name, arg.value]));
  if (named.size > names.length) {
    throw argsInvalid(`too many parameters, expected ${names.length} found ${named.size}`);
  }
  return names.map((name, i) => {
    if (name !== null) {
      if (named.has(name)) return named.get(name) ?? null;
      const bare = name.slice(1);
      if (named.has(bare)) return named.get(bare) ?? null;
    }
    throw argsInvalid(`value for parameter ${name ?? i + 1} not found`);
  });
}

async function retryWhileBusy<T>(attempt: () => T, options: ExecuteOptions, snapshotRetryable: boolean): Promise<T> {
  const deadline = Date.now() + options.busyTimeoutMs;
  let delayMs = 1;
  for (;;) {
    try {
      return attempt();
    } catch (error) {
      const failure = asSqliteFailure(error);
      // BUSY_SNAPSHOT inside a transaction that already read means its snapshot is stale for
      // good: waiting cannot help, the client must roll back and retry.
      const retryable = isBusy(failure) && (snapshotRetryable || failure?.rawCode !== SQLITE_BUSY_SNAPSHOT);
      const remaining = deadline - Date.now();
      if (!retryable || remaining <= 0) throw error;
      await options.lockSignal.wait(Math.min(delayMs, remaining));
      delayMs = Math.min(delayMs * 2, 20);
    }
  }
}

function toSqlValue(value: unknown): SqlValue {
  if (value === null || typeof value === "bigint" || typeof value === "number" || typeof value === "string") {
    return value;
  }
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value === undefined) return null;
  throw new Error(`unexpected column value of type ${typeof value}`);
}

function collectRows(stmt: Stmt, bind: SqlValue[], wantRows: boolean): SqlValue[][] {
  const rows: SqlValue[][] = [];
  // Always iterate to the end: a statement stepped but not finished stays active.
  for (const row of stmt.iterate(bind)) {
    if (wantRows) rows.push((row as unknown[]).map(toSqlValue));
  }
  return rows;
}

/**
 * Runs one statement. On SQLITE_BUSY the same prepared statement is retried (libsql resets it
 * before each run) after short asynchronous waits, so the stream holding the lock can reach its
 * COMMIT through the event loop meanwhile.
 */
export async function executeStatement(conn: StreamConnection, statement: ScannedStatement, bind: SqlValue[], wantRows: boolean, options: ExecuteOptions): Promise<StmtResult> {
  const wasInTransaction = conn.inTransaction;
  const snapshotRetryable = !wasInTransaction || conn.statementsInTransaction === 0;
  let cols: Col[] = [];
  let rows: SqlValue[][] = [];
  try {
    conn.noteStatement(statement.sql);
    if (conn.tainted && conn.inTransaction && (statement.firstKeyword === "COMMIT" || statement.firstKeyword === "END")) {
      return commitTaintedTransaction(conn, wasInTransaction);
    }
    const stmt = await retryWhileBusy(() => prepareOrExplain(conn, statement.sql), options, true);
    stmt.safeIntegers(true);
    const reader = stmt.reader;
    if (reader) {
      stmt.raw(true);
      cols = stmt.columns().map((c) => ({ name: c.name, decltype: c.type }));
    }
    try {
      rows = await retryWhileBusy(
        () => {
          if (reader) return collectRows(stmt, bind, wantRows);
          stmt.run(bind);
          return [];
        },
        options,
        snapshotRetryable,
      );
    } catch (error) {
      if (mayLeaveStatementActive(error)) conn.markTainted();
      throw error;
    }
  } catch (error) {
    const stuck = conn.tainted && conn.inTransaction;
    conn.afterStatement(wasInTransaction);
    const hranaError = toHranaError(error);
    if (stuck && hranaError.message.includes("SQL statements in progress")) {
      throw new HranaError(hranaError.code, `${hranaError.message} (a statement of this transaction gave up waiting for a lock; roll back and retry the transaction)`);
    }
    throw hranaError;
  }
  const stats = conn.readStats();
  const changed = stats.totalChanges !== conn.lastTotalChanges;
  conn.lastTotalChanges = stats.totalChanges;
  conn.afterStatement(wasInTransaction); // last: it may swap the connection
  // As sqld: changed rows only for INSERT/UPDATE/DELETE (an FTS table's CREATE writes its
  // config row, which is no row of the client's), the last rowid only for INSERT.
  const { isIud, isInsert } = classifyStatement(statement.sql);
  if (isInsert && changed) conn.insertedOnStream = true;
  return {
    cols,
    rows,
    affectedRowCount: isIud && changed ? Number(stats.changes) : 0,
    lastInsertRowid: isInsert ? (conn.insertedOnStream ? stats.lastInsertRowid : 0n) : null,
  };
}

/** Prepares a statement; a failure SQLite ties to the SQL text gets sqld's code for it. */
function prepareOrExplain(conn: StreamConnection, sql: string): Stmt {
  try {
    return conn.prepare(sql);
  } catch (error) {
    const failure = asSqliteFailure(error);
    const mapped = failure && !isBusy(failure) ? prepareError(failure.message) : undefined;
    throw mapped ?? error;
  }
}

/**
 * COMMIT of a transaction in which a statement gave up waiting for a lock. That statement stays
 * active in libsql (connection.ts), so SQLite would refuse the COMMIT ("SQL statements in
 * progress"), where sqld, which resets it, commits. The transaction cannot have written: in WAL
 * mode a connection that holds the write lock never sees BUSY, so the failed statement was its
 * first attempt to write. Ending it by ROLLBACK therefore commits exactly what COMMIT would.
 */
function commitTaintedTransaction(conn: StreamConnection, wasInTransaction: boolean): StmtResult {
  conn.db.exec("ROLLBACK");
  conn.afterStatement(wasInTransaction);
  return { cols: [], rows: [], affectedRowCount: 0, lastInsertRowid: null };
}

export interface ResolvedStmt extends ArgsSource {
  sql: string;
  wantRows: boolean;
}

/** execute: one statement, its arguments checked before it runs. */
export async function executeRequest(conn: StreamConnection, stmt: ResolvedStmt, options: ExecuteOptions): Promise<StmtResult> {
  const statement = singleStatement(stmt.sql);
  return executeStatement(conn, statement, bindArguments(statement, stmt), stmt.wantRows, options);
}

function evalCond(cond: BatchCond, result: BatchResult, conn: StreamConnection): boolean {
  switch (cond.type) {
    case "ok":
      return result.stepResults[cond.step] != null;
    case "error":
      return result.stepErrors[cond.step] != null;
    case "not":
      return !evalCond(cond.cond, result, conn);
    case "and":
      return cond.conds.every((c) => evalCond(c, result, conn));
    case "or":
      return cond.conds.some((c) => evalCond(c, result, conn));
    case "is_autocommit":
      return !conn.inTransaction;
  }
}

/**
 * sqld parses every step of a batch before running any, so a syntax error anywhere fails the
 * whole batch request, not just its step. SQLite's parser does the same here: only its parse
 * errors count (a missing table may be created by an earlier step). The statement is prepared
 * through the connection's cache, so the step's own run does not prepare it again.
 */
function assertParses(conn: StreamConnection, sql: string): void {
  try {
    conn.prepare(sql);
  } catch (error) {
    const failure = asSqliteFailure(error);
    const mapped = failure ? prepareError(failure.message) : undefined;
    if (mapped?.code === "SQL_PARSE_ERROR") throw mapped;
  }
}

export interface ResolvedBatchStep {
  condition: BatchStep["condition"];
  stmt: ResolvedStmt;
}

/**
 * batch: every step is parsed and its arguments checked first (a malformed step fails the whole
 * request, as in sqld); then steps run in order, each only if its condition holds. A failing
 * step is recorded in step_errors and does not stop the batch: the client's conditions decide.
 */
export async function executeBatch(conn: StreamConnection, steps: ResolvedBatchStep[], options: ExecuteOptions): Promise<BatchResult> {
  const prepared = steps.map((step) => {
    const statement = singleStatement(step.stmt.sql);
    assertParses(conn, statement.sql);
    return { step, statement, bind: bindArguments(statement, step.stmt) };
  });
  const result: BatchResult = {
    stepResults: steps.map(() => null),
    stepErrors: steps.map(() => null),
  };
  for (const [i, { step, statement, bind }] of prepared.entries()) {
    if (step.condition !== undefined && !evalCond(step.condition, result, conn)) continue;
    try {
      result.stepResults[i] = await executeStatement(conn, statement, bind, step.stmt.wantRows, options);
    } catch (error) {
      result.stepErrors[i] = toHranaError(error).toBody();
    }
  }
  return result;
}

/** sequence: several statements without arguments, stopping at the first failure. */
export async function executeSequence(conn: StreamConnection, sql: string, options: ExecuteOptions): Promise<void> {
  const statements = scanSql(sql);
  // sqld parses the whole sequence first: an unsupported statement anywhere runs nothing.
  for (const statement of statements) assertSupported(statement.sql);
  for (const statement of statements) {
    await executeStatement(conn, statement, bindArguments(statement, { args: [], namedArgs: [] }), false, options);
  }
}

// Opcodes that make a statement write. Transaction-control statements count as read-only, as
// sqlite3_stmt_readonly() reports them.
const WRITE_OPCODES = new Set(["OpenWrite", "VUpdate", "VCreate", "VDestroy", "Vacuum", "JournalMode", "ParseSchema"]);
const CONTROL_OPCODES = new Set(["AutoCommit", "Savepoint"]);

function isReadonly(conn: StreamConnection, statement: ScannedStatement): boolean {
  if (statement.firstKeyword === "EXPLAIN") return true;
  try {
    const ops = conn.db.prepare(`EXPLAIN ${statement.sql}`).raw(true).all() as unknown[][];
    if (ops.some((op) => CONTROL_OPCODES.has(String(op[1])))) return true;
    return !ops.some((op) => WRITE_OPCODES.has(String(op[1])) || (op[1] === "Transaction" && Number(op[3]) !== 0));
  } catch {
    return statement.firstKeyword === "SELECT" || statement.firstKeyword === "VALUES";
  }
}

/** describe: parameters and result columns of one statement, without running it. */
export async function describeStatement(conn: StreamConnection, sql: string, options: ExecuteOptions): Promise<DescribeResult> {
  const statement = singleStatement(sql);
  try {
    const stmt = await retryWhileBusy(() => conn.db.prepare(statement.sql), options, true);
    const cols = stmt.reader ? stmt.columns().map((c) => ({ name: c.name, decltype: c.type })) : [];
    return {
      params: statement.parameterNames.map((name) => ({ name })),
      cols,
      isExplain: statement.firstKeyword === "EXPLAIN",
      isReadonly: isReadonly(conn, statement),
    };
  } catch (error) {
    throw toHranaError(error);
  }
}
