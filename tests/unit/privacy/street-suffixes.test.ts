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

/**
 * A town after a place of the patient's daily life ("the pub in", "the mine at", "school in"),
 * in a sentence about a person, blocks even when no list knows the town; a place of care or of
 * the physician's training does not.
 */
describe("towns of a patient's daily life", () => {
  it.each([
    ["Wife says he's driving to the pub in Goondiwindi daily.", "Goondiwindi"],
    ["The kid, Dylan, 7, had his third seizure at school in Ballymena.", "Ballymena"],
    ["He works at the mine in Mount Isa.", "Mount Isa"],
  ])("blocks the town in %j", (text, town) => {
    expect(blockedAs(text, "address")).toContain(town);
  });

  it.each(["I did my residency at a school in Boston.", "Our practice is in Kayenta."])("does not block the town in %j", (text) => {
    expect(blockedAs(text, "address")).toEqual([]);
  });
});
