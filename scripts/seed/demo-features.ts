import { and, asc, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Viewer } from "../../src/server/auth/viewer";
import type { Database } from "../../src/server/db/client";
import { comments, threads } from "../../src/server/db/schema";
import { importThreads, type ImportedComment, type ImportedThread, type ImportedVote } from "../../src/server/forum/import-community";
import { READ_HORIZON_MS, threadReadStatement } from "../../src/server/forum/read-positions";
import { markCaseSolved } from "../../src/server/forum/solve-case";
import { caseMarkdown, caseSchema, pollDurations, pollSchema } from "../../src/server/forum/thread-kinds";
import { flagPost } from "../../src/server/moderation/flags";
import { generateReply } from "./content";
import { generateDemoCases, passesScanner, type DemoCase } from "./demo-case-texts";
import { demoPolls } from "./demo-polls";
import type { Rng } from "./random";

/**
 * The demo's feature tour (issue 14, item 10): structured cases (some solved, with an accepted
 * answer and an outcome note), polls (some closed), anonymous posts, flags waiting in the
 * moderation queue, and unread replies for the demo member.
 * - Cases and polls are checked by the composer's own schemas (caseSchema, pollSchema) and every
 *   text by the patient-identifier scanner (no finding at all), then written in bulk by
 *   importThreads with their structured rows and ballots (a write per post took ~15 s).
 * - Accepting answers and flagging go through the members' own actions (markCaseSolved,
 *   flagPost) at past times, with every rule they apply; read positions are recordThreadRead's
 *   upsert (threadReadStatement), in one batch.
 * Deterministic: one RNG stream and times offset from `now`.
 */

export const DEMO_CASES = 42;
export const DEMO_SOLVED_CASES = 16;

export interface DemoMember {
  id: number;
  pseudonym: string;
  role: "member" | "moderator" | "admin";
  createdAt: number;
}

export interface DemoFeatureCounts {
  cases: number;
  solvedCases: number;
  anonymousCases: number;
  caseReplies: number;
  polls: number;
  closedPolls: number;
  pollVotes: number;
  flags: number;
  unreadThreads: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The member as the domain functions see them when they are signed in. */
function viewerOf(member: DemoMember): Viewer {
  return {
    userId: member.id,
    pseudonym: member.pseudonym,
    role: member.role,
    verificationStatus: "verified",
    emailConfirmed: true,
    moderatedChannelIds: [],
    suspendedUntil: null,
    memberSince: member.createdAt,
    unreadNotifications: 0,
  };
}

/** A reply from the scenario's reply generator that the scanner finds nothing in. */
function replyText(rng: Rng, demoCase: DemoCase, depth: number): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const text = generateReply(rng, demoCase.channelSlug, demoCase.topic, depth);
    if (passesScanner(text)) return text;
  }
  throw new Error(`no reply for scenario "${demoCase.topic.scenarioId}" passes the scanner`);
}

interface PostedReply {
  id: number;
  authorId: number;
  at: number;
}

/** Up-votes (and the odd down-vote) from members other than the author. */
function votesFrom(rng: Rng, members: readonly DemoMember[], authorId: number, after: number, now: number, max: number): ImportedVote[] {
  return rng
    .sample(
      members.filter((member) => member.id !== authorId),
      rng.int(0, max),
    )
    .map((voter) => ({ voterId: voter.id, value: rng.chance(0.9) ? (1 as const) : (-1 as const), createdAt: Math.min(now - MINUTE, after + rng.int(MINUTE, 2 * DAY)) }));
}

interface PlannedCase {
  thread: ImportedThread;
  solve: { outcomeNote: string; at: number } | null;
}

/**
 * The cases as whole threads: the template checked by the composer's own schema, 2–5 replies
 * (a solved case's second reply is its answer, top level), votes.
 */
