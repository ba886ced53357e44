import { beforeAll, describe, expect, it } from "vitest";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, handle, search } = searchWorld();
const word = uniqueWord();
const day = (date: string) => Date.parse(`${date}T12:00:00Z`);

const ids: Record<string, number> = {};
let replyInCardiology = 0;

beforeAll(async () => {
  const alice = await createPhysician(db, { pseudonym: "filter_alice" });
  const bob = await createPhysician(db, { pseudonym: "filter_bob" });
  ids.cardioDiscussion = (await createThread(db, { authorId: alice, channelSlug: "cardiology", title: `Cardiology ${word} discussion`, createdAt: day("2026-01-10") })).threadId;
  ids.renalCase = (await createThread(db, { authorId: bob, channelSlug: "nephrology", kind: "case", title: `Renal ${word} case`, createdAt: day("2026-02-10") })).threadId;
  ids.solvedCase = (await createThread(db, { authorId: bob, channelSlug: "nephrology", kind: "case", title: `Solved ${word} case`, createdAt: day("2026-03-10") })).threadId;
  ids.poll = (await createThread(db, { authorId: alice, channelSlug: "general", kind: "poll", title: `Poll about ${word}`, createdAt: day("2026-04-10") })).threadId;
  const withReply = await createThread(db, {
    authorId: alice,
    channelSlug: "cardiology",
    title: "A thread without the word in it",
    createdAt: day("2026-01-20"),
    comments: [{ parentIndex: null, authorId: bob, bodySource: `Bob's reply on ${word}.`, createdAt: day("2026-05-05") }],
  });
  ids.replyThread = withReply.threadId;
  replyInCardiology = withReply.commentIds[0] as number;
  // The import factory leaves case_status empty; posted cases start unsolved (create-thread.ts).
  await handle.client.execute({ sql: "update threads set case_status = 'unsolved' where id = ?", args: [ids.renalCase] });
  await handle.client.execute({ sql: "update threads set case_status = 'solved' where id = ?", args: [ids.solvedCase] });
});

/** "thread:ID" or "reply:ID" for each result, sorted. */
async function keys(input: Record<string, unknown>) {
  const { results } = await search({ q: word, ...input });
  return results.map((r) => (r.type === "thread" ? `thread:${r.threadId}` : `reply:${r.replyId}`)).sort();
}
const thread = (name: string) => `thread:${ids[name]}`;

describe("search filters", () => {
  it("finds all five posts with no filter, and treats empty form fields as 'any'", async () => {
    const all = [thread("cardioDiscussion"), thread("renalCase"), thread("solvedCase"), thread("poll"), `reply:${replyInCardiology}`].sort();
    expect(await keys({})).toEqual(all);
    expect(await keys({ channel: "", kind: "", solved: "", author: "", from: "", to: "", page: "" })).toEqual(all);
  });

  it("by channel, replies included by their thread's channel", async () => {
    expect(await keys({ channel: "cardiology" })).toEqual([thread("cardioDiscussion"), `reply:${replyInCardiology}`].sort());
    expect(await keys({ channel: "nephrology" })).toEqual([thread("renalCase"), thread("solvedCase")].sort());
    expect(await keys({ channel: "dermatology" })).toEqual([]);
  });

  it("by kind of thread (a reply counts as its thread's kind)", async () => {
    expect(await keys({ kind: "case" })).toEqual([thread("renalCase"), thread("solvedCase")].sort());
    expect(await keys({ kind: "poll" })).toEqual([thread("poll")]);
    expect(await keys({ kind: "discussion" })).toEqual([thread("cardioDiscussion"), `reply:${replyInCardiology}`].sort());
  });

  it("by solved state of cases, which implies cases", async () => {
    expect(await keys({ solved: "yes" })).toEqual([thread("solvedCase")]);
    expect(await keys({ solved: "no" })).toEqual([thread("renalCase")]);
    expect(await keys({ solved: "no", kind: "case" })).toEqual([thread("renalCase")]);
  });

  it("by author pseudonym: the posts they signed, threads and replies", async () => {
    expect(await keys({ author: "filter_alice" })).toEqual([thread("cardioDiscussion"), thread("poll")].sort());
    expect(await keys({ author: "filter_bob" })).toEqual([thread("renalCase"), thread("solvedCase"), `reply:${replyInCardiology}`].sort());
    expect(await keys({ author: "nobody_by_that_name" })).toEqual([]);
  });

  it("by date range, in UTC days, both ends included; a reply by its own date", async () => {
    expect(await keys({ from: "2026-02-10", to: "2026-03-10" })).toEqual([thread("renalCase"), thread("solvedCase")].sort());
    expect(await keys({ from: "2026-04-11" })).toEqual([`reply:${replyInCardiology}`]);
    expect(await keys({ to: "2026-01-10" })).toEqual([thread("cardioDiscussion")]);
  });

  it("combines filters", async () => {
    expect(await keys({ channel: "nephrology", author: "filter_bob", solved: "yes", from: "2026-03-01" })).toEqual([thread("solvedCase")]);
  });
});

describe("a moved thread", () => {
  it("is found by its title under its new channel only", async () => {
    const authorId = await createPhysician(db);
    const moved = uniqueWord();
    const { threadId } = await createThread(db, { authorId, channelSlug: "general", title: `Where does ${moved} belong` });
    const moderator = await createViewer(db, { role: "moderator" });
    await moderateThread(db, moderator, { threadId, action: "move", channel: "dermatology" }, Date.now());
    expect((await search({ q: moved, channel: "dermatology" })).results.map((result) => result.threadId)).toEqual([threadId]);
    expect((await search({ q: moved, channel: "general" })).results).toEqual([]);
  });
});

describe("search pages", () => {
  it("shows 20 results a page, says when there are more, and pages on", async () => {
    const authorId = await createPhysician(db);
    const many = uniqueWord();
    for (let index = 0; index < 45; index++) await createThread(db, { authorId, title: `Thread number ${index} on ${many}` });
    const first = await search({ q: many });
    const second = await search({ q: many, page: "2" });
    const third = await search({ q: many, page: 3 });
    expect([first.results.length, second.results.length, third.results.length]).toEqual([20, 20, 5]);
    expect([first.hasMore, second.hasMore, third.hasMore]).toEqual([true, true, false]);
    expect([first.page, second.page, third.page]).toEqual([1, 2, 3]);
    const all = [...first.results, ...second.results, ...third.results].map((r) => r.threadId);
    expect(new Set(all).size).toBe(45);
  });
});
