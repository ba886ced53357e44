import type { FanOutResult } from "./member-fan-out";
import { median } from "./member-fan-out";
import type { MemberDatasetInfo } from "./member-dataset";
import type { JobsResult } from "./member-jobs";
import { FAN_OUT_RATIO, fanOutPass, JOB_HEADROOM, jobHeadroom, jobPass, MEMBER_LATENCY_RATIO, type MemberPageVerdict } from "./member-targets";
import type { PageResult } from "./report";

/** Plain-text tables of the members section. */

const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
const count = (value: number) => Math.round(value).toLocaleString("en-US");
const seconds = (ms: number) =>
  ms >= 3_600_000
    ? `${n(ms / 3_600_000, 0)} h`
    : ms >= 60_000
      ? `${n(ms / 60_000, 0)} min`
      : ms >= 10_000
        ? `${n(ms / 1000, 0)} s`
        : ms >= 1000
          ? `${n(ms / 1000, 1)} s`
          : `${n(ms, 0)} ms`;

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function memberDatasetHeading(info: MemberDatasetInfo, baseMembers: number): string {
  const { counts } = info;
  const built =
    info.importSeconds === null
      ? `cached file (built ${info.builtAt.slice(0, 19).replace("T", " ")} UTC in ${n(info.builtInSeconds)} s, peak RSS of the build ${info.peakRssMb ?? "—"} MB)`
      : `built now in ${n(info.importSeconds)} s, peak RSS of the build ${info.peakRssMb ?? "—"} MB`;
  const phases = Object.entries(info.phases)
    .map(([phase, s]) => `${phase} ${n(s)} s`)
    .join(", ");
  return [
    `${info.spec.label}${info.spec.scale === 1 ? "" : ` — SCALED DOWN by --members-scale ${info.spec.scale}; the issue's numbers are scale 1`}: ${count(counts.members)} members (${count(baseMembers)} in the 100k-thread file), ` +
      `${count(counts.sessions)} sessions, ${count(counts.follows)} channel follows (largest: #${counts.largestChannel.slug}, ${count(counts.largestChannel.followers)} followers), ` +
      `${count(counts.notifications)} notifications, ${count(counts.votes)} votes; vote-ring ledger ${count(counts.ringLedger)} rows, ${count(counts.ringPairs)} pair cells`,
    `  ${info.spec.file} (${(info.fileBytes / 1e9).toFixed(2)} GB = ${(info.fileBytes / 1024 ** 3).toFixed(2)} GiB on disk), ${built}`,
    phases ? `  build phases: ${phases}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function memberPagesTable(small: readonly PageResult[], large: readonly PageResult[], verdicts: readonly MemberPageVerdict[]): string {
  const rows = verdicts.map((verdict) => {
    const a = small.find((page) => page.key === verdict.key) as PageResult;
    const b = large.find((page) => page.key === verdict.key) as PageResult;
    const failed = [!verdict.roundTripsPass && "round trips", !verdict.latencyPass && "latency", !verdict.cpuPass && "CPU", verdict.errors > 0 && "errors"].filter(Boolean);
    return [
      verdict.label,
      `${n(a.medianMs)} / ${n(b.medianMs)}`,
      `${n(verdict.latencyRatio, 2)}×`,
      `${n(a.p99Ms)} / ${n(b.p99Ms)}`,
      `${n(a.roundTrips, 2)} / ${n(b.roundTrips, 2)}`,
      `${n(a.workerCpuAloneMs, 2)} / ${n(b.workerCpuAloneMs, 2)}`,
      `${n(a.workerCpuMs, 2)} / ${n(b.workerCpuMs, 2)}`,
      `${n(a.dbCpuMs, 2)} / ${n(b.dbCpuMs, 2)}`,
      verdict.pass ? "PASS" : `FAIL (${failed.join(", ")})`,
    ];
  });
  return table(
    [
      "page (200 / 115k members)",
      "median ms",
      "ratio",
      "p99 ms",
      "round trips",
      "Worker CPU ms, 1 at a time",
      "in flight",
      "db CPU ms",
      `1 trip, ≤ ${MEMBER_LATENCY_RATIO}×, CPU in noise`,
    ],
    rows,
  );
}

export function fanOutLine(result: FanOutResult): string {
  const plain = median(result.plainMs);
  const channel = median(result.channelMs);
  const ratio = channel / plain;
  return [
    `Fan-out post through the Worker (wrangler dev, its queue simulated), ${result.plainMs.length} posts each, medians:`,
    `  plain reply ${n(plain)} ms (${result.plainMs.map((ms) => ms.toFixed(0)).join(", ")}); @{${result.channel}} reply (${count(result.followers)} followers) ${n(channel)} ms (${result.channelMs.map((ms) => ms.toFixed(0)).join(", ")})`,
    `  ratio ${n(ratio, 2)}× (target ≤ ${FAN_OUT_RATIO}×): ${fanOutPass(plain, channel) ? "PASS" : "FAIL"}; every follower notified ${seconds(median(result.drainMs))} after posting (median; ${count(result.notified)} channel mentions written by the queue)`,
  ].join("\n");
}

export function jobsTable(result: JobsResult): string {
  const { digest, ring, prune } = result;
  const failure = (name: string) => result.jobs.find((job) => job.job.startsWith(name))?.failure ?? "unknown";
  const lines = [
    digest
      ? `Digest throughput: one run sent ${count(digest.sent)} digests in ${seconds(digest.runMs)} (${count(digest.requests)} batch requests to the stand-in Resend on 127.0.0.1, ` +
        `production's pause between them); ${count(digest.left)} members still owed after it. Capacity ${count(digest.perHourCapacity)}/hour (6 runs an hour in the 11:00-12:50 window), ` +
        `need ${count(digest.perHourNeed)}/hour (${count(digest.needPerDay)} a day owed: daily members + weekly / 7, over the window's 2 hours).`
      : `Digest throughput: the run failed (${failure("digest")}).`,
    ring
      ? `Vote-ring job: one daily increment after ${count(ring.dayVotes)} new votes: ${count(ring.added)} ledger rows added, ${count(ring.dropped)} dropped, in ${ring.steps} steps, ` +
        `${ring.behind === 0 ? "up to date" : `${count(ring.behind)} behind`}; ${seconds(ring.runMs)} with the analysis (bound: ${count(result.jobs[0]?.capacityPerDay ?? 0)} rows a run).`
      : `Vote-ring job: the run failed (${failure("vote-rings")}).`,
    prune
      ? `Prune job: ${count(prune.sessions)} expired sessions (a day's) deleted in ${seconds(prune.runMs)}${prune.complete ? "" : " (more left for the next run)"}.`
      : `Prune job: the run failed (${failure("prune")}).`,
  ];
  const rows = result.jobs.map((job) => [
    job.job,
    seconds(job.runMs),
    seconds(job.intervalMs),
    `${count(job.needPerDay)} ${job.unit}`,
    count(job.capacityPerDay),
    `${n(jobHeadroom(job), 1)}×`,
    job.failure !== undefined ? "FAIL (run failed)" : jobPass(job) ? "PASS" : "FAIL",
  ]);
  return [
    ...lines,
    "",
    table(["job (a day's work)", "one run", "between runs", "need a day", "capacity a day", "headroom", `≥ ${JOB_HEADROOM}×`], rows),
    "headroom: the smaller of capacity a day / need a day and time between runs / one run's time.",
  ].join("\n");
}
