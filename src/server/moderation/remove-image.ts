import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { images } from "../db/schema";
import { DomainError } from "../errors";
import { IMAGE_KEY_PATTERN } from "../images/image-rules";
import { imageWithPostQuery } from "../images/post-images";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { auditStatementIf } from "./audit-log";
import { assertMayModerate } from "./permissions";

export const removeImageSchema = z
  .object({
    imageKey: z.string({ error: "Which image?" }).regex(IMAGE_KEY_PATTERN, { error: "Which image?" }),
    reason: scannedText(
      z
        .string({ error: "Say why the image is removed (the author reads it)." })
        .trim()
        .min(3, { error: "Say why the image is removed (the author reads it)." })
        .max(300, { error: "Keep the reason under 300 characters." }),
    ),
  })
  .strict();

/**
 * A moderator removes one image of a post, leaving the text: its channel's moderators only, never
 * on their own post (the settle_post rule); the reason is screened like every moderator's text and
 * audited against the post, so it shows in the post's history. The image is no longer served from
 * that moment; the prune job deletes its objects. Removing an image twice changes nothing.
 */
export async function removePostImage(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ targetType: "thread" | "comment"; targetId: number }> {
  const data = parseInput(removeImageSchema, input);
  screenForPhi({ reason: data.reason }, false);
  const [row] = await imageWithPostQuery(db, data.imageKey);
  if (!row || row.channelId === null) throw new DomainError("NOT_FOUND", "This image does not exist or is not part of a post.");
  const target =
    row.commentId !== null
      ? { targetType: "comment" as const, targetId: row.commentId, authorId: row.commentAuthorId }
      : { targetType: "thread" as const, targetId: row.threadId ?? 0, authorId: row.threadAuthorId };
  assertMayModerate(viewer, "settle_post", { channelIds: [row.channelId], authorId: target.authorId }, now);
  if (row.removedAt !== null) return { targetType: target.targetType, targetId: target.targetId };
  const stillThere = sql`select 1 from ${images} where ${images.id} = ${row.id} and ${images.removedAt} is null`;
  await db.batch([
    auditStatementIf(db, { actorId: viewer.userId, action: "remove_image", targetType: target.targetType, targetId: target.targetId, reason: data.reason }, now, stillThere),
    db
      .update(images)
      .set({ removedAt: now })
      .where(and(eq(images.id, row.id), isNull(images.removedAt))),
  ]);
  return { targetType: target.targetType, targetId: target.targetId };
}
