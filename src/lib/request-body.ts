import { DomainError } from "../server/errors";
import { MAX_IMAGE_BYTES } from "../server/images/image-rules";

/*
 * The one rule for every request body Rounds reads, the JSON API (functions/api/body-guard.ts)
 * and the form pages (src/middleware.ts) alike:
 * - at most 64 KB. The largest legitimate post (a 20,000-character thread body, or a case's five
 *   4,000-character fields) is at most ~61 KB as JSON even if every character takes 3 bytes in
 *   UTF-8; anything bigger is refused before it is buffered, so a hostile client cannot make a
 *   Worker hold megabytes;
 * - UTF-8 text, checked with a fatal decoder: the parsers downstream would otherwise replace bad
 *   bytes with U+FFFD and quietly store something the member never wrote;
 * - no NUL (U+0000), raw, percent-encoded in a form or escaped in JSON: C-side tools truncate
 *   strings at it and no clinical text needs it.
 */

export const MAX_BODY_BYTES = 65_536;

export const BODY_TOO_LARGE_MESSAGE = "This request is too large: Rounds accepts at most 64 KB (65,536 bytes) at a time. Shorten the text and send it again.";
export const BODY_HAS_NUL_MESSAGE = "The request contains a character that cannot be stored (NUL, U+0000). Remove it and send it again.";
export const BODY_NOT_UTF8_MESSAGE = "The request body is not valid UTF-8 text.";
export const PAGE_FORMS_ONLY_MESSAGE = "This page accepts form posts only (application/x-www-form-urlencoded or multipart/form-data).";

const tooLarge = () => new DomainError("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE);
const hasNul = () => new DomainError("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE);
const notUtf8 = () => new DomainError("INVALID_ENCODING", BODY_NOT_UTF8_MESSAGE);

/** "application/json; charset=utf-8" → "application/json"; "" when absent. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
}

/** A declared Content-Length over the limit is refused before a byte is read. */
export function assertDeclaredLength(contentLength: string | null, limit = MAX_BODY_BYTES): void {
  const declared = contentLength?.trim() ?? "";
  // Anything but plain digits (a list, a sign, garbage) proves nothing: the reader still counts.
  if (/^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge();
}

/** How much of an oversized body is read and thrown away before the upload is cut off. */
export const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

/**
 * Stops using a body over the limit by reading it on and throwing every byte away, up to
 * MAX_DISCARDED_BYTES; past that the stream is cancelled.
 *
 * Why not cancel at once: a Worker that answers while the client is still uploading and cancels
 * the upload breaks the connection under it; wrangler dev's proxy turns that into a 503 "worker
 * restarted mid-request" (seen for chunked bodies from 70 KB to 5 MB), and clients see a reset
 * instead of the 413. Read to the end, those sizes get their 413. Nothing is kept, so memory stays
 * at one chunk. Why a bound: a body that never ends (a hostile client streaming forever) must not
 * hold a Worker; no honest client sends 16 MB to a text forum, so a reset is fine there.
 */
export async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let discarded = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      discarded += chunk.value.byteLength;
      if (discarded > MAX_DISCARDED_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client gave up mid-upload: nothing left to read.
  }
}

/**
 * Reads a request's body, never holding more than `limit` bytes: the Content-Length is checked
 * first, and a body without one (chunked) is counted as it streams; past the first byte over, the
 * rest is read and discarded (see discardRest). A body that breaks off mid-way is INVALID, not a
 * server error.
 */
export async function readLimitedBody(request: Pick<Request, "headers" | "body">, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredLength(request.headers.get("content-length"), limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new DomainError("INVALID", "The request body could not be read.");
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > limit) {
      await discardRest(reader);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw notUtf8();
  }
}

/**
 * The checked text of a body: refuses invalid UTF-8 and NUL in every form the content type
 * allows (raw bytes always; `%00` and percent-encoded bad UTF-8 in a urlencoded form; `\u0000`
 * in JSON strings). A multipart form needs no more than the raw check: its values are raw bytes.
 */
export function checkBodyText(bytes: Uint8Array, contentType: string | null): string {
  if (bytes.includes(0)) throw hasNul();
  const text = decodeUtf8(bytes);
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === "application/x-www-form-urlencoded") {
    const decoded = percentDecoded(bytes);
    if (decoded.includes(0)) throw hasNul();
    decodeUtf8(decoded);
  } else if (mediaType === "application/json" || mediaType.endsWith("+json")) {
    if (jsonEscapesNul(text)) throw hasNul();
    if (jsonEscapesLoneSurrogate(text)) throw notUtf8();
  }
  return text;
}

const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
};

/**
 * The bytes a urlencoded body stands for, decoded the way URLSearchParams does ("+" is a space,
 * "%" without two hex digits stays itself) but without its silent U+FFFD replacement. Names and
 * values are decoded together: "&" and "=" are only checked, never split on.
 */
