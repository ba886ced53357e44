import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { users } from "../../../src/server/db/schema";
import { createResendTransport } from "../../../src/server/mail/resend-transport";
import { sendDueReplyMail } from "../../../src/server/reply-mail/run-reply-mail";
import { createThread } from "../../fixtures/factories";
import { startResendStub, type ResendStub } from "../../support/resend-stub-server";
import { createTestDatabase } from "../../support/test-database";
import { HOUR, NOW, createMember, digestServices, mailTo, notify } from "../digest/digest-fixtures";

/* The reply mail through the real Resend transport against the local stand-in (one batch request). */
const API_KEY = "re_test_reply_mail_0123456789abcdef0123456";
const CLINICAL = "ZEBRAFISHWORD";

let stub: ResendStub;
const handle = createTestDatabase();
const { db } = handle;
beforeAll(async () => {
  stub = await startResendStub();
});
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  expect(JSON.stringify(warn.mock.calls)).not.toMatch(/@example\.org|ZEBRAFISHWORD|Heparin/);
  vi.restoreAllMocks();
  stub.reset();
});
afterAll(async () => {
  await stub.close();
  handle.client.close();
});

const resend = () => createResendTransport({ apiKey: API_KEY, from: "Rounds <no-reply@rounds.example>", baseUrl: stub.baseUrl, timeoutMs: 2_000 });

/** Members who chose "immediate", each with one unread reply from the last 10 minutes. */
async function membersWithReplies(count: number) {
  const author = await createMember(db);
  const { threadId, commentIds } = await createThread(db, {
    authorId: author.id,
    title: "Heparin bridging before a colonoscopy",
    bodySource: `Body: ${CLINICAL}.`,
    createdAt: NOW - 2 * HOUR,
    comments: [{ parentIndex: null, authorId: author.id, bodySource: `Reply: ${CLINICAL}.`, createdAt: NOW - 5 * 60_000 }],
  });
  const members = [];
  for (let n = 0; n < count; n++) {
    const member = await createMember(db);
    await db.update(users).set({ replyMail: "immediate" }).where(eq(users.id, member.id));
    await notify(db, { userId: member.id, kind: "reply", threadId, commentId: commentIds[0]!, actorId: author.id, createdAt: NOW - 5 * 60_000 });
    members.push(member);
  }
  return members;
}

const sentAtOf = async (userId: number) => (await db.select({ at: users.replyMailSentAt }).from(users).where(eq(users.id, userId)))[0]!.at;

describe("reply mail through Resend", () => {
  it("goes out in one batch request with the one-click headers, and never a reply's words", async () => {
    const members = await membersWithReplies(2);
    expect(await sendDueReplyMail(db, digestServices(resend()), NOW)).toEqual({ sent: 2, failed: 0, deferred: 0, left: 0, stoppedBy: null });
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.path).toBe("/emails/batch");
    const emails = stub.requests[0]?.body as { to: string[]; subject: string; text: string; headers: Record<string, string> }[];
    expect(emails.map((email) => email.to)).toEqual(members.map((member) => [member.email]));
    expect(emails[0]!.subject).toBe("Rounds: 1 new reply or mention");
    expect(emails[0]!.headers).toEqual({
      "List-Unsubscribe": expect.stringMatching(/^<https:\/\/rounds\.test\/unsubscribe\/[^>\s]+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(emails[0]!.headers["List-Unsubscribe"]).toContain(/\/unsubscribe\/\S+/.exec(emails[0]!.text)![0]);
    expect(JSON.stringify(emails)).not.toContain(CLINICAL);
    expect((await mailTo(db, members[0]!.email))[0]).toMatchObject({ transport: "resend", status: "sent" });
  });

  it("stops at Resend's rate limit, gives the claims back and mails the same bundle on the next run", async () => {
    const members = await membersWithReplies(2);
    stub.respondWith("rate_limited");
    expect(await sendDueReplyMail(db, digestServices(resend()), NOW)).toEqual({ sent: 0, failed: 0, deferred: 2, left: 2, stoppedBy: "rate_limited" });
    for (const member of members) expect(await sentAtOf(member.id)).toBeNull();

    stub.respondWith("ok");
    expect(await sendDueReplyMail(db, digestServices(resend()), NOW + 10 * 60_000)).toMatchObject({ sent: 2, deferred: 0, left: 0 });
    for (const member of members) expect(await sentAtOf(member.id)).toBe(NOW + 10 * 60_000);
  });
});
