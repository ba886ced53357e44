import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { mailTransportFrom } from "../../src/server/mail/config";
import { createOutboxTransport } from "../../src/server/mail/outbox-transport";
import { createResendTransport } from "../../src/server/mail/resend-transport";
import { encodeCursor } from "../../src/server/forum/cursor";
import { listOutbox, outboxQuery, readOutboxMessage, sendMail } from "../../src/server/mail/send-mail";
import { MailDeliveryError, type MailFailureKind, type MailMessage } from "../../src/server/mail/types";
import { startResendStub, type ResendStub, type ResendStubMode } from "../support/resend-stub-server";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
const { db } = handle;

const API_KEY = "re_test_5d41402abc4b2a76b9719d911017c592";
const RESET_TOKEN = "q8Zr3xVb7TnK2mWp9LsY4dHc6FgJ1aQe";
const NOW = Date.UTC(2026, 2, 1, 9, 30);

const message: MailMessage = {
  to: "dr.mailtest@example.org",
  subject: "Reset your Rounds password",
  text: `Hello mailtest,\n\nhttps://rounds.localhost/reset?token=${RESET_TOKEN}\n`,
};

let stub: ResendStub;
beforeAll(async () => {
  stub = await startResendStub();
});
afterEach(() => {
  stub.reset();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await stub.close();
  handle.client.close();
});

function resend(options: { timeoutMs?: number; baseUrl?: string } = {}) {
  return createResendTransport({
    apiKey: API_KEY,
    from: "Rounds <no-reply@rounds.example>",
    baseUrl: options.baseUrl ?? stub.baseUrl,
    timeoutMs: options.timeoutMs,
  });
}

