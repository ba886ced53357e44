// The expand-then-contract rule for migrations (ADR 0021): every migration must leave the schema
// usable by the Worker release before it, because the database is migrated before the new Worker
// is deployed and `wrangler rollback` brings back old code, never an old schema. So a migration
// may add (tables, nullable columns, NOT NULL columns with a default, indexes, triggers) but may
// not take away or rename what the previous release reads or writes:
// - DROP TABLE / DROP VIEW, ALTER TABLE … DROP COLUMN;
// - ALTER TABLE … RENAME (a table or a column; drizzle-kit's table rebuild ends in one);
// - ALTER TABLE … ADD a NOT NULL column without a DEFAULT (the old Worker's INSERTs would fail).
// A statement that does one of these on purpose (the contract step, one release after the code
// stopped using the thing) carries a marker comment right above it, with its reason:
//   -- contract: <why the previous release no longer reads or writes this>
import { scanSql } from "../libsql-server/sql-scan";

export const CONTRACT_MARKER = /^--\s*contract:\s*(.*)$/im;
/** A reason is a sentence, not a token: long enough to say which release stopped using the thing. */
export const MIN_REASON_LENGTH = 30;

export interface MigrationViolation {
  file: string;
  /** 1-based position of the statement in its file. */
  statement: number;
  rule: "drop-table" | "drop-view" | "drop-column" | "rename" | "not-null-without-default" | "marker-without-reason";
  sql: string;
}

/** The statement's text without comments and string literals, on one line, upper-cased. */
function shape(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

/** The comment lines above a statement (drizzle-kit's `--> statement-breakpoint` included). */
function leadingComments(sql: string): string {
  const lines: string[] = [];
  for (const line of sql.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("--")) lines.push(trimmed);
    else break;
  }
  return lines.join("\n");
}

function ruleBroken(statement: string): MigrationViolation["rule"] | null {
  const text = shape(statement);
  if (/^DROP TABLE\b/.test(text)) return "drop-table";
  if (/^DROP VIEW\b/.test(text)) return "drop-view";
  if (/^ALTER TABLE \S+ DROP\b/.test(text)) return "drop-column";
  if (/^ALTER TABLE \S+ RENAME\b/.test(text)) return "rename";
  const added = /^ALTER TABLE \S+ ADD (?:COLUMN )?(.*)$/.exec(text);
  if (added && /\bNOT NULL\b/.test(added[1] ?? "") && !/\bDEFAULT\b/.test(added[1] ?? "")) return "not-null-without-default";
  return null;
}

/** Every statement of one migration file that breaks the rule without a reasoned marker. */
export function checkMigration(file: string, sql: string): MigrationViolation[] {
  const violations: MigrationViolation[] = [];
  scanSql(sql).forEach((statement, index) => {
    const rule = ruleBroken(statement.sql);
    if (rule === null) return;
    const marker = CONTRACT_MARKER.exec(leadingComments(statement.sql));
    if (marker && (marker[1] ?? "").trim().length >= MIN_REASON_LENGTH) return;
    violations.push({ file, statement: index + 1, rule: marker ? "marker-without-reason" : rule, sql: shape(statement.sql).slice(0, 120) });
  });
  return violations;
}
