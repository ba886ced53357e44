import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { hashSecretToken } from "./tokens";

/**
 * Recovery codes: 10 per set, each 16 base32 characters (80 random bits) shown as four groups of
 * four ("abcd-efgh-ijkl-mnop"). 80 bits keep a plain SHA-256 out of reach of an offline search
 * even if the table leaks (a slow hash is not needed at that length). The member may type them
 * with or without dashes, spaces or capitals.
 */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_CODE_BYTES = 10;

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(RECOVERY_CODE_BYTES))).replace(/(.{4})(?=.)/g, "$1-"),
  );
}

/** The code as typed, reduced to its 16 characters; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(typed: string): string | null {
  const compact = typed.replace(/[\s-]+/g, "").toLowerCase();
  return /^[a-z2-7]{16}$/.test(compact) ? compact : null;
}

/** What is stored: the SHA-256 of the member's id and the code, so equal codes never share a hash. */
export function hashRecoveryCode(userId: number, code: string): string {
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) throw new TypeError("not a recovery code");
  return hashSecretToken(`recovery:${userId}:${normalized}`);
}
