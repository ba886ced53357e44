import { describe, expect, it } from "vitest";
import { deflateSync } from "node:zlib";
import { DEFAULT_IMAGE_LIMITS, REFUSAL_MESSAGES, type ImageRefusalReason, type SniffResult, sniffImage } from "../../../src/server/images/image-format";
import {
  be16,
  be32,
  buildJpeg,
  bytes,
  dirtyJpeg,
  dirtyPng,
  dirtyWebp,
  ihdr,
  jfif,
  le32,
  PNG_SIG,
  pngChunk,
  riff,
  riffChunk,
  seg,
  segmentBytes,
  vp8KeyFrame,
  vp8lBitstream,
  vp8x,
} from "./builders";

function refusal(result: SniffResult): { reason: ImageRefusalReason; message: string } {
  if (result.ok) throw new Error(`expected a refusal, got ${result.type} ${result.width}×${result.height}`);
  return { reason: result.reason, message: result.message };
}

const tinyPng = (): Uint8Array => bytes(PNG_SIG, ihdr(1, 1), pngChunk("IDAT", deflateSync(Uint8Array.of(0, 1, 2, 3))), pngChunk("IEND"));

describe("sniffImage: accepted types and their dimensions, read from the file", () => {
  it("reads a baseline JPEG's size from SOF0, past APPn segments", () => {
    expect(sniffImage(dirtyJpeg().file)).toEqual({ ok: true, type: "jpeg", width: 24, height: 16 });
    expect(sniffImage(buildJpeg({ width: 1, height: 1, blocks: [128] }).file)).toEqual({
      ok: true,
      type: "jpeg",
      width: 1,
      height: 1,
    });
  });

  it("takes SOF2 (progressive) and other frame markers, but not DHT/JPG/DAC (C4/C8/CC)", () => {
    // DHT (C4) and DAC (CC) come before the frame here; if either were read as a frame header,
    // the size would come out wrong.
    const sof2 = seg(0xc2, [8], be16(480), be16(640), [1, 1, 0x11, 0]);
    const dht = seg(0xc4, [0x00], new Array<number>(16).fill(0));
    const dac = seg(0xcc, [0x00, 0x10, 0x10]);
    const file = bytes([0xff, 0xd8], segmentBytes(jfif()), segmentBytes(dht), segmentBytes(dac), segmentBytes(sof2), [0xff, 0xd9]);
    expect(sniffImage(file)).toEqual({ ok: true, type: "jpeg", width: 640, height: 480 });
  });

  it("skips fill bytes before a marker", () => {
    const sof0 = seg(0xc0, [8], be16(7), be16(9), [1, 1, 0x11, 0]);
    const file = bytes([0xff, 0xd8, 0xff, 0xff, 0xff], segmentBytes(sof0).subarray(1));
    expect(sniffImage(file)).toEqual({ ok: true, type: "jpeg", width: 9, height: 7 });
  });

  it("reads a PNG's size from IHDR", () => {
    expect(sniffImage(dirtyPng().file)).toEqual({ ok: true, type: "png", width: 3, height: 2 });
  });

  it("reads WebP sizes from VP8L, VP8X and VP8 headers", () => {
    expect(sniffImage(dirtyWebp().file)).toEqual({ ok: true, type: "webp", width: 1, height: 1 });
    expect(sniffImage(riff(riffChunk("VP8L", vp8lBitstream(300, 17, [255, 1, 2, 3]))))).toEqual({
      ok: true,
      type: "webp",
      width: 300,
      height: 17,
    });
    expect(sniffImage(riff(vp8x(0, 5000, 40), riffChunk("VP8L", vp8lBitstream(1, 1, [255, 0, 0, 0]))))).toEqual({
      ok: true,
      type: "webp",
      width: 5000,
      height: 40,
    });
    expect(sniffImage(riff(riffChunk("VP8 ", vp8KeyFrame(37, 21))))).toEqual({
      ok: true,
      type: "webp",
      width: 37,
      height: 21,
    });
  });

  it("never looks at a name or Content-Type: a PNG is a PNG whatever it would be called", () => {
    // The function takes bytes only; this pins the signature so nobody adds a hint parameter
    // that could be trusted.
    expect(sniffImage.length).toBeLessThanOrEqual(2);
    expect(sniffImage(tinyPng())).toMatchObject({ ok: true, type: "png" });
  });
});

