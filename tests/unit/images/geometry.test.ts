import { describe, expect, it } from "vitest";
import {
  clampRect,
  clientToImage,
  coveredFraction,
  cropRect,
  defaultRect,
  fitWithin,
  keyStep,
  moveRect,
  pixelBlockSize,
  pixelCells,
  pixelRect,
  rectFromPoints,
  replayGeometry,
  resizeRect,
  rotatePoint,
  rotateRect,
  rotatedSize,
  rotationMatrix,
  type Operation,
  type Rect,
  type Size,
  type Turn,
} from "../../../src/client/images/geometry";

/** The whole pixels (by their centres) inside a rectangle: what a fill would touch. */
function pixelsOf(rect: Rect): string[] {
  const out: string[] = [];
  for (let y = Math.floor(rect.y); y < rect.y + rect.height; y++) {
    for (let x = Math.floor(rect.x); x < rect.x + rect.width; x++) {
      if (x + 0.5 > rect.x && y + 0.5 > rect.y) out.push(`${x},${y}`);
    }
  }
  return out.sort();
}

/** Where pixel (x, y) of an image of `size` goes when the image turns: the centre, moved, floored. */
function turnPixel(key: string, size: Size, turn: Turn): string {
  const [x, y] = key.split(",").map(Number) as [number, number];
  const p = rotatePoint({ x: x + 0.5, y: y + 0.5 }, size, turn);
  return `${Math.floor(p.x)},${Math.floor(p.y)}`;
}

describe("rectangles from a drag", () => {
  it("normalises a drag in any direction", () => {
    const expected = { x: 10, y: 20, width: 30, height: 40 };
    expect(rectFromPoints({ x: 10, y: 20 }, { x: 40, y: 60 })).toEqual(expected);
    expect(rectFromPoints({ x: 40, y: 60 }, { x: 10, y: 20 })).toEqual(expected);
    expect(rectFromPoints({ x: 10, y: 60 }, { x: 40, y: 20 })).toEqual(expected);
  });

  it("clamps to the image and rounds outwards to whole pixels", () => {
    const size = { width: 100, height: 50 };
    expect(clampRect({ x: -10, y: 40, width: 30, height: 30 }, size)).toEqual({ x: 0, y: 40, width: 20, height: 10 });
    expect(clampRect({ x: 200, y: 0, width: 10, height: 10 }, size).width).toBe(0);
    expect(pixelRect({ x: 1.6, y: 2.2, width: 3.1, height: 0.5 }, size)).toEqual({ x: 1, y: 2, width: 4, height: 1 });
    expect(pixelRect({ x: 90.5, y: 45, width: 20, height: 20 }, size)).toEqual({ x: 90, y: 45, width: 10, height: 5 });
  });

  it("maps pointer positions on a scaled display into image pixels", () => {
    const box = { x: 100, y: 50, width: 300, height: 200 }; // a 1200 × 800 image shown at a quarter
    const size = { width: 1200, height: 800 };
    expect(clientToImage({ x: 100, y: 50 }, box, size)).toEqual({ x: 0, y: 0 });
    expect(clientToImage({ x: 250, y: 150 }, box, size)).toEqual({ x: 600, y: 400 });
    expect(clientToImage({ x: 1000, y: -20 }, box, size)).toEqual({ x: 1200, y: 0 });
  });
});

