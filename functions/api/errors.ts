import type { Context } from "hono";
import { busyError } from "../../src/server/db/transient-errors";
import { httpStatusForCode, isDomainError } from "../../src/server/errors";

/**
 * The one mapper from errors to API responses. Domain errors keep their code, message and
 * field problems; a database that is out of reach or overloaded answers 503 with Retry-After;
 * anything else is logged with its stack (never request bodies) and answered with a generic 500
 * that reveals nothing.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (isDomainError(error)) {
    if (error.retryAfterSeconds !== undefined) c.header("Retry-After", String(error.retryAfterSeconds));
    return c.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.flaggedSpans ? { flaggedSpans: error.flaggedSpans } : {}),
        },
      },
      httpStatusForCode[error.code],
    );
  }
  const busy = busyError(error);
  if (busy) {
    console.warn("Database busy or unreachable; answered 503", error instanceof Error ? error.message : String(error));
    return errorResponse(busy, c);
  }
  console.error("Unhandled API error", error instanceof Error ? error.stack : String(error));
  return c.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, 500);
}
