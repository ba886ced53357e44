import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { ANONYMOUS_LABEL } from "../forum/anonymity-groups";
import type { Mentions } from "./mentions";

/**
 * `@{channel}` fan-out off the posting path (ADR 0033). The post's own batch writes only a
 * pending `channel_mentions` row per newly mentioned channel; after it commits, one message per
 * row goes to a transport: the Cloudflare Queue (the Worker's `queue` handler runs the chunks) or
 * "inline" (Node scripts and tests run the very same chunks at once). Rules of every chunk:
 * - idempotent: a unique index allows one channel mention per member and post, and inserts skip
 *   conflicts, so a retried or duplicated message never notifies anyone twice;
 * - the cursor moves by compare-and-set: a message whose cursor is no longer the row's is stale
 *   and does nothing, so duplicate chains die out after one chunk;
 * - recipients as before (ADR 0012): live verified followers, never the post's author, never a
 *   member who muted the thread, never a member the post @mentions by name (they got a mention);
 * - the author is read from the post, never carried in a message: an anonymous author's id
 *   travels nowhere, and `actor_id` stays null for an anonymous post.
 */

/** Followers per chunk: one chunk is one database round trip of at most this many inserts. */
export const FAN_OUT_CHUNK_SIZE = 1000;

/** A pending fan-out untouched this long is re-sent by the hourly job (its message was lost). */
export const STALE_FAN_OUT_MS = 10 * 60_000;

/** Pending fan-outs re-sent per hourly run at most. */
const RESEND_LIMIT = 200;

export const fanOutMessageSchema = z
  .object({
    kind: z.literal("channel_mention"),
    threadId: z.number().int().positive(),
    channelId: z.number().int().positive(),
    /** The highest follower id already considered (0: none yet). */
    cursor: z.number().int().nonnegative(),
  })
  .strict();

/** What a queue message says: which fan-out, and where its next chunk starts. No member, no text. */
export type FanOutMessage = z.infer<typeof fanOutMessageSchema>;

/**
 * Where a fan-out's chunks run. `queue`: `send` hands the messages to the queue (the caller's
 * send decides whether the request waits for it); `inline`: the chunks run here, one after the
 * other, through the same `runFanOutChunk` the queue consumer calls.
 */
export type FanOutTransport = { mode: "inline"; chunkSize?: number } | { mode: "queue"; send(messages: readonly FanOutMessage[]): Promise<void> };

export const inlineFanOut: FanOutTransport = { mode: "inline" };

/**
 * For the post's batch: opens a pending fan-out for each channel the post mentions that was not
 * already mentioned in this thread (a channel hears of a thread once). Returns the opened rows
 * (`thread_id`, `channel_id`): read them with `openedFanOuts` after the batch.
 */
export function openChannelFanOutStatement(db: Database, post: { threadId: SQL | number; commentId: SQL | number | null }, mentions: Mentions, now: number) {
  const slugs = mentions.channels.length
    ? sql.join(
        mentions.channels.map((slug) => sql`${slug}`),
        sql`, `,
      )
    : sql`null`;
  return db.all<{ thread_id: number; channel_id: number }>(sql`insert into channel_mentions (thread_id, channel_id, created_at, comment_id, fanout_cursor, fanout_pending_at)
    select ${post.threadId}, id, ${now}, ${post.commentId}, 0, ${now} from channels where slug in (${slugs})
    on conflict do nothing returning thread_id, channel_id`);
}

/**
 * The messages for the rows `openChannelFanOutStatement` opened, from its place in the batch's
 * results (typed `unknown` there: a batch of mixed statements has no precise result type).
 */
export function openedFanOuts(result: unknown): FanOutMessage[] {
  const rows = Array.isArray(result) ? (result as { thread_id: unknown; channel_id: unknown }[]) : [];
  return rows.map((row) => ({ kind: "channel_mention", threadId: Number(row.thread_id), channelId: Number(row.channel_id), cursor: 0 }));
}

/**
 * Hands the messages to the transport after the post's batch committed. Never throws: the post
 * stands whatever happens here, and a fan-out that did not run stays pending for the hourly job.
 */
export async function dispatchFanOut(db: Database, transport: FanOutTransport, messages: readonly FanOutMessage[], now: number): Promise<void> {
  if (messages.length === 0) return;
  try {
    if (transport.mode === "queue") await transport.send(messages);
    else for (const message of messages) await drainFanOut(db, message, now, transport.chunkSize);
  } catch (error) {
    console.error(`fan-out: ${messages.length} channel fan-outs left pending for the hourly job (${error instanceof Error ? error.name : "error"})`);
  }
}

/** Runs a fan-out's chunks one after the other until it is done (the inline transport). */
export async function drainFanOut(db: Database, message: FanOutMessage, now: number, chunkSize = FAN_OUT_CHUNK_SIZE): Promise<number> {
  let chunks = 0;
  for (let next: FanOutMessage | null = message; next; chunks++) next = await runFanOutChunk(db, next, now, chunkSize);
  return chunks;
}

