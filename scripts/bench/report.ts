import type { DatasetInfo } from "./dataset";
import type { NotificationCountResult } from "./notification-count";
import type { SearchLatency } from "./search-latency";
import type { SearchGroup } from "./search-terms";
import type { CapturedStatement, StatementTiming } from "./statements";

/** Plain-text tables for the benchmark's results. */

export interface PageResult {
  key: string;
  label: string;
  /** A search page (see PageType.search): not held to the 2× rule. */
  search: boolean;
  urls: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  rps: number;
  medianMs: number;
  p99Ms: number;
  /** Database HTTP requests per page served. */
  roundTrips: number;
  /** CPU of the workerd process that runs the Worker, per page served, at the run's concurrency. */
  workerCpuMs: number;
  /** The same with one request in flight. */
  workerCpuAloneMs: number;
  /** CPU of wrangler dev's proxy workerd per page (local only; production has no such hop). */
  proxyCpuMs: number;
  dbCpuMs: number;
  kbPerPage: number;
  /** CPU other processes on the machine used meanwhile, in cores (noise in the numbers above). */
  otherCores: number;
  /** Chunks of a chunked response body (0: sent with Content-Length). */
  responseChunks: number;
  /** The statements one page of this type ran. */
  statements: CapturedStatement[];
}

export interface DatasetRun {
  info: DatasetInfo;
  pages: PageResult[];
  /** Per page key: the page's statements explained and timed on this dataset's file. */
  timings: Map<string, StatementTiming[]>;
  workerdPeakRssMb: number | null;
  dbServerPeakRssMb: number | null;
}

/** Medians may differ by at most this factor between the two sizes. */
export const MAX_MEDIAN_RATIO = 2;

