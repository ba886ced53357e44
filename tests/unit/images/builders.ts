/**
 * Builders for REAL image files, made in the test from first principles, and independent walkers
 * that read them back. Nothing here imports from src/server/images: a bug there can't hide itself
 * by being shared with the check.
 *
 * - JPEG: a tiny baseline encoder for greyscale images made of flat 8×8 blocks (only the DC
 *   coefficient is non-zero), with the Annex K luminance DC Huffman table, a one-code AC table
 *   (EOB only), an all-ones quantisation table, optional restart markers and byte stuffing. The
 *   output decodes in libjpeg: checked with sharp (libvips) while writing these tests, and the
 *   block levels came back exact.
 * - PNG: IHDR + zlib-deflated scanlines (node:zlib) with correct CRC-32s (node:zlib crc32).
 * - WebP: a VP8L (lossless) bitstream written bit by bit: no transforms, no colour cache, five
 *   "simple" one-symbol prefix codes, so each pixel costs zero bits and the image is one colour.
 *   libwebp (via sharp) decodes dirtyWebp() to the expected single RGB pixel 200,30,90.
 */
import { crc32 as zlibCrc32, deflateSync } from "node:zlib";

// ------------------------------------------------------------------------------------------------
// Bytes

export type ByteSource = Uint8Array | readonly number[] | string;

