import { describe, expect, it } from "vitest";
import { lowAllowance, type AllowanceRow } from "../../../src/server/forum/allowance";

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 2, 18, 0);
const windowStart = Math.floor(now / DAY) * DAY;
const row = (name: AllowanceRow["name"], limit: number, count: number): AllowanceRow => ({ name, limit, count, windowMs: DAY, windowStart });

describe("the remaining posting allowance", () => {
  it("is silent while more than 3 are left of a small limit", () => {
    expect(lowAllowance("thread", [row("thread_day", 20, 16)], now)).toBeNull();
  });

  it("speaks at 3 left, with the time until the count starts again", () => {
    expect(lowAllowance("thread", [row("thread_day", 20, 17)], now)?.sentence).toBe("3 new threads left of 20 per day; the count starts again in 6 hours.");
  });

  it("speaks at a tenth of a large limit", () => {
    expect(lowAllowance("reply", [row("reply_day", 200, 179)], now)).toBeNull();
    expect(lowAllowance("reply", [row("reply_day", 200, 180)], now)).toMatchObject({ remaining: 20, limit: 200 });
  });

  it("lets the tightest rule speak, naming the first week when it is a new-member rule", () => {
    const allowance = lowAllowance("reply", [row("reply_day", 200, 19), row("new_member_reply_day", 20, 19)], now);
    expect(allowance?.sentence).toBe("1 reply left of 20 per day during your first 7 days; the count starts again in 6 hours.");
  });

  it("says when none are left", () => {
    expect(lowAllowance("thread", [row("new_member_thread_day", 3, 3)], now)?.sentence).toMatch(/^No new threads left of 3 per day during your first 7 days/);
  });
});
