import { defineMiddleware } from "astro:middleware";
import { assertSameOriginRequest } from "./server/auth/csrf";
import { gateSession } from "./server/auth/session-gate";
import { renewSession, validateSessionToken } from "./server/auth/sessions";
import { hashSecretTokenNatively, looksLikeSecretToken } from "./server/auth/tokens";
import type { Viewer } from "./server/auth/viewer";
import { parseViewerRecord } from "./server/auth/viewer-record";
import { drizzleOver, type Database, type DatabaseHandle } from "./server/db/client";
import { httpStatusForCode, isDomainError } from "./server/errors";
import { MAX_IMAGE_UPLOAD_BODY_BYTES, pageTakesImageFile } from "./lib/image-upload-body";
import { assertPageFormBody } from "./lib/request-body";
import { refusalPage } from "./lib/refusal-page";
import { databaseHandleFromEnv } from "./lib/request-context";
import { decideAccess, routeAccess } from "./lib/route-access";
import { applySecurityHeaders, buildPageContentSecurityPolicy, inlineScriptHash, inlineScripts, pageContentSecurityPolicy } from "./lib/security-headers";
import { readSessionToken, sessionCookieHeader } from "./lib/session-cookie";
import { clearViewerCookieHeader, readViewerClaim, viewerCookieHeader } from "./lib/viewer-cookie";

/**
 * Every server-rendered page starts here: the CSRF guard for anything but GET/HEAD, the body rule
 * (64 KB, a form, UTF-8 without NUL; plus one image file on the composers), the session cookie → `locals.viewer`
 * (a query of its own, or a gate folded into the page's first batch: see pageOnClaim), the
 * members-only gate, `locals.db` for the page, and `Cache-Control: private, no-store` on every page that depends on the
 * session. /api/* is the Hono app's own business
 * (functions/api applies the same guards), so it passes straight through.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url, locals } = context;
  locals.viewer = null;
  locals.sessionId = null;
  locals.confirmViewer = async () => true;
  // Prerendered pages (landing, guidelines) are built once with no request to read.
  if (context.isPrerendered) return next();
  if (url.pathname.startsWith("/api/") || url.pathname === "/api") return next();

  try {
    assertSameOriginRequest({
      method: request.method,
      siteOrigin: url.origin,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      contentType: request.headers.get("content-type"),
      jsonOnly: false,
      // The digest's List-Unsubscribe-Post: the mailbox provider posts from its servers (RFC 8058).
      allowNonBrowser: url.pathname.startsWith("/unsubscribe/"),
    });
    // Size (413), UTF-8 and NUL (400) before the session costs a query; see lib/request-body.ts.
    await assertPageFormBody(request, { fileBytes: pageTakesImageFile(url.pathname) ? MAX_IMAGE_UPLOAD_BODY_BYTES : 0 });
  } catch (error) {
    const [status, message] = isDomainError(error) ? [httpStatusForCode[error.code], error.message] : [403, "Refused."];
    return bufferedHtml(refusalPage(status, message));
  }

  const now = Date.now();
  const handle = databaseHandleFromEnv(locals.runtime.env);
  locals.db = handle.db;
  const token = readSessionToken(request);
  const sessionId = token && looksLikeSecretToken(token) ? await hashSecretTokenNatively(token) : null;
  // Reads built on the viewer cookie check the session inside the page's own batch; writes, and
  // requests without a usable claim, look the session up first.
  const claim = sessionId && (request.method === "GET" || request.method === "HEAD") ? readViewerClaim(request, sessionId) : null;
  const claimedViewer = claim ? parseViewerRecord(claim, 0) : null;
  if (token && sessionId && claim && claimedViewer) return pageOnClaim(context, next, { handle, token, sessionId, claim, viewer: claimedViewer, now });
  return pageAfterLookup(context, next, { handle, token, claim, now });
});

type MiddlewareContext = Parameters<Parameters<typeof defineMiddleware>[0]>[0];
type Next = Parameters<Parameters<typeof defineMiddleware>[0]>[1];

/**
 * The session is looked up first (one query), then the page runs. Taken by writes, by visitors,
 * and by the first read after sign-in; it leaves the viewer cookie for the reads that follow.
 */
async function pageAfterLookup(
  context: MiddlewareContext,
  next: Next,
  request: { handle: DatabaseHandle; token: string | undefined; claim: string | null; now: number },
): Promise<Response> {
  const { locals, url } = context;
  const { handle, token, claim, now } = request;
  const session = token ? await validateSessionToken(handle.db, token, now) : null;
  locals.viewer = session?.viewer ?? null;
  locals.sessionId = session?.sessionId ?? null;
  const renewal = token && session?.sessionId && session.renewUntil ? { sessionId: session.sessionId, until: session.renewUntil } : null;
  if (renewal) scheduleRenewal(locals, handle.db, renewal.sessionId, renewal.until, now);

  const decision = decideAccess(routeAccess(url.pathname), locals.viewer, url);
  const response = decision.allow ? await bufferedHtml(await next()) : await bufferedHtml(context.redirect(decision.redirectTo, 303));
  if (decision.allow) response.headers.set("Cache-Control", "private, no-store");
  if (renewal && token) response.headers.append("Set-Cookie", sessionCookieHeader(url, token, renewal.until));
  if (session?.sessionId && session.record && session.record !== claim) response.headers.append("Set-Cookie", viewerCookieHeader(url, session.sessionId, session.record));
  return response;
}

