import { and, asc, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { isOwedDigest, isDigestDue, type ActiveDigestFrequency } from "./cadence";

/** A member owed a digest now, with what the message needs (never logged). */
export interface DigestCandidate {
  id: number;
  email: string;
  pseudonym: string;
  frequency: ActiveDigestFrequency;
  digestSentAt: number | null;
}

/** The next members owed a digest after `afterId`, in id order (keyset: one pass per run). */
export async function nextDigestCandidates(db: Database, now: number, afterId: number, limit: number): Promise<DigestCandidate[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      pseudonym: users.pseudonym,
      frequency: users.digestFrequency,
      digestSentAt: users.digestSentAt,
    })
    .from(users)
    .where(and(gt(users.id, afterId), isOwedDigest(now)))
    .orderBy(asc(users.id))
    .limit(limit);
  // isOwedDigest only matches "daily" and "weekly"; the filter tells the type system so.
  return rows.filter((row): row is DigestCandidate => row.frequency !== "off");
}

/** How many members are still owed a digest (what the next run will pick up). */
export async function countOwedDigests(db: Database, now: number): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(users).where(isOwedDigest(now));
  return Number(row?.count ?? 0);
}

/**
 * Marks the members' digest as sent before it is delivered, and only if it is still due: a
 * compare-and-set in one statement. Two runs that overlap (a retried invocation, a manual run
 * during a cron run) can never both claim a member, so nobody gets a digest twice. The ids it
 * returns are the members this run now owns.
 */
export async function claimDigests(db: Database, ids: readonly number[], now: number): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(users)
    .set({ digestSentAt: now })
    .where(and(inArray(users.id, [...ids]), isDigestDue(now)))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

/**
 * Gives claims back, for digests this run did not deliver and knows it did not (Resend's rate
 * limit, no connection, or never attempted), so the next run sends them. Only a claim this run
 * still holds (digest_sent_at = now) is undone.
 */
export async function releaseDigestClaims(db: Database, claims: readonly { id: number; digestSentAt: number | null }[], now: number): Promise<void> {
  if (claims.length === 0) return;
  const [first, ...rest] = claims.map((claim) =>
    db
      .update(users)
      .set({ digestSentAt: claim.digestSentAt })
      .where(and(sql`${users.id} = ${claim.id}`, sql`${users.digestSentAt} = ${now}`)),
  );
  await db.batch([first!, ...rest]);
}
