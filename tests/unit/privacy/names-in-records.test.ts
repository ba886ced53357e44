import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/** Names as records write them (sentences written for these tests). */
describe("a registry's FAMILY, GIVEN in capitals", () => {
  it.each([
    ['Two charts: "PARK, JI-HOON" and "PARK, JIHOON", same DOB.', "PARK, JI-HOON"],
    ["Label printed as MACDONALD, FIONA R on the sample tube.", "MACDONALD, FIONA R"],
    ["The wristband read O'BRIEN, SIOBHAN, so we held the transfusion.", "O'BRIEN, SIOBHAN"],
  ])("%s", (text, name) => {
    expect(blockedAs(text, "name")).toContain(name);
  });

  it.each(["PMH: COPD, ASTHMA, HTN, DM2.", "ICU, CCU and HDU beds are full tonight.", "DX: CHF, AKI, ANEMIA. NOTE, PLEASE READ."])("no name block: %s", (text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});

describe("a name at the start of a list line followed by a record number", () => {
  it("blocks the name and the number", () => {
    const text = "Jobs:\n- Bay 2 bed 4, Eilidh Ferguson K0071234, #NOF, needs G&S\n3) Rukhsana Begum 23/0049182 PPH";
    expect(blockedAs(text, "mrn")).toEqual(["K0071234", "23/0049182"]);
    expect(blockedAs(text, "name")).toEqual(expect.arrayContaining(["Eilidh Ferguson", "Rukhsana Begum"]));
  });

  it("reads no record number after an eponym in prose", () => {
    expect(blocks("The Kaplan Meier 123456 cohort curve is in the appendix.").filter((f) => f.category === "mrn")).toEqual([]);
  });
});
