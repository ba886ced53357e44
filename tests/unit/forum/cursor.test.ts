import { describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { decodeCursor, decodeKeyset, encodeCursor, encodeKeyset, keysetAfter, keysetPage, type KeysetRule } from "../../../src/server/forum/cursor";

describe("feed cursors", () => {
  it("round-trips a fractional hot rank exactly", () => {
    const cursor = { key: 39_245.123456789, id: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("is URL-safe", () => {
    expect(encodeCursor({ key: -1.5e-7, id: 987_654_321 })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each(["", "garbage!", btoa("[1]"), btoa('["a",1]'), btoa("[1,1.5]"), btoa("{}")])("refuses the tampered cursor %j with a readable INVALID error", (raw) => {
    expect(() => decodeCursor(raw)).toThrow(expect.objectContaining({ code: "INVALID" }));
  });
});

describe("keyset rules", () => {
  const a = sql.raw("a");
  const b = sql.raw("b");
  const c = sql.raw("c");
  const dialect = new SQLiteAsyncDialect();
  const render = (fragment: SQL | undefined) => {
    if (!fragment) return undefined;
    const { sql: text, params } = dialect.sqlToQuery(fragment);
    return { sql: text, params };
  };
  const sameWay: KeysetRule<{ a: number; b: number }> = {
    columns: [
      { expr: a, direction: "desc", kind: "number" },
      { expr: b, direction: "desc", kind: "integer" },
    ],
    keyOf: (row) => [row.a, row.b],
  };
  const mixed: KeysetRule<{ a: number; b: string; c: number }> = {
    columns: [
      { expr: a, direction: "desc", kind: "integer" },
      { expr: b, direction: "asc", kind: "string" },
      { expr: c, direction: "asc", kind: "integer" },
    ],
    keyOf: (row) => [row.a, row.b, row.c],
  };

  it("starts at the first page without a cursor", () => {
    expect(keysetAfter(sameWay, undefined)).toBeUndefined();
    expect(keysetAfter(sameWay, "")).toBeUndefined();
  });

  it("compares one row value when every column runs the same way, so SQLite can seek", () => {
    expect(render(keysetAfter(sameWay, encodeKeyset([5, 7])))).toEqual({ sql: "(a, b) < (?, ?)", params: [5, 7] });
  });

  it("spells out the order column by column when directions differ", () => {
    expect(render(keysetAfter(mixed, encodeKeyset([2, "thread", 9])))).toEqual({
      sql: "((a < ?) or (a = ? and b > ?) or (a = ? and b = ? and c > ?))",
      params: [2, 2, "thread", 2, "thread", 9],
    });
  });

  it("gives the next cursor from the last row shown, only when a further row was fetched", () => {
    const rows = [
      { a: 3, b: 1 },
      { a: 3, b: 0 },
      { a: 2, b: 9 },
    ];
    const page = keysetPage(sameWay, rows, 2);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(page.nextCursor && decodeKeyset(page.nextCursor, ["number", "integer"])).toEqual([3, 0]);
    expect(keysetPage(sameWay, rows, 3).nextCursor).toBeNull();
  });

  it("round-trips text keys, including non-ASCII ones", () => {
    expect(decodeKeyset(encodeKeyset([1, "thréad"]), ["integer", "string"])).toEqual([1, "thréad"]);
  });

  it.each([[encodeKeyset([1, 2])], [encodeKeyset([1, 2, 3])], [encodeKeyset([1.5, "x", 3])], [encodeKeyset(["1", "x", 3])]])(
    "refuses a cursor of another rule's shape (%s)",
    (raw) => {
      expect(() => keysetAfter(mixed, raw)).toThrow(expect.objectContaining({ code: "INVALID" }));
    },
  );
});
