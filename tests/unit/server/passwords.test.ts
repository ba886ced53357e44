import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../../src/server/auth/passwords";

describe("password hashing", () => {
  const stored = hashPassword("correct horse battery staple");

  it("stores Argon2id with OWASP's parameters in a PHC string", () => {
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  });

  it("accepts the right password and refuses a wrong one", () => {
    expect(verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("salts every hash differently", () => {
    expect(hashPassword("same password")).not.toBe(hashPassword("same password"));
  });

  it("refuses a malformed stored hash instead of throwing", () => {
    expect(verifyPassword("anything", "$2b$10$notargon")).toBe(false);
  });
});
