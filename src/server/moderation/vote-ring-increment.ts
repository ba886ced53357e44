import { sql } from "drizzle-orm";
import type { Database } from "../db/client";

/**
 * The rolling upvote counts behind the daily vote-ring job (ADR 0031). Triggers (migration
 * 0021) log every change to the counted upvotes in `vote_ring_ledger`, attributed to
 * (voter, author, channel) and stamped with the vote's created_at; this module folds the log into
 * `vote_ring_pairs`. The invariant, kept by every step:
 *
 *   vote_ring_pairs = Σ delta of the ledger rows with seq <= vote_ring_state.applied_seq
 *
 * and the ledger holds only rows whose created_at is inside the window. A step therefore
 * (1) drops the oldest ledger rows that left the window, subtracting those already applied;
 * (2) adds the next rows after the watermark; (3) moves the watermark. All three in one batch
 * (one transaction), guarded on the watermark it read: a failed step changes nothing, a retried
 * or overlapping run never applies a row twice. When no row is left to drop or add, the pairs
 * equal a full recount of the window (vote-ring-counts.ts `listCells`), retractions, flips,
 * re-casts and moved threads included, because each of those logged its -1 and +1.
 */

/**
 * Ledger rows per step (one transaction, so it holds the database's write lock). Measured by
 * scripts/bench-rings.ts at ≈0.2 s a step on two shared cores: a vote cast meanwhile waits at most
 * that long, once, and the run's steps fit the subrequest bound below.
 */
export const RING_STEP_ROWS = 10_000;

/**
 * Ledger rows per run (dropped plus added): 20 steps. Why this number: each step is two
 * requests to the database (a read, then the batch), so 20 steps are 40 subrequests, and with the
 * analysis and the heartbeat the run stays under the 50 subrequests a Worker invocation gets on
 * Cloudflare's Free plan (the evidence job keeps the same bound); a Cron Trigger's CPU is spent
 * mostly waiting on the database, and its wall time (20 steps ≈ 4 s, measured) is far inside its
 * 15 minutes. 200,000 rows is over 3× a day at the scale of issue 19 (10 million votes
 * a year: ≈27,000 upvotes a day in, as many leaving the window, plus flips), so a normal day
 * is done in one run and a backlog (an outage, a busy week) drains by ≈140,000 rows a day.
 */
export const RING_MAX_ROWS_PER_RUN = 200_000;

export interface IncrementOptions {
  windowMs: number;
  stepRows?: number;
  maxRows?: number;
}

export interface IncrementRun {
  /** Ledger rows folded into the counts (votes in, retractions, flips, moves). */
  added: number;
  /** Ledger rows dropped because their vote left the window. */
  dropped: number;
  steps: number;
  /** Ledger rows still to add or drop after this run: 0 when the counts equal a full recount. */
  behind: number;
  /** The window start applied (never moves back: rows older than it are gone). */
  windowStart: number;
}

interface StepPlan {
  appliedSeq: number;
  /** The last seq this step adds (= appliedSeq when nothing is new). */
  throughSeq: number;
  adding: number;
  dropping: number;
}

/**
 * Brings the rolling counts up to `now`, at most `maxRows` ledger rows per call; `behind` says
 * what is left for the next run. Rules: see the invariant above; the window start never moves
 * back (a clock set back, or a longer window, needs `rebuildVoteRingCounts`).
 */
export async function advanceVoteRingCounts(db: Database, now: number, options: IncrementOptions): Promise<IncrementRun> {
  const stepRows = options.stepRows ?? RING_STEP_ROWS;
  const maxRows = options.maxRows ?? RING_MAX_ROWS_PER_RUN;
  const [state] = await db.all<{ window_start: number | null }>(sql`select window_start from vote_ring_state where id = 1`);
  const windowStart = Math.max(now - options.windowMs, Number(state?.window_start ?? Number.NEGATIVE_INFINITY));
  const run: IncrementRun = { added: 0, dropped: 0, steps: 0, behind: 0, windowStart };

  // Attempts are bounded too: a step that lost a race to an overlapping run (a retried
  // invocation) changed nothing and is planned again from the watermark that run left.
  const maxAttempts = 2 * Math.ceil(maxRows / stepRows);
  for (let attempt = 0; attempt < maxAttempts && run.added + run.dropped < maxRows; attempt++) {
    const limit = Math.min(stepRows, maxRows - run.added - run.dropped);
    const plan = await planStep(db, windowStart, limit);
    if (plan.adding === 0 && plan.dropping === 0) break;
    if (!(await applyStep(db, plan, windowStart, now))) continue;
    run.added += plan.adding;
    run.dropped += plan.dropping;
    run.steps += 1;
  }
  run.behind = await countBehind(db, windowStart);
  return run;
}

