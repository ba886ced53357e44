import { copyFileSync } from "node:fs";
import Database from "libsql";
import { createDb } from "../../src/server/db/client";
import { digestSettingsFrom } from "../../src/server/digest/settings";
import { digestDefaults } from "../../src/server/digest/run-digests";
import { pruneDefaults } from "../../src/server/jobs/prune";
import { runJob } from "../../src/server/jobs/run-job";
import { RING_MAX_ROWS_PER_RUN } from "../../src/server/moderation/vote-ring-increment";
import { startResendStub } from "../../tests/support/resend-stub-server";
import { startLibsqlServerProcess } from "../lib/processes";
import { removeDatabaseFiles } from "./dataset";
import type { MemberDatasetInfo } from "./member-dataset";
import type { JobMeasurement } from "./member-targets";

/**
 * The scheduled jobs on the member-scale file, each run once as its Cron Trigger runs it (runJob,
 * the Worker's and the npm scripts' entry point) through the local libSQL server over HTTP, as
 * the Worker reaches Turso. They run on a scratch copy of the file, so the cached one stays as
 * built and every bench run times the same work: a day after the data set's clock, when
 * - the vote-ring job folds in one day of votes (cast by SQL with the ledger triggers on, as
 *   castVote's inserts fire them) and drops the day that left the 90-day window;
 * - the prune job finds a day's expired sessions (the build spreads expiry over 30 days);
 * - the digest job sends one run's digests to a stand-in Resend server on 127.0.0.1
 *   (tests/support/resend-stub-server.ts) with the production pause between batch requests.
 * What a day needs is computed from the file: the digests owed a day (daily members, and weekly
 * members over seven), a day's ledger rows, a day's expired sessions.
 */

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
/** Runs a day, from wrangler.toml's crons (schedule.ts): digest every 10 min 11:00–12:50. */
const DIGEST_RUNS_PER_DAY = 12;

export interface JobsResult {
  jobs: JobMeasurement[];
  /** Digest details for the throughput line (null: the run failed, see jobs). */
  digest: null | { sent: number; runMs: number; needPerDay: number; perHourCapacity: number; perHourNeed: number; requests: number; left: number };
  ring: null | { dayVotes: number; added: number; dropped: number; steps: number; behind: number; runMs: number };
  prune: null | { sessions: number; runMs: number; complete: boolean };
}

/**
 * A scratch copy of the member-scale file for what writes (the fan-out post, the jobs), so the
 * cached file stays as built and every run measures the same data. Removed by the caller.
 */
export function makeScratchCopy(file: string, scratchFile: string): void {
  const source = new Database(file);
  source.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  source.close();
  removeDatabaseFiles(scratchFile);
  copyFileSync(file, scratchFile);
}

