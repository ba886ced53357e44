import { describe, it } from "vitest";
import { expectLinearScan } from "./helpers";

/**
 * Every pattern must be linear: adversarial input scans in time proportional to its length
 * (see expectLinearScan; catastrophic backtracking or a quadratic loop shows as a ratio of 16
 * or more between 100 KB and 25 KB).
 */
/** Each unit is repeated to the test sizes. */
const ADVERSARIAL: ReadonlyArray<[string, string]> = [
  ["a run of one digit", "1"],
  ["alternating letters and @", "a@"],
  ["repeated titles", "Dr. "],
  ["repeated courtesy titles", "Mr. "],
  ["repeated date fragments", "12/"],
  ["digits and dashes", "12-"],
  ["digits and dots", "1."],
  ["digits and colons", "1:"],
  ["hex and colons", "a:"],
  ["long capitalised words", "Abcdefghij "],
  ["capitalised pairs with commas", "Smith, John "],
  ["initials", "A. "],
  ["dotted host names", "a.com."],
  ["repeated URL schemes", "http://"],
  ["e-mail-like runs", "a.b@c."],
  ["house numbers and words", "12 Oak "],
  ["spaces", " "],
  ["keywords without values", "MRN "],
  ["keywords with separators", "SSN: # "],
  ["plus signs and digits", "+1 "],
  ["file extensions", "a.jpg."],
  ["at-handles", "@a_"],
  ["ages", "92M "],
  ["relationship cues", "his wife "],
  ["zip-like numbers", "12345 "],
  ["newlines", "\n"],
  ["mixed clinical text", "Pt is 72M, BP 120/80, MRN 1234567, seen 3/4. "],
];

describe("linear time on adversarial input", () => {
  for (const [kind, unit] of ADVERSARIAL) {
    it(`scans ${kind} in time linear in its length`, () => {
      expectLinearScan(unit);
    });
  }
});