describe("rotation", () => {
  const size = { width: 7, height: 4 };
  const rects: Rect[] = [
    { x: 0, y: 0, width: 1, height: 1 },
    { x: 2, y: 1, width: 3, height: 2 },
    { x: 0, y: 0, width: 7, height: 4 },
    { x: 6, y: 3, width: 1, height: 1 },
    { x: 1, y: 0, width: 2, height: 4 },
  ];

  it("swaps the sides", () => {
    expect(rotatedSize(size)).toEqual({ width: 4, height: 7 });
  });

  for (const turn of ["left", "right"] as const) {
    it(`moves a rectangle onto exactly the pixels it covered (${turn})`, () => {
      for (const rect of rects) {
        const turned = rotateRect(rect, size, turn);
        expect(pixelsOf(turned)).toEqual(
          pixelsOf(rect)
            .map((key) => turnPixel(key, size, turn))
            .sort(),
        );
        const inside = clampRect(turned, rotatedSize(size));
        expect(inside).toEqual(turned);
      }
    });
  }

  it("undoes itself: left after right, and four turns the same way", () => {
    for (const rect of rects) {
      expect(rotateRect(rotateRect(rect, size, "right"), rotatedSize(size), "left")).toEqual(rect);
      let r = rect;
      let s: Size = size;
      for (let i = 0; i < 4; i++) {
        r = rotateRect(r, s, "left");
        s = rotatedSize(s);
      }
      expect(r).toEqual(rect);
    }
  });

  it("turns the pixels the way the rectangles turn (the canvas matrix agrees with rotatePoint)", () => {
    for (const turn of ["left", "right"] as const) {
      const [a, b, c, d, e, f] = rotationMatrix(size, turn);
      for (const point of [
        { x: 0, y: 0 },
        { x: 7, y: 0 },
        { x: 0, y: 4 },
        { x: 3.5, y: 1.25 },
      ]) {
        const mapped = { x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f };
        expect(mapped).toEqual(rotatePoint(point, size, turn));
      }
    }
  });

  it("turns right clockwise: the top-left corner goes to the top right", () => {
    expect(rotateRect({ x: 0, y: 0, width: 1, height: 1 }, size, "right")).toEqual({ x: 3, y: 0, width: 1, height: 1 });
    expect(rotateRect({ x: 0, y: 0, width: 1, height: 1 }, size, "left")).toEqual({ x: 0, y: 6, width: 1, height: 1 });
  });
});

describe("crop", () => {
  const crop = { x: 10, y: 20, width: 50, height: 40 };

  it("shifts a rectangle by the crop's origin", () => {
    expect(cropRect({ x: 15, y: 25, width: 5, height: 5 }, crop)).toEqual({ x: 5, y: 5, width: 5, height: 5 });
  });

  it("cuts what lies outside and drops what is gone", () => {
    expect(cropRect({ x: 0, y: 0, width: 20, height: 30 }, crop)).toEqual({ x: 0, y: 0, width: 10, height: 10 });
    expect(cropRect({ x: 55, y: 55, width: 20, height: 20 }, crop)).toEqual({ x: 45, y: 35, width: 5, height: 5 });
    expect(cropRect({ x: 0, y: 0, width: 10, height: 100 }, crop)).toBeNull();
  });
});

describe("coverage of a finding by redactions", () => {
  const target = { x: 0, y: 0, width: 10, height: 10 };

  it("is 0 with nothing over it and 1 when fully boxed", () => {
    expect(coveredFraction(target, [])).toBe(0);
    expect(coveredFraction(target, [{ x: 20, y: 20, width: 5, height: 5 }])).toBe(0);
    expect(coveredFraction(target, [{ x: -5, y: -5, width: 30, height: 30 }])).toBe(1);
  });

  it("counts overlapping boxes once and adds separate ones", () => {
    const left = { x: 0, y: 0, width: 6, height: 10 };
    const right = { x: 4, y: 0, width: 6, height: 10 };
    expect(coveredFraction(target, [left, right])).toBe(1);
    expect(coveredFraction(target, [left, left, left])).toBeCloseTo(0.6);
    expect(
      coveredFraction(target, [
        { x: 0, y: 0, width: 5, height: 5 },
        { x: 5, y: 5, width: 5, height: 5 },
      ]),
    ).toBeCloseTo(0.5);
  });

  it("treats a degenerate finding as covered (nothing to show)", () => {
    expect(coveredFraction({ x: 1, y: 1, width: 0, height: 4 }, [])).toBe(1);
  });
});