/** The jobs on `scratchFile` (see makeScratchCopy), a day after the data set's clock. */
export async function measureJobs(member: MemberDatasetInfo, scratchFile: string): Promise<JobsResult> {
  const jobNow = member.now + DAY;
  {
    // A day of votes, cast with the ledger triggers on: what the next daily run folds in.
    const dayVotes = Math.round(member.spec.votes / 365);
    const writer = new Database(scratchFile);
    const one = (query: string) => Number((writer.prepare(query).get() as { n?: unknown } | undefined)?.n ?? 0);
    const maxThread = one("select max(id) as n from threads");
    const maxComment = one("select max(id) as n from comments");
    const needPerDay = Number(
      (
        writer
          .prepare(
            `select sum(case digest_frequency when 'daily' then 1.0 when 'weekly' then 1.0 / 7 else 0 end) as n from users
              where verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null`,
          )
          .get() as { n: number }
      ).n,
    );
    writer.exec("begin");
    writer
      .prepare(
        `insert or ignore into votes (voter_id, target_type, target_id, value, created_at)
         with recursive k(i) as (select 1 union all select i + 1 from k where i < ${dayVotes}),
         drawn as materialized (select 201 + abs(random()) % ${member.counts.members - 200} as voter, abs(random()) % 4 as kind, abs(random()) as r, abs(random()) % 100 as up,
                          ${member.now} + abs(random()) % ${DAY} as at from k)
         select voter, case when kind = 0 then 'thread' else 'comment' end, case when kind = 0 then r % ${maxThread} + 1 else r % ${maxComment} + 1 end,
                case when up < 85 then 1 else -1 end, at from drawn where true`,
      )
      .run();
    writer.exec("commit");
    writer.close();

    const server = await startLibsqlServerProcess({ file: scratchFile });
    const stub = await startResendStub();
    const { db, client } = createDb(server.url);
    try {
      // Each job on its own: one that fails (a statement past the 10 s database deadline) is
      // reported with its cause, and the others are still measured.
      const attempt = async <T>(work: () => Promise<T>): Promise<{ value: T } | { failure: string }> => {
        try {
          return { value: await work() };
        } catch (error) {
          return { failure: describeFailure(error) };
        }
      };
      const rings = await attempt(async () => {
        const run = await runJob(db, "vote-rings", jobNow);
        if (run.job !== "vote-rings") throw new Error("runJob answered for another job.");
        return run;
      });
      const prune = await attempt(async () => {
        const run = await runJob(db, "prune", jobNow);
        if (run.job !== "prune") throw new Error("runJob answered for another job.");
        return run;
      });
      const env = {
        DATABASE_URL: server.url,
        MAIL_TRANSPORT: "resend",
        RESEND_API_KEY: "re_bench_not_a_key",
        RESEND_BASE_URL: stub.baseUrl,
        MAIL_FROM: "Rounds <no-reply@rounds.example>",
        SITE_URL: "https://rounds.example",
        SIGNING_SECRET: "bench-signing-secret-of-at-least-32-characters",
      };
      const digest = await attempt(async () => {
        const run = await runJob(db, "digest", jobNow, { digest: () => digestSettingsFrom(env) });
        if (run.job !== "digest") throw new Error("runJob answered for another job.");
        return run;
      });

      const perRun = pruneDefaults.batchSize * pruneDefaults.maxBatches;
      const failed = (job: string, intervalMs: number, unit: string, failure: string): JobMeasurement => ({
        job,
        runMs: Number.NaN,
        intervalMs,
        needPerDay: Number.NaN,
        capacityPerDay: Number.NaN,
        unit,
        failure,
      });
      const ringJob = "vote-rings (daily 09:43)";
      const pruneJob = "prune (hourly)";
      const digestJob = "digest (every 10 min, 11:00-12:50)";
      // A run that reached its cap shows what a run sends; one that served everyone owed (a
      // scaled-down file) did not reach it, and a full run is taken as its cap.
      const digestPerRun = "value" in digest ? (digest.value.result.left > 0 ? digest.value.result.sent : digestDefaults.maxMembers) : 0;
      const jobs: JobMeasurement[] = [
        "value" in rings
          ? {
              job: ringJob,
              runMs: rings.value.ms,
              intervalMs: DAY,
              needPerDay: rings.value.result.counts.added + rings.value.result.counts.dropped,
              capacityPerDay: RING_MAX_ROWS_PER_RUN,
              unit: "ledger rows",
            }
          : failed(ringJob, DAY, "ledger rows", rings.failure),
        "value" in prune
          ? { job: pruneJob, runMs: prune.value.ms, intervalMs: HOUR, needPerDay: prune.value.result.sessions, capacityPerDay: 24 * perRun, unit: "expired sessions" }
          : failed(pruneJob, HOUR, "expired sessions", prune.failure),
        "value" in digest
          ? { job: digestJob, runMs: digest.value.ms, intervalMs: 10 * 60_000, needPerDay, capacityPerDay: DIGEST_RUNS_PER_DAY * digestPerRun, unit: "digests" }
          : failed(digestJob, 10 * 60_000, "digests", digest.failure),
      ];
      return {
        jobs,
        digest:
          "value" in digest
            ? {
                sent: digest.value.result.sent,
                runMs: digest.value.ms,
                needPerDay,
                perHourCapacity: 6 * digestPerRun,
                perHourNeed: needPerDay / 2,
                requests: stub.requests.length,
                left: digest.value.result.left,
              }
            : null,
        ring:
          "value" in rings
            ? {
                dayVotes,
                added: rings.value.result.counts.added,
                dropped: rings.value.result.counts.dropped,
                steps: rings.value.result.counts.steps,
                behind: rings.value.result.counts.behind,
                runMs: rings.value.ms,
              }
            : null,
        prune: "value" in prune ? { sessions: prune.value.result.sessions, runMs: prune.value.ms, complete: prune.value.result.complete } : null,
      };
    } finally {
      client.close();
      await stub.close();
      await server.stop();
    }
  }
}

/** The error and its causes in one line (drizzle wraps the driver's error as "Failed query: …"). */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    const message = current.message.startsWith("Failed query:") ? `Failed query: ${current.message.split("\n")[1]?.trim().slice(0, 80) ?? ""}…` : current.message;
    parts.push(message.replaceAll(/\s+/g, " ").trim());
  }
  return parts.join(" ← ") || String(error);
}