/** Columns before `alignLeft` and the last one are left-aligned; the rest are numbers. */
function table(headers: string[], rows: string[][], alignLeft = 1): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const last = headers.length - 1;
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === last && alignLeft > 1 ? cell : i < alignLeft ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w, i) => "-".repeat(i === last && alignLeft > 1 ? Math.min(w, 40) : w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
const count = (value: number) => value.toLocaleString("en-US");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function datasetHeading(run: DatasetRun): string {
  const { info } = run;
  const { counts } = info;
  const built =
    info.importSeconds === null
      ? `cached file (built ${info.builtAt.slice(0, 19).replace("T", " ")} UTC in ${n(info.builtInSeconds)} s${info.peakRssMb === null ? "" : `, peak RSS of an import process ${n(info.peakRssMb, 0)} MB`})`
      : `imported now in ${n(info.importSeconds)} s, peak RSS of an import process ${n(info.peakRssMb ?? Number.NaN, 0)} MB`;
  return [
    `${info.spec.label}: ${count(counts.threads)} threads, ${count(counts.replies)} replies, ${count(counts.votes)} votes, ${count(counts.members)} members`,
    `  ${info.spec.file} (${mb(info.fileBytes)}), ${built}`,
    `  ${searchIndexLine(info)}`,
  ].join("\n");
}

function searchIndexLine(info: DatasetInfo): string {
  const fill = info.searchIndex;
  if (fill === null) return "full-text index: filled before the benchmark recorded how (rebuild with --fresh to see)";
  const when = fill.at.slice(0, 16).replace("T", " ");
  return fill.how === "backfill"
    ? `full-text index: ${count(fill.posts)} live posts, filled by migration 0006's backfill in ${n(fill.seconds ?? Number.NaN)} s (migrations applied ${when} UTC)`
    : `full-text index: ${count(fill.posts)} live posts, filled by the triggers as the import wrote them (part of the import time)`;
}

/** The target for search: a member waits less than this (median, one request at a time). */
export const SEARCH_MEDIAN_TARGET_MS = 50;

export interface SearchRunResult {
  label: string;
  latencies: SearchLatency[];
  /** Live posts matching each query word on this dataset. */
  matches: Map<string, number>;
}

export function searchTable(groups: readonly SearchGroup[], small: SearchRunResult, large: SearchRunResult): { text: string; failed: string[] } {
  const failed: string[] = [];
  const rows = groups.map((group) => {
    const a = small.latencies.find((latency) => latency.key === group.key);
    const b = large.latencies.find((latency) => latency.key === group.key);
    const queries = group.queries.map((query) => `${query} ${count(small.matches.get(query) ?? 0)}/${count(large.matches.get(query) ?? 0)}`).join(", ");
    const filters = group.filters
      ? ` (${Object.entries(group.filters)
          .map(([key, value]) => `${key}=${value}`)
          .join(", ")})`
      : "";
    const pass = b !== undefined && b.errors === 0 && b.medianMs < SEARCH_MEDIAN_TARGET_MS;
    if (!pass) failed.push(group.label);
    return [
      group.label,
      `${queries}${filters}`,
      n(a?.medianMs ?? Number.NaN),
      n(a?.p99Ms ?? Number.NaN),
      n(b?.medianMs ?? Number.NaN),
      n(b?.p99Ms ?? Number.NaN),
      count((a?.requests ?? 0) + (b?.requests ?? 0)),
      String((a?.errors ?? 0) + (b?.errors ?? 0)),
      pass ? "PASS" : "FAIL",
    ];
  });
  const text = table(
    [
      "search, one at a time",
      `words: live posts matching at ${small.label} / ${large.label}`,
      `${small.label} median ms`,
      "p99 ms",
      `${large.label} median ms`,
      "p99 ms",
      "requests",
      "errors",
      `median < ${SEARCH_MEDIAN_TARGET_MS} ms`,
    ],
    rows,
    2,
  );
  const problems = [...small.latencies, ...large.latencies].flatMap((latency) => latency.errorSamples.map((sample) => `  ${latency.label}: ${sample}`));
  return { text: [text, ...(problems.length ? ["  errors seen:", ...problems] : [])].join("\n"), failed };
}

export function notificationTable(runs: readonly { label: string; result: NotificationCountResult }[]): string {
  const rows = runs.map(({ label, result }) => [
    label,
    count(result.totalRows),
    String(result.unread),
    count(result.requests),
    n(result.medianMs, 2),
    n(result.p99Ms, 2),
    n(result.statementMs, 3),
  ]);
  const text = table(["unread count", "notifications (all members)", "member's unread", "HTTP requests", "median ms", "p99 ms", "statement alone ms"], rows);
  const plans = [...new Set(runs.map(({ result }) => result.plan.join("; ")))];
  return [text, ...plans.map((plan) => `  plan: ${plan}`)].join("\n");
}

/** The pages a member opens most: held to WORKER_CPU_TARGET_MS by `--strict`. */
export const CPU_TARGET_PAGES: ReadonlySet<string> = new Set(["home", "channel-new", "channel-top", "thread"]);
/** Worker CPU per page, one at a time and in flight (issue 15). */
export const WORKER_CPU_TARGET_MS = 3;

/** Worker CPU of a page over the static file's, from the same stack's yardstick. */
function ratioTo(value: number, yardstick: number | undefined): string {
  return yardstick === undefined || !Number.isFinite(yardstick) || yardstick <= 0 ? "—" : `${n(value / yardstick)}×`;
}

export function datasetTable(run: DatasetRun, yardsticks?: { staticMs: number; healthMs: number }): string {
  const own = run.pages.find((page) => page.key === "ref-static");
  const staticMs = own?.workerCpuMs ?? yardsticks?.staticMs;
  const healthMs = run.pages.find((page) => page.key === "ref-health")?.workerCpuMs ?? yardsticks?.healthMs;
  const rows = run.pages.map((page) => [
    page.label,
    String(page.urls),
    count(page.requests),
    n(page.rps),
    n(page.medianMs),
    n(page.p99Ms),
    n(page.roundTrips, 2),
    n(page.workerCpuAloneMs, 2),
    n(page.workerCpuMs, 2),
    ratioTo(page.workerCpuMs, staticMs),
    ratioTo(page.workerCpuMs, healthMs),
    n(page.proxyCpuMs, 2),
    n(page.dbCpuMs, 2),
    n(page.kbPerPage),
    String(page.responseChunks),
    String(page.errors),
    n(page.otherCores, 2),
  ]);
  const text = table(
    [
      "page",
      "urls",
      "requests",
      "req/s",
      "median ms",
      "p99 ms",
      "db round trips",
      "Worker CPU ms, 1 in flight",
      "in flight",
      "÷ static",
      "÷ health",
      "proxy CPU ms",
      "db server CPU ms",
      "KB",
      "body chunks",
      "errors",
      "other load",
    ],
    rows,
  );
  const problems = run.pages.flatMap((page) => page.errorSamples.map((sample) => `  ${page.label}: ${sample}`));
  const memory = `  peak RSS: workerd ${n(run.workerdPeakRssMb ?? Number.NaN, 0)} MB, libSQL server ${n(run.dbServerPeakRssMb ?? Number.NaN, 0)} MB`;
  return [text, memory, ...(problems.length ? ["  errors seen:", ...problems] : [])].join("\n");
}

export interface Verdict {
  label: string;
  ratio: number;
  pass: boolean;
}

export function comparisonTable(small: DatasetRun, large: DatasetRun): { text: string; verdicts: Verdict[] } {
  const verdicts: Verdict[] = [];
  const rows: string[][] = [];
  for (const page of small.pages) {
    const other = large.pages.find((candidate) => candidate.key === page.key);
    if (!other) continue;
    const ratio = other.medianMs / page.medianMs;
    const spread = Math.max(ratio, 1 / ratio);
    const withinRatio = Number.isFinite(spread) && spread <= MAX_MEDIAN_RATIO;
    const noErrors = page.errors === 0 && other.errors === 0;
    // Search ranks every matching post up to a cap, so it may grow between the sizes; the search
    // table holds it to its own latency target instead.
    const pass = noErrors && (withinRatio || page.search);
    verdicts.push({ label: page.label, ratio, pass });
    rows.push([
      page.label,
      `${n(page.rps)} / ${n(other.rps)}`,
      `${n(page.medianMs)} / ${n(other.medianMs)}`,
      `${n(page.p99Ms)} / ${n(other.p99Ms)}`,
      `${n(page.roundTrips, 2)} / ${n(other.roundTrips, 2)}`,
      `${n(page.workerCpuMs, 2)} / ${n(other.workerCpuMs, 2)}`,
      `${n(page.dbCpuMs, 2)} / ${n(other.dbCpuMs, 2)}`,
      `${n(ratio, 2)}×`,
      page.search && !withinRatio && pass ? "(search target)" : pass ? "PASS" : "FAIL",
    ]);
  }
  const text = table(["page", "req/s", "median ms", "p99 ms", "round trips", "workerd CPU ms", "db CPU ms", "median ratio", `within ${MAX_MEDIAN_RATIO}×`], rows);
  return { text, verdicts };
}

/** A statement counts as growing with the data when it is 3× slower at the large size and the difference is noticeable. */
function grows(small: number, large: number): boolean {
  return large > 3 * small && large - small > 0.1;
}

export function statementsTable(small: DatasetRun, large: DatasetRun): { text: string; growing: string[] } {
  const rows: string[][] = [];
  const growing: string[] = [];
  for (const page of large.pages) {
    const largeTimings = large.timings.get(page.key) ?? [];
    const smallTimings = small.timings.get(page.key) ?? [];
    largeTimings.forEach((timing, index) => {
      const other = smallTimings[index];
      const flag = other && other.sql === timing.sql && grows(other.medianMs, timing.medianMs);
      if (flag) growing.push(`${page.label}: ${timing.summary}`);
      rows.push([
        index === 0 ? page.label : "",
        timing.summary,
        other && other.sql === timing.sql ? n(other.medianMs, 3) : "—",
        `${n(timing.medianMs, 3)}${flag ? " ↑" : ""}`,
        String(timing.rows),
        timing.plan.map((line) => line.replace("USING INTEGER PRIMARY KEY (rowid=?)", "BY ROWID")).join("; "),
      ]);
    });
  }
  const text = table(["page", "statement", "1k ms", "100k ms", "rows", "plan at 100k (EXPLAIN QUERY PLAN)"], rows, 2);
  return { text, growing };
}

/** One page's figures as kept in .data/bench-last.json, to compare the next run against. */
export interface SavedPage {
  dataset: string;
  key: string;
  label: string;
  medianMs: number;
  workerCpuAloneMs: number;
  workerCpuMs: number;
  roundTrips: number;
}

export function savedPages(runs: readonly DatasetRun[]): SavedPage[] {
  return runs.flatMap((run) =>
    run.pages.map((page) => ({
      dataset: run.info.spec.label,
      key: page.key,
      label: page.label,
      medianMs: page.medianMs,
      workerCpuAloneMs: page.workerCpuAloneMs,
      workerCpuMs: page.workerCpuMs,
      roundTrips: page.roundTrips,
    })),
  );
}

/** This run against the last one saved: the change in Worker CPU and latency per page. */
export function changeTable(now: readonly SavedPage[], last: readonly SavedPage[], lastAt: string): string {
  const change = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${a >= b ? "+" : ""}${n(((a - b) / b) * 100, 0)}%` : "—");
  const rows: string[][] = [];
  for (const page of now) {
    const before = last.find((entry) => entry.dataset === page.dataset && entry.key === page.key);
    if (!before) continue;
    rows.push([
      `${page.dataset}: ${page.label}`,
      `${n(before.workerCpuAloneMs, 2)} → ${n(page.workerCpuAloneMs, 2)} (${change(page.workerCpuAloneMs, before.workerCpuAloneMs)})`,
      `${n(before.workerCpuMs, 2)} → ${n(page.workerCpuMs, 2)} (${change(page.workerCpuMs, before.workerCpuMs)})`,
      `${n(before.medianMs)} → ${n(page.medianMs)} (${change(page.medianMs, before.medianMs)})`,
      `${n(before.roundTrips, 2)} → ${n(page.roundTrips, 2)}`,
    ]);
  }
  if (rows.length === 0) return `No page in common with the last run (${lastAt}).`;
  return `Against the last run (${lastAt}; machine load differs between runs, so read big changes only)\n${table(["page", "Worker CPU ms, 1 in flight", "in flight", "median ms", "round trips"], rows)}`;
}

/** Pages over the Worker CPU target, one at a time or in flight. */
/** Every page is one database round trip, the session gate in its batch (ADR 0020). */
export const MAX_ROUND_TRIPS_PER_PAGE = 1;

/** Pages (the yardsticks, keys "ref-…", are not pages) over one round trip on average. */
export function roundTripFailures(runs: readonly DatasetRun[]): string[] {
  return runs.flatMap((run) =>
    run.pages
      .filter((page) => !page.key.startsWith("ref-") && !(page.roundTrips <= MAX_ROUND_TRIPS_PER_PAGE))
      .map((page) => `${run.info.spec.label}: ${page.label} (${n(page.roundTrips, 2)} round trips)`),
  );
}

export function cpuTargetFailures(runs: readonly DatasetRun[]): string[] {
  return runs.flatMap((run) =>
    run.pages
      .filter((page) => CPU_TARGET_PAGES.has(page.key))
      .filter((page) => !(page.workerCpuAloneMs <= WORKER_CPU_TARGET_MS) || !(page.workerCpuMs <= WORKER_CPU_TARGET_MS))
      .map((page) => `${run.info.spec.label}: ${page.label} (${n(page.workerCpuAloneMs, 2)} ms one at a time, ${n(page.workerCpuMs, 2)} ms in flight)`),
  );
}
