import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { caseDetails, channels, threads } from "../db/schema";
import { clearScoresStatements } from "../differentials/scoring";
import { DomainError } from "../errors";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { auditStatement } from "./audit-log";
import { assertMayModerate } from "./permissions";

export const threadActions = ["lock", "unlock", "pin", "unpin", "move", "reopen"] as const;
export type ThreadAction = (typeof threadActions)[number];

export const moderateThreadSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which thread?" }).int().positive({ error: "Which thread?" }),
    action: z.enum(threadActions, { error: "Choose lock, unlock, pin, unpin, move or reopen." }),
    channel: unscannedText(z.string().trim().max(80).optional().default(""), "a channel slug, looked up in the channels table"),
    reason: scannedText(z.string().trim().max(300, { error: "Keep the reason under 300 characters." }).optional().default("")),
    confirmNotPhi: checkbox,
  })
  .strict()
  .refine((input) => input.action !== "move" || input.channel !== "", { path: ["channel"], error: "Choose the channel to move the thread to." });

/**
 * Lock, unlock, pin, unpin or move a thread, or reopen a solved case. Rules: moderators of the thread's channel (and, for
 * a move, of the destination too), never on a thread they wrote; the reason (kept in the log) is
 * screened for patient identifiers like any text; the change and its audit row in one batch; a
 * move keeps both channels' thread counts equal to their threads.
 */
export async function moderateThread(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ channelSlug: string }> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  const data = parseInput(moderateThreadSchema, input);
  const [thread] = await db
    .select({
      id: threads.id,
      channelId: threads.channelId,
      authorId: threads.authorId,
      channelSlug: channels.slug,
      channelName: channels.name,
      deletedAt: threads.deletedAt,
      caseStatus: threads.caseStatus,
    })
    .from(threads)
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(eq(threads.id, data.threadId));
  if (!thread || thread.deletedAt !== null) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  const audit = (reason: string | null) => auditStatement(db, { actorId: viewer.userId, action: data.action, targetType: "thread", targetId: thread.id, reason }, now);

  if (data.action === "move") {
    const [destination] = await db.select({ id: channels.id, slug: channels.slug, name: channels.name }).from(channels).where(eq(channels.slug, data.channel));
    if (!destination) throw new DomainError("INVALID", "There is no such channel.", { channel: "There is no such channel." });
    assertMayModerate(viewer, "move", { channelIds: [thread.channelId, destination.id], authorId: thread.authorId }, now);
    screenReason(data);
    if (destination.id === thread.channelId) throw new DomainError("CONFLICT", `The thread is already in ${destination.name}.`);
    await db.batch([
      db
        .update(threads)
        .set({ channelId: destination.id })
        .where(and(eq(threads.id, thread.id), eq(threads.channelId, thread.channelId))),
      db
        .update(channels)
        .set({ threadCount: sql`${channels.threadCount} - 1` })
        .where(eq(channels.id, thread.channelId)),
      db
        .update(channels)
        .set({ threadCount: sql`${channels.threadCount} + 1` })
        .where(eq(channels.id, destination.id)),
      audit(`from ${thread.channelName} to ${destination.name}${data.reason ? `: ${data.reason}` : ""}`),
    ]);
    return { channelSlug: destination.slug };
  }

  if (data.action === "reopen") {
    // A reopened case is unsolved again: no answer, and its differentials' scores are removed
    // until it is solved (and adjudicated) again (ADR 0025).
    assertMayModerate(viewer, "settle_post", { channelIds: [thread.channelId], authorId: thread.authorId }, now);
    screenReason(data);
    if (thread.caseStatus !== "solved") throw new DomainError("CONFLICT", "Only a solved case can be reopened.");
    await db.batch([
      db.update(threads).set({ caseStatus: "unsolved" }).where(eq(threads.id, thread.id)),
      db.update(caseDetails).set({ answerCommentId: null, solvedAt: null }).where(eq(caseDetails.threadId, thread.id)),
      ...clearScoresStatements(db, thread.id),
      audit(data.reason || null),
    ]);
    return { channelSlug: thread.channelSlug };
  }

  assertMayModerate(viewer, data.action === "lock" || data.action === "unlock" ? "lock" : "pin", { channelIds: [thread.channelId], authorId: thread.authorId }, now);
  screenReason(data);
  const change = data.action === "lock" ? { lockedAt: now } : data.action === "unlock" ? { lockedAt: null } : data.action === "pin" ? { pinnedAt: now } : { pinnedAt: null };
  await db.batch([db.update(threads).set(change).where(eq(threads.id, thread.id)), audit(data.reason || null)]);
  return { channelSlug: thread.channelSlug };
}

function screenReason(data: { reason: string; confirmNotPhi: boolean }): void {
  if (data.reason) screenForPhi({ reason: data.reason }, data.confirmNotPhi);
}
