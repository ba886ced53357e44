import { afterAll, describe, expect, it } from "vitest";
import { castVote } from "../../../src/server/forum/cast-vote";
import { createReply } from "../../../src/server/forum/create-reply";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { loadThreadPage, type ThreadPage } from "../../../src/server/forum/thread-page";
import type { CommentNode } from "../../../src/server/forum/comment-tree";
import { flagPost } from "../../../src/server/moderation/flags";
import { loadModLog } from "../../../src/server/moderation/mod-log";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { loadMyFlags } from "../../../src/server/moderation/my-flags";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { moderateMember } from "../../../src/server/moderation/member-actions";
import { listRevisions } from "../../../src/server/forum/edit-post";
import { createThread } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

const findReply = (nodes: CommentNode[], id: number): CommentNode | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = findReply(node.replies, id);
    if (inner) return inner;
  }
  return undefined;
};
const replyOn = (page: ThreadPage, id: number) => findReply(page.comments, id);

/** A thread in General by one member with one reply by another, plus a reader and a moderator. */
async function scene(replyBody = "Start with a **repeat lactate** and reassess in an hour.") {
  const threadAuthor = await createViewer(db);
  const replyAuthor = await createViewer(db);
  const reader = await createViewer(db);
  const moderator = await createViewer(db, { moderates: ["general"] });
  const { threadId, commentIds } = await createThread(db, {
    authorId: threadAuthor.userId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId: replyAuthor.userId, bodySource: replyBody, createdAt: Date.UTC(2026, 0, 2) }],
  });
  return { threadAuthor, replyAuthor, reader, moderator, threadId, replyId: commentIds[0]! };
}

describe("flags", () => {
  it("hides a reply flagged as patient information at once for everyone but its author and the channel's moderators", async () => {
    const { replyAuthor, reader, moderator, threadId, replyId } = await scene();
    const result = await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    expect(result.hidden).toBe(true);

    const other = await createViewer(db);
    expect(replyOn(await loadThreadPage(db, other, threadId, { sort: "old" }, clock), replyId)).toBeUndefined();
    const asAuthor = replyOn(await loadThreadPage(db, replyAuthor, threadId, { sort: "old" }, clock), replyId);
    expect(asAuthor?.bodyHtml).toContain("repeat lactate");
    expect(asAuthor?.notice).toMatch(/Hidden pending moderator review/);
    const asModerator = replyOn(await loadThreadPage(db, moderator, threadId, { sort: "old" }, clock), replyId);
    expect(asModerator?.bodyHtml).toContain("repeat lactate");
  });

  it("closes a hidden reply's edit history to members too, exactly like a reply that does not exist", async () => {
    const { reader, moderator, replyId } = await scene();
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    const other = await createViewer(db);
    const hidden = await listRevisions(db, other, { targetType: "comment", targetId: replyId }).catch((error: unknown) => error);
    const missing = await listRevisions(db, other, { targetType: "comment", targetId: 987654321 }).catch((error: unknown) => error);
    expect(hidden).toMatchObject({ code: "NOT_FOUND" });
    expect((hidden as Error).message).toBe((missing as Error).message);
    expect((await listRevisions(db, moderator, { targetType: "comment", targetId: replyId })).versions[0]?.bodySource).toContain("repeat lactate");
  });

  it("keeps two ordinary flags visible and hides the post on the third, from different members", async () => {
    const { threadId, replyId } = await scene();
    for (let index = 0; index < 2; index++) {
      const flagger = await createViewer(db);
      expect((await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "unprofessional" }, tick())).hidden).toBe(false);
    }
    const reader = await createViewer(db);
    expect(replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId)).toBeDefined();
    const third = await createViewer(db);
    expect((await flagPost(db, third, { targetType: "comment", targetId: replyId, reason: "spam" }, tick())).hidden).toBe(true);
    expect(replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId)).toBeUndefined();
  });

  it("refuses a second flag by the same member, a flag on one's own post, and 'other' without a note", async () => {
    const { replyAuthor, reader, replyId } = await scene();
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "misinformation" }, tick());
    await expect(flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "spam" }, tick())).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(flagPost(db, replyAuthor, { targetType: "comment", targetId: replyId, reason: "spam" }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const another = await createViewer(db);
    await expect(flagPost(db, another, { targetType: "comment", targetId: replyId, reason: "other" }, tick())).rejects.toMatchObject({
      code: "INVALID",
      fields: { note: expect.stringMatching(/few words/) },
    });
    const rows = await client.execute({ sql: "select count(*) as n from flags where target_id = ? and target_type = 'comment'", args: [replyId] });
    expect(rows.rows[0]!.n).toBe(1);
  });

  it("answers a flag on a post hidden from the flagger exactly like one on a post that does not exist", async () => {
    const { reader, replyId } = await scene();
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    const outsider = await createViewer(db);
    const hidden = await flagPost(db, outsider, { targetType: "comment", targetId: replyId, reason: "spam" }, tick()).catch((error: unknown) => error);
    const missing = await flagPost(db, outsider, { targetType: "comment", targetId: 987654321, reason: "spam" }, tick()).catch((error: unknown) => error);
    expect(hidden).toMatchObject({ code: "NOT_FOUND" });
    expect((hidden as Error).message).toBe((missing as Error).message);
  });
});

