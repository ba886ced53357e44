/**
 * The one error type the domain throws. Callers map `code` to HTTP (see functions/api/errors.ts)
 * or to a page state; `message` is a plain sentence safe to show the member, never containing
 * clinical text, names, NPIs or emails.
 */
export type DomainErrorCode =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PHI_DETECTED"
  | "UNAVAILABLE"
  /** The request body is over the size every request is held to (src/lib/request-body.ts). */
  | "PAYLOAD_TOO_LARGE"
  /** The request body is not UTF-8 text, or carries a NUL character. */
  | "INVALID_ENCODING";

/** A span of a submitted field that looks like a patient identifier (for PHI_DETECTED). */
export interface FlaggedSpan {
  category: string;
  level: "block" | "warn";
  start: number;
  end: number;
  message: string;
}

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field name → plain-sentence problem, for forms that show errors beside each field. */
    readonly fields?: Record<string, string>,
    /** Seconds until a rate-limited action may be retried. */
    readonly retryAfterSeconds?: number,
    /** Field name → the spans that look like patient identifiers, for PHI_DETECTED. */
    readonly flaggedSpans?: Record<string, FlaggedSpan[]>,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The HTTP status of each code, shared by the API's error mapper and the form pages. */
export const httpStatusForCode = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PHI_DETECTED: 422,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_ENCODING: 400,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const satisfies Record<DomainErrorCode, number>;
