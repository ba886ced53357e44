import { isNotNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client";
import { emailTokens, rateLimitCounters, sessions, threadReads } from "../db/schema";
import { READ_HORIZON_MS } from "../forum/read-positions";

/**
 * Deletes rows that can never be used again:
 * - sessions past their sliding or absolute expiry (validation already refuses them);
 * - email tokens that were used or have expired (single use, nothing else reads them);
 * - rate-limit counters whose window has closed (a new window starts a new row);
 * - read positions not moved for READ_HORIZON_DAYS (ADR 0026): the thread then counts as read if
 *   it stayed quiet, and as unread without a count if it did not (forum/read-positions.ts).
 * Each table is cleared in batches of `batchSize` rows, one short write per batch, so the job
 * never holds the database's write lock long enough to stall members posting; at most
 * `maxBatches` per table per run, and the next run picks up the rest.
 */

export interface PruneOptions {
  batchSize?: number;
  maxBatches?: number;
}

export interface PruneResult {
  sessions: number;
  emailTokens: number;
  rateLimitCounters: number;
  threadReads: number;
  /** False when a table still had expired rows after `maxBatches` (the next run continues). */
  complete: boolean;
}

export const pruneDefaults = { batchSize: 500, maxBatches: 20 } as const;

export async function pruneExpiredRows(db: Database, now: number, options: PruneOptions = {}): Promise<PruneResult> {
  const limits = { ...pruneDefaults, ...options };
  const expiredSessions = await deleteInBatches(db, sessions, or(lte(sessions.expiresAt, now), lte(sessions.absoluteExpiresAt, now))!, limits);
  const spentTokens = await deleteInBatches(db, emailTokens, or(isNotNull(emailTokens.usedAt), lte(emailTokens.expiresAt, now))!, limits);
  // A counter is live while now < expires_at (consumeRateLimits starts a new window at expiry).
  const closedCounters = await deleteInBatches(db, rateLimitCounters, lte(rateLimitCounters.expiresAt, now), limits);
  // Through thread_reads_read_at_idx: the oldest positions first, never a scan of the table.
  const oldPositions = await deleteInBatches(db, threadReads, lt(threadReads.readAt, now - READ_HORIZON_MS), limits);
  return {
    sessions: expiredSessions.deleted,
    emailTokens: spentTokens.deleted,
    rateLimitCounters: closedCounters.deleted,
    threadReads: oldPositions.deleted,
    complete: expiredSessions.complete && spentTokens.complete && closedCounters.complete && oldPositions.complete,
  };
}

/** All four are rowid tables, so one rowid sub-select bounds any of them. */
async function deleteInBatches(db: Database, table: SQLiteTable, expired: SQL, limits: Required<PruneOptions>): Promise<{ deleted: number; complete: boolean }> {
  let deleted = 0;
  for (let batch = 0; batch < limits.maxBatches; batch++) {
    const result = await db.run(sql`delete from ${table} where rowid in (select rowid from ${table} where ${expired} limit ${limits.batchSize})`);
    deleted += result.rowsAffected;
    if (result.rowsAffected < limits.batchSize) return { deleted, complete: true };
  }
  return { deleted, complete: false };
}
