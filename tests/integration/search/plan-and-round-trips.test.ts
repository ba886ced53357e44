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
  const { sql, params } = searchPageStatement(db, parseSearchQuery(parsed.q), parsed).getQuery();
  const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never });
  return result.rows.map((row) => String(row.detail));
}

describe("the search query plan", () => {
  const everyFilter = { q: `${word} -zzz`, channel: "general", kind: "case", solved: "no", author: "plan_author", from: "2026-01-01", to: "2026-12-31", page: "3" };
  for (const [label, input] of [
    ["with no filter", { q: word }],
    ["with every filter", everyFilter],
  ] as const) {
    it(`reads titles then posts, each FTS index first and each row by its primary key, with no sort step (${label})`, async () => {
      const plan = await planOf(input);
      const text = plan.join("\n");
      // Two lists, one after the other (ADR 0032): title hits, then post hits.
      expect(plan.slice(0, 2), text).toEqual(["COMPOUND QUERY", "LEFT-MOST SUBQUERY"]);
      const union = plan.indexOf("UNION ALL");
      expect(union, text).toBeGreaterThan(0);
      const titles = plan.slice(2, union);
      const posts = plan.slice(union + 1);
      // Each list's outer loop: its FTS5 table, ordered by rank inside FTS5 ("r" in its plan string).
      expect(titles[0], text).toMatch(/^SCAN search_titles VIRTUAL TABLE INDEX \d+:rM/);
      expect(posts[0], text).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX \d+:rM/);
      // A title hit's post is checked against the whole query by its rowid ("=" in the plan string).
      expect(
        titles.some((step) => /^SCAN search_index VIRTUAL TABLE INDEX 0:=M/.test(step)),
        text,
      ).toBe(true);
      for (const [list, tables] of [
        [titles, ["t", "ch", "u"]],
        [posts, ["c", "t", "ch", "u"]],
      ] as const) {
        for (const table of tables) {
          expect(
            list.some((step) => new RegExp(`^SEARCH ${table} USING INTEGER PRIMARY KEY \\(rowid=\\?\\)`).test(step)),
            `${table}\n${text}`,
          ).toBe(true);
        }
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

describe("the caps on ranked matches", () => {
  it("ranks only the newest title hits and the newest other posts above the caps, and says so", async () => {
    const input = searchInputSchema.parse({ q: word });
    const query = parseSearchQuery(word);
    const caps = { posts: 5, titles: 5 };
    const [rows, capped] = await db.batch([searchPageStatement(db, query, input, caps), cappedStatement(db, query, caps)]);
    // Title hits first (the 5 newest threads named for the word), then the 5 newest replies.
    const threadDocs = await handle.client.execute({
      sql: "select rowid * 2 as doc from search_titles where search_titles match ? order by rowid desc limit 5",
      args: [query.match],
    });
    const replyDocs = await handle.client.execute({
      sql: "select rowid as doc from search_index where search_index match ? and rowid % 2 = 1 order by rowid desc limit 5",
      args: [query.match],
    });
    const sorted = (docs: number[]) => [...docs].sort((a, b) => a - b);
    expect(sorted(rows.slice(0, 5).map((row) => row.doc))).toEqual(sorted(threadDocs.rows.map((row) => Number(row.doc))));
    expect(sorted(rows.slice(5).map((row) => row.doc))).toEqual(sorted(replyDocs.rows.map((row) => Number(row.doc))));
    expect(Number(capped[0]?.capped)).toBe(1);
    const [, uncapped] = await db.batch([searchPageStatement(db, query, input, { posts: 61, titles: 61 }), cappedStatement(db, query, { posts: 61, titles: 61 })]);
    expect(Number(uncapped[0]?.capped)).toBe(0);
  });
});
