/**
 * The session cookie. Over https it is `__Host-rounds_session` (Secure, HttpOnly,
 * SameSite=Lax, Path=/, no Domain), which browsers bind to exactly this host. Browsers refuse
 * Secure and `__Host-` cookies on plain http, so on http://127.0.0.1 or localhost (npm start,
 * tests) the same cookie is `rounds_session` without Secure. Production is always https. The
 * viewer cookie (viewer-cookie.ts) follows the same rules.
 */
export const SECURE_SESSION_COOKIE = "__Host-rounds_session";
export const PLAIN_SESSION_COOKIE = "rounds_session";

/** `__Host-NAME` over https, plain `NAME` over http (see above). */
export function hostCookieName(url: URL, name: string): string {
  return url.protocol === "https:" ? `__Host-${name}` : name;
}

export function sessionCookieName(url: URL): string {
  return hostCookieName(url, "rounds_session");
}

/** The value of one of this host's cookies on a request, or undefined. */
export function readHostCookie(request: Request, name: string): string | undefined {
  const cookieName = hostCookieName(new URL(request.url), name);
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === cookieName) return value.join("=");
  }
  return undefined;
}

/** A Set-Cookie header for one of this host's cookies; `lifetime` is "Expires=…" or "Max-Age=…". */
export function hostCookieHeader(url: URL, name: string, value: string, lifetime: string, sameSite: "Lax" | "Strict" = "Lax"): string {
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return `${hostCookieName(url, name)}=${value}; Path=/; HttpOnly; SameSite=${sameSite}${secure}; ${lifetime}`;
}

export function readSessionToken(request: Request): string | undefined {
  return readHostCookie(request, "rounds_session");
}

export function sessionCookieHeader(url: URL, token: string, expiresAt: number): string {
  return hostCookieHeader(url, "rounds_session", token, `Expires=${new Date(expiresAt).toUTCString()}`);
}

export function clearSessionCookieHeader(url: URL): string {
  return hostCookieHeader(url, "rounds_session", "", "Max-Age=0");
}
