import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { DomainError } from "../errors";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = unscannedText(
  z
    .string({ error: "Enter a password." })
    .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
  "a password: only its hash is stored",
);

let commonPasswords: Promise<Set<string>> | undefined;

/**
 * The 49,000 most common passwords from zxcvbn-ts's maintained list. Loaded on first use only
 * (sign-up and password changes), so page requests never pay for it.
 */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common/dist/passwords.json.mjs").then(
    (module: { default: string[] }) => new Set(module.default),
  );
  return commonPasswords;
}

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
  if ((await loadCommonPasswords()).has(lowered)) {
    const message = "This password is among the most common ones and easy to guess. Choose another, for example a short sentence.";
    throw new DomainError("INVALID", message, { [field]: message });
  }
}
