import { z } from "zod";
import { unscannedText } from "../privacy/free-text";

/**
 * National Provider Identifier rules (CMS NPI standard): 10 digits, the first 1 (individual) or
 * 2 (organisation) for every NPI issued so far, the last a Luhn check digit computed over the 9
 * leading digits prefixed with "80840" (the ISO 7812 issuer prefix for US health identifiers).
 * This catches every single-digit typo and most swaps of neighbouring digits before we ask the
 * registry anything.
 */

/** The Luhn check digit for the first 9 digits of an NPI. Throws on anything but 9 digits. */
export function npiCheckDigit(first9: string): string {
  if (!/^\d{9}$/.test(first9)) throw new RangeError("npiCheckDigit expects exactly 9 digits");
  const digits = `80840${first9}`;
  let sum = 0;
  // Right to left; the check digit will be appended, so the rightmost payload digit is the first
  // one doubled.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Rule: exactly 10 ASCII digits, starting with 1 or 2, with a correct check digit. */
export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === npi.slice(9);
}

export const npiMessages = {
  length: "An NPI has exactly 10 digits.",
  prefix: "An NPI starts with 1 or 2.",
  checkDigit: "This NPI's check digit is wrong: please check for a typo.",
} as const;

/**
 * Form input for an NPI. Whitespace anywhere is dropped (people copy "1234 567 893" from
 * letters and cards); nothing else is forgiven. Exactly one message per bad value, the first
 * problem found: length, then the leading digit, then the check digit.
 */
export const npiSchema = unscannedText(
  z
    .string({ error: npiMessages.length })
    .overwrite((value) => value.replace(/\s+/g, ""))
    .check((ctx) => {
      const npi = ctx.value;
      let message: string | null = null;
      if (!/^\d{10}$/.test(npi)) message = npiMessages.length;
      else if (!/^[12]/.test(npi)) message = npiMessages.prefix;
      else if (!isValidNpi(npi)) message = npiMessages.checkDigit;
      // The message never echoes the value: an NPI identifies a person.
      if (message) ctx.issues.push({ code: "custom", message, input: npi });
    }),
  "an NPI: pinned by its check digit, kept private, never shown to members",
);
