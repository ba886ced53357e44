import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Identifiers under labels physicians write (sentences written for these tests). */
describe("a value under an identifier's label blocks", () => {
  it.each([
    ["Histopath no. HP-4410/24 says poorly differentiated.", "other_id", "HP-4410/24"],
    ["Sent on to the cancer centre, ref no. CC-REF-20917, still waiting.", "other_id", "CC-REF-20917"],
    ["Home Office ref K2208817 is on his card but he moves hotels.", "other_id", "K2208817"],
    ["Prison no. B7731KD, on methadone 60 mg.", "other_id", "B7731KD"],
    ["Pat.-Nr. 8830127, Rückfrage wegen Abrechnung.", "mrn", "8830127"],
    ["Crop duster, CASA ARN 1127734, new AF on apixaban: can he fly?", "license", "1127734"],
  ] as const)("%s", (text, category, value) => {
    expect(blockedAs(text, category)).toContain(value);
  });

  it.each(["See reference 12 in the guideline, and ref. 4 for the trial.", "Prison health: the ref in the 2019 report covers 42 prisons."])("no block: %s", (text) => {
    expect(blocks(text)).toEqual([]);
  });
});
