import type { Database } from "../db/client";
import { advanceVoteRingCounts, type IncrementRun } from "./vote-ring-increment";
import { detectVoteRings, voteRingDefaults, type VoteRingRun } from "./vote-rings";

export interface VoteRingJobRun extends VoteRingRun {
  /** What this run folded into the rolling counts, and how far behind they still are. */
  counts: IncrementRun;
}

/**
 * The daily vote-ring job (ADR 0031): brings the rolling pair counts up to `now` (bounded per
 * run, vote-ring-increment.ts), then runs the analysis over them instead of over the votes. A
 * run left behind by the bound still analyses what it has, the window as of its watermark, so a
 * long backlog delays a ring's report by a day or two rather than hiding every ring until it is
 * drained; `counts.behind` (and the job's heartbeat) says how far behind that is.
 */
export async function runVoteRingJob(db: Database, now: number, options: { windowMs?: number; stepRows?: number; maxRows?: number } = {}): Promise<VoteRingJobRun> {
  const windowMs = options.windowMs ?? voteRingDefaults.windowMs;
  const counts = await advanceVoteRingCounts(db, now, { windowMs, stepRows: options.stepRows, maxRows: options.maxRows });
  const run = await detectVoteRings(db, now, { windowMs, counts: "rolling" });
  return { ...run, counts };
}
