import { describe, expect, it } from "vitest";
import { deflateSync, inflateSync } from "node:zlib";
import { DEFAULT_IMAGE_LIMITS, type ImageType, sniffImage } from "../../../src/server/images/image-format";
import { type StripResult, type StrippedImage, sanitizeImage, stripImageMetadata } from "../../../src/server/images/strip-metadata";
import {
  be16,
  be32,
  buildJpeg,
  bytes,
  dirtyJpeg,
  dirtyPng,
  dirtyWebp,
  equalBytes,
  exifApp1,
  FAKE_ICC_PROFILE,
  gpsLatitudeBytes,
  ihdr,
  indexOf,
  jfif,
  le32,
  PLANTED,
  PNG_SIG,
  pngChunk,
  riff,
  riffChunk,
  rng,
  segmentBytes,
  vp8lBitstream,
  vp8x,
  walkJpeg,
  walkPng,
  walkWebp,
  xmpApp1,
} from "./builders";

function stripped(result: StripResult): StrippedImage {
  if (!result.ok) throw new Error(`expected a stripped image, got a refusal: ${result.message}`);
  return result;
}

/** Everything we planted, plus the tell-tale identifiers of each metadata format. */
const FORBIDDEN: (string | Uint8Array)[] = [
  ...Object.values(PLANTED),
  gpsLatitudeBytes(),
  "Exif",
  "http://ns.adobe.com",
  "xpacket",
  "8BIM",
  "Photoshop",
  "JFXX",
  "MPF",
  "Planted",
  "PLANTED",
];

function expectNoMetadata(out: Uint8Array): void {
  for (const needle of FORBIDDEN) {
    const label = typeof needle === "string" ? needle : "GPS latitude rationals";
    expect(indexOf(out, needle), `${label} must not survive`).toBe(-1);
  }
}

