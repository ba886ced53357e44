import { argon2id } from "@noble/hashes/argon2.js";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { decodeBase64, encodeBase64 } from "@oslojs/encoding";

/**
 * Argon2id in a PHC string, OWASP's first choice (m = 19 MiB, t = 2, p = 1). The parameters
 * live in each stored string, so raising them later only affects new hashes. @noble/hashes is
 * pure JS: workerd forbids compiling WASM at run time and caps PBKDF2 below OWASP's advice.
 */
export const passwordHashParameters = { m: 19_456, t: 2, p: 1, dkLen: 32 } as const;

const phcPattern = /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,3}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,88})\$([A-Za-z0-9+/]{16,88})$/;

const unpadded = (bytes: Uint8Array) => encodeBase64(bytes).replace(/=+$/, "");
const padded = (text: string) => text + "=".repeat((4 - (text.length % 4)) % 4);

export function hashPassword(password: string, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): string {
  const { m, t, p, dkLen } = passwordHashParameters;
  const hash = argon2id(password, salt, { m, t, p, dkLen });
  return `$argon2id$v=19$m=${m},t=${t},p=${p}$${unpadded(salt)}$${unpadded(hash)}`;
}

/** Rule: the comparison takes the same time wherever the hashes differ. */
export function verifyPassword(password: string, phc: string): boolean {
  const match = phcPattern.exec(phc);
  if (!match) return false;
  const [, m, t, p, salt, expected] = match as unknown as [string, string, string, string, string, string];
  const expectedBytes = decodeBase64(padded(expected));
  const actual = argon2id(password, decodeBase64(padded(salt)), {
    m: Number(m),
    t: Number(t),
    p: Number(p),
    dkLen: expectedBytes.length,
  });
  return constantTimeEqual(actual, expectedBytes);
}
