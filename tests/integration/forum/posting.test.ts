import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { castVote } from "../../../src/server/forum/cast-vote";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { createPhysician } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
/** Each write a few minutes apart, so posting limits never interfere with what a test asserts. */
const tick = () => (clock += 5 * 60_000);

async function physician(overrides: { pseudonym?: string; specialtySlug?: string } = {}): Promise<Viewer> {
  const pseudonym = overrides.pseudonym ?? `poster_${Math.floor(Math.random() * 1e9)}`;
  const userId = await createPhysician(db, { pseudonym, specialtySlug: overrides.specialtySlug ?? "cardiology" });
  return viewerLiteral(userId, { pseudonym });
}

const threadInput = (overrides: Record<string, unknown> = {}) => ({
  channel: "cardiology",
  title: "Apixaban dose after a GI bleed in AF",
  body: "Man in his 70s, CHA2DS2-VASc 5, upper GI bleed on apixaban 5 mg BID. **When do you restart?**",
  ...overrides,
});

describe("starting a thread", () => {
  it("publishes a thread with rendered markdown and counts it in its channel", async () => {
    const author = await physician();
    const before = await handle.client.execute("select thread_count from channels where slug = 'cardiology'");
    const { id, slug } = await createThread(db, author, threadInput(), tick());
    expect(slug).toBe("apixaban-dose-after-a-gi-bleed-in-af");
    const page = await loadThreadPage(db, author, id, { sort: "best" }, Date.now());
    expect(page.thread.bodyHtml).toContain("<strong>When do you restart?</strong>");
    const after = await handle.client.execute("select thread_count from channels where slug = 'cardiology'");
    expect(Number(after.rows[0]!.thread_count)).toBe(Number(before.rows[0]!.thread_count) + 1);
  });

  it("refuses a thread with a date of birth and a record number, naming the spans, and stores nothing", async () => {
    const author = await physician();
    const body = "Pt DOB 03/14/1961, MRN 00482913, admitted with chest pain. Thoughts on the ECG?";
    const failure = await createThread(db, author, threadInput({ body }), tick()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    const spans = (failure as { flaggedSpans: Record<string, { start: number; end: number; category: string; level: string }[]> }).flaggedSpans.body!;
    const flagged = spans.filter((span) => span.level === "block").map((span) => [span.category, body.slice(span.start, span.end)]);
    expect(flagged).toEqual(
      expect.arrayContaining([
        ["date", "03/14/1961"],
        ["mrn", "00482913"],
      ]),
    );
    const stored = await handle.client.execute({ sql: "select count(*) as n from threads where body_source = ?", args: [body] });
    expect(stored.rows[0]!.n).toBe(0);
  });

  it("posts a warned thread only after the author confirms, and records the confirmation without the text", async () => {
    const author = await physician();
    const body = "Seeing a nonagenarian with recurrent syncope; tilt table or loop recorder first?";
    const first = await createThread(db, author, threadInput({ body }), tick()).catch((error: unknown) => error);
    expect(first).toMatchObject({ code: "PHI_DETECTED", fields: { confirmNotPhi: expect.any(String) } });
    const { id } = await createThread(db, author, threadInput({ body, confirmNotPhi: "on" }), tick());
    const confirmation = await handle.client.execute({ sql: "select * from phi_confirmations where target_type = 'thread' and target_id = ?", args: [id] });
    expect(confirmation.rows[0]).toMatchObject({ user_id: author.userId, categories: "age_over_89" });
    expect(JSON.stringify(confirmation.rows[0])).not.toContain("syncope");
  });

  it("shows an anonymous thread by the only radiologist as by a “Verified physician”, never naming the specialty", async () => {
    const author = await physician({ pseudonym: "hidden_radiologist", specialtySlug: "radiology" });
    const { id } = await createThread(db, author, threadInput({ anonymous: "on" }), tick());
    const page = await loadThreadPage(db, author, id, { sort: "best" }, Date.now());
    expect(page.thread.author.display).toBe("Verified physician");
    expect(JSON.stringify(page)).not.toContain("hidden_radiologist");
  });

  it("limits a member to one new thread every two minutes", async () => {
    const author = await physician();
    const at = tick();
    await createThread(db, author, threadInput(), at);
    await expect(createThread(db, author, threadInput(), at + 30_000)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses visitors and members who are not verified", async () => {
    await expect(createThread(db, null, threadInput(), tick())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const pending: Viewer = { ...(await physician()), verificationStatus: "pending" };
    await expect(createThread(db, pending, threadInput(), tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("replying", () => {
  it("nests replies to depth 5 and attaches deeper replies at depth 5", async () => {
    const author = await physician();
    const { id: threadId } = await createThread(db, author, threadInput(), tick());
    let parentId: number | undefined;
    const ids: number[] = [];
    for (let level = 0; level < 7; level++) {
      const reply = await createReply(db, author, { threadId, parentId: parentId ?? "", body: `Level ${level} reply` }, tick());
      ids.push(reply.id);
      parentId = reply.id;
    }
    const depths = await handle.client.execute({ sql: "select id, depth, parent_id from comments where thread_id = ? order by id", args: [threadId] });
    expect(depths.rows.map((row) => Number(row.depth))).toEqual([0, 1, 2, 3, 4, 5, 5]);
    // The 7th reply answered the depth-5 reply, so it sits beside it under the same parent.
    expect(Number(depths.rows[6]!.parent_id)).toBe(ids[4]);
    const page = await loadThreadPage(db, author, threadId, { sort: "old" }, Date.now());
    expect(page.thread.commentCount).toBe(7);
  });

  it("refuses a reply to a reply of another thread", async () => {
    const author = await physician();
    const first = await createThread(db, author, threadInput(), tick());
    const second = await createThread(db, author, threadInput(), tick());
    const reply = await createReply(db, author, { threadId: first.id, body: "On the first thread" }, tick());
    await expect(createReply(db, author, { threadId: second.id, parentId: reply.id, body: "Misplaced" }, tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("screens replies for patient identifiers too", async () => {
    const author = await physician();
    const { id: threadId } = await createThread(db, author, threadInput(), tick());
    await expect(createReply(db, author, { threadId, body: "Call her daughter at 617-555-0142 to consent." }, tick())).rejects.toMatchObject({
      code: "PHI_DETECTED",
    });
  });
});

describe("voting", () => {
  it("counts up, changed and withdrawn votes exactly", async () => {
    const author = await physician();
    const voter = await physician();
    const { id } = await createThread(db, author, threadInput(), tick());
    expect(await castVote(db, voter, { targetType: "thread", targetId: id, value: 1 }, tick())).toMatchObject({ score: 1, upCount: 1, downCount: 0 });
    expect(await castVote(db, voter, { targetType: "thread", targetId: id, value: -1 }, tick())).toMatchObject({ score: -1, upCount: 0, downCount: 1 });
    expect(await castVote(db, voter, { targetType: "thread", targetId: id, value: 0 }, tick())).toMatchObject({ score: 0, upCount: 0, downCount: 0 });
    const rows = await handle.client.execute({ sql: "select count(*) as n from votes where target_id = ? and target_type = 'thread'", args: [id] });
    expect(rows.rows[0]!.n).toBe(0);
  });

  it("keeps one row and a score of +1 after 50 concurrent identical votes", async () => {
    const author = await physician();
    const voter = await physician();
    const { id } = await createThread(db, author, threadInput(), tick());
    const at = tick();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => castVote(db, voter, { targetType: "thread", targetId: id, value: 1 }, at)));
    expect(results.filter((result) => result.status === "fulfilled").length).toBeGreaterThan(0);
    const rows = await handle.client.execute({ sql: "select count(*) as n from votes where target_id = ? and target_type = 'thread'", args: [id] });
    const thread = await handle.client.execute({ sql: "select score, up_count, down_count, hot_rank from threads where id = ?", args: [id] });
    expect(rows.rows[0]!.n).toBe(1);
    expect(thread.rows[0]).toMatchObject({ score: 1, up_count: 1, down_count: 0 });
  });

  it("moves a thread's hot rank with its score in the same write", async () => {
    const author = await physician();
    const voters = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => physician()));
    const { id } = await createThread(db, author, threadInput(), tick());
    const before = await handle.client.execute({ sql: "select hot_rank, created_at from threads where id = ?", args: [id] });
    for (const voter of voters) await castVote(db, voter, { targetType: "thread", targetId: id, value: 1 }, tick());
    const after = await handle.client.execute({ sql: "select hot_rank from threads where id = ?", args: [id] });
    expect(Number(after.rows[0]!.hot_rank) - Number(before.rows[0]!.hot_rank)).toBeCloseTo(1, 9);
  });

  it("refuses a vote on your own post", async () => {
    const author = await physician();
    const { id } = await createThread(db, author, threadInput(), tick());
    await expect(castVote(db, author, { targetType: "thread", targetId: id, value: 1 }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("counts votes on replies", async () => {
    const author = await physician();
    const voter = await physician();
    const { id: threadId } = await createThread(db, author, threadInput(), tick());
    const reply = await createReply(db, author, { threadId, body: "Restart at day 7 if hemostasis is secure." }, tick());
    expect(await castVote(db, voter, { targetType: "comment", targetId: reply.id, value: 1 }, tick())).toMatchObject({ score: 1 });
  });
});

describe("voting through the libSQL server (as in production)", () => {
  it("commits all 50 concurrent identical votes and still counts one", async () => {
    const { withMigratedLibsqlServer } = await import("../../support/libsql-server-harness");
    await withMigratedLibsqlServer(async (remote, server) => {
      const [authorId, voterId] = [await createPhysician(remote, { pseudonym: "remote_author" }), await createPhysician(remote, { pseudonym: "remote_voter" })];
      const author = viewerLiteral(authorId, { pseudonym: "remote_author" });
      const voter = viewerLiteral(voterId, { pseudonym: "remote_voter" });
      const { id } = await createThread(remote, author, threadInput(), tick());
      const at = tick();
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => castVote(remote, voter, { targetType: "thread", targetId: id, value: 1 }, at)));
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      const check = server.client();
      const rows = await check.execute({ sql: "select count(*) as n from votes where target_id = ?", args: [id] });
      const thread = await check.execute({ sql: "select score, up_count from threads where id = ?", args: [id] });
      expect(rows.rows[0]!.n).toBe(1);
      expect(thread.rows[0]).toMatchObject({ score: 1, up_count: 1 });
    });
  }, 60_000);
});

describe("deleted threads", () => {
  it("take no replies and no votes", async () => {
    const { deleteThread } = await import("../../../src/server/forum/edit-post");
    const author = await physician();
    const voter = await physician();
    const { id } = await createThread(db, author, threadInput(), tick());
    const reply = await createReply(db, author, { threadId: id, body: "Before deletion." }, tick());
    await deleteThread(db, author, { threadId: id }, tick());
    await expect(createReply(db, voter, { threadId: id, body: "After deletion." }, tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(castVote(db, voter, { targetType: "thread", targetId: id, value: 1 }, tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(castVote(db, voter, { targetType: "comment", targetId: reply.id, value: 1 }, tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
