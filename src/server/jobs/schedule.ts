/**
 * When each job runs: the Cron Triggers of wrangler.toml [triggers], in UTC, one job per
 * expression (tests/unit/jobs/schedule.test.ts keeps the two lists equal). Separate triggers
 * give each job its own invocation — its own CPU budget and its own success or failure in the
 * dashboard — so a slow ring scan never starves the hourly prune.
 */
export const JOB_NAMES = ["prune", "vote-rings", "digest", "evidence", "reply-mail"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const CRON_JOBS: Readonly<Record<string, JobName>> = {
  // Hourly, off the hour: expired sessions, spent email tokens, closed rate-limit windows.
  "17 * * * *": "prune",
  // Daily at 09:43 UTC (04:43 in New York, 01:43 in Los Angeles): the forum's quietest hour.
  "43 9 * * *": "vote-rings",
  // Every 10 minutes from 11:00 to 12:50 UTC (07:00–08:50 in New York, 04:00–05:50 in Los
  // Angeles): email digests land before the clinic day. Each run sends at most 3,000 (Resend batches of 100) and leaves
  // the rest to the next; a run finds only members still owed one, so twelve runs a morning are
  // capacity and retries, never a second digest.
  "*/10 11-12 * * *": "digest",
  // Daily at 07:29 UTC: evidence cards still pending are filled and works cited in the last two
  // years re-checked for retractions (src/server/evidence/recheck-job.ts), before the US day.
  "29 7 * * *": "evidence",
  // Every 10 minutes, all day: the bundled mail about replies and mentions for members who chose
  // "immediate" (ADR 0030). The period is the bundle: at most one mail per member per 10 minutes.
  "*/10 * * * *": "reply-mail",
};

const HOUR = 3_600_000;

/**
 * How long after its last success (or, never having run, after the health check first expected
 * it) a job counts as overdue on `/api/health/jobs`. Rule: two missed runs of the hourly job,
 * six of the 10-minute one, or one missed day of a daily one, plus slack for a slow run: soon enough to act the same day, late
 * enough that one retried failure does not page anyone.
 */
export const JOB_OVERDUE_AFTER_MS: Readonly<Record<JobName, number>> = {
  prune: 2.5 * HOUR,
  "vote-rings": 25 * HOUR,
  digest: 25 * HOUR,
  evidence: 25 * HOUR,
  // Six missed runs: an hour of replies not mailed is worth a look, one failed run is not.
  "reply-mail": 1 * HOUR,
};

/** The job a trigger runs. An unknown expression is a deployment mistake: fail loudly. */
export function jobForCron(cron: string): JobName {
  const job = CRON_JOBS[cron];
  if (!job) throw new Error(`No job is scheduled for cron "${cron}" (known: ${Object.keys(CRON_JOBS).join(", ")}).`);
  return job;
}
