import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../src/server/auth/sessions";
import { loadChannelPage } from "../../src/server/forum/channel-page";
import { loadHomePage } from "../../src/server/forum/home-page";
import { loadThreadPage } from "../../src/server/forum/thread-page";
import type { Viewer } from "../../src/server/auth/viewer";
import { loadBookmarks } from "../../src/server/follow/bookmarks";
import { loadModLog } from "../../src/server/moderation/mod-log";
import { loadPostForModeration } from "../../src/server/moderation/mod-post";
import { loadModQueue } from "../../src/server/moderation/mod-queue";
import { loadMyFlags } from "../../src/server/moderation/my-flags";
import { loadFlagTarget } from "../../src/server/moderation/flags";
import { loadNotifications } from "../../src/server/notifications/inbox";
import { createPhysician, createThread } from "../fixtures/factories";
import { loadComposerPage } from "../../src/server/forum/composer-page";
import { countRoundTrips } from "../support/round-trips";
import { createTestDatabase } from "../support/test-database";

// TTFB at the edge is roughly Worker CPU + round trips × distance to Turso: pages may take two.
const MAX_ROUND_TRIPS_PER_PAGE = 2;

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const counted = countRoundTrips(handle.client);
let threadId = 0;
let bigThreadId = 0;
let sessionToken = "";

beforeAll(async () => {
  const authorId = await createPhysician(handle.db);
  for (let i = 0; i < 30; i++) await createThread(handle.db, { authorId, channelSlug: "neurology" });
  ({ threadId } = await createThread(handle.db, { authorId, channelSlug: "neurology", replyCount: 50 }));
  ({ threadId: bigThreadId } = await createThread(handle.db, { authorId, channelSlug: "neurology", replyCount: 200 }));
  ({ token: sessionToken } = await createSession(handle.db, authorId, Date.now()));
  counted.reset();
});

describe("database round trips per page", () => {
  it("loads a thread page with 50 replies in at most two round trips", async () => {
    counted.reset();
    const page = await loadThreadPage(counted.db, null, threadId, { sort: "best" }, Date.now());
    expect(page.thread.commentCount).toBe(50);
    expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
  });

  it("loads a thread page with 200 replies for a signed-in member, session lookup included, in at most two", async () => {
    counted.reset();
    const { viewer } = await validateSessionToken(counted.db, sessionToken, Date.now());
    const page = await loadThreadPage(counted.db, viewer, bigThreadId, { sort: "best" }, Date.now());
    expect(page.thread.commentCount).toBe(200);
    expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
  });

  for (const sort of ["hot", "new", "top"] as const) {
    it(`loads the ${sort} channel feed and its second page in at most two round trips each`, async () => {
      counted.reset();
      const first = await loadChannelPage(counted.db, null, "neurology", { sort }, Date.now());
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
      counted.reset();
      const second = await loadChannelPage(counted.db, null, "neurology", { sort, after: first.feed.nextCursor ?? undefined }, Date.now());
      expect(second.feed.items.length).toBeGreaterThan(0);
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
    });

    it(`loads the ${sort} home feed for a signed-in member, session lookup included, in at most two round trips`, async () => {
      counted.reset();
      const { viewer } = await validateSessionToken(counted.db, sessionToken, Date.now());
      await loadHomePage(counted.db, viewer, { sort }, Date.now());
      expect(counted.count()).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
    });
  }

  it("loads the moderation, notification, bookmark, flag and composer pages in one round trip each after the session", async () => {
    const moderatorId = await createPhysician(handle.db, { role: "moderator" });
    const { token } = await createSession(handle.db, moderatorId, Date.now());
    const pages: [string, (viewer: Viewer) => Promise<unknown>][] = [
      ["the queue", (viewer) => loadModQueue(counted.db, viewer, Date.now())],
      ["a post under review", (viewer) => loadPostForModeration(counted.db, viewer, "thread", threadId, Date.now())],
      ["the log", (viewer) => loadModLog(counted.db, viewer, undefined, Date.now())],
      ["notifications", (viewer) => loadNotifications(counted.db, viewer)],
      ["bookmarks", (viewer) => loadBookmarks(counted.db, viewer)],
      ["my flags", (viewer) => loadMyFlags(counted.db, viewer)],
      ["the flag form", (viewer) => loadFlagTarget(counted.db, viewer, { targetType: "thread", targetId: threadId }, Date.now())],
      ["the composer (draft and anonymous label)", (viewer) => loadComposerPage(counted.db, viewer, Date.now())],
    ];
    for (const [name, load] of pages) {
      counted.reset();
      const { viewer } = await validateSessionToken(counted.db, token, Date.now());
      await load(viewer!);
      expect(counted.count(), name).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_PAGE);
    }
  });
});
