import { MailDeliveryError, type BatchDeliveryItem, type DeliveryResult, type MailMessage, type MailTransport } from "./types";

export const RESEND_TRANSPORT_NAME = "resend";
export const RESEND_DEFAULT_BASE_URL = "https://api.resend.com";
export const RESEND_DEFAULT_TIMEOUT_MS = 5_000;

/** Resend rejects requests without a User-Agent (403, error 1010); workerd's fetch sends none. */
const USER_AGENT = "rounds-mail/1";

/** Longest provider detail kept in an error; enough for "domain not verified", not for a body echo. */
const MAX_DETAIL_LENGTH = 200;

export interface ResendTransportOptions {
  apiKey: string;
  /** The sender, "Name <address>" or a bare address, on a domain verified at Resend. */
  from: string;
  baseUrl?: string;
  timeoutMs?: number;
}

/** Resend's batch endpoint takes at most 100 emails per request. */
export const RESEND_MAX_BATCH = 100;

/**
 * The Resend HTTP API: `POST /emails` for one message, `POST /emails/batch` for up to 100 (the
 * digest). Rules: one attempt per request, never a retry (a retry storm against a rate limit only
 * makes it worse, and a timed-out request may still have been sent); the whole exchange, body
 * included, is bounded by one timeout; only the global `fetch`, looked up at call time, so the
 * same code runs in workerd and in Node; errors never carry the API key, a recipient or a body.
 * Batches are sent in Resend's permissive validation mode, so one refused address fails only its
 * own message, never the other 99.
 */
export function createResendTransport(options: ResendTransportOptions): MailTransport {
  const base = (options.baseUrl ?? RESEND_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? RESEND_DEFAULT_TIMEOUT_MS;
  const { apiKey, from } = options;
  const payload = (message: MailMessage) => ({
    from,
    to: [message.to],
    subject: message.subject,
    text: message.text,
    ...(message.headers ? { headers: message.headers } : {}),
  });

  /** One POST; answers the status and the parsed JSON body, or throws the transport failure. */
  async function post(path: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    try {
      const response = await fetch(`${base}${path}`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/json",
          Accept: "application/json",
          "User-Agent": USER_AGENT,
          ...extraHeaders,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect would resend the bearer token somewhere we did not choose; treat it as an error.
        redirect: "manual",
      });
      return { status: response.status, body: parseJson(await response.text()) };
    } catch (error) {
      throw transportFailure(error, timeoutMs);
    }
  }

  return {
    name: RESEND_TRANSPORT_NAME,
    maxBatch: RESEND_MAX_BATCH,
    async deliver(message: MailMessage): Promise<DeliveryResult> {
      const { status, body } = await post("/emails", payload(message));
      if (status >= 200 && status < 300) {
        const id = isRecord(body) && typeof body.id === "string" && body.id.length > 0 ? body.id : null;
        if (id === null) {
          throw new MailDeliveryError("provider_error", `Resend answered HTTP ${status} without a message id; the message may or may not have been sent.`, status);
        }
        return { providerMessageId: id };
      }
      throw responseFailure(status, body, [apiKey, message.to]);
    },

    async deliverBatch(messages: readonly MailMessage[]): Promise<BatchDeliveryItem[]> {
      if (messages.length === 0) return [];
      if (messages.length > RESEND_MAX_BATCH) throw new RangeError(`Resend takes at most ${RESEND_MAX_BATCH} emails per batch (got ${messages.length}).`);
      const secrets = [apiKey, ...messages.map((message) => message.to)];
      const { status, body } = await post("/emails/batch", messages.map(payload), { "x-batch-validation": "permissive" });
      if (status < 200 || status >= 300) throw responseFailure(status, body, secrets);
      return batchItems(status, body, messages.length, secrets);
    },
  };
}

/**
 * Reads a permissive batch answer, `{data: [{id}], errors: [{index, message}]}`: `errors` names
 * the refused messages by their index in the request, and `data` holds the ids of the accepted
 * ones in request order. Rule: an answer that does not account for every message exactly once
 * cannot tell which were sent, so every message gets a provider_error (which stays marked as
 * possibly delivered: never a second digest).
 */
