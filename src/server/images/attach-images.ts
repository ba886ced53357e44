import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { images } from "../db/schema";
import { DomainError } from "../errors";
import { IMAGE_KEY_PATTERN, MAX_IMAGES_PER_POST } from "./image-rules";
import { toPostImage, type PostImage } from "./post-images";

const NOT_YOURS = "An attached image is no longer available (it was removed, or its upload expired after a day). Remove it from the post and attach it again.";

/**
 * The image keys a post form or API body carries under `images`: a JSON array, or (from a page
 * form) keys separated by commas or spaces. Returns the rest of the input untouched, so each
 * post schema stays `.strict()` about everything else. At most 6 distinct keys, in order.
 */
export function takeImageKeys(input: unknown): { keys: string[]; rest: unknown } {
  if (typeof input !== "object" || input === null || Array.isArray(input) || !("images" in input)) return { keys: [], rest: input };
  const { images: raw, ...rest } = input as Record<string, unknown>;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : null;
  if (list === null || list.some((key) => typeof key !== "string")) {
    throw new DomainError("INVALID", "Images are listed by their keys.", {
      images: "Images are listed by their keys.",
    });
  }
  const keys = [...new Set((list as string[]).filter((key) => key !== ""))];
  if (keys.length > MAX_IMAGES_PER_POST) {
    const message = `A post carries up to ${MAX_IMAGES_PER_POST} images; this one has ${keys.length}. Remove ${keys.length - MAX_IMAGES_PER_POST}.`;
    throw new DomainError("INVALID", message, { images: message });
  }
  if (keys.some((key) => !IMAGE_KEY_PATTERN.test(key))) throw new DomainError("NOT_FOUND", NOT_YOURS, { images: NOT_YOURS });
  return { keys, rest };
}

/** Reads which of the keys are this member's pending uploads (run in the post's first read). */
export function pendingImagesQuery(db: Database, ownerId: number, keys: readonly string[]) {
  return db
    .select({ key: images.key })
    .from(images)
    .where(and(inArray(images.key, keys.length > 0 ? [...keys] : [""]), eq(images.ownerId, ownerId), isNull(images.threadId), isNull(images.commentId), isNull(images.removedAt)));
}

/** Every key must be the author's own pending upload: nobody attaches someone else's image, or one twice. */
export function assertImagesPending(keys: readonly string[], rows: ReadonlyArray<{ key: string }>): void {
  const found = new Set(rows.map((row) => row.key));
  if (keys.some((key) => !found.has(key))) throw new DomainError("NOT_FOUND", NOT_YOURS, { images: NOT_YOURS });
}

/**
 * Statements that attach the uploads to the post being written, in the post's batch, in the
 * order given. Conditioned on the upload still being pending, so a race cannot move an image
 * from one post to another.
 */
export function attachImagesStatements(
  db: Database,
  ownerId: number,
  keys: readonly string[],
  target: { threadId: SQL | number } | { commentId: SQL | number },
): BatchItem<"sqlite">[] {
  return keys.map((key, position) =>
    db
      .update(images)
      .set({
        ...("threadId" in target ? { threadId: sql`${target.threadId}` } : { commentId: sql`${target.commentId}` }),
        position,
      })
      .where(and(eq(images.key, key), eq(images.ownerId, ownerId), isNull(images.threadId), isNull(images.commentId))),
  );
}

/**
 * The member's own pending uploads among `keys`, in that order, to show again in a composer that
 * came back (refused, previewed, or after attaching one more image without JavaScript). Keys that
 * are not theirs or no longer pending are left out, so the form never shows someone else's image.
 */
export async function loadOwnPendingImages(db: Database, viewer: { userId: number } | null, keys: readonly string[]): Promise<PostImage[]> {
  if (!viewer || keys.length === 0) return [];
  const rows = await db
    .select({
      key: images.key,
      alt: images.alt,
      width: images.width,
      height: images.height,
      thumbWidth: images.thumbWidth,
      thumbHeight: images.thumbHeight,
      commentId: images.commentId,
    })
    .from(images)
    .where(and(inArray(images.key, [...keys]), eq(images.ownerId, viewer.userId), isNull(images.threadId), isNull(images.commentId), isNull(images.removedAt)));
  const byKey = new Map(rows.map((row) => [row.key, toPostImage(row)]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}
