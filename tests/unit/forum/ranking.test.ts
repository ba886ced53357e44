import { describe, expect, it } from "vitest";
import { computeHotRank, wilsonLowerBound } from "../../../src/server/forum/ranking";

const hour = 3600_000;

describe("hot rank", () => {
  it("ranks a newer thread above an older one with the same score", () => {
    expect(computeHotRank(5, 10 * hour)).toBeGreaterThan(computeHotRank(5, 9 * hour));
  });

  it("needs ten times the votes to outrank a thread posted 12.5 hours later", () => {
    const older = 0;
    const newer = 12.5 * hour;
    expect(computeHotRank(100, older)).toBeCloseTo(computeHotRank(10, newer), 9);
    expect(computeHotRank(101, older)).toBeGreaterThan(computeHotRank(10, newer));
  });

  it("ranks a downvoted thread below an unvoted one of the same age", () => {
    expect(computeHotRank(-3, hour)).toBeLessThan(computeHotRank(0, hour));
  });
});

describe("Wilson lower bound", () => {
  it("is zero without votes", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it("ranks 10 up and 1 down above a single up vote", () => {
    expect(wilsonLowerBound(10, 1)).toBeGreaterThan(wilsonLowerBound(1, 0));
  });

  it("stays between 0 and the observed share of up votes", () => {
    const bound = wilsonLowerBound(30, 10);
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThan(0.75);
  });
});
