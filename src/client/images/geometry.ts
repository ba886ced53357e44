/**
 * Pure rectangle maths for the image editor (src/client/images/editor.ts): no DOM, so it is unit
 * tested in Node (tests/unit/images/geometry.test.ts).
 *
 * Every rectangle is in the pixel space of the image as it is at that moment (after the rotations
 * and crops applied so far), with integer-or-fractional coordinates, origin top left. Functions
 * that return a rectangle always return a normalised one (width and height ≥ 0).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Turn = "left" | "right";

/** The rectangle spanned by two corners, in any order (a pointer drag in any direction). */
export function rectFromPoints(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** The part of `rect` inside the image; width/height 0 when they do not overlap. */
export function clampRect(rect: Rect, size: Size): Rect {
  const x0 = Math.max(0, Math.min(size.width, rect.x));
  const y0 = Math.max(0, Math.min(size.height, rect.y));
  const x1 = Math.max(0, Math.min(size.width, rect.x + rect.width));
  const y1 = Math.max(0, Math.min(size.height, rect.y + rect.height));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/**
 * The smallest whole-pixel rectangle containing `rect`, inside the image. Redaction works on whole
 * pixels, and rounds outwards so a partly covered pixel is covered too.
 */
export function pixelRect(rect: Rect, size: Size): Rect {
  const clamped = clampRect(rect, size);
  const x0 = Math.floor(clamped.x);
  const y0 = Math.floor(clamped.y);
  const x1 = Math.ceil(clamped.x + clamped.width);
  const y1 = Math.ceil(clamped.y + clamped.height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function isEmpty(rect: Rect): boolean {
  return !(rect.width > 0 && rect.height > 0);
}

export function area(rect: Rect): number {
  return isEmpty(rect) ? 0 : rect.width * rect.height;
}

export function intersect(a: Rect, b: Rect): Rect {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** `rect` grown by `margin` on every side, kept inside the image. */
export function inflate(rect: Rect, margin: number, size: Size): Rect {
  return clampRect({ x: rect.x - margin, y: rect.y - margin, width: rect.width + 2 * margin, height: rect.height + 2 * margin }, size);
}

/** The image's size after a quarter turn (either way): width and height swap. */
export function rotatedSize(size: Size): Size {
  return { width: size.height, height: size.width };
}

/**
 * Where a point of an image of `size` lands after the image turns a quarter to the `turn` side.
 * Right (clockwise): (x, y) → (H − y, x). Left (anticlockwise): (x, y) → (y, W − x).
 */
export function rotatePoint(point: Point, size: Size, turn: Turn): Point {
  return turn === "right" ? { x: size.height - point.y, y: point.x } : { x: point.y, y: size.width - point.x };
}

/**
 * The canvas transform [a, b, c, d, e, f] (as for setTransform) that draws an image of `size`
 * turned a quarter to the `turn` side into a canvas of rotatedSize(size); it maps every point as
 * rotatePoint does, so the pixels and the rectangles kept beside them turn alike.
 */
export function rotationMatrix(size: Size, turn: Turn): [number, number, number, number, number, number] {
  return turn === "right" ? [0, 1, -1, 0, size.height, 0] : [0, -1, 1, 0, 0, size.width];
}

/** Where a rectangle of an image of `size` lands after the image turns a quarter to the `turn` side. */
export function rotateRect(rect: Rect, size: Size, turn: Turn): Rect {
  const a = rotatePoint({ x: rect.x, y: rect.y }, size, turn);
  const b = rotatePoint({ x: rect.x + rect.width, y: rect.y + rect.height }, size, turn);
  return rectFromPoints(a, b);
}

/**
 * Where a rectangle lands after the image is cropped to `crop`: shifted by the crop's origin and
 * cut to the new image. Null when nothing of it remains.
 */
export function cropRect(rect: Rect, crop: Rect): Rect | null {
  const inside = intersect(rect, crop);
  if (isEmpty(inside)) return null;
  return { x: inside.x - crop.x, y: inside.y - crop.y, width: inside.width, height: inside.height };
}

/**
 * The fraction (0..1) of `target`'s area covered by the union of `covers`. Overlapping covers are
 * counted once (coordinate compression over the cover edges inside the target: exact, and cheap
 * for the handful of boxes a member draws).
 */
export function coveredFraction(target: Rect, covers: readonly Rect[]): number {
  const targetArea = area(target);
  if (targetArea === 0) return 1;
  const parts = covers.map((cover) => intersect(cover, target)).filter((part) => !isEmpty(part));
  if (parts.length === 0) return 0;
  const xs = uniqueSorted(parts.flatMap((p) => [p.x, p.x + p.width]));
  const ys = uniqueSorted(parts.flatMap((p) => [p.y, p.y + p.height]));
  let covered = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const x0 = xs[i] ?? 0;
    const x1 = xs[i + 1] ?? 0;
    for (let j = 0; j + 1 < ys.length; j++) {
      const y0 = ys[j] ?? 0;
      const y1 = ys[j + 1] ?? 0;
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      if (parts.some((p) => cx >= p.x && cx <= p.x + p.width && cy >= p.y && cy <= p.y + p.height)) {
        covered += (x1 - x0) * (y1 - y0);
      }
    }
  }
  return Math.min(1, covered / targetArea);
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * The size that fits within `maxEdge` on its long side, keeping the aspect ratio; never larger
 * than the original (no upscaling), never below 1 px.
 */
export function fitWithin(size: Size, maxEdge: number): Size {
  const longEdge = Math.max(size.width, size.height);
  if (longEdge <= maxEdge) return { width: size.width, height: size.height };
  const scale = maxEdge / longEdge;
  return {
    width: Math.max(1, Math.min(maxEdge, Math.round(size.width * scale))),
    height: Math.max(1, Math.min(maxEdge, Math.round(size.height * scale))),
  };
}

/**
 * A point on the displayed (CSS-scaled) canvas, from a pointer event's client coordinates, in
 * the canvas's own pixel space, kept inside the image.
 */
export function clientToImage(client: Point, box: Rect, size: Size): Point {
  const x = box.width > 0 ? ((client.x - box.x) * size.width) / box.width : 0;
  const y = box.height > 0 ? ((client.y - box.y) * size.height) / box.height : 0;
  return { x: Math.max(0, Math.min(size.width, x)), y: Math.max(0, Math.min(size.height, y)) };
}

/** Keyboard step in image pixels: about 1% of the long edge (10% with Shift), at least 1 px. */
export function keyStep(size: Size, big: boolean): number {
  const base = Math.max(1, Math.round(Math.max(size.width, size.height) / 100));
  return big ? base * 10 : base;
}

/** A starting rectangle for keyboard use: a quarter of each side, centred. */
export function defaultRect(size: Size): Rect {
  const width = Math.max(1, Math.round(size.width / 4));
  const height = Math.max(1, Math.round(size.height / 4));
  return { x: Math.round((size.width - width) / 2), y: Math.round((size.height - height) / 2), width, height };
}

/** `rect` moved by (dx, dy), stopped at the image's edges without changing its size. */
export function moveRect(rect: Rect, dx: number, dy: number, size: Size): Rect {
  const width = Math.min(rect.width, size.width);
  const height = Math.min(rect.height, size.height);
  return {
    x: Math.max(0, Math.min(size.width - width, rect.x + dx)),
    y: Math.max(0, Math.min(size.height - height, rect.y + dy)),
    width,
    height,
  };
}

/**
 * `rect` with its right/bottom edge moved by (dw, dh): grows right/down, shrinks left/up, never
 * smaller than `minSide` nor past the image's edges.
 */
export function resizeRect(rect: Rect, dw: number, dh: number, size: Size, minSide = 1): Rect {
  const maxWidth = size.width - rect.x;
  const maxHeight = size.height - rect.y;
  return {
    x: rect.x,
    y: rect.y,
    width: Math.max(Math.min(minSide, maxWidth), Math.min(maxWidth, rect.width + dw)),
    height: Math.max(Math.min(minSide, maxHeight), Math.min(maxHeight, rect.height + dh)),
  };
}

/**
 * Pixelation block size for a region: the long side splits into at most 6 blocks, and blocks are
 * at least 8 px. Coarse on purpose: a pixelated face or line of text must not be recognisable,
 * and small blocks can be partly reversed for text.
 */
export function pixelBlockSize(region: Rect): number {
  return Math.max(8, Math.ceil(Math.max(region.width, region.height) / 6));
}

/** The blocks (whole pixels, clipped to the region) that tile `region` for pixelation. */
export function pixelCells(region: Rect, block: number): Rect[] {
  const cells: Rect[] = [];
  const step = Math.max(1, Math.floor(block));
  const x1 = region.x + region.width;
  const y1 = region.y + region.height;
  for (let y = region.y; y < y1; y += step) {
    for (let x = region.x; x < x1; x += step) {
      cells.push({ x, y, width: Math.min(step, x1 - x), height: Math.min(step, y1 - y) });
    }
  }
  return cells;
}

// ------------------------------------------------------------------------------------------------
// Edits as data: the editor keeps a list of operations and replays it (undo = replay without the
// last one), so the redaction boxes can be followed through later rotations and crops.

export type Operation = { kind: "box"; rect: Rect } | { kind: "pixelate"; rect: Rect } | { kind: "rotate"; turn: Turn } | { kind: "crop"; rect: Rect };

/** The image's size after `operation`. */
export function sizeAfter(operation: Operation, size: Size): Size {
  if (operation.kind === "rotate") return rotatedSize(size);
  if (operation.kind === "crop") {
    const crop = pixelRect(operation.rect, size);
    return { width: crop.width, height: crop.height };
  }
  return size;
}

/**
 * Where `rect` (drawn before `operation`) lies after it; null when a crop removed it. Box and
 * pixelate leave geometry alone.
 */
export function rectAfter(rect: Rect, operation: Operation, size: Size): Rect | null {
  if (operation.kind === "rotate") return rotateRect(rect, size, operation.turn);
  if (operation.kind === "crop") return cropRect(rect, pixelRect(operation.rect, size));
  return rect;
}

/**
 * Replays the geometry of `operations` from an image of `size`: the final size, and every
 * redaction (box or pixelate, as the whole pixels it burned) in the final image's coordinates.
 */
export function replayGeometry(operations: readonly Operation[], size: Size): { size: Size; covers: Rect[] } {
  let current = size;
  let covers: Rect[] = [];
  for (const operation of operations) {
    if (operation.kind === "box" || operation.kind === "pixelate") {
      const burned = pixelRect(operation.rect, current);
      if (!isEmpty(burned)) covers.push(burned);
      continue;
    }
    covers = covers.flatMap((cover) => rectAfter(cover, operation, current) ?? []);
    current = sizeAfter(operation, current);
  }
  return { size: current, covers };
}
