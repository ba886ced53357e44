// Hrana v2 over HTTP, JSON encoding: the shapes this server accepts and answers with.
// The authority is the client, @libsql/hrana-client (lib-esm/shared/json_*.js and http/json_*.js).

/** A SQL value as the server handles it: integers stay exact as bigint, blobs are bytes. */
export type SqlValue = null | bigint | number | string | Uint8Array;

export interface NamedArg {
  name: string;
  value: SqlValue;
}

export interface StmtRequest {
  sql: string | undefined;
  sqlId: number | undefined;
  args: SqlValue[];
  namedArgs: NamedArg[];
  wantRows: boolean;
}

export type BatchCond =
  | { type: "ok"; step: number }
  | { type: "error"; step: number }
  | { type: "not"; cond: BatchCond }
  | { type: "and"; conds: BatchCond[] }
  | { type: "or"; conds: BatchCond[] }
  | { type: "is_autocommit" };

export interface BatchStep {
  condition: BatchCond | undefined;
  stmt: StmtRequest;
}

export type StreamRequest =
  | { type: "close" }
  | { type: "execute"; stmt: StmtRequest }
  | { type: "batch"; steps: BatchStep[] }
  | { type: "sequence"; sql: string | undefined; sqlId: number | undefined }
  | { type: "describe"; sql: string | undefined; sqlId: number | undefined }
  | { type: "store_sql"; sqlId: number; sql: string }
  | { type: "close_sql"; sqlId: number }
  | { type: "get_autocommit" };

export interface Col {
  name: string | null;
  decltype: string | null;
}

export interface StmtResult {
  cols: Col[];
  rows: SqlValue[][];
  affectedRowCount: number;
  lastInsertRowid: bigint | null;
}

export interface BatchResult {
  stepResults: Array<StmtResult | null>;
  stepErrors: Array<ErrorBody | null>;
}

export interface DescribeResult {
  params: Array<{ name: string | null }>;
  cols: Col[];
  isExplain: boolean;
  isReadonly: boolean;
}

export type StreamResponse =
  | { type: "close" }
  | { type: "execute"; result: StmtResult }
  | { type: "batch"; result: BatchResult }
  | { type: "sequence" }
  | { type: "describe"; result: DescribeResult }
  | { type: "store_sql" }
  | { type: "close_sql" }
  | { type: "get_autocommit"; isAutocommit: boolean };

export interface ErrorBody {
  message: string;
  code: string;
}

export type StreamResult = { type: "ok"; response: StreamResponse } | { type: "error"; error: ErrorBody };

export interface PipelineResponse {
  baton: string | null;
  results: StreamResult[];
}

/** An error that belongs in a Hrana error object: `{message, code}`. */
export class HranaError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "HranaError";
    this.code = code;
  }

  toBody(): ErrorBody {
    return { message: this.message, code: this.code };
  }
}

/** A malformed request: the shape, not the SQL, is wrong. */
export const protoError = (message: string): HranaError => new HranaError("HRANA_PROTO_ERROR", message);

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Decodes a Hrana JSON value (`{type:"integer", value:"42"}` ...). */
export function decodeValue(json: unknown): SqlValue {
  if (!isObject(json)) throw protoError("Expected a value object");
  const { type, value } = json;
  switch (type) {
    case "null":
      return null;
    case "integer": {
      let int: bigint;
      if (typeof value === "string" && /^-?\d{1,20}$/.test(value)) int = BigInt(value);
      else if (typeof value === "number" && Number.isSafeInteger(value)) int = BigInt(value);
      else throw protoError("An integer value must be a decimal string");
      if (int < I64_MIN || int > I64_MAX) throw protoError("An integer value must fit in 64 bits");
      return int;
    }
    case "float":
      if (typeof value !== "number") throw protoError("A float value must be a number");
      return value;
    case "text":
      if (typeof value !== "string") throw protoError("A text value must be a string");
      return value;
    case "blob": {
      const base64 = json["base64"];
      if (typeof base64 !== "string" || !BASE64.test(base64)) {
        throw protoError("A blob value must carry standard base64 in `base64`");
      }
      return Buffer.from(base64, "base64");
    }
    default:
      throw protoError("Unknown value type");
  }
}
