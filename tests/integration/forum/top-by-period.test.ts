import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { topPeriods, type TopPeriod } from "../../../src/server/forum/feeds";
import { loadHomePage } from "../../../src/server/forum/home-page";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Mid-week, mid-month: the window's start falls inside the previous bucket of every period. */
const now = Date.UTC(2026, 10, 18, 15, 30);

let authorId: number;
let voters: number[];
const votes = (score: number) => voters.slice(0, score).map((voterId) => ({ voterId, value: 1 as const, createdAt: now }));

beforeAll(async () => {
  authorId = await createPhysician(db);
  voters = await Promise.all([1, 2, 3, 4].map(() => createPhysician(db)));
});

/**
 * "Top of the week" (ADR 0032) lists exactly the threads created in the last 7 days, by score,
 * whatever the period buckets: a thread a minute inside the window is listed, a higher-scoring
 * one a minute outside it is not.
 */
describe("top by period", () => {
  for (const period of (Object.keys(topPeriods) as TopPeriod[]).filter((name) => topPeriods[name] > 0)) {
    it(`lists exactly the threads of the last ${topPeriods[period]} day(s), highest score first (${period})`, async () => {
      const start = now - topPeriods[period] * DAY;
      const channelSlug = "ophthalmology";
      const outside = await createThread(db, { authorId, channelSlug, title: `Outside the ${period}`, createdAt: start - MINUTE, votes: votes(4) });
      const oldHigh = await createThread(db, { authorId, channelSlug, title: `Long ago, high`, createdAt: start - 40 * DAY, votes: votes(4) });
      const edge = await createThread(db, { authorId, channelSlug, title: `Just inside the ${period}`, createdAt: start + MINUTE, votes: votes(1) });
      const recent = await createThread(db, { authorId, channelSlug, title: `Minutes old`, createdAt: now - MINUTE, votes: votes(2) });
      const middle = await createThread(db, { authorId, channelSlug, title: `Middle of the ${period}`, createdAt: now - (topPeriods[period] * DAY) / 2, votes: votes(3) });
      const listed = (await loadChannelPage(db, null, channelSlug, { sort: "top", period }, now)).feed.items.map((item) => item.id);
      const home = (await loadHomePage(db, null, { sort: "top", period }, now)).feed.items.map((item) => item.id);
      // Threads of earlier periods' cases sit in this same channel and window; only order among ours matters.
      const ours = [outside, oldHigh, edge, recent, middle].map((thread) => thread.threadId);
      expect(listed.filter((id) => ours.includes(id))).toEqual([middle.threadId, recent.threadId, edge.threadId]);
      expect(home.filter((id) => ours.includes(id))).toEqual([middle.threadId, recent.threadId, edge.threadId]);
    });
  }

  it("pages through every thread of a channel's week exactly once, by score, with the cursor", async () => {
    const channelSlug = "dermatology";
    const inWindow: { id: number; score: number }[] = [];
    for (let i = 0; i < 40; i++) {
      // Spread over the last 7 days (both buckets), scores 0–4 with many ties.
      const score = (i * 7) % 5;
      const { threadId } = await createThread(db, {
        authorId,
        channelSlug,
        title: `Week thread ${i}`,
        createdAt: now - 6 * DAY - 23 * 3600_000 + i * 4 * 3600_000,
        votes: votes(score),
      });
      inWindow.push({ id: threadId, score });
    }
    for (let i = 0; i < 5; i++) await createThread(db, { authorId, channelSlug, title: `Last week ${i}`, createdAt: now - 8 * DAY - i * DAY, votes: votes(4) });
    const seen: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await loadChannelPage(db, null, channelSlug, { sort: "top", period: "week", after }, now);
      seen.push(...result.feed.items.map((item) => item.id));
      if (!result.feed.nextCursor) break;
      after = result.feed.nextCursor;
    }
    const expected = [...inWindow].sort((a, b) => b.score - a.score || b.id - a.id).map((thread) => thread.id);
    expect(seen).toEqual(expected);
  });
});
