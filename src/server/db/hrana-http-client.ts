import {
  createClient,
  LibsqlBatchError,
  LibsqlError,
  type Client,
  type Config,
  type InArgs,
  type InStatement,
  type InValue,
  type ResultSet,
  type Row,
  type TransactionMode,
} from "@libsql/client";

/**
 * A lean libSQL client over HTTP (Hrana 2, JSON: `POST /v2/pipeline`) for what pages and API
 * handlers do on every request: `execute` and `batch`, each one HTTP request that opens a stream,
 * runs, and closes it. Everything else (`transaction`, `migrate`, `executeMultiple`, `sync`) goes
 * to a full @libsql/client made on first use.
 *
 * Why: profiled in workerd (scripts/profile-worker.ts), @libsql/client's machinery for the same
 * single request was ~15% of a page's JavaScript: a stream with its queue and microtasks, a SQL
 * text cache that sends every statement as store_sql + sql_id, an Error with a stack trace built
 * for every graceful close, and rows built with two Object.defineProperty calls per column.
 *
 * The rule it keeps: results, values and errors are the ones @libsql/client gives (intMode
 * "number"), statement by statement — arguments are encoded as it encodes them (a JS number as a
 * float, a boolean as an integer), a batch runs in one transaction with the same steps (BEGIN,
 * each statement on the success of the one before, COMMIT, ROLLBACK on failure), and failures are
 * LibsqlError / LibsqlBatchError with the same codes, so callers (busyError, drizzle) cannot tell
 * the two apart. Like the client it replaces it opens no connection when created and holds no I/O
 * between calls, so one per request stays safe in workerd (ADR 0010).
 */

type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number | null }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };

interface HranaStmt {
  sql: string;
  args?: HranaValue[];
  named_args?: { name: string; value: HranaValue }[];
  want_rows: boolean;
}

interface HranaStmtResult {
  cols: { name?: string | null; decltype?: string | null }[];
  rows: HranaValue[][];
  affected_row_count: number;
  last_insert_rowid?: string | null;
}

interface HranaError {
  message: string;
  code?: string | null;
}

type HranaCond = { type: "ok"; step: number } | { type: "not"; cond: HranaCond };

interface HranaBatchStep {
  stmt: HranaStmt;
  condition?: HranaCond;
}

type StreamRequest = { type: "execute"; stmt: HranaStmt } | { type: "batch"; batch: { steps: HranaBatchStep[] } } | { type: "close" };

type StreamResult =
  | {
      type: "ok";
      response:
        | { type: "execute"; result: HranaStmtResult }
        | { type: "batch"; result: { step_results: (HranaStmtResult | null)[]; step_errors: (HranaError | null)[] } }
        | { type: "close" };
    }
  | { type: "error"; error: HranaError };

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

const MIN_INTEGER = -9223372036854775808n;
const MAX_INTEGER = 9223372036854775807n;

/** An argument as @libsql/client sends it (hrana-client's valueToProto and its JSON encoding). */
function valueToHrana(value: InValue): HranaValue {
  if (value === null) return { type: "null" };
  if (typeof value === "string") return { type: "text", value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
    return { type: "float", value };
  }
  if (typeof value === "bigint") {
    if (value < MIN_INTEGER || value > MAX_INTEGER) throw new RangeError("This bigint value is too large to be represented as a 64-bit integer and passed as argument");
    return { type: "integer", value: `${value}` };
  }
  if (typeof value === "boolean") return { type: "integer", value: value ? "1" : "0" };
  if (value instanceof ArrayBuffer) return { type: "blob", base64: toBase64(new Uint8Array(value)) };
  if (value instanceof Uint8Array) return { type: "blob", base64: toBase64(value) };
  if (value instanceof Date) return { type: "float", value: +value.valueOf() };
  if (typeof value === "object") return { type: "text", value: `${(value as { toString(): string }).toString()}` };
  throw new TypeError("Unsupported type of value");
}

/** A result value as @libsql/client returns it with intMode "number". */
function valueFromHrana(value: HranaValue): InValue {
  switch (value.type) {
    case "null":
      return null;
    case "integer": {
      const number = Number(value.value);
      if (!Number.isSafeInteger(number)) throw new RangeError("Received integer which is too large to be safely represented as a JavaScript number");
      return number;
    }
    case "float":
      // sqld writes a non-finite REAL as null; @libsql/client refuses it with this error.
      if (typeof value.value !== "number") throw new LibsqlError(`Expected number, received ${value.value === null ? "null" : typeof value.value}`, "HRANA_PROTO_ERROR");
      return value.value;
    case "text":
      return value.value;
    case "blob":
      return fromBase64(value.base64);
    default:
      throw new LibsqlError("Unexpected type of Value", "HRANA_PROTO_ERROR");
  }
}

