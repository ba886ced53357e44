import { generateTOTP, verifyTOTP } from "@oslojs/otp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "../../../src/server/auth/recovery-codes";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  formatSecretForManualEntry,
  matchTotpStep,
  totpCodeAt,
  totpKeyUri,
  totpQrSvg,
  totpStepAt,
  TotpDecryptionError,
  verifyTotpCode,
} from "../../../src/server/auth/totp";

/** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
const rfcSecret = new TextEncoder().encode("12345678901234567890");
const rfcVectors: [seconds: number, code: string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

const KEY = "q0mWzv5y0xYd8Ez2yKcRj3Vb6n1tQkq7nHn6w6X0u1o=";
const OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

afterEach(() => {
  vi.useRealTimers();
});

describe("TOTP codes (RFC 6238, SHA-1, 30 s)", () => {
  for (const [seconds, code] of rfcVectors) {
    it(`gives the RFC's 8-digit code ${code} at T = ${seconds}`, () => {
      expect(totpCodeAt(rfcSecret, seconds * 1000, 8)).toBe(code);
    });
    it(`gives the last 6 digits, ${code.slice(2)}, with our 6-digit setting at T = ${seconds}`, () => {
      expect(totpCodeAt(rfcSecret, seconds * 1000)).toBe(code.slice(2));
    });
  }

  it("agrees with the library's own clock-reading generateTOTP and verifyTOTP", () => {
    vi.useFakeTimers();
    for (const [seconds, code] of rfcVectors) {
      vi.setSystemTime(seconds * 1000);
      expect(generateTOTP(rfcSecret, 30, 8)).toBe(code);
      expect(verifyTOTP(rfcSecret, 30, 6, code.slice(2))).toBe(true);
    }
  });

  it("counts 30-second steps from the epoch", () => {
    expect(totpStepAt(59_000)).toBe(1);
    expect(totpStepAt(1_111_111_109_000)).toBe(0x23523ec);
  });
});

describe("clock skew", () => {
  const now = 1_234_567_890_000;
  const step = totpStepAt(now);
  const codeAtStep = (s: number) => totpCodeAt(rfcSecret, s * 30_000);

  it("accepts the current step and one step either side", () => {
    for (const offset of [-1, 0, 1]) expect(matchTotpStep(rfcSecret, codeAtStep(step + offset), now)).toBe(step + offset);
  });

  it("refuses codes two steps away either side", () => {
    for (const offset of [-2, 2]) expect(matchTotpStep(rfcSecret, codeAtStep(step + offset), now)).toBeNull();
  });

  it("refuses anything that is not six digits", () => {
    for (const code of ["", "12345", "1234567", "abcdef", "12 345", codeAtStep(step) + "0"]) expect(matchTotpStep(rfcSecret, code, now)).toBeNull();
  });
});

describe("replay", () => {
  const now = 1_700_000_000_000;
  const step = totpStepAt(now);
  const code = totpCodeAt(rfcSecret, now);

  it("accepts a code the first time and records its step", () => {
    expect(verifyTotpCode(rfcSecret, code, now, null)).toBe(step);
  });

  it("refuses the same code again within its window, and any code of an earlier step", () => {
    expect(verifyTotpCode(rfcSecret, code, now, step)).toBeNull();
    expect(verifyTotpCode(rfcSecret, code, now + 25_000, step)).toBeNull();
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now - 30_000), now, step)).toBeNull();
  });

  it("accepts the next step's code after one was used", () => {
    expect(verifyTotpCode(rfcSecret, totpCodeAt(rfcSecret, now + 30_000), now, step)).toBe(step + 1);
  });
});

describe("the secret at rest (AES-256-GCM)", () => {
  it("round-trips, with a fresh IV each time", async () => {
    const first = await encryptTotpSecret(KEY, 42, rfcSecret);
    const second = await encryptTotpSecret(KEY, 42, rfcSecret);
    expect(first).toMatch(/^v1\.[A-Za-z0-9+/]+=*$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(formatSecretForManualEntry(rfcSecret).replaceAll(" ", ""));
    expect(await decryptTotpSecret(KEY, 42, first)).toEqual(rfcSecret);
    expect(await decryptTotpSecret(KEY, 42, second)).toEqual(rfcSecret);
  });

  it("refuses the wrong key", async () => {
    const stored = await encryptTotpSecret(KEY, 42, rfcSecret);
    await expect(decryptTotpSecret(OTHER_KEY, 42, stored)).rejects.toBeInstanceOf(TotpDecryptionError);
  });

  it("refuses another member's row (the member's id is associated data)", async () => {
    const stored = await encryptTotpSecret(KEY, 42, rfcSecret);
    await expect(decryptTotpSecret(KEY, 43, stored)).rejects.toBeInstanceOf(TotpDecryptionError);
  });

  it("refuses a tampered or malformed ciphertext", async () => {
    const stored = await encryptTotpSecret(KEY, 42, rfcSecret);
    const body = stored.slice(3);
    const flipped = `v1.${body.slice(0, 20)}${body[20] === "A" ? "B" : "A"}${body.slice(21)}`;
    for (const bad of [flipped, "v2." + body, "v1.", "v1.!!!", "nonsense"]) {
      await expect(decryptTotpSecret(KEY, 42, bad)).rejects.toBeInstanceOf(TotpDecryptionError);
    }
  });
});

describe("enrolment display", () => {
  it("makes an otpauth URI with SHA-1, 6 digits and 30 s, labelled Rounds", () => {
    const uri = new URL(totpKeyUri("dr_ada", rfcSecret));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("issuer")).toBe("Rounds");
    expect(uri.searchParams.get("algorithm")).toBe("SHA1");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("secret")).toBe(formatSecretForManualEntry(rfcSecret).replaceAll(" ", ""));
  });

  it("draws the QR code as inline SVG with nothing to fetch", () => {
    const svg = totpQrSvg(totpKeyUri("dr_ada", rfcSecret));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toMatch(/href|<image|<script|url\(/i);
  });
});

describe("recovery codes", () => {
  it("makes 10 distinct codes of 80 random bits, in groups of four", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
  });

  it("reads a code typed with capitals, spaces or no dashes as the same code", () => {
    const [code] = generateRecoveryCodes();
    const compact = code!.replaceAll("-", "");
    for (const typed of [code!, compact, code!.toUpperCase(), ` ${compact.slice(0, 8)} ${compact.slice(8)} `]) {
      expect(normalizeRecoveryCode(typed)).toBe(compact);
      expect(hashRecoveryCode(7, typed)).toBe(hashRecoveryCode(7, code!));
    }
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode(`${compact}a`)).toBeNull();
  });

  it("hashes per member and never stores the code itself", () => {
    const [code] = generateRecoveryCodes();
    expect(hashRecoveryCode(7, code!)).not.toBe(hashRecoveryCode(8, code!));
    expect(hashRecoveryCode(7, code!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(7, code!)).not.toContain(code!.replaceAll("-", ""));
  });
});