function percentDecoded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.byteLength);
  let length = 0;
  for (let index = 0; index < bytes.byteLength; index++) {
    const byte = bytes[index]!;
    if (byte === 0x25) {
      const high = hexValue(bytes[index + 1]);
      const low = hexValue(bytes[index + 2]);
      if (high >= 0 && low >= 0) {
        out[length++] = high * 16 + low;
        index += 2;
        continue;
      }
    }
    out[length++] = byte === 0x2b ? 0x20 : byte;
  }
  return out.subarray(0, length);
}

/**
 * Whether JSON text escapes a NUL (`\u0000`) in a string, without parsing it: a match counts when
 * the backslash before "u0000" is not itself escaped, i.e. an even number of backslashes precede
 * it ("\\u0000" is a member writing about escapes). Linear: the backslash runs scanned back over
 * are disjoint.
 */
function jsonEscapesNul(text: string): boolean {
  for (let at = text.indexOf("\\u0000"); at >= 0; at = text.indexOf("\\u0000", at + 1)) {
    let backslashes = 0;
    while (at - 1 - backslashes >= 0 && text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

/**
 * True when a JSON text escapes half of a surrogate pair ("\ud800" alone): JSON.parse accepts it,
 * and the database would store U+FFFD in its place, so it is refused like invalid UTF-8. Raw text
 * already passed the fatal decoder, so only escapes can carry one; the parse runs only when an
 * escape of a surrogate appears at all.
 */
function jsonEscapesLoneSurrogate(text: string): boolean {
  if (!/\\u[dD][89a-fA-F][0-9a-fA-F]{2}/.test(text)) return false;
  let lone = false;
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (!key.isWellFormed() || (typeof value === "string" && !value.isWellFormed())) lone = true;
      return value;
    });
  } catch {
    return false; // not JSON at all: the parser downstream says so
  }
  return lone;
}

const pageFormMediaTypes = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * The rule for a post to a page: the limit, then a body that is a form, in UTF-8, without NUL,
 * and that parses (a page's `request.formData()` would otherwise throw a 500 at it). It reads a
 * clone, so the page can still read the request itself; a declared length over the limit is
 * refused before the clone.
 *
 * A page that takes an image file (`fileBytes` > 0: the composers, without JavaScript) allows that
 * much more, in a multipart body only; its file parts are bytes (judged later by their magic
 * numbers), so the text rules apply to each text field instead of the whole body: no NUL, no
 * U+FFFD (where the multipart decoder met bytes that were not UTF-8), and at most 64 KB of text.
 */
export async function assertPageFormBody(request: Pick<Request, "method" | "headers" | "body" | "clone">, options: { fileBytes?: number } = {}): Promise<void> {
  const method = request.method.toUpperCase();
  if (method === "GET" || method === "HEAD") return;
  const contentType = request.headers.get("content-type");
  const mediaType = mediaTypeOf(contentType);
  const fileBytes = mediaType === "multipart/form-data" ? (options.fileBytes ?? 0) : 0;
  const limit = MAX_BODY_BYTES + fileBytes;
  let bytes = new Uint8Array(0);
  try {
    // Checked before the clone: a body declared too large is never read at all.
    assertDeclaredLength(request.headers.get("content-length"), limit);
    if (request.body) bytes = await readLimitedBody(request.clone(), limit);
  } catch (error) {
    // Nobody will read this body now: the original is read to its end too (its clone was), so
    // neither branch of the clone holds the bytes.
    if (request.body && !request.body.locked) await discardRest(request.body.getReader());
    if (fileBytes > 0 && error instanceof DomainError && error.code === "PAYLOAD_TOO_LARGE") throw new DomainError("PAYLOAD_TOO_LARGE", PAGE_UPLOAD_TOO_LARGE_MESSAGE);
    throw error;
  }
  if (!pageFormMediaTypes.has(mediaType)) {
    // A bodiless POST without a type (a fetch to /logout) is still fine: nothing to misread.
    if (bytes.byteLength === 0 && contentType === null) return;
    throw new DomainError("INVALID", PAGE_FORMS_ONLY_MESSAGE);
  }
  if (fileBytes === 0) checkBodyText(bytes, contentType);
  if (mediaType !== "multipart/form-data") return;
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType ?? "" } }).formData();
  } catch {
    throw new DomainError("INVALID", "The form could not be read: its multipart body is malformed.");
  }
  if (fileBytes === 0) return;
  let textBytes = 0;
  for (const [, value] of form) {
    if (typeof value !== "string") continue;
    if (value.includes("\u0000")) throw hasNul();
    if (value.includes("\uFFFD")) throw notUtf8();
    textBytes += new TextEncoder().encode(value).byteLength;
  }
  if (textBytes > MAX_BODY_BYTES) throw tooLarge();
}

export const PAGE_UPLOAD_TOO_LARGE_MESSAGE = `This form is too large: it takes at most 64 KB of text and one image of at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MB at a time. Save the image smaller (JPEG or WebP) and attach it again.`;
