import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { votes } from "../../../src/server/db/schema";
import { castVote } from "../../../src/server/forum/cast-vote";
import { findSuspiciousEdges, listCells, type CellSource, type SuspiciousEdge } from "../../../src/server/moderation/vote-ring-counts";
import { findMutualPairs, findRingGroups } from "../../../src/server/moderation/vote-ring-graph";
import { rebuildVoteRingCounts } from "../../../src/server/moderation/vote-ring-increment";
import { runVoteRingJob, type VoteRingJobRun } from "../../../src/server/moderation/vote-ring-job";
import { voteRingDefaults } from "../../../src/server/moderation/vote-rings";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

// ADR 0031's key property: the daily job's rolling counts, advanced day by day (one run cut
// short by its bound), equal a full recount of the window, and so do the rings found on them,
// through everything that changes a counted upvote: retractions, flips, re-casts, a thread
// moved to another channel, a reply and a thread deleted outright, an account deleted outright,
// and votes leaving the window.

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const DAY = 24 * 3600_000;
const WINDOW = 10 * DAY;
const start = Date.UTC(2026, 5, 1, 12);
const CHANNELS = ["general", "cardiology", "critical-care", "dermatology"];

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}
const rng = generator(19);

interface Post {
  type: "thread" | "comment";
  id: number;
  authorId: number;
  threadId: number;
}
interface VoteKey {
  voterId: number;
  type: "thread" | "comment";
  id: number;
}

const organic: number[] = [];
const ring: number[] = [];
const posts: Post[] = [];
const ringPosts: Post[] = [];
const organicPosts: Post[] = [];
const cast: VoteKey[] = [];

async function addThread(authorId: number, channelSlug: string, createdAt: number, replyAuthors: number[]): Promise<Post[]> {
  const { threadId, commentIds } = await createThread(db, {
    authorId,
    channelSlug,
    createdAt,
    comments: replyAuthors.map((replyAuthor, index) => ({
      parentIndex: index === 2 ? 1 : null,
      authorId: replyAuthor,
      bodySource: `Reply ${index}`,
      createdAt: createdAt + (index + 1) * 1000,
    })),
  });
  return [{ type: "thread", id: threadId, authorId, threadId }, ...commentIds.map((id, index): Post => ({ type: "comment", id, authorId: replyAuthors[index]!, threadId }))];
}

/** Votes as castVote writes them: one row per member and post, a repeat replaces value and time. */
async function writeVotes(list: { voterId: number; post: Post; value: 1 | -1; at: number }[]) {
  const rows = list.filter((entry) => entry.voterId !== entry.post.authorId);
  for (let index = 0; index < rows.length; index += 200) {
    await db
      .insert(votes)
      .values(
        rows.slice(index, index + 200).map((entry) => ({ voterId: entry.voterId, targetType: entry.post.type, targetId: entry.post.id, value: entry.value, createdAt: entry.at })),
      )
      .onConflictDoUpdate({ target: [votes.voterId, votes.targetType, votes.targetId], set: { value: sql`excluded.value`, createdAt: sql`excluded.created_at` } });
  }
  for (const entry of rows) cast.push({ voterId: entry.voterId, type: entry.post.type, id: entry.post.id });
}

function viewerOf(userId: number): Viewer {
  return viewerLiteral(userId, { pseudonym: `p${userId}` });
}

