import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import { createPhysician, createThread, giveSecondFactor } from "../fixtures/factories";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const env = { DATABASE_URL: `file:${handle.file}` };
const site = "http://rounds.test";
const app = createApiApp();

async function memberCookie(overrides: Parameters<typeof createPhysician>[1] = {}): Promise<{ userId: number; cookie: string }> {
  const userId = await createPhysician(db, overrides);
  const session = await createSession(db, userId, Date.now());
  return { userId, cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` };
}

function call(method: "GET" | "POST", path: string, cookie: string, body?: unknown) {
  const headers: Record<string, string> = { cookie, origin: site };
  if (body !== undefined) headers["content-type"] = "application/json";
  return app.request(`${site}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, env);
}

async function replyByAnother(): Promise<{ threadId: number; replyId: number }> {
  const authorId = await createPhysician(db);
  const { threadId, commentIds } = await createThread(db, {
    authorId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId, bodySource: "Check a **repeat lactate** at two hours.", createdAt: Date.UTC(2026, 0, 2) }],
  });
  return { threadId, replyId: commentIds[0]! };
}

describe("the moderation API", () => {
  it("takes a flag with 201, and a second from the same member with 409", async () => {
    const { replyId } = await replyByAnother();
    const flagger = await memberCookie();
    const first = await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: replyId, reason: "unprofessional" });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ hidden: false });
    const again = await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: replyId, reason: "spam" });
    expect(again.status).toBe(409);
  });

  it("answers a vote on a hidden reply with the same 404 as on a reply that does not exist", async () => {
    const { replyId } = await replyByAnother();
    const flagger = await memberCookie();
    await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: replyId, reason: "patient_information" });
    const voter = await memberCookie();
    const hidden = await call("POST", "/api/votes", voter.cookie, { targetType: "comment", targetId: replyId, value: 1 });
    const missing = await call("POST", "/api/votes", voter.cookie, { targetType: "comment", targetId: 99_999_999, value: 1 });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await hidden.json()).toEqual(await missing.json());
  });

  it("shows the queue to moderators only, and lets them settle a post", async () => {
    const { replyId } = await replyByAnother();
    const flagger = await memberCookie();
    await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: replyId, reason: "misinformation", note: "Outdated advice" });
    const member = await memberCookie();
    expect((await call("GET", "/api/mod/queue", member.cookie)).status).toBe(403);
    const moderator = await memberCookie({ role: "moderator" });
    const queue = (await (await call("GET", "/api/mod/queue", moderator.cookie)).json()) as { items: { targetId: number; reasons: string[] }[] };
    expect(queue.items.find((item) => item.targetId === replyId)).toMatchObject({ reasons: ["misinformation"] });

    const unknownField = await call("POST", `/api/mod/posts/comment/${replyId}`, moderator.cookie, { action: "hide", colour: "red" });
    expect(unknownField.status).toBe(400);
    expect(await unknownField.json()).toMatchObject({ error: { fields: { colour: 'Unknown field "colour".' } } });
    const hidden = await call("POST", `/api/mod/posts/comment/${replyId}`, moderator.cookie, { action: "hide", reason: "Outdated advice" });
    expect(hidden.status).toBe(200);
    const mine = (await (await call("GET", "/api/flags/mine", flagger.cookie)).json()) as { flags: { outcomeText: string }[] };
    expect(mine.flags[0]?.outcomeText).toBe("Moderators hid the post.");
  });

  it("refuses a flag note with a record number with 422 and the span, and the sixth patient-information flag of the day with 429", async () => {
    const flagger = await memberCookie();
    const note = "The reply gives MRN 4482913.";
    const first = await replyByAnother();
    const refused = await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: first.replyId, reason: "patient_information", note });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: { code: "PHI_DETECTED", flaggedSpans: { note: [{ category: "mrn", level: "block", start: note.indexOf("4482913"), end: note.indexOf("4482913") + 7 }] } },
    });
    for (let index = 0; index < 5; index++) {
      const { replyId } = index === 0 ? first : await replyByAnother();
      expect((await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: replyId, reason: "patient_information" })).status).toBe(201);
    }
    const sixth = await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: (await replyByAnother()).replyId, reason: "patient_information" });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await sixth.json()).toMatchObject({
      error: { code: "RATE_LIMITED", message: expect.stringMatching(/^Rounds allows 5 patient-information flags per day\. Please try again in /) },
    });
  });

  it("refuses a moderator settling a flag on their own post with 403 and says another moderator must decide", async () => {
    const moderator = await memberCookie({ role: "moderator" });
    const { commentIds } = await createThread(db, {
      authorId: moderator.userId,
      channelSlug: "general",
      comments: [{ parentIndex: null, authorId: moderator.userId, bodySource: "My own advice on fluids.", createdAt: Date.UTC(2026, 0, 2) }],
    });
    const flagger = await memberCookie();
    await call("POST", "/api/flags", flagger.cookie, { targetType: "comment", targetId: commentIds[0], reason: "misinformation" });
    const dismissed = await call("POST", `/api/mod/posts/comment/${commentIds[0]}`, moderator.cookie, { action: "dismiss" });
    expect(dismissed.status).toBe(403);
    expect(await dismissed.json()).toMatchObject({ error: { code: "FORBIDDEN", message: "You wrote this post, so another moderator must decide on it." } });
  });

  it("lets an admin appoint a channel moderator, who sees the queue once they have a second factor", async () => {
    const admin = await memberCookie({ role: "admin" });
    const candidate = await memberCookie();
    const appointed = await call("POST", `/api/mod/members/${candidate.userId}`, admin.cookie, { action: "appoint", role: "member", channels: ["general"] });
    expect(appointed.status).toBe(200);
    // Staff rule (on by default): a new moderator is held until they enrol a second factor.
    const held = await call("GET", "/api/mod/queue", candidate.cookie);
    expect(held.status).toBe(403);
    expect(await held.json()).toMatchObject({ error: { message: expect.stringContaining("/account/two-factor") } });
    await giveSecondFactor(db, candidate.userId);
    expect((await call("GET", "/api/mod/queue", candidate.cookie)).status).toBe(200);
    const log = (await (await call("GET", "/api/mod/log", candidate.cookie)).json()) as { entries: { action: string; targetId: number; reason: string }[] };
    expect(log.entries.find((entry) => entry.action === "appoint" && entry.targetId === candidate.userId)?.reason).toBe("moderator of general");
  });

  it("lists an open vote-ring report to global moderators and resolves it once", async () => {
    const ring = await Promise.all([1, 2, 3].map(() => createPhysician(db)));
    const inserted = await handle.client.execute({
      sql: "insert into vote_ring_reports (member_ids, evidence_json, detected_at) values (?, ?, ?) returning id",
      args: [ring.join(","), "{}", Date.now()],
    });
    const reportId = Number(inserted.rows[0]!.id);
    const member = await memberCookie();
    expect((await call("GET", "/api/mod/rings", member.cookie)).status).toBe(403);
    const moderator = await memberCookie({ role: "moderator" });
    const listed = (await (await call("GET", "/api/mod/rings", moderator.cookie)).json()) as { reports: { id: number; members: { userId: number }[] }[] };
    expect(listed.reports.find((report) => report.id === reportId)?.members.map((m) => m.userId)).toEqual(ring);
    expect((await call("POST", `/api/mod/rings/${reportId}`, moderator.cookie, { resolution: "dismissed" })).status).toBe(200);
    expect((await call("POST", `/api/mod/rings/${reportId}`, moderator.cookie, { resolution: "actioned" })).status).toBe(409);
  });
});
