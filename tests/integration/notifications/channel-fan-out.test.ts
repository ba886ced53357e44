import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { setChannelFollow } from "../../../src/server/follow/follows";
import { runJob } from "../../../src/server/jobs/run-job";
import { drainFanOut, runFanOutChunk, STALE_FAN_OUT_MS, type FanOutMessage, type FanOutTransport } from "../../../src/server/notifications/channel-fan-out";
import { loadNotifications } from "../../../src/server/notifications/inbox";
import { createChannelFollowers } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

// The @{channel} fan-out off the posting path (ADR 0033), through the consumer the Worker's queue
// handler runs. The queue itself is Cloudflare's: here a transport that only holds the messages
// stands in for it, and the test hands them to the real consumer (runFanOutChunk / drainFanOut).
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 2);
// Five minutes a step: past the author's pace rule for new threads.
const tick = () => (clock += 5 * 60_000);

/** A stand-in for the Cloudflare Queue: keeps what was sent, runs nothing. */
function heldQueue(): FanOutTransport & { sent: FanOutMessage[] } {
  const sent: FanOutMessage[] = [];
  return { mode: "queue", sent, send: async (messages) => void sent.push(...messages) };
}

const count = async (sql: string, args: (number | string)[] = []) => Number((await client.execute({ sql, args })).rows[0]!.n);
const channelMentionsOf = (threadId: number) => count("select count(*) as n from notifications where kind = 'channel_mention' and thread_id = ?", [threadId]);
const pendingFanOuts = (threadId: number) => count("select count(*) as n from channel_mentions where thread_id = ? and fanout_pending_at is not null", [threadId]);

const FOLLOWERS = 2500;
let followers: number[];
let author: Viewer;

beforeAll(async () => {
  followers = await createChannelFollowers(db, "cardiology", FOLLOWERS);
  author = await createViewer(db);
  // The author follows the channel too: they must still never hear of their own post.
  await setChannelFollow(db, author, { channel: "cardiology", follow: true }, tick());
}, 60_000);

const post = (transport: FanOutTransport, overrides: Record<string, unknown> = {}) =>
  createThread(
    db,
    author,
    { channel: "general", title: "Anticoagulation after a fall in atrial fibrillation", body: "Would @{cardiology} restart apixaban?", ...overrides },
    tick(),
    transport,
  );

