import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { DomainError } from "../errors";
// The 49,000 most common passwords from zxcvbn-ts's maintained list, as static assets the Worker
// reads one small bucket at a time (src/lib/common-passwords/; ADR 0029): not in the bundle.
import { isCommonPassword } from "#common-passwords";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = unscannedText(
  z
    .string({ error: "Enter a password." })
    .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
  "a password: only its hash is stored",
);

/**
 * Rule for a new password: 8–256 characters, not one of the common passwords (compared
 * case-insensitively), and not the member's own email or pseudonym.
 */
export async function assertAcceptablePassword(password: string, context: { email?: string; pseudonym?: string }, field = "password"): Promise<void> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Choose another password.";
    throw new DomainError("INVALID", message, { [field]: message });
  }
  const lowered = password.toLowerCase();
  const personal = [context.email?.toLowerCase(), context.email?.toLowerCase().split("@")[0], context.pseudonym?.toLowerCase()];
  if (personal.some((value) => value && value.length >= 3 && lowered === value)) {
    const message = "Your password must not be your email address or pseudonym.";
    throw new DomainError("INVALID", message, { [field]: message });
  }
  if (await isCommonPassword(lowered)) {
    const message = "This password is among the most common ones and easy to guess. Choose another, for example a short sentence.";
    throw new DomainError("INVALID", message, { [field]: message });
  }
}
