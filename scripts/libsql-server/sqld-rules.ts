// What sqld (0.24.32, the server behind Turso) decides about a statement before SQLite sees it,
// reproduced so that the local server answers as Turso does. Each rule was observed on a real
// sqld by tests/integration/sqld-conformance.test.ts (ADR 0002):
// - it refuses statements bound to one connection or to the file: ATTACH, VACUUM, ANALYZE,
//   CREATE TEMP …, and PRAGMAs outside its list (a settable one only without a value), with
//   SQL_PARSE_ERROR "SQL string could not be parsed: unsupported statement: <sql>";
// - it reports affected_row_count only for INSERT, UPDATE and DELETE (REPLACE and WITH … INSERT
//   included), and last_insert_rowid only for INSERT (null otherwise);
// - its error codes come from rusqlite, which names a plain SQLITE_ERROR "SQLITE_UNKNOWN", and
//   an error SQLite tied to a place in the SQL (an unknown column or function) "SQL_INPUT_ERROR".
import { HranaError } from "./protocol";

export interface StatementClass {
  /** INSERT, UPDATE or DELETE: the only statements whose changed rows sqld reports. */
  isIud: boolean;
  /** INSERT (or REPLACE): the only statements whose last_insert_rowid sqld reports. */
  isInsert: boolean;
}

/** The statement's words at parenthesis depth 0, upper-cased, with comments and literals gone. */
function topLevelWords(sql: string): string[] {
  const text = sql
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, " ")
    .replace(/'(?:[^']|'')*'?/g, " '' ")
    .replace(/"(?:[^"]|"")*"?|`[^`]*`?|\[[^\]]*\]?/g, " _ ");
  const words: string[] = [];
  let depth = 0;
  for (const token of text.match(/[A-Za-z_][A-Za-z0-9_$]*|[()]|[^\sA-Za-z_()]+/g) ?? []) {
    if (token === "(") {
      if (depth === 0) words.push("(");
      depth++;
    } else if (token === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) words.push(token.toUpperCase());
  }
  return words;
}

const VERBS = new Set(["SELECT", "VALUES", "INSERT", "REPLACE", "UPDATE", "DELETE"]);

/** The statement's verb, looking past a WITH clause's common table expressions. */
function verbOf(words: string[]): string | undefined {
  if (words[0] !== "WITH") return words[0];
  // After WITH, CTE definitions sit in parentheses (skipped above); the first verb left is the statement's.
  return words.slice(1).find((word) => VERBS.has(word));
}

const classes = new Map<string, StatementClass>();

/** Cached by SQL text: a page sends the same few statements again and again. */
export function classifyStatement(sql: string): StatementClass {
  let known = classes.get(sql);
  if (known === undefined) {
    const verb = verbOf(topLevelWords(sql));
    const isInsert = verb === "INSERT" || verb === "REPLACE";
    known = { isInsert, isIud: isInsert || verb === "UPDATE" || verb === "DELETE" };
    if (classes.size >= 2048) classes.clear();
    classes.set(sql, known);
  }
  return known;
}

/** PRAGMAs sqld runs whatever their argument (reads, and the two foreign-key switches). */
const PRAGMAS_ANY = new Set([
  "table_list",
  "index_list",
  "table_info",
  "table_xinfo",
  "index_xinfo",
  "pragma_list",
  "compile_options",
  "database_list",
  "function_list",
  "module_list",
  "encoding",
  "defer_foreign_keys",
  "foreign_keys",
  "foreign_key_list",
  "foreign_key_check",
  "collation_list",
  "data_version",
  "freelist_count",
  "integrity_check",
  "legacy_file_format",
  "page_count",
  "quick_check",
  "stats",
  "user_version",
]);
/** PRAGMAs sqld reads but does not let a client set (they belong to its connections). */
const PRAGMAS_READ_ONLY = new Set([
  "analysis_limit",
  "application_id",
  "auto_vacuum",
  "automatic_index",
  "busy_timeout",
  "cache_size",
  "cache_spill",
  "cell_size_check",
  "checkpoint_fullfsync",
  "fullfsync",
  "hard_heap_limit",
  "journal_mode",
  "journal_size_limit",
  "legacy_alter_table",
  "locking_mode",
  "max_page_count",
  "mmap_size",
  "page_size",
  "query_only",
  "read_uncommitted",
  "recursive_triggers",
  "reverse_unordered_selects",
  "schema_version",
  "secure_delete",
  "soft_heap_limit",
  "synchronous",
  "temp_store",
  "threads",
  "trusted_schema",
  "wal_autocheckpoint",
]);

function pragmaSupported(words: string[]): boolean {
  // PRAGMA [schema .] name [= value | (value)]
  let i = 1;
  if (words[i + 1] === ".") i += 2;
  const name = (words[i] ?? "").toLowerCase();
  const hasValue = words.length > i + 1;
  if (PRAGMAS_ANY.has(name)) return true;
  if (PRAGMAS_READ_ONLY.has(name)) return !hasValue;
  return false;
}

/** Refuses what sqld refuses before running anything, with its code and words. */
export function assertSupported(sql: string): void {
  const words = topLevelWords(sql);
  const first = words[0] === "EXPLAIN" ? (words[1] === "QUERY" ? undefined : words[1] === "PRAGMA" ? "PRAGMA" : undefined) : words[0];
  const body = words[0] === "EXPLAIN" ? words.slice(1) : words;
  let supported = true;
  if (first === "ATTACH" || first === "VACUUM" || first === "ANALYZE") supported = false;
  else if (first === "CREATE" && (body[1] === "TEMP" || body[1] === "TEMPORARY")) supported = false;
  else if (first === "PRAGMA") supported = pragmaSupported(body);
  if (!supported) throw new HranaError("SQL_PARSE_ERROR", `SQL string could not be parsed: unsupported statement: ${sql}`);
}

/** rusqlite's name for a primary result code, as sqld reports it: plain SQLITE_ERROR and the rare ones are "unknown". */
export function sqldCodeName(baseName: string): string {
  return baseName === "SQLITE_ERROR" ||
    baseName === "SQLITE_EMPTY" ||
    baseName === "SQLITE_FORMAT" ||
    baseName === "SQLITE_NOTICE" ||
    baseName === "SQLITE_WARNING" ||
    baseName === "SQLITE_OK"
    ? "SQLITE_UNKNOWN"
    : baseName;
}

// SQLite messages of errors it finds while preparing and ties to a place in the SQL
// (sqlite3_error_offset), which rusqlite reports as SqlInputError and sqld as SQL_INPUT_ERROR.
const INPUT_ERROR =
  /^(?:no such column|ambiguous column name|no such function|wrong number of arguments to function|misuse of aggregate|misuse of window function|misuse of aliased)/;
// What sqld's own parser refuses before SQLite: SQLite's words for the same kind of mistake.
const PARSE_ERROR = /syntax error$|^incomplete input$|^unrecognized token/;

/**
 * A SQLite error raised while preparing, in sqld's terms. sqld's messages for these differ in
 * their details: a parse error is worded by its own parser ("syntax error around L1:6: `selec`"),
 * and an input error ends with "(at offset N)", which libsql does not expose; the code and the
 * start of the message are the same.
 */
export function prepareError(message: string): HranaError | undefined {
  if (INPUT_ERROR.test(message)) return new HranaError("SQL_INPUT_ERROR", `SQL input error: ${message}`);
  if (PARSE_ERROR.test(message)) return new HranaError("SQL_PARSE_ERROR", `SQL string could not be parsed: ${message}`);
  return undefined;
}
