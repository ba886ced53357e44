import { eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { channels, comments, pollOptions, threads, users, votes } from "../db/schema";
import { DomainError } from "../errors";
import { renderMarkdown } from "./markdown";
import { excerptOf } from "./excerpt";
import { citationStatements, citedReferences } from "../evidence/citations";
import { caseDetailsStatement, pollStatements, type ImportedCaseDetails, type ImportedPoll } from "./import-kinds";
import { computeHotRank } from "./ranking";
import { slugify } from "./slug";

/**
 * Bulk import of members and whole threads (with replies and votes), for the demo seed, the
 * benchmark and test factories. Rules it keeps, as every write in Rounds does:
 * - counters (up/down/score/comment_count, channel thread_count) are computed from the rows
 *   imported and written in the same batch as those rows;
 * - bodies are rendered to sanitized HTML here, at write time;
 * - replies deeper than 5 attach at depth 5;
 * - cases and polls carry their structured rows, in the thread's batch (import-kinds.ts).
 * It is an admin operation with a single writer: ids are allocated above the current maximum.
 */

export const MAX_REPLY_DEPTH = 5;

export interface ImportedUser {
  pseudonym: string;
  email: string;
  passwordHash: string | null;
  firstName: string;
  lastName: string;
  npi: string | null;
  specialtySlug: string;
  licenceState: string | null;
  role?: "member" | "moderator" | "admin";
  verificationStatus?: "pending" | "verified" | "rejected" | "suspended" | "banned";
  /** Imported members are confirmed unless stated otherwise (null: not confirmed). */
  emailConfirmedAt?: number | null;
  createdAt: number;
}

export interface ImportedVote {
  voterId: number;
  value: 1 | -1;
  createdAt: number;
}

export interface ImportedComment {
  /** Index of the parent within the same thread's `comments` array; parents come first. */
  parentIndex: number | null;
  authorId: number;
  bodySource: string;
  isAnonymous?: boolean;
  createdAt: number;
  deleted?: boolean;
  votes?: ImportedVote[];
}

export interface ImportedThread {
  channelSlug: string;
  authorId: number;
  kind?: "discussion" | "case" | "poll";
  title: string;
  bodySource: string;
  isAnonymous?: boolean;
  createdAt: number;
  votes?: ImportedVote[];
  comments?: ImportedComment[];
  /** The template fields of a case (kind "case"; it starts unsolved). */
  caseDetails?: ImportedCaseDetails;
  /** The options, closing time and ballots of a poll (kind "poll"). */
  poll?: ImportedPoll;
}

export interface ImportedThreadResult {
  threadId: number;
  commentIds: number[];
}

/**
 * Statements per batch: large enough to amortise round trips, small enough to bound memory.
 * Each batch holds whole threads plus the channel counters for exactly those threads, so a
 * failure leaves no half-written thread and no counter out of step with its rows.
 */
const STATEMENTS_PER_BATCH = 400;

function tally(list: ImportedVote[] | undefined) {
  let upCount = 0;
  let downCount = 0;
  for (const vote of list ?? []) {
    if (vote.value === 1) upCount += 1;
    else downCount += 1;
  }
  return { upCount, downCount, score: upCount - downCount };
}

export async function importUsers(db: Database, list: ImportedUser[]): Promise<number[]> {
  if (list.length === 0) return [];
  const ids: number[] = [];
  for (let start = 0; start < list.length; start += 100) {
    const rows = await db
      .insert(users)
      .values(
        list.slice(start, start + 100).map((user) => ({
          ...user,
          email: user.email.toLowerCase(),
          role: user.role ?? "member",
          verificationStatus: user.verificationStatus ?? "verified",
          emailConfirmedAt: user.emailConfirmedAt === undefined ? user.createdAt : user.emailConfirmedAt,
        })),
      )
      .returning({ id: users.id });
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

export interface ImportThreadsOptions {
  /** Called after each batch with the number of threads written so far. */
  onProgress?: (threadsWritten: number) => void;
}

export async function importThreads(db: Database, list: ImportedThread[], options: ImportThreadsOptions = {}): Promise<ImportedThreadResult[]> {
  if (list.length === 0) return [];
  const slugs = [...new Set(list.map((thread) => thread.channelSlug))];
  const [channelRows, maxRows] = await db.batch([
    db.select({ id: channels.id, slug: channels.slug }).from(channels).where(inArray(channels.slug, slugs)),
    db
      .select({
        thread: sql<number>`(select coalesce(max(id), 0) from threads)`,
        comment: sql<number>`(select coalesce(max(id), 0) from comments)`,
        pollOption: sql<number>`(select coalesce(max(id), 0) from ${pollOptions})`,
      })
      .from(sql`(select 1)`),
  ]);
  const channelIds = new Map(channelRows.map((row) => [row.slug, row.id]));
  for (const slug of slugs) {
    if (!channelIds.has(slug)) throw new DomainError("NOT_FOUND", `There is no channel "${slug}".`);
  }
  let nextThreadId = (maxRows[0]?.thread ?? 0) + 1;
  let nextCommentId = (maxRows[0]?.comment ?? 0) + 1;
  let nextPollOptionId = (maxRows[0]?.pollOption ?? 0) + 1;

  const renderCache = new Map<string, string>();
  const render = (source: string) => {
    let html = renderCache.get(source);
    if (html === undefined) {
      html = renderMarkdown(source);
      if (renderCache.size < 10_000) renderCache.set(source, html);
    }
    return html;
  };

  const results: ImportedThreadResult[] = [];
  const channelTotals = new Map<number, { count: number; lastActivityAt: number }>();
  let pending: BatchItem<"sqlite">[] = [];
  let threadsWritten = 0;
  let threadsInPending = 0;

  const flush = async () => {
    for (const [channelId, totals] of channelTotals) {
      pending.push(
        db
          .update(channels)
          .set({
            threadCount: sql`${channels.threadCount} + ${totals.count}`,
            lastActivityAt: sql`max(coalesce(${channels.lastActivityAt}, 0), ${totals.lastActivityAt})`,
          })
          .where(eq(channels.id, channelId)),
      );
    }
    const [first, ...rest] = pending;
    if (first) await db.batch([first, ...rest]);
    threadsWritten += threadsInPending;
    pending = [];
    threadsInPending = 0;
    channelTotals.clear();
    options.onProgress?.(threadsWritten);
  };

  for (const thread of list) {
    const kind = thread.kind ?? "discussion";
    // Details only on their own kind. (Test factories still import bare cases and polls.)
    if ((thread.caseDetails && kind !== "case") || (thread.poll && kind !== "poll")) {
      throw new DomainError("INVALID", "Case details belong to a case and poll options to a poll.");
    }
    const threadId = nextThreadId++;
    const channelId = channelIds.get(thread.channelSlug) as number;
    const threadVotes = tally(thread.votes);
    const commentList = thread.comments ?? [];
    const commentIds: number[] = [];
    const commentDepths: number[] = [];
    let lastActivityAt = thread.createdAt;
    const commentRows: (typeof comments.$inferInsert)[] = [];
    const voteRows: (typeof votes.$inferInsert)[] = (thread.votes ?? []).map((vote) => ({
      voterId: vote.voterId,
      targetType: "thread" as const,
      targetId: threadId,
      value: vote.value,
      createdAt: vote.createdAt,
    }));
    commentList.forEach((comment, index) => {
      const commentId = nextCommentId++;
      const parentIndex = comment.parentIndex;
      if (parentIndex !== null && (parentIndex < 0 || parentIndex >= index)) {
        throw new DomainError("INVALID", "A reply's parent must come before it in the same thread.");
      }
      const parentId = parentIndex === null ? null : (commentIds[parentIndex] as number);
      const depth = parentIndex === null ? 0 : Math.min((commentDepths[parentIndex] as number) + 1, MAX_REPLY_DEPTH);
      commentIds.push(commentId);
      commentDepths.push(depth);
      lastActivityAt = Math.max(lastActivityAt, comment.createdAt);
      const counts = tally(comment.votes);
      commentRows.push({
        id: commentId,
        threadId,
        parentId,
        authorId: comment.authorId,
        depth,
        bodySource: comment.bodySource,
        bodyHtml: render(comment.bodySource),
        isAnonymous: comment.isAnonymous ?? false,
        ...counts,
        createdAt: comment.createdAt,
        deletedAt: comment.deleted ? comment.createdAt : null,
      });
      for (const vote of comment.votes ?? []) {
        voteRows.push({ voterId: vote.voterId, targetType: "comment", targetId: commentId, value: vote.value, createdAt: vote.createdAt });
      }
    });
    const threadHtml = render(thread.bodySource);
    pending.push(
      db.insert(threads).values({
        id: threadId,
        channelId,
        authorId: thread.authorId,
        kind,
        title: thread.title,
        slug: slugify(thread.title),
        bodySource: thread.bodySource,
        bodyHtml: threadHtml,
        excerpt: excerptOf(threadHtml),
        isAnonymous: thread.isAnonymous ?? false,
        ...threadVotes,
        commentCount: commentList.filter((comment) => !comment.deleted).length,
        hotRank: computeHotRank(threadVotes.score, thread.createdAt),
        caseStatus: thread.caseDetails ? "unsolved" : null,
        createdAt: thread.createdAt,
        lastActivityAt,
      }),
    );
    if (thread.caseDetails) pending.push(caseDetailsStatement(db, threadId, thread.caseDetails));
    if (thread.poll) {
      const poll = pollStatements(db, threadId, thread.poll, nextPollOptionId);
      nextPollOptionId += poll.optionIds;
      pending.push(...poll.statements);
    }
    // SQLite allows at most 32,766 bound parameters per statement: 13 columns × 500 rows is safe.
    for (let start = 0; start < commentRows.length; start += 500) {
      pending.push(db.insert(comments).values(commentRows.slice(start, start + 500)));
    }
    // The works imported posts cite, as posting records them (pending until the evidence job, or
    // already described when the importer wrote their reference rows first, as the demo seed does).
    pending.push(...citationStatements(db, citedReferences(render(thread.bodySource)), { threadId, commentId: null, citedAt: thread.createdAt }, thread.createdAt));
    for (const row of commentRows) {
      if (row.deletedAt !== null) continue;
      pending.push(...citationStatements(db, citedReferences(row.bodyHtml), { threadId, commentId: row.id as number, citedAt: row.createdAt }, row.createdAt));
    }
    for (let start = 0; start < voteRows.length; start += 1000) {
      pending.push(db.insert(votes).values(voteRows.slice(start, start + 1000)));
    }
    const totals = channelTotals.get(channelId) ?? { count: 0, lastActivityAt: 0 };
    totals.count += 1;
    totals.lastActivityAt = Math.max(totals.lastActivityAt, lastActivityAt);
    channelTotals.set(channelId, totals);
    results.push({ threadId, commentIds });
    threadsInPending += 1;
    if (pending.length >= STATEMENTS_PER_BATCH) await flush();
  }
  if (threadsInPending > 0) await flush();
  return results;
}
