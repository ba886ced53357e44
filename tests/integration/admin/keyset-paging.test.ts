import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMemberDirectory } from "../../../src/server/admin/member-directory";
import { listVerificationQueue } from "../../../src/server/auth/verification";
import type { Viewer } from "../../../src/server/auth/viewer";
import { auditLog, users } from "../../../src/server/db/schema";
import { flagPost } from "../../../src/server/moderation/flags";
import { auditStatement } from "../../../src/server/moderation/audit-log";
import { loadModLog } from "../../../src/server/moderation/mod-log";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { createPendingApplication, createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Keyset paging of the admin and moderator lists: following "next" links from the first page
 * visits every row exactly once, in order, even when many rows share the sort key's time.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const NOW = Date.UTC(2026, 5, 1, 9);

/** Every item of a list, page by page, following each page's cursor until there is none. */
async function allPages<Item>(load: (cursor: string | undefined) => Promise<{ items: Item[]; next: string | null }>): Promise<Item[][]> {
  const pages: Item[][] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await load(cursor);
    pages.push(page.items);
    if (!page.next) return pages;
    cursor = page.next;
  }
  throw new Error("paging did not end");
}

let admin: Viewer;
let moderator: Viewer;

beforeAll(async () => {
  admin = await createViewer(db, { role: "admin", now: NOW });
  moderator = await createViewer(db, { role: "moderator", now: NOW });
});

describe("the member list", () => {
  it("pages through every member once, newest first, with ties in the join time broken by id", async () => {
    // Factory members all joined at the same instant: the list must still page exactly.
    for (let i = 0; i < 8; i++) await createPhysician(db);
    const late = await createPhysician(db, { createdAt: NOW });
    const pages = await allPages(async (after) => {
      const page = await loadMemberDirectory(db, admin, { after, limit: 3 });
      return { items: page.members, next: page.nextCursor };
    });
    const seen = pages.flat().map((member) => member.userId);
    const everyone = (await db.select({ id: users.id, createdAt: users.createdAt }).from(users)).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((row) => row.id);
    expect(seen).toEqual(everyone);
    expect(seen[0]).toBe(late);
    expect(pages.every((page) => page.length <= 3)).toBe(true);
  });

  it("answers INVALID for a tampered cursor", async () => {
    await expect(loadMemberDirectory(db, admin, { after: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("is for administrators only", async () => {
    await expect(loadMemberDirectory(db, moderator)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the verification queue", () => {
  it("pages through every pending application once, oldest first, with ties in time broken by id", async () => {
    const older = await createPendingApplication(db, NOW - 1000);
    const tied: number[] = [];
    for (let i = 0; i < 7; i++) tied.push(await createPendingApplication(db, NOW));
    const pages = await allPages(async (after) => {
      const page = await listVerificationQueue(db, admin, { after, limit: 3 });
      return { items: page.items, next: page.nextCursor };
    });
    expect(pages.flat().map((item) => item.applicationId)).toEqual([older, ...tied]);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
  });
});

describe("the moderation log", () => {
  it("pages through every entry once, newest first, with many entries at the same instant", async () => {
    const target = await createPhysician(db);
    for (let i = 0; i < 11; i++) await auditStatement(db, { actorId: admin.userId, action: "test.tie", targetType: "user", targetId: target, reason: `tie ${i}` }, NOW);
    await auditStatement(db, { actorId: admin.userId, action: "test.older", targetType: "user", targetId: target }, NOW - 1);
    const pages = await allPages(async (before) => {
      const page = await loadModLog(db, moderator, before, NOW, 4);
      return { items: page.entries, next: page.nextBefore };
    });
    const seen = pages.flat().map((entry) => entry.id);
    const all = (await db.select({ id: auditLog.id, createdAt: auditLog.createdAt }).from(auditLog)).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((row) => row.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages.flat().at(-1)?.action).toBe("test.older");
  });
});

describe("the moderation queue", () => {
  it("pages through every flagged post once: patient information first, then the most flagged, ties by post", async () => {
    const author = await createViewer(db, { now: NOW });
    const flagger = () => createViewer(db, { user: { createdAt: NOW - 30 * 86_400_000 }, now: NOW });
    const newThread = async () => (await createThread(db, { authorId: author.userId, channelSlug: "general" })).threadId;
    // Six threads flagged once for spam at the same instant: a tie in every sort column but the post.
    const spam: number[] = [];
    for (let i = 0; i < 6; i++) {
      const threadId = await newThread();
      await flagPost(db, await flagger(), { targetType: "thread", targetId: threadId, reason: "spam" }, NOW);
      spam.push(threadId);
    }
    const twice = await newThread();
    for (let i = 0; i < 2; i++) await flagPost(db, await flagger(), { targetType: "thread", targetId: twice, reason: "unprofessional" }, NOW + 5);
    const phi = await newThread();
    await flagPost(db, await flagger(), { targetType: "thread", targetId: phi, reason: "patient_information" }, NOW + 10);

    const pages = await allPages(async (after) => {
      const page = await loadModQueue(db, moderator, NOW, { after, limit: 2 });
      return { items: page.items, next: page.nextCursor };
    });
    expect(pages.flat().map((item) => item.targetId)).toEqual([phi, twice, ...spam]);
    expect(pages.flat().map((item) => item.flagCount)).toEqual([1, 2, 1, 1, 1, 1, 1, 1]);
    expect(pages.flat()[0]?.reasons).toEqual(["patient_information"]);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2]);
  });

  it("drops a post from the queue once moderators settle its flags", async () => {
    const author = await createViewer(db, { now: NOW });
    const { threadId } = await createThread(db, { authorId: author.userId, channelSlug: "general" });
    await flagPost(db, await createViewer(db, { now: NOW }), { targetType: "thread", targetId: threadId, reason: "spam" }, NOW);
    const listed = async () =>
      (
        await allPages(async (after) => {
          const page = await loadModQueue(db, moderator, NOW, { after, limit: 50 });
          return { items: page.items, next: page.nextCursor };
        })
      )
        .flat()
        .some((item) => item.targetId === threadId && item.targetType === "thread");
    expect(await listed()).toBe(true);
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "dismiss" }, NOW + 1);
    expect(await listed()).toBe(false);
  });

  it("answers INVALID for a tampered cursor", async () => {
    await expect(loadModQueue(db, moderator, NOW, { after: "W1siYSJdXQ" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