/**
 * One read: the watermark, how many rows this step drops and adds (together at most `limit`:
 * dropping first, so the window's edge never lags behind new votes), and the last seq it adds.
 */
async function planStep(db: Database, windowStart: number, limit: number): Promise<StepPlan> {
  const [row] = await db.all<{ applied_seq: number; through_seq: number | null; adding: number; dropping: number }>(sql`
    with state as (select applied_seq from vote_ring_state where id = 1),
    leaving as (select 1 from vote_ring_ledger where created_at < ${windowStart} limit ${limit}),
    next as (select seq from vote_ring_ledger where seq > (select applied_seq from state) order by seq limit ${limit} - (select count(*) from leaving))
    select (select applied_seq from state) as applied_seq,
           (select max(seq) from next) as through_seq,
           (select count(*) from next) as adding,
           (select count(*) from leaving) as dropping`);
  if (!row || row.applied_seq === null) throw new Error("vote_ring_state has no row: run the migrations (0021 creates it).");
  const appliedSeq = Number(row.applied_seq);
  return { appliedSeq, throughSeq: row.through_seq === null ? appliedSeq : Number(row.through_seq), adding: Number(row.adding), dropping: Number(row.dropping) };
}

/**
 * The step's batch. Every statement is guarded on the watermark the plan read, and the last one
 * moves it; if another run moved it first, the whole batch changes nothing (false).
 */
async function applyStep(db: Database, plan: StepPlan, windowStart: number, now: number): Promise<boolean> {
  const unchanged = sql`(select applied_seq from vote_ring_state where id = 1) = ${plan.appliedSeq}`;
  // The rows leaving the window, oldest first: the same set in both statements (nothing between
  // them changes the ledger), through vote_ring_ledger_created_idx.
  const leaving = sql`select seq from vote_ring_ledger where created_at < ${windowStart} order by created_at, seq limit ${plan.dropping}`;
  // (1) The leaving rows that were applied are subtracted (unapplied ones just go); (2) the next
  // rows after the watermark are added (those just dropped are gone: outside the window).
  const leavingApplied = sql`from vote_ring_ledger where seq in (${leaving}) and seq <= ${plan.appliedSeq} and ${unchanged}`;
  const adding = sql`from vote_ring_ledger where seq > ${plan.appliedSeq} and seq <= ${plan.throughSeq} and ${unchanged}`;
  const results = await db.batch([
    ...foldInto(db, leavingApplied, -1),
    db.run(sql`delete from vote_ring_ledger where seq in (${leaving}) and ${unchanged}`),
    ...foldInto(db, adding, 1),
    // Cells back to zero (a pair that stopped voting) leave the table, through its partial index.
    // Margins at zero stay: they add nothing to the analysis, and there is one per voter (author)
    // and channel at most.
    db.run(sql`delete from vote_ring_pairs where upvotes = 0 and ${unchanged}`),
    // (3) The watermark, last: the guard above saw the old value throughout.
    db.all<{ applied_seq: number }>(sql`update vote_ring_state set applied_seq = ${plan.throughSeq}, window_start = ${windowStart}, updated_at = ${now}
      where id = 1 and applied_seq = ${plan.appliedSeq} returning applied_seq`),
  ]);
  return (results[results.length - 1] as unknown[]).length === 1;
}

/**
 * The statements that add `sign` × the ledger rows `rows` (a FROM … WHERE clause) to the cells and
 * to their three margins (ADR 0031): each margin stays the sum of the cells it totals.
 */
