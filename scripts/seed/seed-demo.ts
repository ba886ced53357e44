import { eq } from "drizzle-orm";
import { hashPassword } from "../../src/server/auth/passwords";
import type { Database } from "../../src/server/db/client";
import { users } from "../../src/server/db/schema";
import { channelCatalog } from "../../src/server/forum/channel-catalog";
import { importThreads, importUsers, type ImportedComment, type ImportedThread, type ImportedVote } from "../../src/server/forum/import-community";
import { generateReply, generateThread } from "./content";
import { citeInDemoThreads, insertDemoReferences } from "./demo-evidence";
import { seedDemoFeatures, type DemoFeatureCounts } from "./demo-features";
import { generatePhysicians } from "./physicians";
import { createRng, type Rng } from "./random";
import { planDemoCases, seedDemoDifferentials } from "./demo-cases";

/**
 * The demo community of `npm run db:seed` and `npm start`. Content is deterministic (one seeded
 * RNG); timestamps are offsets back from `now`, so the demo always looks current. Seeding a
 * database that already has the demo admin changes nothing.
 */

export const DEMO_PASSWORD = "rounds-demo-password";
export const DEMO_ADMIN_EMAIL = "admin@example.org";

export interface SeedOptions {
  now: number;
  seed?: string;
  physicianCount?: number;
  threadCount?: number;
  replyCount?: number;
  /** Called as threads are written: (written, total). */
  onProgress?: (written: number, total: number) => void;
}

export interface DemoLogin {
  email: string;
  pseudonym: string;
  role: string;
}

export interface SeedResult {
  status: "seeded" | "already-seeded";
  logins: DemoLogin[];
  /** The generated discussions (threads, their replies and votes). */
  counts: { physicians: number; threads: number; replies: number; votes: number };
  /** The feature tour written on top of them (demo-features.ts); absent when already seeded. */
  features?: DemoFeatureCounts;
}

const DAY = 24 * 3600_000;

/** The first demo login is the admin, the second a global moderator (to try /mod), the rest members. */
function demoRole(index: number): "admin" | "moderator" | "member" {
  return index === 0 ? "admin" : index === 1 ? "moderator" : "member";
}

/** How many demo accounts `npm start` and `npm run db:seed` print: the admin, the moderator and three members. */
export const DEMO_LOGIN_COUNT = 5;

/**
 * The printed demo accounts (admin, global moderator, then members; the first member is "the demo
 * member", who has unread replies); the same for every run of a seed.
 */
export function demoLogins(seed = "rounds-demo", physicianCount = 30): DemoLogin[] {
  const physicians = generatePhysicians(createRng(seed).fork("physicians"), physicianCount);
  return physicians.slice(0, DEMO_LOGIN_COUNT).map((physician, index) => ({ email: physician.email, pseudonym: physician.pseudonym, role: demoRole(index) }));
}

export async function seedDemoCommunity(db: Database, options: SeedOptions): Promise<SeedResult> {
  const physicianCount = options.physicianCount ?? 30;
  const threadCount = options.threadCount ?? 200;
  const replyCount = options.replyCount ?? 2000;
  const rng = createRng(options.seed ?? "rounds-demo");
  const physicians = generatePhysicians(rng.fork("physicians"), physicianCount);
  const logins = demoLogins(options.seed, physicianCount);

  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ADMIN_EMAIL));
  if (existing.length > 0) {
    return { status: "already-seeded", logins, counts: { physicians: 0, threads: 0, replies: 0, votes: 0 } };
  }

  // One hash for every demo account: Argon2id costs ~0.07 s and these passwords are public anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const memberSince = options.now - 400 * DAY;
  const userIds = await importUsers(
    db,
    physicians.map((physician, index) => ({
      pseudonym: physician.pseudonym,
      email: physician.email,
      passwordHash,
      firstName: physician.firstName,
      lastName: physician.lastName,
      npi: physician.npi,
      specialtySlug: physician.specialtySlug,
      licenceState: physician.stateOfLicence,
      role: demoRole(index),
      verificationStatus: "verified" as const,
      createdAt: memberSince + index * DAY,
    })),
  );
  const authors = physicians.map((physician, index) => ({ id: userIds[index] as number, specialtySlug: physician.specialtySlug }));

  const threadList = planThreads(rng.fork("threads"), authors, { threadCount, replyCount, now: options.now });
  const counts = {
    physicians: userIds.length,
    threads: threadList.length,
    replies: threadList.reduce((sum, thread) => sum + (thread.comments?.length ?? 0), 0),
    votes: threadList.reduce((sum, thread) => sum + (thread.votes?.length ?? 0) + (thread.comments ?? []).reduce((n, c) => n + (c.votes?.length ?? 0), 0), 0),
  };
  // Evidence cards from stored metadata (no outside request): the rows first, so the citing
  // threads find them described.
  citeInDemoThreads(threadList);
  await insertDemoReferences(db, options.now);
  // Differentials (ADR 0025): some threads are cases with blind differentials, scored when solved.
  const staffIds = authors.filter((_, index) => demoRole(index) !== "member").map((author) => author.id);
  const demoCases = planDemoCases(rng.fork("cases"), threadList, staffIds);
  const written = await importThreads(db, threadList, { onProgress: (done) => options.onProgress?.(done, threadList.length) });
  await seedDemoDifferentials(db, rng.fork("differentials"), demoCases, threadList, written, authors, options.now);
  // A tour of every feature (scripts/seed/demo-features.ts): structured cases, polls, flags, unread replies.
  const members = physicians.map((physician, index) => ({
    id: userIds[index] as number,
    pseudonym: physician.pseudonym,
    role: demoRole(index),
    createdAt: memberSince + index * DAY,
  }));
  const demoMember = members[2];
  if (!demoMember) throw new Error("the demo needs at least three physicians");
  const features = await seedDemoFeatures(db, { rng: rng.fork("features"), members, demoMember, now: options.now });
  return { status: "seeded", logins, counts, features };
}

