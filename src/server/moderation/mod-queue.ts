import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, comments, flags, threads, verificationApplications, voteRingReports, type FlagReason } from "../db/schema";
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
  /** Applications waiting for an administrator (shown to admins with a link). */
  pendingVerifications: number;
  /** Vote-ring reports waiting for a global moderator or admin. */
  openRingReports: number;
}

const QUEUE_SIZE = 100;

/**
 * The moderator queue: every post with open flags, patient-information flags first, then the
 * most flagged, then the oldest. Channel moderators see their channels only; a moderator's own
 * posts are listed (marked `ownPost`) so they know, but another moderator decides. One round trip.
 */
export async function loadModQueue(db: Database, viewer: Viewer | null, now: number): Promise<ModQueue> {
  assertMayModerate(viewer, "view_queue", [], now);
  const scope = isGlobalModerator(viewer) ? undefined : inArray(threads.channelId, [...viewer.moderatedChannelIds]);
  const phiFirst = sql<number>`max(${flags.reason} = 'patient_information')`;
  const [rows, verificationRows, ringRows] = await db.batch([
    db
      .select({
        targetType: flags.targetType,
        targetId: flags.targetId,
        threadId: threads.id,
        threadTitle: threads.title,
        threadSlug: threads.slug,
        channelSlug: channels.slug,
        channelName: channels.name,
        flagCount: count(),
        reasons: sql<string>`group_concat(distinct ${flags.reason})`,
        firstFlaggedAt: sql<number>`min(${flags.createdAt})`,
        threadState: threads.moderationState,
        commentState: sql<ModerationState | null>`(select ${comments.moderationState} from ${comments} where ${comments.id} = ${flags.targetId})`,
        threadAuthorId: threads.authorId,
        commentAuthorId: sql<number | null>`(select ${comments.authorId} from ${comments} where ${comments.id} = ${flags.targetId})`,
        // The stored HTML (a redaction rewrote it); the excerpt is made from it below, at most
        // QUEUE_SIZE of them on a page only moderators open.
        bodyHtml: sql<
          string | null
        >`case when ${flags.targetType} = 'thread' then ${threads.bodyHtml} else (select ${comments.bodyHtml} from ${comments} where ${comments.id} = ${flags.targetId}) end`,
      })
      .from(flags)
      .innerJoin(threads, eq(threads.id, flags.threadId))
      .innerJoin(channels, eq(channels.id, threads.channelId))
      .where(and(eq(flags.status, "open"), scope))
      .groupBy(flags.targetType, flags.targetId)
      .orderBy(desc(phiFirst), desc(count()), asc(sql`min(${flags.createdAt})`))
      .limit(QUEUE_SIZE),
    db.select({ total: count() }).from(verificationApplications).where(eq(verificationApplications.status, "pending")),
    // Reports naming the viewer are left to their colleagues (as listOpenRingReports does).
    db
      .select({ total: count() })
      .from(voteRingReports)
      .where(and(eq(voteRingReports.status, "open"), sql`instr(',' || ${voteRingReports.memberIds} || ',', ',' || cast(${viewer.userId} as integer) || ',') = 0`)),
  ]);
  return {
    items: rows.map((row) => ({
      targetType: row.targetType,
      targetId: row.targetId,
      thread: { id: row.threadId, title: row.threadTitle, slug: row.threadSlug },
      channel: { slug: row.channelSlug, name: row.channelName },
      flagCount: row.flagCount,
      reasons: row.reasons.split(",") as FlagReason[],
      firstFlaggedAt: row.firstFlaggedAt,
      moderationState: row.targetType === "thread" ? row.threadState : row.commentState,
      ownPost: (row.targetType === "thread" ? row.threadAuthorId : row.commentAuthorId) === viewer.userId,
      excerpt: excerptOf(row.bodyHtml ?? ""),
    })),
    pendingVerifications: viewer.role === "admin" ? (verificationRows[0]?.total ?? 0) : 0,
    openRingReports: isGlobalModerator(viewer) ? (ringRows[0]?.total ?? 0) : 0,
  };
}