export function bytes(...parts: ByteSource[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === "string" ? Uint8Array.from(p, (c) => c.charCodeAt(0) & 0xff) : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

export const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
export const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
export const le16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
export const le24 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];
export const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** Index of `needle` (bytes or Latin-1 text) in `hay`, or -1. */
export function indexOf(hay: Uint8Array, needle: ByteSource): number {
  return Buffer.from(hay.buffer, hay.byteOffset, hay.length).indexOf(Buffer.from(bytes(needle)));
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Seeded PRNG (mulberry32), so a failing fuzz case can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------------
// What we plant, so tests can search the output for it

export const PLANTED = {
  make: "PlantedCam",
  model: "PlantedCam Model X9",
  serial: "SN-PLANTED-4417",
  dateTaken: "2023:04:05 10:11:12",
  author: "Jane Planted-Doe",
  comment: "Patient John Planted MRN 8812345",
  caption: "Planted caption for IPTC",
  iccName: "Dr Planted's scanner profile",
  privateChunk: "PRIVATE-PLANTED-DATA",
  trailer: "TRAILER-PLANTED-MOTION-PHOTO",
  thumbnail: "THUMB-PLANTED",
} as const;

/** GPS 41°52'30.12" N, 87°37'40.50" W as Exif rationals. */
export const GPS_LATITUDE: readonly [number, number][] = [
  [41, 1],
  [52, 1],
  [3012, 100],
];
export const GPS_LONGITUDE: readonly [number, number][] = [
  [87, 1],
  [37, 1],
  [4050, 100],
];

/** The little-endian bytes of GPS_LATITUDE as stored in our Exif: if these appear, GPS leaked. */
export function gpsLatitudeBytes(): Uint8Array {
  return bytes(...GPS_LATITUDE.flatMap(([n, d]) => [le32(n), le32(d)]));
}

// ------------------------------------------------------------------------------------------------
// Exif (a little-endian TIFF structure)

interface TiffEntry {
  tag: number;
  /** 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL */
  type: 2 | 3 | 4 | 5;
  count: number;
  value: Uint8Array;
}

const ascii0 = (s: string): TiffEntry["value"] => bytes(s, [0]);
const asciiEntry = (tag: number, s: string): TiffEntry => ({ tag, type: 2, count: s.length + 1, value: ascii0(s) });
const shortEntry = (tag: number, n: number): TiffEntry => ({ tag, type: 3, count: 1, value: bytes(le16(n)) });
const longEntry = (tag: number, n: number): TiffEntry => ({ tag, type: 4, count: 1, value: bytes(le32(n)) });
const rationalEntry = (tag: number, r: readonly [number, number][]): TiffEntry => ({
  tag,
  type: 5,
  count: r.length,
  value: bytes(...r.flatMap(([n, d]) => [le32(n), le32(d)])),
});

function ifdSize(entries: TiffEntry[]): number {
  return 2 + entries.length * 12 + 4 + entries.reduce((n, e) => n + (e.value.length > 4 ? e.value.length : 0), 0);
}

/** One IFD at `offset`, with out-of-line values right after it. */
function ifdBytes(entries: TiffEntry[], offset: number): Uint8Array {
  let dataAt = offset + 2 + entries.length * 12 + 4;
  const table: number[] = [...le16(entries.length)];
  const data: number[] = [];
  for (const e of [...entries].sort((a, b) => a.tag - b.tag)) {
    table.push(...le16(e.tag), ...le16(e.type), ...le32(e.count));
    if (e.value.length <= 4) {
      table.push(...e.value, ...new Array<number>(4 - e.value.length).fill(0));
    } else {
      table.push(...le32(dataAt));
      data.push(...e.value);
      dataAt += e.value.length;
    }
  }
  table.push(...le32(0));
  return bytes(table, data);
}

/** A TIFF structure as used in Exif: IFD0 (make, model, orientation) → Exif IFD (serial) + GPS IFD. */
export function exifTiff(orientation = 6): Uint8Array {
  const exifIfd = [asciiEntry(0xa431, PLANTED.serial), asciiEntry(0x9003, PLANTED.dateTaken)];
  const gpsIfd = [asciiEntry(0x0001, "N"), rationalEntry(0x0002, GPS_LATITUDE), asciiEntry(0x0003, "W"), rationalEntry(0x0004, GPS_LONGITUDE)];
  const ifd0Base = [asciiEntry(0x010f, PLANTED.make), asciiEntry(0x0110, PLANTED.model), shortEntry(0x0112, orientation)];
  const ifd0Size = ifdSize([...ifd0Base, longEntry(0x8769, 0), longEntry(0x8825, 0)]);
  const exifAt = 8 + ifd0Size;
  const gpsAt = exifAt + ifdSize(exifIfd);
  const ifd0 = [...ifd0Base, longEntry(0x8769, exifAt), longEntry(0x8825, gpsAt)];
  return bytes("II", le16(42), le32(8), ifdBytes(ifd0, 8), ifdBytes(exifIfd, exifAt), ifdBytes(gpsIfd, gpsAt));
}

export function xmpPacket(): string {
  return (
    `<?xpacket begin="\u00ef\u00bb\u00bf" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PLANTED.author}</dc:creator>` +
    `<dc:description>${PLANTED.comment}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>` +
    `<?xpacket end="w"?>`
  );
}

// ------------------------------------------------------------------------------------------------
// JPEG

/** Annex K.3, table K.3: luminance DC code lengths (counts for lengths 1..16) and symbols. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** A one-code AC table: symbol 0x00 (EOB) with the 1-bit code "0". */
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALUES = [0x00];

/** Canonical Huffman codes (T.81 Annex C): symbol → [code, length]. */
function huffmanCodes(bits: number[], values: number[]): Map<number, [number, number]> {
  const codes = new Map<number, [number, number]>();
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < (bits[length - 1] ?? 0); i++) codes.set(values[k++] ?? 0, [code++, length]);
    code <<= 1;
  }
  return codes;
}

class JpegBitWriter {
  readonly out: number[] = [];
  private acc = 0;
  private n = 0;
  write(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((code >>> i) & 1);
      if (++this.n === 8) this.emit();
    }
  }
  /** Pad the last byte with 1-bits (T.81 F.1.2.3). */
  flush(): void {
    while (this.n !== 0) this.write(1, 1);
  }
  private emit(): void {
    this.out.push(this.acc);
    if (this.acc === 0xff) this.out.push(0x00); // byte stuffing
    this.acc = 0;
    this.n = 0;
  }
}

