import { env, SELF } from "cloudflare:test";
import { afterAll, describe, expect, it } from "vitest";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { CRON_JOBS } from "../../src/server/jobs/schedule";
import { STALE_FAN_OUT_MS } from "../../src/server/notifications/channel-fan-out";
import { createChannelFollowers, createPhysician, createThread } from "../fixtures/factories";

// The @{channel} fan-out through the built Worker (ADR 0033): the reply's answer comes back before
// any follower is notified, and the notifications then arrive through the queue that wrangler's
// local runtime simulates (wrangler.toml FANOUT / "rounds-fanout") and the Worker's own `queue`
// handler, 1,000 followers a chunk.
const site = "http://rounds.test";
const FOLLOWERS = 1500;

// The followers made here leave with their notifications, so the other workers tests' digest and
// reply-mail runs (same database, same run) never find 1,500 extra members with news.
const created: number[] = [];
afterAll(async () => {
  const { client } = createDb(env.DATABASE_URL);
  for (let start = 0; start < created.length; start += 500) {
    const ids = created.slice(start, start + 500);
    await client.execute({ sql: `delete from users where id in (${ids.map(() => "?").join(",")})`, args: ids });
  }
  client.close();
});

describe("a reply that mentions a channel", () => {
  it("is answered before the fan-out, and every follower is notified afterwards through the queue", async () => {
    const { db, client } = createDb(env.DATABASE_URL);
    const stamp = Date.now().toString(36);
    const followers = await createChannelFollowers(db, "hematology-oncology", FOLLOWERS);
    created.push(...followers);
    const authorId = await createPhysician(db, { pseudonym: `fanout_author_${stamp}`, email: `fanout_author_${stamp}@example.org` });
    const replierId = await createPhysician(db, { pseudonym: `fanout_replier_${stamp}`, email: `fanout_replier_${stamp}@example.org` });
    // The replier follows the channel too, and must not hear of their own reply.
    await client.execute({
      sql: "insert into channel_follows (user_id, channel_id, created_at) select ?, id, ? from channels where slug = 'hematology-oncology'",
      args: [replierId, Date.now()],
    });
    const { threadId } = await createThread(db, { authorId, channelSlug: "hematology-oncology", title: `Adjuvant therapy after resection ${stamp}` });
    const session = await createSession(db, replierId, Date.now());
    const counts = async () => {
      const { rows } = await client.execute({
        sql: `select (select count(*) from notifications where kind = 'channel_mention' and thread_id = ?) as notified,
            (select count(*) from notifications where kind = 'channel_mention' and thread_id = ? and user_id = ?) as replier,
            (select count(*) from channel_mentions where thread_id = ? and fanout_pending_at is not null) as pending`,
        args: [threadId, threadId, replierId, threadId],
      });
      return { notified: Number(rows[0]!.notified), replier: Number(rows[0]!.replier), pending: Number(rows[0]!.pending) };
    };

    // A first request loads the Worker, so the timing below is the reply's own.
    await SELF.fetch(`${site}/api/health`);
    const started = Date.now();
    const response = await SELF.fetch(`${site}/api/replies`, {
      method: "POST",
      headers: { cookie: `${PLAIN_SESSION_COOKIE}=${session.token}`, origin: site, "content-type": "application/json" },
      body: JSON.stringify({ threadId, body: "Would @{hematology-oncology} give adjuvant therapy here?" }),
    });
    const answeredInMs = Date.now() - started;
    expect(response.status).toBe(201);
    // Answered with the fan-out still ahead: nobody notified yet, the fan-out pending.
    expect(await counts()).toEqual({ notified: 0, replier: 0, pending: 1 });

    let after = await counts();
    for (let waited = 0; after.pending > 0 && waited < 20_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await counts();
    }
    console.log(`fan-out through the local queue: reply answered in ${answeredInMs} ms; ${after.notified} followers notified ${Date.now() - started} ms after posting`);
    expect(after).toEqual({ notified: FOLLOWERS, replier: 0, pending: 0 });
    const { rows } = await client.execute({
      sql: "select count(*) as n from notifications where kind = 'channel_mention' and thread_id = ? and user_id in (?, ?)",
      args: [threadId, followers[0]!, followers[FOLLOWERS - 1]!],
    });
    expect(Number(rows[0]!.n)).toBe(2);
    client.close();
  }, 60_000);

  it("is finished through the queue by the hourly job when its message was lost", async () => {
    const { db, client } = createDb(env.DATABASE_URL);
    const stamp = Date.now().toString(36);
    created.push(...(await createChannelFollowers(db, "nephrology", 40)));
    const authorId = await createPhysician(db, { pseudonym: `fanout_lost_${stamp}`, email: `fanout_lost_${stamp}@example.org` });
    const { threadId } = await createThread(db, { authorId, channelSlug: "nephrology", title: `Hyperkalaemia on dialysis days ${stamp}` });
    const now = Date.now();
    // What a post leaves when its send failed: a pending fan-out nobody is working on.
    await client.execute({
      sql: "insert into channel_mentions (thread_id, channel_id, created_at, comment_id, fanout_cursor, fanout_pending_at) select ?, id, ?, null, 0, ? from channels where slug = 'nephrology'",
      args: [threadId, now - STALE_FAN_OUT_MS - 60_000, now - STALE_FAN_OUT_MS - 60_000],
    });
    const prune = Object.entries(CRON_JOBS).find(([, job]) => job === "prune")![0];
    await (SELF as unknown as { scheduled(controller: { cron: string; scheduledTime: number }): Promise<unknown> }).scheduled({ cron: prune, scheduledTime: now });
    const notified = async () =>
      Number((await client.execute({ sql: "select count(*) as n from notifications where kind = 'channel_mention' and thread_id = ?", args: [threadId] })).rows[0]!.n);
    let count = await notified();
    for (let waited = 0; count < 40 && waited < 20_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      count = await notified();
    }
    expect(count).toBe(40);
    client.close();
  }, 60_000);
});
