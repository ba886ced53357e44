// `POST /v2/pipeline`: find or open the stream, run its requests in order, hand back a baton.
import { decodePipelineBody, decodeStreamRequest } from "./decode";
import { type ExecuteOptions, describeStatement, executeBatch, executeRequest, executeSequence } from "./execute";
import { toHranaError } from "./connection";
import { HranaError, type PipelineResponse, type StmtRequest, type StreamRequest, type StreamResponse, type StreamResult } from "./protocol";
import type { Stream, StreamRegistry } from "./streams";

// sqld's limits on stored SQL; matching them keeps local runs honest about production.
const MAX_STORED_SQL = 50;
const MAX_STORED_SQL_BYTES = 5_000;

function resolveSql(stream: Stream, sql: string | undefined, sqlId: number | undefined): string {
  if (sql !== undefined) return sql;
  const stored = sqlId === undefined ? undefined : stream.sqls.get(sqlId);
  if (stored === undefined) throw new HranaError("SQL_NOT_FOUND", `No SQL text is stored under id ${sqlId}`);
  return stored;
}

const resolveStmt = (stream: Stream, stmt: StmtRequest) => ({
  sql: resolveSql(stream, stmt.sql, stmt.sqlId),
  args: stmt.args,
  namedArgs: stmt.namedArgs,
  wantRows: stmt.wantRows,
});

async function handleRequest(stream: Stream, request: StreamRequest, options: ExecuteOptions): Promise<StreamResponse> {
  switch (request.type) {
    case "close":
      stream.close();
      return { type: "close" };
    case "execute":
      return { type: "execute", result: await executeRequest(stream.conn, resolveStmt(stream, request.stmt), options) };
    case "batch": {
      const steps = request.steps.map((step) => ({ condition: step.condition, stmt: resolveStmt(stream, step.stmt) }));
      return { type: "batch", result: await executeBatch(stream.conn, steps, options) };
    }
    case "sequence":
      await executeSequence(stream.conn, resolveSql(stream, request.sql, request.sqlId), options);
      return { type: "sequence" };
    case "describe":
      return {
        type: "describe",
        result: await describeStatement(stream.conn, resolveSql(stream, request.sql, request.sqlId), options),
      };
    case "store_sql":
      if (stream.sqls.has(request.sqlId)) {
        throw new HranaError("SQL_EXISTS", `A SQL text is already stored under id ${request.sqlId}`);
      }
      if (stream.sqls.size >= MAX_STORED_SQL) {
        throw new HranaError("SQL_STORE_TOO_MANY", `The server already stores ${MAX_STORED_SQL} SQL texts`);
      }
      if (Buffer.byteLength(request.sql) > MAX_STORED_SQL_BYTES) {
        throw new HranaError("SQL_STORE_TOO_LARGE", `A stored SQL text may have at most ${MAX_STORED_SQL_BYTES} bytes`);
      }
      stream.sqls.set(request.sqlId, request.sql);
      return { type: "store_sql" };
    case "close_sql":
      stream.sqls.delete(request.sqlId);
      return { type: "close_sql" };
    case "get_autocommit":
      return { type: "get_autocommit", isAutocommit: stream.isAutocommit };
  }
}

/**
 * Runs a pipeline body. Throws HranaError for whole-request problems (bad envelope, bad baton),
 * which the HTTP layer answers with 400; problems of a single request become its error result.
 */
export async function runPipeline(registry: StreamRegistry, json: unknown, options: ExecuteOptions): Promise<PipelineResponse> {
  const body = decodePipelineBody(json);
  const stream = body.baton === null ? registry.open() : registry.acquire(body.baton);
  const results: StreamResult[] = [];
  let baton: string | null = null;
  try {
    for (const raw of body.requests) {
      if (stream.closed) {
        results.push({ type: "error", error: { message: "The stream is closed", code: "STREAM_CLOSED" } });
        continue;
      }
      try {
        results.push({ type: "ok", response: await handleRequest(stream, decodeStreamRequest(raw), options) });
      } catch (error) {
        results.push({ type: "error", error: toHranaError(error).toBody() });
      }
    }
  } finally {
    // Always hand the stream back, so it gets a baton or is closed and can expire.
    baton = registry.release(stream);
  }
  return { baton, results };
}
