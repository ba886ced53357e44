import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { images, phiConfirmations, type ImageType } from "../db/schema";
import { DomainError } from "../errors";
import { assertCanPost, consumePostingLimit } from "../forum/posting-rules";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { imageObjectKey, type ImageBucket } from "./bucket";
import { formatBytes, IMAGE_CONTENT_TYPES, MAX_ALT_LENGTH, MAX_IMAGE_BYTES, MAX_IMAGE_EDGE, MAX_THUMB_BYTES, MAX_THUMB_EDGE, newImageKey } from "./image-rules";
import { sanitizeImage } from "./strip-metadata";

/** The text that comes with an upload: its description (alt text) and the "not patient information" box. */
export const imageUploadSchema = z
  .object({
    alt: scannedText(
      z
        .string({ error: "Describe the image in a few words (what it shows, for colleagues who cannot see it)." })
        .trim()
        .min(3, { error: "Describe the image in a few words (what it shows, for colleagues who cannot see it)." })
        .max(MAX_ALT_LENGTH, { error: `Keep the description under ${MAX_ALT_LENGTH} characters.` }),
    ),
    confirmNotPhi: checkbox,
    /** The member confirmed, in the editor, that the patient consented to a face left uncovered. */
    faceConsent: checkbox,
  })
  .strict();

export interface ImageUpload {
  image: Uint8Array;
  /** The browser's small copy; absent without JavaScript. */
  thumbnail?: Uint8Array | null;
  fields: Record<string, unknown>;
}

export interface UploadedImage {
  /** The random key: the image's address and the name a post refers to it by. */
  key: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  hasThumbnail: boolean;
}

interface CheckedImage {
  type: ImageType;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * One file, checked as the server trusts nothing: the type from its magic bytes (never its name
 * or Content-Type), its size and dimensions, then every metadata segment removed without
 * re-encoding (src/server/images/strip-metadata.ts). Refusals are plain sentences naming the file.
 */
function checkImage(bytes: Uint8Array, what: "image" | "thumbnail"): CheckedImage {
  const [maxBytes, maxEdge] = what === "image" ? [MAX_IMAGE_BYTES, MAX_IMAGE_EDGE] : [MAX_THUMB_BYTES, MAX_THUMB_EDGE];
  const field = { [what]: "" };
  const refuse = (message: string): never => {
    throw new DomainError("INVALID", message, { ...field, [what]: message });
  };
  if (bytes.byteLength === 0) refuse(what === "image" ? "Choose an image to attach." : "The thumbnail is empty.");
  if (bytes.byteLength > maxBytes) {
    refuse(`This ${what} is ${formatBytes(bytes.byteLength)}; Rounds takes up to ${formatBytes(maxBytes)}. Save it smaller (JPEG or WebP) and attach it again.`);
  }
  // Identify, check the limits, strip, then identify the output again (same type and size).
  // The Exif orientation tag alone is written back: without it a phone portrait uploaded without
  // JavaScript (nothing re-encodes it) would show on its side; it holds no text.
  const clean = sanitizeImage(bytes, { maxEdge, maxPixels: maxEdge * maxEdge }, { keepOrientation: true });
  if (!clean.ok) return refuse(clean.message);
  return { type: clean.type, width: clean.width, height: clean.height, bytes: clean.bytes };
}

/**
 * Stores an image for a post the member is writing. Rules: a member who may post; the description
 * is screened for patient identifiers like any text (block refuses, warn needs the box, whose
 * confirmation is recorded without the text); the per-member daily count and kilobyte limits
 * (admin-tunable, /admin/limits); the file passes checkImage. The row is written before the
 * objects, so a failed upload leaves at most a row the prune job clears, never an object nobody
 * knows of. The image stays pending (seen only by its owner) until a post carries it.
 */
export async function uploadImage(db: Database, bucket: ImageBucket, viewer: Viewer | null, upload: ImageUpload, now: number): Promise<UploadedImage> {
  assertCanPost(viewer, now);
  const data = parseInput(imageUploadSchema, upload.fields);
  const warned = screenForPhi({ alt: data.alt }, data.confirmNotPhi);
  const full = checkImage(upload.image, "image");
  const thumb = upload.thumbnail && upload.thumbnail.byteLength > 0 ? checkImage(upload.thumbnail, "thumbnail") : null;
  const storedBytes = full.bytes.byteLength + (thumb?.bytes.byteLength ?? 0);
  await consumePostingLimit(db, viewer, "image", now, { image_kb: storedBytes / 1024 });

  const key = newImageKey();
  const row = db.insert(images).values({
    key,
    ownerId: viewer.userId,
    type: full.type,
    width: full.width,
    height: full.height,
    bytes: full.bytes.byteLength,
    thumbType: thumb?.type ?? null,
    thumbWidth: thumb?.width ?? null,
    thumbHeight: thumb?.height ?? null,
    thumbBytes: thumb?.bytes.byteLength ?? null,
    alt: data.alt,
    createdAt: now,
  });
  // What the member confirmed is recorded like "not patient information": who, when, which kinds
  // (a face is "face"), never the text or the image.
  const confirmed = [...warned, ...(data.faceConsent ? ["face"] : [])];
  if (confirmed.length > 0) {
    const imageId = sql`(select ${images.id} from ${images} where ${images.key} = ${key})`;
    await db.batch([row, db.insert(phiConfirmations).values({ userId: viewer.userId, targetType: "image", targetId: imageId, categories: confirmed.join(","), createdAt: now })]);
  } else {
    await row;
  }
  try {
    await bucket.put(imageObjectKey(key, "full"), full.bytes, {
      httpMetadata: { contentType: IMAGE_CONTENT_TYPES[full.type] },
    });
    if (thumb)
      await bucket.put(imageObjectKey(key, "thumb"), thumb.bytes, {
        httpMetadata: { contentType: IMAGE_CONTENT_TYPES[thumb.type] },
      });
  } catch {
    await bucket.delete([imageObjectKey(key, "full"), imageObjectKey(key, "thumb")]).catch(() => undefined);
    await db.delete(images).where(eq(images.key, key));
    throw new DomainError("UNAVAILABLE", "The image could not be stored just now. Your post is kept; attach the image again in a moment.");
  }
  return {
    key,
    width: full.width,
    height: full.height,
    bytes: full.bytes.byteLength,
    alt: data.alt,
    hasThumbnail: thumb !== null,
  };
}