function batchItems(status: number, body: unknown, count: number, secrets: string[]): BatchDeliveryItem[] {
  const unreadable = (): BatchDeliveryItem[] => {
    const error = new MailDeliveryError(
      "provider_error",
      `Resend answered the batch with HTTP ${status} in a shape Rounds cannot read; the messages may or may not have been sent.`,
      status,
    );
    return Array.from({ length: count }, () => ({ ok: false, error }));
  };
  if (!isRecord(body) || !Array.isArray(body.data)) return unreadable();
  const refused = new Map<number, string>();
  for (const entry of Array.isArray(body.errors) ? body.errors : []) {
    if (!isRecord(entry) || typeof entry.index !== "number" || !Number.isInteger(entry.index) || entry.index < 0 || entry.index >= count || refused.has(entry.index))
      return unreadable();
    refused.set(entry.index, typeof entry.message === "string" ? redactDetail(entry.message, secrets) : "");
  }
  const ids = body.data.map((entry) => (isRecord(entry) && typeof entry.id === "string" && entry.id.length > 0 ? entry.id : null));
  if (ids.includes(null) || ids.length + refused.size !== count) return unreadable();
  let next = 0;
  return Array.from({ length: count }, (_, index): BatchDeliveryItem => {
    const detail = refused.get(index);
    if (detail === undefined) return { ok: true, providerMessageId: ids[next++] ?? null };
    return { ok: false, error: new MailDeliveryError("rejected", `Resend refused the message${detail ? `: ${detail}` : "."}`, status) };
  });
}

/** fetch itself failed: no answer in time, or no connection at all. */
function transportFailure(error: unknown, timeoutMs: number): MailDeliveryError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new MailDeliveryError("timeout", `Resend did not answer within ${timeoutMs} ms; the message was not retried and may or may not have been sent.`);
  }
  // The cause (DNS, refused, TLS) can name hosts and ports but never the key; it stays out anyway,
  // so the stored error reads the same in Node and workerd.
  return new MailDeliveryError("network", "Could not reach Resend (network error); the message was not sent.");
}

/** Resend answered with a non-2xx status and, usually, `{statusCode, name, message}`. */
function responseFailure(status: number, body: unknown, secrets: string[]): MailDeliveryError {
  const code = isRecord(body) && typeof body.name === "string" && /^[a-z0-9_]{1,64}$/.test(body.name) ? body.name : null;
  const detail = isRecord(body) && typeof body.message === "string" ? redactDetail(body.message, secrets) : "";
  const label = `HTTP ${status}${code ? ` ${code}` : ""}`;
  const suffix = detail ? `: ${detail}` : ".";
  if (status === 429) {
    return new MailDeliveryError("rate_limited", `Resend rate limit reached (${label}); the message was not retried.`, status);
  }
  if (status >= 400 && status < 500) {
    return new MailDeliveryError("rejected", `Resend refused the message (${label})${suffix}`, status);
  }
  if (status >= 500) {
    return new MailDeliveryError("provider_error", `Resend failed (${label})${suffix}`, status);
  }
  return new MailDeliveryError("provider_error", `Resend answered ${label}, which Rounds does not expect.`, status);
}

/**
 * Keeps the provider's explanation useful ("domain is not verified") while making it safe to store
 * and show. Rule: the key and the recipient are removed verbatim; so is anything shaped like an email
 * address, and any long opaque run of letters and digits (API keys, tokens from a link in the body).
 */
export function redactDetail(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join("[redacted]");
  }
  out = out
    .replace(/[^\s@<>()"',;:]+@[^\s@<>()"',;:]+/g, "[address]")
    .replace(/[A-Za-z0-9_\-+/=]{20,}/g, "[redacted]")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return out.length > MAX_DETAIL_LENGTH ? `${out.slice(0, MAX_DETAIL_LENGTH - 1)}…` : out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
