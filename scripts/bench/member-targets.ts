import type { PageResult } from "./report";

/**
 * The members section's targets (issue 19), each a pure rule `--strict` turns into the exit code:
 * - every page is one database round trip at both sizes;
 * - a page's median latency at 115,000 members is within 1.2× of its median at 200;
 * - its Worker CPU per request is unchanged within noise: at most 1.2× the 200-member figure, or
 *   at most 0.3 ms more (process CPU is read in 10 ms ticks over a few hundred requests, so a
 *   tenth of a millisecond either way is the measurement, not the page);
 * - the @channel reply into the largest channel takes at most 2× a plain reply's median;
 * - each scheduled job does a day's work inside its schedule with 2× headroom: its capacity a day
 *   is at least twice what a day needs, and one run takes at most half the time to the next run.
 */

export const MEMBER_LATENCY_RATIO = 1.2;
export const MEMBER_CPU_RATIO = 1.2;
export const MEMBER_CPU_NOISE_MS = 0.3;
export const FAN_OUT_RATIO = 2;
export const JOB_HEADROOM = 2;

export interface MemberPageVerdict {
  key: string;
  label: string;
  latencyRatio: number;
  roundTrips: { small: number; large: number };
  cpu: { small: number; large: number };
  roundTripsPass: boolean;
  latencyPass: boolean;
  cpuPass: boolean;
  errors: number;
  pass: boolean;
}

export function cpuWithinNoise(small: number, large: number): boolean {
  if (!Number.isFinite(small) || !Number.isFinite(large)) return false;
  return large <= small * MEMBER_CPU_RATIO || large - small <= MEMBER_CPU_NOISE_MS;
}

/** One verdict per page measured at both sizes, in the order of `small`. */
export function memberPageVerdicts(small: readonly PageResult[], large: readonly PageResult[]): MemberPageVerdict[] {
  return small.flatMap((page) => {
    const other = large.find((candidate) => candidate.key === page.key);
    if (!other) return [];
    const latencyRatio = other.medianMs / page.medianMs;
    const roundTripsPass = page.roundTrips <= 1 && other.roundTrips <= 1;
    const latencyPass = Number.isFinite(latencyRatio) && latencyRatio <= MEMBER_LATENCY_RATIO;
    // One request at a time: the figure least disturbed by queueing on a shared machine.
    const cpuPass = cpuWithinNoise(page.workerCpuAloneMs, other.workerCpuAloneMs);
    const errors = page.errors + other.errors;
    return [
      {
        key: page.key,
        label: page.label,
        latencyRatio,
        roundTrips: { small: page.roundTrips, large: other.roundTrips },
        cpu: { small: page.workerCpuAloneMs, large: other.workerCpuAloneMs },
        roundTripsPass,
        latencyPass,
        cpuPass,
        errors,
        pass: roundTripsPass && latencyPass && cpuPass && errors === 0,
      },
    ];
  });
}

export function fanOutPass(plainMedianMs: number, channelMedianMs: number): boolean {
  const ratio = channelMedianMs / plainMedianMs;
  return Number.isFinite(ratio) && ratio <= FAN_OUT_RATIO;
}

/** One scheduled job's run and what its schedule gives it. */
export interface JobMeasurement {
  job: string;
  /** Wall time of one run. */
  runMs: number;
  /** Time between two runs (the cron's period while it fires). */
  intervalMs: number;
  /** Work a day brings (digests owed, ledger rows, expired rows). */
  needPerDay: number;
  /** Work the schedule can do a day at the measured run (runs a day × a run's bound or output). */
  capacityPerDay: number;
  unit: string;
  /** Why the run failed, when it did (it then has no headroom). */
  failure?: string;
}

/**
 * The smaller of the two headrooms: capacity over need a day, and time between runs over a run's
 * time. A job with no work a day has unlimited capacity headroom (its time still counts).
 */
export function jobHeadroom(job: JobMeasurement): number {
  if (job.failure !== undefined) return 0;
  const capacity = job.needPerDay <= 0 ? Number.POSITIVE_INFINITY : job.capacityPerDay / job.needPerDay;
  const time = job.runMs <= 0 ? Number.POSITIVE_INFINITY : job.intervalMs / job.runMs;
  const headroom = Math.min(capacity, time);
  return Number.isNaN(headroom) ? 0 : headroom;
}

export function jobPass(job: JobMeasurement): boolean {
  return jobHeadroom(job) >= JOB_HEADROOM;
}

/** Every miss, one line each, for the summary and --strict. */
export function memberFailures(verdicts: readonly MemberPageVerdict[], fanOut: { plainMs: number; channelMs: number } | null, jobs: readonly JobMeasurement[]): string[] {
  const lines: string[] = [];
  for (const verdict of verdicts) {
    if (!verdict.roundTripsPass) lines.push(`${verdict.label}: ${verdict.roundTrips.small.toFixed(2)} / ${verdict.roundTrips.large.toFixed(2)} round trips (1 allowed)`);
    if (!verdict.latencyPass) lines.push(`${verdict.label}: median ${verdict.latencyRatio.toFixed(2)}× at 115,000 members (${MEMBER_LATENCY_RATIO}× allowed)`);
    if (!verdict.cpuPass) lines.push(`${verdict.label}: Worker CPU ${verdict.cpu.small.toFixed(2)} → ${verdict.cpu.large.toFixed(2)} ms, outside noise`);
    if (verdict.errors > 0) lines.push(`${verdict.label}: ${verdict.errors} failed requests`);
  }
  if (fanOut === null) lines.push("fan-out post: not measured");
  else if (!fanOutPass(fanOut.plainMs, fanOut.channelMs))
    lines.push(`fan-out post: @channel reply ${(fanOut.channelMs / fanOut.plainMs).toFixed(2)}× a plain reply (${FAN_OUT_RATIO}× allowed)`);
  for (const job of jobs) {
    if (job.failure !== undefined) lines.push(`${job.job}: the run failed (${job.failure})`);
    else if (!jobPass(job)) lines.push(`${job.job}: headroom ${jobHeadroom(job).toFixed(2)}× (${JOB_HEADROOM}× needed)`);
  }
  return lines;
}
