/**
 * Text burned into images, end to end in Node: real pixels (SVG text rendered to PNG by sharp),
 * read by tesseract.js with the engine settings and the very model file the browser gets
 * (src/client/images/detect.ts, scripts/vendor-assets.ts), then the shared step the browser runs
 * (ocr-regions.ts: layout, scanForPhi, span → boxes). No network: the model comes from
 * node_modules. Only the worker differs: tesseract.js runs in a worker thread here and in a Web
 * Worker in the browser.
 *
 * Where the text really is comes from the renderer, not from OCR: each identifier is rendered
 * again alone, in place, and its inked pixels give the box a region must cover.
 */
import { join } from "node:path";
import sharp from "sharp";
import { createWorker, type Worker } from "tesseract.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VENDOR_FILES } from "../../../scripts/vendor-assets";
import { OCR_ENGINE, OCR_OUTPUT, OCR_PARAMETERS, type DetectedRegion } from "../../../src/client/images/detect";
import { paragraphsFromPage, regionsFromOcr } from "../../../src/client/images/ocr-regions";

// ------------------------------------------------------------------------------------------------
// Scenes: a background plus runs of text, each run split into parts so one part can be located.

interface TextRun {
  x: number;
  y: number; // baseline
  font: string;
  size: number;
  fill: string;
  weight?: "bold";
  parts: readonly string[];
}

interface Scene {
  width: number;
  height: number;
  background: string;
  runs: readonly TextRun[];
}

