import { describe, expect, it } from "vitest";
import { flagStatusText } from "../../../src/lib/format";

describe("a settled flag's status on the moderator's review page", () => {
  it('says a dismissal once, not "dismissed (dismissed)"', () => {
    expect(flagStatusText("dismissed", "dismissed")).toBe("dismissed");
  });
  it("adds the outcome when it says more than the status", () => {
    expect(flagStatusText("upheld", "hidden")).toBe("upheld (hidden)");
    expect(flagStatusText("dismissed", "restored")).toBe("dismissed (restored)");
  });
  it("shows an open flag as open", () => {
    expect(flagStatusText("open", null)).toBe("open");
  });
});
