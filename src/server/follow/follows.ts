import { and, eq, sql, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channelFollows, channels, threadFollows, threads } from "../db/schema";
import { DomainError } from "../errors";
import { assertVerifiedMember } from "../forum/posting-rules";
import { liveThread } from "../moderation/visibility";
import { parseInput } from "../validation";

export const threadFollowSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which thread?" }).int().positive({ error: "Which thread?" }),
    state: z.enum(["following", "muted", "none"], { error: "Choose follow, mute or neither." }),
  })
  .strict();

/**
 * Follow a thread (its replies notify), mute it (nothing from it notifies, not even replies to
 * you) or neither. Rules: verified members; only threads members can see. Posting in a thread
 * follows it automatically, unless the member muted it.
 */
export async function setThreadFollow(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ state: "following" | "muted" | "none" }> {
  assertVerifiedMember(viewer);
  const { threadId, state } = parseInput(threadFollowSchema, input);
  const [thread] = await db
    .select({ id: threads.id })
    .from(threads)
    .where(and(eq(threads.id, threadId), liveThread()));
  if (!thread) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  const key = and(eq(threadFollows.userId, viewer.userId), eq(threadFollows.threadId, threadId));
  if (state === "none") await db.delete(threadFollows).where(key);
  else {
    await db
      .insert(threadFollows)
      .values({ userId: viewer.userId, threadId, state, createdAt: now })
      .onConflictDoUpdate({ target: [threadFollows.userId, threadFollows.threadId], set: { state, createdAt: now } });
  }
  return { state };
}

export const channelFollowSchema = z
  .object({
    channel: unscannedText(z.string({ error: "Which channel?" }).trim().min(1, { error: "Which channel?" }).max(80), "a channel slug, looked up in the catalog"),
    follow: z.union([z.boolean(), z.enum(["true", "false"])], { error: "Follow or unfollow?" }).transform((value) => value === true || value === "true"),
  })
  .strict();

/** Follow a channel: its top threads reach the member's digest and @{channel} mentions notify them. */
export async function setChannelFollow(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ following: boolean }> {
  assertVerifiedMember(viewer);
  const { channel: slug, follow } = parseInput(channelFollowSchema, input);
  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.slug, slug));
  if (!channel) throw new DomainError("NOT_FOUND", "There is no channel at this address.");
  if (follow) {
    await db.insert(channelFollows).values({ userId: viewer.userId, channelId: channel.id, createdAt: now }).onConflictDoNothing();
  } else {
    await db.delete(channelFollows).where(and(eq(channelFollows.userId, viewer.userId), eq(channelFollows.channelId, channel.id)));
  }
  return { following: follow };
}

/** The viewer's follow state of a thread, as a statement for a page's batch. */
export function threadFollowStateQuery(db: Database, viewerId: number | SQLWrapper, threadId: number | SQLWrapper) {
  return db
    .select({ state: threadFollows.state })
    .from(threadFollows)
    .where(and(eq(threadFollows.userId, viewerId), eq(threadFollows.threadId, threadId)));
}

/** Whether the viewer follows a channel (by slug), as a statement for a page's batch. */
export function channelFollowStateQuery(db: Database, viewerId: number | SQLWrapper, channelSlug: string | SQLWrapper) {
  return db
    .select({ channelId: channelFollows.channelId })
    .from(channelFollows)
    .where(and(eq(channelFollows.userId, viewerId), sql`${channelFollows.channelId} = (select ${channels.id} from ${channels} where ${channels.slug} = ${channelSlug})`));
}
