import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { assertAdmin, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { comments, threads, users } from "../db/schema";
import { DomainError } from "../errors";
import { describeAuthor } from "../forum/author";
import { plainTextExcerpt } from "../forum/profile";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { auditStatement } from "./audit-log";

export const REVEAL_ACTION = "anonymous.reveal";

const targetShape = {
  targetType: z.enum(["thread", "comment"], { error: "Choose a thread or a reply." }),
  targetId: z.coerce.number({ error: "Which post?" }).int({ error: "Which post?" }).positive({ error: "Which post?" }),
};

/** Which post an admin is looking at on /admin/reveal (no reason needed just to look). */
export const revealTargetSchema = z.object(targetShape).strict();

export const revealAuthorSchema = z
  .object({
    ...targetShape,
    reason: scannedText(
      z
        .string({ error: "Say why you need to know who wrote this post." })
        .trim()
        .min(10, { error: "Say why you need to know who wrote this post, in at least 10 characters." })
        .max(500, { error: "Keep the reason under 500 characters." }),
    ),
    confirmNotPhi: checkbox,
  })
  .strict();

export interface RevealTarget {
  targetType: "thread" | "comment";
  targetId: number;
  isAnonymous: boolean;
  /** The thread's title (for a reply, the title of the thread it answers). */
  threadTitle: string;
  /** Plain text, about 300 characters. */
  excerpt: string;
  link: string;
  createdAt: number;
  deleted: boolean;
  /** What members see as the author: for an anonymous post, never the pseudonym. */
  authorDisplay: string;
}

const EXCERPT_LENGTH = 300;
const EXCERPT_HTML_CHARS = 3000;

const notFound = () => new DomainError("NOT_FOUND", "There is no such post.");

/**
 * The post an admin is about to reveal the author of, as members see it: title, an excerpt and
 * the author label. Admins only. It never returns the author of an anonymous post (looking is
 * not revealing, and only revealing is audited).
 */
export async function loadRevealTarget(db: Database, viewer: Viewer | null, input: unknown): Promise<RevealTarget> {
  assertAdmin(viewer, "reveal who wrote an anonymous post");
  const { targetType, targetId } = parseInput(revealTargetSchema, input);
  const authorColumns = {
    authorPseudonym: users.pseudonym,
    authorSpecialtySlug: users.specialtySlug,
    authorDeletedAt: users.deletedAt,
  };
  if (targetType === "thread") {
    const [row] = await db
      .select({
        id: threads.id,
        title: threads.title,
        slug: threads.slug,
        html: threads.bodyHtml,
        isAnonymous: threads.isAnonymous,
        createdAt: threads.createdAt,
        deletedAt: threads.deletedAt,
        ...authorColumns,
      })
      .from(threads)
      .leftJoin(users, eq(users.id, threads.authorId))
      .where(eq(threads.id, targetId));
    if (!row) throw notFound();
    return {
      targetType,
      targetId,
      isAnonymous: row.isAnonymous,
      threadTitle: row.title,
      excerpt: excerptOf(row.html),
      link: `/t/${row.id}/${row.slug}`,
      createdAt: row.createdAt,
      deleted: row.deletedAt !== null,
      authorDisplay: describeAuthor(row).display,
    };
  }
  const [row] = await db
    .select({
      id: comments.id,
      html: comments.bodyHtml,
      isAnonymous: comments.isAnonymous,
      createdAt: comments.createdAt,
      deletedAt: comments.deletedAt,
      threadId: threads.id,
      threadTitle: threads.title,
      threadSlug: threads.slug,
      ...authorColumns,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, targetId));
  if (!row) throw notFound();
  return {
    targetType,
    targetId,
    isAnonymous: row.isAnonymous,
    threadTitle: row.threadTitle,
    excerpt: excerptOf(row.html),
    link: `/t/${row.threadId}/${row.threadSlug}#reply-${row.id}`,
    createdAt: row.createdAt,
    deleted: row.deletedAt !== null,
    authorDisplay: describeAuthor(row).display,
  };
}

function excerptOf(html: string): string {
  return html.length > EXCERPT_HTML_CHARS ? plainTextExcerpt(html.slice(0, EXCERPT_HTML_CHARS), EXCERPT_LENGTH, true) : plainTextExcerpt(html, EXCERPT_LENGTH);
}

/**
 * Tells an admin who wrote an anonymous thread or reply. Rules: admins only; only anonymous
 * posts (a signed post's author is already public); a reason of 10–500 characters, screened
 * for patient identifiers like any text (it is kept in the audit log); the audit
 * entry (actor, "anonymous.reveal", the post, the reason) is written in the same batch that
 * reads the author, and before it, so if the audit write fails the author is never read and
 * nothing is revealed. A reveal that finds no author after its audit entry was written stays
 * logged: recording an attempt is harmless, missing a reveal is not.
 */
export async function revealAnonymousAuthor(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ pseudonym: string; userId: number }> {
  assertAdmin(viewer, "reveal who wrote an anonymous post");
  const { targetType, targetId, reason, confirmNotPhi } = parseInput(revealAuthorSchema, input);
  const table = targetType === "thread" ? threads : comments;

  // Checked first so refused reveals (missing or signed posts) leave no audit entry.
  const [target] = await db.select({ isAnonymous: table.isAnonymous, authorId: table.authorId }).from(table).where(eq(table.id, targetId));
  if (!target) throw notFound();
  if (!target.isAnonymous) throw new DomainError("INVALID", "This post is not anonymous.");
  if (target.authorId === null) throw new DomainError("NOT_FOUND", "The author's account no longer exists: there is no one to reveal.");
  screenForPhi({ reason }, confirmNotPhi);

  const [, authorRows] = await db.batch([
    auditStatement(db, { actorId: viewer.userId, action: REVEAL_ACTION, targetType, targetId, reason }, now),
    db
      .select({ userId: users.id, pseudonym: users.pseudonym })
      .from(table)
      .innerJoin(users, eq(users.id, table.authorId))
      .where(and(eq(table.id, targetId), eq(table.isAnonymous, true))),
  ]);
  const author = authorRows[0];
  if (!author) throw new DomainError("NOT_FOUND", "The post changed or its author's account no longer exists: there is no one to reveal.");
  return { pseudonym: author.pseudonym, userId: author.userId };
}
