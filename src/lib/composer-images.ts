import type { Viewer } from "../server/auth/viewer";
import type { Database } from "../server/db/client";
import { DomainError, isDomainError } from "../server/errors";
import { imageBucketFrom } from "../server/images/bucket";
import { uploadImage } from "../server/images/upload-image";

/**
 * The composer's image fields in a page form (src/components/ImageAttach.astro). Pages leave them
 * out of the post's own fields: an empty file input even arrives as the string "" in workerd.
 */
export const COMPOSER_IMAGE_FIELDS = { keys: "images", remove: "removeImage", file: "imageFile", alt: "imageAlt" } as const;

const formField: Record<string, string> = { image: COMPOSER_IMAGE_FIELDS.file, alt: COMPOSER_IMAGE_FIELDS.alt, thumbnail: COMPOSER_IMAGE_FIELDS.file };

/** An upload refusal, re-addressed to the composer's own field names so the form marks the right box. */
function forComposer(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  const rename = <T>(record: Record<string, T> | undefined) =>
    record ? Object.fromEntries(Object.entries(record).map(([field, value]) => [formField[field] ?? field, value])) : undefined;
  return new DomainError(error.code, error.message, rename(error.fields), error.retryAfterSeconds, rename(error.flaggedSpans));
}

/**
 * The images a composer form carries, for a page (the no-JavaScript path): the keys already
 * attached, minus those ticked "Remove", plus the file chosen this time, uploaded now with its
 * description. The keys are kept either way, so a refused upload or post loses nothing attached
 * before; `refusal` is the upload's error, in the form's field names, and `keptAlt` the
 * description the member typed for the refused file (shown again; empty otherwise).
 */
export async function composerImagesFrom(
  form: FormData,
  env: Record<string, unknown>,
  db: Database,
  viewer: Viewer | null,
  now: number,
): Promise<{ keys: string[]; refusal: unknown; keptAlt: string }> {
  const removed = new Set(form.getAll(COMPOSER_IMAGE_FIELDS.remove).filter((value): value is string => typeof value === "string"));
  const listed = form.get(COMPOSER_IMAGE_FIELDS.keys);
  const keys = (typeof listed === "string" ? listed.split(/[\s,]+/) : []).filter((key) => key !== "" && !removed.has(key));
  const file = form.get(COMPOSER_IMAGE_FIELDS.file);
  if (typeof file === "string" || file === null || file.size === 0) return { keys: [...new Set(keys)], refusal: null, keptAlt: "" };
  const altField = form.get(COMPOSER_IMAGE_FIELDS.alt);
  const alt = typeof altField === "string" ? altField : "";
  try {
    const confirmNotPhi = form.get("confirmNotPhi");
    const image = await uploadImage(
      db,
      imageBucketFrom(env),
      viewer,
      { image: new Uint8Array(await file.arrayBuffer()), fields: { alt, confirmNotPhi: typeof confirmNotPhi === "string" ? confirmNotPhi : "" } },
      now,
    );
    return { keys: [...new Set([...keys, image.key])], refusal: null, keptAlt: "" };
  } catch (error) {
    return { keys: [...new Set(keys)], refusal: forComposer(error), keptAlt: alt };
  }
}
