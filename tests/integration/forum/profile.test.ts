import type { Client, InStatement } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { drizzleOver } from "../../../src/server/db/client";
import { encodeCursor } from "../../../src/server/forum/cursor";
import { loadProfilePage, OWN_ANONYMOUS_MARK, PROFILE_PAGE_SIZE, type ProfilePage } from "../../../src/server/forum/profile";
import { createPhysician, createThread } from "../../fixtures/factories";
import { countRoundTrips } from "../../support/round-trips";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const base = Date.UTC(2026, 2, 1);
const ANON_THREAD_TITLE = "Zebra-striped secret thread about tachycardia";
const ANON_THREAD_BODY = "Quokka body text that only its author may connect to a profile.";
const ANON_REPLY_BODY = "Narwhal reply that must never appear on a profile for others.";
const LONG_REPLY = `## Heading\n\nFirst we tried **metoprolol** and [read the guideline](https://example.org/g) — then \`code\` & more.\n\n- one\n- two\n\n${"word ".repeat(80)}`;

function viewerOf(userId: number, pseudonym: string, overrides: Partial<Viewer> = {}): Viewer {
  return viewerLiteral(userId, { pseudonym, ...overrides });
}

let owner: Viewer;
let reader: Viewer;
let publicThreadId = 0;
let anonThreadId = 0;
let publicReplyId = 0;
let anonReplyId = 0;
let longReplyId = 0;

beforeAll(async () => {
  const ownerId = await createPhysician(db, { pseudonym: "Dr_Owner", specialtySlug: "cardiology", createdAt: Date.UTC(2025, 4, 12) });
  owner = viewerOf(ownerId, "Dr_Owner");
  const readerId = await createPhysician(db, { pseudonym: "dr_reader" });
  reader = viewerOf(readerId, "dr_reader");
  const voters = [await createPhysician(db), await createPhysician(db), await createPhysician(db)];
  const up = (count: number) => voters.slice(0, count).map((voterId) => ({ voterId, value: 1 as const, createdAt: base }));

  // Signed thread, score 2, with two replies by someone else.
  ({ threadId: publicThreadId } = await createThread(db, {
    authorId: ownerId,
    channelSlug: "cardiology",
    title: "Statins after a haemorrhagic stroke",
    createdAt: base,
    votes: up(2),
    replyCount: 2,
    replyAuthorId: readerId,
  }));
  // Anonymous thread, score 3: must not show, count or score for anyone but its author.
  ({ threadId: anonThreadId } = await createThread(db, {
    authorId: ownerId,
    channelSlug: "cardiology",
    title: ANON_THREAD_TITLE,
    bodySource: ANON_THREAD_BODY,
    isAnonymous: true,
    createdAt: base + 1000,
    votes: up(3),
  }));
  // The owner's replies in the reader's thread: signed (score 1), anonymous (score 2), deleted (score -1), long.
  const { commentIds } = await createThread(db, {
    authorId: readerId,
    channelSlug: "general",
    title: "Which beta blocker in HFrEF",
    createdAt: base + 2000,
    comments: [
      { parentIndex: null, authorId: ownerId, bodySource: "A *signed* reply on bisoprolol.", createdAt: base + 3000, votes: up(1) },
      { parentIndex: null, authorId: ownerId, bodySource: ANON_REPLY_BODY, isAnonymous: true, createdAt: base + 4000, votes: up(2) },
      { parentIndex: null, authorId: ownerId, bodySource: "A deleted reply.", deleted: true, createdAt: base + 5000, votes: [{ voterId: voters[0]!, value: -1, createdAt: base }] },
      { parentIndex: null, authorId: ownerId, bodySource: LONG_REPLY, createdAt: base + 6000 },
    ],
  });
  [publicReplyId = 0, anonReplyId = 0, , longReplyId = 0] = commentIds;
});

