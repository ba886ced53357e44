import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../src/server/forum/cursor";

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
