import { deviceLabel, sessionPlace } from "../server/auth/device-label";
import type { AccountServices, SessionClient } from "../server/auth/services";
import { getDb, type Database, type DatabaseHandle } from "../server/db/client";
import { parseServerEnv } from "../server/env";
import { mailTransportFrom } from "../server/mail/config";

/**
 * Adapters from a Worker request to what the domain needs. Pages and Hono handlers both use
 * these, so env parsing, the client address and the account services are built one way.
 */
export function databaseFromEnv(env: Record<string, unknown>): Database {
  return databaseHandleFromEnv(env).db;
}

/** The database and its libSQL client (the middleware wraps the client in a session gate). */
export function databaseHandleFromEnv(env: Record<string, unknown>): DatabaseHandle {
  const parsed = parseServerEnv(env);
  return getDb(parsed.DATABASE_URL, parsed.DATABASE_AUTH_TOKEN);
}

/** Cloudflare sets CF-Connecting-IP at the edge; locally every request is "local". */
export function clientIpOf(request: Request): string {
  return request.headers.get("cf-connecting-ip")?.trim() || "local";
}

export function accountServicesFrom(env: Record<string, unknown>, request: Request, now = Date.now()): AccountServices {
  return accountServicesOver(databaseFromEnv(env), env, request, now, (request as Request & { cf?: { country?: unknown } }).cf);
}

/**
 * Account services for a page: over the request's own database (`Astro.locals.db`), so a page
 * read on a viewer cookie carries the session gate like every other page (ADR 0020).
 */
export function pageAccountServices(locals: App.Locals, request: Request, now = Date.now()): AccountServices {
  return accountServicesOver(locals.db, locals.runtime.env, request, now, locals.runtime.cf as { country?: unknown } | undefined);
}

/** The browser signing in, as a new session records it: a device label and a country, nothing more. */
export function sessionClientOf(request: Request, cf: { country?: unknown } | undefined): SessionClient {
  return { device: deviceLabel(request.headers.get("user-agent")), place: sessionPlace(cf?.country, clientIpOf(request)) };
}

function accountServicesOver(db: Database, env: Record<string, unknown>, request: Request, now: number, cf: { country?: unknown } | undefined): AccountServices {
  const parsed = parseServerEnv(env);
  return {
    db,
    now,
    siteUrl: new URL(request.url).origin,
    mail: mailTransportFrom(env),
    registry: { baseUrl: parsed.NPPES_BASE_URL, timeoutMs: parsed.NPPES_TIMEOUT_MS },
    verificationMode: parsed.VERIFICATION_MODE,
    totpEncryptionKey: parsed.TOTP_ENCRYPTION_KEY,
    configuredSiteUrl: parsed.SITE_URL,
    client: sessionClientOf(request, cf),
  };
}

/** Only same-site paths may be redirect targets after login ("/c/x", never "//evil" or "https:"). */
export function safeNextPath(next: string | null | undefined): string {
  // Control characters are refused outright: browsers drop tabs and newlines from URLs
  // ("/\t/evil.example" becomes "//evil.example"), and a newline in a Location header is a 500.
  if (!next?.startsWith("/") || /[\u0000-\u001f\u007f]/.test(next)) return "/";
  const base = "https://rounds.invalid";
  let resolved: URL;
  try {
    resolved = new URL(next, base);
  } catch {
    return "/";
  }
  // Only what resolves to this very origin passes: "//host", "/\\host" and their encodings do not.
  if (resolved.origin !== base) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Form fields as a plain object of strings for a domain schema; submit-button names dropped. */
export function formObject(form: FormData, ignore: readonly string[] = ["intent"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of form) {
    if (ignore.includes(key) || typeof value !== "string" || key in result) continue;
    result[key] = value;
  }
  return result;
}

/** A "before" cursor from a query string: a positive integer id or time, else none (first page). */
export function beforeParam(value: string | null | undefined): number | undefined {
  const before = Number(value ?? "");
  return Number.isSafeInteger(before) && before > 0 ? before : undefined;
}

/**
 * The part of an ExecutionContext that work after the response needs (Astro's `runtime.ctx` and
 * Hono's `executionCtx` both have it): session renewal, read positions, live events, citations.
 */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}
