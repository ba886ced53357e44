import { describe, expect, it } from "vitest";
import { generateSecretToken, hashSecretToken, hashSecretTokenNatively } from "../../../src/server/auth/tokens";

describe("secret token hashes", () => {
  it("are the same hex SHA-256 whether hashed by WebCrypto or in JavaScript, so stored session ids still match", async () => {
    const tokens = [generateSecretToken(), generateSecretToken(), "abcdefghijklmnopqrstuvwxyz234567abcdefgh"];
    for (const token of tokens) {
      const native = await hashSecretTokenNatively(token);
      expect(native).toMatch(/^[0-9a-f]{64}$/);
      expect(native).toBe(hashSecretToken(token));
    }
    // A known answer: SHA-256 of "abc".
    expect(await hashSecretTokenNatively("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
