import { createTOTPKeyURI, generateHOTP, verifyHOTP } from "@oslojs/otp";
import { decodeBase64, encodeBase32UpperCaseNoPadding, encodeBase64 } from "@oslojs/encoding";
import { renderSVG } from "uqr";

/**
 * Authenticator codes after RFC 6238 with the settings every authenticator app understands:
 * HMAC-SHA-1, 6 digits, 30-second steps. A code is accepted for its own step and one step either
 * side (±30 s of clock skew between phone and server), never two. `@oslojs/otp` computes the
 * codes; the step is taken from the caller's clock (the domain never reads the time itself).
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps of skew accepted on either side of the current one. */
export const TOTP_SKEW_STEPS = 1;
/** 20 bytes (160 bits), the HMAC-SHA-1 block-size key RFC 4226 recommends. */
export const TOTP_SECRET_BYTES = 20;
export const TOTP_ISSUER = "Rounds";

/** The 30-second step a time (ms since the epoch) falls in. */
export function totpStepAt(now: number): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

export function generateTotpSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(TOTP_SECRET_BYTES));
}

/** The code an authenticator shows at `now` (tests and the e2e harness compute codes with it). */
export function totpCodeAt(secret: Uint8Array, now: number, digits = TOTP_DIGITS): string {
  return generateHOTP(secret, BigInt(totpStepAt(now)), digits);
}

/**
 * The step a code belongs to, among the current one and TOTP_SKEW_STEPS either side, or null when
 * it matches none. Comparison is constant-time per step (verifyHOTP). Whether that step was
 * already used is the caller's check (the last used step is stored with the credential).
 */
export function matchTotpStep(secret: Uint8Array, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStepAt(now);
  for (let step = current - TOTP_SKEW_STEPS; step <= current + TOTP_SKEW_STEPS; step++) {
    if (verifyHOTP(secret, BigInt(step), TOTP_DIGITS, code)) return step;
  }
  return null;
}

/**
 * The replay rule (RFC 6238 §5.2): a code is accepted only for a step later than the last one
 * accepted for the account. Returns the step to record, or null to refuse.
 */
export function verifyTotpCode(secret: Uint8Array, code: string, now: number, lastUsedStep: number | null): number | null {
  const step = matchTotpStep(secret, code, now);
  if (step === null || (lastUsedStep !== null && step <= lastUsedStep)) return null;
  return step;
}

/** The otpauth:// URI an authenticator app reads from the QR code ("Rounds:pseudonym"). */
export function totpKeyUri(accountName: string, secret: Uint8Array): string {
  return createTOTPKeyURI(TOTP_ISSUER, accountName, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/** The secret as people type it into an app by hand: base32, in groups of four. */
export function formatSecretForManualEntry(secret: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(secret).replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The QR code of a URI as an inline SVG element (no canvas, no image request, nothing sent
 * anywhere). Medium error correction: a phone reads it off a dim or scratched screen.
 */
export function totpQrSvg(uri: string): string {
  return renderSVG(uri, { ecc: "M", border: 2, pixelSize: 6 });
}

const CIPHERTEXT_VERSION = "v1";
const IV_BYTES = 12;
let cachedKey: { source: string; key: Promise<CryptoKey> } | undefined;

/** The AES-256-GCM key from TOTP_ENCRYPTION_KEY (base64 of 32 bytes), imported once per isolate. */
function encryptionKey(base64Key: string): Promise<CryptoKey> {
  if (cachedKey?.source === base64Key) return cachedKey.key;
  const raw = new Uint8Array(decodeBase64(base64Key));
  if (raw.byteLength !== 32) throw new TypeError("TOTP_ENCRYPTION_KEY must be base64 of 32 bytes.");
  const key = crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
  cachedKey = { source: base64Key, key };
  return key;
}

/** The member's id as associated data: a ciphertext copied onto another member's row does not decrypt. */
const associatedData = (userId: number) => new TextEncoder().encode(`rounds/totp/${userId}`);

/**
 * Encrypts a TOTP secret for storage: AES-256-GCM with a fresh random 96-bit IV, bound to the
 * member's id. Returns "v1." + base64(iv ‖ ciphertext and tag).
 */
export async function encryptTotpSecret(base64Key: string, userId: number, secret: Uint8Array): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: associatedData(userId) }, await encryptionKey(base64Key), new Uint8Array(secret)),
  );
  const joined = new Uint8Array(IV_BYTES + sealed.byteLength);
  joined.set(iv, 0);
  joined.set(sealed, IV_BYTES);
  return `${CIPHERTEXT_VERSION}.${encodeBase64(joined)}`;
}

/** Thrown when a stored secret does not decrypt: another key, another member's row, or tampering. */
export class TotpDecryptionError extends Error {
  override readonly name = "TotpDecryptionError";
}

/** Decrypts what encryptTotpSecret stored; any mismatch throws TotpDecryptionError (GCM's tag check). */
export async function decryptTotpSecret(base64Key: string, userId: number, stored: string): Promise<Uint8Array> {
  const [version, payload] = stored.split(".", 2);
  if (version !== CIPHERTEXT_VERSION || !payload) throw new TotpDecryptionError("Unknown TOTP ciphertext format.");
  let joined: Uint8Array<ArrayBuffer>;
  try {
    joined = new Uint8Array(decodeBase64(payload));
  } catch {
    throw new TotpDecryptionError("Unreadable TOTP ciphertext.");
  }
  if (joined.byteLength <= IV_BYTES) throw new TotpDecryptionError("Unreadable TOTP ciphertext.");
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: joined.subarray(0, IV_BYTES), additionalData: associatedData(userId) },
      await encryptionKey(base64Key),
      joined.subarray(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    throw new TotpDecryptionError("The TOTP secret does not decrypt with this key.");
  }
}
