import { DomainError } from "../server/errors";
import { MAX_IMAGE_BYTES, MAX_THUMB_BYTES } from "../server/images/image-rules";
import type { ImageUpload } from "../server/images/upload-image";
import { BODY_HAS_NUL_MESSAGE, BODY_NOT_UTF8_MESSAGE, discardRest, mediaTypeOf, readLimitedBody } from "./request-body";

/** An image upload's body: the image, its thumbnail and a few short text fields, with room for multipart framing. */
export const MAX_IMAGE_UPLOAD_BODY_BYTES = MAX_IMAGE_BYTES + MAX_THUMB_BYTES + 16 * 1024;

const TOO_LARGE = `This upload is too large: an image may be at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MB. Save it smaller (JPEG or WebP) and attach it again.`;

/**
 * Reads a multipart image upload (fields `image`, optional `thumbnail`, and text fields) under the
 * same rules as every body (src/lib/request-body.ts), adapted to binary parts: the size limit is
 * the upload's; the file parts are bytes, judged later by their magic numbers; each text field is
 * held to the text rules (no NUL; U+FFFD, which the multipart decoder puts where bytes were not
 * UTF-8, is refused as not UTF-8).
 */
export async function readImageUploadBody(request: Request): Promise<ImageUpload> {
  if (mediaTypeOf(request.headers.get("content-type")) !== "multipart/form-data") {
    throw new DomainError("INVALID", "Send the image as multipart/form-data, with the file in a field named image.");
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readLimitedBody(request, MAX_IMAGE_UPLOAD_BODY_BYTES);
  } catch (error) {
    // A body refused by its declared length was never read: read it away too (see discardRest), so
    // the client gets its 413 rather than a reset connection.
    if (request.body && !request.body.locked) await discardRest(request.body.getReader());
    if (error instanceof DomainError && error.code === "PAYLOAD_TOO_LARGE") throw new DomainError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    throw error;
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new DomainError("INVALID", "The upload could not be read: its multipart body is malformed.");
  }
  const fields: Record<string, unknown> = {};
  let image: Uint8Array | null = null;
  let thumbnail: Uint8Array | null = null;
  for (const [name, value] of form) {
    if (typeof value === "string") {
      if (value.includes("\u0000")) throw new DomainError("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE);
      if (value.includes("\uFFFD")) throw new DomainError("INVALID_ENCODING", BODY_NOT_UTF8_MESSAGE);
      if (!(name in fields)) fields[name] = value;
    } else if (name === "image" && image === null) {
      image = new Uint8Array(await value.arrayBuffer());
    } else if (name === "thumbnail" && thumbnail === null) {
      thumbnail = new Uint8Array(await value.arrayBuffer());
    } else {
      throw new DomainError("INVALID", `Unexpected file field "${name.slice(0, 40)}": send one image (and its thumbnail).`);
    }
  }
  if (image === null) throw new DomainError("INVALID", "Choose an image to attach.", { image: "Choose an image to attach." });
  return { image, thumbnail, fields };
}

/**
 * Pages whose form takes an image file without JavaScript: the thread composer and a thread's
 * reply form (its own address, not the thread's edit or delete pages).
 */
export function pageTakesImageFile(pathname: string): boolean {
  return pathname === "/new" || /^\/t\/\d+(?:\/(?!(?:edit|delete)$)[^/]*)?$/.test(pathname);
}
