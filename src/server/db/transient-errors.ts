import { DomainError } from "../errors";

export const BUSY_MESSAGE = "Rounds is busy right now. Please try again in a few seconds; nothing you wrote is lost.";
/** How long a client waits before trying again after a busy answer. */
export const BUSY_RETRY_AFTER_SECONDS = 2;
/**
 * How long one database request may take before the Worker gives up and answers 503. A burst of
 * writes queues at the database; an answer that says "try again" beats a connection that hangs
 * until the client's own timeout, which leaves the outcome unknown.
 */
export const DATABASE_REQUEST_TIMEOUT_MS = 10_000;

// Causes that say the database was momentarily out of reach or overloaded, not that the request
// was wrong: workerd's "Network connection lost", fetch failures and our deadline, an HTTP 5xx
// from the database server, and SQLite's busy/locked codes.
const TRANSIENT_MESSAGE =
  /network connection lost|fetch failed|socket hang up|ECONNRESET|ECONNREFUSED|EPIPE|connection (?:reset|refused|closed)|timed? ?out|aborted|HTTP status 5\d\d|database is locked|SQLITE_BUSY|SQLITE_LOCKED/i;
const TRANSIENT_CODE = /^(?:SQLITE_BUSY|SQLITE_LOCKED|SERVER_ERROR|HRANA_CLOSED_ERROR|HRANA_WEBSOCKET_ERROR|STREAM_EXPIRED)/;
const TRANSIENT_NAME = /^(?:TimeoutError|AbortError|HttpServerError)$/;

/**
 * Rule: an error caused by an unreachable or overloaded database becomes UNAVAILABLE (503, with
 * Retry-After) instead of a 500; anything else is not ours to classify (null). Database writes
 * are single batches, so a refused request wrote nothing or everything, and every write Rounds
 * takes (a vote, a reply with its nonce-free body) is safe to repeat after a 503.
 */
export function busyError(error: unknown): DomainError | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (TRANSIENT_NAME.test(current.name) || (typeof code === "string" && TRANSIENT_CODE.test(code)) || TRANSIENT_MESSAGE.test(current.message)) {
      return new DomainError("UNAVAILABLE", BUSY_MESSAGE, undefined, BUSY_RETRY_AFTER_SECONDS);
    }
    current = current.cause;
  }
  return null;
}

/** A fetch for the database client that gives up after DATABASE_REQUEST_TIMEOUT_MS. */
export function fetchWithDeadline(request: Request | string | URL, init?: RequestInit): Promise<Response> {
  return fetch(request, { ...init, signal: AbortSignal.timeout(DATABASE_REQUEST_TIMEOUT_MS) });
}
