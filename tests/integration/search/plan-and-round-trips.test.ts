import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "../../../src/server/search/query-parser";
import { searchForum } from "../../../src/server/search/search-forum";
import { searchInputSchema } from "../../../src/server/search/search-input";
import { cappedStatement, searchPageStatement } from "../../../src/server/search/search-statements";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { countRoundTrips } from "../../support/round-trips";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, handle } = searchWorld();
const word = uniqueWord();

beforeAll(async () => {
  const authorId = await createPhysician(db, { pseudonym: "plan_author" });
  for (let index = 0; index < 30; index++) {
    await createThread(db, {
      authorId,
      title: `Thread ${index} on ${word}`,
      comments: [{ parentIndex: null, authorId, bodySource: `A reply on ${word}.`, createdAt: Date.UTC(2026, 0, 2) }],
    });
  }
});

async function planOf(input: Record<string, unknown>): Promise<string[]> {
  const parsed = searchInputSchema.parse(input);
  const { sql, params } = searchPageStatement(db, parseSearchQuery(parsed.q).match, parsed).getQuery();
  const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never });
  return result.rows.map((row) => String(row.detail));
}

describe("the search query plan", () => {
  const everyFilter = { q: `${word} -zzz`, channel: "general", kind: "case", solved: "no", author: "plan_author", from: "2026-01-01", to: "2026-12-31", page: "3" };
  for (const [label, input] of [
    ["with no filter", { q: word }],
    ["with every filter", everyFilter],
  ] as const) {
    it(`reads the FTS index first and each post by its primary key, with no sort step (${label})`, async () => {
      const plan = await planOf(input);
      const text = plan.join("\n");
      // The outer loop: the FTS5 table, ordered by rank inside FTS5 ("r" in its plan string).
      expect(plan[0], text).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX \d+:r?M/);
      expect(plan[0], text).toContain("r");
      for (const table of ["c", "t", "ch", "u"]) {
        expect(
          plan.some((step) => new RegExp(`^SEARCH ${table} USING INTEGER PRIMARY KEY \\(rowid=\\?\\)`).test(step)),
          `${table}\n${text}`,
        ).toBe(true);
      }
      expect(
        plan.filter((step) => /^SCAN (threads|comments|t|c|users|u|channels|ch)\b/.test(step)),
        text,
      ).toEqual([]);
      expect(text).not.toMatch(/TEMP B-TREE/);
    });
  }
});

describe("search round trips", () => {
  it("answers a page, filters included, in one database round trip", async () => {
    const viewer = await createViewer(db);
    const counted = countRoundTrips(handle.client);
    const page = await searchForum(counted.db, viewer, { q: word, author: "plan_author", channel: "general", page: "2" }, Date.now());
    expect(page.results.length).toBe(20);
    expect(counted.count()).toBe(1);
  });
});

describe("the cap on ranked matches", () => {
  it("ranks only the newest matches (highest rowids) above the cap, and says so", async () => {
    const input = searchInputSchema.parse({ q: word });
    const { match } = parseSearchQuery(word);
    const [rows, capped] = await db.batch([searchPageStatement(db, match, input, 5), cappedStatement(db, match, 5)]);
    expect(rows.length).toBe(5);
    const all = await handle.client.execute({ sql: "select rowid from search_index where search_index match ? order by rowid desc limit 5", args: [match] });
    expect(rows.map((row) => row.doc).sort((a, b) => a - b)).toEqual(all.rows.map((row) => Number(row.rowid)).sort((a, b) => a - b));
    expect(Number(capped[0]?.capped)).toBe(1);
    const [, uncapped] = await db.batch([searchPageStatement(db, match, input, 61), cappedStatement(db, match, 61)]);
    expect(Number(uncapped[0]?.capped)).toBe(0);
  });
});
