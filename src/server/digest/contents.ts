import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Database } from "../db/client";
import { channelFollows, channels, notifications, threads, users, type NotificationKind } from "../db/schema";
import { anonymityGroupsQuery, toAnonymityGroups, type AnonymityGroups } from "../forum/anonymity-groups";
import { liveThread } from "../moderation/visibility";
import { anonymousActorLabel, anonymousPostColumns } from "../notifications/anonymous-actor";
import { belongsInDigest } from "../reply-mail/choice";
import { digestPeriodStart } from "./cadence";

/**
 * What a digest says, read for a whole batch of members in one round trip. Rules:
 * - replies and mentions only of members who left them to the digest (ADR 0030): the others
 *   get them right away or not at all, so the digest neither repeats nor sneaks them in;
 * - titles only, never bodies, snippets or case details: no column holding post text is read;
 * - a title is read only while its thread is live (not deleted, hidden, pending or removed):
 *   otherwise the line says the kind of event without it;
 * - an actor is named only through notifications.actor_id, which is null for anonymous posts;
 *   then the post's group label stands in, as the post shows it when the digest is written
 *   (anonymous-actor.ts, ADR 0014), else the stored actor_label ("Verified physician") or "A
 *   colleague". Of a post's author, only an anonymous post's author's specialty is ever read.
 */
export const MAX_NOTIFICATION_LINES = 10;
export const MAX_TOP_THREADS = 5;

export interface DigestNotificationLine {
  kind: NotificationKind;
  /** Who did it, in words safe to mail: a pseudonym, an anonymous label, or a stand-in. */
  actor: string;
  /** The thread's title while the thread is live, else null. */
  threadTitle: string | null;
}

export interface DigestThread {
  id: number;
  slug: string;
  title: string;
  channelName: string;
}

export interface DigestContent {
  unreadCount: number;
  /** Newest first, at most MAX_NOTIFICATION_LINES. */
  notifications: DigestNotificationLine[];
  /** Highest score first, at most MAX_TOP_THREADS, started in the member's period. */
  topThreads: DigestThread[];
}

export function hasDigestContent(content: DigestContent | undefined): content is DigestContent {
  return content !== undefined && (content.unreadCount > 0 || content.topThreads.length > 0);
}

export async function loadDigestContents(db: Database, userIds: readonly number[], now: number): Promise<Map<number, DigestContent>> {
  const result = new Map<number, DigestContent>();
  if (userIds.length === 0) return result;
  const ids = [...userIds];
  const actor = alias(users, "actor");

  const rankedNotifications = db
    .select({
      userId: sql<number>`${notifications.userId}`.as("n_user_id"),
      kind: sql<NotificationKind>`${notifications.kind}`.as("n_kind"),
      actorId: sql<number | null>`${notifications.actorId}`.as("n_actor_id"),
      actorLabel: sql<string | null>`${notifications.actorLabel}`.as("n_actor_label"),
      actorPseudonym: sql<string | null>`${actor.pseudonym}`.as("n_actor_pseudonym"),
      actorDeletedAt: sql<number | null>`${actor.deletedAt}`.as("n_actor_deleted_at"),
      anonymousSpecialty: sql<string | null>`${anonymousPostColumns.anonymousSpecialty}`.as("n_anonymous_specialty"),
      anonymousPostedAt: sql<number | null>`${anonymousPostColumns.anonymousPostedAt}`.as("n_anonymous_posted_at"),
      threadTitle: sql<string | null>`case when ${threads.id} is not null and (${liveThread()}) then ${threads.title} end`.as("n_thread_title"),
      rank: sql<number>`row_number() over (partition by ${notifications.userId} order by ${notifications.id} desc)`.as("n_rank"),
    })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .where(and(inArray(notifications.userId, ids), isNull(notifications.readAt), belongsInDigest()))
    .as("ranked_notifications");

  const rankedThreads = db
    .select({
      userId: sql<number>`${channelFollows.userId}`.as("t_user_id"),
      id: sql<number>`${threads.id}`.as("t_id"),
      slug: sql<string>`${threads.slug}`.as("t_slug"),
      title: sql<string>`${threads.title}`.as("t_title"),
      channelName: sql<string>`${channels.name}`.as("t_channel_name"),
      rank: sql<number>`row_number() over (partition by ${channelFollows.userId} order by ${threads.score} desc, ${threads.id} desc)`.as("t_rank"),
    })
    .from(channelFollows)
    .innerJoin(users, eq(users.id, channelFollows.userId))
    .innerJoin(threads, and(eq(threads.channelId, channelFollows.channelId), sql`${threads.createdAt} > ${digestPeriodStart(now)}`, sql`(${liveThread()})`))
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(inArray(channelFollows.userId, ids))
    .as("ranked_threads");

  const [counts, lines, tops, groupRows] = await db.batch([
    db
      .select({ userId: notifications.userId, count: sql<number>`count(*)` })
      .from(notifications)
      .where(and(inArray(notifications.userId, ids), isNull(notifications.readAt), belongsInDigest()))
      .groupBy(notifications.userId),
    db
      .select()
      .from(rankedNotifications)
      .where(lte(rankedNotifications.rank, MAX_NOTIFICATION_LINES))
      .orderBy(sql`${rankedNotifications.userId}`, sql`${rankedNotifications.rank}`),
    db.select().from(rankedThreads).where(lte(rankedThreads.rank, MAX_TOP_THREADS)).orderBy(sql`${rankedThreads.userId}`, sql`${rankedThreads.rank}`),
    anonymityGroupsQuery(db),
  ]);
  const groups = toAnonymityGroups(groupRows);

  const contentOf = (userId: number): DigestContent => {
    let content = result.get(userId);
    if (!content) {
      content = { unreadCount: 0, notifications: [], topThreads: [] };
      result.set(userId, content);
    }
    return content;
  };
  for (const row of counts) contentOf(row.userId).unreadCount = Number(row.count);
  for (const row of lines) {
    contentOf(row.userId).notifications.push({ kind: row.kind, actor: actorWords(row, groups), threadTitle: row.threadTitle });
  }
  for (const row of tops) {
    contentOf(row.userId).topThreads.push({ id: row.id, slug: row.slug, title: row.title, channelName: row.channelName });
  }
  return result;
}

/**
 * The actor as the digest names them. Rule: a pseudonym only for a signed action (actor_id set)
 * by an account that still exists; an anonymous actor is the post's group label, else the stored
 * label or "A colleague".
 */
export function actorWords(
  row: {
    actorId: number | null;
    actorLabel: string | null;
    actorPseudonym: string | null;
    actorDeletedAt: number | null;
    anonymousSpecialty: string | null;
    anonymousPostedAt: number | null;
  },
  groups: AnonymityGroups,
): string {
  if (row.actorId !== null) return row.actorPseudonym !== null && row.actorDeletedAt === null ? row.actorPseudonym : "A former member";
  return anonymousActorLabel(row, groups) ?? row.actorLabel ?? "A colleague";
}
