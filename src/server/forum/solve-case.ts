import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { scannedText } from "../privacy/free-text";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { caseDetails, comments, threads } from "../db/schema";
import { DomainError } from "../errors";
import { liveComment, liveThread } from "../moderation/visibility";
import { caseAnsweredStatement } from "../notifications/fan-out";
import { screenForPhi } from "../privacy/enforce";
import { parseInput } from "../validation";
import { assertCanPost } from "./posting-rules";
import { checkbox } from "./thread-kinds";
import { adjudicationFields, resolveAdjudication } from "../differentials/adjudicate-case";
import { currentDifferentialsQuery, scoreCaseStatements } from "../differentials/scoring";

export const solveCaseSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which case?" }).int().positive(),
    commentId: z.coerce.number({ error: "Which reply is the answer?" }).int().positive(),
    outcomeNote: scannedText(z.string().trim().max(2000, { error: "Keep the outcome note under 2,000 characters." }))
      .optional()
      .default(""),
    confirmNotPhi: checkbox,
    // Differentials (ADR 0025): the final diagnosis and the ticked matches, stated with the answer.
    finalDiagnosis: adjudicationFields.finalDiagnosis.optional(),
    matches: adjudicationFields.matches,
    merges: adjudicationFields.merges,
  })
  .strict();

/**
 * The case's author marks a reply as the answer, which solves the case, with an optional
 * outcome note (screened for patient identifiers like any text). Rules: only the author; only a
 * live reply of that case (not deleted, not under moderation); marking another reply later moves the answer.
 * With a final diagnosis (and the ticked matching diagnoses) the case's differentials are scored
 * in the same batch (differentials/adjudicate-case.ts); without one they wait for the author's
 * adjudication on the solved case.
 */
export async function markCaseSolved(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  assertCanPost(viewer, now);
  const { threadId, commentId, outcomeNote, confirmNotPhi, finalDiagnosis, matches, merges } = parseInput(solveCaseSchema, input);
  const texts = { ...(outcomeNote ? { outcomeNote } : {}), ...(finalDiagnosis ? { finalDiagnosis } : {}) };
  if (Object.keys(texts).length > 0) screenForPhi(texts, confirmNotPhi);
  const [thread, reply, differentialRows] = await db.batch([
    db
      .select({ authorId: threads.authorId, kind: threads.kind })
      .from(threads)
      .where(and(eq(threads.id, threadId), liveThread())),
    db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, commentId), eq(comments.threadId, threadId), liveComment())),
    currentDifferentialsQuery(db, threadId),
  ]);
  const caseThread = thread[0];
  if (caseThread?.kind !== "case") throw new DomainError("NOT_FOUND", "This case does not exist or is no longer available.");
  if (caseThread.authorId !== viewer.userId) throw new DomainError("FORBIDDEN", "Only the case's author can mark the answer.");
  if (!reply[0]) throw new DomainError("NOT_FOUND", "That reply is not part of this case.");
  const scoring = finalDiagnosis ? scoreCaseStatements(db, threadId, differentialRows, resolveAdjudication(differentialRows, { finalDiagnosis, matches, merges }), now) : [];
  await db.batch([
    db
      .update(caseDetails)
      .set({ answerCommentId: commentId, outcomeNote: outcomeNote || null, solvedAt: now })
      .where(eq(caseDetails.threadId, threadId)),
    db.update(threads).set({ caseStatus: "solved" }).where(eq(threads.id, threadId)),
    caseAnsweredStatement(db, viewer.userId, threadId, commentId, now),
    ...scoring,
  ]);
}
