import type { ImageType } from "../db/schema";

/**
 * The limits every stored image meets, whichever way it arrived. The browser re-encodes to fit
 * them (src/components/ImageAttach.astro); the server checks them again and refuses, never resizes.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_EDGE = 3000;
export const MAX_THUMB_BYTES = 200 * 1024;
export const MAX_THUMB_EDGE = 480;
export const MAX_IMAGES_PER_POST = 6;
export const MAX_ALT_LENGTH = 300;
/** Uploads not attached to a published post within this time are deleted by the prune job. */
export const PENDING_IMAGE_TTL_MS = 24 * 3600_000;

export const IMAGE_CONTENT_TYPES: Record<ImageType, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/** Image keys are 22 characters of base64url (128 random bits); anything else is refused before a lookup. */
export const IMAGE_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newImageKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** "2.4 MB", "310 KB": sizes in the sentences members read. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
