import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

describe("identifiers that only a blocked name or age reveals", () => {
  it("blocks an age of 90 or more in apposition after a patient's name", () => {
    expect(blockedAs("Remote GP. Mòrag MacAulay, 91, croft at Balallan, Lochs.", "age_over_89")).toEqual(["91"]);
  });

  it("blocks the place in apposition after a patient's name and age", () => {
    expect(blockedAs("Audiology/ENT. Aroha Te Whata, 7, Kaikohe, NHI WGN0140.", "address")).toContain("Kaikohe");
  });

  it("blocks an age over 89 where it is repeated later in the post", () => {
    expect(blockedAs("S: 97yo M c/o 2d melena. P: scope at 97 or no?", "age_over_89").length).toBe(2);
  });

  it("does not read a vital sign with a unit, or a percentage, as the repeated age", () => {
    const found = blockedAs("S: 97yo M c/o melena. Sats 97%, HR at 97 bpm.", "age_over_89");
    expect(found).toEqual(["97yo M"]);
  });

  it("does not read a diagnosis after a name and age as a place", () => {
    expect(blockedAs("Pt: Naomi Feld, 41, Hypertension, on ramipril.", "address")).toEqual([]);
  });

  it("adds nothing to a post with no blocked name or age", () => {
    expect(blocks("Tumour board, 91, Oncology, next week at 97 sharp.")).toEqual([]);
  });
});
