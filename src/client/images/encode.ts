/**
 * Re-encoding in the browser: canvas → WebP (JPEG where the browser cannot encode WebP), within
 * the limits the server checks again (src/server/images/image-rules.ts). Drawing into a canvas
 * and encoding it keeps pixels only, so every metadata block of the original (EXIF with GPS and
 * serials, XMP, ICC profile names, comments) is gone.
 *
 * The plan (which size and quality to try next) is pure and unit tested
 * (tests/unit/images/encode-plan.test.ts); the canvas part runs in the browser only.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_EDGE, MAX_THUMB_BYTES, MAX_THUMB_EDGE } from "../../server/images/image-rules";
import { fitWithin, type Size } from "./geometry";

export interface EncodeAttempt {
  width: number;
  height: number;
  quality: number;
}

export type EncodeStep = { kind: "done" } | { kind: "retry"; attempt: EncodeAttempt } | { kind: "give-up" };

/** Qualities tried in turn at one size before the size goes down. */
export const QUALITY_STEPS: readonly number[] = [0.85, 0.75, 0.65, 0.55];
/** Below this long edge an image is no use for discussion: give up rather than post a smudge. */
export const MIN_LONG_EDGE = 320;
const MIN_SHRINK = 0.5;
const MAX_SHRINK = 0.9;

export function firstAttempt(size: Size, maxEdge: number): EncodeAttempt {
  return { ...fitWithin(size, maxEdge), quality: QUALITY_STEPS[0] ?? 0.85 };
}

/**
 * What to try after an attempt produced `bytes` against a limit of `limitBytes`:
 * - done when it fits;
 * - else the next lower quality at the same size;
 * - at the lowest quality, a smaller size: both sides scaled by about √(limit / bytes) (bytes
 *   grow roughly with the pixel count), kept between ×0.5 and ×0.9 so each retry shrinks but no
 *   single step throws away more than needed, still at the lowest quality;
 * - give up when the long edge would fall below `minEdge` (the caller tells the member).
 * Every retry is strictly cheaper than the attempt before (lower quality or fewer pixels), so the
 * sequence ends.
 */
export function nextAttempt(previous: EncodeAttempt, bytes: number, limitBytes: number, minEdge = MIN_LONG_EDGE): EncodeStep {
  if (bytes <= limitBytes) return { kind: "done" };
  const lower = QUALITY_STEPS.find((quality) => quality < previous.quality - 1e-9);
  if (lower !== undefined) return { kind: "retry", attempt: { ...previous, quality: lower } };
  const scale = Math.min(MAX_SHRINK, Math.max(MIN_SHRINK, Math.sqrt(limitBytes / bytes) * 0.95));
  const longEdge = Math.max(previous.width, previous.height);
  const target = Math.floor(longEdge * scale);
  if (target < minEdge || target >= longEdge) return { kind: "give-up" };
  return { kind: "retry", attempt: { ...fitWithin(previous, target), quality: previous.quality } };
}

/**
 * iOS Safari refuses canvases over 16,777,216 pixels (it draws nothing, silently): no step may
 * be larger.
 */
export const MAX_CANVAS_PIXELS = 16_777_216;

/**
 * The sizes to draw through when shrinking from `from` to `to`: each step at most halves the
 * long edge. One big drawImage jump samples too few source pixels in some browsers (aliasing on
 * ECG traces and text); halving steps average them. Steps over `maxPixels` are skipped (a
 * larger jump beats a blank canvas). Ends with `to`; empty when no shrink is needed.
 */
export function downscaleSteps(from: Size, to: Size, maxPixels = MAX_CANVAS_PIXELS): Size[] {
  const steps: Size[] = [];
  const targetEdge = Math.max(to.width, to.height);
  let current = from;
  while (Math.max(current.width, current.height) > targetEdge * 2) {
    current = fitWithin(current, Math.ceil(Math.max(current.width, current.height) / 2));
    if (current.width * current.height <= maxPixels) steps.push(current);
  }
  if (current.width !== to.width || current.height !== to.height) steps.push({ width: to.width, height: to.height });
  return steps;
}

// ------------------------------------------------------------------------------------------------
// Browser part

export interface EncodedBlob {
  blob: Blob;
  width: number;
  height: number;
}

export interface EncodedImage {
  image: Blob;
  thumbnail: Blob;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
}

