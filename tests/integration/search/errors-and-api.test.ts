import { beforeAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { createSession } from "../../../src/server/auth/sessions";
import { searchForum } from "../../../src/server/search/search-forum";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, handle, search } = searchWorld();
const word = uniqueWord();
let threadId = 0;

beforeAll(async () => {
  const authorId = await createPhysician(db, { pseudonym: "api_search_author" });
  ({ threadId } = await createThread(db, { authorId, title: `Septic shock and ${word}` }));
});

async function refusal(input: Record<string, unknown>) {
  return search(input).then(
    () => null,
    (error: unknown) => error as { code: string; message: string; fields?: Record<string, string> },
  );
}

describe("a search the parser cannot read is INVALID with a sentence naming the problem", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["an empty search", { q: "   " }, /^Type a word or phrase to search for\.$/],
    ["no q at all", {}, /Type a word or phrase/],
    ["only exclusions", { q: "-sepsis -shock" }, /^Add a word to look for: -sepsis only leaves posts out\.$/],
    ["an unclosed quotation mark", { q: 'lactate "septic shock' }, /^Close the quotation mark after "septic shock\.$/],
    ["a search over 200 characters", { q: "a".repeat(201) }, /201 characters long; keep it to 200 or fewer/],
    ["more than 20 terms", { q: Array.from({ length: 21 }, (_, i) => `w${i}`).join(" ") }, /has 21 terms; use 20 or fewer/],
    ["OR with nothing after it", { q: "sepsis OR" }, /Put a word on each side of OR/],
    ["OR with an exclusion", { q: "sepsis OR -shock" }, /cannot be one of them/],
    ["a one-letter prefix", { q: "a*" }, /at least 3 letters before \*/],
    ["nothing searchable", { q: '*** "" -' }, /it needs letters or numbers/],
  ];
  for (const [what, input, message] of cases) {
    it(what, async () => {
      const error = await refusal(input);
      expect(error?.code).toBe("INVALID");
      expect(error?.message).toMatch(message);
      expect(error?.fields?.q).toBe(error?.message);
    });
  }

  it("names a bad filter by its field", async () => {
    expect((await refusal({ q: word, channel: "astrology" }))?.fields).toEqual({ channel: "Choose a channel from the list." });
    expect((await refusal({ q: word, kind: "essay" }))?.fields).toEqual({ kind: "The kind must be discussion, case or poll." });
    expect((await refusal({ q: word, solved: "maybe" }))?.fields?.solved).toMatch(/"yes" or "no"/);
    expect((await refusal({ q: word, kind: "poll", solved: "yes" }))?.fields?.solved).toMatch(/Only cases are solved/);
    expect((await refusal({ q: word, author: "no spaces allowed" }))?.fields?.author).toMatch(/3–30 letters/);
    expect((await refusal({ q: word, from: "31/12/2026" }))?.fields?.from).toMatch(/YYYY-MM-DD/);
    expect((await refusal({ q: word, to: "2026-02-30" }))?.fields?.to).toMatch(/There is no day 2026-02-30/);
    expect((await refusal({ q: word, from: "2026-03-02", to: "2026-03-01" }))?.fields?.to).toMatch(/before the “from” date/);
    expect((await refusal({ q: word, page: "0" }))?.fields?.page).toMatch(/from 1 to 50/);
    expect((await refusal({ q: word, page: "51" }))?.fields?.page).toMatch(/50 pages at most/);
    expect((await refusal({ q: word, page: "two" }))?.fields?.page).toMatch(/from 1 to 50/);
    expect((await refusal({ q: word, sort: "new" }))?.fields).toEqual({ sort: 'Unknown field "sort".' });
  });

  it("turns an FTS5 error that got past the parser into INVALID, without quoting the search", async () => {
    const viewer = await createViewer(db);
    const failing = new Proxy(db, {
      get: (target, property, receiver) =>
        property === "batch" ? () => Promise.reject(new Error('SQLITE_ERROR: fts5: syntax error near "secret words"')) : Reflect.get(target, property, receiver),
    });
    const error = await searchForum(failing, viewer, { q: word }, Date.now()).then(
      () => null,
      (caught: unknown) => caught as { code: string; message: string },
    );
    expect(error).toMatchObject({ code: "INVALID", message: expect.stringMatching(/^Rounds could not read that search/) });
    expect(error?.message).not.toContain("secret");
  });

  it("is for verified members only", async () => {
    await expect(searchForum(db, null, { q: word }, Date.now())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const pending = await createViewer(db, { user: { verificationStatus: "pending" } });
    await expect(searchForum(db, pending, { q: word }, Date.now())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("GET /api/search", () => {
  const app = createApiApp();
  const env = { DATABASE_URL: `file:${handle.file}` };
  const site = "http://rounds.test";
  let cookie = "";
  beforeAll(async () => {
    const userId = await createPhysician(db);
    cookie = `${PLAIN_SESSION_COOKIE}=${(await createSession(db, userId, Date.now())).token}`;
  });
  const get = (query: string, withCookie = true) => app.request(`${site}/api/search?${query}`, { headers: withCookie ? { cookie } : {} }, env);

  it("answers results as JSON", async () => {
    const response = await get(`q=${encodeURIComponent(word)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: { threadId: number; url: string; titleHtml: string }[]; page: number; hasMore: boolean; capped: boolean };
    expect(body).toMatchObject({ page: 1, hasMore: false, capped: false });
    expect(body.results).toEqual([expect.objectContaining({ threadId, titleHtml: `Septic shock and <mark>${word}</mark>` })]);
  });

  it("answers 400 with the parser's sentence for a query it cannot read", async () => {
    const response = await get(`q=${encodeURIComponent('"septic shock')}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "INVALID", message: 'Close the quotation mark after "septic shock.', fields: { q: 'Close the quotation mark after "septic shock.' } },
    });
  });

  it("answers 401 without a session", async () => {
    expect((await get(`q=${word}`, false)).status).toBe(401);
  });

  it("never answers 5xx, whatever is typed", async () => {
    const nasty = [
      '"',
      '""',
      "*",
      "-",
      "OR",
      "NOT",
      "AND",
      "NEAR(a b)",
      "title:x",
      "a:b:c",
      "^x",
      "(((",
      ")",
      "x*y*",
      "\u0000",
      "%",
      "'; drop table threads; --",
      "\u202e\u200b",
      "😷*",
    ];
    for (const q of nasty) {
      const response = await get(`q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(response.status);
    }
  });
});
