import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { jobRuns } from "../db/schema";
import { JOB_NAMES, JOB_OVERDUE_AFTER_MS, type JobName } from "./schedule";

/**
 * A dead man's switch for the Cron Triggers. Cloudflare shows a failed invocation in its dashboard
 * but sends no alert, and a trigger that stops firing (removed by a deploy, an account limit)
 * fails nothing at all. So each run records its outcome here, and `/api/health/jobs` answers 503
 * when a job has not succeeded within its allowance (schedule.ts JOB_OVERDUE_AFTER_MS): any
 * uptime monitor polling that address becomes the alert (docs/deploy.md, "Logs and alerts").
 */

/** `backlog`: work a successful run left for the next (e.g. vote-ring ledger rows), kept as job_runs.last_backlog. */
export type JobOutcome = { ok: true; backlog?: number } | { ok: false; failure: string };

/** The longest failure text kept: enough for an error class and its message. */
const FAILURE_MAX_LENGTH = 300;

/**
 * Every scheduled job not in the table yet, registered as expected from `now` (insert or ignore):
 * each run registers them all, so a job added by a deploy that never runs turns overdue after its
 * allowance instead of going unnoticed. (The first migration registered the jobs known then.)
 */
function registerJobs(db: Database, now: number) {
  return JOB_NAMES.map((job) => db.insert(jobRuns).values({ job, registeredAt: now }).onConflictDoNothing());
}

/**
 * Records a run's outcome. Rule: it never throws — a heartbeat that cannot be written (the
 * database being what failed) must not hide the job's own error; the missing success shows up
 * as overdue instead.
 */
export async function recordJobOutcome(db: Database, job: JobName, now: number, outcome: JobOutcome): Promise<void> {
  const failure = outcome.ok ? null : outcome.failure.slice(0, FAILURE_MAX_LENGTH);
  try {
    const [first, ...rest] = registerJobs(db, now);
    await db.batch([
      first!,
      ...rest,
      db
        .update(jobRuns)
        .set(outcome.ok ? { lastSucceededAt: now, lastBacklog: outcome.backlog ?? null } : { lastFailedAt: now, lastFailure: failure })
        .where(sql`${jobRuns.job} = ${job}`),
    ]);
  } catch {
    // See the rule above: the job's own outcome is what the caller reports.
  }
}

/** How a thrown job error is kept: class and message only (job errors carry no member data). */
export function describeJobFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export interface JobHeartbeat {
  job: JobName;
  lastSucceededAt: number | null;
  lastFailedAt: number | null;
  /** Work the last successful run left for the next, where the job tracks it (vote rings: ledger rows). */
  backlog: number | null;
  overdue: boolean;
}

export type JobsHealth = { ok: boolean; jobs: JobHeartbeat[]; reason?: string };

const hoursAgo = (now: number, at: number) => `${Math.max(0, (now - at) / 3_600_000).toFixed(1)} h ago`;

/**
 * Every scheduled job's heartbeat, in one read (it writes nothing: an address anyone may poll
 * must not change data). A job with no row yet was added by a deploy since the last run of any
 * job: it is reported, not overdue, until a run registers it. ok only when no job is overdue.
 */
export async function checkJobHeartbeats(db: Database, now: number): Promise<JobsHealth> {
  const rows = await db
    .select()
    .from(jobRuns)
    .where(
      sql`${jobRuns.job} in (${sql.join(
        JOB_NAMES.map((job) => sql`${job}`),
        sql`, `,
      )})`,
    );
  const byJob = new Map(rows.map((row) => [row.job, row]));
  const jobs = JOB_NAMES.map((job): JobHeartbeat => {
    const row = byJob.get(job);
    const since = row ? (row.lastSucceededAt ?? row.registeredAt) : now;
    return {
      job,
      lastSucceededAt: row?.lastSucceededAt ?? null,
      lastFailedAt: row?.lastFailedAt ?? null,
      backlog: row?.lastBacklog ?? null,
      overdue: now - since > JOB_OVERDUE_AFTER_MS[job],
    };
  });
  const overdue = jobs.filter((heartbeat) => heartbeat.overdue);
  if (overdue.length === 0) return { ok: true, jobs };
  const reason = `Overdue: ${overdue
    .map(
      (heartbeat) =>
        `${heartbeat.job} (${heartbeat.lastSucceededAt === null ? "never succeeded" : `last success ${hoursAgo(now, heartbeat.lastSucceededAt)}`}${heartbeat.lastFailedAt !== null && heartbeat.lastFailedAt > (heartbeat.lastSucceededAt ?? 0) ? `, last failure ${hoursAgo(now, heartbeat.lastFailedAt)}` : ""})`,
    )
    .join("; ")}.`;
  return { ok: false, jobs, reason };
}