interface Part {
  run: number;
  part: number;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The scene as SVG; with `only`, just that part's glyphs on a transparent canvas, laid out identically. */
function toSvg(scene: Scene, only?: Part): string {
  const runs = scene.runs.map((run, r) => {
    const spans = run.parts
      .map((text, p) => {
        const shown = !only || (only.run === r && only.part === p);
        return `<tspan fill="${only ? "#ffffff" : run.fill}" fill-opacity="${shown ? 1 : 0}">${escapeXml(text)}</tspan>`;
      })
      .join("");
    return `<text x="${run.x}" y="${run.y}" font-family="${run.font}" font-size="${run.size}" font-weight="${run.weight ?? "normal"}" xml:space="preserve" style="white-space:pre">${spans}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}">${only ? "" : scene.background}${runs.join("")}</svg>`;
}

async function render(scene: Scene): Promise<Buffer> {
  return sharp(Buffer.from(toSvg(scene)))
    .png()
    .toBuffer();
}

interface Ink {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bounding box of the pixels one part inks. */
async function inkOf(scene: Scene, part: Part): Promise<Ink> {
  const { data, info } = await sharp(Buffer.from(toSvg(scene, part)))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let ink: Ink | null = null;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if ((data[(y * info.width + x) * info.channels + 3] ?? 0) < 48) continue;
      ink = ink ? { x0: Math.min(ink.x0, x), y0: Math.min(ink.y0, y), x1: Math.max(ink.x1, x + 1), y1: Math.max(ink.y1, y + 1) } : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    }
  }
  if (!ink) throw new Error(`part ${part.run}/${part.part} inks nothing: is the font missing?`);
  return ink;
}

const covers = (region: DetectedRegion, ink: Ink) => region.x <= ink.x0 && region.y <= ink.y0 && region.x + region.width >= ink.x1 && region.y + region.height >= ink.y1;

const overlaps = (region: DetectedRegion, ink: Ink) => region.x < ink.x1 && ink.x0 < region.x + region.width && region.y < ink.y1 && ink.y0 < region.y + region.height;

/** A region that covers `ink` without reaching further than `slack` pixels past it on any side. */
const fits = (region: DetectedRegion, ink: Ink, slack: number) =>
  covers(region, ink) && region.x >= ink.x0 - slack && region.y >= ink.y0 - slack && region.x + region.width <= ink.x1 + slack && region.y + region.height <= ink.y1 + slack;

// ------------------------------------------------------------------------------------------------

const MONO = "DejaVu Sans Mono";
const SANS = "DejaVu Sans";

/** A chest film: dark field, grey body, a brighter spine; view markers and burned-in annotations. */
const filmBackground =
  '<rect width="100%" height="100%" fill="#1c1c1c"/>' +
  '<ellipse cx="700" cy="540" rx="390" ry="440" fill="#6a6a6a"/>' +
  '<rect x="650" y="120" width="100" height="860" fill="#9c9c9c"/>';

const film: Scene = {
  width: 1400,
  height: 1000,
  background: filmBackground,
  runs: [
    { x: 28, y: 48, font: MONO, size: 24, fill: "#e6e6e6", parts: ["SMITH, JOHN", "  DOB ", "03/14/1961", "  MRN ", "00482913"] },
    { x: 1090, y: 968, font: MONO, size: 22, fill: "#e6e6e6", parts: ["2023-06-12", "  14:32"] },
    { x: 1316, y: 96, font: SANS, size: 56, weight: "bold", fill: "#ffffff", parts: ["L"] },
    { x: 28, y: 968, font: SANS, size: 26, fill: "#ffffff", parts: ["AP ERECT"] },
  ],
};

/** A wristband in a photo: dark proportional print on a white band over skin. */
const wristband: Scene = {
  width: 1200,
  height: 800,
  background: '<rect width="100%" height="100%" fill="#c2906f"/>' + '<rect x="140" y="250" width="920" height="260" rx="28" fill="#f3f3ee"/>',
  runs: [
    { x: 200, y: 325, font: SANS, size: 34, weight: "bold", fill: "#1d1d1d", parts: ["DOE, JANE"] },
    { x: 200, y: 385, font: SANS, size: 30, fill: "#1d1d1d", parts: ["DOB: ", "07/02/1948", "   F"] },
    { x: 200, y: 445, font: SANS, size: 30, fill: "#1d1d1d", parts: ["MRN: ", "55012345"] },
  ],
};

/** The same film with nothing on it but a side marker and the projection. */
const markersOnly: Scene = {
  width: 1400,
  height: 1000,
  background: filmBackground,
  runs: [
    { x: 1316, y: 96, font: SANS, size: 56, weight: "bold", fill: "#ffffff", parts: ["L"] },
    { x: 28, y: 968, font: SANS, size: 26, fill: "#ffffff", parts: ["AP ERECT"] },
  ],
};

// ------------------------------------------------------------------------------------------------

const model = VENDOR_FILES.find((file) => file.to.endsWith("eng.traineddata.gz"));
if (!model) throw new Error("vendor-assets no longer ships an English model");

let worker: Worker;
beforeAll(async () => {
  worker = await createWorker("eng", OCR_ENGINE, {
    langPath: join(process.cwd(), "node_modules", model.from, ".."),
    gzip: true,
    cacheMethod: "none", // never write a cached model into the working directory
  });
  await worker.setParameters(OCR_PARAMETERS);
}, 60_000);
afterAll(async () => {
  await worker.terminate();
});

async function detectText(scene: Scene): Promise<DetectedRegion[]> {
  const { data } = await worker.recognize(await render(scene), {}, OCR_OUTPUT);
  return regionsFromOcr(paragraphsFromPage(data), { width: scene.width, height: scene.height });
}

describe("text in images becomes regions to cover", () => {
  it("blocks the name, date of birth and MRN of a film label and the study date in the corner, and nothing else", async () => {
    const regions = await detectText(film);
    const blocks = regions.filter((r) => r.level === "block");
    expect(regions.every((r) => r.kind === "text")).toBe(true);

    const identifiers: { part: Part; message: string }[] = [
      { part: { run: 0, part: 0 }, message: "A name: cover it." },
      { part: { run: 0, part: 2 }, message: "A date tied to the patient: cover it." },
      { part: { run: 0, part: 4 }, message: "A medical record number: cover it." },
      { part: { run: 1, part: 0 }, message: "A date tied to the patient: cover it." },
    ];
    for (const { part, message } of identifiers) {
      const ink = await inkOf(film, part);
      const region = blocks.find((r) => covers(r, ink));
      expect(region, `${film.runs[part.run]?.parts[part.part]} is covered`).toBeDefined();
      expect(region && fits(region, ink, 14)).toBe(true);
      expect(region?.message).toBe(message);
    }
    expect(blocks).toHaveLength(identifiers.length);

    // The markers, the field labels and the time of day stay visible.
    for (const part of [
      { run: 0, part: 1 },
      { run: 0, part: 3 },
      { run: 1, part: 1 },
      { run: 2, part: 0 },
      { run: 3, part: 0 },
    ]) {
      const ink = await inkOf(film, part);
      expect(
        regions.some((r) => covers(r, ink)),
        `${film.runs[part.run]?.parts[part.part]} stays visible`,
      ).toBe(false);
    }
  });

  it("blocks the name, date of birth and MRN printed on a wristband", async () => {
    const regions = await detectText(wristband);
    const blocks = regions.filter((r) => r.level === "block");
    for (const part of [
      { run: 0, part: 0 },
      { run: 1, part: 1 },
      { run: 2, part: 1 },
    ]) {
      const ink = await inkOf(wristband, part);
      const region = blocks.find((r) => covers(r, ink));
      expect(region, `${wristband.runs[part.run]?.parts[part.part]} is covered`).toBeDefined();
      expect(region && fits(region, ink, 16)).toBe(true);
    }
    expect(blocks).toHaveLength(3);
    const sex = await inkOf(wristband, { run: 1, part: 2 });
    expect(regions.some((r) => overlaps(r, sex))).toBe(false);
  });

  it("finds nothing to cover on a film with only a side marker and the projection", async () => {
    expect(await detectText(markersOnly)).toEqual([]);
  });
});
