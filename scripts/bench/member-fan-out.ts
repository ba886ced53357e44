import Database from "libsql";
import { createSession, validateSessionToken } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { viewerCookieValue } from "../../src/lib/viewer-cookie";

/**
 * The fan-out post through the Worker (issue 19, ADR 0033): a reply that @mentions the largest
 * channel against a plain reply, each posted as the form is (POST to the thread page, no
 * JavaScript) to the built Worker under wrangler dev, whose queue runs in wrangler's simulation.
 * The member waits for the answer (303 to the new reply); the fan-out to the channel's
 * followers runs afterwards from the queue. Each post is by a different member (the reply pace
 * rule: one per 10 s) in a different thread (a channel hears of a thread once), plain and
 * @channel in pairs whose order alternates; after an @channel post the next waits until its
 * fan-out has finished, so no post is timed while a fan-out runs, and how long it took is kept.
 */

export interface FanOutResult {
  channel: string;
  followers: number;
  plainMs: number[];
  channelMs: number[];
  /** From the @channel post's answer to the last follower notified (queue delivery included). */
  drainMs: number[];
  /** channel_mention notifications the measured posts wrote. */
  notified: number;
}

export const FAN_OUT_SAMPLES = 5;
const DRAIN_DEADLINE_MS = 180_000;

export const median = (list: readonly number[]) => (list.length === 0 ? Number.NaN : ([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number));

async function signIn(file: string, memberIds: number[]): Promise<string[]> {
  const { db, client } = createDb(`file:${file}`);
  try {
    const cookies: string[] = [];
    for (const id of memberIds) {
      const { token } = await createSession(db, id, Date.now());
      const { sessionId, record } = await validateSessionToken(db, token, Date.now());
      if (!sessionId || !record) throw new Error(`${file}: a new session of member ${id} does not validate.`);
      cookies.push(`${PLAIN_SESSION_COOKIE}=${token}; rounds_viewer=${viewerCookieValue(sessionId, record)}`);
    }
    return cookies;
  } finally {
    client.close();
  }
}

export async function measureFanOut(baseUrl: string, file: string, samples = FAN_OUT_SAMPLES): Promise<FanOutResult> {
  const posts = 2 * (samples + 1);
  const reader = new Database(file, { readonly: true });
  const all = <T>(query: string, ...params: unknown[]) => reader.prepare(query).all(...params) as T[];
  const one = (query: string) => Number((reader.prepare(query).get() as { n?: unknown } | undefined)?.n ?? 0);
  try {
    const [largest] = all<{ slug: string; n: number }>(
      "select c.slug as slug, count(*) as n from channel_follows f join channels c on c.id = f.channel_id group by f.channel_id order by n desc limit 1",
    );
    if (!largest) throw new Error(`${file} has no channel follows: the fan-out needs the member-scale file.`);
    // Members from the member-scale population (not the base file's 200, whom the pages use) and
    // threads with few replies, open, not among the thread pages measured.
    const members = all<{ id: number }>(
      `select id from users where id > 200 and role = 'member' and verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null
         order by id desc limit ?`,
      posts,
    ).map((row) => Number(row.id));
    const threads = all<{ id: number; slug: string }>(
      `select t.id as id, t.slug as slug from threads t where t.deleted_at is null and t.moderation_state is null and t.locked_at is null and t.comment_count < 5
         and not exists (select 1 from channel_mentions m where m.thread_id = t.id) order by t.id desc limit ?`,
      posts,
    );
    if (members.length < posts || threads.length < posts) throw new Error(`${file}: not enough members or threads for ${posts} posts.`);
    const cookies = await signIn(file, members);
    const pending = () => one("select count(*) as n from channel_mentions where fanout_pending_at is not null");
    const notified = () => one("select count(*) as n from notifications where kind = 'channel_mention'");

    let next = 0;
    const post = async (body: string): Promise<number> => {
      const thread = threads[next] as { id: number; slug: string };
      const cookie = cookies[next] as string;
      next++;
      const form = new URLSearchParams({ threadId: String(thread.id), parentId: "", body, intent: "reply" });
      const started = performance.now();
      const response = await fetch(`${baseUrl}/t/${thread.id}/${thread.slug}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, origin: baseUrl, "content-type": "application/x-www-form-urlencoded", "user-agent": "rounds-bench" },
        body: form.toString(),
      });
      await response.arrayBuffer();
      const took = performance.now() - started;
      if (response.status !== 303 && response.status !== 302) throw new Error(`Posting a reply to thread ${thread.id} answered ${response.status}, not a redirect to the reply.`);
      return took;
    };
    const waitForFanOut = async (): Promise<number> => {
      const started = performance.now();
      while (pending() > 0) {
        if (performance.now() - started > DRAIN_DEADLINE_MS) throw new Error(`The @{${largest.slug}} fan-out did not finish within ${DRAIN_DEADLINE_MS / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return performance.now() - started;
    };

    const plainBody = "Agree: repeat the troponin at three hours before deciding.";
    const channelBody = `Would @{${largest.slug}} repeat the troponin at three hours before deciding?`;
    // Warm-up, not counted: the first post of each kind prepares its statements.
    await post(plainBody);
    await post(channelBody);
    await waitForFanOut();
    const before = notified();
    const result: FanOutResult = { channel: largest.slug, followers: Number(largest.n), plainMs: [], channelMs: [], drainMs: [], notified: 0 };
    // Which goes first alternates: the first post after a fan-out meets a Worker and a database
    // that sat idle while it drained, and neither kind should always be that one.
    const channelPost = async () => {
      const took = await post(channelBody);
      result.channelMs.push(took);
      result.drainMs.push(took + (await waitForFanOut()));
    };
    for (let sample = 0; sample < samples; sample++) {
      if (sample % 2 === 0) {
        result.plainMs.push(await post(plainBody));
        await channelPost();
      } else {
        await channelPost();
        result.plainMs.push(await post(plainBody));
      }
    }
    result.notified = notified() - before;
    return result;
  } finally {
    reader.close();
  }
}