export interface JpegSegment {
  marker: number;
  payload: Uint8Array;
}

export const seg = (marker: number, ...payload: ByteSource[]): JpegSegment => ({ marker, payload: bytes(...payload) });

export function segmentBytes(s: JpegSegment): Uint8Array {
  return bytes([0xff, s.marker], be16(s.payload.length + 2), s.payload);
}

export interface JpegOptions {
  width: number;
  height: number;
  /** Grey level of each 8×8 block, in raster order; repeated if short. */
  blocks: number[];
  /** DRI restart interval in MCUs (0 = none). */
  restartInterval?: number;
  /** Segments between SOI and the tables (metadata goes here). */
  before?: JpegSegment[];
  /** Segments between the frame header and SOS (tables-misc position). */
  beforeScan?: JpegSegment[];
  /** Bytes appended after EOI (phones put motion-photo videos here). */
  trailer?: Uint8Array;
}

export interface BuiltJpeg {
  file: Uint8Array;
  /** The entropy-coded data of the one scan, as written (stuffed, with RSTn). */
  scan: Uint8Array;
  /** The decoding segments in file order (DQT, DHT×2, SOF0, DRI?). */
  tables: JpegSegment[];
}

/** A baseline, greyscale JPEG of flat 8×8 blocks. */
export function buildJpeg(o: JpegOptions): BuiltJpeg {
  const dc = huffmanCodes(DC_BITS, DC_VALUES);
  const ac = huffmanCodes(AC_BITS, AC_VALUES);
  const mcus = Math.ceil(o.width / 8) * Math.ceil(o.height / 8);
  const w = new JpegBitWriter();
  let pred = 0;
  let rst = 0;
  for (let m = 0; m < mcus; m++) {
    if (o.restartInterval && m > 0 && m % o.restartInterval === 0) {
      w.flush();
      w.out.push(0xff, 0xd0 + (rst++ % 8));
      pred = 0;
    }
    const grey = o.blocks[m % o.blocks.length] ?? 128;
    // With a quantiser of 1, a flat block's DC coefficient is 8 × (level − 128) (T.81 A.3.3).
    const coefficient = 8 * (grey - 128);
    const diff = coefficient - pred;
    pred = coefficient;
    const magnitude = Math.abs(diff);
    const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
    const [code, length] = dc.get(category) ?? [0, 0];
    w.write(code, length);
    if (category > 0) w.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
    const [eob, eobLength] = ac.get(0x00) ?? [0, 0];
    w.write(eob, eobLength);
  }
  w.flush();
  const scan = Uint8Array.from(w.out);

  const tables: JpegSegment[] = [
    seg(0xdb, [0x00], new Array<number>(64).fill(1)), // DQT 0, 8-bit, all ones
    seg(0xc4, [0x00], DC_BITS, DC_VALUES), // DHT DC 0
    seg(0xc4, [0x10], AC_BITS, AC_VALUES), // DHT AC 0
    seg(0xc0, [8], be16(o.height), be16(o.width), [1, 1, 0x11, 0]), // SOF0, one component
  ];
  if (o.restartInterval) tables.push(seg(0xdd, be16(o.restartInterval)));
  const sos = seg(0xda, [1, 1, 0x00, 0, 63, 0]);
  const file = bytes(
    [0xff, 0xd8],
    ...(o.before ?? []).map(segmentBytes),
    ...tables.map(segmentBytes),
    ...(o.beforeScan ?? []).map(segmentBytes),
    segmentBytes(sos),
    scan,
    [0xff, 0xd9],
    o.trailer ?? [],
  );
  return { file, scan, tables };
}