function stmtToHrana(stmt: InStatement): HranaStmt {
  if (typeof stmt === "string") return { sql: stmt, want_rows: true };
  const { sql, args }: { sql: string; args?: InArgs } = Array.isArray(stmt) ? { sql: stmt[0] as string, args: stmt[1] as InArgs | undefined } : stmt;
  const hrana: HranaStmt = { sql, want_rows: true };
  if (Array.isArray(args)) hrana.args = args.map(valueToHrana);
  else if (args) hrana.named_args = Object.entries(args).map(([name, value]: [string, InValue]) => ({ name, value: valueToHrana(value) }));
  return hrana;
}

/** A row's values, out of sight of Object.keys, spread and JSON.stringify (a private field). */
class LeanRow {
  readonly #values: InValue[];
  constructor(values: InValue[]) {
    this.#values = values;
  }
  static valuesOf(row: LeanRow): InValue[] {
    return row.#values;
  }
}

interface RowShape {
  RowClass: new (values: InValue[]) => LeanRow;
  /** The first column of each name, skipping names an index or `length` already answers. */
  named: [string, number][];
}

/**
 * One row class per list of column names, kept for the isolate's life (a class holds no I/O, so
 * ADR 0010 allows it; the cap keeps odd queries from growing it without end). Rows are shaped
 * like @libsql/client's: values by index (with a `length`) and by column name, where only the
 * names are enumerable (drizzle's raw queries copy the enumerable keys). The index accessors
 * live on the class's prototype, so a row costs one object with plain named properties.
 */
const rowShapes = new Map<string, RowShape>();
const MAX_ROW_SHAPES = 512;

function rowShape(columns: readonly string[]): RowShape {
  const key = JSON.stringify(columns);
  const known = rowShapes.get(key);
  if (known) return known;
  const RowClass = class extends LeanRow {};
  const length = columns.length;
  Object.defineProperty(RowClass.prototype, "length", { get: () => length });
  for (let i = 0; i < length; i++) {
    Object.defineProperty(RowClass.prototype, i, {
      get(this: LeanRow) {
        return LeanRow.valuesOf(this)[i];
      },
    });
  }
  const named: [string, number][] = [];
  const seen = new Set<string>(["length", ...columns.map((_, i) => String(i))]);
  columns.forEach((name, i) => {
    if (seen.has(name)) return;
    seen.add(name);
    named.push([name, i]);
  });
  const shape = { RowClass, named };
  if (rowShapes.size < MAX_ROW_SHAPES) rowShapes.set(key, shape);
  return shape;
}

function rowFactory(columns: readonly string[]): (values: InValue[]) => Row {
  const { RowClass, named } = rowShape(columns);
  return (values) => {
    const row = new RowClass(values) as LeanRow & Record<string, InValue>;
    for (const [name, i] of named) row[name] = values[i] as InValue;
    return row as unknown as Row;
  };
}

class LeanResultSet implements ResultSet {
  /** Each row's values in column order, decoded when the answer arrived (a value that cannot be decoded fails the call, as before). */
  readonly #values: InValue[][];
  #rows: Row[] | undefined;

  constructor(
    readonly columns: string[],
    readonly columnTypes: string[],
    values: InValue[][],
    readonly rowsAffected: number,
    readonly lastInsertRowid: bigint | undefined,
  ) {
    this.#values = values;
  }

  static valuesOf(result: LeanResultSet): InValue[][] {
    return result.#values;
  }

  /**
   * Row objects, built on first use only: a page's read shapes take `values` (rowValues) and map
   * rows themselves, so for them the row objects were a second copy of every row (issue 15's
   * profile: building rows twice, and the garbage that leaves).
   */
  get rows(): Row[] {
    if (this.#rows === undefined) {
      const makeRow = rowFactory(this.columns);
      this.#rows = this.#values.map(makeRow);
    }
    return this.#rows;
  }

