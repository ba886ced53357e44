import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadDigestPreference } from "../../../src/server/digest/preferences";
import { loadComposerPage } from "../../../src/server/forum/composer-page";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadHomePage } from "../../../src/server/forum/home-page";
import { consumePostingLimit } from "../../../src/server/forum/posting-rules";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { updateLimitSetting } from "../../../src/server/moderation/limit-settings";
import { completeFirstRun, loadFirstRunPage, skipFirstRun } from "../../../src/server/onboarding/first-run";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;

const DAY = 86_400_000;
// Mid-morning UTC, so "the count starts again" is hours away, not seconds.
const now = Date.UTC(2026, 10, 2, 9, 0);

/** A member an admin approved just now: joined today, first run due (as decideVerification leaves them). */
async function newlyApproved(specialtySlug = "cardiology"): Promise<Viewer> {
  const viewer = await createViewer(db, { user: { specialtySlug, createdAt: now - 60_000 }, now });
  await client.execute({ sql: "update users set first_run_due_at = ? where id = ?", args: [now, viewer.userId] });
  return viewer;
}

const followedSlugs = async (userId: number) =>
  (await client.execute({ sql: "select c.slug from channel_follows f join channels c on c.id = f.channel_id where f.user_id = ? order by c.slug", args: [userId] })).rows.map(
    (row) => row.slug,
  );
const homeFor = (viewer: Viewer) => loadHomePage(db, viewer, { sort: "new" }, now);

describe("the first-run page of a newly approved member", () => {
  it("is due on the home page after approval, and not for members who joined before", async () => {
    const approved = await newlyApproved();
    const longstanding = await createViewer(db, { now });
    expect((await homeFor(approved)).firstRunDue).toBe(true);
    expect((await homeFor(longstanding)).firstRunDue).toBe(false);
  });

  it("ticks the member's specialty channel while they follow none, and shows the digest choice", async () => {
    const approved = await newlyApproved("nephrology");
    const page = await loadFirstRunPage(db, approved, now);
    expect(page.channels.filter((channel) => channel.checked).map((channel) => channel.slug)).toEqual(["nephrology"]);
    expect(page.channels.length).toBeGreaterThan(10);
    expect(page.digestFrequency).toBe("weekly");
  });

  it("states the first-week limits with the numbers admins set, not the defaults", async () => {
    const admin = await createViewer(db, { role: "admin", now });
    const approved = await newlyApproved();
    expect((await loadFirstRunPage(db, approved, now)).newMemberLimits).toContain("3 new threads per day");
    await updateLimitSetting(db, admin, { name: "new_member_thread_day", limit: 2, windowSeconds: 86_400 }, now);
    const page = await loadFirstRunPage(db, approved, now);
    expect(page.newMemberLimits).toContain("2 new threads per day");
    expect(page.newMemberLimits).toContain("20 replies per day");
    expect(page).toMatchObject({ isNewMember: true, newMemberUntil: approved.memberSince + 7 * DAY });
    await updateLimitSetting(db, admin, { name: "new_member_thread_day", limit: 3, windowSeconds: 86_400 }, now);
  });

  it("follows exactly the channels chosen, saves the digest and stops sending the member there", async () => {
    const approved = await newlyApproved();
    await completeFirstRun(db, approved, { channels: ["cardiology", "general"], digestFrequency: "daily" }, now);
    expect(await followedSlugs(approved.userId)).toEqual(["cardiology", "general"]);
    expect(await loadDigestPreference(db, approved)).toBe("daily");
    expect((await homeFor(approved)).firstRunDue).toBe(false);
    // Coming back later, the page shows what they follow; unticking one unfollows it.
    expect(
      (await loadFirstRunPage(db, approved, now)).channels
        .filter((channel) => channel.checked)
        .map((channel) => channel.slug)
        .sort(),
    ).toEqual(["cardiology", "general"]);
    await completeFirstRun(db, approved, { channels: ["general"], digestFrequency: "weekly" }, now);
    expect(await followedSlugs(approved.userId)).toEqual(["general"]);
  });

  it("refuses a channel that does not exist and saves nothing", async () => {
    const approved = await newlyApproved();
    await expect(completeFirstRun(db, approved, { channels: ["cardiology", "astrology"], digestFrequency: "off" }, now)).rejects.toMatchObject({
      code: "INVALID",
      fields: { channels: expect.any(String) },
    });
    expect(await followedSlugs(approved.userId)).toEqual([]);
    expect(await loadDigestPreference(db, approved)).toBe("weekly");
    expect((await homeFor(approved)).firstRunDue).toBe(true);
  });

  it("can be skipped: nothing is followed or changed, and the home page no longer sends the member there", async () => {
    const approved = await newlyApproved();
    await skipFirstRun(db, approved);
    expect(await followedSlugs(approved.userId)).toEqual([]);
    expect((await homeFor(approved)).firstRunDue).toBe(false);
  });
});

describe("the remaining posting allowance", () => {
  it("shows a new member how many of their first-week threads are left, counting down as they post", async () => {
    const approved = await newlyApproved();
    expect((await loadComposerPage(db, approved, now)).allowance).toMatchObject({
      remaining: 3,
      sentence: "3 new threads left of 3 per day during your first 7 days; the count starts again in 15 hours.",
    });
    await consumePostingLimit(db, approved, "thread", now);
    await consumePostingLimit(db, approved, "thread", now + 3 * 60_000);
    expect((await loadComposerPage(db, approved, now + 6 * 60_000)).allowance?.sentence).toMatch(/^1 new thread left of 3 per day during your first 7 days/);
    await consumePostingLimit(db, approved, "thread", now + 6 * 60_000);
    expect((await loadComposerPage(db, approved, now + 9 * 60_000)).allowance?.sentence).toMatch(/^No new threads left of 3 per day/);
  });

  it("says nothing to a member with plenty left", async () => {
    const longstanding = await createViewer(db, { now });
    expect((await loadComposerPage(db, longstanding, now)).allowance).toBeNull();
  });

  it("follows the admin's limit: a raised first-week limit is not low any more", async () => {
    const admin = await createViewer(db, { role: "admin", now });
    await updateLimitSetting(db, admin, { name: "new_member_thread_day", limit: 10, windowSeconds: 86_400 }, now);
    const approved = await newlyApproved();
    expect((await loadComposerPage(db, approved, now)).allowance).toBeNull();
    await updateLimitSetting(db, admin, { name: "new_member_thread_day", limit: 3, windowSeconds: 86_400 }, now);
  });

  it("shows the reply box's allowance on the thread page when few replies are left", async () => {
    const author = await createViewer(db, { now });
    const { id: threadId } = await createThread(
      db,
      author,
      { channel: "general", title: "Night-shift handover checklists", body: "What do you use for the night-shift handover on the wards?" },
      now - DAY,
    );
    const approved = await newlyApproved();
    expect((await loadThreadPage(db, approved, threadId, { sort: "best" }, now)).replyAllowance).toBeNull();
    for (let i = 0; i < 17; i++) await consumePostingLimit(db, approved, "reply", now + i * 20_000);
    const page = await loadThreadPage(db, approved, threadId, { sort: "best" }, now + 400_000);
    expect(page.replyAllowance).toMatchObject({ remaining: 3 });
    expect(page.replyAllowance?.sentence).toMatch(/^3 replies left of 20 per day during your first 7 days/);
  });
});
