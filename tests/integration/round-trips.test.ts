import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateSession } from "../../src/server/auth/session-gate";
import { createSession, validateSessionToken } from "../../src/server/auth/sessions";
import { drizzleOver, type Database } from "../../src/server/db/client";
import { loadChannelPage } from "../../src/server/forum/channel-page";
import { loadHomePage } from "../../src/server/forum/home-page";
import { loadThreadPage } from "../../src/server/forum/thread-page";
import type { Viewer } from "../../src/server/auth/viewer";
import { loadBookmarks } from "../../src/server/follow/bookmarks";
import { listVerificationQueue } from "../../src/server/auth/verification";
import { loadMemberDirectory, searchMembers } from "../../src/server/admin/member-directory";
import { encodeKeyset } from "../../src/server/forum/cursor";
import { listOutboxForAdmin } from "../../src/server/mail/admin-outbox";
import { loadModLog } from "../../src/server/moderation/mod-log";
import { loadPostForModeration } from "../../src/server/moderation/mod-post";
import { loadModQueue } from "../../src/server/moderation/mod-queue";
import { loadMyFlags } from "../../src/server/moderation/my-flags";
import { loadFlagTarget } from "../../src/server/moderation/flags";
import { loadNotifications } from "../../src/server/notifications/inbox";
import { createPhysician, createThread } from "../fixtures/factories";
import { loadComposerPage } from "../../src/server/forum/composer-page";
import { loadProfilePage } from "../../src/server/forum/profile";
import { loadFirstRunPage } from "../../src/server/onboarding/first-run";
import { searchForum } from "../../src/server/search/search-forum";
import { countRoundTrips } from "../support/round-trips";
import { loadLeaderboard } from "../../src/server/differentials/leaderboard";
import { createTestDatabase } from "../support/test-database";

// TTFB at the edge is roughly Worker CPU + round trips × distance to Turso. A page read on a
// viewer cookie takes one: the session gate rides in the page's first batch (ADR 0020). The
// session lookup on its own is the second trip of the path without a viewer cookie.
const MAX_ROUND_TRIPS_AFTER_LOOKUP = 2;

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

/**
 * Loads a page the way the middleware does on a read with a viewer cookie: the claim was read
 * earlier (not counted), and the page's database calls go through the session gate.
 */
async function asGatedPage<T>(token: string, load: (db: Database, viewer: Viewer) => Promise<T>): Promise<T> {
  const now = Date.now();
  const session = await validateSessionToken(handle.db, token, now);
  if (!session.viewer || !session.sessionId || !session.record) throw new Error("the test session is not valid");
  counted.reset();
  const gate = gateSession(counted.client, { sessionId: session.sessionId, record: session.record, now });
  const page = await load(drizzleOver(gate.client), session.viewer);
  expect((await gate.confirm()).passed).toBe(true);
  return page;
}

