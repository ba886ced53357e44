// Serialization of pipeline responses. Written by hand rather than with JSON.stringify because
// integers must leave as exact decimal strings (bigint) and floats must be written as sqld
// (serde_json) writes them: -0.0 keeps its sign, and a non-finite REAL becomes null, which
// @libsql/client refuses ("Expected number, received null") exactly as it does against Turso
// (found by tests/integration/sqld-conformance.test.ts).
import type { BatchResult, Col, DescribeResult, ErrorBody, PipelineResponse, SqlValue, StmtResult, StreamResponse, StreamResult } from "./protocol";

const str = (s: string | null): string => (s === null ? "null" : JSON.stringify(s));

function encodeNumber(n: number): string {
  if (Object.is(n, -0)) return "-0.0";
  return Number.isFinite(n) ? String(n) : "null";
}

export function encodeValue(value: SqlValue | ArrayBuffer): string {
  if (value === null) return '{"type":"null"}';
  switch (typeof value) {
    case "bigint":
      return `{"type":"integer","value":"${value}"}`;
    case "number":
      return `{"type":"float","value":${encodeNumber(value)}}`;
    case "string":
      return `{"type":"text","value":${JSON.stringify(value)}}`;
    default: {
      const bytes = value instanceof ArrayBuffer ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      return `{"type":"blob","base64":"${bytes.toString("base64")}"}`;
    }
  }
}

const encodeCol = (col: Col): string => `{"name":${str(col.name)},"decltype":${str(col.decltype)}}`;

const encodeError = (error: ErrorBody): string => `{"message":${str(error.message)},"code":${str(error.code)}}`;

export function encodeStmtResult(result: StmtResult): string {
  const rows = result.rows.map((row) => `[${row.map(encodeValue).join(",")}]`).join(",");
  const rowid = result.lastInsertRowid === null ? "null" : `"${result.lastInsertRowid}"`;
  return `{"cols":[${result.cols.map(encodeCol).join(",")}],"rows":[${rows}],` + `"affected_row_count":${result.affectedRowCount},"last_insert_rowid":${rowid}}`;
}

function encodeBatchResult(result: BatchResult): string {
  const results = result.stepResults.map((r) => (r === null ? "null" : encodeStmtResult(r))).join(",");
  const errors = result.stepErrors.map((e) => (e === null ? "null" : encodeError(e))).join(",");
  return `{"step_results":[${results}],"step_errors":[${errors}]}`;
}

function encodeDescribeResult(result: DescribeResult): string {
  const params = result.params.map((p) => `{"name":${str(p.name)}}`).join(",");
  return `{"params":[${params}],"cols":[${result.cols.map(encodeCol).join(",")}],` + `"is_explain":${result.isExplain},"is_readonly":${result.isReadonly}}`;
}

function encodeResponse(response: StreamResponse): string {
  switch (response.type) {
    case "execute":
      return `{"type":"execute","result":${encodeStmtResult(response.result)}}`;
    case "batch":
      return `{"type":"batch","result":${encodeBatchResult(response.result)}}`;
    case "describe":
      return `{"type":"describe","result":${encodeDescribeResult(response.result)}}`;
    case "get_autocommit":
      return `{"type":"get_autocommit","is_autocommit":${response.isAutocommit}}`;
    default:
      return `{"type":"${response.type}"}`;
  }
}

const encodeResult = (result: StreamResult): string =>
  result.type === "ok" ? `{"type":"ok","response":${encodeResponse(result.response)}}` : `{"type":"error","error":${encodeError(result.error)}}`;

export function encodePipelineResponse(response: PipelineResponse): string {
  return `{"baton":${str(response.baton)},"base_url":null,"results":[${response.results.map(encodeResult).join(",")}]}`;
}

export { encodeError };
