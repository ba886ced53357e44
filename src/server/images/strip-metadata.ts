/**
 * Remove every metadata segment from a JPEG, PNG or WebP without re-encoding it.
 *
 * The browser already re-encodes uploads through a canvas, which drops metadata; this is the
 * server's own guarantee, for uploads made with JavaScript off and for clients we don't control.
 * The rule is a whitelist: a segment survives only if a decoder needs it to draw the pixels in
 * the right colours. Everything else (Exif with GPS and device serials, XMP, IPTC, comments, text
 * chunks, thumbnails, trailing data after the end of the image, private/unknown segments) goes.
 * See README.md beside this file for what each kept segment is for.
 *
 * Guarantees:
 * - The image data is copied byte for byte (JPEG entropy-coded scans, PNG IDAT/fdAT, WebP VP8/
 *   VP8L/ALPH), so the pixels are exactly the member's pixels, redactions included.
 * - Malformed input (a length past the end, a bad PNG CRC, a missing EOI/IEND, a scan before a
 *   frame header) is refused with a plain sentence; nothing is thrown.
 * - Linear time: every loop moves forward through the input and never revisits a byte more than
 *   a constant number of times, so hostile input can't make it hang.
 */
import {
  ascii,
  crc32,
  DEFAULT_IMAGE_LIMITS,
  type ImageLimits,
  type ImageRefusal,
  type ImageType,
  PNG_SIGNATURE,
  readU16BE,
  readU32BE,
  readU32LE,
  refuse,
  refuseCorrupt,
  refuseTruncated,
  sniffImage,
  startsWith,
  startsWithAscii,
} from "./image-format";

export interface StripOptions {
  /**
   * JPEG only: when the dropped Exif said the photo is rotated (orientation 2–8), write back a
   * minimal Exif segment holding that one tag and nothing else, so phone photos uploaded without
   * JavaScript don't show sideways. Off by default: the output then carries no Exif at all.
   */
  keepOrientation?: boolean;
}

export interface StrippedImage {
  ok: true;
  type: ImageType;
  /**
   * A new buffer; the input is never modified. Backed by a plain ArrayBuffer, so it can go
   * straight into a Blob, a Response or R2 `put`.
   */
  bytes: Uint8Array<ArrayBuffer>;
  /**
   * What was removed, as labels such as "APP1 Exif", "COM", "tEXt", "EXIF" (one per segment, in
   * file order). Labels are fixed names, never text from the file, so they are safe to log/audit.
   */
  removed: string[];
  /** JPEG Exif orientation found before stripping (1–8; 1 when absent or not a JPEG). */
  orientation: number;
}

export type StripResult = StrippedImage | ImageRefusal;

/** Strip metadata from an image whose type `sniffImage` has already established. */
export function stripImageMetadata(bytes: Uint8Array, type: ImageType, options: StripOptions = {}): StripResult {
  switch (type) {
    case "jpeg":
      return stripJpeg(bytes, options.keepOrientation === true);
    case "png":
      return stripPng(bytes);
    case "webp":
      return stripWebp(bytes);
  }
}

export interface SanitizedImage {
  ok: true;
  type: ImageType;
  width: number;
  height: number;
  /** The bytes to store (a new buffer over a plain ArrayBuffer). */
  bytes: Uint8Array<ArrayBuffer>;
  removed: string[];
  orientation: number;
}

/**
 * The whole server-side check for an upload: sniff the type, hold it to `limits`, strip metadata,
 * then sniff the output again and require the same type and dimensions (so what we store is a
 * file we can describe). This is what the upload handler should call.
 */
export function sanitizeImage(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS, options: StripOptions = {}): SanitizedImage | ImageRefusal {
  const sniffed = sniffImage(bytes, limits);
  if (!sniffed.ok) return sniffed;
  const stripped = stripImageMetadata(bytes, sniffed.type, options);
  if (!stripped.ok) return stripped;
  const again = sniffImage(stripped.bytes);
  if (!again.ok || again.type !== sniffed.type || again.width !== sniffed.width || again.height !== sniffed.height) {
    return refuseCorrupt(sniffed.type);
  }
  return {
    ok: true,
    type: sniffed.type,
    width: sniffed.width,
    height: sniffed.height,
    bytes: stripped.bytes,
    removed: stripped.removed,
    orientation: stripped.orientation,
  };
}