/**
 * The two statements of one chunk: notify the next `chunkSize` followers after the cursor, then
 * move the cursor (returning it, and whether the fan-out is still pending). Each is an index
 * walk: the channel's followers by (channel, member), each follower by primary key and the
 * `mention` partial index (tests/integration/feed-query-plans.test.ts holds the plan).
 */
export function fanOutChunkStatements(message: FanOutMessage, now: number, chunkSize = FAN_OUT_CHUNK_SIZE): { notify: SQL; advance: SQL } {
  const { threadId, channelId, cursor } = message;
  const chunk = sql`select user_id from channel_follows where channel_id = ${channelId} and user_id > ${cursor} order by user_id limit ${chunkSize}`;
  // The fan-out row, only while its cursor is still this message's: the compare of the compare-and-set.
  const pendingRow = (alias: string) => {
    const column = (name: string) => sql.raw(alias ? `${alias}.${name}` : name);
    return sql`${column("thread_id")} = ${threadId} and ${column("channel_id")} = ${channelId} and ${column("fanout_cursor")} = ${cursor} and ${column("fanout_pending_at")} is not null`;
  };
  const notify = sql`with chunk as (${chunk}),
      post as (
        select m.thread_id, m.comment_id,
          case when m.comment_id is null then t.author_id else c.author_id end as author_id,
          case when m.comment_id is null then t.is_anonymous else c.is_anonymous end as anonymous
        from channel_mentions m join threads t on t.id = m.thread_id left join comments c on c.id = m.comment_id
        where ${pendingRow("m")}
      )
      insert into notifications (user_id, kind, thread_id, comment_id, actor_id, actor_label, created_at)
      select chunk.user_id, 'channel_mention', post.thread_id, post.comment_id,
        case when post.anonymous then null else post.author_id end,
        case when post.anonymous then ${ANONYMOUS_LABEL} else null end, ${now}
      from chunk join users live on live.id = chunk.user_id, post
      where chunk.user_id is not post.author_id
        and live.deleted_at is null and live.verification_status = 'verified'
        and chunk.user_id not in (select user_id from thread_follows where thread_id = ${threadId} and state = 'muted')
        and not exists (select 1 from notifications mentioned where mentioned.user_id = chunk.user_id and mentioned.kind = 'mention'
          and mentioned.thread_id = post.thread_id and mentioned.comment_id is post.comment_id)
      on conflict do nothing`;
  const advance = sql`update channel_mentions set
        fanout_cursor = coalesce((select max(user_id) from (${chunk})), fanout_cursor),
        fanout_pending_at = case when (select count(*) from (${chunk})) < ${chunkSize} then null else ${now} end
      where ${pendingRow("")}
      returning fanout_cursor as cursor, fanout_pending_at as pending_at`;
  return { notify, advance };
}

/**
 * The consumer: notifies the next `chunkSize` followers after the message's cursor and moves the
 * cursor, in one batch (one round trip). Returns the continuation message, or null when the
 * fan-out is done or the message was stale (another delivery already moved this cursor).
 */
export async function runFanOutChunk(db: Database, message: FanOutMessage, now: number, chunkSize = FAN_OUT_CHUNK_SIZE): Promise<FanOutMessage | null> {
  const { notify, advance } = fanOutChunkStatements(message, now, chunkSize);
  const [, moved] = await db.batch([db.run(notify), db.all<{ cursor: number; pending_at: number | null }>(advance)]);
  const row = moved[0];
  if (!row || row.pending_at === null) return null;
  return { ...message, cursor: Number(row.cursor) };
}

/**
 * The hourly recovery: fan-outs whose message was lost (a failed send, a consumer that gave up)
 * are sent again from their stored cursor. Only rows untouched for STALE_FAN_OUT_MS, so a fan-out
 * still moving through the queue is left alone (and a duplicate would be stale after one chunk).
 */
export async function resendStaleFanOuts(db: Database, transport: FanOutTransport, now: number): Promise<number> {
  const rows = await db.all<{ thread_id: number; channel_id: number; fanout_cursor: number }>(
    sql`select thread_id, channel_id, fanout_cursor from channel_mentions where fanout_pending_at is not null and fanout_pending_at <= ${now - STALE_FAN_OUT_MS}
      order by fanout_pending_at limit ${RESEND_LIMIT}`,
  );
  const messages: FanOutMessage[] = rows.map((row) => ({
    kind: "channel_mention",
    threadId: Number(row.thread_id),
    channelId: Number(row.channel_id),
    cursor: Number(row.fanout_cursor),
  }));
  await dispatchFanOut(db, transport, messages, now);
  return messages.length;
}