describe("a member's profile", () => {
  it("lists the member's signed threads with channel, score, replies and link", async () => {
    const page = await loadProfilePage(db, reader, "Dr_Owner", { tab: "threads" });
    expect(page.member).toEqual({ pseudonym: "Dr_Owner", specialty: "Cardiology", memberSince: Date.UTC(2025, 4, 12), bio: "", practiceSetting: "" });
    expect(page.isOwner).toBe(false);
    expect(page.list.tab).toBe("threads");
    expect(page.list.items).toEqual([
      {
        id: publicThreadId,
        title: "Statins after a haemorrhagic stroke",
        link: `/t/${publicThreadId}/statins-after-a-haemorrhagic-stroke`,
        channel: { slug: "cardiology", name: "Cardiology" },
        score: 2,
        commentCount: 2,
        createdAt: base,
        postedAnonymously: false,
      },
    ]);
    expect(page.list.nextCursor).toBeNull();
  });

  it("lists the member's signed, undeleted replies newest first with thread title and reply link", async () => {
    const page = await loadProfilePage(db, reader, "Dr_Owner", { tab: "replies" });
    if (page.list.tab !== "replies") throw new Error("expected the replies tab");
    expect(page.list.items.map((item) => item.id)).toEqual([longReplyId, publicReplyId]);
    expect(page.list.items[1]).toMatchObject({
      excerpt: "A signed reply on bisoprolol.",
      threadTitle: "Which beta blocker in HFrEF",
      link: expect.stringMatching(new RegExp(`^/t/\\d+/which-beta-blocker-in-hfref#reply-${publicReplyId}$`)),
      score: 1,
      postedAnonymously: false,
    });
  });

  it("shows a reply as plain text of at most about 200 characters, without markdown or HTML", async () => {
    const page = await loadProfilePage(db, reader, "Dr_Owner", { tab: "replies" });
    const excerpt = page.list.items.find((item) => item.id === longReplyId) as { excerpt: string };
    expect(excerpt.excerpt.startsWith("Heading First we tried metoprolol and read the guideline — then code & more. one two word word")).toBe(true);
    expect(excerpt.excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt.excerpt.endsWith("…")).toBe(true);
    expect(excerpt.excerpt).not.toMatch(/[<>*#`[\]]|&amp;|https:/);
  });

  it("counts signed threads and replies only, and sums votes received over them only", async () => {
    const page = await loadProfilePage(db, reader, "Dr_Owner", { tab: "threads" });
    // Signed thread (2) + signed reply (1) + long reply (0); the anonymous thread (3), the
    // anonymous reply (2) and the deleted reply (-1) would all change the total.
    expect(page.stats).toEqual({ threadCount: 1, replyCount: 2, votesReceived: 3, acceptedAnswers: 0 });
  });

  it("finds the member whatever the case of the pseudonym in the address", async () => {
    const page = await loadProfilePage(db, reader, "dR_oWNER", { tab: "threads" });
    expect(page.member.pseudonym).toBe("Dr_Owner");
  });

  it("never puts another member's anonymous thread or reply anywhere in the page result, on either tab", async () => {
    for (const tab of ["threads", "replies"] as const) {
      const json = JSON.stringify(await loadProfilePage(db, reader, "Dr_Owner", { tab }));
      for (const secret of [ANON_THREAD_TITLE, "Zebra", ANON_THREAD_BODY, "Quokka", ANON_REPLY_BODY, "Narwhal", `"id":${anonThreadId},`, `"id":${anonReplyId},`]) {
        expect(json).not.toContain(secret);
      }
      expect(json).not.toContain(OWN_ANONYMOUS_MARK);
    }
  });

  it("hides anonymous posts from admins too: only the audited reveal shows an author", async () => {
    const admin = viewerOf(await createPhysician(db, { role: "admin" }), "an_admin", { role: "admin" });
    const json = JSON.stringify([await loadProfilePage(db, admin, "Dr_Owner", { tab: "threads" }), await loadProfilePage(db, admin, "Dr_Owner", { tab: "replies" })]);
    expect(json).not.toContain("Zebra");
    expect(json).not.toContain("Narwhal");
  });

  it("shows the owner their own anonymous thread and reply, marked, with the same public counts", async () => {
    const threadsPage = await loadProfilePage(db, owner, "Dr_Owner", { tab: "threads" });
    expect(threadsPage.isOwner).toBe(true);
    expect(threadsPage.list.items.map((item) => [item.id, item.postedAnonymously])).toEqual([
      [anonThreadId, true],
      [publicThreadId, false],
    ]);
    const repliesPage = await loadProfilePage(db, owner, "dr_owner", { tab: "replies" });
    expect(repliesPage.list.items.map((item) => [item.id, item.postedAnonymously])).toEqual([
      [longReplyId, false],
      [anonReplyId, true],
      [publicReplyId, false],
    ]);
    expect(threadsPage.stats).toEqual({ threadCount: 1, replyCount: 2, votesReceived: 3, acceptedAnswers: 0 });
  });

  it("pages through a member's threads 25 at a time, newest first, without repeats, across equal timestamps", async () => {
    const authorId = await createPhysician(db, { pseudonym: "prolific_poster" });
    // Pairs of threads share a timestamp, so the order must fall back on the id.
    for (let i = 0; i < 55; i++) await createThread(db, { authorId, createdAt: base + Math.floor(i / 2) * 1000 });
    const seen: { id: number; createdAt: number }[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    do {
      const page: ProfilePage = await loadProfilePage(db, reader, "prolific_poster", { tab: "threads", after });
      sizes.push(page.list.items.length);
      seen.push(...page.list.items.map((item) => ({ id: item.id, createdAt: item.createdAt })));
      after = page.list.nextCursor ?? undefined;
    } while (after);
    expect(sizes).toEqual([PROFILE_PAGE_SIZE, PROFILE_PAGE_SIZE, 5]);
    expect(new Set(seen.map((item) => item.id)).size).toBe(55);
    const sorted = [...seen].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    expect(seen).toEqual(sorted);
  });

  it("pages through a member's replies 25 at a time", async () => {
    const authorId = await createPhysician(db, { pseudonym: "busy_replier" });
    await createThread(db, { authorId: reader.userId, replyCount: 30, replyAuthorId: authorId });
    const first = await loadProfilePage(db, reader, "busy_replier", { tab: "replies" });
    expect(first.list.items).toHaveLength(25);
    expect(first.stats.replyCount).toBe(30);
    const second = await loadProfilePage(db, reader, "busy_replier", { tab: "replies", after: first.list.nextCursor ?? undefined });
    expect(second.list.items).toHaveLength(5);
    expect(second.list.nextCursor).toBeNull();
    expect(second.list.items.filter((item) => first.list.items.some((seen) => seen.id === item.id))).toEqual([]);
  });

  it("answers NOT_FOUND for a deleted account", async () => {
    const userId = await createPhysician(db, { pseudonym: "gone_member" });
    await createThread(db, { authorId: userId });
    await handle.client.execute({ sql: "update users set deleted_at = ? where id = ?", args: [base, userId] });
    await expect(loadProfilePage(db, reader, "gone_member", { tab: "threads" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for an unknown pseudonym, a malformed one and an applicant who was never verified", async () => {
    await createPhysician(db, { pseudonym: "still_pending", verificationStatus: "pending" });
    for (const pseudonym of ["nobody_here", "../etc", "x".repeat(200), "still_pending"]) {
      await expect(loadProfilePage(db, reader, pseudonym, { tab: "threads" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("refuses visitors as UNAUTHENTICATED and members who cannot read the forum as FORBIDDEN", async () => {
    await expect(loadProfilePage(db, null, "Dr_Owner", { tab: "threads" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const pending = viewerOf(reader.userId, reader.pseudonym, { verificationStatus: "pending" });
    await expect(loadProfilePage(db, pending, "Dr_Owner", { tab: "threads" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const unconfirmed = viewerOf(reader.userId, reader.pseudonym, { emailConfirmed: false });
    await expect(loadProfilePage(db, unconfirmed, "Dr_Owner", { tab: "threads" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers a tampered page cursor with INVALID", async () => {
    await expect(loadProfilePage(db, reader, "Dr_Owner", { tab: "threads", after: "not-a-cursor" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("profile cost", () => {
  beforeAll(async () => {
    const authorId = await createPhysician(db, { pseudonym: "measured_member" });
    for (let i = 0; i < 30; i++) await createThread(db, { authorId });
    await createThread(db, { authorId: reader.userId, replyCount: 30, replyAuthorId: authorId });
  });

  it("loads either tab, first or later page, in one database round trip", async () => {
    const counted = countRoundTrips(handle.client);
    for (const tab of ["threads", "replies"] as const) {
      counted.reset();
      const first = await loadProfilePage(counted.db, reader, "measured_member", { tab });
      expect(counted.count()).toBe(1);
      counted.reset();
      await loadProfilePage(counted.db, reader, "measured_member", { tab, after: first.list.nextCursor ?? undefined });
      expect(first.list.nextCursor).not.toBeNull();
      expect(counted.count()).toBe(1);
    }
  });

  it("reads threads and replies through the author indexes, without a full scan or a sort step", async () => {
    const statements = captureBatches(handle.client);
    const captured = drizzleOver(statements.client);
    for (const tab of ["threads", "replies"] as const) {
      await loadProfilePage(captured, reader, "measured_member", { tab });
      await loadProfilePage(captured, reader, "measured_member", { tab, after: encodeCursor({ key: 1, id: 1 }) });
    }
    expect(statements.list.length).toBeGreaterThanOrEqual(8);
    for (const statement of statements.list) {
      const plan = await explain(statement);
      const text = plan.join("\n");
      // The calibration record (ADR 0025) reads the member's scored differentials through its own author index.
      expect(text, text).toMatch(/(threads|comments)_author_idx|differentials_author_scored_idx/);
      expect(text, text).not.toMatch(/TEMP B-TREE/);
      expect(
        plan.filter((step) => /^SCAN (threads|comments|users)\b/.test(step)),
        text,
      ).toEqual([]);
    }
  });
});

/** A client whose batches are recorded (and still run), to look at each statement's query plan. */
function captureBatches(client: Client): { client: Client; list: InStatement[] } {
  const list: InStatement[] = [];
  const proxy = new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === "batch" && typeof value === "function") {
        return (statements: InStatement[], ...rest: unknown[]) => {
          list.push(...statements);
          return (value as (...a: unknown[]) => unknown).apply(target, [statements, ...rest]);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { client: proxy, list };
}

async function explain(statement: InStatement): Promise<string[]> {
  const { sql, args } = typeof statement === "string" ? { sql: statement, args: [] } : statement;
  const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as never });
  return result.rows.map((row) => String(row.detail));
}
