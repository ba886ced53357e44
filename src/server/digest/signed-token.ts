import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { hmac } from "@oslojs/crypto/hmac";
import { SHA256 } from "@oslojs/crypto/sha2";
import { encodeBase64urlNoPadding } from "@oslojs/encoding";

/**
 * Stateless links a member opens from mail (one-click unsubscribe), signed instead of stored:
 * `{userId}.{issuedAtSeconds}.{mac}` where mac = HMAC-SHA256(secret, "rounds/v1/{purpose}/{userId}/{issuedAt}")
 * in base64url. Rules:
 * - a token names one member and one purpose; the purpose is inside the MAC, not in the token,
 *   so a token signed for another purpose (or another member) never verifies as this one;
 * - the MAC is compared in constant time, after a strict shape check (no parsing surprises);
 * - tokens last `maxAgeMs` (a year for unsubscribe links, which must keep working in old mail)
 *   and are refused when issued in the future beyond a small clock skew.
 * Pure JS (@oslojs/crypto), so it runs the same in Node and in workerd, synchronously.
 */

export type SignedTokenCheck = { ok: true; userId: number; issuedAt: number } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

const TOKEN_PATTERN = /^([1-9][0-9]{0,14})\.([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;
const PURPOSE_PATTERN = /^[a-z][a-z_]{0,31}$/;
const FUTURE_SKEW_MS = 5 * 60_000;

export function signToken(secret: string, input: { userId: number; purpose: string; issuedAt: number }): string {
  const issuedAtSeconds = Math.floor(input.issuedAt / 1000);
  if (!Number.isSafeInteger(input.userId) || input.userId < 1) throw new TypeError("userId must be a positive integer.");
  if (issuedAtSeconds < 1) throw new TypeError("issuedAt must be a time after 1970.");
  return `${input.userId}.${issuedAtSeconds}.${encodeBase64urlNoPadding(mac(secret, input.purpose, input.userId, issuedAtSeconds))}`;
}

export function verifyToken(secret: string, token: string, purpose: string, now: number, maxAgeMs: number): SignedTokenCheck {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const userId = Number(match[1]);
  const issuedAtSeconds = Number(match[2]);
  // Compared as text, not decoded bytes: the last base64url character carries two spare bits,
  // so decoding would accept several spellings of one MAC. Only the exact one we issued passes.
  const encoder = new TextEncoder();
  const expected = encoder.encode(encodeBase64urlNoPadding(mac(secret, purpose, userId, issuedAtSeconds)));
  if (!constantTimeEqual(encoder.encode(match[3]!), expected)) return { ok: false, reason: "bad_signature" };
  const issuedAt = issuedAtSeconds * 1000;
  // Checked after the signature, so an expiry answer is only ever given for a token we issued.
  if (issuedAt > now + FUTURE_SKEW_MS || now - issuedAt > maxAgeMs) return { ok: false, reason: "expired" };
  return { ok: true, userId, issuedAt };
}

function mac(secret: string, purpose: string, userId: number, issuedAtSeconds: number): Uint8Array {
  if (!PURPOSE_PATTERN.test(purpose)) throw new TypeError("purpose must be a short lower-case word.");
  if (secret.length < 32) throw new TypeError("The signing secret must be at least 32 characters.");
  const encoder = new TextEncoder();
  return hmac(SHA256, encoder.encode(secret), encoder.encode(`rounds/v1/${purpose}/${userId}/${issuedAtSeconds}`));
}
