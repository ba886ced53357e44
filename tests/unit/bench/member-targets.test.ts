import { describe, expect, it } from "vitest";
import { cpuWithinNoise, fanOutPass, jobHeadroom, jobPass, memberFailures, memberPageVerdicts, type JobMeasurement } from "../../../scripts/bench/member-targets";
import { memberScaleSpec, progressText } from "../../../scripts/bench/member-shape";
import type { PageResult } from "../../../scripts/bench/report";

/** A page result with the figures the members rules read; the rest is filler. */
function page(key: string, medianMs: number, workerCpuAloneMs: number, roundTrips = 1, errors = 0): PageResult {
  return {
    key,
    label: key,
    search: false,
    urls: 1,
    requests: 100,
    errors,
    errorSamples: [],
    rps: 100,
    medianMs,
    p99Ms: medianMs * 2,
    roundTrips,
    workerCpuMs: workerCpuAloneMs,
    workerCpuAloneMs,
    proxyCpuMs: 3,
    dbCpuMs: 1,
    kbPerPage: 20,
    otherCores: 0,
    responseChunks: 0,
    statements: [],
  };
}

const job = (overrides: Partial<JobMeasurement>): JobMeasurement => ({
  job: "digest",
  runMs: 30_000,
  intervalMs: 600_000,
  needPerDay: 16_500,
  capacityPerDay: 36_000,
  unit: "digests",
  ...overrides,
});

describe("the members section's page targets (--strict)", () => {
  it("passes a page at one round trip, within 1.2x latency and the same Worker CPU", () => {
    const [verdict] = memberPageVerdicts([page("home", 20, 2.0)], [page("home", 23.9, 2.1)]);
    expect(verdict?.pass).toBe(true);
  });

  it("fails a page whose median at 115,000 members is over 1.2x, and names it", () => {
    const verdicts = memberPageVerdicts([page("home", 20, 2), page("thread", 20, 2)], [page("home", 24.2, 2), page("thread", 20, 2)]);
    expect(verdicts.map((verdict) => [verdict.key, verdict.latencyPass])).toEqual([
      ["home", false],
      ["thread", true],
    ]);
    expect(memberFailures(verdicts, { plainMs: 50, channelMs: 60 }, [])).toEqual(["home: median 1.21× at 115,000 members (1.2× allowed)"]);
  });

  it("fails a page over one round trip at either size", () => {
    const [verdict] = memberPageVerdicts([page("notifications", 20, 2, 1)], [page("notifications", 20, 2, 2)]);
    expect(verdict?.roundTripsPass).toBe(false);
    expect(verdict?.pass).toBe(false);
  });

  it("fails a page with failed requests even when its numbers hold", () => {
    const [verdict] = memberPageVerdicts([page("mod-queue", 20, 2)], [page("mod-queue", 20, 2, 1, 3)]);
    expect(verdict?.pass).toBe(false);
  });

  it("counts Worker CPU as unchanged within 1.2x or 0.3 ms, and as changed beyond both", () => {
    expect(cpuWithinNoise(1.0, 1.25)).toBe(true); // 0.25 ms more
    expect(cpuWithinNoise(4.0, 4.7)).toBe(true); // 1.18x
    expect(cpuWithinNoise(2.0, 2.6)).toBe(false); // 1.3x and 0.6 ms
    expect(cpuWithinNoise(Number.NaN, 2)).toBe(false);
  });
});

describe("the fan-out post's target (--strict)", () => {
  it("passes an @channel reply at most 2x a plain reply and fails one over it", () => {
    expect(fanOutPass(40, 80)).toBe(true);
    expect(fanOutPass(40, 81)).toBe(false);
    expect(fanOutPass(Number.NaN, 10)).toBe(false);
  });

  it("lists a missing fan-out measurement as a miss", () => {
    expect(memberFailures([], null, [])).toEqual(["fan-out post: not measured"]);
  });
});

describe("a scheduled job's headroom (--strict)", () => {
  it("is the smaller of capacity over need and time between runs over a run", () => {
    // 36,000 / 16,500 = 2.18; 600 s / 30 s = 20
    expect(jobHeadroom(job({}))).toBeCloseTo(2.18, 2);
    // the run takes 400 s of its 600 s: 1.5
    expect(jobHeadroom(job({ runMs: 400_000 }))).toBeCloseTo(1.5, 5);
  });

  it("passes at 2x headroom and fails under it", () => {
    expect(jobPass(job({ capacityPerDay: 33_000 }))).toBe(true);
    expect(jobPass(job({ capacityPerDay: 32_999 }))).toBe(false);
    expect(memberFailures([], { plainMs: 1, channelMs: 1 }, [job({ capacityPerDay: 16_500 })])).toEqual(["digest: headroom 1.00× (2× needed)"]);
  });

  it("fails a job whose run failed, and says why", () => {
    const failedRun = job({ runMs: Number.NaN, needPerDay: Number.NaN, capacityPerDay: Number.NaN, failure: "the database request timed out" });
    expect(jobPass(failedRun)).toBe(false);
    expect(memberFailures([], { plainMs: 1, channelMs: 1 }, [failedRun])).toEqual(["digest: the run failed (the database request timed out)"]);
  });

  it("gives a job with nothing to do a day only its time headroom", () => {
    expect(jobHeadroom(job({ needPerDay: 0, runMs: 100, intervalMs: 3_600_000 }))).toBe(36_000);
  });
});

describe("the member-scale data set's shape", () => {
  it("has the issue's numbers at scale 1 and keeps the per-member ratios when scaled", () => {
    const full = memberScaleSpec("/x/m.db", "/x/b.db", 1);
    expect([full.members, full.notifications, full.votes, full.sessionsPerMember, full.followsPerMember]).toEqual([115_000, 2_000_000, 10_000_000, 1.5, 5]);
    const tenth = memberScaleSpec("/x/m.db", "/x/b.db", 0.1);
    expect([tenth.members, tenth.notifications, tenth.votes, tenth.sessionsPerMember]).toEqual([11_500, 200_000, 1_000_000, 1.5]);
    expect(() => memberScaleSpec("/x/m.db", "/x/b.db", 2)).toThrow("--members-scale");
  });

  it("shows rows done of the total and the rate on its progress line", () => {
    expect(progressText("Building", 2_500_000, 10_000_000, "votes", 312_345.6)).toBe("Building: 2,500,000/10,000,000 rows (25%, votes), 312,346 rows/s");
  });
});
