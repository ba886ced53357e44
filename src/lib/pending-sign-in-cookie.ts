/**
 * The pending sign-in cookie: after a right password on an account with a second factor, the
 * browser holds this random token (only its hash is stored) for the 5 minutes the second step may
 * take. Like the session cookie it is `__Host-` prefixed and Secure over https (bound to exactly
 * this host), plain on http://127.0.0.1 and localhost; HttpOnly, and SameSite=Strict: the second
 * step is always a same-site form or fetch.
 */
import { hostCookieHeader, hostCookieName, readHostCookie } from "./session-cookie";

const NAME = "rounds_signin";
export const SECURE_PENDING_SIGN_IN_COOKIE = `__Host-${NAME}`;
export const PLAIN_PENDING_SIGN_IN_COOKIE = NAME;

export function pendingSignInCookieName(url: URL): string {
  return hostCookieName(url, NAME);
}

export function readPendingSignInToken(request: Request): string | undefined {
  return readHostCookie(request, NAME);
}

export function pendingSignInCookieHeader(url: URL, token: string, expiresAt: number, now = Date.now()): string {
  return hostCookieHeader(url, NAME, token, `Max-Age=${Math.max(0, Math.floor((expiresAt - now) / 1000))}`, "Strict");
}

export function clearPendingSignInCookieHeader(url: URL): string {
  return hostCookieHeader(url, NAME, "", "Max-Age=0", "Strict");
}
