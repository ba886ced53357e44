import { desc, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { auditLog } from "../db/schema";

/** What a privileged action did. `reason` is the actor's words; never clinical text or an NPI. */
export interface AuditEntry {
  actorId: number | null;
  action: string;
  targetType: "user" | "verification_application" | "thread" | "comment" | "rate_limit_setting" | "vote_ring_report" | "site_setting";
  targetId: number;
  reason?: string | null;
}

/** The audit row as a statement, so callers put it in the same batch as the action it records. */
export function auditStatement(db: Database, entry: AuditEntry, now: number) {
  return db.insert(auditLog).values({ ...entry, reason: entry.reason ?? null, createdAt: now });
}

/**
 * The audit row, written only when `condition` holds at write time, for actions that are
 * themselves conditional (a delete that only counts if the post was still live): the entry and
 * the action then agree even when two requests race.
 */
export function auditStatementIf(db: Database, entry: AuditEntry, now: number, condition: SQL) {
  return db.insert(auditLog).select((qb) =>
    qb
      .select({
        id: sql<null>`null`.as("id"),
        actorId: sql<number | null>`${entry.actorId}`.as("actor_id"),
        action: sql<string>`${entry.action}`.as("action"),
        targetType: sql<string>`${entry.targetType}`.as("target_type"),
        targetId: sql<number>`${entry.targetId}`.as("target_id"),
        reason: sql<string | null>`${entry.reason ?? null}`.as("reason"),
        createdAt: sql<number>`${now}`.as("created_at"),
      })
      .from(sql`(select 1)`)
      .where(sql`exists (${condition})`),
  );
}

export async function listAuditLog(db: Database, options: { limit?: number; beforeId?: number } = {}) {
  return db
    .select()
    .from(auditLog)
    .where(options.beforeId ? lt(auditLog.id, options.beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? 50);
}
