import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadChannelPage } from "../../src/server/forum/channel-page";
import { loadHomePage } from "../../src/server/forum/home-page";
import { loadThreadPage } from "../../src/server/forum/thread-page";
import { createPhysician, createThread } from "../fixtures/factories";
import { countRoundTrips } from "../support/round-trips";
import { createTestDatabase } from "../support/test-database";

// TTFB at the edge is roughly Worker CPU + round trips × distance to Turso: pages may take two.
const MAX_ROUND_TRIPS_PER_PAGE = 2;

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const counted = countRoundTrips(handle.client);
let threadId = 0;

beforeAll(async () => {
  const authorId = await createPhysician(handle.db);
  for (let i = 0; i < 30; i++) await createThread(handle.db, { authorId, channelSlug: "neurology" });
  ({ threadId } = await createThread(handle.db, { authorId, channelSlug: "neurology", replyCount: 50 }));
  counted.reset();
});

describe("database round trips per page", () => {
  it("loads a thread page with 50 replies in at most two round trips", async () => {
    counted.reset();
    const page = await loadThreadPage(counted.db, null, threadId, { sort: "best" });
    expect(page.thread.commentCount).toBe(50);
    expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
  });

  for (const sort of ["hot", "new", "top"] as const) {
    it(`loads the ${sort} channel feed and its second page in at most two round trips each`, async () => {
      counted.reset();
      const first = await loadChannelPage(counted.db, null, "neurology", { sort });
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
      counted.reset();
      const second = await loadChannelPage(counted.db, null, "neurology", { sort, after: first.feed.nextCursor ?? undefined });
      expect(second.feed.items.length).toBeGreaterThan(0);
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
    });

    it(`loads the ${sort} home feed in at most two round trips`, async () => {
      counted.reset();
      await loadHomePage(counted.db, null, { sort });
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
    });
  }
});
