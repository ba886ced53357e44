/**
 * The session cookie. Over https it is `__Host-rounds_session` (Secure, HttpOnly,
 * SameSite=Lax, Path=/, no Domain), which browsers bind to exactly this host. Browsers refuse
 * Secure and `__Host-` cookies on plain http, so on http://127.0.0.1 or localhost (npm start,
 * tests) the same cookie is `rounds_session` without Secure. Production is always https.
 */
export const SECURE_SESSION_COOKIE = "__Host-rounds_session";
export const PLAIN_SESSION_COOKIE = "rounds_session";

export function sessionCookieName(url: URL): string {
  return url.protocol === "https:" ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

export function readSessionToken(request: Request): string | undefined {
  const name = sessionCookieName(new URL(request.url));
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export function sessionCookieHeader(url: URL, token: string, expiresAt: number): string {
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return `${sessionCookieName(url)}=${token}; Path=/; HttpOnly; SameSite=Lax${secure}; Expires=${new Date(expiresAt).toUTCString()}`;
}

export function clearSessionCookieHeader(url: URL): string {
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return `${sessionCookieName(url)}=; Path=/; HttpOnly; SameSite=Lax${secure}; Max-Age=0`;
}
