import { createServer, type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { sendDueDigests } from "../../../src/server/digest/run-digests";
import { createOutboxTransport } from "../../../src/server/mail/outbox-transport";
import { createResendTransport } from "../../../src/server/mail/resend-transport";
import { createThread } from "../../fixtures/factories";
import { startResendStub, type ResendStub } from "../../support/resend-stub-server";
import { createTestDatabase } from "../../support/test-database";
import { HOUR, NOW, createMember, digestServices, digestStateOf, follow, mailTo, notify } from "./digest-fixtures";

const API_KEY = "re_test_digest_0123456789abcdef0123456789";
const CLINICAL = "ZEBRAFISHWORD";

let stub: ResendStub;
const handles: ReturnType<typeof createTestDatabase>[] = [];
beforeAll(async () => {
  stub = await startResendStub();
});
// sendMail warns about failed deliveries; the warnings must never carry an address or a title.
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  const logged = JSON.stringify(warn.mock.calls);
  expect(logged).not.toMatch(/@example\.org|Heparin|ZEBRAFISHWORD/);
  vi.restoreAllMocks();
  stub.reset();
});
afterAll(async () => {
  await stub.close();
  for (const handle of handles) handle.client.close();
});

/** A fresh database with `count` members owed a digest (a thread in a channel they follow). */
async function forumWithOwedMembers(count: number) {
  const handle = createTestDatabase();
  handles.push(handle);
  const { db } = handle;
  const author = await createMember(db, { digestFrequency: "off" });
  await createThread(db, {
    authorId: author.id,
    channelSlug: "cardiology",
    title: "Heparin bridging before a colonoscopy",
    bodySource: `Body: ${CLINICAL}.`,
    createdAt: NOW - 2 * HOUR,
  });
  const members = [];
  for (let n = 0; n < count; n++) {
    const member = await createMember(db);
    await follow(db, member.id, "cardiology");
    await notify(db, { userId: member.id, kind: "verification", detail: `Detail ${CLINICAL}` });
    members.push(member);
  }
  return { db, members };
}

const resend = (baseUrl = stub.baseUrl) => createResendTransport({ apiKey: API_KEY, from: "Rounds <no-reply@rounds.example>", baseUrl, timeoutMs: 2_000 });

