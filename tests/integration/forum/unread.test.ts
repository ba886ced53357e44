import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread as startThread } from "../../../src/server/forum/create-thread";
import type { FeedItem } from "../../../src/server/forum/feeds";
import { loadHomePage } from "../../../src/server/forum/home-page";
import { markChannelRead, READ_HORIZON_MS, recordThreadRead } from "../../../src/server/forum/read-positions";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

/** What the member's feed of a channel says of one thread. */
async function feedItem(viewer: Viewer, channelSlug: string, threadId: number): Promise<FeedItem | undefined> {
  const page = await loadChannelPage(db, viewer, channelSlug, { sort: "new" }, clock);
  return page.feed.items.find((item) => item.id === threadId);
}

/** Opens the thread as the page does, then stores the position as its waitUntil would. */
async function readThread(viewer: Viewer, threadId: number) {
  const page = await loadThreadPage(db, viewer, threadId, { sort: "old" }, tick());
  if (page.reading.advance) await recordThreadRead(db, viewer, page.reading.advance, clock);
  return page;
}

/** A recent thread in `channel` by its own author, with `replies` replies by that author. */
async function recentThread(channelSlug: string, replies = 0) {
  const author = await createViewer(db);
  const { threadId, commentIds } = await createThread(db, { authorId: author.userId, channelSlug, createdAt: tick(), replyCount: replies });
  await client.execute({ sql: "update threads set last_activity_at = ? where id = ?", args: [clock, threadId] });
  return { author, threadId, commentIds };
}

describe("unread tracking", () => {
  it('shows a thread read before as "1 new" in bold after someone else replies, and opens it at the divider above that reply', async () => {
    const { threadId } = await recentThread("nephrology", 2);
    const reader = await createViewer(db);
    const replier = await createViewer(db);
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: true, newReplies: 0 } });

    const first = await readThread(reader, threadId);
    expect(first.reading).toMatchObject({ lastReadCommentId: null, firstUnreadId: null });
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: false, newReplies: 0 } });

    const reply = await createReply(db, replier, { threadId: String(threadId), body: "Check the urine sodium before more fluids." }, tick());
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: true, newReplies: 1 } });

    const second = await readThread(reader, threadId);
    expect(second.reading.firstUnreadId).toBe(reply.id);
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: false, newReplies: 0 } });
    // Opened again with nothing new: no divider and nothing to write.
    const third = await loadThreadPage(db, reader, threadId, { sort: "old" }, tick());
    expect(third.reading).toMatchObject({ firstUnreadId: null, advance: null });
  });

  it("never counts the viewer's own replies as new, nor their own thread as unread", async () => {
    const { author, threadId } = await recentThread("nephrology", 1);
    expect(await feedItem(author, "nephrology", threadId)).toMatchObject({ read: { unread: false } });
    const reader = await createViewer(db);
    await readThread(reader, threadId);
    const own = await createReply(db, reader, { threadId: String(threadId), body: "Agree: repeat the potassium in two hours." }, tick());
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: false, newReplies: 0 } });
    const other = await createReply(db, author, { threadId: String(threadId), body: "Potassium came back at 5.9 on the repeat." }, tick());
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: true, newReplies: 1 } });
    const page = await loadThreadPage(db, reader, threadId, { sort: "old" }, tick());
    expect(page.reading.firstUnreadId).toBe(other.id);
    expect(page.reading.firstUnreadId).not.toBe(own.id);
  });

  it("counts colleagues' replies as new to the author of a thread they started, without opening it again", async () => {
    const author = await createViewer(db);
    const replier = await createViewer(db);
    const { id } = await startThread(
      db,
      author,
      { channel: "nephrology", title: "Hyponatremia after a thiazide start", body: "Sodium 124 two weeks after starting chlorthalidone. **Stop it or restrict fluids?**" },
      tick(),
    );
    expect(await feedItem(author, "nephrology", id)).toMatchObject({ read: { unread: false, newReplies: 0 } });
    await createReply(db, replier, { threadId: String(id), body: "Stop it; thiazide hyponatremia recurs on rechallenge." }, tick());
    expect(await feedItem(author, "nephrology", id)).toMatchObject({ read: { unread: true, newReplies: 1 } });
  });

  it("treats a never-opened thread quiet for longer than the read horizon as read", async () => {
    const { threadId } = await recentThread("nephrology");
    const reader = await createViewer(db);
    await client.execute({ sql: "update threads set last_activity_at = ? where id = ?", args: [clock - READ_HORIZON_MS - 1, threadId] });
    expect(await feedItem(reader, "nephrology", threadId)).toMatchObject({ read: { unread: false, newReplies: 0 } });
  });

  it("never moves a read position back (a stale tab or a retried request)", async () => {
    const { threadId } = await recentThread("nephrology", 3);
    const reader = await createViewer(db);
    const page = await readThread(reader, threadId);
    const stored = page.reading.advance!;
    await recordThreadRead(db, reader, { threadId, lastCommentId: stored.lastCommentId - 2, commentCount: 1 }, tick());
    const rows = await client.execute({ sql: "select last_comment_id, comment_count from thread_reads where user_id = ? and thread_id = ?", args: [reader.userId, threadId] });
    expect(rows.rows[0]).toMatchObject({ last_comment_id: stored.lastCommentId, comment_count: 3 });
  });

  it("marks every recent thread of one channel read, and no other channel's", async () => {
    const here = [await recentThread("hematology-oncology", 2), await recentThread("hematology-oncology")];
    const elsewhere = await recentThread("rheumatology", 1);
    const reader = await createViewer(db);
    const replier = await createViewer(db);
    await readThread(reader, here[0]!.threadId);
    await createReply(db, replier, { threadId: String(here[0]!.threadId), body: "Smear showed schistocytes." }, tick());
    expect(await feedItem(reader, "hematology-oncology", here[0]!.threadId)).toMatchObject({ read: { unread: true, newReplies: 1 } });

    await markChannelRead(db, reader, "hematology-oncology", tick());
    for (const { threadId } of here) expect(await feedItem(reader, "hematology-oncology", threadId)).toMatchObject({ read: { unread: false, newReplies: 0 } });
    expect(await feedItem(reader, "rheumatology", elsewhere.threadId)).toMatchObject({ read: { unread: true } });
    // The thread opens at the top again: nothing in it is new.
    expect((await loadThreadPage(db, reader, here[0]!.threadId, { sort: "old" }, tick())).reading.firstUnreadId).toBeNull();
    await expect(markChannelRead(db, reader, "no-such-channel", tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markChannelRead(db, null, "hematology-oncology", tick())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("reads the home feed's unread state in the same load", async () => {
    const { threadId } = await recentThread("nephrology", 1);
    const reader = await createViewer(db);
    const home = await loadHomePage(db, reader, { sort: "new" }, clock);
    expect(home.feed.items.find((item) => item.id === threadId)).toMatchObject({ read: { unread: true, newReplies: 0 } });
  });
});
