import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { createThread } from "../../../src/server/forum/create-thread";
import { editThread } from "../../../src/server/forum/edit-post";
import { backfillThreadExcerpts } from "../../../src/server/forum/excerpt-backfill";
import { flagPost } from "../../../src/server/moderation/flags";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { createThread as createThreadRow } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

async function excerptInFeed(viewer: Viewer, channelSlug: string, threadId: number): Promise<string | undefined> {
  const page = await loadChannelPage(db, viewer, channelSlug, { sort: "new" }, clock);
  return page.feed.items.find((item) => item.id === threadId)?.excerpt;
}

describe("feed excerpts", () => {
  it("shows the first 160 characters of a new thread's body as plain text, and follows an edit", async () => {
    const author = await createViewer(db);
    const reader = await createViewer(db);
    const body = `Man in his **70s** on apixaban with an upper GI bleed & a clean-based ulcer. ${"When do you restart anticoagulation after endoscopy? ".repeat(4)}`;
    const { id } = await createThread(db, author, { channel: "gastroenterology", title: "Restarting apixaban after a GI bleed", body }, tick());
    const excerpt = await excerptInFeed(reader, "gastroenterology", id);
    expect(excerpt?.startsWith("Man in his 70s on apixaban with an upper GI bleed & a clean-based ulcer. When do you restart")).toBe(true);
    expect(excerpt?.endsWith("…")).toBe(true);
    expect(Array.from(excerpt ?? "").length).toBeLessThanOrEqual(160);

    await editThread(db, author, { threadId: id, title: "Restarting apixaban after a GI bleed", body: "Update: restarted on **day 7** with a PPI." }, tick());
    expect(await excerptInFeed(reader, "gastroenterology", id)).toBe("Update: restarted on day 7 with a PPI.");
  });

  it("keeps a span moderators redacted out of the excerpt", async () => {
    const secret = "Mrs Eleanor Whitcombe";
    const author = await createViewer(db);
    const moderator = await createViewer(db, { moderates: ["geriatrics"] });
    const { threadId } = await createThreadRow(db, { authorId: author.userId, channelSlug: "geriatrics", bodySource: `Saw ${secret} again; delirium is worse at night.` });
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "redact", span: secret, category: "name" }, tick());
    expect(await excerptInFeed(moderator, "geriatrics", threadId)).toBe("Saw [redacted] again; delirium is worse at night.");
  });

  it("backfills threads written before the column, leaving written excerpts alone", async () => {
    const author = await createViewer(db);
    const { threadId: old } = await createThreadRow(db, { authorId: author.userId, channelSlug: "urology", bodySource: "Stone of **7 mm** at the UVJ." });
    const { threadId: kept } = await createThreadRow(db, { authorId: author.userId, channelSlug: "urology", bodySource: "Another stone." });
    await client.execute({ sql: "update threads set excerpt = null where id = ?", args: [old] });
    await client.execute({ sql: "update threads set excerpt = 'written by an edit' where id = ?", args: [kept] });
    expect(await backfillThreadExcerpts(db, 1)).toBe(1);
    expect(await backfillThreadExcerpts(db)).toBe(0);
    expect(await excerptInFeed(author, "urology", old)).toBe("Stone of 7 mm at the UVJ.");
    expect(await excerptInFeed(author, "urology", kept)).toBe("written by an edit");
  });
});

describe("the moderation queue's excerpts", () => {
  it("shows a plain-text excerpt of each flagged post, with a redacted span still redacted", async () => {
    const secret = "Mr Tobias Quennell";
    const author = await createViewer(db);
    const flagger = await createViewer(db);
    const moderator = await createViewer(db, { moderates: ["psychiatry"] });
    const { threadId, commentIds } = await createThreadRow(db, {
      authorId: author.userId,
      channelSlug: "psychiatry",
      bodySource: "Lithium level **1.4** after a new _thiazide_.",
      comments: [{ parentIndex: null, authorId: author.userId, bodySource: `${secret} stopped it himself & felt better.`, createdAt: Date.UTC(2026, 0, 2) }],
    });
    const replyId = commentIds[0]!;
    await flagPost(db, flagger, { targetType: "thread", targetId: threadId, reason: "unprofessional" }, tick());
    await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information" }, tick());
    const before = await loadModQueue(db, moderator, clock);
    expect(before.items.find((item) => item.targetType === "thread" && item.targetId === threadId)?.excerpt).toBe("Lithium level 1.4 after a new thiazide.");
    expect(before.items.find((item) => item.targetType === "comment" && item.targetId === replyId)?.excerpt).toBe(`${secret} stopped it himself & felt better.`);

    // Redacting settles the flag it came from; restored and flagged again, the reply is listed redacted.
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "redact", span: secret, category: "name" }, tick());
    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "restore" }, tick());
    await flagPost(db, await createViewer(db), { targetType: "comment", targetId: replyId, reason: "unprofessional" }, tick());
    const after = await loadModQueue(db, moderator, clock);
    const excerpt = after.items.find((item) => item.targetType === "comment" && item.targetId === replyId)?.excerpt;
    expect(excerpt).toBe("[redacted] stopped it himself & felt better.");
  });
});
