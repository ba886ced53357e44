import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { scannedText } from "../privacy/free-text";
import { canReadForum, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, comments, phiConfirmations, pollVoters, revisions, threads } from "../db/schema";
import { auditStatementIf } from "../moderation/audit-log";
import { postVisibility, type ModerationState } from "../moderation/visibility";
import { mentionNotificationStatement, newlyMentioned } from "../notifications/fan-out";
import { findMentions } from "../notifications/mentions";
import { DomainError } from "../errors";
import { screenForPhi } from "../privacy/enforce";
import { parseInput } from "../validation";
import { createReplySchema } from "./create-reply";
import { createThreadSchema } from "./create-thread";
import { renderMarkdown } from "./markdown";
import { excerptOf } from "./excerpt";
import { assertCanPost, assertVerifiedMember } from "./posting-rules";
import { slugify } from "./slug";
import { citedReferences, replaceCitationStatements } from "../evidence/citations";
import type { ReferenceKey } from "../evidence/identifiers";
import { kindEditSchemas, screenedFields } from "./thread-kinds";
import {
  ballotCount,
  fieldChanges,
  readStoredKindFields,
  type FieldChange,
  type KindFields,
  type ThreadKind,
  currentKindFields,
  kindFieldQueries,
  kindFieldStatements,
  parseKindEdit,
  POLL_OPTIONS_LOCKED,
  sameKindFields,
  storedKindFields,
} from "./thread-kind-fields";

/*
 * Editing and deleting one's own posts, and reading their history.
 *
 * Rules shared by everything here:
 * - only verified members act, and only on their own posts (moderation comes later);
 * - a deleted post, and every reply of a deleted thread, is gone for members: NOT_FOUND, so no
 *   page or API answer shows its text, its history or that it can still be changed;
 * - deleting keeps the row and its revisions (moderators may need them), sets deleted_at, and
 *   takes the post out of its counters exactly once;
 * - every write is one batch, and every statement in it carries the same "unchanged since I
 *   read it" condition, so a lost race changes nothing at all (no orphan revision, confirmation,
 *   audit row or counter step).
 */

const THREAD_GONE = "This thread does not exist or is no longer available.";
const REPLY_GONE = "This reply does not exist or is no longer available.";
export const EDIT_CONFLICT_MESSAGE = "Someone saved a newer version while you were editing; your text is kept below.";

const postId = (what: string) =>
  z.coerce
    .number({ error: `Which ${what}?` })
    .int({ error: `Which ${what}?` })
    .positive({ error: `Which ${what}?` });

/**
 * The post's `editedAt` as the member saw it when they started editing: "" or null for a post
 * never edited. The edit forms send it back, so an edit saved meanwhile (another tab, another
 * device) is reported as CONFLICT instead of being silently replaced. When a client omits it,
 * only saves racing between this function's read and its write are caught.
 */
const expectedEditedAt = z
  .union([z.literal(""), z.null(), z.coerce.number({ error: "The version you edited is not valid." }).int().nonnegative()])
  .optional()
  .transform((value) => (value === "" ? null : value));

/**
 * A thread edit: the title and, by kind, the body (discussions, poll context), a case's
 * structured fields or a poll's options (kindEditSchemas checks those against the thread's kind).
 */
/**
 * Every field a kind of thread may edit besides the title and body: the union of kindEditSchemas'
 * fields, plus option1…option10, a form's names for a poll's options (normalizeOptionFields).
 */
const kindFieldNames = [
  ...new Set([...Object.values(kindEditSchemas).flatMap((schema) => Object.keys(schema.shape)), ...Array.from({ length: 10 }, (_, index) => `option${index + 1}`)]),
].filter((name) => name !== "body");

export const editThreadSchema = z
  .object({
    threadId: postId("thread"),
    title: createThreadSchema.shape.title,
    // Length rules depend on the kind of thread (see kindEditSchemas); this is only the outer bound.
    body: scannedText(z.string({ error: "Write the body of your thread." }).trim().max(20_000, { error: "Keep the body under 20,000 characters." })).optional(),
    confirmNotPhi: createThreadSchema.shape.confirmNotPhi,
    expectedEditedAt,
    // The kinds' own fields pass through here and are checked by their kind's strict schema
    // (kindEditSchemas) once the thread's kind is read; any other field is refused here.
    ...Object.fromEntries(kindFieldNames.map((name) => [name, z.unknown().optional()])),
  })
  .strict();

