import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type DatabaseHandle } from "../../src/server/db/client";
import { scanForPhi } from "../../src/server/privacy";
import { createPhysician, createThread } from "../fixtures/factories";
import { createLoadMembers, type LoadMember } from "../support/load-members";

/**
 * Load without loss (issue 6): LOAD_MEMBERS verified members reply and vote on ONE thread
 * through the built Worker under wrangler dev for LOAD_SECONDS; afterwards every acknowledged
 * write is in the database exactly once, nothing refused was written, and every counter equals
 * the rows it counts. 429s are expected (posting limits) and are not acknowledged writes.
 */

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const LOAD_SECONDS = envNumber("LOAD_SECONDS", 30);
const LOAD_MEMBERS = Math.floor(envNumber("LOAD_MEMBERS", 200));
/** A request that has no answer after this long counts as a network error (outcome unknown). */
const REQUEST_TIMEOUT_MS = 30_000;
/** After a 5xx or no answer a member pauses, so a failing Worker is not hammered in a tight loop. */
const BACKOFF_AFTER_FAILURE_MS = 250;
/** Set-up, the run, the slowest last request, the checks, with room to spare. */
const TEST_TIMEOUT_MS = LOAD_SECONDS * 1000 + REQUEST_TIMEOUT_MS + 60_000;

const baseUrl = inject("baseUrl");
const dbFile = inject("e2eDbFile");

// Plain clinical text; the nonce is lower-case letters only, so nothing in a body can look like
// a date, a number or a name to the patient-information scanner (checked in beforeAll).
const REPLY_TEXTS = [
  "Agree, check the lactate again before more fluids.",
  "Consider a repeat lactate and reassess perfusion after the bolus.",
  "I would start norepinephrine early rather than give more crystalloid.",
  "Bedside echo helps here: look at the IVC and LV function first.",
  "Cultures before antibiotics, but do not delay the first dose.",
] as const;
const NONCE_PATTERN = /\[(ref-[a-z]{12})\]/g;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function newNonce(): string {
  const bytes = randomBytes(12);
  let nonce = "ref-";
  for (const byte of bytes) nonce += LETTERS[byte % 26];
  return nonce;
}

const replyBody = (nonce: string) => `${REPLY_TEXTS[Math.floor(Math.random() * REPLY_TEXTS.length)]} [${nonce}]`;

type Kind = "reply" | "vote";
type VoteValue = -1 | 0 | 1;
type TargetType = "thread" | "comment";

interface KindStats {
  sent: number;
  /** HTTP status → answers; "network" for errors and timeouts (no answer). */
  statuses: Map<string, number>;
  latenciesMs: number[];
}

interface SentReply {
  memberId: number;
  /** "acked": 201 with an id; "refused": a 4xx answer (nothing may be written); "unknown": 5xx or no answer. */
  outcome: "pending" | "acked" | "refused" | "unknown";
  id?: number;
}

interface VotePair {
  /** The value of the last acknowledged vote (0: none acknowledged, or withdrawn). */
  value: VoteValue;
  /** A request for this pair got no clear answer: its final state cannot be known. */
  uncertain: boolean;
}

interface AckedReply {
  id: number;
  authorId: number;
}

const stats: Record<Kind, KindStats> = {
  reply: { sent: 0, statuses: new Map(), latenciesMs: [] },
  vote: { sent: 0, statuses: new Map(), latenciesMs: [] },
};
const sentReplies = new Map<string, SentReply>();
const ackedReplies: AckedReply[] = [];
const votePairs = new Map<string, VotePair>();
/** Problems found while running (unexpected answers), reported with the database checks. */
const runProblems: string[] = [];
const networkErrors = new Map<string, number>();
let votesAcked = 0;

const pairKey = (memberId: number, targetType: TargetType, targetId: number) => `${memberId}:${targetType}:${targetId}`;
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * wrangler dev's proxy answers this 503 itself (never the Worker, and never in production, which
 * has no such proxy) whenever its fetch to the Worker fails. Under load that is mostly a keep-alive
 * race: workerd closes a connection 5 s after its last response, and the proxy reuses a pooled
 * connection in that instant ("Network connection lost"; reproduced in ADR 0036). A POST it does
 * not retry may or may not have reached the Worker, so the load test counts it as an outcome it
 * cannot know, and the database checks still hold every acknowledged write to account.
 */