/**
 * One round trip (ADR 0020): the page is built for the viewer the cookie claims, and its first
 * database call carries the session gate (server/auth/session-gate.ts), so it reads nothing
 * unless the session is valid and the claim is the member's current record. The answer leaves
 * only once the gate passed; a page that made no database call runs the gate alone. When the
 * gate refuses (signed out elsewhere, expired, role or status changed), the built page is thrown
 * away, the session is looked up afresh, and the member is sent back to the same address with
 * the new claim or none.
 */
async function pageOnClaim(
  context: MiddlewareContext,
  next: Next,
  request: { handle: DatabaseHandle; token: string; sessionId: string; claim: string; viewer: Viewer; now: number },
): Promise<Response> {
  const { locals, url } = context;
  const { handle, token, sessionId, claim, viewer, now } = request;
  const gate = gateSession(handle.client, { sessionId, record: claim, now });
  locals.db = drizzleOver(gate.client);
  locals.viewer = viewer;
  locals.sessionId = sessionId;
  locals.confirmViewer = async () => {
    const outcome = await gate.confirm();
    if (outcome.passed) viewer.unreadNotifications = outcome.unreadNotifications;
    return outcome.passed;
  };

  const decision = decideAccess(routeAccess(url.pathname), viewer, url);
  let built: Response;
  try {
    built = decision.allow ? await next() : context.redirect(decision.redirectTo, 303);
  } catch (error) {
    // A page that let the refusal (or anything else) escape: the gate decides which it was.
    if (!(await gate.confirm()).passed) return retryAfterRefusal(context, handle.db, token, claim, now);
    throw error;
  }
  const outcome = await gate.confirm();
  if (!outcome.passed) return retryAfterRefusal(context, handle.db, token, claim, now);
  const response = await bufferedHtml(built);
  if (decision.allow) response.headers.set("Cache-Control", "private, no-store");
  if (outcome.renewUntil) {
    scheduleRenewal(locals, handle.db, sessionId, outcome.renewUntil, now);
    response.headers.append("Set-Cookie", sessionCookieHeader(url, token, outcome.renewUntil));
  }
  return response;
}

/**
 * After a refused gate: the session as it is now decides. A member still signed in gets a fresh
 * claim and the same address again; anyone else loses the claim and meets the usual sign-in rule
 * on the way back. If the fresh record is the very claim that was refused (only a change and its
 * undoing between the two reads could do that), the claim is dropped instead, so the retry takes
 * the lookup path and can never loop.
 */
async function retryAfterRefusal(context: MiddlewareContext, db: Database, token: string, claim: string, now: number): Promise<Response> {
  const { url } = context;
  const fresh = await validateSessionToken(db, token, now);
  const response = await bufferedHtml(context.redirect(url.pathname + url.search, 303));
  response.headers.set("Cache-Control", "private, no-store");
  const renewed = fresh.sessionId && fresh.record && fresh.record !== claim ? viewerCookieHeader(url, fresh.sessionId, fresh.record) : clearViewerCookieHeader(url);
  response.headers.append("Set-Cookie", renewed);
  return response;
}

/** Sliding expiry (and with it the session's last use) is written after the response, off the page's critical path. */
function scheduleRenewal(locals: App.Locals, db: Database, sessionId: string, until: number, now: number): void {
  locals.runtime.ctx.waitUntil(renewSession(db, sessionId, until, now).catch(() => undefined));
}

/**
 * Every page answer leaves here with the security headers (see lib/security-headers.ts).
 * In the built Worker the page's policy is known before it renders (the build's inline scripts,
 * hashed once per isolate), so the answer keeps its body and gets its headers in place: the page
 * was rendered to one string (src/worker.ts), and reading it back to hash its scripts cost a
 * decode, a regular-expression pass and an encode of every page. Under `astro dev` (no build
 * list; Astro streams there) the HTML is read whole and its inline scripts are hashed.
 */
async function bufferedHtml(response: Response): Promise<Response> {
  const isHtml = response.body !== null && response.headers.get("content-type")?.startsWith("text/html") === true;
  const known = buildPageContentSecurityPolicy();
  if (!isHtml || known) return withSecurityHeaders(response, isHtml && known ? known : pageContentSecurityPolicy([]));
  const headers = new Headers(response.headers);
  const html = await response.text();
  // A page rendered to a string carries its byte length; the new body states its own.
  headers.delete("Content-Length");
  const hashes = await Promise.all(inlineScripts(html).map(inlineScriptHash));
  applySecurityHeaders(headers, pageContentSecurityPolicy(hashes));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/** The answer with the security headers: in place when its headers may change, else a copy. */
function withSecurityHeaders(response: Response, contentSecurityPolicy: string): Response {
  try {
    applySecurityHeaders(response.headers, contentSecurityPolicy);
    return response;
  } catch {
    // Immutable headers (a Response from fetch() or Response.redirect()).
    const headers = new Headers(response.headers);
    applySecurityHeaders(headers, contentSecurityPolicy);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