describe("replaying edits", () => {
  const size = { width: 200, height: 100 };
  const box = (rect: Rect): Operation => ({ kind: "box", rect });

  it("keeps redactions where they were burned, as whole pixels", () => {
    const { size: after, covers } = replayGeometry([box({ x: 10.5, y: 10, width: 20, height: 5.2 })], size);
    expect(after).toEqual(size);
    expect(covers).toEqual([{ x: 10, y: 10, width: 21, height: 6 }]);
  });

  it("follows redactions through a rotation", () => {
    const ops: Operation[] = [box({ x: 0, y: 0, width: 20, height: 10 }), { kind: "rotate", turn: "right" }];
    expect(replayGeometry(ops, size)).toEqual({ size: { width: 100, height: 200 }, covers: [{ x: 90, y: 0, width: 10, height: 20 }] });
  });

  it("follows redactions through a crop, and drops those cropped away", () => {
    const ops: Operation[] = [
      box({ x: 0, y: 0, width: 20, height: 10 }),
      { kind: "pixelate", rect: { x: 100, y: 50, width: 30, height: 30 } },
      { kind: "crop", rect: { x: 50, y: 40, width: 100, height: 60 } },
    ];
    expect(replayGeometry(ops, size)).toEqual({ size: { width: 100, height: 60 }, covers: [{ x: 50, y: 10, width: 30, height: 30 }] });
  });

  it("measures later boxes in the rotated image", () => {
    const ops: Operation[] = [{ kind: "rotate", turn: "left" }, box({ x: 0, y: 190, width: 100, height: 10 }), { kind: "rotate", turn: "right" }];
    // Turning left brings the original's left-hand strip to the bottom.
    expect(replayGeometry(ops, size)).toEqual({ size, covers: [{ x: 0, y: 0, width: 10, height: 100 }] });
  });

  it("a finding covered before a rotation is still covered after it", () => {
    const finding = { x: 30, y: 40, width: 50, height: 12 };
    const ops: Operation[] = [box({ x: 28, y: 38, width: 54, height: 16 }), { kind: "rotate", turn: "left" }, { kind: "crop", rect: { x: 10, y: 10, width: 80, height: 180 } }];
    const turned = cropRect(rotateRect(finding, size, "left"), { x: 10, y: 10, width: 80, height: 180 });
    expect(turned).not.toBeNull();
    expect(coveredFraction(turned as Rect, replayGeometry(ops, size).covers)).toBe(1);
  });
});

describe("sizes", () => {
  it("fits the long edge without upscaling and keeps the aspect ratio", () => {
    expect(fitWithin({ width: 4032, height: 3024 }, 3000)).toEqual({ width: 3000, height: 2250 });
    expect(fitWithin({ width: 3024, height: 4032 }, 3000)).toEqual({ width: 2250, height: 3000 });
    expect(fitWithin({ width: 800, height: 600 }, 3000)).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: 10000, height: 10 }, 480)).toEqual({ width: 480, height: 1 });
    expect(fitWithin({ width: 3001, height: 3001 }, 3000)).toEqual({ width: 3000, height: 3000 });
  });
});

describe("keyboard rectangle", () => {
  const size = { width: 1000, height: 500 };

  it("starts centred, a quarter of each side", () => {
    expect(defaultRect(size)).toEqual({ x: 375, y: 188, width: 250, height: 125 });
  });

  it("steps about 1% of the long edge, 10% with Shift", () => {
    expect(keyStep(size, false)).toBe(10);
    expect(keyStep(size, true)).toBe(100);
    expect(keyStep({ width: 40, height: 30 }, false)).toBe(1);
  });

  it("moves without leaving the image or changing size", () => {
    const rect = { x: 10, y: 10, width: 100, height: 50 };
    expect(moveRect(rect, -100, 0, size)).toEqual({ x: 0, y: 10, width: 100, height: 50 });
    expect(moveRect(rect, 5000, 5000, size)).toEqual({ x: 900, y: 450, width: 100, height: 50 });
  });

  it("resizes from the bottom-right corner within bounds, never below the minimum", () => {
    const rect = { x: 900, y: 400, width: 50, height: 50 };
    expect(resizeRect(rect, 100, 100, size)).toEqual({ x: 900, y: 400, width: 100, height: 100 });
    expect(resizeRect(rect, -100, -100, size, 1)).toEqual({ x: 900, y: 400, width: 1, height: 1 });
  });
});

describe("pixelation blocks", () => {
  it("are coarse: at most 6 blocks along the long side, at least 8 px", () => {
    expect(pixelBlockSize({ x: 0, y: 0, width: 300, height: 40 })).toBe(50);
    expect(pixelBlockSize({ x: 0, y: 0, width: 20, height: 10 })).toBe(8);
  });

  it("tile the region exactly, without overlap", () => {
    const region = { x: 3, y: 5, width: 47, height: 19 };
    const cells = pixelCells(region, 8);
    expect(cells.reduce((sum, cell) => sum + cell.width * cell.height, 0)).toBe(region.width * region.height);
    const seen = new Set<string>();
    for (const cell of cells) {
      for (const key of pixelsOf(cell)) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      expect(cell.x).toBeGreaterThanOrEqual(region.x);
      expect(cell.x + cell.width).toBeLessThanOrEqual(region.x + region.width);
    }
  });
});