const DEV_PROXY_LOST_REQUEST = /^Your worker restarted mid-request\./;
const DEV_PROXY_LOST = "lost by the dev proxy";
/** More than this share of requests lost by the proxy means the Worker itself keeps dropping them. */
const DEV_PROXY_LOST_LIMIT = 0.05;
let devProxyLostRequests = 0;

interface Answer {
  status: number | "network" | typeof DEV_PROXY_LOST;
  json: unknown;
  retryAfterSeconds: number;
}

/** 5xx answers without Retry-After, by status and the start of their body: printed when a test fails. */
const unexplainedServerErrors = new Map<string, number>();

async function post(kind: Kind, member: LoadMember, path: string, body: unknown): Promise<Answer> {
  stats[kind].sent += 1;
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { cookie: member.cookieHeader, origin: baseUrl, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    stats[kind].latenciesMs.push(performance.now() - started);
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // A non-JSON answer (a proxy error page) is judged by its status alone.
    }
    const retryAfterSeconds = Number(response.headers.get("retry-after") ?? 0) || 0;
    if (response.status === 503 && DEV_PROXY_LOST_REQUEST.test(text)) {
      bump(stats[kind].statuses, DEV_PROXY_LOST);
      devProxyLostRequests += 1;
      return { status: DEV_PROXY_LOST, json: null, retryAfterSeconds: 0 };
    }
    bump(stats[kind].statuses, String(response.status));
    if (response.status >= 500 && retryAfterSeconds <= 0) bump(unexplainedServerErrors, `${response.status} ${text.slice(0, 120).replace(/\s+/g, " ")}`);
    return { status: response.status, json, retryAfterSeconds };
  } catch (error) {
    stats[kind].latenciesMs.push(performance.now() - started);
    bump(stats[kind].statuses, "network");
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    bump(networkErrors, `${kind} ${name}`);
    return { status: "network", json: null, retryAfterSeconds: 0 };
  }
}

const errorCode = (json: unknown): string => {
  if (json && typeof json === "object" && "error" in json) {
    const error = (json as { error: unknown }).error;
    if (error && typeof error === "object" && "code" in error) return String((error as { code: unknown }).code);
  }
  return "?";
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

/** One member: replies when its posting limit allows, votes otherwise, until the deadline. */
async function runMember(member: LoadMember, threadId: number, deadline: number): Promise<void> {
  // Replies are allowed 1 per 10 s in fixed windows; trying again after 5–12 s sometimes lands
  // in the same window, so refused replies (429) are exercised too.
  let nextReplyAt = performance.now() + Math.random() * 2000;
  let nextVoteAt = 0;
  for (let now = performance.now(); now < deadline; now = performance.now()) {
    const canReply = now >= nextReplyAt;
    const canVote = now >= nextVoteAt;
    if (!canReply && !canVote) {
      await sleep(Math.min(nextReplyAt, nextVoteAt, deadline) - now);
      continue;
    }
    if (canReply && (!canVote || Math.random() < 0.6)) {
      const nonce = newNonce();
      const parent = Math.random() < 0.6 ? pick(ackedReplies) : undefined;
      const record: SentReply = { memberId: member.userId, outcome: "pending" };
      sentReplies.set(nonce, record);
      const answer = await post("reply", member, "/api/replies", { threadId, parentId: parent?.id, body: replyBody(nonce) });
      if (answer.status === 201) {
        const id = (answer.json as { id?: unknown } | null)?.id;
        if (typeof id === "number" && Number.isInteger(id)) {
          record.outcome = "acked";
          record.id = id;
          ackedReplies.push({ id, authorId: member.userId });
        } else {
          record.outcome = "unknown";
          runProblems.push(`reply ${nonce}: 201 without an id`);
        }
        nextReplyAt = performance.now() + 5000 + Math.random() * 7000;
      } else if (answer.status === 429) {
        record.outcome = "refused";
        nextReplyAt = performance.now() + Math.max(1, answer.retryAfterSeconds) * 1000;
      } else if (typeof answer.status !== "number" || answer.status >= 500) {
        record.outcome = "unknown";
        await sleep(BACKOFF_AFTER_FAILURE_MS);
      } else {
        record.outcome = "refused";
        runProblems.push(`reply ${nonce}: unexpected ${answer.status} ${errorCode(answer.json)}`);
      }
      continue;
    }

    const candidate = Math.random() < 0.3 ? undefined : pick(ackedReplies);
    const target: { type: TargetType; id: number } = candidate && candidate.authorId !== member.userId ? { type: "comment", id: candidate.id } : { type: "thread", id: threadId };
    const value = pick([1, -1, 0] as const) ?? 0;
    const key = pairKey(member.userId, target.type, target.id);
    const pair = votePairs.get(key) ?? { value: 0, uncertain: false };
    votePairs.set(key, pair);
    const answer = await post("vote", member, "/api/votes", { targetType: target.type, targetId: target.id, value });
    if (answer.status === 200) {
      const result = answer.json as { value?: unknown; score?: unknown; upCount?: unknown; downCount?: unknown } | null;
      pair.value = value;
      votesAcked += 1;
      if (result?.value !== value) runProblems.push(`vote ${key}: answered value ${String(result?.value)} for ${value}`);
      if (typeof result?.upCount !== "number" || typeof result.downCount !== "number" || result.score !== result.upCount - result.downCount) {
        runProblems.push(`vote ${key}: answered counters are inconsistent`);
      }
    } else if (answer.status === 429) {
      // Refused before anything is written (the vote budget is per hour): reply only until Retry-After.
      nextVoteAt = performance.now() + Math.max(1, answer.retryAfterSeconds) * 1000;
    } else if (typeof answer.status !== "number" || answer.status >= 500) {
      pair.uncertain = true;
      await sleep(BACKOFF_AFTER_FAILURE_MS);
    } else {
      runProblems.push(`vote ${key}: unexpected ${answer.status} ${errorCode(answer.json)}`);
    }
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
      return index === 0 ? `${line}\n${widths.map((width) => "-".repeat(width)).join("  ")}` : line;
    })
    .join("\n");
}

