import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { scannedText } from "../privacy/free-text";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, comments, phiConfirmations, threads } from "../db/schema";
import { DomainError } from "../errors";
import { citationStatements, citedReferences } from "../evidence/citations";
import type { ReferenceKey } from "../evidence/identifiers";
import { liveThread } from "../moderation/visibility";
import { dispatchFanOut, inlineFanOut, openChannelFanOutStatement, openedFanOuts, type FanOutTransport } from "../notifications/channel-fan-out";
import { autoFollowStatement, mentionNotificationStatement, replyNotificationStatement } from "../notifications/fan-out";
import { findMentions } from "../notifications/mentions";
import { assertImagesPending, attachImagesStatements, pendingImagesQuery, takeImageKeys } from "../images/attach-images";
import { screenForPhi } from "../privacy/enforce";
import { parseInput } from "../validation";
import { clearDraftStatement } from "./drafts";
import { MAX_REPLY_DEPTH } from "./import-community";
import { renderMarkdown } from "./markdown";
import { assertCanPost, consumePostingLimit } from "./posting-rules";
import { checkbox } from "./thread-kinds";
import { ownReplyReadStatement } from "./read-positions";

export const createReplySchema = z
  .object({
    threadId: z.coerce.number({ error: "Which thread?" }).int().positive(),
    parentId: z
      .union([z.literal(""), z.coerce.number().int().positive()])
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
    body: scannedText(z.string({ error: "Write your reply." }).trim().min(2, { error: "Write your reply." }).max(10_000, { error: "Keep a reply under 10,000 characters." })),
    anonymous: checkbox,
    confirmNotPhi: checkbox,
  })
  .strict();

/**
 * Replies to a thread or to another reply. Rules: verified physicians only, not suspended; only
 * to live posts (not deleted, not under moderation) in a thread that is not locked; posting limits; the
 * patient-identifier screen; attached images must be the author's own pending uploads; replies nest to depth 5, and a reply to a depth-5 reply becomes its
 * sibling (so it stays at depth 5 under the same parent); the reply, the thread's and channel's
 * counters and activity times, and any PHI confirmation are written in one batch. Channels it
 * @mentions get a pending fan-out in that batch; their followers are notified after it commits,
 * through `fanOut` (the Worker's queue, or inline where there is none; ADR 0033).
 */
export async function createReply(
  db: Database,
  viewer: Viewer | null,
  input: unknown,
  now: number,
  fanOut: FanOutTransport = inlineFanOut,
): Promise<{ id: number; threadId: number; citedReferences: ReferenceKey[] }> {
  assertCanPost(viewer, now);
  const { keys: imageKeys, rest } = takeImageKeys(input);
  const data = parseInput(createReplySchema, rest);
  const warned = screenForPhi({ body: data.body }, data.confirmNotPhi);
  const [thread, parent, pendingImages] = await db.batch([
    db
      .select({ id: threads.id, channelId: threads.channelId, lockedAt: threads.lockedAt })
      .from(threads)
      .where(and(eq(threads.id, data.threadId), liveThread())),
    db
      .select({ id: comments.id, parentId: comments.parentId, depth: comments.depth, deletedAt: comments.deletedAt, moderationState: comments.moderationState })
      .from(comments)
      .where(and(eq(comments.id, data.parentId ?? -1), eq(comments.threadId, data.threadId))),
    pendingImagesQuery(db, viewer.userId, imageKeys),
  ]);
  const target = thread[0];
  if (!target) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  if (target.lockedAt !== null) throw new DomainError("FORBIDDEN", "This thread is locked by moderators: it takes no new replies.");
  const parentRow = parent[0];
  if (data.parentId !== null && (!parentRow || parentRow.deletedAt !== null || parentRow.moderationState !== null))
    throw new DomainError("NOT_FOUND", "The reply you answered is no longer available.");
  assertImagesPending(imageKeys, pendingImages);
  await consumePostingLimit(db, viewer, "reply", now);

  const atMaxDepth = parentRow !== undefined && parentRow.depth >= MAX_REPLY_DEPTH;
  const parentId = parentRow ? (atMaxDepth ? parentRow.parentId : parentRow.id) : null;
  const depth = parentRow ? Math.min(parentRow.depth + 1, MAX_REPLY_DEPTH) : 0;
  const bodyHtml = renderMarkdown(data.body);
  const mentions = findMentions(bodyHtml);
  const actor = { userId: viewer.userId, anonymous: data.anonymous };
  // The reply written by this batch is its author's newest in this thread.
  const post = {
    threadId: target.id,
    commentId: sql`(select max(${comments.id}) from ${comments} where ${comments.authorId} = ${viewer.userId} and ${comments.threadId} = ${target.id})`,
  };
  const references = citedReferences(bodyHtml);
  const statements = [
    db
      .insert(comments)
      .values({
        threadId: target.id,
        parentId,
        authorId: viewer.userId,
        depth,
        bodySource: data.body,
        bodyHtml,
        isAnonymous: data.anonymous,
        createdAt: now,
      })
      .returning({ id: comments.id }),
    db
      .update(threads)
      .set({ commentCount: sql`${threads.commentCount} + 1`, lastActivityAt: now })
      .where(eq(threads.id, target.id)),
    db.update(channels).set({ lastActivityAt: now }).where(eq(channels.id, target.channelId)),
    clearDraftStatement(db, viewer.userId, `reply:${target.id}`),
    // Followers and the answered reply's author hear of it, mentioned members get a mention,
    // and the replier follows the thread from now on (a mute they chose stays).
    replyNotificationStatement(db, actor, { ...post, parentId: data.parentId }, mentions, now),
    mentionNotificationStatement(db, actor, post, mentions, now),
    autoFollowStatement(db, viewer.userId, target.id, now),
    // One's own reply is never new to oneself: a read position counts it as read (its reply id
    // stays, so colleagues' replies since the last visit stay new). A primary-key update.
    ownReplyReadStatement(db, viewer.userId, target.id),
    ...attachImagesStatements(db, viewer.userId, imageKeys, { commentId: post.commentId }),
    // The works it cites: pending rows filled after the answer, never before.
    ...citationStatements(db, references, { ...post, citedAt: now }, now),
  ] as const;
  const confirmation = db.insert(phiConfirmations).values({
    userId: viewer.userId,
    targetType: "comment",
    targetId: sql`(select max(${comments.id}) from ${comments} where ${comments.authorId} = ${viewer.userId})`,
    categories: warned.join(","),
    createdAt: now,
  });
  const openFanOut = openChannelFanOutStatement(db, post, mentions, now);
  const results = warned.length ? await db.batch([...statements, confirmation, openFanOut]) : await db.batch([...statements, openFanOut]);
  const id = results[0][0]?.id;
  if (id === undefined) throw new Error("reply insert returned no id");
  await dispatchFanOut(db, fanOut, openedFanOuts(results.at(-1) as unknown), now);
  return { id, threadId: target.id, citedReferences: references };
}
