import { describe, expect, it } from "vitest";
import { deleteReply, deleteThread, editReply, editThread } from "../../../src/server/forum/edit-post";
import { flagPost } from "../../../src/server/moderation/flags";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, handle, search } = searchWorld();
let clock = Date.now();
const tick = () => (clock += 5 * 60_000);

/** Thread ids and reply ids a search for `q` returns. */
async function found(q: string) {
  const { results } = await search({ q });
  return { threads: results.filter((r) => r.type === "thread").map((r) => r.threadId), replies: results.filter((r) => r.type === "reply").map((r) => r.replyId) };
}

/** A signed thread with one reply, both carrying `word`, by a member whose Viewer is returned. */
async function threadWithReply(word: string) {
  const author = await createViewer(db, { user: { specialtySlug: "critical-care" } });
  const { threadId, commentIds } = await createThread(db, {
    authorId: author.userId,
    title: `Discussion of ${word} dosing`,
    bodySource: `The body mentions ${word} once.`,
    comments: [{ parentIndex: null, authorId: author.userId, bodySource: `A reply about ${word} too.`, createdAt: Date.UTC(2026, 0, 2) }],
  });
  return { author, threadId, replyId: commentIds[0] as number };
}

describe("what search never shows", () => {
  it("a thread hidden pending review after a patient-information flag, nor its replies", async () => {
    const word = uniqueWord();
    const { threadId, replyId } = await threadWithReply(word);
    expect(await found(word)).toEqual({ threads: [threadId], replies: [replyId] });
    const flagger = await createViewer(db);
    await flagPost(db, flagger, { targetType: "thread", targetId: threadId, reason: "patient_information" }, tick());
    expect(await found(word)).toEqual({ threads: [], replies: [] });
  });

  it("a thread hidden or removed by a moderator, nor its replies; restored, both come back", async () => {
    const moderator = await createViewer(db, { role: "moderator" });
    for (const action of ["hide", "remove"] as const) {
      const word = uniqueWord();
      const { threadId, replyId } = await threadWithReply(word);
      await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action, reason: "Off topic for this forum." }, tick());
      expect(await found(word), action).toEqual({ threads: [], replies: [] });
      // Not even for the moderator who can still read it elsewhere: search shows live posts only.
      expect((await search({ q: word }, moderator)).results, action).toEqual([]);
      await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "restore" }, tick());
      expect(await found(word), action).toEqual({ threads: [threadId], replies: [replyId] });
    }
  });

  it("a reply hidden, removed or pending review, while its live thread is still found", async () => {
    const moderator = await createViewer(db, { role: "moderator" });
    for (const action of ["hide", "remove"] as const) {
      const word = uniqueWord();
      const { threadId, replyId } = await threadWithReply(word);
      await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action, reason: "Off topic for this forum." }, tick());
      expect(await found(word), action).toEqual({ threads: [threadId], replies: [] });
    }
    const word = uniqueWord();
    const { threadId, replyId } = await threadWithReply(word);
    await handle.client.execute({ sql: "update comments set moderation_state = 'pending' where id = ?", args: [replyId] });
    expect(await found(word)).toEqual({ threads: [threadId], replies: [] });
  });

  it("a deleted thread nor its replies, and a deleted reply", async () => {
    const first = uniqueWord();
    const thread = await threadWithReply(first);
    await deleteThread(db, thread.author, { threadId: thread.threadId }, tick());
    expect(await found(first)).toEqual({ threads: [], replies: [] });

    const second = uniqueWord();
    const reply = await threadWithReply(second);
    await deleteReply(db, reply.author, { commentId: reply.replyId }, tick());
    expect(await found(second)).toEqual({ threads: [reply.threadId], replies: [] });
  });

  it("replies of a hidden thread even though the index still holds them (checked when searching)", async () => {
    const word = uniqueWord();
    const { threadId, replyId } = await threadWithReply(word);
    await handle.client.execute({ sql: "update threads set moderation_state = 'hidden' where id = ?", args: [threadId] });
    const indexed = await handle.client.execute({ sql: "select count(*) as n from search_index where rowid = ?", args: [replyId * 2 + 1] });
    expect(Number(indexed.rows[0]?.n)).toBe(1);
    expect(await found(word)).toEqual({ threads: [], replies: [] });
  });

  it("the old words of an edited post: an edit replaces what is indexed", async () => {
    const oldWord = uniqueWord();
    const newWord = uniqueWord();
    const { author, threadId, replyId } = await threadWithReply(oldWord);
    await editThread(db, author, { threadId, title: "Discussion of dosing, revised", body: `Now about ${newWord} instead.` }, tick());
    await editReply(db, author, { commentId: replyId, body: `Rewritten reply on ${newWord}.` }, tick());
    expect(await found(oldWord)).toEqual({ threads: [], replies: [] });
    expect(await found(newWord)).toEqual({ threads: [threadId], replies: [replyId] });
  });

  it("a redacted word", async () => {
    const moderator = await createViewer(db, { role: "moderator" });
    const name = uniqueWord("redact");
    const keep = uniqueWord();
    const author = await createViewer(db);
    const { threadId, commentIds } = await createThread(db, {
      authorId: author.userId,
      comments: [{ parentIndex: null, authorId: author.userId, bodySource: `Saw Mr ${name} today, ${keep}.`, createdAt: Date.UTC(2026, 0, 2) }],
    });
    const replyId = commentIds[0] as number;
    expect((await found(name)).replies).toEqual([replyId]);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "redact", span: `Mr ${name}`, category: "name" }, tick());
    expect(await found(name)).toEqual({ threads: [], replies: [] });
    const after = await search({ q: keep });
    expect(after.results.map((r) => r.replyId)).toEqual([replyId]);
    expect(after.results[0]?.snippetHtml).toContain("[redacted]");
    expect(threadId).toBeGreaterThan(0);
  });
});

describe("anonymous posts", () => {
  it("are found by their words, never by their author, and never show the pseudonym", async () => {
    const word = uniqueWord();
    // The only pathologist: too few in the specialty and its family to be named.
    const author = await createViewer(db, { user: { pseudonym: "anon_search_author", specialtySlug: "pathology" } });
    const signed = await createThread(db, { authorId: author.userId, title: `Signed thread on ${word}` });
    const anonymous = await createThread(db, {
      authorId: author.userId,
      isAnonymous: true,
      title: `Anonymous thread on ${word}`,
      comments: [{ parentIndex: null, authorId: author.userId, isAnonymous: true, bodySource: `Anonymous reply on ${word}.`, createdAt: Date.UTC(2026, 0, 2) }],
    });

    const byText = await search({ q: word });
    expect(byText.results.map((r) => r.threadId).sort()).toEqual([signed.threadId, anonymous.threadId, anonymous.threadId].sort());
    for (const result of byText.results.filter((r) => r.threadId === anonymous.threadId)) {
      expect(result.author).toEqual({ pseudonym: null, display: "Verified physician", anonymous: true });
    }
    expect(JSON.stringify(byText.results.filter((r) => r.threadId === anonymous.threadId))).not.toContain("anon_search_author");

    const byAuthor = await search({ q: word, author: "anon_search_author" });
    expect(byAuthor.results.map((r) => [r.type, r.threadId])).toEqual([["thread", signed.threadId]]);
    // Not by a differently cased pseudonym either, nor with an @.
    expect((await search({ q: word, author: "@ANON_search_author" })).results.map((r) => r.threadId)).toEqual([signed.threadId]);
  });
});
