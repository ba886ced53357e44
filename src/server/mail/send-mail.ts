import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { mailOutbox } from "../db/schema";
import { DomainError } from "../errors";
import { keysetAfter, keysetOrderBy, keysetPage, type KeysetRule } from "../forum/cursor";
import { OUTBOX_TRANSPORT_NAME } from "./outbox-transport";
import { isMailDeliveryError, MailDeliveryError, type BatchDeliveryItem, type MailFailureKind, type MailMessage, type MailTransport } from "./types";

/**
 * Rule: once a real provider has the message, the record keeps no live secret. Links with a
 * single-use token (confirmation, reset) are stored with the token removed, so the outbox table
 * cannot be used to take over an account. The outbox transport is the exception by design: there
 * the row is the only mailbox (local development), and README says so.
 */
export function withoutSecretTokens(text: string): string {
  return text.replace(/\b[a-z2-7]{40}\b/g, "[token removed]");
}

export type OutboxStatus = "stored" | "sent" | "failed";

export interface SendMailResult {
  /** The `mail_outbox` row that records this message. */
  id: number;
  status: OutboxStatus;
}

/**
 * Sends one message and records it. Rules: every message gets a `mail_outbox` row, whatever
 * happened ("stored" for the outbox transport, "sent" with the provider's id, "failed" with a safe
 * error); a delivery failure never throws, because the action that asked for the mail (sign-up, a
 * reset request) must not fail with it: the row is the evidence and the member can ask again.
 * Delivery runs before the insert so the row is written once, in its final state; a database
 * error on that insert does throw, as any write would.
 */
export async function sendMail(db: Database, transport: MailTransport, message: MailMessage, now: number): Promise<SendMailResult> {
  let status: OutboxStatus;
  let providerMessageId: string | null = null;
  let error: string | null = null;
  try {
    const delivery = await transport.deliver(message);
    providerMessageId = delivery.providerMessageId;
    status = transport.name === OUTBOX_TRANSPORT_NAME ? "stored" : "sent";
  } catch (failure) {
    status = "failed";
    // A transport that breaks its contract might throw anything; its text could hold the key or
    // the address, so only MailDeliveryError messages are trusted.
    error = isMailDeliveryError(failure) ? failure.message : "The mail transport failed unexpectedly.";
  }

  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: transport.name === OUTBOX_TRANSPORT_NAME ? message.text : withoutSecretTokens(message.text),
      transport: transport.name,
      status,
      providerMessageId,
      error,
      createdAt: now,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("mail_outbox insert returned no row");

  if (status === "failed") {
    // Ids and the safe error only: never the address, subject or body.
    console.warn("Mail delivery failed", { outboxId: row.id, transport: transport.name, error });
  }
  return { id: row.id, status };
}

/** One message's outcome in `sendMailBatch`: its outbox row, and why it failed if it did. */
export interface BatchSendResult extends SendMailResult {
  /** The delivery failure's kind, for a caller that must know whether the mail certainly did not leave. */
  failure: MailFailureKind | "unknown" | null;
}

/**
 * Sends many messages (the digest) with as few provider requests as the transport allows, and
 * records them with one insert. Rules as `sendMail`: every message gets its row, a delivery failure
 * never throws (a whole request that failed marks each of its messages failed with that error),
 * and stored bodies lose their single-use tokens. Results are in input order.
 */