export const jfif = (thumbnail?: Uint8Array): JpegSegment =>
  seg(0xe0, "JFIF\0", [1, 2, 0, 0, 72, 0, 72], thumbnail ? [1, Math.floor(thumbnail.length / 3)] : [0, 0], thumbnail ?? []);
export const exifApp1 = (orientation = 6): JpegSegment => seg(0xe1, "Exif\0\0", exifTiff(orientation));
export const xmpApp1 = (): JpegSegment => seg(0xe1, "http://ns.adobe.com/xap/1.0/\0", xmpPacket());
export const comment = (text: string = PLANTED.comment): JpegSegment => seg(0xfe, text);
/** Photoshop IRB 0x0404 (IPTC-NAA) holding a 2:120 caption record. */
export const photoshopApp13 = (): JpegSegment => {
  const iptc = bytes([0x1c, 2, 120], be16(PLANTED.caption.length), PLANTED.caption);
  return seg(0xed, "Photoshop 3.0\0", "8BIM", be16(0x0404), [0, 0], be32(iptc.length), iptc);
};
/** A (fake but well-formed-looking) ICC profile split marker: "ICC_PROFILE\0", seq 1 of 1. */
export const iccApp2 = (profile: Uint8Array): JpegSegment => seg(0xe2, "ICC_PROFILE\0", [1, 1], profile);
export const mpfApp2 = (): JpegSegment => seg(0xe2, "MPF\0", "MM", [0, 0x2a], be32(8), PLANTED.thumbnail);
export const jfxxThumbnail = (): JpegSegment => seg(0xe0, "JFXX\0", [0x13], [1, 1], [1, 2, 3], PLANTED.thumbnail);
export const adobeApp14 = (): JpegSegment => seg(0xee, "Adobe", be16(100), be16(0), be16(0), [1]);

/** A JPEG a phone might produce: every kind of metadata we strip, around a real image. */
export function dirtyJpeg(): BuiltJpeg {
  return buildJpeg({
    width: 24,
    height: 16,
    // Levels chosen so the entropy-coded data contains FF bytes (stuffed as FF00).
    blocks: [0, 255, 0, 255, 16, 250],
    restartInterval: 2,
    before: [
      jfif(bytes(PLANTED.thumbnail.padEnd(15, "x"))), // a 1×5 RGB thumbnail
      exifApp1(6),
      xmpApp1(),
      iccApp2(bytes("ICC-PROFILE-BODY-KEPT", new Array<number>(40).fill(7))),
      mpfApp2(),
      photoshopApp13(),
      jfxxThumbnail(),
      comment(),
      adobeApp14(),
      seg(0xe9, PLANTED.privateChunk), // an unknown APP9
    ],
    beforeScan: [comment("second comment " + PLANTED.author)],
    trailer: bytes(PLANTED.trailer),
  });
}

export interface WalkedJpeg {
  segments: JpegSegment[];
  /** Entropy-coded data after each SOS, as stored. */
  scans: Uint8Array[];
  /** Bytes after EOI. */
  trailing: number;
}

