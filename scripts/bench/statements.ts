import Database from "libsql";
import { decodePipelineBody, decodeStreamRequest } from "../libsql-server/decode";
import type { SqlValue, StmtRequest } from "../libsql-server/protocol";

/**
 * The SQL a page really runs, taken from the Worker's own Hrana requests (bytes the counting
 * proxy captured while one page was served), then explained and timed against the database file.
 * Timing the statements alone shows whether the database side of a page grows with the data.
 */

export interface CapturedStatement {
  sql: string;
  args: SqlValue[];
  namedArgs: Record<string, SqlValue>;
}

export interface StatementTiming {
  sql: string;
  summary: string;
  plan: string[];
  medianMs: number;
  rows: number;
}

const REQUEST_LINE = Buffer.from("POST /v2/pipeline HTTP/1.1\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** Bodies of the pipeline requests in one connection's bytes (Content-Length or chunked). */
function pipelineBodies(bytes: Buffer): Buffer[] {
  const bodies: Buffer[] = [];
  let at = bytes.indexOf(REQUEST_LINE);
  while (at !== -1) {
    const headEnd = bytes.indexOf(HEADER_END, at);
    if (headEnd === -1) break;
    const head = bytes.subarray(at, headEnd).toString("latin1");
    let bodyStart = headEnd + HEADER_END.length;
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (length?.[1]) {
      bodies.push(bytes.subarray(bodyStart, bodyStart + Number(length[1])));
      at = bytes.indexOf(REQUEST_LINE, bodyStart + Number(length[1]));
      continue;
    }
    if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = bytes.indexOf("\r\n", bodyStart);
        if (lineEnd === -1) break;
        const size = Number.parseInt(bytes.subarray(bodyStart, lineEnd).toString("latin1"), 16);
        bodyStart = lineEnd + 2;
        if (!size) {
          bodyStart += 2;
          break;
        }
        parts.push(bytes.subarray(bodyStart, bodyStart + size));
        bodyStart += size + 2;
      }
      bodies.push(Buffer.concat(parts));
    }
    at = bytes.indexOf(REQUEST_LINE, bodyStart);
  }
  return bodies;
}

const CONTROL = /^\s*(begin|commit|rollback|end|pragma)\b/i;

/** Statements of every pipeline request in the captured bytes, transaction control left out. */
export function statementsFromCapture(connections: readonly Buffer[]): CapturedStatement[] {
  const out: CapturedStatement[] = [];
  for (const bytes of connections) {
    // store_sql ids belong to a stream; streams follow each other on a connection, so one map
    // per connection, updated in order, resolves every sql_id.
    const stored = new Map<number, string>();
    const add = (stmt: StmtRequest) => {
      const sql = stmt.sql ?? (stmt.sqlId === undefined ? undefined : stored.get(stmt.sqlId));
      if (sql === undefined || CONTROL.test(sql)) return;
      out.push({ sql, args: stmt.args, namedArgs: Object.fromEntries(stmt.namedArgs.map((arg) => [arg.name.replace(/^[:@$]/, ""), arg.value])) });
    };
    for (const body of pipelineBodies(bytes)) {
      let requests: unknown[];
      try {
        requests = decodePipelineBody(JSON.parse(body.toString("utf8"))).requests;
      } catch {
        continue; // not a whole request (cut off at the capture's edge)
      }
      for (const raw of requests) {
        const request = decodeStreamRequest(raw);
        if (request.type === "store_sql") stored.set(request.sqlId, request.sql);
        else if (request.type === "close_sql") stored.delete(request.sqlId);
        else if (request.type === "execute") add(request.stmt);
        else if (request.type === "batch") for (const step of request.steps) add(step.stmt);
      }
    }
  }
  return out;
}

/** "votes where voter_id = ? and ((target_type …" — enough to recognise a statement. */
export function summarize(sql: string): string {
  const flat = sql.replaceAll('"', "").replace(/\s+/g, " ").trim();
  const verb = /^(\w+)/.exec(flat)?.[1]?.toLowerCase() ?? "";
  const table = (verb === "select" ? /\bfrom (\w+)/i.exec(flat) : /^(?:insert into|update|delete from) (\w+)/i.exec(flat))?.[1] ?? "?";
  const where = /\bwhere (.*?)(?: order by | limit |$)/i.exec(flat)?.[1];
  const orderBy = /\border by (.*?)(?: limit |$)/i.exec(flat)?.[1];
  const detail = where ? `where ${where.replace(/\w+\.(\w+)/g, "$1")}` : orderBy ? `order by ${orderBy.replace(/\w+\.(\w+)/g, "$1")}` : "";
  const text = `${verb === "select" ? "" : `${verb} `}${table} ${detail}`.trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** EXPLAIN QUERY PLAN and the median time of `repeats` runs of each statement, read-only. */
export function timeStatements(file: string, statements: readonly CapturedStatement[], repeats = 31): StatementTiming[] {
  const db = new Database(file, { readonly: true });
  try {
    return statements.map((statement) => {
      const bind = Object.keys(statement.namedArgs).length > 0 ? [statement.namedArgs] : statement.args;
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...bind) as Array<{ detail: string }>).map((row) => row.detail);
      const prepared = db.prepare(statement.sql);
      const reader = prepared.reader;
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        if (reader) rows = prepared.all(...bind).length;
        else prepared.run(...bind);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return { sql: statement.sql, summary: summarize(statement.sql), plan, medianMs: times[Math.floor(times.length / 2)] as number, rows };
    });
  } finally {
    db.close();
  }
}