let handle: DatabaseHandle;
let members: LoadMember[] = [];
let threadId = 0;

beforeAll(async () => {
  for (const text of REPLY_TEXTS) {
    const findings = scanForPhi(`${text} [${newNonce()}]`);
    if (findings.length > 0) throw new Error(`a load-test reply text trips the PHI scanner (${findings.map((f) => f.category).join(", ")})`);
  }
  handle = createDb(`file:${dbFile}`);
  const started = performance.now();
  const run = `load${Date.now().toString(36)}`;
  members = await createLoadMembers(handle.db, LOAD_MEMBERS, { prefix: run });
  const authorId = await createPhysician(handle.db, { pseudonym: `${run}_author`, email: `${run}-author@example.org` });
  ({ threadId } = await createThread(handle.db, {
    authorId,
    title: "Load test: fluids or early pressors in septic shock?",
    bodySource: "Fluids first, or early norepinephrine? Replies and votes under load.",
    createdAt: Date.now(),
  }));
  console.log(`load test set-up: ${members.length} members with sessions and thread ${threadId} in ${Math.round(performance.now() - started)} ms`);
});

afterAll(() => {
  handle?.client.close();
});

describe("load without loss", () => {
  it(
    `${LOAD_MEMBERS} members replying and voting on one thread for ${LOAD_SECONDS} s lose nothing and keep every counter true`,
    async () => {
      const started = performance.now();
      const deadline = started + LOAD_SECONDS * 1000;
      await Promise.all(members.map((member) => runMember(member, threadId, deadline)));
      const elapsedSeconds = (performance.now() - started) / 1000;

      const health = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
      const healthStatus = health?.status ?? "no answer";
      await health?.arrayBuffer();

      // ---- figures ----
      const repliesAcked = [...sentReplies.values()].filter((reply) => reply.outcome === "acked").length;
      const uncertainPairs = [...votePairs.values()].filter((pair) => pair.uncertain).length;
      const unknownReplies = [...sentReplies.values()].filter((reply) => reply.outcome === "unknown").length;
      const statusKeys = [...new Set([...stats.reply.statuses.keys(), ...stats.vote.statuses.keys()])].sort();
      const kinds: Kind[] = ["reply", "vote"];
      const rows: string[][] = [
        ["", ...kinds, "total"],
        ["requests sent", ...kinds.map((kind) => String(stats[kind].sent)), String(stats.reply.sent + stats.vote.sent)],
        ...statusKeys.map((status) => [
          status === "network" ? "  no answer (network/timeout)" : status === DEV_PROXY_LOST ? "  503 from wrangler's proxy (outcome unknown)" : `  answered ${status}`,
          ...kinds.map((kind) => String(stats[kind].statuses.get(status) ?? 0)),
          String((stats.reply.statuses.get(status) ?? 0) + (stats.vote.statuses.get(status) ?? 0)),
        ]),
        ["acknowledged writes", String(repliesAcked), String(votesAcked), String(repliesAcked + votesAcked)],
        ["acknowledged / s", (repliesAcked / elapsedSeconds).toFixed(1), (votesAcked / elapsedSeconds).toFixed(1), ((repliesAcked + votesAcked) / elapsedSeconds).toFixed(1)],
        ["requests / s", ...kinds.map((kind) => (stats[kind].sent / elapsedSeconds).toFixed(1)), ((stats.reply.sent + stats.vote.sent) / elapsedSeconds).toFixed(1)],
        [
          "latency median (ms)",
          ...kinds.map((kind) => percentile(stats[kind].latenciesMs, 50).toFixed(0)),
          percentile([...stats.reply.latenciesMs, ...stats.vote.latenciesMs], 50).toFixed(0),
        ],
        [
          "latency p99 (ms)",
          ...kinds.map((kind) => percentile(stats[kind].latenciesMs, 99).toFixed(0)),
          percentile([...stats.reply.latenciesMs, ...stats.vote.latenciesMs], 99).toFixed(0),
        ],
        [
          "latency max (ms)",
          ...kinds.map((kind) => percentile(stats[kind].latenciesMs, 100).toFixed(0)),
          percentile([...stats.reply.latenciesMs, ...stats.vote.latenciesMs], 100).toFixed(0),
        ],
        ["outcome unknown", String(unknownReplies), `${uncertainPairs} pairs`, ""],
      ];
      console.log(
        `\nLoad: ${members.length} members, one thread, ${elapsedSeconds.toFixed(1)} s (${LOAD_SECONDS} s of new requests), built Worker under wrangler dev\n` +
          `${table(rows)}\n` +
          `vote pairs (member, post) touched: ${votePairs.size}; /api/health after the run: ${healthStatus}\n` +
          (networkErrors.size ? `network errors: ${[...networkErrors].map(([name, count]) => `${count}× ${name}`).join("; ")}\n` : "network errors: none\n"),
      );

      // ---- the database, after the run ----
      const problems = [...runProblems];
      const client = handle.client;
      const commentRows = (await client.execute({ sql: "select id, author_id, body_source, deleted_at from comments where thread_id = ?", args: [threadId] })).rows.map((row) => ({
        id: Number(row.id),
        authorId: row.author_id === null ? null : Number(row.author_id),
        body: String(row.body_source),
        deleted: row.deleted_at !== null,
      }));
      const rowsByNonce = new Map<string, { id: number; authorId: number | null }[]>();
      for (const row of commentRows) {
        const nonces = [...row.body.matchAll(NONCE_PATTERN)].map((match) => match[1] as string);
        if (nonces.length !== 1) problems.push(`reply ${row.id} carries ${nonces.length} nonces (expected exactly one)`);
        for (const nonce of nonces) {
          const list = rowsByNonce.get(nonce) ?? [];
          list.push({ id: row.id, authorId: row.authorId });
          rowsByNonce.set(nonce, list);
        }
      }
      for (const [nonce, list] of rowsByNonce) {
        if (!sentReplies.has(nonce)) problems.push(`reply rows ${list.map((row) => row.id).join(",")} carry nonce ${nonce}, which was never sent`);
      }
      for (const [nonce, sent] of sentReplies) {
        const list = rowsByNonce.get(nonce) ?? [];
        if (sent.outcome === "acked") {
          if (list.length !== 1) problems.push(`acknowledged reply ${nonce} (id ${sent.id}) is stored ${list.length} times`);
          else if (list[0]!.id !== sent.id) problems.push(`acknowledged reply ${nonce}: answered id ${sent.id}, stored as ${list[0]!.id}`);
          else if (list[0]!.authorId !== sent.memberId) problems.push(`acknowledged reply ${nonce}: stored with another author`);
        } else if (sent.outcome === "refused") {
          if (list.length !== 0) problems.push(`refused reply ${nonce} was stored ${list.length} times`);
        } else if (list.length > 1) {
          problems.push(`reply ${nonce} with no clear answer is stored ${list.length} times`);
        }
      }

      const [thread] = (
        await client.execute({
          sql: `select t.comment_count, t.up_count, t.down_count, t.score,
                  (select count(*) from comments c where c.thread_id = t.id and c.deleted_at is null) as live_comments,
                  (select count(*) from votes v where v.target_type = 'thread' and v.target_id = t.id and v.value = 1) as ups,
                  (select count(*) from votes v where v.target_type = 'thread' and v.target_id = t.id and v.value = -1) as downs
                from threads t where t.id = ?`,
          args: [threadId],
        })
      ).rows;
      if (!thread) problems.push(`thread ${threadId} is gone`);
      else {
        const n = (name: string) => Number(thread[name]);
        if (n("comment_count") !== n("live_comments")) problems.push(`thread comment_count ${n("comment_count")} != ${n("live_comments")} live replies`);
        if (n("up_count") !== n("ups")) problems.push(`thread up_count ${n("up_count")} != ${n("ups")} up votes`);
        if (n("down_count") !== n("downs")) problems.push(`thread down_count ${n("down_count")} != ${n("downs")} down votes`);
        if (n("score") !== n("up_count") - n("down_count")) problems.push(`thread score ${n("score")} != up - down`);
      }
      const counterRows = (
        await client.execute({
          sql: `select c.id, c.up_count, c.down_count, c.score,
                  coalesce(sum(v.value = 1), 0) as ups, coalesce(sum(v.value = -1), 0) as downs
                from comments c left join votes v on v.target_type = 'comment' and v.target_id = c.id
                where c.thread_id = ? group by c.id`,
          args: [threadId],
        })
      ).rows;
      let repliesOff = 0;
      for (const row of counterRows) {
        const [up, down, score, ups, downs] = [row.up_count, row.down_count, row.score, row.ups, row.downs].map(Number) as [number, number, number, number, number];
        if (up !== ups || down !== downs || score !== up - down) {
          repliesOff += 1;
          if (repliesOff <= 20) problems.push(`reply ${String(row.id)}: up ${up}/${ups} rows, down ${down}/${downs} rows, score ${score}`);
        }
      }
      if (repliesOff > 20) problems.push(`… and ${repliesOff - 20} more replies with counters off`);

      const voteRows = (
        await client.execute({
          sql: `select voter_id, target_type, target_id, value from votes
                where (target_type = 'thread' and target_id = ?)
                   or (target_type = 'comment' and target_id in (select id from comments where thread_id = ?))`,
          args: [threadId, threadId],
        })
      ).rows;
      const stored = new Map<string, number>();
      for (const row of voteRows) {
        const key = pairKey(Number(row.voter_id), String(row.target_type) as TargetType, Number(row.target_id));
        if (Number(row.value) !== 1 && Number(row.value) !== -1) problems.push(`vote ${key} stored with value ${String(row.value)}`);
        stored.set(key, Number(row.value));
      }
      let votesOff = 0;
      for (const [key, pair] of votePairs) {
        if (pair.uncertain) continue;
        const actual = stored.get(key) ?? 0;
        if (actual !== pair.value) {
          votesOff += 1;
          if (votesOff <= 20) problems.push(`vote ${key}: last acknowledged ${pair.value}, stored ${actual}`);
        }
      }
      if (votesOff > 20) problems.push(`… and ${votesOff - 20} more votes differing from their last acknowledged value`);
      for (const key of stored.keys()) {
        if (!votePairs.has(key)) problems.push(`vote ${key} is stored but was never cast`);
      }

      // 503 with Retry-After is the designed answer to overload (a loaded machine gives a few; the
      // client retries); every other 5xx, and a 503 that does not say when to retry, is a failure.
      const serverErrors = [...statusKeys].filter((status) => status === "network" || (Number(status) >= 500 && status !== "503"));
      const unexpectedStatuses = statusKeys.filter((status) => !["200", "201", "429", "503", DEV_PROXY_LOST].includes(status));
      const requestsSent = stats.reply.sent + stats.vote.sent;
      console.log(
        `checked: ${commentRows.length} reply rows, ${voteRows.length} vote rows, ${votePairs.size - uncertainPairs} vote pairs exactly` +
          ` (${uncertainPairs} uncertain); problems: ${problems.length}` +
          (problems.length ? `\n  ${problems.slice(0, 60).join("\n  ")}` : ""),
      );

      expect(repliesAcked, "some replies were acknowledged").toBeGreaterThan(0);
      expect(votesAcked, "some votes were acknowledged").toBeGreaterThan(0);
      expect(serverErrors, "no 5xx answers but 503, and no requests left without an answer").toEqual([]);
      expect([...unexplainedServerErrors.keys()], "every 503 says when to retry").toEqual([]);
      expect(unexpectedStatuses, "only 200, 201, 429 and 503 answers").toEqual([]);
      expect(healthStatus, "the Worker still answers after the run").toBe(200);
      expect(devProxyLostRequests, `requests lost between wrangler's proxy and the Worker: at most ${DEV_PROXY_LOST_LIMIT * 100}% of ${requestsSent}`).toBeLessThanOrEqual(
        requestsSent * DEV_PROXY_LOST_LIMIT,
      );
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it("a burst of 1,000 simultaneous votes from 25 members: every answer 200, 429 or 503 (never 500), nothing acknowledged lost", async () => {
    const run = `burst${Date.now().toString(36)}`;
    const voters = await createLoadMembers(handle.db, 25, { prefix: run });
    const authorId = await createPhysician(handle.db, { pseudonym: `${run}_author`, email: `${run}-author@example.org` });
    const { commentIds } = await createThread(handle.db, { authorId, replyCount: 40, title: "Burst test: which vasopressor second?", createdAt: Date.now() });
    const answers = await Promise.all(
      voters.flatMap((voter) =>
        commentIds.map(async (commentId) => {
          const answer = await post("vote", voter, "/api/votes", { targetType: "comment", targetId: commentId, value: 1 });
          return { key: pairKey(voter.userId, "comment", commentId), answer };
        }),
      ),
    );
    const statuses = new Map<string, number>();
    for (const { answer } of answers) bump(statuses, String(answer.status));
    const retryAfterMissing = answers.filter(({ answer }) => answer.status === 503 && answer.retryAfterSeconds <= 0).length;
    console.log(`\nBurst: ${answers.length} votes at once; answers ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(", ")}`);
    if (unexplainedServerErrors.size) console.log(`5xx without Retry-After: ${[...unexplainedServerErrors].map(([what, count]) => `${count}× ${what}`).join(" | ")}`);

    const stored = new Set(
      (
        await handle.client.execute({
          sql: `select voter_id, target_id from votes where target_type = 'comment' and value = 1
                  and target_id in (select id from comments where thread_id = (select thread_id from comments where id = ?))`,
          args: [commentIds[0]!],
        })
      ).rows.map((row) => pairKey(Number(row.voter_id), "comment", Number(row.target_id))),
    );
    const lost = answers.filter(({ key, answer }) => answer.status === 200 && !stored.has(key)).map(({ key }) => key);
    const counters = (
      await handle.client.execute({
        sql: `select count(*) as off from comments c where c.id in (${commentIds.join(",")})
                  and c.up_count != (select count(*) from votes v where v.target_type = 'comment' and v.target_id = c.id and v.value = 1)`,
      })
    ).rows[0];

    expect(
      [...statuses.keys()].filter((status) => !["200", "429", "503", DEV_PROXY_LOST].includes(status)),
      "only 200, 429 and 503",
    ).toEqual([]);
    expect(statuses.get(DEV_PROXY_LOST) ?? 0, "requests lost between wrangler's proxy and the Worker").toBeLessThanOrEqual(answers.length * DEV_PROXY_LOST_LIMIT);
    expect(retryAfterMissing, `every 503 says when to retry (${[...unexplainedServerErrors.keys()].join(" | ")})`).toBe(0);
    expect(statuses.get("200") ?? 0, "most votes acknowledged").toBeGreaterThan(0);
    expect(lost, "acknowledged votes are stored").toEqual([]);
    expect(Number(counters?.off), "counters equal the rows they count").toBe(0);
  }, 120_000);
});
