import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Places written beside a person's description rather than after a cue (sentences written for these tests). */
describe("a place in apposition to a person", () => {
  it.each([
    ["82M (retired shearer, Gundagai) with a new murmur.", "Gundagai"],
    ["Mme Kerlan (ancienne ostréicultrice, Paimpol), 88 ans, chutes.", "Paimpol"],
    ["Stoke-on-Trent, 61F, potter for 40 years, now breathless.", "Stoke-on-Trent"],
  ])("%s", (text, place) => {
    expect(blockedAs(text, "address")).toContain(place);
  });

  it.each(["Advice from Dr Aziz (nephrologist, Leicester) was to stop the ACEi.", "Hypertension, 54M on ramipril, review in clinic."])("no address block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
  });
});
