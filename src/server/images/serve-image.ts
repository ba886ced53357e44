import { canReadForum, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { DomainError } from "../errors";
import { postVisibility } from "../moderation/visibility";
import { imageObjectKey } from "./bucket";
import { IMAGE_CONTENT_TYPES, IMAGE_KEY_PATTERN } from "./image-rules";
import { imageWithPostQuery } from "./post-images";

export const IMAGE_NOT_FOUND = "This image does not exist or is no longer available.";

export interface ServableImage {
  objectKey: string;
  contentType: string;
}

/**
 * Which stored object a viewer may fetch for an image address. The rule: members only (a visitor,
 * a pending or rejected account gets the same answer as for a missing image); an image removed by
 * a moderator is gone; a pending upload is its owner's alone; an attached image is seen exactly
 * when its post's text is (moderation/visibility.ts: a removed post's placeholder shows no images,
 * a deleted post has none), and a reply's image also needs its thread to be seen. The thumbnail
 * falls back to the full image for uploads made without JavaScript. One query.
 */
export async function findServableImage(db: Database, viewer: Viewer | null, key: string, variant: "full" | "thumb"): Promise<ServableImage> {
  const missing = () => new DomainError("NOT_FOUND", IMAGE_NOT_FOUND);
  if (!canReadForum(viewer) || !IMAGE_KEY_PATTERN.test(key)) throw missing();
  const [row] = await imageWithPostQuery(db, key);
  if (!row || row.removedAt !== null) throw missing();
  const pending = row.threadId === null && row.commentId === null;
  if (pending && row.ownerId !== viewer.userId) throw missing();
  if (!pending) {
    if (row.channelId === null || row.threadDeletedAt !== null) throw missing();
    const threadSeen = postVisibility(viewer, { authorId: row.threadAuthorId, moderationState: row.threadState }, row.channelId);
    if (threadSeen === "gone" || threadSeen === "removed") throw missing();
    if (row.commentId !== null) {
      if (row.commentDeletedAt !== null) throw missing();
      const replySeen = postVisibility(viewer, { authorId: row.commentAuthorId, moderationState: row.commentState }, row.channelId);
      if (replySeen === "gone" || replySeen === "removed") throw missing();
    }
  }
  const type = variant === "thumb" && row.thumbType ? row.thumbType : row.type;
  return {
    objectKey: imageObjectKey(key, variant === "thumb" && row.thumbType ? "thumb" : "full"),
    contentType: IMAGE_CONTENT_TYPES[type],
  };
}