/** An independent JPEG reader: throws on anything malformed. */
export function walkJpeg(b: Uint8Array): WalkedJpeg {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error("no SOI");
  const segments: JpegSegment[] = [];
  const scans: Uint8Array[] = [];
  let p = 2;
  for (;;) {
    if (b[p] !== 0xff) throw new Error(`expected a marker at ${p}`);
    while (b[p] === 0xff) p++;
    const marker = b[p++];
    if (marker === undefined) throw new Error("ended in a marker");
    if (marker === 0xd9) return { segments, scans, trailing: b.length - p };
    const length = ((b[p] ?? 0) << 8) | (b[p + 1] ?? 0);
    if (length < 2 || p + length > b.length) throw new Error("bad segment length");
    segments.push({ marker, payload: b.slice(p + 2, p + length) });
    p += length;
    if (marker === 0xda) {
      const start = p;
      while (p < b.length) {
        if (b[p] === 0xff && b[p + 1] !== 0x00 && !((b[p + 1] ?? 0) >= 0xd0 && (b[p + 1] ?? 0) <= 0xd7)) break;
        p += b[p] === 0xff ? 2 : 1;
      }
      if (p >= b.length) throw new Error("scan runs off the end");
      scans.push(b.slice(start, p));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// PNG

export const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngChunk(type: string, ...data: ByteSource[]): Uint8Array {
  const body = bytes(type, ...data);
  return bytes(be32(body.length - 4), body, be32(zlibCrc32(body)));
}

export function ihdr(width: number, height: number, depth = 8, colour = 2): Uint8Array {
  return pngChunk("IHDR", be32(width), be32(height), [depth, colour, 0, 0, 0]);
}

/** Raw scanlines (filter byte 0 + RGB) of a small w×h test pattern. */
export function rgbScanlines(width: number, height: number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push((x * 80) & 0xff, (y * 120) & 0xff, ((x + y) * 40) & 0xff);
  }
  return Uint8Array.from(rows);
}

export const FAKE_ICC_PROFILE = bytes("ICC-PROFILE-BODY-KEPT", new Array<number>(60).fill(3));

export interface BuiltPng {
  file: Uint8Array;
  scanlines: Uint8Array;
}

/** A 3×2 RGB PNG with every kind of text/metadata chunk, IDAT split in two, and a trailer. */
export function dirtyPng(): BuiltPng {
  const scanlines = rgbScanlines(3, 2);
  const z = deflateSync(scanlines);
  const half = Math.floor(z.length / 2);
  const file = bytes(
    PNG_SIG,
    ihdr(3, 2),
    pngChunk("gAMA", be32(45455)),
    pngChunk("iCCP", PLANTED.iccName, [0, 0], deflateSync(FAKE_ICC_PROFILE)),
    pngChunk("pHYs", be32(2835), be32(2835), [1]),
    pngChunk("tEXt", "Author\0", PLANTED.author),
    pngChunk("zTXt", "Comment\0", [0], deflateSync(Buffer.from(PLANTED.comment))),
    pngChunk("iTXt", "Description\0", [0, 0], "en\0", "Description\0", PLANTED.caption),
    pngChunk("eXIf", exifTiff(1)),
    pngChunk("tIME", be16(2023), [4, 5, 10, 11, 12]),
    pngChunk("prVt", PLANTED.privateChunk),
    pngChunk("IDAT", z.subarray(0, half)),
    pngChunk("IDAT", z.subarray(half)),
    pngChunk("IEND"),
    PLANTED.trailer,
  );
  return { file, scanlines };
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

/** An independent PNG reader: throws on anything malformed, including a bad CRC. */
export function walkPng(b: Uint8Array): { chunks: PngChunk[]; trailing: number } {
  if (!PNG_SIG.every((v, i) => b[i] === v)) throw new Error("no PNG signature");
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const chunks: PngChunk[] = [];
  let p = 8;
  while (p < b.length) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...b.subarray(p + 4, p + 8));
    if (p + 12 + length > b.length) throw new Error("chunk past the end");
    const crcOk = zlibCrc32(b.subarray(p + 4, p + 8 + length)) === view.getUint32(p + 8 + length);
    if (!crcOk) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data: b.slice(p + 8, p + 8 + length), crcOk });
    p += 12 + length;
    if (type === "IEND") return { chunks, trailing: b.length - p };
  }
  throw new Error("no IEND");
}

// ------------------------------------------------------------------------------------------------
// WebP

class LsbBitWriter {
  private readonly out: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.acc |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.out.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.n > 0 ? [...this.out, this.acc] : this.out);
  }
}

/**
 * A VP8L bitstream for a width×height image of one ARGB colour (WebP lossless spec, sections 3–6):
 * header, no transform, no colour cache, no meta prefix codes, then five simple prefix codes with
 * one 8-bit symbol each (green, red, blue, alpha; distance gets a 1-bit symbol 0). With one
 * symbol per code every pixel costs zero bits, so the bitstream ends after the codes.
 */
