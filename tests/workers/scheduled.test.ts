import { env, SELF } from "cloudflare:test";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { CRON_JOBS } from "../../src/server/jobs/schedule";

declare module "cloudflare:test" {
  interface ProvidedEnv {
    DATABASE_URL: string;
  }
}

/**
 * In @cloudflare/vitest-pool-workers 0.12, `SELF.scheduled(x)` is an RPC call that hands `x` to
 * the built Worker's `scheduled` export as its controller (so it must be a plain, serializable
 * object: a createScheduledController() instance is refused), and it resolves or rejects with
 * the handler. The stable workers-types do not declare `scheduled` on Fetcher, hence this view.
 */
interface ScheduledFetcher {
  scheduled(controller: Pick<ScheduledController, "cron" | "scheduledTime">): Promise<unknown>;
}
const worker = SELF as unknown as ScheduledFetcher;
const cronOf = (job: string) => Object.entries(CRON_JOBS).find(([, name]) => name === job)![0];

// The database of the workers set-up, over the libSQL HTTP protocol as the Worker sees it.
const { client } = createDb(env.DATABASE_URL);
afterAll(() => client.execute("delete from sessions where id like 'scheduled-test-%'"));

describe("the built Worker's scheduled handler", () => {
  it("prunes expired sessions on the hourly trigger and keeps live ones", async () => {
    const now = Date.now();
    const [user] = (await client.execute("select id from users where pseudonym = 'workerd_tester'")).rows;
    const userId = Number(user!.id);
    const insert = "insert into sessions (id, user_id, created_at, expires_at, absolute_expires_at) values (?, ?, ?, ?, ?)";
    await client.batch([
      { sql: insert, args: ["scheduled-test-expired", userId, now - 40 * 86_400_000, now - 60_000, now + 86_400_000] },
      { sql: insert, args: ["scheduled-test-live", userId, now - 60_000, now + 86_400_000, now + 2 * 86_400_000] },
    ]);

    await worker.scheduled({ cron: cronOf("prune"), scheduledTime: now });
    const left = await client.execute("select id from sessions where id like 'scheduled-test-%' order by id");
    expect(left.rows.map((row) => row.id)).toEqual(["scheduled-test-live"]);
    // The heartbeat /api/health/jobs reads (src/server/jobs/heartbeat.ts), at the scheduled time.
    const heartbeat = await client.execute("select last_succeeded_at from job_runs where job = 'prune'");
    expect(Number(heartbeat.rows[0]!.last_succeeded_at)).toBe(now);
  });

  it("runs the vote-ring scan on the daily trigger (nothing to report in the fixture forum)", async () => {
    await worker.scheduled({ cron: cronOf("vote-rings"), scheduledTime: Date.now() });
    const reports = await client.execute("select count(*) as n from vote_ring_reports");
    expect(Number(reports.rows[0]!.n)).toBe(0);
  });

  it("runs the evidence re-check on its daily trigger, and a source that refuses leaves the work pending", async () => {
    const now = Date.now();
    const [thread] = (await client.execute("select id, created_at from threads order by id limit 1")).rows;
    await client.batch([
      { sql: "insert into evidence_references (kind, identifier, state, created_at) values ('pmid', '36999999', 'pending', ?) on conflict do nothing", args: [now] },
      {
        sql: "insert into post_citations (thread_id, comment_id, reference_id, position, cited_at) select ?, null, id, 0, ? from evidence_references where kind = 'pmid' and identifier = '36999999'",
        args: [Number(thread!.id), now],
      },
    ]);
    await worker.scheduled({ cron: cronOf("evidence"), scheduledTime: now });
    const [row] = (await client.execute("select state, failures from evidence_references where identifier = '36999999'")).rows;
    expect({ state: row!.state, failures: Number(row!.failures) }).toEqual({ state: "pending", failures: 1 });
  });

  it("fails an invocation whose cron expression runs no job", async () => {
    await expect(worker.scheduled({ cron: "0 0 1 1 *", scheduledTime: Date.now() })).rejects.toThrow(/No job is scheduled for cron "0 0 1 1 \*"/);
  });
});