describe("the channel fan-out", () => {
  it("writes no follower's notification in the post's batch: one pending fan-out and one message", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue);
    expect(await channelMentionsOf(threadId)).toBe(0);
    expect(await pendingFanOuts(threadId)).toBe(1);
    expect(queue.sent).toEqual([{ kind: "channel_mention", threadId, channelId: expect.any(Number), cursor: 0 }]);
  });

  it("notifies all 2,500 followers in chunks, each once, and never the author", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue);
    const chunks = await drainFanOut(db, queue.sent[0]!, tick(), 1000);
    // 1,000 + 1,000 + 501 (the author's follow is the 2,501st row; they are skipped, not counted).
    expect(chunks).toBe(3);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS);
    expect(await count("select count(*) as n from notifications where kind = 'channel_mention' and thread_id = ? and user_id = ?", [threadId, author.userId])).toBe(0);
    expect(await pendingFanOuts(threadId)).toBe(0);
  });

  it("writes nothing twice when a chunk is delivered again, or re-sent from an older cursor", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue);
    const first = queue.sent[0]!;
    const next = await runFanOutChunk(db, first, tick(), 1000);
    expect(next).toEqual({ ...first, cursor: expect.any(Number) });
    expect(await channelMentionsOf(threadId)).toBe(1000);

    // The platform delivers the same message again (at-least-once): it is stale and does nothing.
    expect(await runFanOutChunk(db, first, tick(), 1000)).toBeNull();
    expect(await channelMentionsOf(threadId)).toBe(1000);

    // A recovery that starts over from the beginning finds every notification already written.
    await client.execute({ sql: "update channel_mentions set fanout_cursor = 0 where thread_id = ?", args: [threadId] });
    await drainFanOut(db, first, tick(), 700);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS);
    expect(
      await count("select count(*) as n from (select user_id from notifications where kind = 'channel_mention' and thread_id = ? group by user_id having count(*) > 1)", [
        threadId,
      ]),
    ).toBe(0);
  });

  it("skips followers who muted the thread before their chunk ran", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue);
    const muted = [followers[0]!, followers[1500]!, followers[2499]!];
    for (const userId of muted)
      await client.execute({ sql: "insert into thread_follows (user_id, thread_id, state, created_at) values (?, ?, 'muted', ?)", args: [userId, threadId, tick()] });
    await drainFanOut(db, queue.sent[0]!, tick(), 1000);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS - muted.length);
    expect(await count(`select count(*) as n from notifications where thread_id = ? and user_id in (${muted.join(",")})`, [threadId])).toBe(0);
  });

  it("keeps an anonymous author anonymous and unnotified", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue, { anonymous: "on" });
    await drainFanOut(db, queue.sent[0]!, tick(), 1000);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS);
    expect(await count("select count(*) as n from notifications where thread_id = ? and (actor_id is not null or actor_label != 'Verified physician')", [threadId])).toBe(0);
    expect(await count("select count(*) as n from notifications where thread_id = ? and user_id = ?", [threadId, author.userId])).toBe(0);
  });

  it("gives a member mentioned by name the mention only, and reaches a reply's readers on that reply", async () => {
    // Another channel, so the cardiology followers above stay exactly 2,500.
    const { id: threadId } = await post(heldQueue(), { body: "A question for the ward." });
    const [named] = await createChannelFollowers(db, "nephrology", 1);
    const nephrologist = await createViewer(db);
    await setChannelFollow(db, nephrologist, { channel: "nephrology", follow: true }, tick());
    const replier = await createViewer(db);
    const [namedRow] = (await client.execute({ sql: "select pseudonym from users where id = ?", args: [named!] })).rows;
    const reply = await createReply(db, replier, { threadId, body: `@{nephrology} and @${String(namedRow!.pseudonym)}, your view?` }, tick(), { mode: "inline", chunkSize: 1 });
    expect(await count("select count(*) as n from notifications where thread_id = ? and user_id = ? and kind = 'mention'", [threadId, named!])).toBe(1);
    expect(await count("select count(*) as n from notifications where thread_id = ? and user_id = ? and kind = 'channel_mention'", [threadId, named!])).toBe(0);
    const [item] = (await loadNotifications(db, nephrologist)).items;
    expect(item?.text).toBe(`${replier.pseudonym} mentioned a channel you follow in “Anticoagulation after a fall in atrial fibrillation”.`);
    expect(item?.href).toContain(`#reply-${reply.id}`);
  });

  it("keeps the post when the queue refuses the message, and the hourly job finishes the fan-out", async () => {
    const refusing: FanOutTransport = { mode: "queue", send: async () => Promise.reject(new Error("queue unavailable")) };
    const postedAt = tick();
    const { id: threadId } = await createThread(
      db,
      author,
      { channel: "general", title: "Statins after ninety", body: "What do @{cardiology} colleagues do?" },
      postedAt,
      refusing,
    );
    expect(await count("select count(*) as n from threads where id = ?", [threadId])).toBe(1);
    expect(await pendingFanOuts(threadId)).toBe(1);

    // Too soon: a fan-out may still be on its way through the queue.
    await runJob(db, "prune", postedAt + 60_000);
    expect(await channelMentionsOf(threadId)).toBe(0);
    await runJob(db, "prune", postedAt + STALE_FAN_OUT_MS + 60_000);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS);
    expect(await pendingFanOuts(threadId)).toBe(0);
  });

  it("notifies a channel once per thread: a later mention of it opens no second fan-out", async () => {
    const queue = heldQueue();
    const { id: threadId } = await post(queue);
    await drainFanOut(db, queue.sent[0]!, tick());
    const again = heldQueue();
    await createReply(db, await createViewer(db), { threadId, body: "Seconding the question to @{cardiology}." }, tick(), again);
    expect(again.sent).toEqual([]);
    expect(await channelMentionsOf(threadId)).toBe(FOLLOWERS);
  });
});
