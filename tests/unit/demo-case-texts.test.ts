import { describe, expect, it } from "vitest";
import { ageBands } from "../../src/server/forum/thread-kinds";
import { ageBandOf, caseScenarios } from "../../scripts/seed/demo-case-texts";

describe("the demo cases' age bands", () => {
  it("puts an age in years in its five-year band of the case template", () => {
    expect(ageBandOf(72)).toBe("70–74");
    expect(ageBandOf(5)).toBe("5–9");
    expect(ageBandOf(89)).toBe("85–89");
    expect(ageBandOf(3)).toBe("1–4");
    for (let age = 1; age <= 89; age++) expect(ageBands).toContain(ageBandOf(age));
  });

  it("puts infants aged in months, weeks or days under 1", () => {
    expect(ageBandOf(9, "months")).toBe("under 1");
    expect(ageBandOf(3, "days")).toBe("under 1");
  });

  it("draws from case scenarios of many channels", () => {
    expect(new Set(caseScenarios.map((entry) => entry.channelSlug)).size).toBeGreaterThan(15);
  });
});
