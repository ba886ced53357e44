import type { MailMessage } from "./types";

/**
 * The messages Rounds sends. Rules: plain text, short, no clinical content, and nothing that
 * identifies the member beyond the pseudonym they chose (no real name, no NPI, no licence), since
 * mail leaves our systems and sits in inboxes we do not control.
 */

const SIGN_OFF = "— Rounds";

export const PASSWORD_RESET_EXPIRES_IN_MINUTES = 60;

export function confirmEmailMessage(input: {
  to: string;
  pseudonym: string;
  confirmUrl: string;
  /** Stated in the message when given; leave it out if the link does not expire. */
  expiresInMinutes?: number;
}): MailMessage {
  const expiry = input.expiresInMinutes === undefined ? "" : ` and expires in ${describeMinutes(input.expiresInMinutes)}`;
  return {
    to: input.to,
    subject: "Confirm your email address for Rounds",
    text: lines(
      `Hello ${cleanPseudonym(input.pseudonym)},`,
      "",
      "Please confirm that this is your email address by opening this link:",
      "",
      webUrl(input.confirmUrl, "confirmUrl"),
      "",
      `The link works once${expiry}.`,
      "If you did not create a Rounds account, ignore this message; nothing more will happen.",
      "",
      SIGN_OFF,
    ),
  };
}

export function passwordResetMessage(input: { to: string; pseudonym: string; resetUrl: string; expiresInMinutes?: number }): MailMessage {
  const expiresIn = describeMinutes(input.expiresInMinutes ?? PASSWORD_RESET_EXPIRES_IN_MINUTES);
  return {
    to: input.to,
    subject: "Reset your Rounds password",
    text: lines(
      `Hello ${cleanPseudonym(input.pseudonym)},`,
      "",
      "Someone asked to reset the password of your Rounds account. To choose a new password, open this link:",
      "",
      webUrl(input.resetUrl, "resetUrl"),
      "",
      `The link works once and expires in ${expiresIn}.`,
      "If you did not ask for this, ignore this message: your password stays as it is.",
      "",
      SIGN_OFF,
    ),
  };
}

/**
 * Sent instead of a second account when someone signs up with an address that already has one,
 * so the sign-up page can answer the same either way (no account enumeration).
 */
export function existingAccountNoticeMessage(input: { to: string; pseudonym: string; loginUrl: string }): MailMessage {
  return {
    to: input.to,
    subject: "You already have a Rounds account",
    text: lines(
      `Hello ${cleanPseudonym(input.pseudonym)},`,
      "",
      "Someone just tried to create a Rounds account with this email address, which already has one. If that was you, sign in here:",
      "",
      webUrl(input.loginUrl, "loginUrl"),
      "",
      'If you have forgotten your password, choose "Forgot password" on that page.',
      "If it was not you, ignore this message: no second account was created.",
      "",
      SIGN_OFF,
    ),
  };
}

export function verificationDecisionMessage(input: {
  to: string;
  pseudonym: string;
  decision: "verified" | "rejected";
  /** The moderator's explanation for a rejection; shown as given, with identifiers masked. */
  reason?: string;
  siteUrl: string;
}): MailMessage {
  const greeting = `Hello ${cleanPseudonym(input.pseudonym)},`;
  const siteUrl = webUrl(input.siteUrl, "siteUrl");
  if (input.decision === "verified") {
    return {
      to: input.to,
      subject: "Your Rounds account is verified",
      text: lines(
        greeting,
        "",
        "Your physician verification is complete. You can now post, reply and vote on Rounds:",
        "",
        siteUrl,
        "",
        "We suggest turning on two-factor sign-in, so that a stolen password alone cannot open your account:",
        "",
        new URL("/account/two-factor", siteUrl).href,
        "",
        SIGN_OFF,
      ),
    };
  }
  const reason = input.reason === undefined ? "" : cleanReason(input.reason);
  return {
    to: input.to,
    subject: "About your Rounds verification",
    text: lines(
      greeting,
      "",
      "We could not verify your account as a practising physician, so it cannot post on Rounds yet.",
      ...(reason ? ["", `Reason: ${reason}`] : []),
      "",
      "If you think this is a mistake, you can check your details and apply again here:",
      "",
      siteUrl,
      "",
      SIGN_OFF,
    ),
  };
}

