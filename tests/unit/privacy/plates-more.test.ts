import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Vehicle plates of more countries (sentences written for these tests). */
describe("plates", () => {
  it.each([
    ["The okada rider (LSR-913KT) came in with an open tibia.", "LSR-913KT"],
    ["Tai nạn xe máy, biển số 51F2-337.08, chấn thương sọ não.", "51F2-337.08"],
    ["Minibus taxi CY 552-187 overturned on the N1, 12 injured.", "CY 552-187"],
  ])("%s", (text, plate) => {
    expect(blockedAs(text, "vehicle")).toContain(plate);
  });

  it.each(["CA 19-9 was 412 and CEA 8 before the Whipple.", "Lot ABC-123XY expired in March, discard the vials."])("no plate: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "vehicle")).toEqual([]);
  });
});
