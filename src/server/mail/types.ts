/**
 * The mail port. Domain code builds a `MailMessage` (see templates.ts) and hands it to
 * `sendMail` (send-mail.ts) with whichever `MailTransport` the settings chose (config.ts).
 */

/** One plain-text message to one recipient. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * Extra headers the provider adds, e.g. List-Unsubscribe on the digest (bulk senders must offer
   * one-click unsubscribe). Never a header that carries member data.
   */
  headers?: Readonly<Record<string, string>>;
}

export interface DeliveryResult {
  /** The provider's id for the accepted message; null when nothing left Rounds (outbox). */
  providerMessageId: string | null;
}

export interface MailTransport {
  /** Recorded in `mail_outbox.transport`; "outbox" means the row itself is the mailbox. */
  readonly name: string;
  /**
   * Hands the message to the provider, once. Rule: on any failure it throws `MailDeliveryError`
   * and nothing else, so callers can record the failure without parsing foreign errors.
   */
  deliver(message: MailMessage): Promise<DeliveryResult>;
  /**
   * Hands up to `maxBatch` messages to the provider in one request, once (bulk mail: the digest).
   * Rule: a failure of the whole request throws `MailDeliveryError` as `deliver` does; a message
   * the provider refused on its own comes back as that message's failure, in input order.
   * Transports without it are sent one `deliver` at a time.
   */
  deliverBatch?(messages: readonly MailMessage[]): Promise<BatchDeliveryItem[]>;
  /** The most messages one `deliverBatch` call takes. */
  readonly maxBatch?: number;
}

/** One message's fate in a batch: accepted (with the provider's id, if any) or refused alone. */
export type BatchDeliveryItem = { ok: true; providerMessageId: string | null } | { ok: false; error: MailDeliveryError };

export type MailFailureKind =
  /** The provider refused this message or our credentials (4xx other than 429). */
  | "rejected"
  | "rate_limited"
  /** The provider failed (5xx) or answered something we cannot read. */
  | "provider_error"
  | "timeout"
  | "network";

/**
 * A delivery failure whose `message` is safe to store in `mail_outbox.error`, to log and to show
 * on /admin/outbox: it never contains the API key, the recipient address or the message body.
 */
export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";

  constructor(
    readonly kind: MailFailureKind,
    message: string,
    /** The provider's HTTP status, when it answered at all. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export function isMailDeliveryError(error: unknown): error is MailDeliveryError {
  return error instanceof MailDeliveryError;
}