export const editReplySchema = z
  .object({
    commentId: postId("reply"),
    body: createReplySchema.shape.body,
    confirmNotPhi: createReplySchema.shape.confirmNotPhi,
    expectedEditedAt,
  })
  .strict();

export const threadRefSchema = z.object({ threadId: postId("thread") }).strict();
export const replyRefSchema = z.object({ commentId: postId("reply") }).strict();

export const listRevisionsSchema = z
  .object({
    targetType: z.enum(["thread", "comment"], { error: "History is kept for threads and replies." }),
    targetId: postId("post"),
  })
  .strict();

/** The author's own live thread, as the edit and delete pages show it. */
export interface OwnThread {
  id: number;
  kind: "discussion" | "case" | "poll";
  title: string;
  slug: string;
  bodySource: string;
  /** Rendered at write time; shown on the delete page and beside an edit conflict. */
  bodyHtml: string;
  /** Null until the first edit; the edit form sends it back as `expectedEditedAt`. */
  editedAt: number | null;
  channelSlug: string;
  /** A case's structured fields or a poll's options, as the edit form starts with them. */
  fields: KindFields;
  /** Members who voted in the poll (0 otherwise): from the first, its options are read-only. */
  ballots: number;
}

/** The author's own live reply, as the edit and delete pages show it. */
export interface OwnReply {
  id: number;
  threadId: number;
  threadTitle: string;
  threadSlug: string;
  bodySource: string;
  bodyHtml: string;
  editedAt: number | null;
}

export interface ThreadEdit {
  id: number;
  slug: string;
  /** False when the submitted text equals the current version: nothing was written. */
  changed: boolean;
  editedAt: number | null;
  /** The works the saved text cites (their cards are fetched after the answer); absent when unchanged. */
  citedReferences?: ReferenceKey[];
}

export interface ReplyEdit {
  id: number;
  threadId: number;
  threadSlug: string;
  changed: boolean;
  editedAt: number | null;
  citedReferences?: ReferenceKey[];
}

export interface ThreadDeletion {
  id: number;
  channelSlug: string;
  /** True when it was deleted before (by an earlier request): nothing was written. */
  alreadyDeleted: boolean;
}

export interface ReplyDeletion {
  id: number;
  threadId: number;
  threadSlug: string;
  alreadyDeleted: boolean;
}

/** One version of a post: the current one or an earlier one kept in `revisions`. */
export interface PostVersion {
  current: boolean;
  /** Threads only; null for replies. */
  title: string | null;
  bodySource: string;
  /** A case's structured fields or a poll's options in this version; null for others (and versions kept before they were). */
  fields: KindFields;
  /** What this version changed from the one before it, field by field (empty for the original). */
  changes: FieldChange[];
  /** When this version was written: the post's creation or the edit that produced it. */
  writtenAt: number;
}

/**
 * A post's versions, newest first. Deliberately without any author or editor: an anonymous
 * post's history must not reveal who wrote it, and times are all a reader needs to follow it.
 */
export interface RevisionHistory {
  targetType: "thread" | "comment";
  targetId: number;
  /** The kind of thread (a reply's history is a "discussion"'s: body only). */
  kind: ThreadKind;
  /** The thread the post is (or belongs to), for links back. */
  thread: { id: number; title: string; slug: string };
  versions: PostVersion[];
}

interface PostState {
  authorId: number | null;
  deletedAt: number | null;
}

/** Rule: only the author changes a post; a deleted post (or a reply of a deleted thread) is NOT_FOUND. */
function assertOwnLivePost(
  viewer: Viewer,
  row: (PostState & { threadDeletedAt?: number | null }) | undefined,
  kind: "thread" | "reply",
  action: "edit" | "delete" | "change",
): asserts row is PostState {
  const gone = kind === "thread" ? THREAD_GONE : REPLY_GONE;
  if (!row || row.deletedAt !== null || (row.threadDeletedAt ?? null) !== null) throw new DomainError("NOT_FOUND", gone);
  if (row.authorId !== viewer.userId) throw new DomainError("FORBIDDEN", `Only its author can ${action} this ${kind}.`);
}