describe("database round trips per page", () => {
  it("loads a thread page with 50 replies in one round trip", async () => {
    const page = await asGatedPage(sessionToken, (db, viewer) => loadThreadPage(db, viewer, threadId, { sort: "best" }, Date.now()));
    expect(page.thread.commentCount).toBe(50);
    expect(counted.count()).toBe(1);
  });

  for (const sort of ["hot", "new", "top"] as const) {
    it(`loads the ${sort} channel feed and its second page in one round trip each`, async () => {
      const first = await asGatedPage(sessionToken, (db, viewer) => loadChannelPage(db, viewer, "neurology", { sort }, Date.now()));
      expect(counted.count()).toBe(1);
      const second = await asGatedPage(sessionToken, (db, viewer) => loadChannelPage(db, viewer, "neurology", { sort, after: first.feed.nextCursor ?? undefined }, Date.now()));
      expect(second.feed.items.length).toBeGreaterThan(0);
      expect(counted.count()).toBe(1);
    });

    it(`loads the ${sort} home feed in one round trip`, async () => {
      const page = await asGatedPage(sessionToken, (db, viewer) => loadHomePage(db, viewer, { sort }, Date.now()));
      expect(page.feed.items.length).toBeGreaterThan(0);
      expect(counted.count()).toBe(1);
    });
  }

  it("loads every other member page in one round trip, the session gate included", async () => {
    const moderatorId = await createPhysician(handle.db, { role: "moderator", pseudonym: "rt_moderator" });
    const { token } = await createSession(handle.db, moderatorId, Date.now());
    const pages: [string, (db: Database, viewer: Viewer) => Promise<unknown>][] = [
      ["a thread with 200 replies", (db, viewer) => loadThreadPage(db, viewer, bigThreadId, { sort: "best" }, Date.now())],
      ["the queue", (db, viewer) => loadModQueue(db, viewer, Date.now())],
      ["a post under review", (db, viewer) => loadPostForModeration(db, viewer, "thread", threadId, Date.now())],
      ["the log", (db, viewer) => loadModLog(db, viewer, undefined, Date.now())],
      ["notifications", (db, viewer) => loadNotifications(db, viewer)],
      ["bookmarks", (db, viewer) => loadBookmarks(db, viewer)],
      ["my flags", (db, viewer) => loadMyFlags(db, viewer)],
      ["the flag form", (db, viewer) => loadFlagTarget(db, viewer, { targetType: "thread", targetId: threadId }, Date.now())],
      ["the composer (draft, anonymous label and remaining allowance)", (db, viewer) => loadComposerPage(db, viewer, Date.now())],
      ["the first-run page", (db, viewer) => loadFirstRunPage(db, viewer, Date.now())],
      ["a profile", (db, viewer) => loadProfilePage(db, viewer, "rt_moderator", { tab: "threads" })],
      ["search", (db, viewer) => searchForum(db, viewer, { q: "thread" }, Date.now())],
      ["the calibration leaderboard", (db, viewer) => loadLeaderboard(db, viewer, { specialty: "neurology" })],
    ];
    for (const [name, load] of pages) {
      await asGatedPage(token, load);
      expect(counted.count(), name).toBe(1);
    }
  });

  it("loads the admin and moderator lists, their later pages and a member search in one round trip each", async () => {
    const adminId = await createPhysician(handle.db, { role: "admin", pseudonym: "rt_admin" });
    const { token } = await createSession(handle.db, adminId, Date.now());
    const later = encodeKeyset([Date.now(), Number.MAX_SAFE_INTEGER]);
    const pages: [string, (db: Database, viewer: Viewer) => Promise<unknown>][] = [
      ["the member list", (db, viewer) => loadMemberDirectory(db, viewer)],
      ["the member list, a later page", (db, viewer) => loadMemberDirectory(db, viewer, { after: later })],
      ["a member search by pseudonym", (db, viewer) => searchMembers(db, viewer, { by: "pseudonym", q: "rt_" })],
      ["a member search by email", (db, viewer) => searchMembers(db, viewer, { by: "email", q: "nobody@example.org" })],
      ["a member search by NPI", (db, viewer) => searchMembers(db, viewer, { by: "npi", q: "1234567893" })],
      ["the queue, a later page", (db, viewer) => loadModQueue(db, viewer, Date.now(), { after: encodeKeyset([1, 1, 0, "thread", 1]) })],
      ["the log, a later page", (db, viewer) => loadModLog(db, viewer, later, Date.now())],
      ["the outbox", (db, viewer) => listOutboxForAdmin(db, viewer)],
      ["the verification queue", (db, viewer) => listVerificationQueue(db, viewer)],
      ["the verification queue, a later page", (db, viewer) => listVerificationQueue(db, viewer, { after: encodeKeyset([1, 1]) })],
      ["the outbox, a later page", (db, viewer) => listOutboxForAdmin(db, viewer, later)],
    ];
    for (const [name, load] of pages) {
      await asGatedPage(token, load);
      expect(counted.count(), name).toBe(1);
    }
  });

  it("takes two round trips only when the session is looked up first (a write, or the first read after sign-in)", async () => {
    counted.reset();
    const { viewer } = await validateSessionToken(counted.db, sessionToken, Date.now());
    await loadThreadPage(counted.db, viewer, threadId, { sort: "best" }, Date.now());
    expect(counted.count()).toBe(MAX_ROUND_TRIPS_AFTER_LOOKUP);
  });
});
