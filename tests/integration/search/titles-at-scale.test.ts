import { beforeAll, describe, expect, it } from "vitest";
import { createPhysician, createThread } from "../../fixtures/factories";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, search } = searchWorld();

/**
 * ADR 0032: a word in more posts than search ranks (RANKED_MATCH_CAP, 20,000) still finds the
 * threads named for it, ranked first, however many newer replies use it.
 */
describe("search over a word in more posts than are ranked", () => {
  const word = uniqueWord();
  const excluded = uniqueWord();
  let namedThreadId: number;
  let excludedThreadId: number;

  beforeAll(async () => {
    const authorId = await createPhysician(db);
    // The oldest posts: two threads named for the word; one's body also holds another word.
    ({ threadId: namedThreadId } = await createThread(db, { authorId, title: `Workup of ${word} in the elderly`, createdAt: Date.UTC(2025, 0, 1) }));
    ({ threadId: excludedThreadId } = await createThread(db, {
      authorId,
      title: `A second ${word} question`,
      bodySource: `Also ${excluded} here.`,
      createdAt: Date.UTC(2025, 0, 2),
    }));
    // Then 30,000 newer replies that use the word, in a thread not named for it.
    const start = Date.UTC(2026, 0, 1);
    await createThread(db, {
      authorId,
      title: "A busy thread",
      createdAt: start,
      comments: Array.from({ length: 30_000 }, (_, index) => ({
        parentIndex: null,
        authorId,
        bodySource: `Reply ${index}: ${word} again.`,
        createdAt: start + (index + 1) * 1000,
      })),
    });
  }, 120_000);

  it("lists the threads named for it on page 1, above the replies, and says more posts match", async () => {
    const page = await search({ q: word });
    expect(page.results.slice(0, 2).map((result) => result.threadId)).toEqual(expect.arrayContaining([namedThreadId, excludedThreadId]));
    expect(page.results.slice(0, 2).every((result) => result.type === "thread")).toBe(true);
    expect(page.results[0]?.titleHtml).toContain(`<mark>${word}</mark>`);
    expect(page.results.slice(2).every((result) => result.type === "reply")).toBe(true);
    expect(page).toMatchObject({ hasMore: true, capped: true });
  });

  it("still leaves out a thread named for it whose body holds an excluded word", async () => {
    const page = await search({ q: `${word} -${excluded}` });
    expect(page.results[0]?.threadId).toBe(namedThreadId);
    expect(page.results.map((result) => result.threadId)).not.toContain(excludedThreadId);
  });

  it("pages on from the title hits into the replies without repeating a post", async () => {
    const first = await search({ q: word });
    const second = await search({ q: word, page: "2" });
    const urls = [...first.results, ...second.results].map((result) => result.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(second.results).toHaveLength(20);
  });
});
