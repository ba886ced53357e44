import { describe, expect, it } from "vitest";
import { changeTable, cpuTargetFailures, roundTripFailures, savedPages, type DatasetRun, type PageResult } from "../../../scripts/bench/report";

/** A page result with the Worker CPU figures under test; the rest is filler no rule reads. */
function page(key: string, workerCpuAloneMs: number, workerCpuMs: number, roundTrips = 1): PageResult {
  return {
    key,
    label: key,
    search: false,
    urls: 1,
    requests: 100,
    errors: 0,
    errorSamples: [],
    rps: 100,
    medianMs: 50,
    p99Ms: 90,
    roundTrips,
    workerCpuMs,
    workerCpuAloneMs,
    proxyCpuMs: 3,
    dbCpuMs: 1,
    kbPerPage: 20,
    otherCores: 0,
    responseChunks: 0,
    statements: [],
  };
}

function run(label: string, pages: PageResult[]): DatasetRun {
  return { info: { spec: { label } } as DatasetRun["info"], pages, timings: new Map(), workerdPeakRssMb: null, dbServerPeakRssMb: null };
}

describe("the bench's Worker CPU target (--strict)", () => {
  it("lists a home, channel or thread page over 3 ms one at a time or in flight, and nothing else", () => {
    const failures = cpuTargetFailures([
      run("1k threads", [page("home", 2.5, 2.9), page("thread", 3.4, 2.8), page("channel-new", 2.0, 3.1), page("search-common", 9, 9), page("ref-static", 1, 1)]),
    ]);
    expect(failures).toEqual(["1k threads: thread (3.40 ms one at a time, 2.80 ms in flight)", "1k threads: channel-new (2.00 ms one at a time, 3.10 ms in flight)"]);
  });

  it("counts a page whose CPU could not be measured as over the target", () => {
    expect(cpuTargetFailures([run("1k threads", [page("home", Number.NaN, 2)])])).toHaveLength(1);
  });
});

describe("the bench's one round trip per page (--strict)", () => {
  it("lists every page over one database round trip, search included, and never a yardstick", () => {
    const failures = roundTripFailures([
      run("100k threads", [page("home", 2, 2, 1), page("thread", 2, 2, 2), page("search-common", 9, 9, 1.5), page("ref-health", 1, 1, 3), page("ref-static", 1, 1, 0)]),
    ]);
    expect(failures).toEqual(["100k threads: thread (2.00 round trips)", "100k threads: search-common (1.50 round trips)"]);
  });
});

describe("the bench's comparison with the last run", () => {
  it("prints each page's change in Worker CPU against the saved run", () => {
    const last = savedPages([run("1k threads", [page("home", 10, 10)])]);
    const now = savedPages([run("1k threads", [page("home", 5, 5)])]);
    const text = changeTable(now, last, "2026-12-07T18:00:00Z");
    expect(text).toContain("1k threads: home");
    expect(text).toContain("10.00 → 5.00 (-50%)");
  });

  it("says so when no page is in common", () => {
    expect(changeTable(savedPages([run("1k threads", [page("home", 5, 5)])]), [], "then")).toMatch(/No page in common/);
  });
});