function planCases(rng: Rng, members: readonly DemoMember[], demoMember: DemoMember, now: number): PlannedCase[] {
  return generateDemoCases(rng, DEMO_CASES).map((demoCase, index) => {
    // The first case is the demo member's own, solved: their profile shows the whole cycle.
    const author = index === 0 ? demoMember : rng.pick(members);
    const solve = index < DEMO_SOLVED_CASES;
    // Solved cases are older: a question, a few days of replies, then the answer accepted.
    const createdAt = solve ? now - rng.int(6 * DAY, 50 * DAY) : now - rng.int(2 * HOUR, 30 * DAY);
    const input = caseSchema.parse({ ...demoCase.input, anonymous: index % 6 === 5 });
    const others = members.filter((member) => member.id !== author.id);
    const replyCount = rng.int(2, 5);
    const replies: ImportedComment[] = [];
    let clock = createdAt;
    for (let replyIndex = 0; replyIndex < replyCount; replyIndex++) {
      clock = Math.min(now - MINUTE * (replyCount - replyIndex) * 10, clock + rng.int(20 * MINUTE, 14 * HOUR));
      const isAnswer = solve && replyIndex === 1;
      const parentIndex = !isAnswer && replyIndex > 0 && rng.chance(0.35) ? rng.int(0, replyIndex - 1) : null;
      const replier = rng.pick(others);
      replies.push({
        parentIndex,
        authorId: replier.id,
        bodySource: isAnswer ? demoCase.answer : replyText(rng, demoCase, parentIndex === null ? 0 : 1),
        isAnonymous: rng.chance(0.12),
        createdAt: clock,
        votes: votesFrom(rng, members, replier.id, clock, now, isAnswer ? 9 : 4),
      });
    }
    const answerAt = replies[1]?.createdAt ?? createdAt;
    return {
      thread: {
        channelSlug: demoCase.channelSlug,
        authorId: author.id,
        kind: "case",
        title: input.title,
        bodySource: caseMarkdown(input),
        isAnonymous: input.anonymous,
        createdAt,
        votes: votesFrom(rng, members, author.id, createdAt, now, 10),
        comments: replies,
        caseDetails: {
          ageBand: input.ageBand,
          sex: input.sex,
          presentingProblem: input.presentingProblem,
          history: input.history,
          findings: input.findings,
          triedSoFar: input.triedSoFar,
          question: input.question,
        },
      },
      solve: solve ? { outcomeNote: demoCase.outcomeNote, at: Math.min(now - MINUTE, answerAt + rng.int(6 * HOUR, 3 * DAY)) } : null,
    };
  });
}

/** The polls as whole threads; every other one has closed, with its results final. */
function planPolls(rng: Rng, members: readonly DemoMember[], now: number): ImportedThread[] {
  return demoPolls.map((poll, index) => {
    const input = pollSchema.parse({
      kind: "poll",
      channel: poll.channelSlug,
      title: poll.title,
      body: poll.body,
      options: [...poll.options],
      multipleChoice: poll.multipleChoice,
      duration: poll.duration,
      anonymous: index === 4,
    });
    if (!passesScanner(input.title, input.body, ...input.options)) throw new Error(`the demo poll "${poll.title}" does not pass the scanner`);
    const duration = pollDurations[input.duration].ms;
    const closed = index % 2 === 1;
    const createdAt = closed ? now - duration - rng.int(1 * DAY, 20 * DAY) : now - rng.int(HOUR, Math.min(duration, 5 * DAY) - HOUR);
    const author = rng.pick(members);
    // Each poll leans towards some options, as real opinion does.
    const weighted = input.options.map((_, optionIndex) => [optionIndex, 0.2 + rng.next() ** 2] as const);
    const votingEnds = Math.min(createdAt + duration, now) - MINUTE;
    const ballots = rng.sample(members, rng.int(9, 24)).map((voter) => ({
      voterId: voter.id,
      optionIndexes: input.multipleChoice ? [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pickWeighted(weighted)))] : [rng.pickWeighted(weighted)],
      createdAt: rng.int(createdAt + MINUTE, votingEnds),
    }));
    return {
      channelSlug: input.channel,
      authorId: author.id,
      kind: "poll" as const,
      title: input.title,
      bodySource: input.body,
      isAnonymous: input.anonymous,
      createdAt,
      votes: votesFrom(rng, members, author.id, createdAt, now, 8),
      poll: { multipleChoice: input.multipleChoice, closesAt: createdAt + duration, options: input.options, ballots },
    };
  });
}

const flagPlans = [
  { reason: "misinformation", note: "The dosing here does not match the current label; worth a second look." },
  { reason: "unprofessional", note: "" },
  { reason: "other", note: "Reads like an advertisement for a particular device." },
  { reason: "misinformation", note: "Cites a trial result that was later retracted." },
] as const;

/** A few open flags, on different replies by different members: the queue has work, nothing is hidden. */
async function seedFlags(db: Database, rng: Rng, members: readonly DemoMember[], candidates: readonly PostedReply[], now: number): Promise<number> {
  const targets = rng.sample(candidates, flagPlans.length);
  let flagged = 0;
  for (const [index, target] of targets.entries()) {
    const plan = flagPlans[index];
    if (!plan) break;
    // Two members flag the first reply (still under the three that hide a post).
    const reporters = rng.sample(
      members.filter((member) => member.id !== target.authorId && member.role === "member"),
      index === 0 ? 2 : 1,
    );
    for (const [reporterIndex, reporter] of reporters.entries()) {
      const at = Math.min(now - MINUTE, target.at + rng.int(10 * MINUTE, 12 * HOUR));
      // A second flagger agrees without repeating the first one's note.
      const note = reporterIndex === 0 ? plan.note : "";
      await flagPost(db, viewerOf(reporter), { targetType: "comment", targetId: target.id, reason: plan.reason, note }, at);
      flagged += 1;
    }
  }
  return flagged;
}

