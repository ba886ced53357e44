import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "../../../src/lib/format";

describe("relative times", () => {
  it("say what Intl says, the first time and from the isolate's cache", () => {
    const intl = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });
    const now = Date.UTC(2026, 11, 7, 12);
    const cases: [number, string][] = [
      [30_000, "just now"],
      [5 * 60_000, intl.format(-5, "minute")],
      [3 * 3600_000, intl.format(-3, "hour")],
      [26 * 3600_000, intl.format(-1, "day")],
      [9 * 86_400_000, intl.format(-1, "week")],
      [40 * 86_400_000, intl.format(-1, "month")],
      [800 * 86_400_000, intl.format(-2, "year")],
      [-2 * 3600_000, intl.format(2, "hour")],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [elapsed, expected] of cases) expect(formatRelativeTime(now - elapsed, now)).toBe(expected);
    }
    expect(formatRelativeTime(now - 26 * 3600_000, now)).toBe("yesterday");
  });
});

describe("counts", () => {
  it("write every whole number as en-US does, with the noun's number", async () => {
    const { formatCount } = await import("../../../src/lib/format");
    const intl = new Intl.NumberFormat("en-US");
    for (const count of [-1500, -999, -1, 0, 1, 2, 999, 1000, 12345, 1234567, 2.5]) {
      expect(formatCount(count, "reply", "replies")).toBe(`${intl.format(count)} ${count === 1 ? "reply" : "replies"}`);
    }
    expect(formatCount(1, "point")).toBe("1 point");
    expect(formatCount(3, "point")).toBe("3 points");
  });
});
