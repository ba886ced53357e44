/**
 * The pending sign-in cookie: after a right password on an account with a second factor, the
 * browser holds this random token (only its hash is stored) for the 5 minutes the second step may
 * take. Like the session cookie it is `__Host-` prefixed and Secure over https (bound to exactly
 * this host), plain on http://127.0.0.1 and localhost; HttpOnly, and SameSite=Strict: the second
 * step is always a same-site form or fetch.
 */
export const SECURE_PENDING_SIGN_IN_COOKIE = "__Host-rounds_signin";
export const PLAIN_PENDING_SIGN_IN_COOKIE = "rounds_signin";

export function pendingSignInCookieName(url: URL): string {
  return url.protocol === "https:" ? SECURE_PENDING_SIGN_IN_COOKIE : PLAIN_PENDING_SIGN_IN_COOKIE;
}

export function readPendingSignInToken(request: Request): string | undefined {
  const name = pendingSignInCookieName(new URL(request.url));
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export function pendingSignInCookieHeader(url: URL, token: string, expiresAt: number, now = Date.now()): string {
  const secure = url.protocol === "https:" ? "; Secure" : "";
  const maxAge = Math.max(0, Math.floor((expiresAt - now) / 1000));
  return `${pendingSignInCookieName(url)}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}; Max-Age=${maxAge}`;
}

export function clearPendingSignInCookieHeader(url: URL): string {
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return `${pendingSignInCookieName(url)}=; Path=/; HttpOnly; SameSite=Strict${secure}; Max-Age=0`;
}
