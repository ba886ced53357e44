import { desc, eq, lt } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, users } from "../db/schema";
import { assertMayModerate } from "./permissions";

export interface ModLogEntry {
  id: number;
  actor: string;
  action: string;
  targetType: string;
  targetId: number;
  /** Where a moderator can look at the target, when it is a post or a member. */
  targetHref: string | null;
  reason: string | null;
  createdAt: number;
}

export interface ModLogPage {
  entries: ModLogEntry[];
  /** The id to pass as `before` for older entries, or null at the end. */
  nextBefore: number | null;
}

const PAGE_SIZE = 50;

/**
 * The append-only audit log as moderators read it, newest first: actor, action, target, reason
 * and time. Automatic actions (a patient-information flag hiding a post) show "Rounds". Entries
 * never carry redacted text: redactions record only the category.
 */
export async function loadModLog(db: Database, viewer: Viewer | null, before: number | undefined, now: number): Promise<ModLogPage> {
  assertMayModerate(viewer, "view_log", [], now);
  const rows = await db
    .select({
      id: auditLog.id,
      actor: users.pseudonym,
      actorId: auditLog.actorId,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(before !== undefined && Number.isSafeInteger(before) ? lt(auditLog.id, before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(PAGE_SIZE + 1);
  const entries = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id,
    actor: row.actorId === null ? "Rounds" : (row.actor ?? "former member"),
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetHref:
      row.targetType === "thread" || row.targetType === "comment"
        ? `/mod/post/${row.targetType}/${row.targetId}`
        : row.targetType === "user"
          ? `/mod/member/${row.targetId}`
          : null,
    reason: row.reason,
    createdAt: row.createdAt,
  }));
  return { entries, nextBefore: rows.length > PAGE_SIZE ? (entries[entries.length - 1]?.id ?? null) : null };
}