describe("sniffImage: refused formats get a sentence naming them", () => {
  const dicomBody = bytes(new Array<number>(128).fill(0), "DICM", [0x02, 0x00, 0x00, 0x00, 0x55, 0x4c, 0x04, 0x00]);
  const cases: [string, Uint8Array, ImageRefusalReason][] = [
    ["DICOM (Part 10, 128-byte preamble + DICM)", dicomBody, "dicom"],
    // Dual-personality DICOM/TIFF: the preamble holds a TIFF header on purpose.
    ["DICOM with a TIFF header in its preamble", bytes("II*\0", new Array<number>(124).fill(0), "DICM", [2, 0]), "dicom"],
    ["DICOM whose preamble starts like a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], new Array<number>(124).fill(0), "DICM", [2, 0]), "dicom"],
    ["SVG with an XML declaration", bytes(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>`), "svg"],
    ["SVG with a BOM, whitespace, a comment and a DOCTYPE", bytes([0xef, 0xbb, 0xbf], "\n  <!-- x -->\n<!DOCTYPE svg><SVG></SVG>"), "svg"],
    ["bare SVG", bytes(`<svg width="10" height="10"><script>alert(1)</script></svg>`), "svg"],
    ["HEIC (ftyp heic)", bytes(be32(24), "ftypheic", be32(0), "mif1heic"), "heic"],
    ["HEIF (ftyp mif1)", bytes(be32(16), "ftypmif1", be32(0)), "heic"],
    ["AVIF (ftyp avif)", bytes(be32(28), "ftypavif", be32(0), "avifmif1miaf"), "avif"],
    ["AVIF declared as mif1 with an avif compatible brand", bytes(be32(24), "ftypmif1", be32(0), "avifmiaf"), "avif"],
    ["MP4 video (ftyp isom)", bytes(be32(24), "ftypisom", be32(512), "isomiso2"), "video"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0]), "gif"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0, 0, 0, 0]), "gif"],
    ["TIFF little-endian", bytes("II", [0x2a, 0], le32(8), [0, 0]), "tiff"],
    ["TIFF big-endian", bytes("MM", [0, 0x2a], be32(8), [0, 0]), "tiff"],
    ["BigTIFF", bytes("II", [0x2b, 0, 8, 0, 0, 0]), "tiff"],
    ["BMP", bytes("BM", le32(70), le32(0), le32(54), le32(40), le32(1), le32(1), new Array<number>(40).fill(0)), "bmp"],
    ["PDF", bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj"), "pdf"],
    ["PDF with junk before the header", bytes("junk\r\n%PDF-1.4\n"), "pdf"],
    ["plain text", bytes("Patient notes: nothing to see"), "unknown"],
    ["a text that starts with BM but is no bitmap", bytes("BMI 31, review in clinic"), "unknown"],
    ["ZIP", bytes("PK\u0003\u0004", new Array<number>(30).fill(0)), "unknown"],
    ["HTML", bytes("<!doctype html><html><body>hi</body></html>"), "unknown"],
    ["a single byte", Uint8Array.of(0x42), "unknown"],
    ["an empty file", new Uint8Array(0), "empty"],
  ];

  for (const [name, file, reason] of cases) {
    it(`${name} → ${reason}`, () => {
      const r = refusal(sniffImage(file));
      expect(r.reason).toBe(reason);
      expect(r.message).toBe(REFUSAL_MESSAGES[reason as keyof typeof REFUSAL_MESSAGES]);
    });
  }

  it("says exactly what the issue asks for DICOM and for anything else", () => {
    expect(REFUSAL_MESSAGES.dicom).toBe("DICOM files can't be posted: export the image as JPEG or PNG, and check the export has no patient banner.");
    expect(REFUSAL_MESSAGES.unknown).toBe("This file is not a JPEG, PNG or WebP image.");
  });

  it("gives every refused format its own sentence, each a full sentence", () => {
    const sentences = Object.values(REFUSAL_MESSAGES);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const s of sentences) expect(s).toMatch(/^[A-Z].*\.$/);
  });
});

describe("sniffImage: a truncated or damaged file of a known type", () => {
  const truncated = (type: string): RegExp => new RegExp(`^This ${type} image is incomplete`);
  const damaged = (type: string): RegExp => new RegExp(`^This ${type} image is damaged`);

  it("JPEG cut before its frame header, or inside it", () => {
    const file = dirtyJpeg().file;
    const sofAt = file.findIndex((v, i) => v === 0xff && file[i + 1] === 0xc0);
    for (const end of [2, 3, 4, 20, sofAt, sofAt + 5]) {
      const r = refusal(sniffImage(file.subarray(0, end)));
      expect(r.reason).toBe("truncated");
      expect(r.message).toMatch(truncated("JPEG"));
    }
  });

  it("a JPEG segment length pointing past the end", () => {
    const file = bytes([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xf0], "Exif\0\0");
    expect(refusal(sniffImage(file)).reason).toBe("truncated");
  });

  it("JPEG with a zero width, a scan before any frame, or a bogus segment length", () => {
    const zeroWidth = bytes([0xff, 0xd8], segmentBytes(seg(0xc0, [8], be16(10), be16(0), [1, 1, 0x11, 0])));
    const scanFirst = bytes([0xff, 0xd8], segmentBytes(seg(0xda, [1, 1, 0, 0, 63, 0])), [0, 0xff, 0xd9]);
    const shortLength = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]);
    for (const file of [zeroWidth, scanFirst, shortLength]) {
      const r = refusal(sniffImage(file));
      expect(r.reason).toBe("corrupt");
      expect(r.message).toMatch(damaged("JPEG"));
    }
  });

  it("a JPEG whose height is deferred to a DNL marker is refused as unsupported", () => {
    const file = bytes([0xff, 0xd8], segmentBytes(seg(0xc0, [8], be16(0), be16(16), [1, 1, 0x11, 0])));
    expect(refusal(sniffImage(file)).reason).toBe("unsupported");
  });

  it("PNG cut inside the signature or IHDR", () => {
    const file = tinyPng();
    for (const end of [1, 4, 8, 20, 32]) {
      const r = refusal(sniffImage(file.subarray(0, end)));
      expect(r.reason).toBe("truncated");
      expect(r.message).toMatch(truncated("PNG"));
    }
  });

  it("PNG with a bad IHDR CRC, IHDR not first, a zero size or an impossible bit depth", () => {
    const badCrc = tinyPng();
    badCrc[29] = (badCrc[29] ?? 0) ^ 0xff;
    const notFirst = bytes(PNG_SIG, pngChunk("gAMA", be32(45455)), ihdr(1, 1));
    const zero = bytes(PNG_SIG, ihdr(0, 5));
    const depth = bytes(PNG_SIG, ihdr(4, 4, 3, 2)); // RGB at 3 bits
    for (const file of [badCrc, notFirst, zero, depth]) {
      const r = refusal(sniffImage(file));
      expect(r.reason).toBe("corrupt");
      expect(r.message).toMatch(damaged("PNG"));
    }
  });

  it("WebP cut in the header, a first chunk past the RIFF end, a bad VP8 start code or VP8L signature", () => {
    const file = dirtyWebp().file;
    for (const end of [4, 11, 16, 24]) expect(refusal(sniffImage(file.subarray(0, end))).reason).toBe("truncated");
    const bigChunk = bytes("RIFF", le32(30), "WEBP", "VP8L", le32(1000), vp8lBitstream(1, 1, [255, 0, 0, 0]), [0, 0, 0, 0, 0]);
    expect(refusal(sniffImage(bigChunk)).message).toMatch(truncated("WebP"));

    const vp8 = vp8KeyFrame(10, 10);
    vp8[3] = 0x00; // start code 9D 01 2A broken
    const badVp8l = vp8lBitstream(1, 1, [255, 0, 0, 0]);
    badVp8l[0] = 0x2e;
    const unknownFirst = riff(riffChunk("JUNK", "x"), riffChunk("VP8L", vp8lBitstream(1, 1, [255, 0, 0, 0])));
    for (const f of [riff(riffChunk("VP8 ", vp8)), riff(riffChunk("VP8L", badVp8l)), unknownFirst]) {
      const r = refusal(sniffImage(f));
      expect(r.reason).toBe("corrupt");
      expect(r.message).toMatch(damaged("WebP"));
    }
  });
});

describe("sniffImage: huge declared dimensions", () => {
  it("reports a PNG's declared size as is, and refuses it against limits with the numbers", () => {
    const huge = bytes(PNG_SIG, ihdr(100_000, 80_000), pngChunk("IDAT", deflateSync(Uint8Array.of(0))), pngChunk("IEND"));
    expect(sniffImage(huge)).toEqual({ ok: true, type: "png", width: 100_000, height: 80_000 });
    const r = refusal(sniffImage(huge, DEFAULT_IMAGE_LIMITS));
    expect(r.reason).toBe("too-large");
    expect(r.message).toBe(
      "This image is 100000 × 80000 pixels; images can be at most 3000 pixels on the longest side and 9,000,000 pixels in all. Resize it and attach it again.",
    );
  });

  it("refuses a PNG dimension over 2^31 − 1 as damaged (the PNG spec's ceiling)", () => {
    expect(refusal(sniffImage(bytes(PNG_SIG, ihdr(0x80000000, 1)))).reason).toBe("corrupt");
  });

  it("refuses a JPEG of 65535 × 65535 against limits, and a VP8X canvas over 2^32 − 1 pixels outright", () => {
    const jpeg = bytes([0xff, 0xd8], segmentBytes(seg(0xc0, [8], be16(65535), be16(65535), [1, 1, 0x11, 0])));
    expect(sniffImage(jpeg)).toEqual({ ok: true, type: "jpeg", width: 65535, height: 65535 });
    expect(refusal(sniffImage(jpeg, DEFAULT_IMAGE_LIMITS)).reason).toBe("too-large");
    const webp = riff(vp8x(0, 1 << 24, 1 << 24), riffChunk("VP8L", vp8lBitstream(1, 1, [255, 0, 0, 0])));
    expect(refusal(sniffImage(webp)).reason).toBe("corrupt");
  });

  it("holds the pixel count too, not just the longest side", () => {
    const png = bytes(PNG_SIG, ihdr(3000, 3001));
    expect(refusal(sniffImage(png, { maxEdge: 4000, maxPixels: 3000 * 3000 })).reason).toBe("too-large");
    expect(sniffImage(png, { maxEdge: 4000, maxPixels: 3000 * 3001 })).toMatchObject({ ok: true });
  });
});
