import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { threads } from "../db/schema";
import { DomainError } from "../errors";
import { assertCanPost } from "../forum/posting-rules";
import { checkbox } from "../forum/thread-kinds";
import { auditStatement } from "../moderation/audit-log";
import { canModerateChannel } from "../moderation/permissions";
import { liveThread } from "../moderation/visibility";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { collectiveDifferential, parseItems } from "./collective";
import { diagnosisKey } from "./diagnosis-keys";
import { currentDifferentialsQuery, scoreCaseStatements, type Adjudication } from "./scoring";

const diagnosisKeyField = unscannedText(
  z.string().max(200, { error: "That diagnosis is not one of this case's." }),
  "a diagnosis key Rounds derived from members' screened diagnoses; refused unless it is one of the case's",
);

/** The adjudication's fields, shared by marking the answer (solve-case.ts) and correcting it later. */
export const adjudicationFields = {
  finalDiagnosis: scannedText(
    z.string({ error: "State the final diagnosis." }).trim().min(2, { error: "State the final diagnosis." }).max(300, { error: "Keep the final diagnosis under 300 characters." }),
  ),
  matches: z.array(diagnosisKeyField).max(100).optional().default([]),
  merges: z.record(diagnosisKeyField, diagnosisKeyField).optional().default({}),
};

export const adjudicateCaseSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which case?" }).int().positive({ error: "Which case?" }),
    ...adjudicationFields,
    reason: scannedText(z.string().trim().max(300, { error: "Keep the reason under 300 characters." }).optional().default("")),
    confirmNotPhi: checkbox,
  })
  .strict();

/**
 * Checks an adjudication against the case's differentials and puts it in the form scoring
 * stores: merges only between diagnoses members named (an empty target means "no merge"),
 * ticks only on them, each tick moved to the line it was merged into.
 */
export function resolveAdjudication(
  rows: readonly { items: string }[],
  input: { finalDiagnosis: string; matches: readonly string[]; merges: Readonly<Record<string, string>> },
): Adjudication {
  const named = new Set(rows.flatMap((row) => parseItems(row.items).map((item) => diagnosisKey(item.diagnosis))));
  const merges: Record<string, string> = {};
  for (const [from, to] of Object.entries(input.merges)) {
    if (to === "" || to === from) continue;
    if (!named.has(from) || !named.has(to))
      throw new DomainError("INVALID", "Merge only diagnoses colleagues named on this case.", { merges: "Merge only diagnoses colleagues named on this case." });
    merges[from] = to;
  }
  const { groupOf } = collectiveDifferential(
    rows.map((row) => parseItems(row.items)),
    merges,
  );
  const matchingKeys = new Set<string>();
  for (const key of input.matches) {
    const group = groupOf.get(key);
    if (group === undefined)
      throw new DomainError("INVALID", "Tick only diagnoses colleagues named on this case.", { matches: "Tick only diagnoses colleagues named on this case." });
    matchingKeys.add(group);
  }
  return { finalDiagnosis: input.finalDiagnosis, merges, matchingKeys: [...matchingKeys].sort() };
}

/**
 * States or corrects a solved case's final diagnosis, which of the merged diagnoses match it and
 * which are synonyms, and scores every current differential (brier.ts). Rules: the case's author,
 * or a moderator of its channel correcting it (audited, with their reason); only on a solved case
 * (the author normally does it when marking the answer, solve-case.ts); texts screened for
 * patient identifiers; the adjudication, every score and the audit row in one batch.
 */
export async function adjudicateCase(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  assertCanPost(viewer, now);
  const data = parseInput(adjudicateCaseSchema, input);
  screenForPhi(data.reason ? { finalDiagnosis: data.finalDiagnosis, reason: data.reason } : { finalDiagnosis: data.finalDiagnosis }, data.confirmNotPhi);
  const [thread, rows] = await db.batch([
    db
      .select({ kind: threads.kind, authorId: threads.authorId, caseStatus: threads.caseStatus, channelId: threads.channelId })
      .from(threads)
      .where(and(eq(threads.id, data.threadId), liveThread())),
    currentDifferentialsQuery(db, data.threadId),
  ]);
  const target = thread[0];
  if (target?.kind !== "case") throw new DomainError("NOT_FOUND", "This case does not exist or is no longer available.");
  const byAuthor = target.authorId === viewer.userId;
  if (!byAuthor && !canModerateChannel(viewer, target.channelId))
    throw new DomainError("FORBIDDEN", "Only the case's author (or a moderator correcting it) can adjudicate the differentials.");
  if (target.caseStatus !== "solved") throw new DomainError("CONFLICT", "Mark the answer first: differentials are scored when the case is solved.");
  const adjudication = resolveAdjudication(rows, data);
  const statements = scoreCaseStatements(db, data.threadId, rows, adjudication, now);
  if (byAuthor) await db.batch([statements[0]!, ...statements.slice(1)]);
  else {
    const audit = auditStatement(db, { actorId: viewer.userId, action: "adjudicate_case", targetType: "thread", targetId: data.threadId, reason: data.reason || null }, now);
    await db.batch([audit, ...statements]);
  }
}
