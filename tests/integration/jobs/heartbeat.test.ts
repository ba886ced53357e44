import { afterAll, describe, expect, it, vi } from "vitest";
import { createApiApp } from "../../../functions/api";
import { checkJobHeartbeats } from "../../../src/server/jobs/heartbeat";
import { runJob } from "../../../src/server/jobs/run-job";
import { JOB_NAMES, JOB_OVERDUE_AFTER_MS } from "../../../src/server/jobs/schedule";
import { createOutboxTransport } from "../../../src/server/mail/outbox-transport";
import { createTestDatabase } from "../../support/test-database";

const HOUR = 3_600_000;
const handles: ReturnType<typeof createTestDatabase>[] = [];
afterAll(() => {
  for (const handle of handles) handle.client.close();
});
function freshDatabase() {
  const handle = createTestDatabase();
  handles.push(handle);
  return handle;
}

/** The mail jobs' settings; with no member owed mail, the reply-mail job sends nothing and succeeds. */
const mailSettings = {
  digest: () => ({ services: { siteUrl: "https://rounds.test", signingSecret: "heartbeat-tests-signing-secret-0123456789", mail: createOutboxTransport() } }),
};

/**
 * As if the migration that registers the jobs had run at `at` (it registers them at its own
 * "now", the real clock, which the tests' fixed dates are not).
 */
async function expectedFrom(handle: ReturnType<typeof freshDatabase>, at: number) {
  await handle.client.execute({ sql: "update job_runs set registered_at = ?", args: [at] });
}

/** Registers every job at `at` and runs those that need no outside service then. */
async function allSucceededAt(handle: ReturnType<typeof freshDatabase>, at: number) {
  await expectedFrom(handle, at);
  for (const job of ["prune", "vote-rings", "reply-mail"] as const) await runJob(handle.db, job, at, mailSettings);
}

describe("the scheduled jobs' heartbeat", () => {
  it("is healthy right after the jobs are first expected, before any has had time to run", async () => {
    const handle = freshDatabase();
    await expectedFrom(handle, Date.UTC(2026, 11, 1, 8));
    const report = await checkJobHeartbeats(handle.db, Date.UTC(2026, 11, 1, 8));
    expect(report.ok).toBe(true);
    expect(report.jobs.map((heartbeat) => heartbeat.job)).toEqual([...JOB_NAMES]);
  });

  it("names a job that never ran once its allowance has passed since it was first expected", async () => {
    const handle = freshDatabase();
    const { db } = handle;
    const first = Date.UTC(2026, 11, 1, 8);
    await expectedFrom(handle, first);
    await runJob(db, "vote-rings", first + HOUR);
    await runJob(db, "reply-mail", first + JOB_OVERDUE_AFTER_MS.prune, mailSettings);
    const report = await checkJobHeartbeats(db, first + JOB_OVERDUE_AFTER_MS.prune + HOUR);
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/^Overdue: prune \(never succeeded\)\.$/);
  });

  it("records a successful run, which keeps the job fresh until its allowance passes", async () => {
    const handle = freshDatabase();
    const { db } = handle;
    const at = Date.UTC(2026, 11, 2, 9);
    await allSucceededAt(handle, at);
    const healthy = await checkJobHeartbeats(db, at + 2 * HOUR);
    expect(healthy.jobs.find((heartbeat) => heartbeat.job === "prune")).toMatchObject({ lastSucceededAt: at, overdue: false });

    const late = await checkJobHeartbeats(db, at + 3 * HOUR);
    expect(late.jobs.find((heartbeat) => heartbeat.job === "prune")?.overdue).toBe(true);
    expect(late.jobs.find((heartbeat) => heartbeat.job === "vote-rings")?.overdue).toBe(false);
  });

  it("records a failed run and still fails it, and says when the last failure was", async () => {
    const handle = freshDatabase();
    const { db, client } = handle;
    const at = Date.UTC(2026, 11, 3, 11);
    await expectedFrom(handle, at - 30 * HOUR);
    await expect(runJob(db, "digest", at)).rejects.toThrow(/needs its settings/);
    const row = (await client.execute("select last_succeeded_at, last_failed_at, last_failure from job_runs where job = 'digest'")).rows[0]!;
    expect(row.last_succeeded_at).toBeNull();
    expect(row.last_failed_at).toBe(at);
    expect(String(row.last_failure)).toMatch(/^Error: The digest job needs its settings/);

    const report = await checkJobHeartbeats(db, at + HOUR);
    expect(report.reason).toContain("digest (never succeeded, last failure 1.0 h ago)");
  });

  it("registers, at any job's run, a job a deploy added that has no row yet; reading health writes nothing", async () => {
    const handle = freshDatabase();
    const at = Date.UTC(2026, 11, 4, 9);
    await handle.client.execute("delete from job_runs where job <> 'prune'");
    const before = await checkJobHeartbeats(handle.db, at + 48 * HOUR);
    expect(before.jobs.find((heartbeat) => heartbeat.job === "evidence")?.overdue).toBe(false);
    expect(Number((await handle.client.execute("select count(*) as n from job_runs")).rows[0]!.n)).toBe(1);
    await runJob(handle.db, "prune", at);
    const registered = await handle.client.execute("select job, registered_at from job_runs order by job");
    expect(registered.rows.map((row) => row.job)).toEqual([...JOB_NAMES].sort());
    const later = await checkJobHeartbeats(handle.db, at + JOB_OVERDUE_AFTER_MS.evidence + HOUR);
    expect(later.jobs.find((heartbeat) => heartbeat.job === "evidence")?.overdue).toBe(true);
  });

  it("keeps the job's own error when the heartbeat cannot be written", async () => {
    const { db, client } = freshDatabase();
    await client.execute("drop table job_runs");
    const failing = vi.fn();
    await runJob(db, "digest", Date.now()).catch(failing);
    expect(String(failing.mock.calls[0]?.[0])).toMatch(/needs its settings/);
    await expect(runJob(db, "vote-rings", Date.now())).resolves.toMatchObject({ job: "vote-rings" });
  });

  it("answers /api/health/jobs with 200 while fresh and 503 naming the overdue job, never the failure text", async () => {
    const handle = freshDatabase();
    const { db, file } = handle;
    const env = { DATABASE_URL: `file:${file}` };
    const long = Date.now() - 3 * HOUR;
    await allSucceededAt(handle, long);
    await runJob(db, "digest", long).catch(() => undefined);
    // The 10-minute job has an allowance of an hour: kept fresh here, so only prune is overdue.
    await runJob(db, "reply-mail", Date.now(), mailSettings);
    const response = await createApiApp().request("/api/health/jobs", {}, env);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { ok: boolean; reason: string; jobs: { job: string; overdue: boolean }[] };
    expect(body.ok).toBe(false);
    expect(body.reason).toMatch(/^Overdue: prune \(last success 3\.0 h ago\)\.$/);
    expect(JSON.stringify(body)).not.toContain("needs its settings");

    await runJob(db, "prune", Date.now());
    const fresh = await createApiApp().request("/api/health/jobs", {}, env);
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toMatchObject({ ok: true, jobs: expect.arrayContaining([expect.objectContaining({ job: "prune", overdue: false })]) });
  });
});