interface Author {
  id: number;
  specialtySlug: string;
}

/** Votes from a random subset of members, never the author; mostly up, as on a healthy forum. */
function planVotes(rng: Rng, voters: readonly Author[], authorId: number, after: number, now: number, maxVoters: number): ImportedVote[] {
  const count = rng.int(0, maxVoters);
  return rng
    .sample(
      voters.filter((voter) => voter.id !== authorId),
      count,
    )
    .map((voter) => ({
      voterId: voter.id,
      value: rng.chance(0.85) ? (1 as const) : (-1 as const),
      createdAt: Math.min(now, after + rng.int(60_000, 3 * DAY)),
    }));
}

function planThreads(rng: Rng, authors: readonly Author[], options: { threadCount: number; replyCount: number; now: number }): ImportedThread[] {
  const specialtyChannels = new Set(channelCatalog.map((channel) => channel.slug));
  // Reply counts are skewed like a real forum: a few busy threads, many quiet ones.
  const weights = Array.from({ length: options.threadCount }, () => rng.next() ** 2.2);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  let repliesLeft = options.replyCount;
  const replyCounts = weights.map((weight) => Math.floor((weight / weightSum) * options.replyCount));
  repliesLeft -= replyCounts.reduce((a, b) => a + b, 0);
  for (let i = 0; repliesLeft > 0; i = (i + 1) % replyCounts.length, repliesLeft--) replyCounts[i] = (replyCounts[i] ?? 0) + 1;

  const threadsPlanned: ImportedThread[] = [];
  for (let index = 0; index < options.threadCount; index++) {
    const author = rng.pick(authors);
    const roll = rng.next();
    const channelSlug =
      roll < 0.12 ? "general" : roll < 0.2 ? "practice-career" : specialtyChannels.has(author.specialtySlug) && roll < 0.75 ? author.specialtySlug : rng.pick(channelCatalog).slug;
    const generated = generateThread(rng, channelSlug);
    const createdAt = options.now - Math.floor(rng.next() ** 1.5 * 60 * DAY) - rng.int(5 * 60_000, 3600_000);
    const comments: ImportedComment[] = [];
    let clock = createdAt;
    const depths: number[] = [];
    for (let replyIndex = 0; replyIndex < (replyCounts[index] ?? 0); replyIndex++) {
      clock = Math.min(options.now - 60_000, clock + rng.int(2 * 60_000, 8 * 3600_000));
      const parentIndex = replyIndex > 0 && rng.chance(0.45) ? rng.int(Math.max(0, replyIndex - 8), replyIndex - 1) : null;
      const depth = parentIndex === null ? 0 : Math.min((depths[parentIndex] ?? 0) + 1, 5);
      depths.push(depth);
      const replier = rng.pick(authors);
      comments.push({
        parentIndex,
        authorId: replier.id,
        bodySource: generateReply(rng, channelSlug, generated.topic, depth),
        isAnonymous: rng.chance(0.04),
        createdAt: clock,
        deleted: rng.chance(0.01),
        votes: planVotes(rng, authors, replier.id, clock, options.now, 6),
      });
    }
    threadsPlanned.push({
      channelSlug,
      authorId: author.id,
      title: generated.title,
      bodySource: generated.bodyMarkdown,
      isAnonymous: rng.chance(0.08),
      createdAt,
      votes: planVotes(rng, authors, author.id, createdAt, options.now, 14),
      comments,
    });
  }
  // Written oldest first, so ids grow with time as they would in a live forum.
  return threadsPlanned.sort((a, b) => a.createdAt - b.createdAt);
}