describe("stripImageMetadata: JPEG", () => {
  const original = dirtyJpeg();
  const before = walkJpeg(original.file);
  const result = stripped(stripImageMetadata(original.file, "jpeg"));
  const after = walkJpeg(result.bytes);

  it("builds a fair test: the original really carries every kind of metadata and a stuffed, restarted scan", () => {
    expect(indexOf(original.file, PLANTED.serial)).toBeGreaterThan(0);
    expect(indexOf(original.file, gpsLatitudeBytes())).toBeGreaterThan(0);
    expect(indexOf(original.file, PLANTED.author)).toBeGreaterThan(0);
    expect(indexOf(original.file, PLANTED.comment)).toBeGreaterThan(0);
    expect(indexOf(original.scan, [0xff, 0x00])).toBeGreaterThanOrEqual(0); // byte stuffing
    expect(indexOf(original.scan, [0xff, 0xd0])).toBeGreaterThan(0); // a restart marker
    expect(before.trailing).toBe(PLANTED.trailer.length);
  });

  it("leaves no Exif, GPS, serial, XMP, IPTC, comment, thumbnail or trailer bytes", () => {
    expectNoMetadata(result.bytes);
    expect(after.trailing).toBe(0);
    expect(result.removed).toEqual(["JFIF thumbnail", "APP1 Exif", "APP1 XMP", "APP2 MPF", "APP13 Photoshop/IPTC", "APP0 JFXX thumbnail", "COM", "APP9", "COM", "data after EOI"]);
  });

  it("keeps only JFIF (without thumbnail), ICC_PROFILE, Adobe and the decoding segments, in order", () => {
    expect(after.segments.map((s) => s.marker.toString(16))).toEqual(["e0", "e2", "ee", "db", "c4", "c4", "c0", "dd", "da"]);
    const [app0, app2, app14] = after.segments;
    expect(app0?.payload).toEqual(bytes("JFIF\0", [1, 2, 0, 0, 72, 0, 72], [0, 0]));
    expect(app2?.payload).toEqual(bytes("ICC_PROFILE\0", [1, 1], "ICC-PROFILE-BODY-KEPT", new Array<number>(40).fill(7)));
    expect(app14?.payload).toEqual(bytes("Adobe", be16(100), be16(0), be16(0), [1]));
    // DQT, DHT, SOF0, DRI and the SOS header are byte-identical to the original's.
    const decoding = (segments: typeof after.segments) => segments.filter((s) => [0xdb, 0xc4, 0xc0, 0xdd, 0xda].includes(s.marker));
    expect(decoding(after.segments)).toEqual(decoding(before.segments));
  });

  it("copies the entropy-coded data verbatim, stuffing and restart markers included", () => {
    expect(after.scans).toHaveLength(1);
    expect(equalBytes(after.scans[0] ?? new Uint8Array(), original.scan)).toBe(true);
  });

  it("is still a JPEG of the same size, and stripping again changes nothing", () => {
    expect(sniffImage(result.bytes)).toEqual({ ok: true, type: "jpeg", width: 24, height: 16 });
    const again = stripped(stripImageMetadata(result.bytes, "jpeg"));
    expect(equalBytes(again.bytes, result.bytes)).toBe(true);
    expect(again.removed).toEqual([]);
  });

  it("does not modify its input", () => {
    expect(equalBytes(dirtyJpeg().file, original.file)).toBe(true);
  });

  it("reports the Exif orientation, and writes back an orientation-only Exif only when asked", () => {
    expect(result.orientation).toBe(6);
    const kept = stripped(stripImageMetadata(original.file, "jpeg", { keepOrientation: true }));
    const segments = walkJpeg(kept.bytes).segments;
    expect(segments.map((s) => s.marker.toString(16)).slice(0, 2)).toEqual(["e0", "e1"]);
    const tiff = segments[1]?.payload.subarray(6) ?? new Uint8Array();
    // MM, 42, IFD0 at 8, one entry: Orientation (0x0112) SHORT 1 = 6, no next IFD. Nothing else.
    expect(tiff).toEqual(bytes("MM", [0, 42], be32(8), [0, 1], [0x01, 0x12, 0, 3], be32(1), [0, 6, 0, 0], be32(0)));
    for (const needle of [...Object.values(PLANTED), gpsLatitudeBytes()]) expect(indexOf(kept.bytes, needle)).toBe(-1);
    // An upright photo needs no Exif at all.
    const upright = buildJpeg({ width: 8, height: 8, blocks: [90], before: [exifApp1(1)] });
    const uprightOut = stripped(stripImageMetadata(upright.file, "jpeg", { keepOrientation: true }));
    expect(indexOf(uprightOut.bytes, "Exif")).toBe(-1);
  });

  it("strips metadata placed between progressive scans, and keeps every scan", () => {
    // Two scans with a COM and an XMP segment between them (legal in the tables/misc position).
    const base = buildJpeg({ width: 8, height: 8, blocks: [200] });
    const first = walkJpeg(base.file);
    const sos = first.segments.find((s) => s.marker === 0xda);
    if (sos === undefined) throw new Error("no SOS");
    const eoi = base.file.length - 2;
    const twoScans = bytes(
      base.file.subarray(0, eoi),
      segmentBytes({ marker: 0xfe, payload: bytes(PLANTED.comment) }),
      segmentBytes(xmpApp1()),
      segmentBytes(sos),
      base.scan,
      [0xff, 0xd9],
    );
    const out = stripped(stripImageMetadata(twoScans, "jpeg"));
    expectNoMetadata(out.bytes);
    const walked = walkJpeg(out.bytes);
    expect(walked.scans.map((s) => Array.from(s))).toEqual([Array.from(base.scan), Array.from(base.scan)]);
  });

  it("accepts fill bytes inside the scan before a restart marker", () => {
    const base = buildJpeg({ width: 16, height: 8, blocks: [10, 240], restartInterval: 1 });
    const rst = indexOf(base.file, [0xff, 0xd0]);
    const filled = bytes(base.file.subarray(0, rst), [0xff, 0xff], base.file.subarray(rst));
    const out = stripped(stripImageMetadata(filled, "jpeg"));
    expect(equalBytes(out.bytes, filled)).toBe(true);
  });

  it("refuses a JPEG without EOI, one cut inside the scan, and a segment length past the end", () => {
    const file = original.file;
    const eoi = file.length - PLANTED.trailer.length - 2;
    const sos = indexOf(file, [0xff, 0xda]);
    for (const end of [eoi, sos + 20, 100]) {
      const r = stripImageMetadata(file.subarray(0, end), "jpeg");
      expect(r).toMatchObject({ ok: false, reason: "truncated" });
      if (!r.ok) expect(r.message).toMatch(/^This JPEG image is incomplete/);
    }
    const pastEnd = bytes([0xff, 0xd8], segmentBytes(jfif()), [0xff, 0xe1, 0x40, 0x00], "Exif\0\0");
    expect(stripImageMetadata(pastEnd, "jpeg")).toMatchObject({ ok: false, reason: "truncated" });
  });

  it("refuses a scan before any frame header, a second SOI, an RST outside a scan, and EOI with no scan", () => {
    const sofIndex = indexOf(original.file, [0xff, 0xc0]);
    const noFrame = bytes(original.file.subarray(0, sofIndex), original.file.subarray(indexOf(original.file, [0xff, 0xda])));
    const secondSoi = bytes([0xff, 0xd8, 0xff, 0xd8], original.file.subarray(2));
    const strayRst = bytes([0xff, 0xd8, 0xff, 0xd0], original.file.subarray(2));
    const noScan = bytes([0xff, 0xd8], segmentBytes(jfif()), [0xff, 0xd9]);
    for (const f of [noFrame, secondSoi, strayRst, noScan]) {
      const r = stripImageMetadata(f, "jpeg");
      expect(r).toMatchObject({ ok: false, reason: "corrupt" });
      if (!r.ok) expect(r.message).toMatch(/^This JPEG image is damaged/);
    }
  });
});

