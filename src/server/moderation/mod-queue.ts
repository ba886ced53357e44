import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client";
import { channels, comments, flags, modQueueEntries, threads, verificationApplications, voteRingReports, type FlagReason } from "../db/schema";
import { keysetAfter, keysetOrderBy, keysetPage, type KeysetRule } from "../forum/cursor";
import { excerptOf } from "../forum/excerpt";
import { assertMayModerate, isGlobalModerator } from "./permissions";
import type { ModerationState } from "./visibility";

export interface QueueItem {
  targetType: "thread" | "comment";
  targetId: number;
  thread: { id: number; title: string; slug: string };
  channel: { slug: string; name: string };
  flagCount: number;
  reasons: FlagReason[];
  firstFlaggedAt: number;
  moderationState: ModerationState | null;
  /** The viewer wrote this post: listed, but another moderator must decide on it. */
  ownPost: boolean;
  /** Plain text of the post's start (≤ 160 characters), as stored: redacted spans read "[redacted]". */
  excerpt: string;
}

export interface ModQueue {
  items: QueueItem[];
  /** The opaque cursor of the next page of the queue, or null on its last page. */
  nextCursor: string | null;
  /** Applications waiting for an administrator (shown to admins with a link). */
  pendingVerifications: number;
  /** Vote-ring reports waiting for a global moderator or admin. */
  openRingReports: number;
}

const QUEUE_PAGE_SIZE = 50;

/**
 * The queue's order: patient-information flags first, then the most flagged, then the oldest,
 * ties broken by the post; exactly mod_queue_order_idx, so a page is an index walk (ADR 0034).
 */
const queueOrder: KeysetRule<{ phiFlagged: number; flagCount: number; firstFlaggedAt: number; targetType: string; targetId: number }> = {
  columns: [
    { expr: modQueueEntries.phiFlagged, direction: "desc", kind: "integer" },
    { expr: modQueueEntries.flagCount, direction: "desc", kind: "integer" },
    { expr: modQueueEntries.firstFlaggedAt, direction: "asc", kind: "number" },
    { expr: modQueueEntries.targetType, direction: "asc", kind: "string" },
    { expr: modQueueEntries.targetId, direction: "asc", kind: "integer" },
  ],
  keyOf: (row) => [row.phiFlagged, row.flagCount, row.firstFlaggedAt, row.targetType, row.targetId],
};

/**
 * One page of the queue (limit + 1 rows) from `after`, for the viewer's scope: channel
 * moderators see their channels only (`channelIds`), global moderators everything. Built apart
 * so the plan test reads its plan.
 */
export function modQueueQuery(db: Database, options: { after?: string; limit: number; channelIds?: number[] }) {
  const ofComment = (column: AnySQLiteColumn) => sql`(select ${column} from ${comments} where ${comments.id} = ${modQueueEntries.targetId})`;
  return db
    .select({
      targetType: modQueueEntries.targetType,
      targetId: modQueueEntries.targetId,
      phiFlagged: modQueueEntries.phiFlagged,
      flagCount: modQueueEntries.flagCount,
      firstFlaggedAt: modQueueEntries.firstFlaggedAt,
      threadId: threads.id,
      threadTitle: threads.title,
      threadSlug: threads.slug,
      channelSlug: channels.slug,
      channelName: channels.name,
      // Every open flag's reason (duplicates folded below): a search of flags_target_idx per listed post.
      reasons: sql<
        string | null
      >`(select group_concat(${flags.reason}) from ${flags} where ${flags.targetType} = ${modQueueEntries.targetType} and ${flags.targetId} = ${modQueueEntries.targetId} and ${flags.status} = 'open')`,
      threadState: threads.moderationState,
      commentState: sql<ModerationState | null>`${ofComment(comments.moderationState)}`,
      threadAuthorId: threads.authorId,
      commentAuthorId: sql<number | null>`${ofComment(comments.authorId)}`,
      // The stored HTML (a redaction rewrote it); the excerpt is made from it below, at most
      // a page of them on a page only moderators open.
      bodyHtml: sql<string | null>`case when ${modQueueEntries.targetType} = 'thread' then ${threads.bodyHtml} else ${ofComment(comments.bodyHtml)} end`,
    })
    .from(modQueueEntries)
    .innerJoin(threads, eq(threads.id, modQueueEntries.threadId))
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(and(keysetAfter(queueOrder, options.after), options.channelIds ? inArray(threads.channelId, options.channelIds) : undefined))
    .orderBy(...keysetOrderBy(queueOrder))
    .limit(options.limit + 1);
}

/**
 * The moderator queue: every post with open flags, patient-information flags first, then the
 * most flagged, then the oldest, a page at a time (`after` is the previous page's cursor).
 * Channel moderators see their channels only; a moderator's own posts are listed (marked
 * `ownPost`) so they know, but another moderator decides. One round trip.
 */
export async function loadModQueue(db: Database, viewer: Viewer | null, now: number, options: { after?: string; limit?: number } = {}): Promise<ModQueue> {
  assertMayModerate(viewer, "view_queue", [], now);
  const limit = options.limit ?? QUEUE_PAGE_SIZE;
  const channelIds = isGlobalModerator(viewer) ? undefined : [...viewer.moderatedChannelIds];
  const [rows, verificationRows, ringRows] = await db.batch([
    modQueueQuery(db, { after: options.after, limit, channelIds }),
    db.select({ total: count() }).from(verificationApplications).where(eq(verificationApplications.status, "pending")),
    // Reports naming the viewer are left to their colleagues (as listOpenRingReports does).
    db
      .select({ total: count() })
      .from(voteRingReports)
      .where(and(eq(voteRingReports.status, "open"), sql`instr(',' || ${voteRingReports.memberIds} || ',', ',' || cast(${viewer.userId} as integer) || ',') = 0`)),
  ]);
  const page = keysetPage(queueOrder, rows, limit);
  return {
    items: page.items.map((row) => ({
      targetType: row.targetType,
      targetId: row.targetId,
      thread: { id: row.threadId, title: row.threadTitle, slug: row.threadSlug },
      channel: { slug: row.channelSlug, name: row.channelName },
      flagCount: row.flagCount,
      reasons: [...new Set((row.reasons ?? "").split(",").filter(Boolean))] as FlagReason[],
      firstFlaggedAt: row.firstFlaggedAt,
      moderationState: row.targetType === "thread" ? row.threadState : row.commentState,
      ownPost: (row.targetType === "thread" ? row.threadAuthorId : row.commentAuthorId) === viewer.userId,
      excerpt: excerptOf(row.bodyHtml ?? ""),
    })),
    nextCursor: page.nextCursor,
    pendingVerifications: viewer.role === "admin" ? (verificationRows[0]?.total ?? 0) : 0,
    openRingReports: isGlobalModerator(viewer) ? (ringRows[0]?.total ?? 0) : 0,
  };
}