/** A day of organic votes (some down), the ring's votes for each other, and changes of mind. */
async function simulateDay(now: number) {
  const dayStart = now - DAY;
  const organicVotes = Array.from({ length: 150 }, () => ({
    voterId: rng.pick(organic),
    // Now and then a ring member's post too: the ring hides among organic votes.
    post: rng.next() < 0.05 ? rng.pick(ringPosts) : rng.pick(organicPosts),
    value: (rng.next() < 0.8 ? 1 : -1) as 1 | -1,
    at: dayStart + rng.int(DAY),
  }));
  const ringVotes = Array.from({ length: 30 }, () => ({ voterId: rng.pick(ring), post: rng.pick(ringPosts), value: 1 as const, at: dayStart + rng.int(DAY) }));
  await writeVotes([...organicVotes, ...ringVotes]);

  // Retractions, flips (castVote moves created_at to now) and re-cast upvotes, on votes of any age.
  for (let n = 0; n < 8; n++) {
    const key = rng.pick(cast);
    await db.run(sql`delete from votes where voter_id = ${key.voterId} and target_type = ${key.type} and target_id = ${key.id}`);
  }
  for (let n = 0; n < 8; n++) {
    const key = rng.pick(cast);
    await db.run(
      sql`update votes set value = -value, created_at = ${now - rng.int(3600_000)} where voter_id = ${key.voterId} and target_type = ${key.type} and target_id = ${key.id}`,
    );
  }
  for (let n = 0; n < 5; n++) {
    const key = rng.pick(cast);
    await db.run(
      sql`update votes set created_at = ${now - rng.int(3600_000)} where voter_id = ${key.voterId} and target_type = ${key.type} and target_id = ${key.id} and value = 1`,
    );
  }
}

const roundEdges = (edges: SuspiciousEdge[]) => edges.map((edge) => ({ ...edge, expected: Number(edge.expected.toFixed(9)) }));

/** The full recount from scratch: cells, suspicious edges and rings over the window's votes. */
async function recount(now: number) {
  const source: CellSource = { from: "votes", since: now - WINDOW };
  const edges = await findSuspiciousEdges(db, source, voteRingDefaults);
  const pairs = findMutualPairs(edges);
  return { cells: await listCells(db, source), edges: roundEdges(edges), pairs: pairs.length, groups: findRingGroups(pairs).map((group) => group.memberIds) };
}

async function rolling() {
  const edges = await findSuspiciousEdges(db, { from: "pairs" }, voteRingDefaults);
  return { cells: await listCells(db, { from: "pairs" }), edges: roundEdges(edges), groups: findRingGroups(findMutualPairs(edges)).map((group) => group.memberIds) };
}

/** The three margins the job keeps, and the same sums over the rolling cells: they must be equal. */
async function margins() {
  const kept = await db.all<{ kind: string; a: number; b: number; n: number }>(sql`
    select 'given' as kind, voter_id as a, channel_id as b, upvotes as n from vote_ring_given where upvotes <> 0
    union all select 'received', author_id, channel_id, upvotes from vote_ring_received where upvotes <> 0
    union all select 'total', channel_id, 0, upvotes from vote_ring_channel_totals where upvotes <> 0
    order by 1, 2, 3`);
  const summed = await db.all<{ kind: string; a: number; b: number; n: number }>(sql`
    select 'given' as kind, voter_id as a, channel_id as b, sum(upvotes) as n from vote_ring_pairs group by voter_id, channel_id
    union all select 'received', author_id, channel_id, sum(upvotes) from vote_ring_pairs group by author_id, channel_id
    union all select 'total', channel_id, 0, sum(upvotes) from vote_ring_pairs group by channel_id
    order by 1, 2, 3`);
  return { kept, summed: summed.filter((row) => Number(row.n) !== 0) };
}

async function expectEqualToRecount(run: VoteRingJobRun, now: number) {
  const full = await recount(now);
  const incremental = await rolling();
  expect(run.counts.behind).toBe(0);
  const { kept, summed } = await margins();
  expect(kept).toEqual(summed);
  expect(incremental.cells).toEqual(full.cells);
  expect(incremental.edges).toEqual(full.edges);
  expect(incremental.groups).toEqual(full.groups);
  expect({ suspiciousEdges: run.suspiciousEdges, mutualPairs: run.mutualPairs, groups: run.groups }).toEqual({
    suspiciousEdges: full.edges.length,
    mutualPairs: full.pairs,
    groups: full.groups.length,
  });
  return full;
}

