import { asc, desc, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { DomainError } from "../errors";

/**
 * A keyset cursor: the sort key and id of the last row on the page. Opaque to clients
 * (base64url JSON) so the format can change; a tampered cursor is an INVALID error, not a 500.
 */
export interface FeedCursor {
  key: number;
  id: number;
}

export function encodeCursor(cursor: FeedCursor): string {
  return encodeKeyset([cursor.key, cursor.id]);
}

export function decodeCursor(raw: string): FeedCursor {
  const [key, id] = decodeKeyset(raw, ["number", "integer"]);
  return { key: key as number, id: id as number };
}

/** One value of a sort key as a cursor carries it. */
export type KeysetValue = number | string;
type KeysetKind = "number" | "integer" | "string";

/** One column of a keyset order: what to sort on, which way, and what kind of value it holds. */
export interface KeysetColumn {
  expr: SQLWrapper;
  direction: "asc" | "desc";
  kind: KeysetKind;
}

/**
 * A keyset paging rule as data: the sort, most significant column first, ending in a unique
 * column so that ties in the earlier ones are broken and no row is skipped or shown twice;
 * `keyOf` reads those same values from a row of the page. Every paged list (feeds, the outbox,
 * the audit log, the member list, the moderation queue) states one of these and gets its
 * ORDER BY, its "after the cursor" condition and its next cursor from the functions below, so
 * an index on exactly these columns (in these directions) serves the page without a sort step.
 */
export interface KeysetRule<Row> {
  columns: readonly KeysetColumn[];
  keyOf(row: Row): KeysetValue[];
}

export interface KeysetPage<Row> {
  items: Row[];
  /** The opaque cursor of the next page, or null on the last page. */
  nextCursor: string | null;
}

/** The ORDER BY of a rule, to spread into drizzle's `.orderBy(...)`. */
export function keysetOrderBy(rule: KeysetRule<never>): SQL[] {
  return rule.columns.map((column) => (column.direction === "asc" ? asc(column.expr) : desc(column.expr)));
}

/**
 * Rows strictly after the cursor in the rule's order; undefined for the first page (no or an
 * empty cursor). When every column runs the same way this is one row-value comparison, which
 * SQLite turns into a seek on the matching index; mixed directions spell the same order out.
 */
export function keysetAfter(rule: KeysetRule<never>, cursor: string | undefined): SQL | undefined {
  if (cursor === undefined || cursor === "") return undefined;
  const values = decodeKeyset(
    cursor,
    rule.columns.map((column) => column.kind),
  );
  const columns = rule.columns;
  if (columns.every((column) => column.direction === columns[0]!.direction)) {
    const op = columns[0]!.direction === "desc" ? sql`<` : sql`>`;
    return sql`(${sql.join(
      columns.map((column) => column.expr),
      sql`, `,
    )}) ${op} (${sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    )})`;
  }
  // (a, b, c) after (x, y, z) = a beyond x, or a = x and b beyond y, or a = x, b = y and c beyond z.
  const branches = columns.map((column, i) => {
    const equalBefore = columns.slice(0, i).map((earlier, j) => sql`${earlier.expr} = ${values[j]}`);
    const beyond = column.direction === "desc" ? sql`${column.expr} < ${values[i]}` : sql`${column.expr} > ${values[i]}`;
    return sql`(${sql.join([...equalBefore, beyond], sql` and `)})`;
  });
  return sql`(${sql.join(branches, sql` or `)})`;
}

/** The page of a query that asked for `limit + 1` rows: the extra row says a next page exists. */
export function keysetPage<Key, Row extends Key>(rule: KeysetRule<Key>, rows: Row[], limit: number): KeysetPage<Row> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeKeyset(rule.keyOf(last)) : null };
}

export function encodeKeyset(values: KeysetValue[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The values of a cursor, checked against the kinds the rule expects: INVALID otherwise. */
export function decodeKeyset(raw: string, kinds: readonly KeysetKind[]): KeysetValue[] {
  try {
    const binary = atob(raw.replaceAll("-", "+").replaceAll("_", "/"));
    const parsed: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    if (Array.isArray(parsed) && parsed.length === kinds.length && kinds.every((kind, i) => fitsKind(parsed[i], kind))) {
      return parsed as KeysetValue[];
    }
  } catch {
    // fall through to the readable error below
  }
  throw new DomainError("INVALID", "That page link is broken or out of date. Start again from the first page.", {
    cursor: "Not a valid page cursor.",
  });
}

function fitsKind(value: unknown, kind: KeysetKind): boolean {
  if (kind === "string") return typeof value === "string" && value.length <= 1000;
  if (kind === "integer") return Number.isSafeInteger(value);
  return typeof value === "number" && Number.isFinite(value);
}