/**
 * The demo member has opened most recent busy threads: some since their last visit have new
 * replies (their position is behind the latest ones), others are read to the end, and a few
 * were never opened.
 */
async function seedReadPositions(db: Database, rng: Rng, demoMember: DemoMember, now: number): Promise<number> {
  const recent = await db
    .select({ id: threads.id, commentCount: threads.commentCount })
    .from(threads)
    .where(and(isNull(threads.deletedAt), gte(threads.lastActivityAt, now - READ_HORIZON_MS), gte(threads.commentCount, 3)))
    .orderBy(sql`${threads.lastActivityAt} desc`, sql`${threads.id} desc`)
    .limit(40);
  const live = await db
    .select({ id: comments.id, threadId: comments.threadId, createdAt: comments.createdAt })
    .from(comments)
    .where(
      and(
        inArray(
          comments.threadId,
          recent.map((thread) => thread.id),
        ),
        isNull(comments.deletedAt),
      ),
    )
    .orderBy(asc(comments.id));
  const byThread = new Map<number, { id: number; createdAt: number }[]>();
  for (const row of live) byThread.set(row.threadId, [...(byThread.get(row.threadId) ?? []), row]);
  const positions: ReturnType<typeof threadReadStatement>[] = [];
  let unread = 0;
  for (const [index, thread] of recent.entries()) {
    const replies = byThread.get(thread.id) ?? [];
    if (index % 5 === 4 || replies.length < 3) continue; // never opened
    const behind = index % 3 === 0 ? rng.int(1, Math.min(4, replies.length - 1)) : 0;
    const seen = replies[replies.length - 1 - behind];
    if (!seen) continue;
    const advance = { threadId: thread.id, lastCommentId: seen.id, commentCount: thread.commentCount - behind };
    positions.push(threadReadStatement(db, demoMember.id, advance, Math.min(now, seen.createdAt + 5 * MINUTE)));
    if (behind > 0) unread += 1;
  }
  // recordThreadRead's own upsert, all positions in one batch.
  const [first, ...rest] = positions;
  if (first) await db.batch([first, ...rest]);
  return unread;
}

export async function seedDemoFeatures(db: Database, options: { rng: Rng; members: readonly DemoMember[]; demoMember: DemoMember; now: number }): Promise<DemoFeatureCounts> {
  const { rng, members, demoMember, now } = options;
  const cases = planCases(rng.fork("cases"), members, demoMember, now);
  const polls = planPolls(rng.fork("polls"), members, now);
  // One import for all of them: a handful of batches instead of a write per post and ballot.
  const written = await importThreads(db, [...cases.map((planned) => planned.thread), ...polls]);

  // Accepting the answers goes through the case author's own action (it also tells the answer's author).
  const flaggable: PostedReply[] = [];
  for (const [index, planned] of cases.entries()) {
    const commentIds = written[index]?.commentIds ?? [];
    const threadId = written[index]?.threadId as number;
    if (planned.solve) {
      const author = members.find((member) => member.id === planned.thread.authorId) as DemoMember;
      await markCaseSolved(db, viewerOf(author), { threadId, commentId: commentIds[1], outcomeNote: planned.solve.outcomeNote }, planned.solve.at);
    } else {
      (planned.thread.comments ?? []).forEach((reply, replyIndex) => {
        const id = commentIds[replyIndex];
        if (id !== undefined && reply.createdAt < now - HOUR) flaggable.push({ id, authorId: reply.authorId, at: reply.createdAt });
      });
    }
  }
  const flags = await seedFlags(db, rng.fork("flags"), members, flaggable, now);
  const unreadThreads = await seedReadPositions(db, rng.fork("reads"), demoMember, now);
  return {
    cases: cases.length,
    solvedCases: cases.filter((planned) => planned.solve).length,
    anonymousCases: cases.filter((planned) => planned.thread.isAnonymous).length,
    caseReplies: cases.reduce((sum, planned) => sum + (planned.thread.comments?.length ?? 0), 0),
    polls: polls.length,
    closedPolls: polls.filter((poll) => (poll.poll?.closesAt ?? 0) <= now).length,
    pollVotes: polls.reduce((sum, poll) => sum + (poll.poll?.ballots?.length ?? 0), 0),
    flags,
    unreadThreads,
  };
}
