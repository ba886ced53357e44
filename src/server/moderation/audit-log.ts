import { desc, lt } from "drizzle-orm";
import type { Database } from "../db/client";
import { auditLog } from "../db/schema";

/** What a privileged action did. `reason` is the actor's words; never clinical text or an NPI. */
export interface AuditEntry {
  actorId: number | null;
  action: string;
  targetType: "user" | "verification_application" | "thread" | "comment";
  targetId: number;
  reason?: string | null;
}

/** The audit row as a statement, so callers put it in the same batch as the action it records. */
export function auditStatement(db: Database, entry: AuditEntry, now: number) {
  return db.insert(auditLog).values({ ...entry, reason: entry.reason ?? null, createdAt: now });
}

export async function listAuditLog(db: Database, options: { limit?: number; beforeId?: number } = {}) {
  return db
    .select()
    .from(auditLog)
    .where(options.beforeId ? lt(auditLog.id, options.beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? 50);
}