export function vp8lBitstream(width: number, height: number, argb: [number, number, number, number]): Uint8Array {
  const w = new LsbBitWriter();
  w.write(0x2f, 8);
  w.write(width - 1, 14);
  w.write(height - 1, 14);
  w.write(argb[0] === 255 ? 0 : 1, 1); // alpha_is_used hint
  w.write(0, 3); // version
  w.write(0, 1); // no transform
  w.write(0, 1); // no colour cache
  w.write(0, 1); // no meta prefix codes
  const [a, r, g, b] = argb;
  for (const symbol of [g, r, b, a]) {
    w.write(1, 1); // simple code
    w.write(0, 1); // one symbol
    w.write(1, 1); // 8-bit symbol
    w.write(symbol, 8);
  }
  w.write(1, 1); // distance: simple, one 1-bit symbol 0
  w.write(0, 1);
  w.write(0, 1);
  w.write(0, 1);
  return w.bytes();
}

export function riffChunk(fourcc: string, ...data: ByteSource[]): Uint8Array {
  const body = bytes(...data);
  return bytes(fourcc, le32(body.length), body, body.length & 1 ? [0] : []);
}

export function riff(...chunks: Uint8Array[]): Uint8Array {
  const body = bytes(...chunks);
  return bytes("RIFF", le32(body.length + 4), "WEBP", body);
}

/** VP8X flags: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04, animation 0x02. */
export function vp8x(flags: number, width: number, height: number): Uint8Array {
  return riffChunk("VP8X", [flags, 0, 0, 0], le24(width - 1), le24(height - 1));
}

export interface BuiltWebp {
  file: Uint8Array;
  bitstream: Uint8Array;
}

/** An extended WebP: VP8X (EXIF+XMP flags) + VP8L + EXIF + XMP + an unknown chunk + a trailer. */
export function dirtyWebp(): BuiltWebp {
  const bitstream = vp8lBitstream(1, 1, [255, 200, 30, 90]);
  const file = bytes(
    riff(vp8x(0x08 | 0x04, 1, 1), riffChunk("VP8L", bitstream), riffChunk("EXIF", exifTiff(1)), riffChunk("XMP ", xmpPacket()), riffChunk("PRIV", PLANTED.privateChunk)),
    PLANTED.trailer,
  );
  return { file, bitstream };
}

/** A lossy VP8 key-frame header (not decodable past the header): enough to sniff dimensions. */
export function vp8KeyFrame(width: number, height: number): Uint8Array {
  const frameTag = [0x10, 0x02, 0x00]; // key frame, version 0, show_frame, first partition size
  return bytes(frameTag, [0x9d, 0x01, 0x2a], le16(width), le16(height), new Array<number>(10).fill(0));
}

export interface RiffChunkRead {
  fourcc: string;
  data: Uint8Array;
}

/** An independent WebP reader: throws unless the RIFF size and every chunk size add up exactly. */
export function walkWebp(b: Uint8Array): RiffChunkRead[] {
  const text = (p: number): string => String.fromCharCode(...b.subarray(p, p + 4));
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (text(0) !== "RIFF" || text(8) !== "WEBP") throw new Error("not RIFF/WEBP");
  if (view.getUint32(4, true) + 8 !== b.length) throw new Error("RIFF size doesn't match the file");
  const chunks: RiffChunkRead[] = [];
  let p = 12;
  while (p < b.length) {
    const size = view.getUint32(p + 4, true);
    if (p + 8 + size > b.length) throw new Error("chunk past the end");
    chunks.push({ fourcc: text(p), data: b.slice(p + 8, p + 8 + size) });
    p += 8 + size + (size & 1);
  }
  if (p !== b.length) throw new Error("padding doesn't add up");
  return chunks;
}
