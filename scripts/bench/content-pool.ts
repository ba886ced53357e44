import { channelCatalog } from "../../src/server/forum/channel-catalog";
import type { ImportedComment, ImportedThread, ImportedVote } from "../../src/server/forum/import-community";
import { generateReply, generateThread } from "../seed/content";
import { createRng, type Rng } from "../seed/random";

/**
 * The benchmark's community, generated deterministically in chunks. Text comes from a fixed pool
 * of thread templates, each with its own replies (written by the demo seed's generator, so a
 * reply talks about its thread's case): importThreads renders every distinct body once per call,
 * so a small pool keeps a million replies cheap to import while pages still carry real markdown.
 */

export const BENCH_SEED = "rounds-bench-v1";
const TEMPLATE_COUNT = 500;
const REPLIES_PER_TEMPLATE = 4; // 2,000 distinct reply bodies
const DAY = 24 * 3600_000;
const YEAR = 365 * DAY;

interface Template {
  channelSlug: string;
  title: string;
  body: string;
  replies: string[];
}

export interface Pool {
  templates: Template[];
}

export function buildPool(seed = BENCH_SEED): Pool {
  const rng = createRng(seed).fork("templates");
  const others = channelCatalog.map((channel) => channel.slug);
  const templates: Template[] = [];
  for (let index = 0; index < TEMPLATE_COUNT; index++) {
    // Like the demo: the two cross-cutting rooms are busier than any one specialty.
    const roll = rng.next();
    const channelSlug = roll < 0.12 ? "general" : roll < 0.2 ? "practice-career" : rng.pick(others);
    const thread = generateThread(rng, channelSlug);
    const replies = Array.from({ length: REPLIES_PER_TEMPLATE }, (_, i) => generateReply(rng, channelSlug, thread.topic, i < 2 ? 0 : i - 1));
    templates.push({ channelSlug, title: thread.title, body: thread.bodyMarkdown, replies });
  }
  return { templates };
}

export interface DatasetShape {
  threads: number;
  replies: number;
  /** Member ids, as importUsers returned them. */
  memberIds: number[];
  /** Threads are spread over the year before this instant, oldest first (ids grow with time). */
  now: number;
}

/**
 * Up to `maxVoters` distinct voters other than the author: a run of consecutive members from a
 * random start (a shuffle of 200 members per reply would dominate the generation time).
 */
function planVotes(rng: Rng, memberIds: readonly number[], authorId: number, after: number, now: number, maxVoters: number): ImportedVote[] {
  const count = rng.int(0, maxVoters);
  if (count === 0) return [];
  const start = rng.int(0, memberIds.length - 1);
  const list: ImportedVote[] = [];
  for (let step = 0; list.length < count && step < memberIds.length; step++) {
    const voterId = memberIds[(start + step) % memberIds.length] as number;
    if (voterId === authorId) continue;
    list.push({ voterId, value: rng.chance(0.85) ? 1 : -1, createdAt: Math.min(now, after + rng.int(60_000, 3 * DAY)) });
  }
  return list;
}

/**
 * Threads [from, to) of the dataset. Each chunk has its own random stream and its exact share of
 * the replies, so chunks can be generated one at a time (bounded memory) and the totals are exact.
 */
export function planChunk(pool: Pool, shape: DatasetShape, from: number, to: number): ImportedThread[] {
  const rng = createRng(BENCH_SEED).fork(`chunk-${from}`);
  const { memberIds } = shape;
  const count = to - from;
  const repliesBefore = Math.round((shape.replies * from) / shape.threads);
  const repliesInChunk = Math.round((shape.replies * to) / shape.threads) - repliesBefore;

  // Skewed like a real forum (as in the demo seed): many quiet threads, some busy ones;
  // with 10 replies a thread on average, the busiest get ~30 and ~40 % have 10-30.
  const weights = Array.from({ length: count }, () => rng.next() ** 2.2);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const replyCounts = weights.map((weight) => Math.floor((weight / weightSum) * repliesInChunk));
  let left = repliesInChunk - replyCounts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % count, left--) replyCounts[i] = (replyCounts[i] ?? 0) + 1;

  const start = shape.now - YEAR;
  const spacing = (YEAR - DAY) / shape.threads;
  const latest = shape.now - 60_000;
  const threads: ImportedThread[] = [];
  for (let offset = 0; offset < count; offset++) {
    const template = pool.templates[rng.int(0, pool.templates.length - 1)] as Template;
    const authorId = memberIds[rng.int(0, memberIds.length - 1)] as number;
    const createdAt = Math.floor(start + (from + offset + rng.next()) * spacing);
    const comments: ImportedComment[] = [];
    const depths: number[] = [];
    let clock = createdAt;
    for (let index = 0; index < (replyCounts[offset] ?? 0); index++) {
      clock = Math.min(latest, clock + rng.int(2 * 60_000, 8 * 3600_000));
      const parentIndex = index > 0 && rng.chance(0.45) ? rng.int(Math.max(0, index - 8), index - 1) : null;
      const depth = parentIndex === null ? 0 : Math.min((depths[parentIndex] ?? 0) + 1, 5);
      depths.push(depth);
      const replierId = memberIds[rng.int(0, memberIds.length - 1)] as number;
      comments.push({
        parentIndex,
        authorId: replierId,
        // Top-level replies from the template's first two, nested ones from its last two.
        bodySource: template.replies[(depth === 0 ? 0 : 2) + rng.int(0, 1)] as string,
        isAnonymous: rng.chance(0.04),
        createdAt: clock,
        deleted: rng.chance(0.01),
        votes: planVotes(rng, memberIds, replierId, clock, shape.now, 2),
      });
    }
    threads.push({
      channelSlug: template.channelSlug,
      authorId,
      title: template.title,
      bodySource: template.body,
      isAnonymous: rng.chance(0.08),
      createdAt,
      votes: planVotes(rng, memberIds, authorId, createdAt, shape.now, 12),
      comments,
    });
  }
  return threads;
}
