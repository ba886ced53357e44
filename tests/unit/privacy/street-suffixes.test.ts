import { describe, expect, it } from "vitest";
import { blockedAs } from "./helpers";

/**
 * A house number and a street block with no cue before them, for the street types of the UK,
 * Ireland, Australia and New Zealand too ("Close", "Rise", "Parade", "Circuit"); a counted unit
 * after a number is a measure ("6 Minute Walk Test", "12 Lead").
 */
describe("house-number streets in Commonwealth forms", () => {
  it.each([
    ["Seen at home: 14 Larkspur Close, Didcot, with his daughter.", "14 Larkspur Close, Didcot"],
    ["home visit 9 Kestrel Rise, Wagga, bed-bound", "9 Kestrel Rise, Wagga"],
    ["Unit 3, 27 Marine Parade, her flat since 1998", "27 Marine Parade"],
  ])("blocks the street in %j", (text, street) => {
    expect(blockedAs(text, "address").join(" ")).toContain(street);
  });

  it.each(["Took the 6 Minute Walk Test: 320 m.", "A 3 Point Rise in troponin is within noise.", "12 Lead View attached."])("does not read a measure as a street in %j", (text) => {
    expect(blockedAs(text, "address")).toEqual([]);
  });
});