/** A member-facing sentence when an image cannot be brought within the limits. */
export class EncodeError extends Error {
  override name = "EncodeError";
}

type OutputType = "image/webp" | "image/jpeg";
let outputTypePromise: Promise<OutputType> | undefined;

/**
 * WebP when this browser's canvas encodes it (Chromium, Firefox), else JPEG (Safari returns a PNG
 * when asked for WebP: the returned blob's type tells).
 */
export function outputType(): Promise<OutputType> {
  outputTypePromise ??= (async () => {
    const probe = document.createElement("canvas");
    probe.width = 2;
    probe.height = 2;
    const blob = await canvasToBlob(probe, "image/webp", 0.8);
    return blob?.type === "image/webp" ? "image/webp" : "image/jpeg";
  })();
  return outputTypePromise;
}

function canvasToBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext("2d");
  if (!context) throw new EncodeError("This browser could not prepare the image. Try again, or use another browser.");
  return context;
}

/** `source` drawn at `size` through halving steps (see downscaleSteps). */
export function scaledCanvas(source: CanvasImageSource, from: Size, to: Size, opaque: boolean): HTMLCanvasElement {
  let current: CanvasImageSource = source;
  let currentSize = from;
  const steps = downscaleSteps(from, to);
  if (steps.length === 0) steps.push(to);
  let canvas = document.createElement("canvas");
  for (const step of steps) {
    canvas = document.createElement("canvas");
    canvas.width = step.width;
    canvas.height = step.height;
    const context = context2d(canvas);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = "high";
    // JPEG has no alpha: transparent pixels would turn black, so they sit on white instead.
    if (opaque) {
      context.fillStyle = "#fff";
      context.fillRect(0, 0, step.width, step.height);
    }
    context.drawImage(current, 0, 0, currentSize.width, currentSize.height, 0, 0, step.width, step.height);
    current = canvas;
    currentSize = step;
  }
  return canvas;
}

/**
 * Encodes `source` within `maxEdge` and `maxBytes`, lowering quality then size (nextAttempt).
 * Rejects with an EncodeError (a sentence for the member) when even the smallest useful size
 * does not fit.
 */
export async function encodeWithin(source: HTMLCanvasElement, maxEdge: number, maxBytes: number, minEdge = MIN_LONG_EDGE): Promise<EncodedBlob> {
  const type = await outputType();
  const size: Size = { width: source.width, height: source.height };
  let attempt = firstAttempt(size, maxEdge);
  let scaled: { canvas: HTMLCanvasElement; width: number; height: number } | undefined;
  // Bounded: nextAttempt strictly lowers quality or size each time; the cap only guards a bug.
  for (let tries = 0; tries < 24; tries++) {
    if (!scaled || scaled.width !== attempt.width || scaled.height !== attempt.height) {
      const canvas = attempt.width === size.width && attempt.height === size.height && type === "image/webp" ? source : scaledCanvas(source, size, attempt, type === "image/jpeg");
      scaled = { canvas, width: attempt.width, height: attempt.height };
    }
    const blob = await canvasToBlob(scaled.canvas, type, attempt.quality);
    if (!blob || blob.size === 0) throw new EncodeError("This browser could not encode the image. Try again, or use another browser.");
    if (blob.type !== type) throw new EncodeError("This browser could not encode the image as WebP or JPEG. Try another browser.");
    const step = nextAttempt(attempt, blob.size, maxBytes, Math.min(minEdge, Math.max(size.width, size.height)));
    if (step.kind === "done") return { blob, width: attempt.width, height: attempt.height };
    if (step.kind === "give-up") break;
    attempt = step.attempt;
  }
  throw new EncodeError("This image has too much detail to fit the size limit, even made smaller. Crop it to the part that matters and try again.");
}

/** The full image (≤ 3000 px, ≤ 2 MB) and its thumbnail (≤ 480 px, ≤ 200 KB), metadata-free. */
export async function encodeForUpload(source: HTMLCanvasElement): Promise<EncodedImage> {
  const full = await encodeWithin(source, MAX_IMAGE_EDGE, MAX_IMAGE_BYTES);
  const thumb = await encodeWithin(source, MAX_THUMB_EDGE, MAX_THUMB_BYTES, 64);
  return {
    image: full.blob,
    thumbnail: thumb.blob,
    width: full.width,
    height: full.height,
    thumbWidth: thumb.width,
    thumbHeight: thumb.height,
  };
}
