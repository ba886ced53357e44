// npm run bench:rings — times the vote-ring job's daily increment against the full recount it
// replaced (ADR 0031), on a generated data set in a temporary file: members, threads and replies
// written in bulk, a few hundred thousand votes over the 90-day window. Quick on purpose (about a
// minute); the member-scale numbers belong to `npm run bench`. Prints counts and times only.
//   --members 2000 --threads 20000 --votes 400000 --days 3
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createDb, type Database } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { importUsers } from "../src/server/forum/import-community";
import { findSuspiciousEdges, listCells } from "../src/server/moderation/vote-ring-counts";
import { advanceVoteRingCounts, rebuildVoteRingCounts, RING_MAX_ROWS_PER_RUN, RING_STEP_ROWS } from "../src/server/moderation/vote-ring-increment";
import { detectVoteRings, voteRingDefaults } from "../src/server/moderation/vote-rings";

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "2000" },
    threads: { type: "string", default: "20000" },
    votes: { type: "string", default: "400000" },
    days: { type: "string", default: "3" },
  },
});
const MEMBERS = Number(values.members);
const THREADS = Number(values.threads);
const VOTES = Number(values.votes);
const DAYS = Number(values.days);
const DAY = 24 * 3600_000;
const WINDOW = voteRingDefaults.windowMs;
/** The data set's "today": votes span the window and ten days before it. */
const today = Date.UTC(2026, 10, 1, 9, 43);

const dir = mkdtempSync(join(tmpdir(), "bench-rings-"));
const { db, client } = createDb(`file:${join(dir, "bench-rings.db")}`);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

const count = async (query: ReturnType<typeof sql>) => Number((await db.all<{ n: number }>(query))[0]?.n ?? 0);

/**
 * `n` random votes (85% up) cast between `from` and `to`, written in bulk by SQL (the votes'
 * triggers run as for any insert); a repeat of a member and post replaces the earlier vote, as
 * castVote does.
 */
async function castRandomVotes(target: Database, n: number, from: number, to: number): Promise<void> {
  const chunk = 50_000;
  for (let done = 0; done < n; done += chunk) {
    const size = Math.min(chunk, n - done);
    await target.run(sql`
      with recursive k(i) as (select 1 union all select i + 1 from k where i < ${size}),
      drawn as materialized (select abs(random()) % ${MEMBERS} + 1 as voter_id, abs(random()) % 4 as kind, abs(random()) as r, abs(random()) % 100 as up, ${from} + abs(random()) % ${to - from} as created_at from k)
      insert into votes (voter_id, target_type, target_id, value, created_at)
      select voter_id, case when kind = 0 then 'thread' else 'comment' end,
             case when kind = 0 then r % ${THREADS} + 1 else r % ${THREADS * 3} + 1 end,
             case when up < 85 then 1 else -1 end, created_at
        from drawn where true
      on conflict (voter_id, target_type, target_id) do update set value = excluded.value, created_at = excluded.created_at`);
  }
}

/** Changes of mind on `n` random votes each: withdrawn, flipped (created_at moves to `at`). */
async function changeMinds(n: number, at: number): Promise<void> {
  await db.run(sql`delete from votes where rowid in (select rowid from votes order by random() limit ${n})`);
  await db.run(sql`update votes set value = -value, created_at = ${at} where rowid in (select rowid from votes order by random() limit ${n})`);
}

async function build(): Promise<void> {
  await migrateDatabase(db, today);
  const members = Array.from({ length: MEMBERS }, (_, index) => ({
    pseudonym: `bench_${index}`,
    email: `bench${index}@example.org`,
    passwordHash: null,
    firstName: "Bench",
    lastName: `Member${index}`,
    npi: null,
    specialtySlug: "internal-medicine",
    licenceState: "MA",
    createdAt: today - 400 * DAY,
  }));
  await importUsers(db, members);
  // Threads and three replies each, in bulk: the analysis reads only authors and channels
  // (channel ids are contiguous: the migrations insert the catalogue in one go).
  await db.run(sql`
    with recursive k(i) as (select 1 union all select i + 1 from k where i < ${THREADS})
    insert into threads (id, channel_id, author_id, title, slug, body_source, body_html, hot_rank, created_at, last_activity_at)
    select i, (select min(id) from channels) + (i * 7) % (select count(*) from channels), (i * 31) % ${MEMBERS} + 1,
           'Bench thread ' || i, 'bench-thread-' || i, 'Body', '<p>Body</p>', 0, ${today - 120 * DAY} + i * 1000, ${today - 120 * DAY} + i * 1000 from k`);
  await db.run(sql`
    with recursive k(i) as (select 1 union all select i + 1 from k where i < ${THREADS * 3})
    insert into comments (id, thread_id, author_id, body_source, body_html, created_at)
    select i, (i - 1) / 3 + 1, (i * 17 + 5) % ${MEMBERS} + 1, 'Reply', '<p>Reply</p>', ${today - 120 * DAY} + i * 1000 from k`);
}

