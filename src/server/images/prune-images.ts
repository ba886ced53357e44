import { and, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { comments, images, threads } from "../db/schema";
import { imageObjectKey, type ImageBucket } from "./bucket";
import { PENDING_IMAGE_TTL_MS } from "./image-rules";

export interface ImagePruneResult {
  deleted: number;
  /** False when more were due than one run deletes (the next run continues). */
  complete: boolean;
}

/**
 * Deletes images nobody may see any more: uploads never attached to a post within a day, images a
 * moderator removed, and the images of posts their authors deleted. Objects go first, then rows,
 * so a failure leaves rows for the next run rather than objects no row points at. A post a
 * moderator hid or removed keeps its images (a moderator may restore it); they are simply not served.
 */
export async function pruneImages(db: Database, bucket: ImageBucket, now: number, options: { batchSize?: number; maxBatches?: number } = {}): Promise<ImagePruneResult> {
  const batchSize = options.batchSize ?? 200;
  const maxBatches = options.maxBatches ?? 10;
  const due = or(
    and(isNull(images.threadId), isNull(images.commentId), lte(images.createdAt, now - PENDING_IMAGE_TTL_MS)),
    isNotNull(images.removedAt),
    inArray(images.threadId, sql`(select ${threads.id} from ${threads} where ${threads.deletedAt} is not null)`),
    inArray(images.commentId, sql`(select ${comments.id} from ${comments} where ${comments.deletedAt} is not null)`),
  );
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = await db.select({ id: images.id, key: images.key }).from(images).where(due).limit(batchSize);
    if (rows.length === 0) return { deleted, complete: true };
    await bucket.delete(rows.flatMap((row) => [imageObjectKey(row.key, "full"), imageObjectKey(row.key, "thumb")]));
    await db.delete(images).where(
      inArray(
        images.id,
        rows.map((row) => row.id),
      ),
    );
    deleted += rows.length;
    if (rows.length < batchSize) return { deleted, complete: true };
  }
  return { deleted, complete: false };
}