describe("stripImageMetadata: PNG", () => {
  const original = dirtyPng();
  const result = stripped(stripImageMetadata(original.file, "png"));
  const after = walkPng(result.bytes); // throws on any bad CRC

  it("builds a fair test: the original has tEXt, zTXt, iTXt, eXIf, tIME, a private chunk and a trailer", () => {
    const types = walkPng(original.file).chunks.map((c) => c.type);
    for (const t of ["tEXt", "zTXt", "iTXt", "eXIf", "tIME", "prVt"]) expect(types).toContain(t);
    expect(indexOf(original.file, `Author\0${PLANTED.author}`)).toBeGreaterThan(0);
  });

  it("leaves no text, Exif, time, private chunk or trailer", () => {
    expectNoMetadata(result.bytes);
    expect(after.trailing).toBe(0);
    expect(result.removed).toEqual(["tEXt", "zTXt", "iTXt", "eXIf", "tIME", "prVt", "data after IEND"]);
  });

  it("keeps the critical and rendering chunks in order, with valid CRCs", () => {
    expect(after.chunks.map((c) => c.type)).toEqual(["IHDR", "gAMA", "iCCP", "pHYs", "IDAT", "IDAT", "IEND"]);
    expect(after.chunks.every((c) => c.crcOk)).toBe(true);
  });

  it("renames the iCCP profile (free text) but keeps the profile itself", () => {
    const iccp = after.chunks.find((c) => c.type === "iCCP");
    if (iccp === undefined) throw new Error("no iCCP");
    const nul = iccp.data.indexOf(0);
    expect(String.fromCharCode(...iccp.data.subarray(0, nul))).toBe("ICC profile");
    expect(iccp.data[nul + 1]).toBe(0); // compression method
    expect(equalBytes(inflateSync(iccp.data.subarray(nul + 2)), FAKE_ICC_PROFILE)).toBe(true);
  });

  it("keeps the pixels: the IDAT stream inflates to the same scanlines", () => {
    const idat = Buffer.concat(after.chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
    expect(equalBytes(inflateSync(idat), original.scanlines)).toBe(true);
    expect(sniffImage(result.bytes)).toEqual({ ok: true, type: "png", width: 3, height: 2 });
  });

  it("is idempotent", () => {
    const again = stripped(stripImageMetadata(result.bytes, "png"));
    expect(equalBytes(again.bytes, result.bytes)).toBe(true);
    expect(again.removed).toEqual([]);
  });

  it("keeps APNG animation chunks", () => {
    const z = deflateSync(Uint8Array.of(0, 1, 2, 3));
    const fctl = pngChunk("fcTL", be32(0), be32(1), be32(1), be32(0), be32(0), be16(1), be16(10), [0, 0]);
    const apng = bytes(PNG_SIG, ihdr(1, 1), pngChunk("acTL", be32(2), be32(0)), fctl, pngChunk("IDAT", z), pngChunk("fdAT", be32(1), z), pngChunk("IEND"));
    const out = stripped(stripImageMetadata(apng, "png"));
    expect(equalBytes(out.bytes, apng)).toBe(true);
  });

  const minimal = (...middle: Uint8Array[]): Uint8Array => bytes(PNG_SIG, ihdr(1, 1), ...middle, pngChunk("IDAT", deflateSync(Uint8Array.of(0, 1, 2, 3))), pngChunk("IEND"));

  it("refuses a chunk with a bad CRC, an unknown critical chunk, and a PNG with no IDAT", () => {
    const badCrc = minimal(pngChunk("tEXt", "Author\0x"));
    const at = indexOf(badCrc, "tEXt") + 12;
    badCrc[at] = (badCrc[at] ?? 0) ^ 0x01; // flip a bit in the CRC
    const unknownCritical = minimal(pngChunk("ABCD", "x"));
    const noIdat = bytes(PNG_SIG, ihdr(1, 1), pngChunk("IEND"));
    const badType = minimal(pngChunk("t1Xt", "x"));
    for (const f of [badCrc, unknownCritical, noIdat, badType]) {
      const r = stripImageMetadata(f, "png");
      expect(r).toMatchObject({ ok: false, reason: "corrupt" });
      if (!r.ok) expect(r.message).toMatch(/^This PNG image is damaged/);
    }
  });

  it("refuses a chunk length pointing past the end, and a missing IEND", () => {
    const z = deflateSync(Uint8Array.of(0, 1, 2, 3));
    const pastEnd = bytes(PNG_SIG, ihdr(1, 1), be32(0x7fff0000), "tEXt", "Author\0x");
    const noIend = bytes(PNG_SIG, ihdr(1, 1), pngChunk("IDAT", z));
    const cut = original.file.subarray(0, original.file.length - PLANTED.trailer.length - 5);
    for (const f of [pastEnd, noIend, cut]) {
      const r = stripImageMetadata(f, "png");
      expect(r).toMatchObject({ ok: false, reason: "truncated" });
      if (!r.ok) expect(r.message).toMatch(/^This PNG image is incomplete/);
    }
    expect(stripImageMetadata(bytes(PNG_SIG, ihdr(1, 1), be32(0x80000000), "tEXt"), "png")).toMatchObject({
      ok: false,
      reason: "corrupt",
    });
  });
});

describe("stripImageMetadata: WebP", () => {
  const original = dirtyWebp();
  const result = stripped(stripImageMetadata(original.file, "webp"));
  const after = walkWebp(result.bytes); // throws unless the RIFF size is exact

  it("builds a fair test: the original has EXIF and XMP chunks and flags", () => {
    const chunks = walkWebp(original.file.subarray(0, original.file.length - PLANTED.trailer.length));
    expect(chunks.map((c) => c.fourcc)).toEqual(["VP8X", "VP8L", "EXIF", "XMP ", "PRIV"]);
    expect((chunks[0]?.data[0] ?? 0) & 0x0c).toBe(0x0c);
  });

  it("leaves no EXIF, XMP, unknown chunk or trailer, and clears the VP8X EXIF/XMP flags", () => {
    expectNoMetadata(result.bytes);
    expect(after.map((c) => c.fourcc)).toEqual(["VP8X", "VP8L"]);
    expect((after[0]?.data[0] ?? 0) & 0x0c).toBe(0);
    expect(result.removed).toEqual(["data after RIFF", "EXIF", "XMP", "unknown chunk"]);
  });

  it("keeps the bitstream byte for byte, the size, and a correct RIFF size", () => {
    expect(equalBytes(after[1]?.data ?? new Uint8Array(), original.bitstream)).toBe(true);
    expect(sniffImage(result.bytes)).toEqual({ ok: true, type: "webp", width: 1, height: 1 });
    expect(new DataView(result.bytes.buffer, result.bytes.byteOffset).getUint32(4, true)).toBe(result.bytes.length - 8);
  });

  it("is idempotent", () => {
    const again = stripped(stripImageMetadata(result.bytes, "webp"));
    expect(equalBytes(again.bytes, result.bytes)).toBe(true);
    expect(again.removed).toEqual([]);
  });

  it("keeps a simple (VP8L-only) WebP as it is, and drops chunks tacked on after it", () => {
    const simple = riff(riffChunk("VP8L", vp8lBitstream(4, 4, [255, 1, 2, 3])));
    expect(equalBytes(stripped(stripImageMetadata(simple, "webp")).bytes, simple)).toBe(true);
    const tacked = riff(riffChunk("VP8L", vp8lBitstream(4, 4, [255, 1, 2, 3])), riffChunk("XMP ", PLANTED.author));
    const out = stripped(stripImageMetadata(tacked, "webp"));
    expect(equalBytes(out.bytes, simple)).toBe(true);
  });

  it("strips unknown chunks inside an animation frame and keeps its image data", () => {
    const frameHeader = bytes(new Array<number>(12).fill(0), [100, 0, 0, 0]);
    const bitstream = vp8lBitstream(1, 1, [255, 9, 9, 9]);
    const anim = riff(
      vp8x(0x02 | 0x08, 1, 1),
      riffChunk("ANIM", le32(0), [0, 0]),
      riffChunk("ANMF", frameHeader, riffChunk("VP8L", bitstream), riffChunk("JUNK", PLANTED.privateChunk)),
      riffChunk("EXIF", PLANTED.serial),
    );
    const out = stripped(stripImageMetadata(anim, "webp"));
    expectNoMetadata(out.bytes);
    const chunks = walkWebp(out.bytes);
    expect(chunks.map((c) => c.fourcc)).toEqual(["VP8X", "ANIM", "ANMF"]);
    expect(chunks[0]?.data[0]).toBe(0x02);
    expect(equalBytes(chunks[2]?.data ?? new Uint8Array(), bytes(frameHeader, riffChunk("VP8L", bitstream)))).toBe(true);
  });

  it("refuses a chunk length past the end, a RIFF size past the end, and a file with no image chunk", () => {
    const pastEnd = bytes("RIFF", le32(4 + 8 + 10), "WEBP", "VP8L", le32(5000), vp8lBitstream(1, 1, [255, 0, 0, 0]));
    const riffPastEnd = bytes("RIFF", le32(9999), "WEBP", riffChunk("VP8L", vp8lBitstream(1, 1, [255, 0, 0, 0])));
    for (const f of [pastEnd, riffPastEnd]) {
      const r = stripImageMetadata(f, "webp");
      expect(r).toMatchObject({ ok: false, reason: "truncated" });
      if (!r.ok) expect(r.message).toMatch(/^This WebP image is incomplete/);
    }
    const noImage = riff(vp8x(0x08, 1, 1), riffChunk("EXIF", "x"));
    expect(stripImageMetadata(noImage, "webp")).toMatchObject({ ok: false, reason: "corrupt" });
  });
});

describe("stripImageMetadata: wrong type", () => {
  it("refuses bytes that don't match the type it was told", () => {
    const pairs: [Uint8Array, ImageType][] = [
      [dirtyPng().file, "jpeg"],
      [dirtyJpeg().file, "webp"],
      [dirtyWebp().file, "png"],
    ];
    for (const [file, type] of pairs) expect(stripImageMetadata(file, type)).toMatchObject({ ok: false, reason: "unknown" });
  });
});

describe("sanitizeImage: sniff, limits, strip, re-check", () => {
  it("returns clean bytes with the type and size for each format", () => {
    for (const [file, type, width, height] of [
      [dirtyJpeg().file, "jpeg", 24, 16],
      [dirtyPng().file, "png", 3, 2],
      [dirtyWebp().file, "webp", 1, 1],
    ] as const) {
      const r = sanitizeImage(file);
      if (!r.ok) throw new Error(r.message);
      expect({ type: r.type, width: r.width, height: r.height }).toEqual({ type, width, height });
      expectNoMetadata(r.bytes);
    }
  });

  it("passes refusals through: DICOM, too large, damaged", () => {
    expect(sanitizeImage(bytes(new Array<number>(128).fill(0), "DICM"))).toMatchObject({ ok: false, reason: "dicom" });
    expect(sanitizeImage(bytes(PNG_SIG, ihdr(4000, 10)))).toMatchObject({ ok: false, reason: "too-large" });
    expect(sanitizeImage(bytes(PNG_SIG, ihdr(4000, 10)), { maxEdge: 5000, maxPixels: 1e9 })).toMatchObject({
      ok: false,
      reason: "truncated",
    });
    expect(DEFAULT_IMAGE_LIMITS.maxEdge).toBe(3000);
  });
});

describe("hostile input: never throws, never hangs", () => {
  const valid = [dirtyJpeg().file, dirtyPng().file, dirtyWebp().file];
  const types: ImageType[] = ["jpeg", "png", "webp"];

  /** Run every entry point; anything accepted must be a clean, re-sniffable, stable file. */
  function exercise(input: Uint8Array): void {
    const sniffed = sniffImage(input, DEFAULT_IMAGE_LIMITS);
    if (!sniffed.ok) expect(sniffed.message.length).toBeGreaterThan(10);
    for (const type of types) {
      const r = stripImageMetadata(input, type);
      if (!r.ok) {
        expect(r.message).toMatch(/\.$/);
        continue;
      }
      const again = stripImageMetadata(r.bytes, type);
      expect(again.ok).toBe(true);
      if (again.ok) expect(equalBytes(again.bytes, r.bytes)).toBe(true);
    }
    const s = sanitizeImage(input);
    if (s.ok) expect(sniffImage(s.bytes)).toMatchObject({ ok: true, type: s.type, width: s.width, height: s.height });
  }

  it("survives 300 seeded random buffers, some behind real magic bytes", () => {
    const random = rng(13);
    const prefixes = [[], [0xff, 0xd8, 0xff], PNG_SIG, Array.from(bytes("RIFF\x40\0\0\0WEBP")), Array.from(bytes("RIFF\x40\0\0\0WEBPVP8X"))];
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * 600);
      const body = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      exercise(bytes(prefixes[i % prefixes.length] ?? [], body));
    }
  });

  it("survives 600 seeded mutations of real files (bit flips, cuts, splices)", () => {
    const random = rng(4417);
    for (let i = 0; i < 600; i++) {
      const source = valid[i % valid.length] ?? new Uint8Array();
      const file = Uint8Array.from(source);
      const flips = 1 + Math.floor(random() * 4);
      for (let f = 0; f < flips; f++) file[Math.floor(random() * file.length)] = Math.floor(random() * 256);
      const cut = random() < 0.3 ? Math.floor(random() * file.length) : file.length;
      exercise(file.subarray(0, cut));
    }
  });

  it("handles large degenerate inputs in linear time", () => {
    const started = performance.now();
    const mb = 4 * 1024 * 1024;
    const fills = new Uint8Array(mb).fill(0xff);
    fills.set([0xff, 0xd8], 0);
    const stuffed = bytes(buildJpeg({ width: 8, height: 8, blocks: [1] }).file.subarray(0, -2));
    const longScan = new Uint8Array(mb);
    for (let i = 0; i < mb; i += 2) longScan.set([0xff, 0x00], i); // a scan made only of stuffed bytes
    const manyChunks: Uint8Array[] = [];
    const tiny = pngChunk("tEXt", "a\0b");
    for (let i = 0; i < 50_000; i++) manyChunks.push(tiny);
    const manyComments: Uint8Array[] = [];
    for (let i = 0; i < 50_000; i++) manyComments.push(segmentBytes({ marker: 0xfe, payload: bytes("x") }));
    const inputs = [
      fills,
      bytes(stuffed, longScan, [0xff, 0xd9]),
      bytes(PNG_SIG, ihdr(1, 1), Buffer.concat(manyChunks), pngChunk("IDAT", deflateSync(Uint8Array.of(0, 0))), pngChunk("IEND")),
      bytes([0xff, 0xd8], Buffer.concat(manyComments), buildJpeg({ width: 8, height: 8, blocks: [1] }).file.subarray(2)),
      bytes("RIFF", le32(mb), "WEBP", new Uint8Array(mb - 4)),
    ];
    for (const input of inputs) exercise(input);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
