import { and, desc, eq, isNull, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { comments, notifications, threads, users, type NotificationKind } from "../db/schema";
import { DomainError } from "../errors";
import { anonymityGroupsQuery, toAnonymityGroups, type AnonymityGroups } from "../forum/anonymity-groups";
import { assertVerifiedMember } from "../forum/posting-rules";
import { anonymousActorLabel, anonymousPostColumns } from "./anonymous-actor";
import { parseInput } from "../validation";

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  /** One plain sentence, e.g. "dr_ada replied in “Lactate clearance…”". */
  text: string;
  /** The exact post, while members can see it; else its thread; else null. */
  href: string | null;
  createdAt: number;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationItem[];
  nextBefore: number | null;
}

const PAGE_SIZE = 30;

/**
 * The member's notifications, newest first, in one round trip. Rules: only their own; an
 * anonymous actor shows as the post itself shows its author now (the group of ADR 0014, see
 * anonymous-actor.ts), never by who they are; a thread hidden, removed or deleted since loses its
 * title and link, a reply likewise its anchor.
 */
export async function loadNotifications(db: Database, viewer: Viewer | null, before?: number): Promise<NotificationPage> {
  assertVerifiedMember(viewer);
  const [rows, groupRows] = await db.batch([
    notificationRows(db, viewer.userId, before !== undefined && Number.isSafeInteger(before) ? lt(notifications.id, before) : undefined).limit(PAGE_SIZE + 1),
    anonymityGroupsQuery(db),
  ]);
  const groups = toAnonymityGroups(groupRows);
  const items = rows.slice(0, PAGE_SIZE).map((row) => toItem(row, groups));
  return { items, nextBefore: rows.length > PAGE_SIZE ? (items[items.length - 1]?.id ?? null) : null };
}

/** A member's notifications with what their sentence and link need, newest first. */
function notificationRows(db: Database, userId: number, condition: SQL | undefined) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      detail: notifications.detail,
      actorLabel: notifications.actorLabel,
      actorPseudonym: users.pseudonym,
      actorDeletedAt: users.deletedAt,
      actorId: notifications.actorId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      threadId: threads.id,
      threadSlug: threads.slug,
      threadTitle: threads.title,
      threadLive: sql<number>`(${threads.deletedAt} is null and ${threads.moderationState} is null)`,
      commentId: notifications.commentId,
      commentLive: sql<number>`(${comments.deletedAt} is null and ${comments.moderationState} is null)`,
      ...anonymousPostColumns,
    })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(and(eq(notifications.userId, userId), condition))
    .orderBy(desc(notifications.id));
}

/** `groups` null where only the link is needed (opening a notification). */
function toItem(row: Awaited<ReturnType<typeof notificationRows>>[number], groups: AnonymityGroups | null): NotificationItem {
  const threadVisible = row.threadId !== null && Boolean(row.threadLive);
  const title = threadVisible ? `“${row.threadTitle}”` : "a thread that is no longer available";
  const actor =
    row.actorId !== null
      ? row.actorDeletedAt === null
        ? (row.actorPseudonym ?? "A member")
        : "A former member"
      : (anonymousActorLabel(row, groups) ?? row.actorLabel ?? "Rounds");
  const threadHref = threadVisible ? `/t/${row.threadId}/${row.threadSlug}` : null;
  const href = threadHref && row.commentId !== null && row.commentLive ? `${threadHref}#reply-${row.commentId}` : threadHref;
  return { id: row.id, kind: row.kind, text: describe(row.kind, actor, title, row.detail), href, createdAt: row.createdAt, read: row.readAt !== null };
}

function describe(kind: NotificationKind, actor: string, title: string, detail: string | null): string {
  switch (kind) {
    case "reply":
      return `${actor} replied in ${title}.`;
    case "mention":
      return `${actor} mentioned you in ${title}.`;
    case "channel_mention":
      return `${actor} mentioned a channel you follow in ${title}.`;
    case "case_answered":
      return `${actor} marked an answer on the case ${title}.`;
    case "flag_outcome":
      return `Your flag on a post in ${title}: ${detail ?? "moderators reviewed it."}`;
    case "post_back":
      return `Your post in ${title} is visible again. ${detail ?? ""}`.trim();
    case "verification":
      return detail ?? "Your verification was decided.";
    case "retraction":
      return `A work you cited in ${title} has been retracted${detail ? `: ${detail}` : "."}`;
  }
}

const openSchema = z.object({ id: z.coerce.number({ error: "Which notification?" }).int().positive({ error: "Which notification?" }) }).strict();

/**
 * Opens one notification: marks it read and answers where to go (the exact reply). A POST, so
 * following a link never changes anything by itself. Someone else's id is NOT_FOUND.
 */
export async function openNotification(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ href: string }> {
  assertVerifiedMember(viewer);
  const { id } = parseInput(openSchema, input);
  // One batch: mark it read, then read it back with its link (the member's own only).
  const [, rows] = await db.batch([
    db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${now})` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.userId))),
    notificationRows(db, viewer.userId, eq(notifications.id, id)),
  ]);
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND", "This notification does not exist.");
  return { href: toItem(row, null).href ?? "/notifications" };
}

const markAllSchema = z.object({}).strict();

/** Marks every unread notification of the member read; answers how many were. Takes no fields. */
export async function markAllNotificationsRead(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ marked: number }> {
  assertVerifiedMember(viewer);
  parseInput(markAllSchema, input ?? {});
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, viewer.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
