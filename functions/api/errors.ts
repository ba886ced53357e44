import type { Context } from "hono";
import { httpStatusForCode, isDomainError } from "../../src/server/errors";

/**
 * The one mapper from errors to API responses. Domain errors keep their code, message and
 * field problems; anything else is logged with its stack (never request bodies) and answered
 * with a generic 500 that reveals nothing.
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
  console.error("Unhandled API error", error instanceof Error ? error.stack : String(error));
  return c.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, 500);
}
