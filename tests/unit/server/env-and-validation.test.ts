import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../../../src/server/env";
import { feedQuerySchema } from "../../../src/server/forum/feeds";
import { parseInput } from "../../../src/server/validation";

describe("server environment", () => {
  it("names the missing DATABASE_URL in a readable message", () => {
    expect(() => parseServerEnv({})).toThrow(/DATABASE_URL is not set/);
  });

  it("refuses a DATABASE_URL with an unknown scheme without echoing its value", () => {
    let message = "";
    try {
      parseServerEnv({ DATABASE_URL: "postgres://user:secret@host/db" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must start with libsql:/);
    expect(message).not.toContain("secret");
  });

  it("treats an empty token as no token", () => {
    expect(parseServerEnv({ DATABASE_URL: "http://127.0.0.1:8080", DATABASE_AUTH_TOKEN: "" }).DATABASE_AUTH_TOKEN).toBeUndefined();
  });
});

describe("input validation", () => {
  it("names an unknown query field", () => {
    expect(() => parseInput(feedQuerySchema, { sort: "hot", page: "2" })).toThrow(expect.objectContaining({ code: "INVALID", fields: { page: 'Unknown field "page".' } }));
  });

  it("says which sorts exist when the sort is wrong", () => {
    expect(() => parseInput(feedQuerySchema, { sort: "loudest" })).toThrow("Sort must be hot, new, top, unsolved or scored.");
  });

  it("defaults the sort to hot", () => {
    expect(parseInput(feedQuerySchema, {})).toEqual({ sort: "hot", period: "all" });
  });
});
