import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { differentials, phiConfirmations, threads } from "../db/schema";
import { DomainError } from "../errors";
import { assertCanPost } from "../forum/posting-rules";
import { checkbox } from "../forum/thread-kinds";
import { liveThread } from "../moderation/visibility";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { diagnosisKey } from "./diagnosis-keys";

const SOLVED_REFUSAL = "This case is solved: differentials can no longer be submitted or revised.";

/** A differential lists at most this many diagnoses; the rest is "something else". */
export const MAX_DIAGNOSES = 5;

const rowSchema = z
  .object({
    diagnosis: scannedText(z.string().trim().max(200, { error: "Keep a diagnosis under 200 characters." })),
    probability: z.union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{0,3}$/, { error: "Give the probability as a whole percent, 1 to 100." }),
    ]),
  })
  .strict();

export const submitDifferentialSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which case?" }).int().positive({ error: "Which case?" }),
    items: z.array(rowSchema).max(MAX_DIAGNOSES, { error: `List at most ${MAX_DIAGNOSES} diagnoses; the rest is “something else”.` }),
    anonymous: checkbox,
    confirmNotPhi: checkbox,
  })
  .strict()
  .superRefine((input, context) => {
    let total = 0;
    let listed = 0;
    const seen = new Set<string>();
    input.items.forEach((item, index) => {
      const probability = item.probability === "" ? null : Number(item.probability);
      if (item.diagnosis === "" && probability === null) return;
      listed += 1;
      if (item.diagnosis.length < 2) context.addIssue({ code: "custom", path: ["items", index, "diagnosis"], message: "Name the diagnosis this probability is for." });
      if (probability === null || !Number.isInteger(probability) || probability < 1 || probability > 100) {
        context.addIssue({ code: "custom", path: ["items", index, "probability"], message: "Give each diagnosis a whole-percent probability from 1 to 100." });
      } else total += probability;
      const key = diagnosisKey(item.diagnosis);
      if (key !== "" && seen.has(key))
        context.addIssue({ code: "custom", path: ["items", index, "diagnosis"], message: "You listed this diagnosis twice: give it one probability." });
      seen.add(key);
    });
    if (listed === 0) context.addIssue({ code: "custom", path: ["items"], message: "Name at least one diagnosis with its probability." });
    if (total > 100) context.addIssue({ code: "custom", path: ["items"], message: `The probabilities add up to ${total}%: at most 100% (the rest is “something else”).` });
  });

/**
 * Form posts carry the rows as diagnosis1…diagnosis5 and probability1…probability5; JSON
 * clients send `items: [{diagnosis, probability}]`. Empty rows are kept in place so an error
 * names the row the member typed in.
 */
export function normalizeDifferentialForm(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = { ...(input as Record<string, unknown>) };
  if (record.items !== undefined) return record;
  const items: { diagnosis: unknown; probability: unknown }[] = [];
  for (let row = 1; row <= MAX_DIAGNOSES; row++) {
    if (!(`diagnosis${row}` in record) && !(`probability${row}` in record)) continue;
    items.push({ diagnosis: record[`diagnosis${row}`] ?? "", probability: record[`probability${row}`] ?? "" });
    delete record[`diagnosis${row}`];
    delete record[`probability${row}`];
  }
  record.items = items;
  return record;
}

/** The form field a schema path such as "items.2.diagnosis" refers to ("diagnosis3"). */
export function differentialFormField(path: string): string {
  const match = /^items\.(\d+)\.(diagnosis|probability)$/.exec(path);
  return match ? `${match[2]}${Number(match[1]) + 1}` : path;
}

/**
 * Submits or revises the viewer's differential on a case. Rules: verified members who may post;
 * only on a live, unlocked, unsolved case, and not on one's own case; up to 5 diagnoses with
 * whole-percent probabilities adding up to at most 100; each diagnosis screened for patient
 * identifiers like any text. A revision supersedes the previous version, which is kept; the
 * new version, the superseding and any PHI confirmation are written in one batch. Nobody is
 * notified and nothing is indexed for search: a differential is seen only through
 * othersDifferentialsVisible (visibility.ts).
 */
export async function submitDifferential(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ version: number }> {
  assertCanPost(viewer, now);
  const data = parseInput(submitDifferentialSchema, normalizeDifferentialForm(input));
  const rows = data.items
    .map((item, index) => ({ row: index + 1, diagnosis: item.diagnosis, probability: item.probability === "" ? 0 : Number(item.probability) }))
    .filter((item) => item.diagnosis !== "");
  const warned = screenForPhi(Object.fromEntries(rows.map((item) => [`diagnosis${item.row}`, item.diagnosis])), data.confirmNotPhi);
  const [thread, previous] = await db.batch([
    db
      .select({ kind: threads.kind, authorId: threads.authorId, caseStatus: threads.caseStatus, lockedAt: threads.lockedAt })
      .from(threads)
      .where(and(eq(threads.id, data.threadId), liveThread())),
    db
      .select({ version: differentials.version })
      .from(differentials)
      .where(and(eq(differentials.threadId, data.threadId), eq(differentials.authorId, viewer.userId), isNull(differentials.supersededAt))),
  ]);
  const target = thread[0];
  if (target?.kind !== "case") throw new DomainError("NOT_FOUND", "This case does not exist or is no longer available.");
  if (target.authorId === viewer.userId) throw new DomainError("FORBIDDEN", "You presented this case: your colleagues give the differentials.");
  if (target.caseStatus === "solved") throw new DomainError("CONFLICT", SOLVED_REFUSAL);
  if (target.lockedAt !== null) throw new DomainError("FORBIDDEN", "This case is locked by moderators: it takes no new differentials.");
  const version = (previous[0]?.version ?? 0) + 1;
  const items = JSON.stringify(rows.map(({ diagnosis, probability }) => ({ diagnosis, probability })));
  const mine = and(eq(differentials.threadId, data.threadId), eq(differentials.authorId, viewer.userId), isNull(differentials.supersededAt));
  const statements = [
    db.update(differentials).set({ supersededAt: now }).where(mine),
    db.insert(differentials).values({ threadId: data.threadId, authorId: viewer.userId, isAnonymous: data.anonymous, items, version, createdAt: now }),
  ] as const;
  try {
    if (warned.length > 0) {
      await db.batch([
        ...statements,
        db.insert(phiConfirmations).values({
          userId: viewer.userId,
          targetType: "differential",
          targetId: sql`(select max(${differentials.id}) from ${differentials} where ${differentials.authorId} = ${viewer.userId})`,
          categories: warned.join(","),
          createdAt: now,
        }),
      ]);
    } else await db.batch(statements);
  } catch (error) {
    // Migration 0013's trigger: the case was solved between the check above and this write.
    if (String(error instanceof Error ? error.message : error).includes("differential_case_not_open")) throw new DomainError("CONFLICT", SOLVED_REFUSAL);
    throw error;
  }
  return { version };
}
