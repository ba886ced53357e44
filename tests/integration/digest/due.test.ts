import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "../../../src/server/db/schema";
import { claimDigests } from "../../../src/server/digest/candidates";
import { sendDueDigests } from "../../../src/server/digest/run-digests";
import { createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { DAY, HOUR, NOW, createMember, digestServices, digestStateOf, follow, mailTo, notify } from "./digest-fixtures";

// Each test gets its own database, so the job's counts are the test's own.
const handles: ReturnType<typeof createTestDatabase>[] = [];
function freshDb() {
  const handle = createTestDatabase();
  handles.push(handle);
  return handle.db;
}
afterAll(() => {
  for (const handle of handles) handle.client.close();
});

const run = (db: ReturnType<typeof freshDb>, now = NOW, options = {}) => sendDueDigests(db, digestServices(), now, options);

describe("who is owed a digest", () => {
  it("sends a weekly member who never had one a digest once, and nothing on a second run the same day", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "weekly" });
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW - 2 * HOUR });

    expect(await run(db)).toEqual({ sent: 1, failed: 0, deferred: 0, left: 0, stoppedBy: null });
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "weekly", sentAt: NOW });
    expect(await run(db, NOW + 5 * 60_000)).toMatchObject({ sent: 0, left: 0 });
    expect(await run(db, NOW + 20 * HOUR)).toMatchObject({ sent: 0, left: 0 });
    expect(await mailTo(db, member.email)).toHaveLength(1);
  });

  it("sends daily members again after 23 hours, not before, when there is news", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "daily", digestSentAt: NOW - 22 * HOUR });
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW - HOUR });
    expect(await run(db)).toMatchObject({ sent: 0, left: 0 });
    expect(await run(db, NOW + HOUR)).toMatchObject({ sent: 1 });
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "daily", sentAt: NOW + HOUR });
    // Two runs on one day (a retried invocation, a manual run) send once.
    expect(await run(db, NOW + 2 * HOUR)).toMatchObject({ sent: 0 });
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW + 3 * HOUR });
    expect(await run(db, NOW + HOUR + 23 * HOUR)).toMatchObject({ sent: 1 });
    expect(await mailTo(db, member.email)).toHaveLength(2);
  });

  it("sends weekly members again after six and a half days, not after six", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "weekly", digestSentAt: NOW - 6 * DAY });
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW - HOUR });
    expect(await run(db)).toMatchObject({ sent: 0 });
    expect(await run(db, NOW + 12 * HOUR)).toMatchObject({ sent: 1 });
  });

  it("sends nothing to members who turned the digest off", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "off" });
    await notify(db, { userId: member.id, kind: "verification" });
    expect(await run(db)).toMatchObject({ sent: 0, left: 0 });
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "off", sentAt: null });
  });

  it("sends nothing to pending, rejected, banned, unconfirmed or deleted accounts", async () => {
    const db = freshDb();
    const members = [
      await createMember(db, { verificationStatus: "pending" }),
      await createMember(db, { verificationStatus: "rejected" }),
      await createMember(db, { verificationStatus: "banned" }),
      await createMember(db, { verificationStatus: "suspended" }),
      await createMember(db, { emailConfirmedAt: null }),
      await createMember(db, { deletedAt: NOW - DAY }),
    ];
    for (const member of members) await notify(db, { userId: member.id, kind: "verification" });
    expect(await run(db)).toMatchObject({ sent: 0, left: 0 });
  });

  it("still sends to a member under a moderator's suspension (they read the forum)", async () => {
    const db = freshDb();
    const member = await createMember(db);
    await db
      .update(users)
      .set({ suspendedUntil: NOW + 7 * DAY })
      .where(eq(users.id, member.id));
    await notify(db, { userId: member.id, kind: "verification" });
    expect(await run(db)).toMatchObject({ sent: 1 });
  });

  it("sends nothing and marks nothing when there is nothing new; the first run after news sends", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "daily" });
    await follow(db, member.id, "cardiology");
    // A read notification and an old thread are not news.
    await notify(db, { userId: member.id, kind: "verification", readAt: NOW - HOUR });
    const author = await createMember(db);
    await createThread(db, { authorId: author.id, channelSlug: "cardiology", createdAt: NOW - 3 * DAY });
    expect(await run(db)).toMatchObject({ sent: 0, left: 0 });
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "daily", sentAt: null });

    await createThread(db, { authorId: author.id, channelSlug: "cardiology", createdAt: NOW + 10 * 60_000 });
    expect(await run(db, NOW + 20 * 60_000)).toMatchObject({ sent: 1 });
    expect(await digestStateOf(db, member.id)).toEqual({ frequency: "daily", sentAt: NOW + 20 * 60_000 });
  });

  it("does not send again for unread notifications the last digest already reported", async () => {
    const db = freshDb();
    const member = await createMember(db, { digestFrequency: "weekly", digestSentAt: NOW - 7 * DAY });
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW - 8 * DAY });
    expect(await run(db)).toMatchObject({ sent: 0, left: 0 });
    // Something new arrives: the digest counts the old unread one too.
    await notify(db, { userId: member.id, kind: "verification", createdAt: NOW - HOUR });
    expect(await run(db)).toMatchObject({ sent: 1 });
    expect((await mailTo(db, member.email))[0]?.subject).toBe("Your Rounds digest: 2 unread notifications");
  });

  it("lets only one run claim a member (compare-and-set), so overlapping runs never send twice", async () => {
    const db = freshDb();
    const member = await createMember(db);
    expect(await claimDigests(db, [member.id], NOW)).toEqual([member.id]);
    expect(await claimDigests(db, [member.id], NOW)).toEqual([]);
    expect(await claimDigests(db, [member.id], NOW + 10 * 60_000)).toEqual([]);
  });

  it("works in bounded batches, stops at the per-run cap and says how many are left", async () => {
    const db = freshDb();
    const members = [];
    for (let n = 0; n < 7; n++) {
      const member = await createMember(db);
      await notify(db, { userId: member.id, kind: "verification" });
      members.push(member);
    }
    expect(await run(db, NOW, { batchSize: 2, maxMembers: 5 })).toEqual({ sent: 5, failed: 0, deferred: 0, left: 2, stoppedBy: "cap" });
    expect(await run(db, NOW + 10 * 60_000, { batchSize: 2, maxMembers: 5 })).toEqual({ sent: 2, failed: 0, deferred: 0, left: 0, stoppedBy: null });
    for (const member of members) expect(await mailTo(db, member.email)).toHaveLength(1);
  });
});