/**
 * Moderation freezes a post: while hidden, pending review or removed it cannot be edited (the
 * moderators decide on the text they saw), and a locked thread's posts stay as they are.
 */
function assertEditable(row: { moderationState: string | null; lockedAt: number | null }): void {
  if (row.moderationState !== null) throw new DomainError("FORBIDDEN", "This post is under moderator review and cannot be edited now.");
  if (row.lockedAt !== null) throw new DomainError("FORBIDDEN", "This thread is locked by moderators: its posts cannot be edited.");
}

/**
 * The version token of a post: its last edit time, strictly increasing per post. Two saves in
 * the same millisecond would otherwise leave the same `editedAt`, and the second would pass a
 * check meant to catch it.
 */
function nextEditedAt(row: { editedAt: number | null; createdAt: number }, now: number): number {
  return Math.max(now, (row.editedAt ?? row.createdAt) + 1);
}

/**
 * One batch for the edit and delete pages and for the edit itself: the thread with what its
 * rules need (author, state, channel) and its kind's current fields (a case's, a poll's options
 * and ballot count).
 */
function threadForEdit(db: Database, threadId: number) {
  return [
    db
      .select({
        id: threads.id,
        kind: threads.kind,
        title: threads.title,
        slug: threads.slug,
        bodySource: threads.bodySource,
        bodyHtml: threads.bodyHtml,
        authorId: threads.authorId,
        createdAt: threads.createdAt,
        editedAt: threads.editedAt,
        deletedAt: threads.deletedAt,
        moderationState: threads.moderationState,
        lockedAt: threads.lockedAt,
        isAnonymous: threads.isAnonymous,
        channelSlug: channels.slug,
      })
      .from(threads)
      .innerJoin(channels, eq(channels.id, threads.channelId))
      .where(eq(threads.id, threadId)),
    ...kindFieldQueries(db, threadId),
  ] as const;
}

/** The author's own live thread for the edit and delete pages (same rules as editing it). */
export async function loadOwnThread(db: Database, viewer: Viewer | null, input: unknown): Promise<OwnThread> {
  assertVerifiedMember(viewer);
  const { threadId } = parseInput(threadRefSchema, input);
  const [[row], ...kindRows] = await db.batch(threadForEdit(db, threadId));
  assertOwnLivePost(viewer, row, "thread", "change");
  const { id, kind, title, slug, bodySource, bodyHtml, editedAt, channelSlug } = row;
  return { id, kind, title, slug, bodySource, bodyHtml, editedAt, channelSlug, fields: currentKindFields(kind, kindRows), ballots: ballotCount(kindRows) };
}

/** The author's own live reply for the edit and delete pages (same rules as editing it). */
export async function loadOwnReply(db: Database, viewer: Viewer | null, input: unknown): Promise<OwnReply> {
  assertVerifiedMember(viewer);
  const { commentId } = parseInput(replyRefSchema, input);
  const [row] = await db
    .select({
      id: comments.id,
      threadId: comments.threadId,
      threadTitle: threads.title,
      threadSlug: threads.slug,
      bodySource: comments.bodySource,
      bodyHtml: comments.bodyHtml,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      authorId: comments.authorId,
      threadDeletedAt: threads.deletedAt,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, commentId));
  assertOwnLivePost(viewer, row, "reply", "change");
  const { deletedAt: _deletedAt, authorId: _authorId, threadDeletedAt: _threadDeletedAt, ...reply } = row;
  return reply;
}

/**
 * Replaces a thread's title and, by its kind, its body, a case's structured fields or a poll's
 * options (thread-kind-fields.ts). Rules: verified members, the author only, not once deleted;
 * each kind keeps the rules it was created with, and a poll's options change only until its
 * first ballot (CONFLICT naming the options after it); every submitted text passes the
 * patient-identifier screen field by field (confirmed warnings are recorded); an edit that
 * changes nothing writes nothing; otherwise one batch keeps the previous version (with its
 * structured fields) in `revisions`, stores the new text (rendered once, here; the slug follows
 * the title), the fields and any PHI confirmation — all conditional on the thread being
 * unchanged since it was read, and CONFLICT when it was not (or when it changed since
 * `expectedEditedAt`).
 */
