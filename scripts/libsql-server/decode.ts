// Validation of incoming Hrana JSON: every shape is checked before anything touches the
// database, and every failure is a HranaError the pipeline can answer with.
import { type BatchCond, type BatchStep, type StmtRequest, type StreamRequest, decodeValue, isObject, protoError } from "./protocol";

export interface PipelineRequestBody {
  baton: string | null;
  requests: unknown[];
}

/** The envelope of `POST /v2/pipeline`. Requests inside are decoded one by one later. */
export function decodePipelineBody(json: unknown): PipelineRequestBody {
  if (!isObject(json)) throw protoError("The request body must be a JSON object");
  const { baton, requests } = json;
  if (baton !== undefined && baton !== null && typeof baton !== "string") {
    throw protoError("`baton` must be a string or null");
  }
  if (!Array.isArray(requests)) throw protoError("`requests` must be an array");
  return { baton: typeof baton === "string" ? baton : null, requests };
}

const optionalString = (value: unknown, field: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw protoError(`\`${field}\` must be a string`);
  return value;
};

const int32 = (value: unknown, field: string): number => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) {
    throw protoError(`\`${field}\` must be a 32-bit integer`);
  }
  return value;
};

const optionalInt32 = (value: unknown, field: string): number | undefined => (value === undefined || value === null ? undefined : int32(value, field));

function decodeSqlSource(json: Record<string, unknown>): { sql: string | undefined; sqlId: number | undefined } {
  const sql = optionalString(json["sql"], "sql");
  const sqlId = optionalInt32(json["sql_id"], "sql_id");
  if (sql === undefined && sqlId === undefined) throw protoError("Either `sql` or `sql_id` is required");
  if (sql !== undefined && sqlId !== undefined) throw protoError("Give `sql` or `sql_id`, not both");
  return { sql, sqlId };
}

function decodeStmt(json: unknown): StmtRequest {
  if (!isObject(json)) throw protoError("`stmt` must be an object");
  const { sql, sqlId } = decodeSqlSource(json);
  const argsJson = json["args"] ?? [];
  const namedJson = json["named_args"] ?? [];
  if (!Array.isArray(argsJson)) throw protoError("`args` must be an array");
  if (!Array.isArray(namedJson)) throw protoError("`named_args` must be an array");
  const args = argsJson.map(decodeValue);
  const namedArgs = namedJson.map((entry: unknown) => {
    if (!isObject(entry) || typeof entry["name"] !== "string") {
      throw protoError("Each named argument needs a string `name` and a `value`");
    }
    return { name: entry["name"], value: decodeValue(entry["value"]) };
  });
  const wantRows = json["want_rows"];
  if (wantRows !== undefined && wantRows !== null && typeof wantRows !== "boolean") {
    throw protoError("`want_rows` must be a boolean");
  }
  return { sql, sqlId, args, namedArgs, wantRows: wantRows ?? true };
}

// Conditions may only look back: a step can depend on steps before it, never on itself or later.
function decodeCond(json: unknown, stepIndex: number, depth: number): BatchCond {
  if (depth > 64) throw protoError("Batch condition is nested too deeply");
  if (!isObject(json)) throw protoError("A batch condition must be an object");
  const type = json["type"];
  switch (type) {
    case "ok":
    case "error": {
      const step = json["step"];
      if (typeof step !== "number" || !Number.isInteger(step) || step < 0 || step >= stepIndex) {
        throw protoError("A batch condition must refer to an earlier step");
      }
      return { type, step };
    }
    case "not":
      return { type, cond: decodeCond(json["cond"], stepIndex, depth + 1) };
    case "and":
    case "or": {
      const conds = json["conds"];
      if (!Array.isArray(conds)) throw protoError("`conds` must be an array");
      return { type, conds: conds.map((c: unknown) => decodeCond(c, stepIndex, depth + 1)) };
    }
    case "is_autocommit":
      return { type };
    default:
      throw protoError("Unknown batch condition type");
  }
}

function decodeBatchSteps(json: unknown): BatchStep[] {
  if (!isObject(json) || !Array.isArray(json["steps"])) throw protoError("`batch.steps` must be an array");
  return json["steps"].map((step: unknown, index: number) => {
    if (!isObject(step)) throw protoError("A batch step must be an object");
    const condition = step["condition"] === undefined || step["condition"] === null ? undefined : decodeCond(step["condition"], index, 0);
    return { condition, stmt: decodeStmt(step["stmt"]) };
  });
}

/** Decodes one entry of `requests`. */
export function decodeStreamRequest(json: unknown): StreamRequest {
  if (!isObject(json)) throw protoError("A stream request must be an object");
  const type = json["type"];
  switch (type) {
    case "close":
    case "get_autocommit":
      return { type };
    case "execute":
      return { type, stmt: decodeStmt(json["stmt"]) };
    case "batch":
      return { type, steps: decodeBatchSteps(json["batch"]) };
    case "sequence":
    case "describe":
      return { type, ...decodeSqlSource(json) };
    case "store_sql": {
      const sql = json["sql"];
      if (typeof sql !== "string") throw protoError("`sql` must be a string");
      return { type, sqlId: int32(json["sql_id"], "sql_id"), sql };
    }
    case "close_sql":
      return { type, sqlId: int32(json["sql_id"], "sql_id") };
    default:
      throw protoError(typeof type === "string" ? `Unknown stream request type "${type.slice(0, 40)}"` : "A stream request needs a `type`");
  }
}
