/**
 * What kind of image an upload really is, read from its bytes alone.
 *
 * Rules this module guarantees (see README.md beside it for the why):
 * - The type comes from magic bytes only. Nothing here takes a file name or a Content-Type, so a
 *   DICOM renamed `scan.jpg` or a PDF sent as `image/png` is still recognised for what it is.
 * - Only JPEG, PNG and WebP are accepted. Everything else gets a plain sentence a physician can act
 *   on, naming the format when we recognise it (DICOM, SVG, HEIC/HEIF, AVIF, GIF, TIFF, BMP, PDF,
 *   video), and "not a JPEG, PNG or WebP image" otherwise.
 * - Width and height are read from the file's own header (JPEG SOFn, PNG IHDR, WebP VP8/VP8L/VP8X),
 *   never from anything the client says. A header that is cut off, or that carries impossible
 *   values (zero size, bad PNG CRC, wrong VP8 start code), is refused with its own sentence.
 * - It never throws on any input and reads each byte at most a constant number of times.
 * - Pure TypeScript over Uint8Array/DataView: runs unchanged in workerd, Node and the browser.
 */

export type ImageType = "jpeg" | "png" | "webp";

/** Why an upload was refused. `message` is the sentence to show the member. */
export type ImageRefusalReason =
  | "empty"
  | "dicom"
  | "svg"
  | "heic"
  | "avif"
  | "video"
  | "gif"
  | "tiff"
  | "bmp"
  | "pdf"
  | "unknown"
  | "truncated"
  | "corrupt"
  | "unsupported"
  | "too-large";

export interface ImageRefusal {
  ok: false;
  reason: ImageRefusalReason;
  /** A plain sentence safe to show the member; it never quotes bytes from the file. */
  message: string;
}

export interface SniffedImage {
  ok: true;
  type: ImageType;
  /** Pixel width as stored in the file (before any EXIF orientation is applied). */
  width: number;
  /** Pixel height as stored in the file (before any EXIF orientation is applied). */
  height: number;
}

export type SniffResult = SniffedImage | ImageRefusal;

/** Upper bounds on declared dimensions; checked only when passed to `sniffImage`. */
export interface ImageLimits {
  /** The longest side, in pixels. */
  maxEdge: number;
  /** width × height, in pixels (guards against decompression bombs with a modest edge). */
  maxPixels: number;
}

/**
 * The limits the browser re-encoder targets (issue 13: long edge ≤ 3000 px), so an upload made
 * with JavaScript off is held to the same size as one made with it.
 */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxEdge: 3000,
  maxPixels: 3000 * 3000,
});

const TYPE_LABEL: Record<ImageType, string> = { jpeg: "JPEG", png: "PNG", webp: "WebP" };

/** The sentences, in one place so tests and the upload form can rely on them. */
export const REFUSAL_MESSAGES = {
  empty: "The file is empty: choose the image again.",
  dicom: "DICOM files can't be posted: export the image as JPEG or PNG, and check the export has no patient banner.",
  svg: "SVG files can't be posted, because they can carry scripts and hidden text: export the image as PNG or JPEG.",
  heic: 'HEIC/HEIF photos (the iPhone default) can\'t be posted: export the photo as JPEG, or set the camera to "Most Compatible".',
  avif: "AVIF images can't be posted: export the image as JPEG, PNG or WebP.",
  video: "Videos can't be posted: take a still frame and export it as JPEG or PNG.",
  gif: "GIF images can't be posted: export the image as PNG or JPEG.",
  tiff: "TIFF files (including scanner and camera RAW files) can't be posted: export the image as JPEG or PNG.",
  bmp: "BMP images can't be posted: export the image as PNG or JPEG.",
  pdf: "PDF documents can't be posted as images: export the page you need as PNG or JPEG, and check it shows no patient details.",
  unknown: "This file is not a JPEG, PNG or WebP image.",
} as const satisfies Partial<Record<ImageRefusalReason, string>>;

/** A refusal with the format's own sentence. */
export function refuse(reason: keyof typeof REFUSAL_MESSAGES): ImageRefusal {
  return { ok: false, reason, message: REFUSAL_MESSAGES[reason] };
}

/** "This JPEG image is incomplete …": the file of a known type ends before it should. */
export function truncatedMessage(type: ImageType): string {
  return `This ${TYPE_LABEL[type]} image is incomplete (the file ends too early): save or export it again and re-attach it.`;
}

/** "This PNG image is damaged …": the file of a known type has impossible structure. */
export function corruptMessage(type: ImageType): string {
  return `This ${TYPE_LABEL[type]} image is damaged and can't be read: save or export it again and re-attach it.`;
}

