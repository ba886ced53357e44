import { describe, expect, it } from "vitest";
import { downscaleSteps, firstAttempt, MAX_CANVAS_PIXELS, MIN_LONG_EDGE, nextAttempt, QUALITY_STEPS, type EncodeAttempt } from "../../../src/client/images/encode";
import { MAX_IMAGE_BYTES, MAX_IMAGE_EDGE, MAX_THUMB_BYTES, MAX_THUMB_EDGE } from "../../../src/server/images/image-rules";

/**
 * A stand-in encoder: bytes grow with the pixel count and with quality. `detail` is bits per pixel
 * at quality 0.85 (a flat radiograph ~0.3, a phone photo ~1, sensor noise ~4).
 */
function fakeBytes(attempt: EncodeAttempt, detail: number): number {
  const qualityFactor = 0.25 + (attempt.quality / 0.85) ** 3 * 0.75;
  return Math.round((attempt.width * attempt.height * detail * qualityFactor) / 8);
}

function run(size: { width: number; height: number }, maxEdge: number, limit: number, detail: number) {
  const attempts: EncodeAttempt[] = [];
  let attempt = firstAttempt(size, maxEdge);
  for (;;) {
    attempts.push(attempt);
    const step = nextAttempt(attempt, fakeBytes(attempt, detail), limit);
    if (step.kind === "done") return { attempts, result: "done" as const };
    if (step.kind === "give-up") return { attempts, result: "give-up" as const };
    attempt = step.attempt;
    if (attempts.length > 50) throw new Error("does not end");
  }
}

describe("first attempt", () => {
  it("caps the long edge at the upload limit and starts at the top quality", () => {
    expect(firstAttempt({ width: 4032, height: 3024 }, MAX_IMAGE_EDGE)).toEqual({ width: 3000, height: 2250, quality: QUALITY_STEPS[0] });
    expect(firstAttempt({ width: 640, height: 480 }, MAX_IMAGE_EDGE)).toMatchObject({ width: 640, height: 480 });
    expect(firstAttempt({ width: 3000, height: 2250 }, MAX_THUMB_EDGE)).toMatchObject({ width: 480, height: 360 });
  });
});

describe("next attempt", () => {
  const attempt = { width: 3000, height: 2000, quality: 0.85 };

  it("stops as soon as the result fits, limit included", () => {
    expect(nextAttempt(attempt, MAX_IMAGE_BYTES, MAX_IMAGE_BYTES)).toEqual({ kind: "done" });
    expect(nextAttempt(attempt, 1, MAX_IMAGE_BYTES)).toEqual({ kind: "done" });
  });

  it("lowers the quality first, keeping the size", () => {
    expect(nextAttempt(attempt, MAX_IMAGE_BYTES + 1, MAX_IMAGE_BYTES)).toEqual({ kind: "retry", attempt: { ...attempt, quality: 0.75 } });
    expect(nextAttempt({ ...attempt, quality: 0.65 }, 3 * MAX_IMAGE_BYTES, MAX_IMAGE_BYTES)).toEqual({
      kind: "retry",
      attempt: { ...attempt, quality: 0.55 },
    });
  });

  it("then shrinks both sides alike, at least ×0.9 and at most ×0.5 a step", () => {
    const lowest = { ...attempt, quality: 0.55 };
    const slightly = nextAttempt(lowest, MAX_IMAGE_BYTES * 1.01, MAX_IMAGE_BYTES);
    expect(slightly).toEqual({ kind: "retry", attempt: { width: 2700, height: 1800, quality: 0.55 } });
    const far = nextAttempt(lowest, MAX_IMAGE_BYTES * 100, MAX_IMAGE_BYTES);
    expect(far).toEqual({ kind: "retry", attempt: { width: 1500, height: 1000, quality: 0.55 } });
  });

  it("gives up rather than go below the smallest useful size", () => {
    const small = { width: 340, height: 200, quality: 0.55 };
    expect(nextAttempt(small, MAX_IMAGE_BYTES * 2, MAX_IMAGE_BYTES)).toEqual({ kind: "give-up" });
    expect(nextAttempt({ width: 1, height: 1, quality: 0.55 }, 10, 5, 1)).toEqual({ kind: "give-up" });
  });
});

