import { defineMiddleware } from "astro:middleware";
import { assertSameOriginRequest } from "./server/auth/csrf";
import { renewSession, validateSessionToken } from "./server/auth/sessions";
import { httpStatusForCode, isDomainError } from "./server/errors";
import { MAX_IMAGE_UPLOAD_BODY_BYTES, pageTakesImageFile } from "./lib/image-upload-body";
import { assertPageFormBody } from "./lib/request-body";
import { refusalPage } from "./lib/refusal-page";
import { databaseFromEnv } from "./lib/request-context";
import { decideAccess, routeAccess } from "./lib/route-access";
import { applySecurityHeaders, inlineScriptHash, inlineScripts, pageContentSecurityPolicy } from "./lib/security-headers";
import { readSessionToken, sessionCookieHeader } from "./lib/session-cookie";

/**
 * Every server-rendered page starts here: the CSRF guard for anything but GET/HEAD, the body rule
 * (64 KB, a form, UTF-8 without NUL; plus one image file on the composers), the session cookie → `locals.viewer` (one query), the
 * members-only gate, and `Cache-Control: private, no-store` on every page that depends on the
 * session. /api/* is the Hono app's own business
 * (functions/api applies the same guards), so it passes straight through.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url, locals } = context;
  locals.viewer = null;
  locals.sessionId = null;
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
    });
    // Size (413), UTF-8 and NUL (400) before the session costs a query; see lib/request-body.ts.
    await assertPageFormBody(request, { fileBytes: pageTakesImageFile(url.pathname) ? MAX_IMAGE_UPLOAD_BODY_BYTES : 0 });
  } catch (error) {
    const [status, message] = isDomainError(error) ? [httpStatusForCode[error.code], error.message] : [403, "Refused."];
    return bufferedHtml(refusalPage(status, message));
  }

  const token = readSessionToken(request);
  const session = token ? await validateSessionToken(databaseFromEnv(locals.runtime.env), token, Date.now()) : null;
  locals.viewer = session?.viewer ?? null;
  locals.sessionId = session?.sessionId ?? null;
  const renewal = token && session?.sessionId && session.renewUntil ? { sessionId: session.sessionId, until: session.renewUntil } : null;
  if (renewal) {
    // Sliding expiry is written after the response, off the page's critical path.
    const db = databaseFromEnv(locals.runtime.env);
    locals.runtime.ctx.waitUntil(renewSession(db, renewal.sessionId, renewal.until).catch(() => undefined));
  }

  const decision = decideAccess(routeAccess(url.pathname), locals.viewer, url);
  if (!decision.allow) return bufferedHtml(context.redirect(decision.redirectTo, 303));
  const response = await bufferedHtml(await next());
  response.headers.set("Cache-Control", "private, no-store");
  if (renewal && token) response.headers.append("Set-Cookie", sessionCookieHeader(url, token, renewal.until));
  return response;
});

/**
 * Every page answer leaves here with the security headers (see lib/security-headers.ts).
 * Streamed, Astro sends a page in hundreds of tiny chunks (a feed page: ~1,100 of ~22 bytes), and
 * each chunk costs workerd CPU (measured by `npm run bench`: 18–28 ms a feed page streamed, about
 * half that buffered). Our pages load all their data before rendering, so streaming gains
 * nothing: HTML is sent as one body. The Worker's App renders pages to a string (src/worker.ts),
 * so reading the body here is one decode; `astro dev` still streams, and this buffers it.
 */
async function bufferedHtml(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  if (!response.body || !response.headers.get("content-type")?.startsWith("text/html")) {
    applySecurityHeaders(headers, pageContentSecurityPolicy([]));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const html = await response.text();
  // A page rendered to a string carries its byte length; the new body states its own.
  headers.delete("Content-Length");
  const hashes = await Promise.all(inlineScripts(html).map(inlineScriptHash));
  applySecurityHeaders(headers, pageContentSecurityPolicy(hashes));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}
