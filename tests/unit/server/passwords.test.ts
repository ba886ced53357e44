import { argon2id as nobleArgon2id } from "@noble/hashes/argon2.js";
import { encodeBase64 } from "@oslojs/encoding";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, passwordHashParameters, verifyPassword } from "../../../src/server/auth/passwords";

const unpadded = (bytes: Uint8Array) => encodeBase64(bytes).replace(/=+$/, "");

/** A PHC string exactly as the pure-JS @noble/hashes code (before ADR 0017) wrote them. */
function nobleHash(password: string, salt: Uint8Array): string {
  const { m, t, p, dkLen } = passwordHashParameters;
  const hash = nobleArgon2id(password, salt, { m, t, p, dkLen });
  return `$argon2id$v=19$m=${m},t=${t},p=${p}$${unpadded(salt)}$${unpadded(hash)}`;
}

describe("password hashing", () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword("correct horse battery staple");
  });

  it("stores Argon2id with OWASP's parameters in a PHC string", () => {
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts every hash differently", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("anything", "$2b$10$notargon")).toBe(false);
    // Well-formed but parameters Argon2 does not allow (m below 8 KiB per lane, no passes).
    expect(await verifyPassword("anything", stored.replace("m=19456", "m=7"))).toBe(false);
    expect(await verifyPassword("anything", stored.replace("t=2", "t=0"))).toBe(false);
  });

  it("refuses, without throwing, a password too short to hash", async () => {
    expect(await verifyPassword("", stored)).toBe(false);
    expect(await verifyPassword("\u0001", stored)).toBe(false);
    await expect(hashPassword("")).rejects.toThrow(RangeError);
  });
});

describe("hashes from before the WebAssembly switch (ADR 0017)", () => {
  // Non-ASCII on purpose: both must hash the UTF-8 bytes of the password.
  const password = "Wenckebach — every third beat 💓";
  const salt = Uint8Array.from({ length: 16 }, (_, index) => index * 13 + 1);

  it("writes byte-for-byte the PHC string @noble/hashes wrote for the same salt", async () => {
    expect(await hashPassword(password, salt)).toBe(nobleHash(password, salt));
  });

  it("verifies a stored @noble/hashes string and refuses a wrong password against it", async () => {
    const old = nobleHash(password, crypto.getRandomValues(new Uint8Array(16)));
    expect(await verifyPassword(password, old)).toBe(true);
    expect(await verifyPassword(`${password}!`, old)).toBe(false);
  });

  it("writes strings that @noble/hashes verifies", async () => {
    const fresh = await hashPassword(password);
    const [, , , , saltText = "", hashText = ""] = fresh.split("$");
    const pad = (text: string) => text + "=".repeat((4 - (text.length % 4)) % 4);
    const decode = (text: string) => Uint8Array.from(atob(pad(text)), (char) => char.charCodeAt(0));
    const { m, t, p, dkLen } = passwordHashParameters;
    expect(unpadded(nobleArgon2id(password, decode(saltText), { m, t, p, dkLen }))).toBe(hashText);
  });
});
