import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { pollBallots, pollOptions, polls, pollVoters, threads } from "../db/schema";
import { DomainError } from "../errors";
import { liveThread } from "../moderation/visibility";
import { parseInput } from "../validation";
import { assertCanPost } from "./posting-rules";

export const votePollSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which poll?" }).int().positive(),
    optionIds: z.array(z.coerce.number().int().positive(), { error: "Choose an option." }).min(1, { error: "Choose an option." }).max(10, { error: "Choose at most 10 options." }),
  })
  .strict();

/**
 * One ballot per member per poll. Rules: verified physicians only; the poll must be open, in a
 * live (not deleted, not moderated) thread that is not locked; a
 * single-choice poll takes exactly one option, a multiple-choice poll one or more; the options
 * must belong to the poll. The voter row (its primary key makes a second ballot impossible, even
 * under concurrency), the choices and every counter are written in one batch. Who chose what is
 * never returned by anything.
 */
export async function votePoll(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  assertCanPost(viewer, now);
  const { threadId, optionIds } = parseInput(votePollSchema, input);
  const chosen = [...new Set(optionIds)];
  const [poll, options, previous] = await db.batch([
    db
      .select({ closesAt: polls.closesAt, multipleChoice: polls.multipleChoice, lockedAt: threads.lockedAt })
      .from(polls)
      .innerJoin(threads, eq(threads.id, polls.threadId))
      .where(and(eq(polls.threadId, threadId), liveThread())),
    db
      .select({ id: pollOptions.id })
      .from(pollOptions)
      .where(and(eq(pollOptions.threadId, threadId), inArray(pollOptions.id, chosen))),
    db
      .select({ voterId: pollVoters.voterId })
      .from(pollVoters)
      .where(and(eq(pollVoters.threadId, threadId), eq(pollVoters.voterId, viewer.userId))),
  ]);
  const settings = poll[0];
  if (!settings) throw new DomainError("NOT_FOUND", "This poll does not exist or is no longer available.");
  if (settings.closesAt <= now) throw new DomainError("CONFLICT", "This poll has closed.");
  if (settings.lockedAt !== null) throw new DomainError("FORBIDDEN", "This thread is locked by moderators: its poll takes no new votes.");
  if (previous.length > 0) throw new DomainError("CONFLICT", "You already voted in this poll.");
  if (!settings.multipleChoice && chosen.length !== 1) {
    throw new DomainError("INVALID", "Choose one option.", { optionIds: "Choose one option." });
  }
  if (options.length !== chosen.length) throw new DomainError("INVALID", "Choose from this poll's options.", { optionIds: "Choose from this poll's options." });
  try {
    await db.batch([
      db.insert(pollVoters).values({ threadId, voterId: viewer.userId, createdAt: now }),
      db.insert(pollBallots).values(chosen.map((optionId) => ({ threadId, voterId: viewer.userId, optionId, createdAt: now }))),
      db
        .update(pollOptions)
        .set({ voteCount: sql`${pollOptions.voteCount} + 1` })
        .where(inArray(pollOptions.id, chosen)),
      db
        .update(polls)
        .set({ voterCount: sql`${polls.voterCount} + 1` })
        .where(eq(polls.threadId, threadId)),
    ]);
  } catch (error) {
    // A concurrent ballot by the same member won the primary key: nothing of this one was written.
    if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((error as { cause?: unknown }).cause ?? error))) {
      throw new DomainError("CONFLICT", "You already voted in this poll.");
    }
    throw error;
  }
}
