/**
 * The scanner's 20 KB benchmark, shared by `npm run phi:eval` and scripts/phi-bench-profile.ts so
 * that both time the same text the same way.
 */
import { performance } from "node:perf_hooks";
import { scanForPhi } from "../../src/server/privacy/index";

export const BENCH_CHARS = 20 * 1024;

/** Corpus texts joined by blank lines and repeated until the text is BENCH_CHARS long. */
export function benchText(texts: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  while (length < BENCH_CHARS && texts.length > 0) {
    for (const text of texts) {
      parts.push(text);
      length += text.length + 2;
      if (length >= BENCH_CHARS) break;
    }
  }
  return parts.join("\n\n").slice(0, BENCH_CHARS);
}

/** The times of `runs` scans of `text` after `warmup` unmeasured ones, sorted, in milliseconds. */
export function timeScans(text: string, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) scanForPhi(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    scanForPhi(text);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}