function concat(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let total = 0;
  for (const piece of pieces) total += piece.length;
  const out = new Uint8Array(total);
  let p = 0;
  for (const piece of pieces) {
    out.set(piece, p);
    p += piece.length;
  }
  return out;
}

function u16be(n: number): number[] {
  return [(n >>> 8) & 0xff, n & 0xff];
}
function u32be(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
function u32le(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

// =============================================================================================
// JPEG

const RST0 = 0xd0;
const RST7 = 0xd7;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;

/** Markers outside APPn/COM that a decoder needs: frame headers and the tables they use. */
function isDecodingMarker(m: number): boolean {
  return (
    (m >= 0xc0 && m <= 0xcf && m !== 0xc8) || // SOF0–15, DHT (C4), DAC (CC); C8 "JPG" is reserved
    m === 0xdb || // DQT
    m === 0xdc || // DNL
    m === 0xdd || // DRI
    m === 0xde || // DHP (hierarchical)
    m === 0xdf // EXP (hierarchical)
  );
}

function isFrameMarker(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

function stripJpeg(b: Uint8Array, keepOrientation: boolean): StripResult {
  if (!(b[0] === 0xff && b[1] === SOI)) return refuse("unknown");
  const pieces: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  const removed: string[] = [];
  let orientation = 1;
  /** Where a rebuilt orientation-only Exif segment goes: after SOI and a leading JFIF, as usual. */
  let exifInsertAt = 1;
  let sawFrame = false;
  let sawScan = false;
  let p = 2;

  for (;;) {
    if (p >= b.length) return refuseTruncated("jpeg");
    if (b[p] !== 0xff) return refuseCorrupt("jpeg");
    while (p < b.length && b[p] === 0xff) p++; // fill bytes
    if (p >= b.length) return refuseTruncated("jpeg");
    const marker = b[p] ?? 0;
    p++;

    if (marker === EOI) {
      if (!sawScan) return refuseCorrupt("jpeg");
      pieces.push(Uint8Array.of(0xff, EOI));
      // Anything after EOI is not part of the image and is dropped: phones append motion-photo
      // videos, depth maps and vendor trailers there.
      if (p < b.length) removed.push("data after EOI");
      break;
    }
    if (marker === 0x01) {
      removed.push("TEM");
      continue;
    }
    // SOI again, a stuffed 00 or an RSTn outside a scan, or a reserved marker: not a JPEG we can trust.
    if (marker === SOI || marker === 0x00 || (marker >= RST0 && marker <= RST7) || marker < 0xc0) {
      return refuseCorrupt("jpeg");
    }

    if (p + 2 > b.length) return refuseTruncated("jpeg");
    const length = readU16BE(b, p);
    if (length < 2) return refuseCorrupt("jpeg");
    const segmentEnd = p + length;
    if (segmentEnd > b.length) return refuseTruncated("jpeg");
    const payload = b.subarray(p + 2, segmentEnd);
    const whole = b.subarray(p - 2, segmentEnd); // FF, marker, length, payload
    // (p - 2 is the marker's FF: fill bytes before it are not copied.)

    if (marker === SOS) {
      if (!sawFrame) return refuseCorrupt("jpeg");
      const scanEnd = findScanEnd(b, segmentEnd);
      if (scanEnd < 0) return refuseTruncated("jpeg");
      pieces.push(b.subarray(p - 2, scanEnd)); // header and entropy-coded data, verbatim
      sawScan = true;
      p = scanEnd;
      continue;
    }

    if (marker >= 0xe0 && marker <= 0xef) {
      const kept = keepAppSegment(marker, payload, removed);
      if (kept !== undefined) {
        pieces.push(kept);
        if (marker === 0xe0 && pieces.length === 2) exifInsertAt = 2;
      }
      if (marker === 0xe1 && startsWithAscii(payload, 0, "Exif\0")) {
        orientation = exifOrientation(payload.subarray(6)) ?? orientation;
      }
    } else if (marker === COM) {
      removed.push("COM");
    } else if (isDecodingMarker(marker)) {
      if (isFrameMarker(marker)) sawFrame = true;
      pieces.push(whole);
    } else {
      // JPGn extensions (F0–FD) and C8: nothing a browser decodes, so nothing we keep.
      removed.push(`marker 0x${marker.toString(16).toUpperCase()}`);
    }
    p = segmentEnd;
  }

  if (keepOrientation && orientation !== 1) pieces.splice(exifInsertAt, 0, orientationOnlyExif(orientation));
  return { ok: true, type: "jpeg", bytes: concat(pieces), removed, orientation };
}

/**
 * The end of the entropy-coded data that starts at `p`: the position of the next marker other
 * than a stuffed FF00 or a restart marker RSTn (with any FF fill bytes before it). Returns -1 if
 * the file ends inside the scan. One pass, each byte looked at a bounded number of times.
 */
function findScanEnd(b: Uint8Array, p: number): number {
  let q = p;
  while (q < b.length) {
    if (b[q] !== 0xff) {
      q++;
      continue;
    }
    let r = q + 1;
    while (r < b.length && b[r] === 0xff) r++;
    if (r >= b.length) return -1;
    const next = b[r] ?? 0;
    if (next === 0x00 || (next >= RST0 && next <= RST7)) {
      q = r + 1;
      continue;
    }
    return q;
  }
  return -1;
}

/**
 * Decide one APPn segment: returns the bytes to keep (possibly rewritten) or undefined to drop it,
 * recording what was dropped.
 */
function keepAppSegment(marker: number, payload: Uint8Array, removed: string[]): Uint8Array | undefined {
  const n = marker - 0xe0;
  if (marker === 0xe0 && startsWithAscii(payload, 0, "JFIF\0") && payload.length >= 14) {
    // JFIF: identifier, version (2), units (1), densities (4), thumbnail width/height (2), then an
    // optional RGB thumbnail. The densities tell viewers the pixel aspect ratio; the thumbnail is
    // a second copy of the picture (possibly from before the member's redaction), so it goes.
    if (payload.length > 14) removed.push("JFIF thumbnail");
    return concat([Uint8Array.of(0xff, 0xe0, 0x00, 0x10), payload.subarray(0, 12), Uint8Array.of(0, 0)]);
  }
  if (marker === 0xe0 && startsWithAscii(payload, 0, "JFXX\0")) {
    // A JFXX extension segment holds nothing but a thumbnail: a decoder never needs it.
    removed.push("APP0 JFXX thumbnail");
    return undefined;
  }
  if (marker === 0xe2 && startsWithAscii(payload, 0, "ICC_PROFILE\0")) {
    // The colour profile (possibly split over several APP2 segments): without it, wide-gamut
    // photos and scans of stained slides render with wrong colours.
    return concat([Uint8Array.of(0xff, 0xe2, ...u16be(payload.length + 2)), payload]);
  }
  if (marker === 0xee && startsWithAscii(payload, 0, "Adobe") && payload.length >= 12) {
    // Adobe: the transform flag says whether 3/4-channel data is YCbCr/YCCK or RGB/CMYK; without
    // it CMYK JPEGs decode inverted. Rewritten to its fixed 12 bytes so nothing else rides along.
    return concat([Uint8Array.of(0xff, 0xee, 0x00, 0x0e), payload.subarray(0, 12)]);
  }
  removed.push(appLabel(n, payload));
  return undefined;
}

/** A fixed label for a dropped APPn segment (never text copied from the file). */
function appLabel(n: number, payload: Uint8Array): string {
  const known: ReadonlyArray<[number, string, string]> = [
    [1, "Exif\0", "APP1 Exif"],
    [1, "http://ns.adobe.com/xap/1.0/", "APP1 XMP"],
    [1, "http://ns.adobe.com/xmp/extension/", "APP1 XMP extension"],
    [2, "MPF\0", "APP2 MPF"],
    [2, "FPXR\0", "APP2 FlashPix"],
    [13, "Photoshop 3.0\0", "APP13 Photoshop/IPTC"],
  ];
  for (const [app, id, label] of known) if (app === n && startsWithAscii(payload, 0, id)) return label;
  return `APP${n}`;
}

/**
 * Orientation (tag 0x0112) from IFD0 of an Exif TIFF structure, or undefined. Reads one IFD with a
 * bounded entry count; never follows offsets elsewhere.
 */
function exifOrientation(tiff: Uint8Array): number | undefined {
  const little = startsWithAscii(tiff, 0, "II");
  if (!little && !startsWithAscii(tiff, 0, "MM")) return undefined;
  const u16 = (p: number): number => (little ? (tiff[p] ?? 0) | ((tiff[p + 1] ?? 0) << 8) : readU16BE(tiff, p));
  const u32 = (p: number): number => (little ? readU32LE(tiff, p) : readU32BE(tiff, p));
  if (u16(2) !== 42) return undefined;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = Math.min(u16(ifd), Math.floor((tiff.length - ifd - 2) / 12));
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** APP1 "Exif" with a big-endian TIFF header and an IFD0 holding only Orientation. */
function orientationOnlyExif(orientation: number): Uint8Array {
  // prettier-ignore
  return Uint8Array.of(
    0xff,
    0xe1,
    0x00,
    0x22, // APP1, length 34
    ...asciiOf("Exif\0\0"),
    ...asciiOf("MM"),
    0x00,
    0x2a,
    ...u32be(8), // TIFF header, IFD0 at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    ...u32be(1),
    ...u16be(orientation),
    0x00,
    0x00, // Orientation SHORT
    ...u32be(0), // no next IFD
  );
}

function asciiOf(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

// =============================================================================================
// PNG

/**
 * Ancillary chunks kept because they change how the pixels render (colour, transparency, pixel
 * aspect, animation); none carries free text except the iCCP profile name, which is rewritten.
 */
const PNG_KEPT_ANCILLARY: ReadonlySet<string> = new Set([
  "tRNS", // transparency
  "gAMA", // gamma
  "cHRM", // primaries and white point
  "sRGB", // rendering intent
  "iCCP", // embedded colour profile
  "sBIT", // significant bits (lets a decoder rescale exactly)
  "pHYs", // pixel aspect ratio / physical size
  "bKGD", // background colour for transparent pixels
  "cICP", // coding-independent code points (HDR / wide-gamut colour)
  "mDCV", // mastering display colour volume (HDR)
  "cLLI", // content light level (HDR)
  "acTL", // APNG: animation control
  "fcTL", // APNG: frame control
  "fdAT", // APNG: frame data
]);

const PNG_CRITICAL: ReadonlySet<string> = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);

function isChunkTypeByte(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function stripPng(b: Uint8Array): StripResult {
  if (!startsWith(b, 0, PNG_SIGNATURE)) return refuse("unknown");
  const pieces: Uint8Array[] = [b.subarray(0, 8)];
  const removed: string[] = [];
  let p = 8;
  let sawIdat = false;
  let sawIend = false;
  let first = true;

  while (p < b.length) {
    if (p + 8 > b.length) return refuseTruncated("png");
    const length = readU32BE(b, p);
    if (length > 0x7fffffff) return refuseCorrupt("png");
    for (let i = 4; i < 8; i++) if (!isChunkTypeByte(b[p + i] ?? 0)) return refuseCorrupt("png");
    const type = ascii(b, p + 4, 4);
    const crcAt = p + 8 + length;
    if (crcAt + 4 > b.length) return refuseTruncated("png");
    if (crc32(b, p + 4, crcAt) !== readU32BE(b, crcAt)) return refuseCorrupt("png");
    const chunk = b.subarray(p, crcAt + 4);

    if (first !== (type === "IHDR")) return refuseCorrupt("png"); // IHDR first, and only first
    first = false;

    if (PNG_CRITICAL.has(type)) {
      if (type === "IDAT") sawIdat = true;
      pieces.push(chunk);
      if (type === "IEND") {
        sawIend = true;
        if (crcAt + 4 < b.length) removed.push("data after IEND");
        break;
      }
    } else if (((b[p + 4] ?? 0) & 0x20) === 0) {
      // An unknown critical chunk: the spec tells decoders to give up, and so do we.
      return refuseCorrupt("png");
    } else if (type === "iCCP") {
      const rewritten = rewriteIccpName(b.subarray(p + 8, crcAt));
      if (rewritten === undefined) return refuseCorrupt("png");
      pieces.push(rewritten);
    } else if (PNG_KEPT_ANCILLARY.has(type)) {
      pieces.push(chunk);
    } else {
      removed.push(type); // tEXt, iTXt, zTXt, eXIf, tIME, private chunks…
    }
    p = crcAt + 4;
  }

  if (!sawIend) return refuseTruncated("png");
  if (!sawIdat) return refuseCorrupt("png");
  return { ok: true, type: "png", bytes: concat(pieces), removed, orientation: 1 };
}

/**
 * iCCP is "profile name, NUL, method, compressed profile". The name is free text the encoder
 * chose, so it is replaced by a fixed one; the profile itself is kept byte for byte.
 */
function rewriteIccpName(data: Uint8Array): Uint8Array | undefined {
  let nul = -1;
  for (let i = 0; i < Math.min(data.length, 80); i++) {
    if (data[i] === 0) {
      nul = i;
      break;
    }
  }
  if (nul < 1) return undefined;
  const body = concat([Uint8Array.from(asciiOf("iCCPICC profile")), data.subarray(nul)]);
  const crc = crc32(body, 0, body.length);
  return concat([Uint8Array.of(...u32be(body.length - 4)), body, Uint8Array.of(...u32be(crc))]);
}

// =============================================================================================
// WebP

/** Chunks of an extended (VP8X) WebP that a decoder needs. */
const WEBP_KEPT: ReadonlySet<string> = new Set(["VP8X", "ICCP", "ANIM", "ANMF", "ALPH", "VP8 ", "VP8L"]);
/** Sub-chunks of an animation frame (ANMF) that a decoder needs. */
const WEBP_FRAME_KEPT: ReadonlySet<string> = new Set(["ALPH", "VP8 ", "VP8L"]);

const VP8X_XMP = 0x04;
const VP8X_EXIF = 0x08;

interface RiffChunk {
  fourcc: string;
  data: Uint8Array;
}

/**
 * Split b[start, end) into RIFF chunks. Each chunk is 4-byte FourCC, 4-byte LE size, data, and a
 * pad byte when the size is odd (a missing pad on the very last chunk is tolerated).
 */
function readRiffChunks(b: Uint8Array, start: number, end: number): RiffChunk[] | ImageRefusal {
  const chunks: RiffChunk[] = [];
  let p = start;
  while (p < end) {
    if (p + 8 > end) return refuseTruncated("webp");
    const size = readU32LE(b, p + 4);
    const dataEnd = p + 8 + size;
    if (dataEnd > end) return refuseTruncated("webp");
    chunks.push({ fourcc: ascii(b, p, 4), data: b.subarray(p + 8, dataEnd) });
    p = Math.min(end, dataEnd + (size & 1));
  }
  return chunks;
}

function writeRiffChunk(fourcc: string, data: Uint8Array): Uint8Array {
  const pad = data.length & 1;
  const out = new Uint8Array(8 + data.length + pad);
  out.set(asciiOf(fourcc), 0);
  out.set(u32le(data.length), 4);
  out.set(data, 8); // the pad byte, if any, is written as 0 rather than copied
  return out;
}

function stripWebp(b: Uint8Array): StripResult {
  if (!(startsWithAscii(b, 0, "RIFF") && startsWithAscii(b, 8, "WEBP"))) return refuse("unknown");
  if (b.length < 12) return refuseTruncated("webp");
  const riffSize = readU32LE(b, 4);
  if (riffSize < 4) return refuseCorrupt("webp");
  const end = 8 + riffSize;
  if (end > b.length) return refuseTruncated("webp");
  const removed: string[] = [];
  if (end < b.length) removed.push("data after RIFF");

  const chunks = readRiffChunks(b, 12, end);
  if (!Array.isArray(chunks)) return chunks;
  const head = chunks[0];
  if (head === undefined) return refuseCorrupt("webp");

  const out: Uint8Array[] = [];
  let sawImage = false;
  if (head.fourcc === "VP8 " || head.fourcc === "VP8L") {
    // Simple format: the bitstream chunk is the whole image; anything after it is extra.
    out.push(writeRiffChunk(head.fourcc, head.data));
    sawImage = true;
    for (const chunk of chunks.slice(1)) removed.push(chunk.fourcc === "XMP " ? "XMP" : chunk.fourcc === "EXIF" ? "EXIF" : "unknown chunk");
  } else if (head.fourcc === "VP8X") {
    if (head.data.length < 10) return refuseCorrupt("webp");
    const vp8x = Uint8Array.from(head.data.subarray(0, 10));
    // Clear the EXIF and XMP "present" flags (their chunks are gone) and the reserved bytes.
    vp8x[0] = (vp8x[0] ?? 0) & ~(VP8X_EXIF | VP8X_XMP);
    vp8x.fill(0, 1, 4);
    out.push(writeRiffChunk("VP8X", vp8x));
    for (const chunk of chunks.slice(1)) {
      if (chunk.fourcc === "VP8X") return refuseCorrupt("webp");
      if (!WEBP_KEPT.has(chunk.fourcc)) {
        removed.push(chunk.fourcc === "XMP " ? "XMP" : chunk.fourcc === "EXIF" ? "EXIF" : "unknown chunk");
        continue;
      }
      if (chunk.fourcc === "ANMF") {
        const frame = stripAnimationFrame(chunk.data, removed);
        if (!(frame instanceof Uint8Array)) return frame;
        out.push(writeRiffChunk("ANMF", frame));
        sawImage = true;
        continue;
      }
      if (chunk.fourcc === "VP8 " || chunk.fourcc === "VP8L") sawImage = true;
      out.push(writeRiffChunk(chunk.fourcc, chunk.data));
    }
  } else {
    return refuseCorrupt("webp");
  }
  if (!sawImage) return refuseCorrupt("webp");

  const body = concat(out);
  const header = Uint8Array.of(...asciiOf("RIFF"), ...u32le(body.length + 4), ...asciiOf("WEBP"));
  return { ok: true, type: "webp", bytes: concat([header, body]), removed, orientation: 1 };
}

/** An ANMF payload: 16 bytes of frame geometry/timing, then sub-chunks; keep only image data. */
function stripAnimationFrame(data: Uint8Array, removed: string[]): Uint8Array | ImageRefusal {
  if (data.length < 16) return refuseCorrupt("webp");
  const sub = readRiffChunks(data, 16, data.length);
  if (!Array.isArray(sub)) return sub;
  const pieces: Uint8Array[] = [data.subarray(0, 16)];
  let sawImage = false;
  for (const chunk of sub) {
    if (WEBP_FRAME_KEPT.has(chunk.fourcc)) {
      if (chunk.fourcc !== "ALPH") sawImage = true;
      pieces.push(writeRiffChunk(chunk.fourcc, chunk.data));
    } else {
      removed.push("unknown chunk in frame");
    }
  }
  if (!sawImage) return refuseCorrupt("webp");
  return concat(pieces);
}
