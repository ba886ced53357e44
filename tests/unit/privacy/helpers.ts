import { expect } from "vitest";
import { scanForPhi, type PhiCategory, type PhiFinding, type PhiLevel } from "../../../src/server/privacy/index";

/** Fixed reference year so "born in 1931" reads the same in every year the tests run. */
export const REFERENCE_YEAR = 2025;

export interface Flagged {
  category: PhiCategory;
  level: PhiLevel;
  text: string;
}

export function scan(text: string): PhiFinding[] {
  return scanForPhi(text, { referenceYear: REFERENCE_YEAR });
}

/** Findings as {category, level, text}: readable in assertion failures. */
export function flagged(text: string): Flagged[] {
  return scan(text).map((f) => ({ category: f.category, level: f.level, text: text.slice(f.start, f.end) }));
}

export function blocks(text: string): Flagged[] {
  return flagged(text).filter((f) => f.level === "block");
}

/** The texts blocked as `category`, in order. */
export function blockedAs(text: string, category: PhiCategory): string[] {
  return blocks(text)
    .filter((f) => f.category === category)
    .map((f) => f.text);
}

export function warns(text: string): Flagged[] {
  return flagged(text).filter((f) => f.level === "warn");
}

/**
 * Asserts that scanning grows linearly with the text: `unit` repeated to 25 KB and to 100 KB,
 * best of three runs each. Linear scans take ~4x as long on 4x the text; one quadratic pattern
 * takes 16x, catastrophic backtracking far more. A ratio, not a time bound, so a loaded machine
 * does not fail it; under 50 ms for 100 KB is fast whatever the ratio says (noise dominates).
 */
export function expectLinearScan(unit: string): void {
  const bestOf3 = (size: number): number => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      scan(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const small = bestOf3(25_000);
  const large = bestOf3(100_000);
  if (large < 50) return;
  expect(large / Math.max(small, 1), `25 KB took ${small.toFixed(1)} ms, 100 KB ${large.toFixed(1)} ms`).toBeLessThan(10);
}
