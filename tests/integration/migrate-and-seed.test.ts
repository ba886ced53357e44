import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { drizzleOver } from "../../src/server/db/client";
import { channelCatalog } from "../../src/server/forum/channel-catalog";
import { seedDemoCommunity } from "../../scripts/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";
import { startTestLibsqlServer } from "../support/libsql-server-harness";

const run = promisify(execFile);
const now = Date.UTC(2026, 10, 1, 12);

describe("npm run db:migrate", () => {
  it("migrates a database over HTTP through the local libSQL server, twice without harm", async () => {
    const server = await startTestLibsqlServer({ authToken: "local-secret" });
    try {
      const env = { ...process.env, DATABASE_URL: server.url, DATABASE_AUTH_TOKEN: "local-secret" };
      for (let attempt = 0; attempt < 2; attempt++) {
        const { stdout } = await run("node_modules/.bin/tsx", ["scripts/migrate.ts"], { env });
        expect(stdout).toContain(`Migrated ${server.url}`);
      }
      const db = drizzleOver(server.client());
      const [row] = await db.all<{ count: number }>(sql`select count(*) as count from channels`);
      expect(row?.count).toBe(channelCatalog.length);
    } finally {
      await server.close();
    }
  }, 60_000);

  it("names the database and the cause when migration fails, without printing the token", async () => {
    const env = { ...process.env, DATABASE_URL: "http://127.0.0.1:9", DATABASE_AUTH_TOKEN: "do-not-print" };
    const failure = await run("node_modules/.bin/tsx", ["scripts/migrate.ts"], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("Migration failed on http://127.0.0.1:9");
    expect((failure as { stderr: string }).stderr).not.toContain("do-not-print");
  }, 60_000);
});

describe("the demo seed", () => {
  const first = createTestDatabase();
  const second = createTestDatabase();
  afterAll(() => {
    first.client.close();
    second.client.close();
  });

  const snapshot = async (handle: typeof first) => {
    const threads = await handle.client.execute("select id, channel_id, title, body_source, score, comment_count, hot_rank from threads order by id");
    const comments = await handle.client.execute("select id, thread_id, parent_id, depth, body_source, score from comments order by id");
    return JSON.stringify([threads.rows, comments.rows]);
  };

  it("writes about 30 physicians, 200 threads and 2,000 replies with consistent counters", async () => {
    const result = await seedDemoCommunity(first.db, { now });
    expect(result.status).toBe("seeded");
    expect(result.counts).toMatchObject({ physicians: 30, threads: 200, replies: 2000 });
    expect(result.logins[0]).toEqual({ email: "admin@example.org", pseudonym: "rounds_admin", role: "admin" });
    const mismatched = await first.client.execute(`
      select count(*) as n from threads t where
        t.comment_count != (select count(*) from comments c where c.thread_id = t.id and c.deleted_at is null)
        or t.score != (select coalesce(sum(value), 0) from votes v where v.target_type = 'thread' and v.target_id = t.id)`);
    expect(mismatched.rows[0]?.n).toBe(0);
    const channelsMismatched = await first.client.execute(
      "select count(*) as n from channels ch where ch.thread_count != (select count(*) from threads t where t.channel_id = ch.id)",
    );
    expect(channelsMismatched.rows[0]?.n).toBe(0);
    const selfVotes = await first.client.execute(
      "select count(*) as n from votes v join threads t on v.target_type = 'thread' and t.id = v.target_id where v.voter_id = t.author_id",
    );
    expect(selfVotes.rows[0]?.n).toBe(0);
    const maxDepth = await first.client.execute("select max(depth) as d from comments");
    expect(Number(maxDepth.rows[0]?.d)).toBeLessThanOrEqual(5);
  }, 60_000);

  it("shows a few evidence cards from stored metadata, one of them retracted, without asking any source", async () => {
    const cards = await first.client.execute(`
      select r.state, r.retracted, count(*) as citations from post_citations pc join evidence_references r on r.id = pc.reference_id
      group by r.id order by r.id`);
    expect(cards.rows.length).toBe(4);
    expect(cards.rows.every((row) => row.state === "found")).toBe(true);
    expect(cards.rows.filter((row) => Number(row.retracted) === 1).length).toBe(1);
    expect(cards.rows.every((row) => Number(row.citations) >= 1)).toBe(true);
  });

  it("writes the same community from the same seed and clock", async () => {
    await seedDemoCommunity(second.db, { now });
    expect(await snapshot(second)).toBe(await snapshot(first));
  }, 60_000);

  it("changes nothing when the demo is already there", async () => {
    const before = await snapshot(first);
    const again = await seedDemoCommunity(first.db, { now: now + 1000 });
    expect(again.status).toBe("already-seeded");
    expect(await snapshot(first)).toBe(before);
  }, 60_000);
});