export function refuseTruncated(type: ImageType): ImageRefusal {
  return { ok: false, reason: "truncated", message: truncatedMessage(type) };
}

export function refuseCorrupt(type: ImageType): ImageRefusal {
  return { ok: false, reason: "corrupt", message: corruptMessage(type) };
}

/** Identify an upload by its bytes and read its dimensions; optionally hold it to `limits`. */
export function sniffImage(bytes: Uint8Array, limits?: ImageLimits): SniffResult {
  const result = sniffUnlimited(bytes);
  if (!result.ok || limits === undefined) return result;
  return checkLimits(result, limits);
}

/** Refuse a sniffed image whose declared size is over `limits`, with the numbers in the sentence. */
export function checkLimits(image: SniffedImage, limits: ImageLimits): SniffResult {
  const { width, height } = image;
  if (Math.max(width, height) > limits.maxEdge || width * height > limits.maxPixels) {
    return {
      ok: false,
      reason: "too-large",
      message: `This image is ${width} × ${height} pixels; images can be at most ${limits.maxEdge} pixels on the longest side and ${limits.maxPixels.toLocaleString("en-US")} pixels in all. Resize it and attach it again.`,
    };
  }
  return image;
}

function sniffUnlimited(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return refuse("empty");
  // DICOM first: its 128-byte preamble is free-form, and "dual-personality" DICOM files put a TIFF
  // (or anything) header there on purpose. The DICM tag decides, whatever the first bytes say.
  if (startsWithAscii(bytes, 128, "DICM")) return refuse("dicom");

  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return sniffJpeg(bytes);
  if (startsWith(bytes, 0, PNG_SIGNATURE)) return sniffPng(bytes);
  if (startsWithAscii(bytes, 0, "RIFF") && startsWithAscii(bytes, 8, "WEBP")) return sniffWebp(bytes);
  // A file shorter than a full signature but matching as far as it goes is a cut-off image.
  if (isPrefixOf(bytes, PNG_SIGNATURE)) return refuseTruncated("png");
  if (bytes.length < 12 && (isPrefixOf(bytes, asciiBytes("RIFF")) || isRiffWebpPrefix(bytes))) return refuseTruncated("webp");
  if (bytes.length < 3 && bytes[0] === 0xff && (bytes.length === 1 || bytes[1] === 0xd8)) return refuseTruncated("jpeg");

  return refuse(otherFormat(bytes));
}

