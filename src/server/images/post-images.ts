import { and, asc, eq, inArray, isNull, sql, type SQLWrapper } from "drizzle-orm";
import type { Database } from "../db/client";
import { comments, images, threads } from "../db/schema";

/** An image as a post shows it: addresses, sizes for the `<img>` box, and its description. */
export interface PostImage {
  key: string;
  alt: string;
  width: number;
  height: number;
  /** The thumbnail's box; the full image's when the upload had no thumbnail (no JavaScript). */
  thumbWidth: number;
  thumbHeight: number;
}

const columns = {
  key: images.key,
  alt: images.alt,
  width: images.width,
  height: images.height,
  thumbWidth: images.thumbWidth,
  thumbHeight: images.thumbHeight,
  threadId: images.threadId,
  commentId: images.commentId,
};

/** The images of a thread's own post (for the thread page's batch; uses images_thread_idx). */
export function threadImagesQuery(db: Database, threadId: number | SQLWrapper) {
  return db
    .select(columns)
    .from(images)
    .where(and(eq(images.threadId, threadId), isNull(images.removedAt)))
    .orderBy(asc(images.position));
}

/** The images of one reply (uses images_comment_idx). */
export function replyImagesOfQuery(db: Database, commentId: number) {
  return db
    .select(columns)
    .from(images)
    .where(and(eq(images.commentId, commentId), isNull(images.removedAt)))
    .orderBy(asc(images.position));
}

/** The images of every reply of a thread (uses images_comment_idx per reply). */
export function replyImagesQuery(db: Database, threadId: number | SQLWrapper) {
  return db
    .select(columns)
    .from(images)
    .where(and(inArray(images.commentId, sql`(select ${comments.id} from ${comments} where ${comments.threadId} = ${threadId})`), isNull(images.removedAt)))
    .orderBy(asc(images.commentId), asc(images.position));
}

type ImageRow = {
  key: string;
  alt: string;
  width: number;
  height: number;
  thumbWidth: number | null;
  thumbHeight: number | null;
  commentId: number | null;
};

export function toPostImage(row: ImageRow): PostImage {
  return {
    key: row.key,
    alt: row.alt,
    width: row.width,
    height: row.height,
    thumbWidth: row.thumbWidth ?? row.width,
    thumbHeight: row.thumbHeight ?? row.height,
  };
}

/** Reply images grouped by reply id, in their order. */
export function imagesByReply(rows: readonly ImageRow[]): Map<number, PostImage[]> {
  const byReply = new Map<number, PostImage[]>();
  for (const row of rows) {
    if (row.commentId === null) continue;
    const list = byReply.get(row.commentId) ?? [];
    list.push(toPostImage(row));
    byReply.set(row.commentId, list);
  }
  return byReply;
}

/**
 * One image with the post it belongs to (thread, or reply and its thread), for the rules that
 * depend on the post: who may see the image (serve-image.ts) and who may remove it
 * (moderation/remove-image.ts). One query; no row for an unknown key.
 */
export function imageWithPostQuery(db: Database, key: string) {
  return db
    .select({
      id: images.id,
      type: images.type,
      thumbType: images.thumbType,
      ownerId: images.ownerId,
      threadId: images.threadId,
      commentId: images.commentId,
      removedAt: images.removedAt,
      channelId: threads.channelId,
      threadAuthorId: threads.authorId,
      threadState: threads.moderationState,
      threadDeletedAt: threads.deletedAt,
      commentAuthorId: comments.authorId,
      commentState: comments.moderationState,
      commentDeletedAt: comments.deletedAt,
    })
    .from(images)
    .leftJoin(comments, eq(comments.id, images.commentId))
    .leftJoin(threads, eq(threads.id, sql`coalesce(${images.threadId}, ${comments.threadId})`))
    .where(eq(images.key, key));
}
