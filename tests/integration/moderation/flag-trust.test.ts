import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import type { CommentNode } from "../../../src/server/forum/comment-tree";
import { flagPost, isMostlyDismissed } from "../../../src/server/moderation/flags";
import { updateLimitSetting } from "../../../src/server/moderation/limit-settings";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { loadNotifications } from "../../../src/server/notifications/inbox";
import { createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Flag power without abuse: a patient-information flag hides a post at once only from a member
 * past their first 7 days whose earlier patient-information flags were not mostly dismissed;
 * such flags are limited per day; and an author whose post comes back is told.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const DAY = 24 * 3600_000;
/** Each test starts on its own UTC day, so the daily flag limits never carry over. */
let dayIndex = 0;
const freshDay = () => Date.UTC(2026, 9, 1) + ++dayIndex * DAY + 9 * 3600_000;

const findReply = (nodes: CommentNode[], id: number): CommentNode | undefined => {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = findReply(node.replies, id);
    if (inner) return inner;
  }
  return undefined;
};

async function visibleToOthers(threadId: number, replyId: number, now: number): Promise<boolean> {
  const reader = await createViewer(db, { now });
  return findReply((await loadThreadPage(db, reader, threadId, { sort: "old" }, now)).comments, replyId) !== undefined;
}

/** A reply in General by its own author, with a global moderator to settle it. */
async function reply(now: number) {
  const author = await createViewer(db, { now });
  const { threadId, commentIds } = await createThread(db, {
    authorId: author.userId,
    channelSlug: "general",
    title: "Vasopressin timing in septic shock",
    comments: [{ parentIndex: null, authorId: author.userId, bodySource: "We add vasopressin at 0.25 of norepinephrine.", createdAt: now - 60_000 }],
  });
  return { author, threadId, replyId: commentIds[0]! };
}

const newMember = (now: number) => createViewer(db, { user: { createdAt: now - 2 * DAY }, now });

/** Gives `flagger` a record of settled patient-information flags: `dismissed` dismissed, the rest upheld. */
async function record(flagger: Viewer, settled: number, dismissed: number, now: number): Promise<void> {
  const moderator = await createViewer(db, { role: "moderator", now });
  for (let index = 0; index < settled; index++) {
    const { replyId } = await reply(now);
    await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now + index);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: index < dismissed ? "dismiss" : "hide" }, now + index);
  }
}

describe("who hides a post with a patient-information flag", () => {
  it("hides the post at once when an established member flags it", async () => {
    const now = freshDay();
    const { threadId, replyId } = await reply(now);
    const flagger = await createViewer(db, { user: { createdAt: now - 8 * DAY }, now });
    expect((await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now)).hidden).toBe(true);
    expect(await visibleToOthers(threadId, replyId, now)).toBe(false);
  });

  it("sends a new member's patient-information flag to the queue, first, without hiding the post", async () => {
    const now = freshDay();
    const moderator = await createViewer(db, { role: "moderator", now });
    // A post with more flags, flagged earlier: patient information still comes first.
    const busy = await reply(now);
    for (const reason of ["spam", "unprofessional"] as const) {
      await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: busy.replyId, reason }, now - 1000);
    }
    const { threadId, replyId } = await reply(now);
    const flagger = await newMember(now);
    expect((await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now)).hidden).toBe(false);
    expect(await visibleToOthers(threadId, replyId, now)).toBe(true);

    const queue = (await loadModQueue(db, moderator, now)).items;
    const phiAt = queue.findIndex((item) => item.targetId === replyId);
    expect(queue[phiAt]).toMatchObject({ reasons: ["patient_information"], moderationState: null });
    expect(phiAt).toBeLessThan(queue.findIndex((item) => item.targetId === busy.replyId));
  });

  it("still counts a new member's patient-information flag toward the three flags that hide a post", async () => {
    const now = freshDay();
    const { threadId, replyId } = await reply(now);
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: replyId, reason: "spam" }, now);
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: replyId, reason: "misinformation" }, now + 1);
    expect((await flagPost(db, await newMember(now), { targetType: "comment", targetId: replyId, reason: "patient_information" }, now + 2)).hidden).toBe(true);
    expect(await visibleToOthers(threadId, replyId, now)).toBe(false);
  });

  it("sends to the queue the patient-information flag of a member whose earlier ones were mostly dismissed (2 of 3)", async () => {
    const now = freshDay();
    const flagger = await createViewer(db, { now });
    await record(flagger, 3, 2, now - DAY);
    const { threadId, replyId } = await reply(now);
    expect((await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now)).hidden).toBe(false);
    expect(await visibleToOthers(threadId, replyId, now)).toBe(true);
  });

  it("keeps trusting a member with too short a record (2 of 2 dismissed) or only half dismissed (2 of 4)", async () => {
    const now = freshDay();
    const short = await createViewer(db, { now });
    await record(short, 2, 2, now - DAY);
    const half = await createViewer(db, { now });
    await record(half, 4, 2, now - 2 * DAY);
    for (const flagger of [short, half]) {
      const { replyId } = await reply(now);
      expect((await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now)).hidden).toBe(true);
    }
  });

  it("names the rule: at least 3 settled patient-information flags and more than half of them dismissed", () => {
    expect(isMostlyDismissed({ resolved: 3, dismissed: 2 })).toBe(true);
    expect(isMostlyDismissed({ resolved: 2, dismissed: 2 })).toBe(false);
    expect(isMostlyDismissed({ resolved: 4, dismissed: 2 })).toBe(false);
    expect(isMostlyDismissed({ resolved: 10, dismissed: 6 })).toBe(true);
  });
});