export async function editThread(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<ThreadEdit> {
  assertCanPost(viewer, now);
  const { threadId, title, confirmNotPhi, expectedEditedAt: expected, ...kindInput } = parseInput(editThreadSchema, input);
  const [[row], ...kindRows] = await db.batch(threadForEdit(db, threadId));
  assertOwnLivePost(viewer, row, "thread", "edit");
  assertEditable(row);
  const current = currentKindFields(row.kind, kindRows);
  const ballots = ballotCount(kindRows);
  const edit = parseKindEdit(row.kind, title, kindInput, current, ballots);
  if (row.title === title && row.bodySource === edit.bodySource && sameKindFields(current, edit.fields)) {
    return { id: row.id, slug: row.slug, changed: false, editedAt: row.editedAt };
  }
  if (expected !== undefined && expected !== row.editedAt) {
    throw new DomainError("CONFLICT", EDIT_CONFLICT_MESSAGE);
  }
  const warned = screenForPhi(screenedFields(edit.screened), confirmNotPhi);

  const editedAt = nextEditedAt(row, now);
  const bodyHtml = renderMarkdown(edit.bodySource);
  const slug = slugify(title);
  // New poll options are written only while nobody has voted: a ballot racing this edit wins.
  const noBallots = edit.optionsChanged ? sql` and not exists (select 1 from ${pollVoters} where ${pollVoters.threadId} = ${row.id})` : sql``;
  const unchanged = sql`${threads.id} = ${row.id} and ${threads.deletedAt} is null and ${threads.moderationState} is null and ${threads.editedAt} is ${row.editedAt}${noBallots}`;
  const keepPrevious = db.insert(revisions).select((qb) =>
    qb
      .select({
        id: sql<null>`null`.as("id"),
        targetType: sql<"thread">`'thread'`.as("targetType"),
        targetId: threads.id,
        editorId: sql<number>`${viewer.userId}`.as("editorId"),
        title: threads.title,
        bodySource: threads.bodySource,
        fields: sql<string | null>`${storedKindFields(current)}`.as("fields"),
        writtenAt: sql<number>`coalesce(${threads.editedAt}, ${threads.createdAt})`.as("writtenAt"),
        createdAt: sql<number>`${now}`.as("createdAt"),
      })
      .from(threads)
      .where(unchanged),
  );
  const update = db
    .update(threads)
    .set({ title, slug, bodySource: edit.bodySource, bodyHtml, excerpt: excerptOf(bodyHtml), editedAt })
    .where(unchanged)
    .returning({ id: threads.id });
  // The update comes last: every statement before it still sees the version that was read.
  // Members the edit newly @mentions hear of it, only if the edit is saved (same condition).
  const mentions = newlyMentioned(findMentions(row.bodyHtml), findMentions(bodyHtml));
  const references = citedReferences(bodyHtml);
  const extras = [
    ...replaceCitationStatements(db, references, { threadId: row.id, commentId: null, citedAt: row.createdAt }, now, sql`select 1 from ${threads} where ${unchanged}`),
    ...kindFieldStatements(db, row.id, edit, sql`select 1 from ${threads} where ${unchanged}`),
    ...(warned.length ? [confirmationStatement(db, viewer, "thread", unchanged, warned, now)] : []),
    ...(mentions.pseudonyms.length
      ? [
          mentionNotificationStatement(
            db,
            { userId: viewer.userId, anonymous: row.isAnonymous },
            { threadId: row.id, commentId: null },
            mentions,
            now,
            sql`select 1 from ${threads} where ${unchanged}`,
          ),
        ]
      : []),
  ];
  const results = await db.batch([keepPrevious, ...extras, update]);
  // The update is always last; the batch's tuple type cannot say which position that is.
  const updated = results[results.length - 1] as { id: number }[];
  if (updated.length === 0) {
    const reason = await whyNotSaved(db, "thread", row.id);
    if (edit.optionsChanged && reason.code === "CONFLICT" && (await db.select({ n: sql<number>`1` }).from(pollVoters).where(eq(pollVoters.threadId, row.id)).limit(1)).length > 0) {
      throw new DomainError("CONFLICT", POLL_OPTIONS_LOCKED, { options: POLL_OPTIONS_LOCKED });
    }
    throw reason;
  }
  return { id: row.id, slug, changed: true, editedAt, citedReferences: references };
}

/**
 * Replaces a reply's body. Same rules as `editThread`; a reply of a deleted thread is NOT_FOUND.
 */
export async function editReply(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<ReplyEdit> {
  assertCanPost(viewer, now);
  const data = parseInput(editReplySchema, input);
  const [row] = await db
    .select({
      id: comments.id,
      threadId: comments.threadId,
      threadSlug: threads.slug,
      bodySource: comments.bodySource,
      bodyHtml: comments.bodyHtml,
      authorId: comments.authorId,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      threadDeletedAt: threads.deletedAt,
      moderationState: comments.moderationState,
      lockedAt: threads.lockedAt,
      isAnonymous: comments.isAnonymous,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, data.commentId));
  assertOwnLivePost(viewer, row, "reply", "edit");
  assertEditable(row);
  const result = { id: row.id, threadId: row.threadId, threadSlug: row.threadSlug };
  if (row.bodySource === data.body) return { ...result, changed: false, editedAt: row.editedAt };
  if (data.expectedEditedAt !== undefined && data.expectedEditedAt !== row.editedAt) {
    throw new DomainError("CONFLICT", EDIT_CONFLICT_MESSAGE);
  }
  const warned = screenForPhi({ body: data.body }, data.confirmNotPhi);

  const editedAt = nextEditedAt(row, now);
  const bodyHtml = renderMarkdown(data.body);
  const unchanged = sql`${comments.id} = ${row.id} and ${comments.deletedAt} is null and ${comments.moderationState} is null and ${comments.editedAt} is ${row.editedAt}`;
  const keepPrevious = db.insert(revisions).select((qb) =>
    qb
      .select({
        id: sql<null>`null`.as("id"),
        targetType: sql<"comment">`'comment'`.as("targetType"),
        targetId: comments.id,
        editorId: sql<number>`${viewer.userId}`.as("editorId"),
        title: sql<null>`null`.as("title"),
        bodySource: comments.bodySource,
        fields: sql<null>`null`.as("fields"),
        writtenAt: sql<number>`coalesce(${comments.editedAt}, ${comments.createdAt})`.as("writtenAt"),
        createdAt: sql<number>`${now}`.as("createdAt"),
      })
      .from(comments)
      .where(unchanged),
  );
  const update = db.update(comments).set({ bodySource: data.body, bodyHtml, editedAt }).where(unchanged).returning({ id: comments.id });
  const mentions = newlyMentioned(findMentions(row.bodyHtml), findMentions(bodyHtml));
  const references = citedReferences(bodyHtml);
  const extras = [
    ...replaceCitationStatements(db, references, { threadId: row.threadId, commentId: row.id, citedAt: row.createdAt }, now, sql`select 1 from ${comments} where ${unchanged}`),
    ...(warned.length ? [confirmationStatement(db, viewer, "comment", unchanged, warned, now)] : []),
    ...(mentions.pseudonyms.length
      ? [
          mentionNotificationStatement(
            db,
            { userId: viewer.userId, anonymous: row.isAnonymous },
            { threadId: row.threadId, commentId: row.id },
            mentions,
            now,
            sql`select 1 from ${comments} where ${unchanged}`,
          ),
        ]
      : []),
  ];
  const results = await db.batch([keepPrevious, ...extras, update]);
  const updated = results[results.length - 1] as { id: number }[];
  if (updated.length === 0) throw await whyNotSaved(db, "comment", row.id);
  return { ...result, changed: true, editedAt, citedReferences: references };
}

/** The PHI confirmation of an edit, written only when the edit itself is (same condition). */
function confirmationStatement(db: Database, viewer: Viewer, targetType: "thread" | "comment", unchanged: SQL, warned: readonly string[], now: number) {
  const table = targetType === "thread" ? threads : comments;
  return db.insert(phiConfirmations).select((qb) =>
    qb
      .select({
        id: sql<null>`null`.as("id"),
        userId: sql<number>`${viewer.userId}`.as("userId"),
        targetType: sql<"thread" | "comment">`${targetType}`.as("targetType"),
        targetId: table.id,
        categories: sql<string>`${warned.join(",")}`.as("categories"),
        createdAt: sql<number>`${now}`.as("createdAt"),
      })
      .from(table)
      .where(unchanged),
  );
}

/** After a conditional write matched nothing: deleted meanwhile (NOT_FOUND) or saved meanwhile (CONFLICT). */
async function whyNotSaved(db: Database, targetType: "thread" | "comment", id: number): Promise<DomainError> {
  const table = targetType === "thread" ? threads : comments;
  const [row] = await db.select({ deletedAt: table.deletedAt }).from(table).where(eq(table.id, id));
  if (!row || row.deletedAt !== null) return new DomainError("NOT_FOUND", targetType === "thread" ? THREAD_GONE : REPLY_GONE);
  return new DomainError("CONFLICT", EDIT_CONFLICT_MESSAGE);
}

/**
 * Deletes the author's own thread. Rules: the author only; the row, its replies and its
 * revisions stay (replies keep their place; moderators may need the rest); deleted_at is set,
 * the channel's thread_count goes down by one (never below 0) and the deletion is audited, all
 * in one batch and only if the thread was still live, so deleting twice — even concurrently —
 * counts once and is harmless.
 */
export async function deleteThread(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<ThreadDeletion> {
  assertCanPost(viewer, now);
  const { threadId } = parseInput(threadRefSchema, input);
  const [row] = await db
    .select({ id: threads.id, authorId: threads.authorId, deletedAt: threads.deletedAt, channelId: threads.channelId, channelSlug: channels.slug })
    .from(threads)
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(eq(threads.id, threadId));
  if (row && row.authorId === viewer.userId && row.deletedAt !== null) {
    return { id: row.id, channelSlug: row.channelSlug, alreadyDeleted: true };
  }
  assertOwnLivePost(viewer, row, "thread", "delete");

  const live = sql`${threads.id} = ${row.id} and ${threads.deletedAt} is null`;
  const [, , deleted] = await db.batch([
    auditStatementIf(db, { actorId: viewer.userId, action: "thread.delete_own", targetType: "thread", targetId: row.id }, now, sql`select 1 from ${threads} where ${live}`),
    db
      .update(channels)
      .set({ threadCount: sql`max(${channels.threadCount} - 1, 0)` })
      .where(and(eq(channels.id, row.channelId), sql`exists (select 1 from ${threads} where ${live})`)),
    db.update(threads).set({ deletedAt: now }).where(live).returning({ id: threads.id }),
  ]);
  return { id: row.id, channelSlug: row.channelSlug, alreadyDeleted: deleted.length === 0 };
}

/**
 * Deletes the author's own reply. Rules: the author only; the row stays so its replies keep
 * their place (the thread page shows "[deleted]"), and so do its revisions; the thread's
 * comment_count goes down by one (never below 0) and the deletion is audited in the same batch,
 * only if the reply was still live, so deleting twice is harmless and counts once.
 */
export async function deleteReply(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<ReplyDeletion> {
  assertCanPost(viewer, now);
  const { commentId } = parseInput(replyRefSchema, input);
  const [row] = await db
    .select({
      id: comments.id,
      authorId: comments.authorId,
      deletedAt: comments.deletedAt,
      threadId: comments.threadId,
      threadSlug: threads.slug,
      threadDeletedAt: threads.deletedAt,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, commentId));
  if (row && row.authorId === viewer.userId && row.deletedAt !== null) {
    return { id: row.id, threadId: row.threadId, threadSlug: row.threadSlug, alreadyDeleted: true };
  }
  assertOwnLivePost(viewer, row, "reply", "delete");

  const live = sql`${comments.id} = ${row.id} and ${comments.deletedAt} is null`;
  const [, , deleted] = await db.batch([
    auditStatementIf(db, { actorId: viewer.userId, action: "comment.delete_own", targetType: "comment", targetId: row.id }, now, sql`select 1 from ${comments} where ${live}`),
    db
      .update(threads)
      .set({ commentCount: sql`max(${threads.commentCount} - 1, 0)` })
      .where(and(eq(threads.id, row.threadId), sql`exists (select 1 from ${comments} where ${live})`)),
    db.update(comments).set({ deletedAt: now }).where(live).returning({ id: comments.id }),
  ]);
  return { id: row.id, threadId: row.threadId, threadSlug: row.threadSlug, alreadyDeleted: deleted.length === 0 };
}

/**
 * Earlier versions hold the text moderation hid: a post's history is readable only by whoever
 * may read the post itself in full (its channel's moderators, and its author while it is hidden).
 */
function historyVisible(viewer: Viewer, post: { authorId: number | null; moderationState: ModerationState | null }, channelId: number): boolean {
  const visibility = postVisibility(viewer, post, channelId);
  return visibility === "visible" || visibility === "under_review";
}

/**
 * A post's history for members: the current version and every earlier one, newest first, in
 * one round trip. Rules: verified members only; a deleted post, or a reply of a deleted thread,
 * is NOT_FOUND (its revisions stay stored for moderators); no author or editor in the answer.
 */
export async function listRevisions(db: Database, viewer: Viewer | null, input: unknown): Promise<RevisionHistory> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to use Rounds.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Only verified physicians can read Rounds. See your status page.");
  const { targetType, targetId } = parseInput(listRevisionsSchema, input);
  const earlierQuery = db
    .select({ title: revisions.title, bodySource: revisions.bodySource, fields: revisions.fields, writtenAt: revisions.writtenAt })
    .from(revisions)
    .where(and(eq(revisions.targetType, targetType), eq(revisions.targetId, targetId)))
    .orderBy(desc(revisions.id));

  type Version = Omit<PostVersion, "changes">;
  let current: Version;
  let kind: ThreadKind = "discussion";
  let thread: RevisionHistory["thread"];
  let earlier: { title: string | null; bodySource: string; fields: string | null; writtenAt: number }[];
  if (targetType === "thread") {
    const [rows, older, ...kindRows] = await db.batch([
      db
        .select({
          id: threads.id,
          kind: threads.kind,
          title: threads.title,
          slug: threads.slug,
          bodySource: threads.bodySource,
          createdAt: threads.createdAt,
          editedAt: threads.editedAt,
          deletedAt: threads.deletedAt,
          authorId: threads.authorId,
          moderationState: threads.moderationState,
          channelId: threads.channelId,
        })
        .from(threads)
        .where(eq(threads.id, targetId)),
      earlierQuery,
      ...kindFieldQueries(db, targetId),
    ]);
    const row = rows[0];
    if (!row || row.deletedAt !== null || !historyVisible(viewer, row, row.channelId)) throw new DomainError("NOT_FOUND", THREAD_GONE);
    kind = row.kind;
    current = { current: true, title: row.title, bodySource: row.bodySource, fields: currentKindFields(row.kind, kindRows), writtenAt: row.editedAt ?? row.createdAt };
    thread = { id: row.id, title: row.title, slug: row.slug };
    earlier = older;
  } else {
    const [rows, older] = await db.batch([
      db
        .select({
          bodySource: comments.bodySource,
          createdAt: comments.createdAt,
          editedAt: comments.editedAt,
          deletedAt: comments.deletedAt,
          threadId: threads.id,
          threadTitle: threads.title,
          threadSlug: threads.slug,
          threadDeletedAt: threads.deletedAt,
          authorId: comments.authorId,
          moderationState: comments.moderationState,
          threadAuthorId: threads.authorId,
          threadModerationState: threads.moderationState,
          channelId: threads.channelId,
        })
        .from(comments)
        .innerJoin(threads, eq(threads.id, comments.threadId))
        .where(eq(comments.id, targetId)),
      earlierQuery,
    ]);
    const row = rows[0];
    const visible =
      row !== undefined &&
      historyVisible(viewer, row, row.channelId) &&
      historyVisible(viewer, { authorId: row.threadAuthorId, moderationState: row.threadModerationState }, row.channelId);
    if (!row || row.deletedAt !== null || row.threadDeletedAt !== null || !visible) throw new DomainError("NOT_FOUND", REPLY_GONE);
    current = { current: true, title: null, bodySource: row.bodySource, fields: null, writtenAt: row.editedAt ?? row.createdAt };
    thread = { id: row.threadId, title: row.threadTitle, slug: row.threadSlug };
    earlier = older;
  }
  const versions: Version[] = [
    current,
    ...earlier.map((version) => ({
      current: false,
      title: version.title,
      bodySource: version.bodySource,
      fields: readStoredKindFields(version.fields),
      writtenAt: version.writtenAt,
    })),
  ];
  return {
    targetType,
    targetId,
    kind,
    thread,
    versions: versions.map((version, index) => {
      const previous = versions[index + 1];
      return { ...version, changes: previous ? fieldChanges(kind, version, previous) : [] };
    }),
  };
}
