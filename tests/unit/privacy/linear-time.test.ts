import { describe, expect, it } from "vitest";
import { scan } from "./helpers";

/**
 * Every pattern must be linear: 100 KB of adversarial input scans well under a generous bound
 * (the bound is loose so a slow CI machine does not flake; catastrophic backtracking would take
 * seconds to hours, not milliseconds).
 */
const SIZE = 100_000;
const BOUND_MS = 500;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const ADVERSARIAL: ReadonlyArray<[string, string]> = [
  ["a run of one digit", repeat("1")],
  ["alternating letters and @", repeat("a@")],
  ["repeated titles", repeat("Dr. ")],
  ["repeated courtesy titles", repeat("Mr. ")],
  ["repeated date fragments", repeat("12/")],
  ["digits and dashes", repeat("12-")],
  ["digits and dots", repeat("1.")],
  ["digits and colons", repeat("1:")],
  ["hex and colons", repeat("a:")],
  ["long capitalised words", repeat("Abcdefghij ")],
  ["capitalised pairs with commas", repeat("Smith, John ")],
  ["initials", repeat("A. ")],
  ["dotted host names", repeat("a.com.")],
  ["repeated URL schemes", repeat("http://")],
  ["e-mail-like runs", repeat("a.b@c.")],
  ["house numbers and words", repeat("12 Oak ")],
  ["spaces", repeat(" ")],
  ["keywords without values", repeat("MRN ")],
  ["keywords with separators", repeat("SSN: # ")],
  ["plus signs and digits", repeat("+1 ")],
  ["file extensions", repeat("a.jpg.")],
  ["at-handles", repeat("@a_")],
  ["ages", repeat("92M ")],
  ["relationship cues", repeat("his wife ")],
  ["zip-like numbers", repeat("12345 ")],
  ["newlines", repeat("\n")],
  ["mixed clinical text", repeat("Pt is 72M, BP 120/80, MRN 1234567, seen 3/4. ")],
];

describe("linear time on 100 KB adversarial input", () => {
  for (const [kind, text] of ADVERSARIAL) {
    it(`scans ${kind} in under ${BOUND_MS} ms`, () => {
      const t0 = performance.now();
      scan(text);
      const elapsed = performance.now() - t0;
      expect(elapsed).toBeLessThan(BOUND_MS);
    });
  }
});