/** What changed about how an account signs in; each is mailed to the member (security-notices.ts). */
export type SecurityEvent =
  | "second_factor_added"
  | "second_factor_removed"
  | "second_factor_removed_by_admin"
  | "recovery_code_used"
  | "recovery_codes_regenerated"
  | "password_changed"
  | "passkey_added"
  | "passkey_removed";

const securityEventWords: Record<SecurityEvent, { subject: string; sentence: string }> = {
  second_factor_added: {
    subject: "Two-factor sign-in is on for your Rounds account",
    sentence: "Two-factor sign-in was turned on for your account: signing in now asks for a code from your authenticator app.",
  },
  second_factor_removed: {
    subject: "Two-factor sign-in is off for your Rounds account",
    sentence: "Two-factor sign-in was turned off for your account: signing in now asks only for your password.",
  },
  second_factor_removed_by_admin: {
    subject: "An administrator turned off two-factor sign-in for your Rounds account",
    sentence:
      "A Rounds administrator turned off two-factor sign-in for your account, as a recovery after a lost authenticator. Signing in now asks only for your password; please set up two-factor sign-in again.",
  },
  recovery_code_used: {
    subject: "A recovery code was used to sign in to Rounds",
    sentence: "Someone signed in to your account with one of your recovery codes. That code no longer works.",
  },
  recovery_codes_regenerated: { subject: "New recovery codes for your Rounds account", sentence: "New recovery codes were made for your account. The old ones no longer work." },
  password_changed: { subject: "Your Rounds password was changed", sentence: "The password of your Rounds account was changed." },
  passkey_added: { subject: "A passkey was added to your Rounds account", sentence: "A new passkey was added to your account: it can now sign in to Rounds." },
  passkey_removed: { subject: "A passkey was removed from your Rounds account", sentence: "A passkey was removed from your account: it can no longer sign in to Rounds." },
};

/**
 * A security notice: something changed about how the account signs in. It says what and when,
 * and what to do if it was not the member; it never carries a code, a secret or a link with a token.
 */
export function securityNoticeMessage(input: { to: string; pseudonym: string; event: SecurityEvent; at: number; accountUrl: string }): MailMessage {
  const words = securityEventWords[input.event];
  return {
    to: input.to,
    subject: words.subject,
    text: lines(
      `Hello ${cleanPseudonym(input.pseudonym)},`,
      "",
      words.sentence,
      `When: ${new Date(input.at).toUTCString()}.`,
      "",
      "If this was you, there is nothing to do. If it was not, change your password now and check your account's sign-in settings:",
      "",
      webUrl(input.accountUrl, "accountUrl"),
      "",
      SIGN_OFF,
    ),
  };
}

function lines(...parts: string[]): string {
  return `${parts.join("\n")}\n`;
}

/**
 * Links must be absolute http(s) URLs: a relative or javascript: link in mail is a bug. The error
 * names the parameter only, because the value may carry a token.
 */
function webUrl(value: string, parameter: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${parameter} must be an absolute http(s) URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`${parameter} must be an absolute http(s) URL.`);
  }
  return url.href;
}

/** A pseudonym is one short line; control characters would let it forge extra lines of the message. */
function cleanPseudonym(pseudonym: string): string {
  const cleaned = pseudonym
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 64);
  return cleaned || "colleague";
}

/**
 * Moderators write the reason by hand. It is one paragraph of at most 500 characters, and NPI-shaped
 * numbers (ten digits) and email addresses are masked: the reason should explain, not identify.
 */
function cleanReason(reason: string): string {
  const cleaned = reason
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\b\d{10}\b/g, "[number removed]")
    .replace(/[^\s@<>()"',;:]+@[^\s@<>()"',;:]+/g, "[address removed]")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > 500 ? `${cleaned.slice(0, 499)}…` : cleaned;
}

function describeMinutes(minutes: number): string {
  const [count, unit] = minutes % 1440 === 0 ? [minutes / 1440, "day"] : minutes % 60 === 0 ? [minutes / 60, "hour"] : [minutes, "minute"];
  return count === 1 ? `one ${unit}` : `${count} ${unit}s`;
}