  toJSON() {
    const toJson = (value: unknown) => (typeof value === "bigint" ? `${value}` : value instanceof ArrayBuffer ? toBase64(new Uint8Array(value)) : value);
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.prototype.map.call(row, toJson)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid !== undefined ? `${this.lastInsertRowid}` : null,
    };
  }
}

/**
 * A result's rows as arrays of values by column position: without building row objects when the
 * result came from this client, and from `rows` otherwise (@libsql/client, `file:` URLs). The
 * values are the ones `rows[i][j]` gives.
 */
export function rowValues(result: ResultSet): ArrayLike<ArrayLike<unknown>> {
  return result instanceof LeanResultSet ? LeanResultSet.valuesOf(result) : result.rows;
}

function resultSetFromHrana(result: HranaStmtResult): ResultSet {
  const lastInsertRowid = typeof result.last_insert_rowid === "string" ? BigInt(result.last_insert_rowid) : undefined;
  return new LeanResultSet(
    result.cols.map((col) => col.name ?? ""),
    result.cols.map((col) => col.decltype ?? ""),
    result.rows.map((values) => values.map(valueFromHrana)),
    result.affected_row_count,
    lastInsertRowid,
  );
}

/** A Hrana error answer as @libsql/client maps it (hrana ResponseError → LibsqlError). */
function errorFromHrana(error: HranaError): LibsqlError {
  return new LibsqlError(error.message, error.code ?? "UNKNOWN");
}

function transactionModeToBegin(mode: TransactionMode): string {
  if (mode === "write") return "BEGIN IMMEDIATE";
  if (mode === "read") return "BEGIN TRANSACTION READONLY";
  if (mode === "deferred") return "BEGIN DEFERRED";
  throw RangeError('Unknown transaction mode, supported values are "write", "read" and "deferred"');
}

