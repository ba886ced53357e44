import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/**
 * Secret tokens (sessions, email confirmation, password reset) after Lucia's guide: 25 random
 * bytes (200 bits, above the 20-byte minimum) as lower-case base32 for the member, and only the
 * SHA-256 of it in the database, so a leaked table cannot be replayed.
 */
export function generateSecretToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(25)));
}

export function hashSecretToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * The same hash as hashSecretToken, by the runtime's own SHA-256 (WebCrypto) instead of
 * JavaScript: every signed-in request hashes its session cookie, and the JavaScript SHA-256 was
 * about 2% of a page's Worker CPU (issue 15's profile). Same input, same hex string.
 */
export async function hashSecretTokenNatively(token: string): Promise<string> {
  return encodeHexLowerCase(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token))));
}

/** Tokens are lower-case base32 of a fixed length; anything else is refused before any lookup. */
export function looksLikeSecretToken(token: string): boolean {
  return /^[a-z2-7]{40}$/.test(token);
}