beforeAll(async () => {
  for (let n = 0; n < 40; n++) organic.push(await createPhysician(db));
  for (let n = 0; n < 4; n++) ring.push(await createPhysician(db));
  for (let n = 0; n < 60; n++) {
    const author = rng.pick(organic);
    const made = await addThread(author, rng.pick(CHANNELS), start - 25 * DAY + n * 3600_000, [rng.pick(organic), rng.pick(organic), rng.pick(organic)]);
    posts.push(...made);
    organicPosts.push(...made);
  }
  for (const [index, author] of ring.entries()) {
    for (const channel of CHANNELS) {
      const made = await addThread(author, channel, start - 24 * DAY + index * 3600_000, [ring[(index + 1) % 4]!, rng.pick(organic), ring[(index + 2) % 4]!]);
      posts.push(...made);
      ringPosts.push(...made.filter((post) => ring.includes(post.authorId)));
    }
  }
  // Votes from before the first run, some already older than the window.
  await writeVotes(
    Array.from({ length: 1500 }, () => ({ voterId: rng.pick(organic), post: rng.pick(posts), value: (rng.next() < 0.85 ? 1 : -1) as 1 | -1, at: start - rng.int(20 * DAY) })),
  );
}, 120_000);

describe("the incremental vote-ring counts", () => {
  it("equal a full recount after every daily run over 16 simulated days, one run cut short by its bound", async () => {
    const first = await runVoteRingJob(db, start, { windowMs: WINDOW });
    expect(first.counts.dropped).toBeGreaterThan(0); // the backdated votes older than the window
    await expectEqualToRecount(first, start);

    let ringSeen = false;
    for (let day = 1; day <= 16; day++) {
      const now = start + day * DAY;
      await simulateDay(now);
      if (day === 3) {
        // A moderator moves a thread with replies and votes to another channel.
        const moved = posts.find((post) => post.type === "thread" && !ring.includes(post.authorId))!;
        await db.run(sql`update threads set channel_id = (select id from channels where slug = 'endocrinology') where id = ${moved.id}`);
      }
      if (day === 4) {
        // Through the real vote path: a withdrawal and a flip.
        const mine = cast.filter((key) => key.voterId === organic[0]);
        await castVote(db, viewerOf(organic[0]!), { targetType: mine[0]!.type, targetId: mine[0]!.id, value: 0 }, now);
        const other = posts.find((post) => post.type === "thread" && post.authorId !== organic[1])!;
        await castVote(db, viewerOf(organic[1]!), { targetType: "thread", targetId: other.threadId, value: 1 }, now);
        await castVote(db, viewerOf(organic[1]!), { targetType: "thread", targetId: other.threadId, value: -1 }, now + 1);
      }
      if (day === 6) {
        // A reply with no replies of its own, and then a whole thread, deleted outright.
        const reply = posts.filter((post) => post.type === "comment")[0]!;
        await db.run(sql`delete from comments where id = ${reply.id}`);
        const thread = posts.filter((post) => post.type === "thread" && !ring.includes(post.authorId))[5]!;
        await db.run(sql`delete from threads where id = ${thread.id}`);
      }
      if (day === 9) {
        // An account row removed outright: its votes go (cascade), its posts lose their author.
        const gone = organic[organic.length - 1]!;
        await db.run(sql`delete from users where id = ${gone}`);
        organic.pop();
      }

      if (day === 5) {
        // Cut short by the bound: part of the day is left, and the next run picks it up.
        const short = await runVoteRingJob(db, now, { windowMs: WINDOW, stepRows: 40, maxRows: 100 });
        expect(short.counts.added + short.counts.dropped).toBeLessThanOrEqual(100);
        expect(short.counts.steps).toBe(3);
        expect(short.counts.behind).toBeGreaterThan(0);
        continue;
      }
      const run = await runVoteRingJob(db, now, { windowMs: WINDOW, stepRows: day % 2 === 0 ? 97 : undefined });
      const full = await expectEqualToRecount(run, now);
      if (full.groups.some((group) => ring.every((id) => group.includes(id)))) ringSeen = true;
    }
    // The data set has a ring for the comparison to be about (the organic votes flag none).
    expect(ringSeen).toBe(true);
  }, 120_000);

  it("apply each change once when two runs overlap (a retried cron invocation)", async () => {
    const now = start + 17 * DAY;
    await simulateDay(now);
    const runs = await Promise.all([runVoteRingJob(db, now, { windowMs: WINDOW, stepRows: 50 }), runVoteRingJob(db, now, { windowMs: WINDOW, stepRows: 50 })]);
    expect(runs.every((run) => run.counts.behind === 0)).toBe(true);
    expect((await rolling()).cells).toEqual((await recount(now)).cells);
  });

  it("are rebuilt from the votes by the repair function to the same counts", async () => {
    const now = start + 18 * DAY;
    const before = await rolling();
    await runVoteRingJob(db, now, { windowMs: WINDOW });
    const caughtUp = await rolling();
    await rebuildVoteRingCounts(db, now, WINDOW);
    expect((await rolling()).cells).toEqual(caughtUp.cells);
    expect(caughtUp.cells).toEqual((await recount(now)).cells);
    expect(before.cells).not.toEqual([]);
  });
});