describe("the daily limit on patient-information flags", () => {
  it("allows 5 a day, refuses the sixth with the standard sentence and writes nothing, while other flags go on", async () => {
    const now = freshDay();
    const flagger = await createViewer(db, { now });
    for (let index = 0; index < 5; index++) {
      const { replyId } = await reply(now);
      await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, now + index);
    }
    const sixth = await reply(now);
    const refused = await flagPost(db, flagger, { targetType: "comment", targetId: sixth.replyId, reason: "patient_information" }, now + 10).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", message: "Rounds allows 5 patient-information flags per day. Please try again in 15 hours." });
    const stored = await client.execute({ sql: "select count(*) as n from flags where target_type = 'comment' and target_id = ?", args: [sixth.replyId] });
    expect(stored.rows[0]!.n).toBe(0);
    expect(await visibleToOthers(sixth.threadId, sixth.replyId, now)).toBe(true);
    expect((await flagPost(db, flagger, { targetType: "comment", targetId: sixth.replyId, reason: "misinformation" }, now + 20)).hidden).toBe(false);
  });

  it("follows the limit an admin sets at /admin/limits", async () => {
    const now = freshDay();
    const admin = await createViewer(db, { role: "admin", now });
    await updateLimitSetting(db, admin, { name: "phi_flag_day", limit: 1, windowSeconds: 86_400 }, now);
    try {
      const flagger = await createViewer(db, { now });
      await flagPost(db, flagger, { targetType: "comment", targetId: (await reply(now)).replyId, reason: "patient_information" }, now + 1);
      await expect(flagPost(db, flagger, { targetType: "comment", targetId: (await reply(now)).replyId, reason: "patient_information" }, now + 2)).rejects.toMatchObject({
        code: "RATE_LIMITED",
        message: expect.stringMatching(/^Rounds allows 1 patient-information flag per day\./),
      });
    } finally {
      await updateLimitSetting(db, admin, { name: "phi_flag_day", limit: 5, windowSeconds: 86_400 }, now + 3);
    }
  });
});

describe("telling the author their post is back", () => {
  const backText = /^Your post in “Vasopressin timing in septic shock” is visible again\. Moderators reviewed the patient-information flag and left it up\.$/;

  it("tells the author once when moderators dismiss the patient-information flag that hid their post", async () => {
    const now = freshDay();
    const { author, threadId, replyId } = await reply(now);
    const moderator = await createViewer(db, { role: "moderator", now });
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: replyId, reason: "patient_information" }, now);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "dismiss" }, now + 1000);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "dismiss" }, now + 2000);

    const items = (await loadNotifications(db, author)).items.filter((item) => item.kind === "post_back");
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toMatch(backText);
    expect(items[0]!.href).toBe(`/t/${threadId}/vasopressin-timing-in-septic-shock#reply-${replyId}`);
    expect(await visibleToOthers(threadId, replyId, now)).toBe(true);
  });

  it("tells the author when a moderator restores a post a patient-information flag hid", async () => {
    const now = freshDay();
    const { author, replyId } = await reply(now);
    const moderator = await createViewer(db, { role: "moderator", now });
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: replyId, reason: "patient_information" }, now);
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "restore" }, now + 1000);
    expect((await loadNotifications(db, author)).items.map((item) => item.text)).toEqual([expect.stringMatching(backText)]);
  });

  it("tells the author nothing when the flag is upheld, or when the flag never hid the post", async () => {
    const now = freshDay();
    const moderator = await createViewer(db, { role: "moderator", now });
    const upheld = await reply(now);
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: upheld.replyId, reason: "patient_information" }, now);
    await moderatePost(db, moderator, { targetType: "comment", targetId: upheld.replyId, action: "hide", reason: "Names a patient" }, now + 1000);
    const queued = await reply(now);
    await flagPost(db, await newMember(now), { targetType: "comment", targetId: queued.replyId, reason: "patient_information" }, now);
    await moderatePost(db, moderator, { targetType: "comment", targetId: queued.replyId, action: "dismiss" }, now + 1000);
    expect((await loadNotifications(db, upheld.author)).items).toEqual([]);
    expect((await loadNotifications(db, queued.author)).items).toEqual([]);
  });
});
