import type { Context, MiddlewareHandler } from "hono";
import { assertSameOriginRequest } from "../../src/server/auth/csrf";
import { validateSessionToken } from "../../src/server/auth/sessions";
import { SECOND_FACTOR_ENROLMENT_PATH } from "../../src/server/auth/second-factor-policy";
import { canReadForum, type Viewer } from "../../src/server/auth/viewer";
import { DomainError } from "../../src/server/errors";
import type { Database } from "../../src/server/db/client";
import { databaseFromEnv, type WaitUntil } from "../../src/lib/request-context";
import { readSessionToken } from "../../src/lib/session-cookie";
import { apiContentSecurityPolicy, applySecurityHeaders } from "../../src/lib/security-headers";
import type { LiveEvent } from "../../src/lib/live/live-event";
import { tellThreadLive } from "../../src/lib/live/tell";
import { fanOutTransportFrom } from "../../src/lib/fan-out-queue";
import type { FanOutTransport } from "../../src/server/notifications/channel-fan-out";

/** Worker bindings and vars as Hono sees them; validated by parseServerEnv before use. */
export type ApiBindings = Record<string, unknown>;
export type ApiEnv = {
  Bindings: ApiBindings;
  Variables: { viewer: Viewer | null; sessionId: string | null };
};

export function databaseFor(c: Context<ApiEnv>): Database {
  return databaseFromEnv(c.env);
}

/** Security headers on every API answer, errors included (set before the handler runs). */
export const apiSecurityHeaders: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  applySecurityHeaders(c.res.headers, apiContentSecurityPolicy);
};

/**
 * CSRF guard: same origin for every state-changing request; JSON-only routes also refuse any body
 * that is not application/json (multipart uploads use the plain same-origin rule).
 */
export function sameOriginRequests(options: { jsonOnly: boolean }): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    assertSameOriginRequest({
      method: c.req.method,
      siteOrigin: url.origin,
      origin: c.req.header("origin") ?? null,
      secFetchSite: c.req.header("sec-fetch-site") ?? null,
      contentType: c.req.header("content-type") ?? null,
      jsonOnly: options.jsonOnly,
    });
    await next();
  };
}

/** CSRF guard for every JSON API request: same origin, and JSON bodies only. */
export const sameOriginJsonOnly = sameOriginRequests({ jsonOnly: true });

/** Resolves the session cookie to `viewer` (one query, only when a cookie is present). */
export const sessionViewer: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const token = readSessionToken(c.req.raw);
  const session = token ? await validateSessionToken(databaseFor(c), token, Date.now()) : null;
  c.set("viewer", session?.viewer ?? null);
  c.set("sessionId", session?.sessionId ?? null);
  c.header("Cache-Control", "private, no-store");
  await next();
};

/** The refusal for staff held by the staff rule (src/server/auth/second-factor-policy.ts). */
export const HELD_FOR_SECOND_FACTOR = `Your role requires two-factor sign-in: set it up at ${SECOND_FACTOR_ENROLMENT_PATH} first.`;

/**
 * Members-only rule for forum API routes: verified physicians with a confirmed email; staff held
 * for a second factor are told where to enrol.
 */
export const verifiedMembersOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const viewer = c.get("viewer");
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to use Rounds.");
  if (viewer.mustEnrolSecondFactor) throw new DomainError("FORBIDDEN", HELD_FOR_SECOND_FACTOR);
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Your account is not verified yet: see your status page.");
  await next();
};

/** Any signed-in account, verified or not, held or not: for the account's own sign-in settings. */
export const signedInOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (!c.get("viewer")) throw new DomainError("UNAUTHENTICATED", "Please sign in to use Rounds.");
  await next();
};

/** Reads a JSON body; a body that is not JSON is a plain INVALID, not a 500. */
export async function jsonBody(c: Context<ApiEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new DomainError("INVALID", "The request body is not valid JSON.");
  }
}

/**
 * A JSON body that must be an object, for routes whose path names the target: callers spread it
 * and then set the path's ids, so an id in the body never wins over the path.
 */
export async function jsonObjectBody(c: Context<ApiEnv>): Promise<Record<string, unknown>> {
  const body = await jsonBody(c);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("INVALID", "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

/**
 * Tells a thread's live readers about a write that committed (src/lib/live/tell.ts). Hono throws
 * when asked for an execution context it was not given (plain Node): then there is nothing to tell.
 */
export function tellLive(c: Context<ApiEnv>, event: LiveEvent): void {
  tellThreadLive(c.env, afterResponse(c), event);
}

/**
 * Hono's execution context for work after the response, or undefined where there is none (the
 * app called directly, as the integration tests do: that work is then skipped or left to a job).
 */
export function afterResponse(c: Context<ApiEnv>): WaitUntil | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

/** Where a post's @{channel} fan-out goes: the Worker's queue after the answer, or inline without one (ADR 0033). */
export function fanOutFor(c: Context<ApiEnv>): FanOutTransport {
  return fanOutTransportFrom(c.env, afterResponse(c));
}