describe("the migration that adds the counts", () => {
  const migrationsDir = join(import.meta.dirname, "../../../src/server/db/migrations");
  const migration = readdirSync(migrationsDir).find((name) => name.endsWith("_incremental_vote_rings.sql"))!;
  /** Its backfill: the statements after the triggers, as a deploy runs them on a database with votes. */
  const backfill = readFileSync(join(migrationsDir, migration), "utf8")
    .split("--> statement-breakpoint")
    .map((statement) => statement.trim())
    .filter((statement) => /^(--[^\n]*\n)*INSERT INTO `vote_ring_(ledger|pairs|state)`/.test(statement));
  /** The margins' backfill (a later migration), run after it as a deploy would. */
  const marginsMigration = readdirSync(migrationsDir).find((name) => name.endsWith("_vote_ring_margins.sql"))!;
  const marginsBackfill = readFileSync(join(migrationsDir, marginsMigration), "utf8")
    .split("--> statement-breakpoint")
    .map((statement) => statement.trim())
    .filter((statement) => /^(--[^\n]*\n)*INSERT INTO `vote_ring_/.test(statement));

  it("backfills the window's upvotes so the first run has nothing to add and equals a full recount", async () => {
    const fresh = createTestDatabase();
    try {
      const clock = Date.now();
      const [a, b, c] = [await createPhysician(fresh.db), await createPhysician(fresh.db), await createPhysician(fresh.db)];
      for (const author of [a, b, c]) {
        const voters = [a, b, c].filter((id) => id !== author);
        await createThread(fresh.db, {
          authorId: author,
          channelSlug: "cardiology",
          createdAt: clock - 200 * DAY,
          votes: voters.map((voterId, index) => ({ voterId, value: index === 0 ? 1 : -1, createdAt: clock - DAY })),
          comments: [
            {
              parentIndex: null,
              authorId: author,
              bodySource: "A reply",
              createdAt: clock - 199 * DAY,
              votes: voters.map((voterId) => ({ voterId, value: 1, createdAt: clock - 150 * DAY })),
            },
          ],
        });
      }
      // As before the migration: no ledger, no counts, no state row.
      await fresh.client.batch(
        [
          "delete from vote_ring_ledger",
          "delete from vote_ring_pairs",
          "delete from vote_ring_state",
          "delete from vote_ring_given",
          "delete from vote_ring_received",
          "delete from vote_ring_channel_totals",
        ],
        "write",
      );
      expect(backfill).toHaveLength(3);
      expect(marginsBackfill).toHaveLength(3);
      await fresh.client.batch([...backfill, ...marginsBackfill], "write");

      const since = clock - voteRingDefaults.windowMs;
      const expected = await listCells(fresh.db, { from: "votes", since });
      expect(expected).toHaveLength(3); // the three recent upvotes; the old reply votes are out of the window
      expect(await listCells(fresh.db, { from: "pairs" })).toEqual(expected);
      const run = await runVoteRingJob(fresh.db, clock);
      expect(run.counts).toMatchObject({ added: 0, dropped: 0, behind: 0 });
      expect(await listCells(fresh.db, { from: "pairs" })).toEqual(expected);
      // The margins were filled from those cells: the rolling analysis reads them.
      const totals = await fresh.db.all<{ n: number }>(sql`select upvotes as n from vote_ring_channel_totals`);
      expect(totals.map((row) => Number(row.n))).toEqual([3]);
    } finally {
      fresh.client.close();
    }
  });
});