describe("moderator actions", () => {
  it("redacts a span from the reply, its earlier versions and flag notes, logging the category but never the text", async () => {
    const secret = "Mrs Eleanor Whitcombe";
    // The name slipped past the scanner (say, spelled oddly) into the reply and an earlier version of it.
    const { reader, moderator, threadId, replyId } = await scene(`Saw ${secret} again today; her lactate is climbing.`);
    await client.execute({
      sql: "insert into revisions (target_type, target_id, body_source, written_at, created_at) values ('comment', ?, ?, ?, ?)",
      args: [replyId, `Saw ${secret} today.`, clock, clock],
    });
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "patient_information", note: "names the patient" }, tick());
    // Flag notes are screened now, but a note written before that (or spelled past the scanner) may hold the name too.
    await client.execute({ sql: "update flags set note = ? where target_type = 'comment' and target_id = ?", args: [`names ${secret}`, replyId] });

    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "redact", span: secret, category: "name" }, tick());
    const everywhere = await client.execute({
      sql: `select (select count(*) from comments where body_source like ?1 or body_html like ?1)
              + (select count(*) from revisions where body_source like ?1)
              + (select count(*) from flags where note like ?1)
              + (select count(*) from audit_log where reason like ?1) as n`,
      args: [`%${secret}%`],
    });
    expect(everywhere.rows[0]!.n).toBe(0);
    // Not even in the search index's storage: its deletes are secure (migration 0007).
    const indexBlocks = await client.execute("select count(*) as n from search_index_data where instr(block, cast('whitcomb' as blob)) > 0");
    expect(indexBlocks.rows[0]!.n).toBe(0);
    const log = await loadModLog(db, moderator, undefined, clock);
    expect(log.entries.find((entry) => entry.action === "redact" && entry.targetId === replyId)).toMatchObject({ reason: "redacted a name", actor: moderator.pseudonym });

    // Still hidden until restored; the flagger already sees what moderators did.
    expect(replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId)).toBeUndefined();
    expect((await loadMyFlags(db, reader)).flags[0]).toMatchObject({ status: "upheld", outcomeText: "Moderators redacted identifying information from the post." });
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "restore" }, tick());
    const restored = replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId);
    expect(restored?.bodyHtml).toContain("Saw [redacted] again today");
  });

  it("refuses to redact text that is not in the post, and writes nothing", async () => {
    const { moderator, replyId } = await scene();
    await expect(moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "redact", span: "not in there", category: "name" }, tick())).rejects.toMatchObject(
      { code: "INVALID", fields: { span: expect.any(String) } },
    );
    const audit = await client.execute({ sql: "select count(*) as n from audit_log where target_type = 'comment' and target_id = ?", args: [replyId] });
    expect(audit.rows[0]!.n).toBe(0);
  });

  it("shows a removed reply's reason in its place and dismisses nothing silently", async () => {
    const { reader, moderator, threadId, replyId } = await scene();
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "spam" }, tick());
    await expect(moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "remove" }, tick())).rejects.toMatchObject({
      fields: { reason: expect.any(String) },
    });
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "remove", reason: "Advertising a course" }, tick());
    const shown = replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId);
    expect(shown).toMatchObject({ bodyHtml: null, author: null, notice: "Removed by moderators: Advertising a course" });
    expect((await loadMyFlags(db, reader)).flags[0]).toMatchObject({ status: "upheld", outcomeText: "Moderators removed the post." });
  });

  it("dismissing the flags of a post hidden pending review shows it again and tells the flagger", async () => {
    const { reader, moderator, threadId, replyId } = await scene();
    await flagPost(db, reader, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    expect((await loadModQueue(db, moderator, clock)).items.some((item) => item.targetId === replyId && item.moderationState === "pending")).toBe(true);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "dismiss" }, tick());
    expect(replyOn(await loadThreadPage(db, reader, threadId, { sort: "old" }, clock), replyId)?.bodyHtml).toContain("repeat lactate");
    expect((await loadMyFlags(db, reader)).flags[0]).toMatchObject({ status: "dismissed", outcomeText: "Moderators reviewed it and left it up." });
    expect((await loadModQueue(db, moderator, clock)).items.some((item) => item.targetId === replyId)).toBe(false);
  });

  it("answers 404 for a hidden thread to members, the same as for a thread that never existed", async () => {
    const { reader, moderator, threadId } = await scene();
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "hide", reason: "Under review" }, tick());
    const hidden = await loadThreadPage(db, reader, threadId, { sort: "best" }, clock).catch((error: unknown) => error);
    const missing = await loadThreadPage(db, reader, 987654321, { sort: "best" }, clock).catch((error: unknown) => error);
    expect(hidden).toMatchObject({ code: "NOT_FOUND" });
    expect((hidden as Error).message).toBe((missing as Error).message);
    const feed = await loadChannelPage(db, reader, "general", { sort: "new" }, clock);
    expect(feed.feed.items.some((item) => item.id === threadId)).toBe(false);
    expect((await loadThreadPage(db, moderator, threadId, { sort: "best" }, clock)).thread.notice).toBe("Hidden by moderators: Under review");
  });

  it("locks a thread against replies and votes, and moves it keeping both channels' counts", async () => {
    const { reader, moderator, threadId } = await scene();
    await moderateThread(db, moderator, { threadId, action: "lock" }, tick());
    await expect(createReply(db, reader, { threadId, body: "One more thought on fluids." }, tick())).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/locked/),
    });
    await expect(castVote(db, reader, { targetType: "thread", targetId: threadId, value: 1 }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await moderateThread(db, moderator, { threadId, action: "unlock" }, tick());
    await castVote(db, reader, { targetType: "thread", targetId: threadId, value: 1 }, tick());

    // A channel moderator of General cannot move into a channel they do not moderate; a global moderator can.
    await expect(moderateThread(db, moderator, { threadId, action: "move", channel: "cardiology" }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const globalModerator = await createViewer(db, { role: "moderator" });
    const counts = async () =>
      (await client.execute("select slug, thread_count from channels where slug in ('general', 'cardiology') order by slug")).rows.map((row) => Number(row.thread_count));
    const [cardiologyBefore, generalBefore] = await counts();
    await moderateThread(db, globalModerator, { threadId, action: "move", channel: "cardiology" }, tick());
    expect(await counts()).toEqual([cardiologyBefore! + 1, generalBefore! - 1]);
    expect((await loadThreadPage(db, reader, threadId, { sort: "best" }, clock)).thread.channel.slug).toBe("cardiology");
  });

  it("lists a pinned thread above its channel's feed until it is unpinned or hidden", async () => {
    const { reader, moderator, threadId } = await scene();
    await moderateThread(db, moderator, { threadId, action: "pin" }, tick());
    expect((await loadChannelPage(db, reader, "general", { sort: "hot" }, clock)).pinned.map((thread) => thread.id)).toContain(threadId);
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "hide" }, tick());
    expect((await loadChannelPage(db, reader, "general", { sort: "hot" }, clock)).pinned.map((thread) => thread.id)).not.toContain(threadId);
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "restore" }, tick());
    await moderateThread(db, moderator, { threadId, action: "unpin" }, tick());
    expect((await loadChannelPage(db, reader, "general", { sort: "hot" }, clock)).pinned.map((thread) => thread.id)).not.toContain(threadId);
  });

  it("suspends a member (reading still works, posting does not) and a ban ends their sessions", async () => {
    const { reader, threadId } = await scene();
    const globalModerator = await createViewer(db, { role: "moderator" });
    const now = tick();
    await moderateMember(db, globalModerator, { userId: reader.userId, action: "suspend", days: 3, reason: "Repeated personal remarks" }, now);
    const suspended = await viewerOf(db, reader.userId, now);
    expect(suspended.suspendedUntil).toBe(now + 3 * 24 * 3600_000);
    await loadThreadPage(db, suspended, threadId, { sort: "best" }, now);
    await expect(createReply(db, suspended, { threadId, body: "Still here with a thought." }, now + 60_000)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/suspended until/),
    });
    await expect(moderateMember(db, globalModerator, { userId: reader.userId, action: "ban", reason: "Spam" }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const admin = await createViewer(db, { role: "admin" });
    await moderateMember(db, admin, { userId: reader.userId, action: "ban", reason: "Spam after suspension" }, now);
    const sessions = await client.execute({ sql: "select count(*) as n from sessions where user_id = ?", args: [reader.userId] });
    expect(sessions.rows[0]!.n).toBe(0);
    const status = await client.execute({ sql: "select verification_status, verification_reason from users where id = ?", args: [reader.userId] });
    expect(status.rows[0]).toMatchObject({ verification_status: "banned", verification_reason: "Spam after suspension" });
  });
});

describe("the audit log", () => {
  it("cannot be changed or deleted", async () => {
    const { moderator, threadId } = await scene();
    await moderateThread(db, moderator, { threadId, action: "pin" }, tick());
    await expect(client.execute("update audit_log set reason = 'rewritten'")).rejects.toThrow(/append-only/);
    await expect(client.execute("delete from audit_log")).rejects.toThrow(/append-only/);
  });
});
