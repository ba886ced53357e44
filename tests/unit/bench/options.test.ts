import { describe, expect, it } from "vitest";
import { parseOptions } from "../../../scripts/bench/options";

describe("the bench's members-section flags", () => {
  it("runs the members section at the issue's numbers by default", () => {
    const options = parseOptions([]);
    expect([options.members, options.membersOnly, options.membersScale]).toEqual([true, false, 1]);
  });

  it("skips it with --no-members, runs only it with --members-only, and scales it with --members-scale", () => {
    expect(parseOptions(["--no-members"]).members).toBe(false);
    expect(parseOptions(["--members-only"]).membersOnly).toBe(true);
    expect(parseOptions(["--members-scale", "0.1"]).membersScale).toBe(0.1);
  });

  it("refuses a scale above 1 and the two contradictory flags together", () => {
    expect(() => parseOptions(["--members-scale", "2"])).toThrow("--members-scale");
    expect(() => parseOptions(["--no-members", "--members-only"])).toThrow("contradict");
  });
});