describe("the digest through the mail port", () => {
  it("is stored in the outbox with the outbox transport", async () => {
    const { db, members } = await forumWithOwedMembers(1);
    expect(await sendDueDigests(db, digestServices(createOutboxTransport()), NOW)).toMatchObject({ sent: 1 });
    const [row] = await mailTo(db, members[0]!.email);
    expect(row).toMatchObject({ transport: "outbox", status: "stored", subject: "Your Rounds digest: 1 unread notification", error: null });
    expect(row?.textBody).toContain("- Heparin bridging before a colonoscopy (Cardiology)");
    expect(row?.textBody).not.toContain(CLINICAL);
  });

  it("is sent through Resend (the local stand-in) as plain text in one batch request, and recorded as sent", async () => {
    const { db, members } = await forumWithOwedMembers(2);
    expect(await sendDueDigests(db, digestServices(resend()), NOW)).toEqual({ sent: 2, failed: 0, deferred: 0, left: 0, stoppedBy: null });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.path).toBe("/emails/batch");
    // Permissive validation: one refused address must not fail the other 99 digests.
    expect(request?.headers["x-batch-validation"]).toBe("permissive");
    const emails = request?.body as { to: string[]; text: string; headers: Record<string, string> }[];
    expect(emails.map((email) => email.to)).toEqual(members.map((member) => [member.email]));
    expect(emails[0]).toEqual({
      from: "Rounds <no-reply@rounds.example>",
      to: [members[0]!.email],
      subject: "Your Rounds digest: 1 unread notification",
      text: expect.stringContaining("- Heparin bridging before a colonoscopy (Cardiology)"),
      // One-click unsubscribe for the mail client (RFC 8058), on the same signed link as the text's.
      headers: {
        "List-Unsubscribe": expect.stringMatching(/^<https:\/\/rounds\.test\/unsubscribe\/[^>\s]+>$/),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    const link = /\/unsubscribe\/\S+/.exec(emails[0]!.text)?.[0];
    expect(emails[0]!.headers["List-Unsubscribe"]).toContain(link!);
    expect(JSON.stringify(stub.requests.map((recorded) => recorded.body))).not.toContain(CLINICAL);
    for (const member of members) {
      const [row] = await mailTo(db, member.email);
      expect(row).toMatchObject({ transport: "resend", status: "sent", providerMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(await digestStateOf(db, member.id)).toMatchObject({ sentAt: NOW });
    }
  });

  it("fails only the digest whose address Resend refuses, and sends the rest of the batch", async () => {
    const { db, members } = await forumWithOwedMembers(3);
    stub.refuseRecipients.add(members[1]!.email);
    expect(await sendDueDigests(db, digestServices(resend()), NOW)).toEqual({ sent: 2, failed: 1, deferred: 0, left: 0, stoppedBy: null });
    const rows = await Promise.all(members.map(async (member) => (await mailTo(db, member.email))[0]));
    expect(rows.map((row) => row?.status)).toEqual(["sent", "failed", "sent"]);
    // Ids map to the accepted messages in order; the refusal's text never keeps the address.
    expect(new Set(rows.map((row) => row?.providerMessageId)).size).toBe(3);
    expect(rows[1]).toMatchObject({ providerMessageId: null, error: expect.stringContaining("Resend refused the message") });
    expect(rows[1]?.error).not.toContain(members[1]!.email);
    // A refused address would be refused again: it stays marked, never retried into a loop.
    expect(await digestStateOf(db, members[1]!.id)).toMatchObject({ sentAt: NOW });
  });

  it("keeps a whole batch marked when Resend's answer does not say which were sent", async () => {
    const { db, members } = await forumWithOwedMembers(2);
    stub.respondWith("ok_without_id");
    expect(await sendDueDigests(db, digestServices(resend()), NOW)).toEqual({ sent: 0, failed: 2, deferred: 0, left: 0, stoppedBy: null });
    const [row] = await mailTo(db, members[0]!.email);
    expect(row).toMatchObject({ status: "failed", error: expect.stringContaining("may or may not have been sent") });
  });

  it("waits between provider requests when asked (Resend's default limit is two requests a second)", async () => {
    const { db } = await forumWithOwedMembers(3);
    const started = performance.now();
    expect(await sendDueDigests(db, digestServices(resend()), NOW, { pauseBetweenMailsMs: 150, batchSize: 1 })).toMatchObject({ sent: 3 });
    expect(stub.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("stops at Resend's rate limit, gives the claims back and sends them on the next run", async () => {
    const { db, members } = await forumWithOwedMembers(3);
    stub.respondWith("rate_limited");
    expect(await sendDueDigests(db, digestServices(resend()), NOW)).toEqual({ sent: 0, failed: 0, deferred: 3, left: 3, stoppedBy: "rate_limited" });
    expect(stub.requests).toHaveLength(1);
    for (const member of members) expect(await digestStateOf(db, member.id)).toMatchObject({ sentAt: null });
    expect((await mailTo(db, members[0]!.email))[0]).toMatchObject({ status: "failed" });

    stub.respondWith("ok");
    expect(await sendDueDigests(db, digestServices(resend()), NOW + 600_000)).toEqual({ sent: 3, failed: 0, deferred: 0, left: 0, stoppedBy: null });
    expect(await sendDueDigests(db, digestServices(resend()), NOW + 1_200_000)).toMatchObject({ sent: 0, left: 0 });
  });

  it("stops when Resend cannot be reached, and gives the claims back", async () => {
    const { db, members } = await forumWithOwedMembers(2);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await sendDueDigests(db, digestServices(resend(`http://127.0.0.1:${port}`)), NOW)).toMatchObject({ sent: 0, deferred: 2, left: 2, stoppedBy: "network" });
    for (const member of members) expect(await digestStateOf(db, member.id)).toMatchObject({ sentAt: null });
  });

  it("keeps a digest that may have been delivered (provider error) marked: never twice", async () => {
    const { db, members } = await forumWithOwedMembers(2);
    stub.respondWith("server_error");
    expect(await sendDueDigests(db, digestServices(resend()), NOW)).toEqual({ sent: 0, failed: 2, deferred: 0, left: 0, stoppedBy: null });
    for (const member of members) expect(await digestStateOf(db, member.id)).toMatchObject({ sentAt: NOW });
    const [row] = await mailTo(db, members[0]!.email);
    expect(row).toMatchObject({ status: "failed", error: expect.stringContaining("HTTP 500") });
    expect(row?.error).not.toContain(members[0]!.email);
    stub.respondWith("ok");
    expect(await sendDueDigests(db, digestServices(resend()), NOW + 600_000)).toMatchObject({ sent: 0 });
  });
});
