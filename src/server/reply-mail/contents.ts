import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client";
import { notifications, threads, users, type NotificationKind } from "../db/schema";
import { actorWords, type DigestNotificationLine } from "../digest/contents";
import { anonymityGroupsQuery, toAnonymityGroups } from "../forum/anonymity-groups";
import { liveThread } from "../moderation/visibility";
import { anonymousPostColumns } from "../notifications/anonymous-actor";
import { inBundle } from "./candidates";

/**
 * What a reply mail says, for a batch of members in one round trip: their bundled replies and
 * mentions (candidates.ts), newest first. The digest's rules hold (digest/contents.ts): titles
 * only, read only while the thread is live; actors named only by the digest's rule; no column
 * holding post text or a notification's detail is read.
 */
export const MAX_REPLY_MAIL_LINES = 10;

export interface ReplyMailLine extends DigestNotificationLine {
  /** Where the line points while the thread is live, else null (the mail links to /notifications). */
  thread: { id: number; slug: string; commentId: number | null } | null;
}

export interface ReplyMailContent {
  /** Replies and mentions in the bundle (may exceed the lines listed). */
  count: number;
  lines: ReplyMailLine[];
}

export async function loadReplyMailContents(db: Database, userIds: readonly number[], now: number): Promise<Map<number, ReplyMailContent>> {
  const result = new Map<number, ReplyMailContent>();
  if (userIds.length === 0) return result;
  const ids = [...userIds];
  const actor = alias(users, "actor");
  const live = sql`${threads.id} is not null and (${liveThread()})`;

  const ranked = db
    .select({
      userId: sql<number>`${notifications.userId}`.as("r_user_id"),
      kind: sql<NotificationKind>`${notifications.kind}`.as("r_kind"),
      commentId: sql<number | null>`${notifications.commentId}`.as("r_comment_id"),
      actorId: sql<number | null>`${notifications.actorId}`.as("r_actor_id"),
      actorLabel: sql<string | null>`${notifications.actorLabel}`.as("r_actor_label"),
      actorPseudonym: sql<string | null>`${actor.pseudonym}`.as("r_actor_pseudonym"),
      actorDeletedAt: sql<number | null>`${actor.deletedAt}`.as("r_actor_deleted_at"),
      anonymousSpecialty: sql<string | null>`${anonymousPostColumns.anonymousSpecialty}`.as("r_anonymous_specialty"),
      anonymousPostedAt: sql<number | null>`${anonymousPostColumns.anonymousPostedAt}`.as("r_anonymous_posted_at"),
      threadId: sql<number | null>`case when ${live} then ${threads.id} end`.as("r_thread_id"),
      threadSlug: sql<string | null>`case when ${live} then ${threads.slug} end`.as("r_thread_slug"),
      threadTitle: sql<string | null>`case when ${live} then ${threads.title} end`.as("r_thread_title"),
      rank: sql<number>`row_number() over (partition by ${notifications.userId} order by ${notifications.id} desc)`.as("r_rank"),
      total: sql<number>`count(*) over (partition by ${notifications.userId})`.as("r_total"),
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .where(and(inArray(notifications.userId, ids), inBundle(now)))
    .as("ranked_reply_mail");

  const [rows, groupRows] = await db.batch([
    db.select().from(ranked).where(lte(ranked.rank, MAX_REPLY_MAIL_LINES)).orderBy(sql`${ranked.userId}`, sql`${ranked.rank}`),
    anonymityGroupsQuery(db),
  ]);
  const groups = toAnonymityGroups(groupRows);
  for (const row of rows) {
    let content = result.get(row.userId);
    if (!content) {
      content = { count: Number(row.total), lines: [] };
      result.set(row.userId, content);
    }
    content.lines.push({
      kind: row.kind,
      actor: actorWords(row, groups),
      threadTitle: row.threadTitle,
      thread: row.threadId !== null && row.threadSlug !== null ? { id: Number(row.threadId), slug: row.threadSlug, commentId: row.commentId } : null,
    });
  }
  return result;
}
