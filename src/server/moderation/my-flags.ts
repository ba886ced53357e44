import { and, desc, eq, lt } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { comments, flags, threads, type FlagReason } from "../db/schema";
import { assertVerifiedMember } from "../forum/posting-rules";
import { flagOutcomeText } from "./flags";

export interface MyFlag {
  id: number;
  targetType: "thread" | "comment";
  reason: FlagReason;
  status: "open" | "upheld" | "dismissed";
  /** In the flagger's terms: what moderators did. */
  outcomeText: string;
  createdAt: number;
  resolvedAt: number | null;
  /** A link to the post while members can see it; null once it is hidden or removed. */
  href: string | null;
  /** The thread's title while members can see it. */
  threadTitle: string | null;
}

const PAGE_SIZE = 50;

/**
 * A member's own flags with what became of them, newest first. Rule: only the flagger's own
 * flags; the post is linked only while members can see it, so a removed post's title is not
 * shown again here.
 */
export async function loadMyFlags(db: Database, viewer: Viewer | null, before?: number): Promise<{ flags: MyFlag[]; nextBefore: number | null }> {
  assertVerifiedMember(viewer);
  const rows = await db
    .select({
      id: flags.id,
      targetType: flags.targetType,
      targetId: flags.targetId,
      reason: flags.reason,
      status: flags.status,
      outcome: flags.outcome,
      createdAt: flags.createdAt,
      resolvedAt: flags.resolvedAt,
      threadId: threads.id,
      threadSlug: threads.slug,
      threadTitle: threads.title,
      threadLive: threads.moderationState,
      threadDeletedAt: threads.deletedAt,
      commentState: comments.moderationState,
      commentDeletedAt: comments.deletedAt,
    })
    .from(flags)
    .innerJoin(threads, eq(threads.id, flags.threadId))
    .leftJoin(comments, and(eq(flags.targetType, "comment"), eq(comments.id, flags.targetId)))
    .where(and(eq(flags.reporterId, viewer.userId), before !== undefined && Number.isSafeInteger(before) ? lt(flags.id, before) : undefined))
    .orderBy(desc(flags.id))
    .limit(PAGE_SIZE + 1);
  const result = rows.slice(0, PAGE_SIZE).map((row): MyFlag => {
    const threadVisible = row.threadLive === null && row.threadDeletedAt === null;
    const postVisible = threadVisible && (row.targetType === "thread" || (row.commentState === null && row.commentDeletedAt === null));
    const anchor = row.targetType === "comment" ? `#reply-${row.targetId}` : "";
    return {
      id: row.id,
      targetType: row.targetType,
      reason: row.reason,
      status: row.status,
      outcomeText: row.status === "open" ? "Waiting for a moderator." : flagOutcomeText(row.outcome),
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt,
      href: postVisible ? `/t/${row.threadId}/${row.threadSlug}${anchor}` : null,
      threadTitle: threadVisible ? row.threadTitle : null,
    };
  });
  return { flags: result, nextBefore: rows.length > PAGE_SIZE ? (result[result.length - 1]?.id ?? null) : null };
}