/** Name a format we refuse, so the sentence can tell the member what to do instead. */
function otherFormat(bytes: Uint8Array): keyof typeof REFUSAL_MESSAGES {
  if (startsWithAscii(bytes, 0, "GIF87a") || startsWithAscii(bytes, 0, "GIF89a")) return "gif";
  // TIFF, BigTIFF; camera RAW (DNG, CR2, NEF, ARW) are TIFF containers too.
  if (startsWith(bytes, 0, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, 0, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  if (startsWith(bytes, 0, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, 0, [0x4d, 0x4d, 0x00, 0x2b])) return "tiff";
  if (isBmp(bytes)) return "bmp";
  const ftyp = isoBrandFamily(bytes);
  if (ftyp !== undefined) return ftyp;
  // The PDF header may sit anywhere in the first 1024 bytes (ISO 32000-1, 7.5.2).
  if (indexOfAscii(bytes, "%PDF-", 0, 1024) >= 0) return "pdf";
  if (looksLikeSvg(bytes)) return "svg";
  return "unknown";
}

function isBmp(bytes: Uint8Array): boolean {
  if (!startsWithAscii(bytes, 0, "BM") || bytes.length < 18) return false;
  // "BM" alone is too weak (plenty of text starts with it): also require a known DIB header size.
  const dibSize = readU32LE(bytes, 14);
  return [12, 16, 40, 52, 56, 64, 108, 124].includes(dibSize);
}

/** ISO base media files (HEIF, AVIF, MP4, QuickTime) start with an `ftyp` box naming brands. */
function isoBrandFamily(bytes: Uint8Array): "heic" | "avif" | "video" | undefined {
  if (bytes.length < 12 || !startsWithAscii(bytes, 4, "ftyp")) return undefined;
  const boxSize = readU32BE(bytes, 0);
  // The major brand, then compatible brands up to the end of the box (bounded by the buffer).
  const end = Math.min(bytes.length, Math.max(boxSize, 16));
  const brands: string[] = [ascii(bytes, 8, 4)];
  for (let p = 16; p + 4 <= end && brands.length < 64; p += 4) brands.push(ascii(bytes, p, 4));
  if (brands.some((b) => b === "avif" || b === "avis")) return "avif";
  const heifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "mif2"];
  if (brands.some((b) => heifBrands.includes(b))) return "heic";
  return "video";
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  // Text formats: skip a UTF-8 BOM and leading whitespace, require markup, then look for <svg in
  // the head of the file (after an XML declaration, a DOCTYPE or comments).
  let p = 0;
  if (startsWith(bytes, 0, [0xef, 0xbb, 0xbf])) p = 3;
  while (p < bytes.length && p < 4096 && isXmlSpace(bytes[p] ?? 0)) p++;
  if (bytes[p] !== 0x3c /* < */) return false;
  const head = ascii(bytes, p, Math.min(bytes.length - p, 4096)).toLowerCase();
  return head.includes("<svg");
}

function isXmlSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

// ---------------------------------------------------------------------------------------------
// JPEG: walk marker segments from SOI to the first frame header (SOF0–SOF15, except C4 DHT,
// C8 JPG and CC DAC, which share the range but are not frame headers).

const JPEG_DNL_MESSAGE = "This JPEG is stored in an unusual way that browsers can't display: save or export it again as a standard JPEG.";

function isSofMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function sniffJpeg(bytes: Uint8Array): SniffResult {
  let p = 2;
  // Each iteration moves p forward by at least one byte, so the walk ends within bytes.length steps.
  while (p < bytes.length) {
    if (bytes[p] !== 0xff) return refuseCorrupt("jpeg");
    // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2).
    while (p < bytes.length && bytes[p] === 0xff) p++;
    if (p >= bytes.length) return refuseTruncated("jpeg");
    const marker = bytes[p] ?? 0;
    p++;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length
    if (marker === 0xd9 || marker === 0xda || marker === 0xd8 || marker === 0x00) return refuseCorrupt("jpeg"); // EOI/SOS/SOI before any frame
    if (p + 2 > bytes.length) return refuseTruncated("jpeg");
    const length = readU16BE(bytes, p);
    if (length < 2) return refuseCorrupt("jpeg");
    if (isSofMarker(marker)) {
      // Ls, P, Y (height), X (width), Nf
      if (length < 8) return refuseCorrupt("jpeg");
      if (p + 8 > bytes.length) return refuseTruncated("jpeg");
      const height = readU16BE(bytes, p + 3);
      const width = readU16BE(bytes, p + 5);
      const components = bytes[p + 7] ?? 0;
      // Height 0 means "given later by a DNL marker", which browsers don't support; width 0 is illegal.
      if (width === 0 || components === 0) return refuseCorrupt("jpeg");
      if (height === 0) return { ok: false, reason: "unsupported", message: JPEG_DNL_MESSAGE };
      if (length < 8 + 3 * components) return refuseCorrupt("jpeg");
      return { ok: true, type: "jpeg", width, height };
    }
    p += length;
  }
  return refuseTruncated("jpeg");
}

// ---------------------------------------------------------------------------------------------
// PNG: the first chunk must be a 13-byte IHDR with a valid CRC.

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bit depths PNG allows for each colour type (PNG spec, 11.2.2). */
const PNG_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function sniffPng(bytes: Uint8Array): SniffResult {
  // signature 8 + length 4 + "IHDR" 4 + data 13 + CRC 4
  if (bytes.length < 33) return refuseTruncated("png");
  if (readU32BE(bytes, 8) !== 13 || !startsWithAscii(bytes, 12, "IHDR")) return refuseCorrupt("png");
  if (crc32(bytes, 12, 29) !== readU32BE(bytes, 29)) return refuseCorrupt("png");
  const width = readU32BE(bytes, 16);
  const height = readU32BE(bytes, 20);
  const depth = bytes[24] ?? 0;
  const colour = bytes[25] ?? 0;
  // Dimensions are 1 .. 2^31-1 (PNG spec, 11.2.2); compression, filter and interlace methods are fixed sets.
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return refuseCorrupt("png");
  if (!(PNG_DEPTHS[colour]?.includes(depth) ?? false)) return refuseCorrupt("png");
  if (bytes[26] !== 0 || bytes[27] !== 0 || (bytes[28] ?? 2) > 1) return refuseCorrupt("png");
  return { ok: true, type: "png", width, height };
}

// ---------------------------------------------------------------------------------------------
// WebP: RIFF container; the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended).

function sniffWebp(bytes: Uint8Array): SniffResult {
  const riffEnd = 8 + readU32LE(bytes, 4);
  if (bytes.length < 20) return refuseTruncated("webp");
  if (riffEnd > bytes.length) return refuseTruncated("webp");
  const fourcc = ascii(bytes, 12, 4);
  const size = readU32LE(bytes, 16);
  const data = 20;
  if (data + size > riffEnd) return refuseTruncated("webp");
  if (fourcc === "VP8 ") {
    // 3-byte frame tag (bit 0 clear on a key frame), start code 9D 01 2A, then 14-bit sizes.
    if (size < 10) return refuseCorrupt("webp");
    if (((bytes[data] ?? 1) & 1) !== 0) return refuseCorrupt("webp");
    if (bytes[data + 3] !== 0x9d || bytes[data + 4] !== 0x01 || bytes[data + 5] !== 0x2a) return refuseCorrupt("webp");
    const width = readU16LE(bytes, data + 6) & 0x3fff;
    const height = readU16LE(bytes, data + 8) & 0x3fff;
    if (width === 0 || height === 0) return refuseCorrupt("webp");
    return { ok: true, type: "webp", width, height };
  }
  if (fourcc === "VP8L") {
    // Signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha, 3 bits version (0).
    if (size < 5) return refuseCorrupt("webp");
    if (bytes[data] !== 0x2f) return refuseCorrupt("webp");
    const bits = readU32LE(bytes, data + 1);
    if (bits >>> 29 !== 0) return refuseCorrupt("webp");
    return { ok: true, type: "webp", width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (fourcc === "VP8X") {
    // 1 byte flags, 3 reserved, 24-bit canvas width-1, 24-bit canvas height-1.
    if (size < 10) return refuseCorrupt("webp");
    const width = readU24LE(bytes, data + 4) + 1;
    const height = readU24LE(bytes, data + 7) + 1;
    // The container spec caps width × height at 2^32 - 1.
    if (width * height > 0xffffffff) return refuseCorrupt("webp");
    return { ok: true, type: "webp", width, height };
  }
  return refuseCorrupt("webp");
}

// ---------------------------------------------------------------------------------------------
// Byte helpers, shared with strip-metadata.ts. All bounds-safe: a read past the end yields 0s,
// and callers check lengths before trusting a value.

export function readU16BE(b: Uint8Array, p: number): number {
  return (((b[p] ?? 0) << 8) | (b[p + 1] ?? 0)) >>> 0;
}
export function readU16LE(b: Uint8Array, p: number): number {
  return ((b[p] ?? 0) | ((b[p + 1] ?? 0) << 8)) >>> 0;
}
export function readU24LE(b: Uint8Array, p: number): number {
  return ((b[p] ?? 0) | ((b[p + 1] ?? 0) << 8) | ((b[p + 2] ?? 0) << 16)) >>> 0;
}
export function readU32BE(b: Uint8Array, p: number): number {
  return (((b[p] ?? 0) << 24) | ((b[p + 1] ?? 0) << 16) | ((b[p + 2] ?? 0) << 8) | (b[p + 3] ?? 0)) >>> 0;
}
export function readU32LE(b: Uint8Array, p: number): number {
  return ((b[p] ?? 0) | ((b[p + 1] ?? 0) << 8) | ((b[p + 2] ?? 0) << 16) | ((b[p + 3] ?? 0) << 24)) >>> 0;
}

/** Latin-1 text of `length` bytes at `p` (bytes past the end are skipped). */
export function ascii(b: Uint8Array, p: number, length: number): string {
  let s = "";
  const end = Math.min(b.length, p + length);
  for (let i = p; i < end; i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}

export function asciiBytes(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

export function startsWith(b: Uint8Array, p: number, expected: readonly number[]): boolean {
  if (p + expected.length > b.length) return false;
  for (let i = 0; i < expected.length; i++) if (b[p + i] !== expected[i]) return false;
  return true;
}

export function startsWithAscii(b: Uint8Array, p: number, s: string): boolean {
  return startsWith(b, p, asciiBytes(s));
}

function isRiffWebpPrefix(b: Uint8Array): boolean {
  if (!startsWithAscii(b, 0, "RIFF")) return false;
  for (let i = 8; i < b.length; i++) if (b[i] !== "WEBP".charCodeAt(i - 8)) return false;
  return true;
}

function isPrefixOf(b: Uint8Array, signature: readonly number[]): boolean {
  if (b.length >= signature.length) return false;
  for (let i = 0; i < b.length; i++) if (b[i] !== signature[i]) return false;
  return true;
}

function indexOfAscii(b: Uint8Array, s: string, from: number, to: number): number {
  const needle = asciiBytes(s);
  const last = Math.min(b.length, to) - needle.length;
  for (let i = from; i <= last; i++) if (startsWith(b, i, needle)) return i;
  return -1;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309 / PNG) of b[start, end). */
export function crc32(b: Uint8Array, start: number, end: number): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (crcTable[(c ^ (b[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