async function main(): Promise<void> {
  console.log(`Vote-ring bench: ${MEMBERS.toLocaleString("en-US")} members, ${THREADS.toLocaleString("en-US")} threads, ${(THREADS * 3).toLocaleString("en-US")} replies`);
  await build();

  // Votes over the window and ten days before it, as of the morning before the first day.
  const firstDay = today - DAYS * DAY;
  const inserted = await timed(() => castRandomVotes(db, VOTES, firstDay - WINDOW - 10 * DAY, firstDay));
  const upvotes = await count(sql`select count(*) as n from votes where value = 1 and created_at >= ${firstDay - WINDOW}`);
  console.log(
    `  ${(await count(sql`select count(*) as n from votes`)).toLocaleString("en-US")} votes written in ${inserted.ms} ms (triggers on), ${upvotes.toLocaleString("en-US")} upvotes in the window`,
  );

  // What the migration does once (and `npm run rings:rebuild` on demand).
  const rebuilt = await timed(() => rebuildVoteRingCounts(db, firstDay, WINDOW));
  console.log(`  rebuild (migration backfill / repair): ${rebuilt.value.rows.toLocaleString("en-US")} ledger rows in ${rebuilt.ms} ms`);

  const perDay = Math.round(VOTES / (WINDOW / DAY + 10));
  for (let day = 1; day <= DAYS; day++) {
    const now = firstDay + day * DAY;
    await castRandomVotes(db, perDay, now - DAY, now);
    await changeMinds(Math.round(perDay / 50), now - 3600_000);
    const advance = await timed(() => advanceVoteRingCounts(db, now, { windowMs: WINDOW }));
    const rolling = await timed(() => detectVoteRings(db, now, { counts: "rolling" }));
    const recount = await timed(() => detectVoteRings(db, now));
    const same = JSON.stringify(await listCells(db, { from: "pairs" })) === JSON.stringify(await listCells(db, { from: "votes", since: now - WINDOW }));
    const a = advance.value;
    console.log(
      `  day ${day}: ${perDay.toLocaleString("en-US")} new votes; increment ${a.added.toLocaleString("en-US")} rows added + ${a.dropped.toLocaleString("en-US")} dropped in ${a.steps} steps, ${advance.ms} ms, ` +
        `analysis on the counts ${rolling.ms} ms (job ${advance.ms + rolling.ms} ms) vs full recount + analysis ${recount.ms} ms; ` +
        `${rolling.value.suspiciousEdges} suspicious edges; counts equal the recount: ${same ? "yes" : "NO"}`,
    );
  }
  const pairs = await count(sql`select count(*) as n from vote_ring_pairs`);
  const recountOnly = await timed(() => findSuspiciousEdges(db, { from: "votes", since: today - WINDOW }, voteRingDefaults));
  const pairsOnly = await timed(() => findSuspiciousEdges(db, { from: "pairs" }, voteRingDefaults));
  console.log(`  cells: ${pairs.toLocaleString("en-US")} (voter, author, channel) rows; edge query over votes ${recountOnly.ms} ms, over the counts ${pairsOnly.ms} ms`);

  // A backlog (ten days without a run) drains at most RING_MAX_ROWS_PER_RUN rows a run.
  const later = today + 10 * DAY;
  await castRandomVotes(db, perDay * 10, today, later);
  const backlog = await timed(() => advanceVoteRingCounts(db, later, { windowMs: WINDOW }));
  console.log(
    `  backlog of ten days: ${backlog.value.added.toLocaleString("en-US")} added + ${backlog.value.dropped.toLocaleString("en-US")} dropped in ${backlog.value.steps} steps of ≤ ${RING_STEP_ROWS.toLocaleString("en-US")} ` +
      `(${backlog.ms} ms, ${Math.round(backlog.ms / Math.max(1, backlog.value.steps))} ms a step; bound ${RING_MAX_ROWS_PER_RUN.toLocaleString("en-US")} a run); ${backlog.value.behind.toLocaleString("en-US")} left`,
  );

  // What the triggers cost a vote: the same bulk write with and without them, alternated three
  // times (the machine is shared; the medians are printed).
  const triggers = await db.all<{ name: string; sql: string }>(sql`select name, sql from sqlite_master where type = 'trigger' and name like 'vote_ring_ledger_%'`);
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  let at = later;
  for (let rep = 0; rep < 3; rep++) {
    withMs.push((await timed(() => castRandomVotes(db, 50_000, at, (at += DAY)))).ms);
    for (const trigger of triggers) await db.run(sql.raw(`drop trigger ${trigger.name}`));
    withoutMs.push((await timed(() => castRandomVotes(db, 50_000, at, (at += DAY)))).ms);
    for (const trigger of triggers) await db.run(sql.raw(trigger.sql));
  }
  const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
  console.log(`  50,000 votes written in bulk (median of 3): ${median(withMs)} ms with the ledger triggers, ${median(withoutMs)} ms without`);
}

try {
  await main();
} finally {
  client.close();
  rmSync(dir, { recursive: true, force: true });
}
