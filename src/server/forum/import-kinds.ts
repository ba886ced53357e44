import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { caseDetails, pollBallots, pollOptions, polls, pollVoters } from "../db/schema";
import { DomainError } from "../errors";
import type { ageBands, caseSexes } from "./thread-kinds";

/**
 * The structured part of imported cases and polls (import-community.ts), written in the same
 * batch as their thread. The rows are those createThread and votePoll write; the rules they keep:
 * a case starts unsolved (solving is markCaseSolved's); a poll has 2–10 distinct options; one
 * ballot per member, exactly one option in a single-choice poll, none after closing; every
 * counter equals the ballots imported.
 */

export interface ImportedCaseDetails {
  ageBand: (typeof ageBands)[number];
  sex: (typeof caseSexes)[number];
  presentingProblem: string;
  history: string;
  findings: string;
  triedSoFar: string;
  question: string;
}

export interface ImportedBallot {
  voterId: number;
  /** Indexes into the poll's options. */
  optionIndexes: number[];
  createdAt: number;
}

export interface ImportedPoll {
  multipleChoice: boolean;
  closesAt: number;
  options: string[];
  ballots?: ImportedBallot[];
}

function checkPoll(poll: ImportedPoll): void {
  const labels = new Set(poll.options.map((option) => option.toLowerCase()));
  if (poll.options.length < 2 || poll.options.length > 10 || labels.size !== poll.options.length) {
    throw new DomainError("INVALID", "A poll needs 2 to 10 different options.");
  }
  const voters = new Set<number>();
  for (const ballot of poll.ballots ?? []) {
    const chosen = new Set(ballot.optionIndexes);
    if (voters.has(ballot.voterId)) throw new DomainError("CONFLICT", "A member votes in a poll once.");
    voters.add(ballot.voterId);
    if (chosen.size === 0 || (!poll.multipleChoice && chosen.size !== 1)) throw new DomainError("INVALID", "A ballot must choose one option (or more in a multiple-choice poll).");
    if ([...chosen].some((index) => !Number.isInteger(index) || index < 0 || index >= poll.options.length))
      throw new DomainError("INVALID", "A ballot must choose from its poll's options.");
    if (ballot.createdAt >= poll.closesAt) throw new DomainError("CONFLICT", "A ballot must be cast before its poll closes.");
  }
}

/** The case_details row of a case thread. */
export function caseDetailsStatement(db: Database, threadId: number, details: ImportedCaseDetails): BatchItem<"sqlite"> {
  return db.insert(caseDetails).values({ threadId, ...details });
}

/**
 * A poll's rows, its options taking ids from `firstOptionId` up (the import is the only writer).
 * Returns the statements and how many option ids it used.
 */
export function pollStatements(db: Database, threadId: number, poll: ImportedPoll, firstOptionId: number): { statements: BatchItem<"sqlite">[]; optionIds: number } {
  checkPoll(poll);
  const ballots = poll.ballots ?? [];
  const optionIds = poll.options.map((_, index) => firstOptionId + index);
  const counts = poll.options.map(() => 0);
  const ballotRows: (typeof pollBallots.$inferInsert)[] = [];
  for (const ballot of ballots) {
    for (const index of new Set(ballot.optionIndexes)) {
      counts[index] = (counts[index] ?? 0) + 1;
      ballotRows.push({ threadId, voterId: ballot.voterId, optionId: optionIds[index] as number, createdAt: ballot.createdAt });
    }
  }
  const statements: BatchItem<"sqlite">[] = [
    db.insert(polls).values({ threadId, multipleChoice: poll.multipleChoice, closesAt: poll.closesAt, voterCount: ballots.length }),
    db.insert(pollOptions).values(poll.options.map((label, position) => ({ id: optionIds[position] as number, threadId, position, label, voteCount: counts[position] ?? 0 }))),
  ];
  if (ballots.length > 0) {
    statements.push(db.insert(pollVoters).values(ballots.map((ballot) => ({ threadId, voterId: ballot.voterId, createdAt: ballot.createdAt }))));
    statements.push(db.insert(pollBallots).values(ballotRows));
  }
  return { statements, optionIds: optionIds.length };
}