export async function sendMailBatch(db: Database, transport: MailTransport, messages: readonly MailMessage[], now: number): Promise<BatchSendResult[]> {
  if (messages.length === 0) return [];
  const outcomes: BatchDeliveryItem[] = [];
  const size = transport.deliverBatch ? Math.max(1, transport.maxBatch ?? 1) : 1;
  for (let start = 0; start < messages.length; start += size) {
    const chunk = messages.slice(start, start + size);
    try {
      if (transport.deliverBatch) outcomes.push(...(await transport.deliverBatch(chunk)));
      else outcomes.push({ ok: true, providerMessageId: (await transport.deliver(chunk[0]!)).providerMessageId });
    } catch (failure) {
      const error = isMailDeliveryError(failure) ? failure : null;
      for (const _ of chunk) outcomes.push(error ? { ok: false, error } : { ok: false, error: UNEXPECTED_FAILURE });
    }
  }
  const status: OutboxStatus = transport.name === OUTBOX_TRANSPORT_NAME ? "stored" : "sent";
  const rows = await db
    .insert(mailOutbox)
    .values(
      messages.map((message, index) => {
        const outcome = outcomes[index]!;
        return {
          toAddress: message.to,
          subject: message.subject,
          textBody: transport.name === OUTBOX_TRANSPORT_NAME ? message.text : withoutSecretTokens(message.text),
          transport: transport.name,
          status: outcome.ok ? status : ("failed" as const),
          providerMessageId: outcome.ok ? outcome.providerMessageId : null,
          error: outcome.ok ? null : outcome.error.message,
          createdAt: now,
        };
      }),
    )
    .returning({ id: mailOutbox.id });
  if (rows.length !== messages.length) throw new Error("mail_outbox insert returned fewer rows than messages");
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  // Counts only: never an address, subject or body.
  if (failed > 0) console.warn("Mail delivery failed", { transport: transport.name, failed, of: messages.length });
  return rows.map((row, index) => {
    const outcome = outcomes[index]!;
    return {
      id: row.id,
      status: outcome.ok ? status : "failed",
      failure: outcome.ok ? null : outcome.error === UNEXPECTED_FAILURE ? "unknown" : outcome.error.kind,
    };
  });
}

/** What a transport that broke its contract (threw something else) is recorded as. */
const UNEXPECTED_FAILURE = new MailDeliveryError("provider_error", "The mail transport failed unexpectedly.");

export const OUTBOX_PAGE_SIZE = 50;
export const OUTBOX_MAX_PAGE_SIZE = 200;

export interface OutboxListItem {
  id: number;
  toAddress: string;
  subject: string;
  transport: string;
  status: OutboxStatus;
  providerMessageId: string | null;
  error: string | null;
  createdAt: number;
}

export interface OutboxPage {
  items: OutboxListItem[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

export interface OutboxMessage extends OutboxListItem {
  textBody: string;
}

/** The outbox's order: newest first, ties in time broken by id (mail_outbox_created_idx). */
export const outboxOrder: KeysetRule<OutboxListItem> = {
  columns: [
    { expr: mailOutbox.createdAt, direction: "desc", kind: "number" },
    { expr: mailOutbox.id, direction: "desc", kind: "integer" },
  ],
  keyOf: (row) => [row.createdAt, row.id],
};

/**
 * Builds the listing query without running it (so a page loader can batch it, and tests can
 * read its plan). Rule: outboxOrder from the opaque `before` cursor, a range scan on
 * mail_outbox_created_idx; one extra row tells whether an older page exists.
 */
export function outboxQuery(db: Database, options: { limit: number; before?: string }) {
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      transport: mailOutbox.transport,
      status: mailOutbox.status,
      providerMessageId: mailOutbox.providerMessageId,
      error: mailOutbox.error,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(keysetAfter(outboxOrder, options.before))
    .orderBy(...keysetOrderBy(outboxOrder))
    .limit(options.limit + 1);
}

/**
 * One page of the outbox for /admin/outbox, without bodies. `before` is the opaque `nextCursor`
 * of the previous page; a tampered one is an INVALID error. Who may read the outbox is the
 * caller's check: it holds every member's address and every reset link.
 */
export async function listOutbox(db: Database, options: { limit?: number; before?: string } = {}): Promise<OutboxPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? OUTBOX_PAGE_SIZE) || OUTBOX_PAGE_SIZE, 1), OUTBOX_MAX_PAGE_SIZE);
  return keysetPage(outboxOrder, await outboxQuery(db, { limit, before: options.before }), limit);
}

/** One recorded message with its body; NOT_FOUND when the id does not exist. */
export async function readOutboxMessage(db: Database, id: number): Promise<OutboxMessage> {
  if (!Number.isSafeInteger(id) || id < 1) throw new DomainError("NOT_FOUND", "That message is not in the outbox.");
  const [row] = await db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      textBody: mailOutbox.textBody,
      transport: mailOutbox.transport,
      status: mailOutbox.status,
      providerMessageId: mailOutbox.providerMessageId,
      error: mailOutbox.error,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", "That message is not in the outbox.");
  return row;
}
