import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { hostCookieHeader, readHostCookie } from "./session-cookie";

/**
 * The viewer cookie holds the viewer record (server/auth/viewer-record.ts) the server last read
 * for this session, so the next page can be built at once and its first database call can check
 * the session and the record in the same round trip (server/auth/session-gate.ts). It is a claim,
 * never trusted: a page built on it is sent only after the database confirmed it byte for byte.
 * It is bound to its session (the first characters of the session's hash), so after a sign-out
 * and a sign-in as someone else it is simply ignored. Being HttpOnly and host-only like the
 * session cookie, scripts never see it.
 */
const NAME = "rounds_viewer";
const BINDING_LENGTH = 16;
/** A record is under 200 bytes; anything much longer is not one of ours. */
const MAX_VALUE_LENGTH = 1024;
const THIRTY_DAYS_S = 30 * 24 * 3600;

export function readViewerClaim(request: Request, sessionId: string): string | null {
  const value = readHostCookie(request, NAME);
  if (!value || value.length > MAX_VALUE_LENGTH) return null;
  const [binding, encoded] = value.split(".");
  if (binding !== sessionId.slice(0, BINDING_LENGTH) || !encoded) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(decodeBase64urlIgnorePadding(encoded));
  } catch {
    return null;
  }
}

/** The cookie's value: the session binding, a dot, the record in base64url. */
export function viewerCookieValue(sessionId: string, record: string): string {
  return `${sessionId.slice(0, BINDING_LENGTH)}.${encodeBase64urlNoPadding(new TextEncoder().encode(record))}`;
}

export function viewerCookieHeader(url: URL, sessionId: string, record: string): string {
  return hostCookieHeader(url, NAME, viewerCookieValue(sessionId, record), `Max-Age=${THIRTY_DAYS_S}`);
}

export function clearViewerCookieHeader(url: URL): string {
  return hostCookieHeader(url, NAME, "", "Max-Age=0");
}