/** Nothing private may leave through an error: not the key, the address, the body or its token. */
function expectSafe(text: string | null | undefined) {
  expect(text).toEqual(expect.any(String));
  expect(text).not.toContain(API_KEY);
  expect(text).not.toContain(message.to);
  expect(text).not.toContain(RESET_TOKEN);
  expect(text).not.toContain("Hello mailtest");
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("outbox transport", () => {
  it("records the message with status stored and no provider id", async () => {
    const result = await sendMail(db, createOutboxTransport(), message, NOW);
    expect(result).toEqual({ id: expect.any(Number), status: "stored" });
    expect(await readOutboxMessage(db, result.id)).toEqual({
      id: result.id,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      transport: "outbox",
      status: "stored",
      providerMessageId: null,
      error: null,
      createdAt: NOW,
    });
  });

  it("makes no HTTP request", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    await sendMail(db, createOutboxTransport(), message, NOW);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("resend transport", () => {
  it("posts to /emails with the bearer key, a JSON content type and a User-Agent", async () => {
    await sendMail(db, resend(), message, NOW);
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(request?.headers["user-agent"]).toEqual(expect.any(String));
  });

  it("sends from, a one-address to list, the subject and the plain text as JSON", async () => {
    await sendMail(db, resend(), message, NOW);
    expect(stub.requests[0]?.body).toEqual({
      from: "Rounds <no-reply@rounds.example>",
      to: [message.to],
      subject: message.subject,
      text: message.text,
    });
  });

  it("records status sent with the provider's message id", async () => {
    const result = await sendMail(db, resend(), message, NOW);
    expect(result.status).toBe("sent");
    const row = await readOutboxMessage(db, result.id);
    expect(row).toMatchObject({ transport: "resend", status: "sent", error: null, toAddress: message.to });
    expect(row.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("returns the provider's message id from deliver", async () => {
    await expect(resend().deliver(message)).resolves.toEqual({ providerMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  const failures: { mode: ResendStubMode; kind: MailFailureKind; error: RegExp }[] = [
    { mode: "validation_error", kind: "rejected", error: /^Resend refused the message \(HTTP 422 validation_error\): / },
    { mode: "unauthorized", kind: "rejected", error: /^Resend refused the message \(HTTP 401 invalid_api_key\): / },
    { mode: "rate_limited", kind: "rate_limited", error: /rate limit reached \(HTTP 429 rate_limit_exceeded\).*not retried/ },
    { mode: "server_error", kind: "provider_error", error: /^Resend failed \(HTTP 500 internal_server_error\)/ },
    { mode: "not_json", kind: "provider_error", error: /^Resend failed \(HTTP 502\)\.$/ },
    { mode: "ok_without_id", kind: "provider_error", error: /without a message id/ },
    { mode: "redirect", kind: "provider_error", error: /^Resend answered HTTP 307, which Rounds does not expect\.$/ },
  ];

  for (const { mode, kind, error } of failures) {
    it(`records status failed with a safe error when Resend answers ${mode}`, async () => {
      stub.respondWith(mode);
      const result = await sendMail(db, resend(), message, NOW);
      expect(result.status).toBe("failed");
      const row = await readOutboxMessage(db, result.id);
      expect(row).toMatchObject({ transport: "resend", status: "failed", providerMessageId: null });
      expect(row.error).toMatch(error);
      expectSafe(row.error);
    });

    it(`sends exactly one request when Resend answers ${mode}`, async () => {
      stub.respondWith(mode);
      await sendMail(db, resend(), message, NOW);
      expect(stub.requests).toHaveLength(1);
    });

    it(`throws MailDeliveryError of kind ${kind} from deliver when Resend answers ${mode}`, async () => {
      stub.respondWith(mode);
      const failure = await resend()
        .deliver(message)
        .catch((thrown: unknown) => thrown);
      expect(failure).toBeInstanceOf(MailDeliveryError);
      expect(failure).toMatchObject({ kind });
      expectSafe((failure as Error).message);
    });
  }

  it("does not throw to the caller when delivery fails", async () => {
    stub.respondWith("server_error");
    await expect(sendMail(db, resend(), message, NOW)).resolves.toMatchObject({ status: "failed" });
  });

  it("gives up after its timeout, records failed and does not retry", async () => {
    stub.respondWith("slow", { delayMs: 5_000 });
    const started = performance.now();
    const result = await sendMail(db, resend({ timeoutMs: 200 }), message, NOW);
    expect(performance.now() - started).toBeLessThan(2_000);
    const row = await readOutboxMessage(db, result.id);
    expect(row).toMatchObject({ status: "failed", error: expect.stringMatching(/did not answer within 200 ms/) });
    expectSafe(row.error);
    expect(stub.requests).toHaveLength(1);
  });

  it("records failed with a network error when nothing listens at the base URL", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const result = await sendMail(db, resend({ baseUrl }), message, NOW);
    const row = await readOutboxMessage(db, result.id);
    expect(row).toMatchObject({ status: "failed", error: expect.stringMatching(/Could not reach Resend/) });
    expectSafe(row.error);
  });

  it("logs a failure with the outbox id but without the address, key or body", async () => {
    stub.respondWith("unauthorized");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await sendMail(db, resend(), message, NOW);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain(String(result.id));
    expectSafe(logged);
    expect(logged).not.toContain(message.subject);
  });

  it("stores only a generic error when a transport throws something other than MailDeliveryError", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken = {
      name: "broken",
      deliver: async () => {
        throw new Error(`boom for ${message.to} with ${API_KEY}`);
      },
    };
    const result = await sendMail(db, broken, message, NOW);
    const row = await readOutboxMessage(db, result.id);
    expect(row.error).toBe("The mail transport failed unexpectedly.");
  });
});

describe("resend transport, batches", () => {
  const others: MailMessage[] = [1, 2].map((n) => ({ to: `dr.batch${n}@example.org`, subject: "Your Rounds digest", text: `Digest ${n}\n` }));

  it("posts every message to /emails/batch in one request, permissive, and answers each one's id in order", async () => {
    const results = await resend().deliverBatch!([message, ...others]);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]).toMatchObject({ path: "/emails/batch", headers: { "x-batch-validation": "permissive" } });
    expect((stub.requests[0]!.body as { to: string[] }[]).map((email) => email.to[0])).toEqual([message.to, ...others.map((other) => other.to)]);
    expect(results).toEqual([1, 2, 3].map(() => ({ ok: true, providerMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) })));
  });

  it("answers a refused address as that message's own failure, without the address", async () => {
    stub.refuseRecipients.add(message.to);
    const [refused, ...sent] = await resend().deliverBatch!([message, ...others]);
    expect(sent.every((result) => result.ok)).toBe(true);
    expect(refused).toMatchObject({ ok: false, error: { kind: "rejected" } });
    expectSafe(refused!.ok ? null : refused!.error.message);
  });

  const wholeRequestFailures: { mode: ResendStubMode; kind: MailFailureKind }[] = [
    { mode: "rate_limited", kind: "rate_limited" },
    { mode: "server_error", kind: "provider_error" },
    { mode: "not_json", kind: "provider_error" },
    { mode: "unauthorized", kind: "rejected" },
  ];
  for (const { mode, kind } of wholeRequestFailures) {
    it(`throws MailDeliveryError of kind ${kind}, once, when Resend answers the batch ${mode}`, async () => {
      stub.respondWith(mode);
      const failure = await resend().deliverBatch!([message, ...others]).catch((thrown: unknown) => thrown);
      expect(failure).toMatchObject({ kind });
      expectSafe((failure as Error).message);
      expect(stub.requests).toHaveLength(1);
    });
  }

  it("gives up on a slow batch after its timeout", async () => {
    stub.respondWith("slow", { delayMs: 2_000 });
    await expect(resend({ timeoutMs: 200 }).deliverBatch!([message])).rejects.toMatchObject({ kind: "timeout" });
  });

  it("refuses more than Resend's 100 messages a batch before sending anything", async () => {
    await expect(resend().deliverBatch!(Array.from({ length: 101 }, () => message))).rejects.toThrow(RangeError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("mailTransportFrom", () => {
  it("sends through Resend at RESEND_BASE_URL from the default sender when MAIL_TRANSPORT is resend", async () => {
    const transport = mailTransportFrom({ MAIL_TRANSPORT: "resend", RESEND_API_KEY: API_KEY, RESEND_BASE_URL: stub.baseUrl });
    const result = await sendMail(db, transport, message, NOW);
    expect(result.status).toBe("sent");
    expect(stub.requests[0]?.body).toMatchObject({ from: "Rounds <no-reply@rounds.localhost>" });
  });
});

describe("outbox listing", () => {
  const listing = createTestDatabase();
  const ids: number[] = [];
  afterAll(() => listing.client.close());

  beforeAll(async () => {
    const outbox = createOutboxTransport();
    // Seven messages, three of them sharing one timestamp, so paging must break ties by id.
    const times = [1000, 2000, 3000, 3000, 3000, 4000, 5000];
    for (const [index, time] of times.entries()) {
      const { id } = await sendMail(listing.db, outbox, { ...message, subject: `Message ${index}` }, NOW + time);
      ids.push(id);
    }
  });

  const newestFirst = () => [...ids].reverse();

  it("lists messages newest first", async () => {
    const page = await listOutbox(listing.db, { limit: 50 });
    expect(page.items.map((item) => item.id)).toEqual(newestFirst());
    expect(page.nextCursor).toBeNull();
  });

  it("pages through every message exactly once, breaking timestamp ties by id", async () => {
    const seen: number[] = [];
    let before: string | undefined;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await listOutbox(listing.db, { limit: 2, before });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      before = page.nextCursor;
    }
    expect(seen).toEqual(newestFirst());
  });

  it("gives no cursor when the page holds the last message", async () => {
    const page = await listOutbox(listing.db, { limit: ids.length });
    expect(page.items).toHaveLength(ids.length);
    expect(page.nextCursor).toBeNull();
  });

  it("leaves message bodies out of the listing", async () => {
    const page = await listOutbox(listing.db, { limit: 1 });
    expect(page.items[0]).not.toHaveProperty("textBody");
  });

  it("answers INVALID for a tampered cursor", async () => {
    await expect(listOutbox(listing.db, { limit: 2, before: "not-a-cursor" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("reads one message with its body", async () => {
    const id = ids[0] as number;
    await expect(readOutboxMessage(listing.db, id)).resolves.toMatchObject({ id, subject: "Message 0", textBody: message.text });
  });

  it("answers NOT_FOUND for a message id that does not exist", async () => {
    await expect(readOutboxMessage(listing.db, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads the listing as a range scan on the created_at index without a sort step", async () => {
    for (const query of [outboxQuery(listing.db, { limit: 50 }), outboxQuery(listing.db, { limit: 50, before: encodeCursor({ key: NOW, id: 5 }) })]) {
      const { sql: text, params } = query.toSQL();
      const result = await listing.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never });
      const plan = result.rows.map((row) => String(row.detail)).join("\n");
      expect(plan).toMatch(/USING (COVERING )?INDEX mail_outbox_created_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
