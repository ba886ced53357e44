import { sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { afterAll, describe, expect, it } from "vitest";
import { channels } from "../../src/server/db/schema";
import { pinnedThreadsQuery } from "../../src/server/forum/channel-page";
import { feedQuery, feedSorts, topPeriods, type TopPeriod } from "../../src/server/forum/feeds";
import { channelReadStatement } from "../../src/server/forum/read-positions";
import { fanOutChunkStatements } from "../../src/server/notifications/channel-fan-out";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

/** Every feed must stay an index range scan as the forum grows: no full scan, no sort step. */
async function planOf(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql: text, params } = query.toSQL();
  const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never });
  return result.rows.map((row) => String(row.detail));
}

function expectIndexRangeScan(plan: string[]) {
  const threadsSteps = plan.filter((step) => /^(SCAN|SEARCH) threads\b/.test(step));
  expect(threadsSteps.length, plan.join("\n")).toBeGreaterThan(0);
  for (const step of threadsSteps) expect(step, plan.join("\n")).toMatch(/USING (COVERING )?INDEX threads_/);
  expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
  expect(plan.filter((step) => /^SCAN threads\b(?! USING)/.test(step))).toEqual([]);
}

describe("feed query plans", () => {
  const cursor = { key: 1, id: 1 };
  const channelId = sql`(select ${channels.id} from ${channels} where ${channels.slug} = ${"cardiology"})`;
  for (const sort of feedSorts) {
    it(`uses an index without a sort step for the ${sort} feed across channels`, async () => {
      expectIndexRangeScan(await planOf(feedQuery(db, { sort })));
      expectIndexRangeScan(await planOf(feedQuery(db, { sort, cursor })));
    });
    it(`uses an index without a sort step for the ${sort} feed of one channel`, async () => {
      expectIndexRangeScan(await planOf(feedQuery(db, { sort, channelId })));
      expectIndexRangeScan(await planOf(feedQuery(db, { sort, channelId, cursor })));
    });
  }
  for (const period of Object.keys(topPeriods) as TopPeriod[]) {
    it(`walks the score index without a sort step for the top feed of the ${period}`, async () => {
      const now = Date.UTC(2026, 10, 1);
      expectIndexRangeScan(await planOf(feedQuery(db, { sort: "top", period, now, cursor })));
      expectIndexRangeScan(await planOf(feedQuery(db, { sort: "top", period, now, channelId, cursor })));
    });
  }
  for (const period of (Object.keys(topPeriods) as TopPeriod[]).filter((name) => topPeriods[name] > 0)) {
    it(`merges two walks of the ${period}'s bucket index, home and channel, first page and later`, async () => {
      const now = Date.UTC(2026, 10, 1);
      for (const [channel, index] of [
        [undefined, `threads_top_${period}_idx`],
        [channelId, `threads_channel_top_${period}_idx`],
      ] as const) {
        for (const after of [undefined, cursor]) {
          const plan = await planOf(feedQuery(db, { sort: "top", period, now, channelId: channel, cursor: after }));
          const text = plan.join("\n");
          expect(text).toMatch(/MERGE \(UNION ALL\)/);
          const threadSteps = plan.filter((step) => /^(SCAN|SEARCH) threads\b/.test(step));
          expect(threadSteps, text).toHaveLength(2);
          for (const step of threadSteps) expect(step, text).toMatch(new RegExp(`^SEARCH threads USING INDEX ${index} \\((channel_id=\\? AND )?<expr>=\\?`));
          expect(text).not.toMatch(/TEMP B-TREE/);
        }
      }
    });
  }
  for (const sort of feedSorts) {
    it(`looks up the viewer's read position of each listed thread by its primary key (${sort})`, async () => {
      for (const query of [feedQuery(db, { sort, viewerId: 7 }), feedQuery(db, { sort, channelId, cursor, viewerId: 7 })]) {
        const plan = await planOf(query);
        expectIndexRangeScan(plan);
        const readsStep = plan.find((step) => /\bthread_reads\b/.test(step));
        expect(readsStep, plan.join("\n")).toMatch(/^SEARCH thread_reads USING (COVERING )?INDEX sqlite_autoindex_thread_reads_1 \(user_id=\? AND thread_id=\?\)/);
      }
    });
  }
  it("marks a channel read walking only that channel's threads, and each thread's replies by index", async () => {
    const query = new SQLiteAsyncDialect().sqlToQuery(channelReadStatement(7, 3, Date.UTC(2026, 10, 1)));
    const plan = await planOf({ toSQL: () => ({ sql: query.sql, params: query.params }) });
    const text = plan.join("\n");
    expect(text).toMatch(/SEARCH threads USING INDEX threads_channel_\w+ \(channel_id=\?/);
    expect(text).toMatch(/SEARCH comments USING (COVERING )?INDEX comments_thread_idx \(thread_id=\?\)/);
    expect(text).not.toMatch(/SCAN (threads|comments)\b/);
  });
  it("reads a channel's pinned threads through the partial pinned index", async () => {
    for (const laterPage of [false, true]) {
      const plan = await planOf(pinnedThreadsQuery(db, channelId, laterPage));
      expect(plan.join("\n")).toMatch(/USING INDEX threads_channel_pinned_idx/);
      expectIndexRangeScan(plan);
    }
  });
  it("walks a channel's followers by index in each chunk of a channel fan-out, probing each follower by key", async () => {
    const { notify, advance } = fanOutChunkStatements({ kind: "channel_mention", threadId: 3, channelId: 2, cursor: 40 }, Date.UTC(2026, 10, 1), 1000);
    const planFor = (statement: typeof notify) => {
      const query = new SQLiteAsyncDialect().sqlToQuery(statement);
      return planOf({ toSQL: () => ({ sql: query.sql, params: query.params }) });
    };
    const notifyPlan = (await planFor(notify)).join("\n");
    expect(notifyPlan).toMatch(/SEARCH channel_follows USING COVERING INDEX channel_follows_channel_user_idx \(channel_id=\? AND user_id>\?\)/);
    expect(notifyPlan).toMatch(/SEARCH mentioned USING INDEX notifications_mention_idx \(user_id=\? AND thread_id=\?\)/);
    expect(notifyPlan).toMatch(/SEARCH live USING INTEGER PRIMARY KEY/);
    expect(notifyPlan).not.toMatch(/SCAN (channel_follows|users|notifications|live|mentioned)\b|TEMP B-TREE/);
    const advancePlan = (await planFor(advance)).join("\n");
    expect(advancePlan).toMatch(/channel_follows_channel_user_idx/);
    expect(advancePlan).not.toMatch(/SCAN (channel_follows|channel_mentions)\b|TEMP B-TREE/);
  });
});