/** The base URL the pipeline path is resolved against (libsql: means https unless ?tls=0). */
export function pipelineUrl(url: string): string | null {
  const parsed = new URL(url);
  if (parsed.protocol === "libsql:") {
    const tls = parsed.searchParams.get("tls");
    if ([...parsed.searchParams.keys()].some((key) => key !== "tls") || (tls !== null && tls !== "0" && tls !== "1")) return null;
    parsed.search = "";
    return new URL("v2/pipeline", `${tls === "0" ? "http" : "https"}://${parsed.host}${parsed.pathname}`).toString();
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (parsed.search || parsed.hash || parsed.username || parsed.password) return null;
  return new URL("v2/pipeline", parsed).toString();
}

export interface HranaHttpOptions {
  url: string;
  authToken?: string;
  /**
   * Called with the pipeline URL and the request's init, never a Request: workerd's fetch given a
   * Request and an init builds a second Request from the first, deep-cloning its `cf` through
   * JSON (perf: 1.7% of the home page's Worker CPU, for each database call).
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

export class HranaHttpClient implements Client {
  readonly protocol = "http" as const;
  closed = false;
  #pipeline: string;
  #authToken: string | undefined;
  #fetch: (url: string, init: RequestInit) => Promise<Response>;
  #config: Config;
  #full: Client | undefined;

  constructor(options: HranaHttpOptions) {
    const pipeline = pipelineUrl(options.url);
    if (!pipeline) throw new TypeError(`HranaHttpClient takes an http(s) or plain libsql URL, not ${new URL(options.url).protocol}`);
    this.#pipeline = pipeline;
    this.#authToken = options.authToken;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#config = { url: options.url, authToken: options.authToken, ...(options.fetch ? { fetch: options.fetch } : {}) };
  }

  /** One pipeline request (the stream's requests followed by its close); the results, close excluded. */
  async #run(requests: StreamRequest[]): Promise<StreamResult[]> {
    if (this.closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    const headers = new Headers({ "content-type": "application/json" });
    if (this.#authToken !== undefined) headers.set("authorization", `Bearer ${this.#authToken}`);
    const body = JSON.stringify({ baton: null, requests: [...requests, { type: "close" }] });
    let response: Response;
    try {
      response = await this.#fetch(this.#pipeline, { method: "POST", headers, body });
    } catch (error) {
      // hrana-client closes the stream with the fetch's error as the cause.
      throw new LibsqlError(`Stream was closed: ${String(error)}`, "HRANA_CLOSED_ERROR", undefined, undefined, error instanceof Error ? error : undefined);
    }
    if (!response.ok) throw await httpError(response);
    const parsed = (await response.json()) as { results?: StreamResult[] };
    const results = parsed.results;
    if (!Array.isArray(results) || results.length !== requests.length + 1) {
      throw new LibsqlError("Server returned unexpected number of pipeline results", "HRANA_PROTO_ERROR");
    }
    return results.slice(0, requests.length);
  }

  async execute(stmtOrSql: InStatement, args?: InValue[] | Record<string, InValue>): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === "string" ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql;
    const [result] = await this.#run([{ type: "execute", stmt: stmtToHrana(stmt) }]);
    if (result?.type === "error") throw errorFromHrana(result.error);
    if (result?.type !== "ok" || result.response.type !== "execute") throw new LibsqlError("Received unexpected type of response", "HRANA_PROTO_ERROR");
    return resultSetFromHrana(result.response.result);
  }

  async batch(stmts: (InStatement | [string, InValue[]?])[], mode: TransactionMode = "deferred"): Promise<ResultSet[]> {
    const hranaStmts = stmts.map((stmt) => stmtToHrana(Array.isArray(stmt) ? { sql: stmt[0], args: stmt[1] ?? [] } : stmt));
    // @libsql/client's executeHranaBatch (protocol 2): BEGIN; each statement only if the step
    // before it succeeded; COMMIT if the last did; ROLLBACK unless the COMMIT succeeded.
    const steps: HranaBatchStep[] = [{ stmt: { sql: transactionModeToBegin(mode), want_rows: false } }];
    for (const stmt of hranaStmts) steps.push({ stmt, condition: { type: "ok", step: steps.length - 1 } });
    const commitStep = steps.length;
    steps.push({ stmt: { sql: "COMMIT", want_rows: false }, condition: { type: "ok", step: commitStep - 1 } });
    steps.push({ stmt: { sql: "ROLLBACK", want_rows: false }, condition: { type: "not", cond: { type: "ok", step: commitStep } } });

    const [result] = await this.#run([{ type: "batch", batch: { steps } }]);
    if (result?.type === "error") throw errorFromHrana(result.error);
    if (result?.type !== "ok" || result.response.type !== "batch") throw new LibsqlError("Received unexpected type of response", "HRANA_PROTO_ERROR");
    const { step_results: stepResults, step_errors: stepErrors } = result.response.result;
    const beginError = stepErrors[0];
    if (beginError) throw errorFromHrana(beginError);
    const resultSets: ResultSet[] = [];
    for (let i = 0; i < hranaStmts.length; i++) {
      const stepError = stepErrors[i + 1];
      if (stepError) {
        const error = errorFromHrana(stepError);
        throw new LibsqlBatchError(error.message, i, error.code, error.extendedCode, error.rawCode, undefined);
      }
      const stepResult = stepResults[i + 1];
      if (!stepResult) {
        throw new LibsqlBatchError("Statement in a batch was not executed, probably because the transaction has been rolled back", i, "TRANSACTION_CLOSED");
      }
      resultSets.push(resultSetFromHrana(stepResult));
    }
    const commitError = stepErrors[commitStep];
    if (commitError) throw errorFromHrana(commitError);
    return resultSets;
  }

  #fullClient(): Client {
    this.#full ??= createClient(this.#config);
    return this.#full;
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#fullClient().migrate(stmts);
  }

  transaction(mode?: TransactionMode): ReturnType<Client["transaction"]> {
    return this.#fullClient().transaction(mode);
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#fullClient().executeMultiple(sql);
  }

  sync(): ReturnType<Client["sync"]> {
    return this.#fullClient().sync();
  }

  reconnect(): void {
    this.#full?.reconnect();
  }

  close(): void {
    this.closed = true;
    this.#full?.close();
  }
}

/** An HTTP error answer as hrana-client reports it (HttpServerError, or the server's own error). */
async function httpError(response: Response): Promise<LibsqlError> {
  const type = response.headers.get("content-type") ?? "text/plain";
  let message = `Server returned HTTP status ${response.status}`;
  if (type === "application/json") {
    const body = (await response.json()) as Partial<HranaError>;
    if (typeof body.message === "string") return errorFromHrana({ message: body.message, code: body.code ?? null });
  } else if (type === "text/plain") {
    const text = (await response.text()).trim();
    if (text !== "") message += `: ${text}`;
  } else {
    await response.body?.cancel();
  }
  const cause = Object.assign(new Error(message), { name: "HttpServerError", status: response.status });
  return new LibsqlError(message, "SERVER_ERROR", undefined, undefined, cause);
}
