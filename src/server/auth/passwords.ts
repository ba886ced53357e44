import { loadArgon2idModule } from "#argon2id-wasm";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { decodeBase64, encodeBase64 } from "@oslojs/encoding";
import setupWasm, { type computeHash } from "argon2id/lib/setup.js";

/**
 * Argon2id in a PHC string, OWASP's first choice (m = 19 MiB, t = 2, p = 1). The parameters
 * live in each stored string, so raising them later only affects new hashes. The hash runs in
 * WebAssembly (the argon2id package's SIMD binary), about 4x less CPU in workerd than the pure-JS
 * @noble/hashes it replaced, with byte-identical output, so every stored string still verifies
 * (docs/decisions/0017-argon2-wasm.md).
 */
export const passwordHashParameters = { m: 19_456, t: 2, p: 1, dkLen: 32 } as const;

const phcPattern = /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,3}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,88})\$([A-Za-z0-9+/]{16,88})$/;

const unpadded = (bytes: Uint8Array) => encodeBase64(bytes).replace(/=+$/, "");
const padded = (text: string) => text + "=".repeat((4 - (text.length % 4)) % 4);

let argon2idHasher: Promise<computeHash> | undefined;

/**
 * One Wasm instance per isolate (or Node process), made on first use and then shared. Safe across
 * requests: the instance holds no I/O object, and one hash is one synchronous call, so two hashes
 * never interleave on its memory. Its memory is 65 MiB (the binary's minimum), kept for the
 * isolate's life. A failed load is forgotten, so the next sign-in tries again.
 */
function argon2id(): Promise<computeHash> {
  argon2idHasher ??= loadArgon2idModule()
    .then((module) => {
      const instantiate = async (imports: WebAssembly.Imports) => ({ module, instance: await WebAssembly.instantiate(module, imports) });
      // The package falls back to its second loader when the first fails; both are the SIMD
      // binary, since every engine Rounds runs on (workerd, Node 20) has Wasm SIMD.
      return setupWasm(instantiate, instantiate);
    })
    .catch((error: unknown) => {
      argon2idHasher = undefined;
      throw error;
    });
  return argon2idHasher;
}

/**
 * The argon2id package refuses an empty password and some one-byte ones (its length check reads
 * a one-byte array as that byte's value), so those are never hashed as given. No stored password
 * is that short: every way of setting one asks for 8 characters (password-policy.ts).
 */
const hashable = (password: Uint8Array) => password.length >= 2;

export async function hashPassword(password: string, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): Promise<string> {
  const bytes = new TextEncoder().encode(password);
  if (!hashable(bytes)) throw new RangeError("A password must be at least 2 bytes long to be hashed.");
  const { m, t, p, dkLen } = passwordHashParameters;
  const hash = (await argon2id())({ password: bytes, salt, parallelism: p, passes: t, memorySize: m, tagLength: dkLen });
  return `$argon2id$v=19$m=${m},t=${t},p=${p}$${unpadded(salt)}$${unpadded(hash)}`;
}

/**
 * Rules: the comparison takes the same time wherever the hashes differ; a password too short to
 * hash still costs one hash (of a stand-in) and never matches; a stored string that is not
 * Argon2id, or whose parameters Argon2 does not allow, is refused instead of throwing.
 */
export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const match = phcPattern.exec(phc);
  if (!match) return false;
  const [, mText, tText, pText, salt, expected] = match as unknown as [string, string, string, string, string, string];
  const [m, t, p] = [Number(mText), Number(tText), Number(pText)];
  if (p < 1 || t < 1 || m < 8 * p) return false;
  const expectedBytes = decodeBase64(padded(expected));
  const bytes = new TextEncoder().encode(password);
  const usable = hashable(bytes);
  const actual = (await argon2id())({
    password: usable ? bytes : new Uint8Array(16),
    salt: decodeBase64(padded(salt)),
    parallelism: p,
    passes: t,
    memorySize: m,
    tagLength: expectedBytes.length,
  });
  return constantTimeEqual(actual, expectedBytes) && usable;
}
