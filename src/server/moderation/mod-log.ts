import { eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, users } from "../db/schema";
import { keysetAfter, keysetOrderBy, keysetPage, type KeysetRule } from "../forum/cursor";
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
  /** The opaque cursor to pass as `before` for older entries, or null at the end. */
  nextBefore: string | null;
}

const PAGE_SIZE = 50;

/** Newest first, ties in time broken by id: a walk of audit_log_created_idx. */
const modLogOrder: KeysetRule<{ id: number; createdAt: number }> = {
  columns: [
    { expr: auditLog.createdAt, direction: "desc", kind: "number" },
    { expr: auditLog.id, direction: "desc", kind: "integer" },
  ],
  keyOf: (row) => [row.createdAt, row.id],
};

/** The log's page query (limit + 1 rows), built apart so the plan test reads its plan. */
export function modLogQuery(db: Database, options: { before?: string; limit: number }) {
  return db
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
    .where(keysetAfter(modLogOrder, options.before))
    .orderBy(...keysetOrderBy(modLogOrder))
    .limit(options.limit + 1);
}

/**
 * The append-only audit log as moderators read it, newest first: actor, action, target, reason
 * and time. Automatic actions (a patient-information flag hiding a post) show "Rounds". Entries
 * never carry redacted text: redactions record only the category.
 */
export async function loadModLog(db: Database, viewer: Viewer | null, before: string | undefined, now: number, limit = PAGE_SIZE): Promise<ModLogPage> {
  assertMayModerate(viewer, "view_log", [], now);
  const page = keysetPage(modLogOrder, await modLogQuery(db, { before, limit }), limit);
  const entries = page.items.map((row) => ({
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
  return { entries, nextBefore: page.nextCursor };
}
