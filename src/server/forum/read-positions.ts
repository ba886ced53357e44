import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, comments, threadReads, threads } from "../db/schema";
import { DomainError } from "../errors";

/**
 * Read positions (issue 14, ADR 0026): per member and thread, the highest reply id they were shown
 * and the thread's reply count at that moment.
 *
 * Rules:
 * - A position only moves forward: a stale write (an older tab, a retried request) never takes a
 *   member back to replies they have seen.
 * - It is written after the response (the page hands `recordThreadRead` to `waitUntil`), never on
 *   the page's critical path, and only when it would change.
 * - A thread counts as unread when it has replies newer than the position, or, with no position,
 *   when someone else wrote it and it was active within READ_HORIZON_DAYS. Older positions are
 *   pruned (jobs/prune.ts), so a thread quiet for longer counts as read with or without a row.
 */
export const READ_HORIZON_DAYS = 90;
export const READ_HORIZON_MS = READ_HORIZON_DAYS * 24 * 3600_000;

/** What a feed shows of a thread for the viewer. */
export interface ReadState {
  /** Shown in bold: never opened (and recent), or replies since the last visit. */
  unread: boolean;
  /** Replies since the last visit ("3 new"); 0 when there are none or the thread was never opened. */
  newReplies: number;
}

const readForVisitor: ReadState = { unread: false, newReplies: 0 };

/** A feed row's read state; `readCommentCount` is null when the viewer has no position for it. */
export function readStateOf(
  row: { commentCount: number; lastActivityAt: number; authorId: number | null; readCommentCount: number | null },
  viewer: { userId: number } | null,
  now: number,
): ReadState {
  if (!viewer) return readForVisitor;
  if (row.readCommentCount !== null) {
    // Replies deleted since the visit lower today's count, so this can undercount; never below 0.
    const newReplies = Math.max(0, row.commentCount - row.readCommentCount);
    return { unread: newReplies > 0, newReplies };
  }
  return { unread: row.authorId !== viewer.userId && row.lastActivityAt >= now - READ_HORIZON_MS, newReplies: 0 };
}

/** Where the viewer's thread page should move the read position to, if anywhere. */
export interface ReadAdvance {
  threadId: number;
  lastCommentId: number;
  commentCount: number;
}

/**
 * The advance a thread page makes: to the highest reply it showed and the thread's reply count,
 * or null when the stored position is already there (no write at all).
 */
export function readAdvanceOf(
  threadId: number,
  stored: { lastCommentId: number; commentCount: number } | undefined,
  shown: { lastCommentId: number; commentCount: number },
): ReadAdvance | null {
  if (stored && shown.lastCommentId < stored.lastCommentId) return null;
  if (stored && shown.lastCommentId === stored.lastCommentId && shown.commentCount === stored.commentCount) return null;
  return { threadId, ...shown };
}

/**
 * Stores the viewer's read position of a thread (an upsert on the (user, thread) key). Moves it
 * forward only: a row with a higher reply id is left alone; at the same reply id only the count
 * is brought up to date (a deletion seen since). Meant for `waitUntil`: errors are the caller's to
 * swallow, nothing the member waits for.
 */
export async function recordThreadRead(db: Database, viewer: Viewer | null, advance: ReadAdvance, now: number): Promise<void> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  await threadReadStatement(db, viewer.userId, advance, now);
}

/** recordThreadRead's upsert as a statement, for a caller's batch (the demo seed writes many at once). */
export function threadReadStatement(db: Database, userId: number, advance: ReadAdvance, now: number) {
  return db
    .insert(threadReads)
    .values({ userId, threadId: advance.threadId, lastCommentId: advance.lastCommentId, commentCount: advance.commentCount, readAt: now })
    .onConflictDoUpdate({
      target: [threadReads.userId, threadReads.threadId],
      set: { lastCommentId: sql`excluded.last_comment_id`, commentCount: sql`excluded.comment_count`, readAt: sql`excluded.read_at` },
      setWhere: sql`excluded.last_comment_id > ${threadReads.lastCommentId} or (excluded.last_comment_id = ${threadReads.lastCommentId} and excluded.comment_count <> ${threadReads.commentCount})`,
    });
}

/**
 * "Mark channel read": the viewer's position in every thread of the channel active within the
 * horizon moves to its newest reply, in one statement (older threads already count as read).
 * Forward only, as recordThreadRead. Returns how many positions it wrote.
 */
export async function markChannelRead(db: Database, viewer: Viewer | null, channelSlug: string, now: number): Promise<number> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.slug, channelSlug));
  if (!channel) throw new DomainError("NOT_FOUND", "There is no channel at this address.");
  const result = await db.run(channelReadStatement(viewer.userId, channel.id, now));
  return result.rowsAffected;
}

/** The statement of markChannelRead (exported for the query-plan test). */
export function channelReadStatement(userId: number, channelId: number, now: number): SQL {
  return sql`
    insert into ${threadReads} (user_id, thread_id, last_comment_id, comment_count, read_at)
    select ${userId}, ${threads.id},
      coalesce((select max(${comments.id}) from ${comments} where ${comments.threadId} = ${threads.id}), 0),
      ${threads.commentCount}, ${now}
    from ${threads}
    where ${threads.channelId} = ${channelId} and ${threads.lastActivityAt} >= ${now - READ_HORIZON_MS} and ${threads.deletedAt} is null
    on conflict (user_id, thread_id) do update set
      last_comment_id = excluded.last_comment_id, comment_count = excluded.comment_count, read_at = excluded.read_at
    where excluded.last_comment_id > ${threadReads.lastCommentId}
      or (excluded.last_comment_id = ${threadReads.lastCommentId} and excluded.comment_count <> ${threadReads.commentCount})`;
}

/** Counts the viewer's own new reply as read in their position of the thread, if they have one. */
export function ownReplyReadStatement(db: Database, userId: number, threadId: number) {
  return db
    .update(threadReads)
    .set({ commentCount: sql`${threadReads.commentCount} + 1` })
    .where(and(eq(threadReads.userId, userId), eq(threadReads.threadId, threadId)));
}