describe("the whole plan", () => {
  const sizes = [
    { width: 4032, height: 3024 },
    { width: 3000, height: 3000 },
    { width: 12000, height: 800 },
    { width: 1200, height: 1600 },
  ];

  for (const detail of [0.3, 1, 2, 4, 8]) {
    it(`ends within the limits, each try cheaper than the one before (detail ${detail} bpp)`, () => {
      for (const size of sizes) {
        for (const [maxEdge, limit] of [
          [MAX_IMAGE_EDGE, MAX_IMAGE_BYTES],
          [MAX_THUMB_EDGE, MAX_THUMB_BYTES],
        ] as const) {
          const { attempts, result } = run(size, maxEdge, limit, detail);
          expect(result).toBe("done");
          expect(attempts.length).toBeLessThanOrEqual(12);
          const last = attempts.at(-1) as EncodeAttempt;
          expect(fakeBytes(last, detail)).toBeLessThanOrEqual(limit);
          for (const [i, a] of attempts.entries()) {
            expect(Math.max(a.width, a.height)).toBeLessThanOrEqual(maxEdge);
            // Aspect ratio kept to within rounding.
            expect(Math.abs(a.width / a.height - size.width / size.height) / (size.width / size.height)).toBeLessThan(0.01 + 1 / a.height);
            const before = attempts[i - 1];
            if (before) {
              const cheaper = a.quality < before.quality || a.width * a.height < before.width * before.height;
              expect(cheaper).toBe(true);
              expect(a.width).toBeLessThanOrEqual(before.width);
            }
          }
        }
      }
    });
  }

  it("keeps the full size and lowers quality only when a little over", () => {
    const { attempts } = run({ width: 3000, height: 2000 }, MAX_IMAGE_EDGE, MAX_IMAGE_BYTES, 3);
    expect(attempts[0]).toMatchObject({ width: 3000, height: 2000 });
    expect(attempts.at(-1)).toMatchObject({ width: 3000, height: 2000 });
  });

  it("gives up on an image that cannot fit even at the smallest useful size", () => {
    const { result, attempts } = run({ width: 3000, height: 3000 }, MAX_IMAGE_EDGE, 1000, 8);
    expect(result).toBe("give-up");
    expect(Math.max(...attempts.map((a) => Math.min(a.width, a.height)))).toBeGreaterThanOrEqual(MIN_LONG_EDGE);
  });
});

describe("downscale steps", () => {
  it("halves at most per step and ends at the target", () => {
    const steps = downscaleSteps({ width: 3000, height: 2000 }, { width: 300, height: 200 });
    expect(steps.at(-1)).toEqual({ width: 300, height: 200 });
    let previous = 3000;
    for (const step of steps) {
      expect(step.width * 2).toBeGreaterThanOrEqual(previous);
      previous = step.width;
    }
    expect(steps).toEqual([
      { width: 1500, height: 1000 },
      { width: 750, height: 500 },
      { width: 375, height: 250 },
      { width: 300, height: 200 },
    ]);
  });

  it("is one step for a small shrink, none for no shrink", () => {
    expect(downscaleSteps({ width: 500, height: 400 }, { width: 480, height: 384 })).toEqual([{ width: 480, height: 384 }]);
    expect(downscaleSteps({ width: 480, height: 384 }, { width: 480, height: 384 })).toEqual([]);
  });

  it("never makes a canvas larger than iOS allows", () => {
    const steps = downscaleSteps({ width: 12000, height: 9000 }, { width: 3000, height: 2250 });
    for (const step of steps) expect(step.width * step.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(steps.at(-1)).toEqual({ width: 3000, height: 2250 });
  });
});
