import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";

/**
 * The counting half of vote-ring detection (docs/decisions/0008-vote-ring-signal.md): one
 * aggregate query over the upvote cells of a window — recounted from the votes, or the rolling
 * counts the daily job keeps (ADR 0031) — that returns only the directed voter → author edges
 * far above their base rate. Everything heavy happens in the database; the Worker gets a
 * handful of rows.
 *
 * Base rate, per channel: if voter v spread their upvotes in channel c over that channel's
 * authors in proportion to what each author receives there, v would give author u
 *   expected(v→u) = Σ_c given(v,c) × received(u,c) / total(c)
 * upvotes. Conditioning on the channel keeps a specialty's members, who mostly read and vote in
 * their own channel, from looking like a ring to each other.
 *
 * Counted: upvotes (value = 1) cast in the window on threads and replies, anonymous ones included
 * (the author is stored, and a ring could hide behind them), deleted or moderated posts included
 * (their votes moved rankings while they were up). Votes on posts whose author account row is
 * gone have no author and drop out. Downvotes are not a ring's currency and are not counted.
 */

export interface SuspiciousEdge {
  voterId: number;
  authorId: number;
  /** Upvotes from the voter to the author's posts in the window. */
  upvotes: number;
  /** What the channel-conditioned base rate predicts (> 0). */
  expected: number;
  /** All upvotes the voter gave in the window. */
  voterGiven: number;
  /** All upvotes the author received in the window. */
  authorReceived: number;
}

/**
 * Where the (voter, author, channel) upvote cells come from: a full recount of the window's
 * votes (repair, tests, `detectVoteRings` by default), or the rolling counts the daily job keeps
 * (vote-ring-increment.ts, ADR 0031). The analysis below is the same statement either way.
 */
export type CellSource = { from: "votes"; since: number } | { from: "pairs" };

export interface EdgeQuery {
  /** An edge needs at least this many upvotes: small counts are noise whatever their ratio. */
  minVotes: number;
  /** …and at least this many times its expected count. */
  minLift: number;
}

interface EdgeRow {
  voter_id: number;
  author_id: number;
  upvotes: number;
  expected: number;
  voter_given: number;
  author_received: number;
}

/**
 * The cells as one select of (voter, author, channel, n), n > 0. From votes: upvotes cast since
 * `since` on threads and replies, grouped. Self-votes cannot be cast; the filter is cheap
 * insurance for imported data (the ledger's triggers apply the same rules).
 */
function cellsSelect(source: CellSource): SQL {
  if (source.from === "pairs") return sql`select voter_id as voter, author_id as author, channel_id as channel, upvotes as n from vote_ring_pairs where upvotes > 0`;
  return sql`select voter, author, channel, count(*) as n from (
        select v.voter_id as voter, t.author_id as author, t.channel_id as channel
          from votes v join threads t on t.id = v.target_id
          where v.target_type = 'thread' and v.value = 1 and v.created_at >= ${source.since}
            and t.author_id <> v.voter_id
        union all
        select v.voter_id, c.author_id, t.channel_id
          from votes v join comments c on c.id = v.target_id join threads t on t.id = c.thread_id
          where v.target_type = 'comment' and v.value = 1 and v.created_at >= ${source.since}
            and c.author_id <> v.voter_id
      ) group by voter, author, channel`;
}

export interface Cell {
  voterId: number;
  authorId: number;
  channelId: number;
  upvotes: number;
}

/** Every cell of a source, ordered: what the incremental counts are checked against. */
export async function listCells(db: Database, source: CellSource): Promise<Cell[]> {
  const rows = await db.all<{ voter: number; author: number; channel: number; n: number }>(sql`select * from (${cellsSelect(source)}) order by voter, author, channel`);
  return rows.map((row) => ({ voterId: Number(row.voter), authorId: Number(row.author), channelId: Number(row.channel), upvotes: Number(row.n) }));
}

/**
 * The analysis's inputs as common table expressions: the (voter, author) pairs with at least
 * `minVotes`, and the three margins. From a recount, every one is summed from the cells, which are
 * materialized once so the votes are read once. From the rolling counts, the margins are tables
 * kept in the same step as the cells (vote-ring-increment.ts), read by key, and the pairs are a
 * walk of the cells' primary key: no table of 2.4 million cells is copied or sorted (ADR 0031).
 */
function analysisInputs(source: CellSource, minVotes: number): SQL {
  if (source.from === "pairs") {
    return sql`pairs as (
      select voter_id as voter, author_id as author, sum(upvotes) as n from vote_ring_pairs group by voter_id, author_id having sum(upvotes) >= ${minVotes}
    ),
    given as (select voter_id as voter, channel_id as channel, upvotes as g from vote_ring_given where upvotes > 0),
    received as (select author_id as author, channel_id as channel, upvotes as r from vote_ring_received where upvotes > 0),
    totals as (select channel_id as channel, upvotes as t from vote_ring_channel_totals where upvotes > 0)`;
  }
  return sql`cells as materialized (${cellsSelect(source)}),
    pairs as (
      select voter, author, sum(n) as n from cells group by voter, author having sum(n) >= ${minVotes}
    ),
    given as materialized (select voter, channel, sum(n) as g from cells group by voter, channel),
    received as materialized (select author, channel, sum(n) as r from cells group by author, channel),
    totals as (select channel, sum(n) as t from cells group by channel)`;
}

export async function findSuspiciousEdges(db: Database, source: CellSource, query: EdgeQuery): Promise<SuspiciousEdge[]> {
  const rows = await db.all<EdgeRow>(sql`
    with ${analysisInputs(source, query.minVotes)}
    select p.voter as voter_id, p.author as author_id, p.n as upvotes,
           sum(given.g * 1.0 * received.r / totals.t) as expected,
           (select sum(g) from given as gv where gv.voter = p.voter) as voter_given,
           (select sum(r) from received as rv where rv.author = p.author) as author_received
      from pairs as p
      join given on given.voter = p.voter
      join received on received.author = p.author and received.channel = given.channel
      join totals on totals.channel = given.channel
      group by p.voter, p.author
      having p.n >= ${query.minLift} * sum(given.g * 1.0 * received.r / totals.t)
      order by p.voter, p.author`);
  return rows.map((row) => ({
    voterId: Number(row.voter_id),
    authorId: Number(row.author_id),
    upvotes: Number(row.upvotes),
    expected: Number(row.expected),
    voterGiven: Number(row.voter_given),
    authorReceived: Number(row.author_received),
  }));
}