function foldInto(db: Database, rows: ReturnType<typeof sql>, sign: 1 | -1) {
  const add = (conflict: ReturnType<typeof sql>) => sql`on conflict (${conflict}) do update set upvotes = upvotes + excluded.upvotes`;
  return [
    db.run(sql`insert into vote_ring_pairs (voter_id, author_id, channel_id, upvotes)
      select voter_id, author_id, channel_id, ${sign} * sum(delta) ${rows} group by voter_id, author_id, channel_id ${add(sql`voter_id, author_id, channel_id`)}`),
    db.run(sql`insert into vote_ring_given (voter_id, channel_id, upvotes)
      select voter_id, channel_id, ${sign} * sum(delta) ${rows} group by voter_id, channel_id ${add(sql`voter_id, channel_id`)}`),
    db.run(sql`insert into vote_ring_received (author_id, channel_id, upvotes)
      select author_id, channel_id, ${sign} * sum(delta) ${rows} group by author_id, channel_id ${add(sql`author_id, channel_id`)}`),
    db.run(sql`insert into vote_ring_channel_totals (channel_id, upvotes)
      select channel_id, ${sign} * sum(delta) ${rows} group by channel_id ${add(sql`channel_id`)}`),
  ] as const;
}

/** Rows after the watermark plus rows past the window's start: a range scan each. */
async function countBehind(db: Database, windowStart: number): Promise<number> {
  const [row] = await db.all<{ behind: number }>(sql`select
    (select count(*) from vote_ring_ledger where seq > (select applied_seq from vote_ring_state where id = 1))
    + (select count(*) from vote_ring_ledger where created_at < ${windowStart}) as behind`);
  return Number(row?.behind ?? 0);
}

/**
 * Repair: rebuilds the ledger and the counts from the votes table, as the migration did, for the
 * window ending at `now`, in one batch (one transaction, so no vote cast meanwhile is lost or
 * doubled). For a changed window or a suspected drift; heavy (it reads every vote of the
 * window), so a script's job, not the cron's.
 */
export async function rebuildVoteRingCounts(db: Database, now: number, windowMs: number): Promise<{ rows: number }> {
  const since = now - windowMs;
  const results = await db.batch([
    db.run(sql`delete from vote_ring_ledger`),
    db.run(sql`delete from vote_ring_pairs`),
    db.run(sql`delete from vote_ring_given`),
    db.run(sql`delete from vote_ring_received`),
    db.run(sql`delete from vote_ring_channel_totals`),
    db.run(sql`insert into vote_ring_ledger (voter_id, author_id, channel_id, created_at, delta)
      select v.voter_id, t.author_id, t.channel_id, v.created_at, 1 from votes v join threads t on t.id = v.target_id
        where v.target_type = 'thread' and v.value = 1 and t.author_id <> v.voter_id and v.created_at >= ${since}
      union all
      select v.voter_id, c.author_id, t.channel_id, v.created_at, 1 from votes v join comments c on c.id = v.target_id join threads t on t.id = c.thread_id
        where v.target_type = 'comment' and v.value = 1 and c.author_id <> v.voter_id and v.created_at >= ${since}`),
    db.run(sql`insert into vote_ring_pairs (voter_id, author_id, channel_id, upvotes)
      select voter_id, author_id, channel_id, sum(delta) from vote_ring_ledger group by voter_id, author_id, channel_id`),
    db.run(sql`insert into vote_ring_given (voter_id, channel_id, upvotes) select voter_id, channel_id, sum(upvotes) from vote_ring_pairs group by voter_id, channel_id`),
    db.run(sql`insert into vote_ring_received (author_id, channel_id, upvotes) select author_id, channel_id, sum(upvotes) from vote_ring_pairs group by author_id, channel_id`),
    db.run(sql`insert into vote_ring_channel_totals (channel_id, upvotes) select channel_id, sum(upvotes) from vote_ring_pairs group by channel_id`),
    db.run(sql`insert into vote_ring_state (id, applied_seq, window_start, updated_at)
      values (1, coalesce((select max(seq) from vote_ring_ledger), 0), ${since}, ${now})
      on conflict (id) do update set applied_seq = excluded.applied_seq, window_start = excluded.window_start, updated_at = excluded.updated_at`),
  ]);
  return { rows: results[5].rowsAffected };
}
