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

/** Reads one post (a thread or a reply with its thread) in a single query; undefined when absent. */
export async function loadPostTarget(db: Database, type: PostType, id: number): Promise<PostTarget | undefined> {
  if (type === "thread") {
    const [row] = await db
      .select({
        id: threads.id,
        channelId: threads.channelId,
        authorId: threads.authorId,
        isAnonymous: threads.isAnonymous,
        moderationState: threads.moderationState,
        deletedAt: threads.deletedAt,
      })
      .from(threads)
      .where(eq(threads.id, id));
    return row && { ...row, type, threadId: row.id, threadModerationState: row.moderationState, threadDeletedAt: row.deletedAt, threadAuthorId: row.authorId };
  }
  const [row] = await db
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
  return row && { ...row, type };
}
