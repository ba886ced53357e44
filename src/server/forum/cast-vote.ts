import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { comments, threads, votes } from "../db/schema";
import { DomainError } from "../errors";
import { liveComment, liveThread } from "../moderation/visibility";
import { parseInput } from "../validation";
import { assertCanPost, consumePostingLimit } from "./posting-rules";
import { HOT_RANK_SECONDS_PER_DECADE } from "./ranking";

export const castVoteSchema = z
  .object({
    targetType: z.enum(["thread", "comment"], { error: "Vote on a thread or a reply." }),
    targetId: z.coerce.number({ error: "Which post?" }).int().positive(),
    value: z.coerce
      .number({ error: "A vote is up (1), down (-1) or none (0)." })
      .int()
      .refine((value) => value === 1 || value === -1 || value === 0, { error: "A vote is up (1), down (-1) or none (0)." }),
  })
  .strict();

export interface VoteResult {
  score: number;
  upCount: number;
  downCount: number;
  value: -1 | 0 | 1;
  /** The post voted on and its thread (for the live update of the thread's readers). */
  post: { threadId: number; type: "thread" | "comment"; id: number };
}

/**
 * Up, down or no vote on a thread or reply. Rules: verified physicians only; never on your own
 * post; one vote per member per post (the votes primary key); counters and the thread's hot
 * rank change in the same batch as the vote row, by subtracting the old vote and adding the new
 * one inside one transaction, so any number of concurrent identical votes count once.
 */
export async function castVote(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<VoteResult> {
  assertCanPost(viewer, now);
  const { targetType, targetId, value } = parseInput(castVoteSchema, input);
  const table = targetType === "thread" ? threads : comments;
  // Deleted or moderated posts, and replies in such a thread, take no votes; locked threads neither.
  const [target] =
    targetType === "thread"
      ? await db
          .select({ authorId: threads.authorId, lockedAt: threads.lockedAt, threadId: threads.id })
          .from(threads)
          .where(and(eq(threads.id, targetId), liveThread()))
      : await db
          .select({ authorId: comments.authorId, lockedAt: threads.lockedAt, threadId: threads.id })
          .from(comments)
          .innerJoin(threads, eq(threads.id, comments.threadId))
          .where(and(eq(comments.id, targetId), liveComment(), liveThread()));
  if (!target) throw new DomainError("NOT_FOUND", "This post does not exist or is no longer available.");
  if (target.lockedAt !== null) throw new DomainError("FORBIDDEN", "This thread is locked by moderators: it takes no new votes.");
  if (target.authorId === viewer.userId) throw new DomainError("FORBIDDEN", "You cannot vote on your own post.");
  await consumePostingLimit(db, viewer, "vote", now);

  const voteKey = and(eq(votes.voterId, viewer.userId), eq(votes.targetType, targetType), eq(votes.targetId, targetId));
  const oldValue = sql`coalesce((select ${votes.value} from ${votes} where ${voteKey}), 0)`;
  const withdrawOld = db
    .update(table)
    .set({
      upCount: sql`${table.upCount} - (${oldValue} = 1)`,
      downCount: sql`${table.downCount} - (${oldValue} = -1)`,
    })
    .where(eq(table.id, targetId));
  const writeVote =
    value === 0
      ? db.delete(votes).where(voteKey)
      : db
          .insert(votes)
          .values({ voterId: viewer.userId, targetType, targetId, value, createdAt: now })
          .onConflictDoUpdate({ target: [votes.voterId, votes.targetType, votes.targetId], set: { value, createdAt: now } });
  const addNew = db
    .update(table)
    .set({
      upCount: sql`${table.upCount} + ${value === 1 ? 1 : 0}`,
      downCount: sql`${table.downCount} + ${value === -1 ? 1 : 0}`,
    })
    .where(eq(table.id, targetId));
  const rescore =
    targetType === "thread"
      ? db
          .update(threads)
          .set({
            score: sql`${threads.upCount} - ${threads.downCount}`,
            // computeHotRank (ranking.ts) in SQL, so the rank changes in the same batch.
            hotRank: sql`(case when ${threads.upCount} > ${threads.downCount} then log10(${threads.upCount} - ${threads.downCount})
              when ${threads.upCount} < ${threads.downCount} then -log10(${threads.downCount} - ${threads.upCount}) else 0 end)
              + ${threads.createdAt} / 1000.0 / ${HOT_RANK_SECONDS_PER_DECADE}`,
          })
          .where(eq(threads.id, targetId))
          .returning({ score: threads.score, upCount: threads.upCount, downCount: threads.downCount })
      : db
          .update(comments)
          .set({ score: sql`${comments.upCount} - ${comments.downCount}` })
          .where(eq(comments.id, targetId))
          .returning({ score: comments.score, upCount: comments.upCount, downCount: comments.downCount });
  const results = await db.batch([withdrawOld, writeVote, addNew, rescore]);
  const counts = results[3][0];
  if (!counts) throw new DomainError("NOT_FOUND", "This post does not exist or is no longer available.");
  return { ...counts, value: value as VoteResult["value"], post: { threadId: target.threadId, type: targetType, id: targetId } };
}
