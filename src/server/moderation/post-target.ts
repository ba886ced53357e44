import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { comments, threads } from "../db/schema";
import type { ModerationState } from "./visibility";

export type PostType = "thread" | "comment";

/** A thread or reply as moderation sees it: where it lives, who wrote it and its state. */
export interface PostTarget {
  type: PostType;
  id: number;
  threadId: number;
  channelId: number;
  authorId: number | null;
  isAnonymous: boolean;
  moderationState: ModerationState | null;
  deletedAt: number | null;
  /** The thread's own state (for a reply: its thread's), which hides everything inside it. */
  threadModerationState: ModerationState | null;
  threadDeletedAt: number | null;
  threadAuthorId: number | null;
}

/**
 * One post as moderation sees it, as a statement (for a caller's batch). A thread and a reply
 * give rows of the same shape: for a thread, its "thread" columns are its own.
 */
export function postTargetQuery(db: Database, type: PostType, id: number) {
  if (type === "thread") {
    return db
      .select({
        id: threads.id,
        threadId: threads.id,
        channelId: threads.channelId,
        authorId: threads.authorId,
        isAnonymous: threads.isAnonymous,
        moderationState: threads.moderationState,
        deletedAt: threads.deletedAt,
        threadModerationState: threads.moderationState,
        threadDeletedAt: threads.deletedAt,
        threadAuthorId: threads.authorId,
      })
      .from(threads)
      .where(eq(threads.id, id));
  }
  return db
    .select({
      id: comments.id,
      threadId: comments.threadId,
      channelId: threads.channelId,
      authorId: comments.authorId,
      isAnonymous: comments.isAnonymous,
      moderationState: comments.moderationState,
      deletedAt: comments.deletedAt,
      threadModerationState: threads.moderationState,
      threadDeletedAt: threads.deletedAt,
      threadAuthorId: threads.authorId,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, id));
}

/** The row of postTargetQuery as a PostTarget; undefined when the post does not exist. */
export function toPostTarget(type: PostType, rows: Awaited<ReturnType<typeof postTargetQuery>>): PostTarget | undefined {
  const row = rows[0];
  return row && { ...row, type };
}

/** Reads one post (a thread or a reply with its thread) in a single query; undefined when absent. */
export async function loadPostTarget(db: Database, type: PostType, id: number): Promise<PostTarget | undefined> {
  return toPostTarget(type, await postTargetQuery(db, type, id));
}
