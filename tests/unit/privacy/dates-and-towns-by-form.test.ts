import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Dates and towns known by how they are written (sentences written for these tests). */
describe("a weekday before a day and month in figures is a date", () => {
  it.each([
    ["Fell off the ladder Sun 4/6, came in Tues.", "Sun 4/6"],
    ["Bé nhập viện ngày 12/8, sốt cao.", "ngày 12/8"],
  ])("%s", (text, date) => {
    expect(blockedAs(text, "date")).toContain(date);
  });

  it("reads no date in a score or a weekday alone", () => {
    expect(blocks("Pain 9/10 since Sat, worse on Mon; GCS 14/15.").filter((f) => f.category === "date")).toEqual([]);
  });
});

describe("a town with its postcode in brackets is an address", () => {
  it("blocks the town and the code", () => {
    expect(blockedAs("Mme Le Bihan, 83 ans, Landerneau (29800), chute.", "address")).toContain("Landerneau (29800)");
  });

  it("leaves a score in brackets alone", () => {
    expect(blocks("Wells (4) and Geneva (7) both say likely PE.").filter((f) => f.category === "address")).toEqual([]);
  });
});
