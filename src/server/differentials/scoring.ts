import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { caseDetails, differentials, threads } from "../db/schema";
import { scoreDifferential } from "./brier";
import { collectiveDifferential, parseItems } from "./collective";
import { diagnosisKey } from "./diagnosis-keys";

/** The current differentials of a case, as scoring needs them (one read of a write's batch). */
export function currentDifferentialsQuery(db: Database, threadId: number) {
  return db
    .select({ id: differentials.id, items: differentials.items })
    .from(differentials)
    .where(and(eq(differentials.threadId, threadId), isNull(differentials.supersededAt)));
}

export interface Adjudication {
  finalDiagnosis: string;
  merges: Record<string, string>;
  /** Group keys (collective.ts) ticked as matching the final diagnosis. */
  matchingKeys: string[];
}

/**
 * The statements that score every current differential of a solved case (brier.ts) and store
 * the adjudication and the collective's top diagnosis (shown in feeds), for the caller's batch.
 * Scoring again (a corrected adjudication) overwrites the previous scores.
 */
export function scoreCaseStatements(db: Database, threadId: number, rows: readonly { id: number; items: string }[], adjudication: Adjudication, now: number) {
  const parsed = rows.map((row) => ({ id: row.id, items: parseItems(row.items) }));
  const { lines, groupOf } = collectiveDifferential(
    parsed.map((row) => row.items),
    adjudication.merges,
  );
  const matching = new Set(adjudication.matchingKeys);
  const scores = parsed.map((row) => {
    const score = scoreDifferential(row.items.map((item) => ({ probability: item.probability, matches: matching.has(groupOf.get(diagnosisKey(item.diagnosis)) ?? "") })));
    return db
      .update(differentials)
      .set({ brier: score.brier, correctRank: score.correctRank, top1: score.top1, top3: score.top3, outcomes: JSON.stringify(score.outcomes), scoredAt: now })
      .where(eq(differentials.id, row.id));
  });
  return [
    db
      .update(caseDetails)
      .set({
        finalDiagnosis: adjudication.finalDiagnosis,
        diagnosisMerges: JSON.stringify(adjudication.merges),
        matchingKeys: JSON.stringify(adjudication.matchingKeys),
        scoredAt: now,
      })
      .where(eq(caseDetails.threadId, threadId)),
    db
      .update(threads)
      .set({ topDiagnosis: lines[0]?.label ?? null })
      .where(eq(threads.id, threadId)),
    ...scores,
  ];
}

/** The statements that remove a case's scores (a reopened case), for the caller's batch. */
export function clearScoresStatements(db: Database, threadId: number) {
  return [
    db
      .update(differentials)
      .set({ brier: null, correctRank: null, top1: null, top3: null, outcomes: null, scoredAt: null })
      .where(and(eq(differentials.threadId, threadId), isNull(differentials.supersededAt))),
    db.update(caseDetails).set({ scoredAt: null }).where(eq(caseDetails.threadId, threadId)),
    db.update(threads).set({ topDiagnosis: null }).where(eq(threads.id, threadId)),
  ];
}
