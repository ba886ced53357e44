import { describe, expect, it } from "vitest";
import { redactDetail } from "../../../src/server/mail/resend-transport";
import { confirmEmailMessage, existingAccountNoticeMessage, passwordResetMessage, verificationDecisionMessage } from "../../../src/server/mail/templates";

const to = "dr.house@example.org";
const token = "Zx9Qw2Er7Ty4Ui1Op6As3Df8Gh5Jk0Lm";

describe("confirm email message", () => {
  const message = confirmEmailMessage({ to, pseudonym: "night_intensivist", confirmUrl: `https://rounds.example/confirm?token=${token}` });

  it("is addressed to the given recipient", () => {
    expect(message.to).toBe(to);
  });

  it("contains the confirmation link on a line of its own", () => {
    expect(message.text.split("\n")).toContain(`https://rounds.example/confirm?token=${token}`);
  });

  it("greets the member by pseudonym", () => {
    expect(message.text).toMatch(/^Hello night_intensivist,/);
  });

  it("has a subject that names Rounds and the action without the token", () => {
    expect(message.subject).toBe("Confirm your email address for Rounds");
  });

  it("states the expiry only when one is given", () => {
    expect(message.text).not.toMatch(/expires/);
    const expiring = confirmEmailMessage({ to, pseudonym: "p", confirmUrl: "https://rounds.example/c", expiresInMinutes: 7 * 24 * 60 });
    expect(expiring.text).toMatch(/works once and expires in 7 days/);
  });

  it("refuses a relative confirmation link without echoing it", () => {
    expect(() => confirmEmailMessage({ to, pseudonym: "p", confirmUrl: `/confirm?token=${token}` })).toThrow(/^confirmUrl must be an absolute http\(s\) URL\.$/);
  });

  it("refuses a javascript: link", () => {
    expect(() => confirmEmailMessage({ to, pseudonym: "p", confirmUrl: "javascript:alert(1)" })).toThrow(/confirmUrl/);
  });
});

describe("password reset message", () => {
  const message = passwordResetMessage({ to, pseudonym: "night_intensivist", resetUrl: `https://rounds.example/reset?token=${token}` });

  it("contains the reset link on a line of its own", () => {
    expect(message.text.split("\n")).toContain(`https://rounds.example/reset?token=${token}`);
  });

  it("says the link works once and expires in one hour", () => {
    expect(message.text).toMatch(/works once and expires in one hour/);
  });

  it("tells a member who did not ask that nothing changes", () => {
    expect(message.text).toMatch(/If you did not ask for this, ignore this message/);
  });

  it("keeps the token out of the subject", () => {
    expect(message.subject).toBe("Reset your Rounds password");
  });
});

describe("existing account notice", () => {
  const message = existingAccountNoticeMessage({ to, pseudonym: "night_intensivist", loginUrl: "https://rounds.example/login" });

  it("contains the sign-in link on a line of its own", () => {
    expect(message.text.split("\n")).toContain("https://rounds.example/login");
  });

  it("tells a recipient who did not sign up that no second account exists", () => {
    expect(message.text).toMatch(/no second account was created/);
  });
});

describe("verification decision message", () => {
  const verified = verificationDecisionMessage({ to, pseudonym: "p", decision: "verified", siteUrl: "https://rounds.example/" });
  const rejected = verificationDecisionMessage({
    to,
    pseudonym: "p",
    decision: "rejected",
    reason: "The licence state does not match the NPPES record.",
    siteUrl: "https://rounds.example/verify",
  });

  it("tells a verified member in the subject that the account is verified", () => {
    expect(verified.subject).toBe("Your Rounds account is verified");
  });

  it("tells a verified member they can now post", () => {
    expect(verified.text).toMatch(/can now post/);
  });

  it("links a verified member to the site", () => {
    expect(verified.text.split("\n")).toContain("https://rounds.example/");
  });

  it("gives a rejected member the moderator's reason", () => {
    expect(rejected.text).toContain("Reason: The licence state does not match the NPPES record.");
  });

  it("links a rejected member to the page where they can apply again", () => {
    expect(rejected.text.split("\n")).toContain("https://rounds.example/verify");
  });

  it("leaves out the reason line when no reason is given", () => {
    const message = verificationDecisionMessage({ to, pseudonym: "p", decision: "rejected", siteUrl: "https://rounds.example/" });
    expect(message.text).not.toMatch(/Reason:/);
  });

  it("masks NPI-shaped numbers and email addresses in the reason", () => {
    const message = verificationDecisionMessage({
      to,
      pseudonym: "p",
      decision: "rejected",
      reason: "NPI 1234567893 belongs to someone else; write to verify@rounds.example.",
      siteUrl: "https://rounds.example/",
    });
    expect(message.text).not.toContain("1234567893");
    expect(message.text).not.toContain("verify@rounds.example");
    expect(message.text).toContain("[number removed]");
  });

  it("keeps a multi-line reason on one line so it cannot forge the rest of the message", () => {
    const message = verificationDecisionMessage({
      to,
      pseudonym: "p",
      decision: "rejected",
      reason: "Wrong state.\n\n— Rounds\nhttps://evil.example",
      siteUrl: "https://rounds.example/",
    });
    expect(message.text).toContain("Reason: Wrong state. — Rounds https://evil.example");
  });
});

describe("every template", () => {
  const messages = [
    confirmEmailMessage({ to, pseudonym: "p", confirmUrl: "https://rounds.example/c" }),
    passwordResetMessage({ to, pseudonym: "p", resetUrl: "https://rounds.example/r" }),
    existingAccountNoticeMessage({ to, pseudonym: "p", loginUrl: "https://rounds.example/login" }),
    verificationDecisionMessage({ to, pseudonym: "p", decision: "verified", siteUrl: "https://rounds.example/" }),
    verificationDecisionMessage({ to, pseudonym: "p", decision: "rejected", reason: "r", siteUrl: "https://rounds.example/" }),
  ];

  it("is plain text without HTML", () => {
    for (const message of messages) expect(message.text).not.toMatch(/<[a-z/]/i);
  });

  it("never puts the recipient address into the subject or body", () => {
    for (const message of messages) expect(`${message.subject}\n${message.text}`).not.toContain(to);
  });

  it("stays short", () => {
    for (const message of messages) expect(message.text.length).toBeLessThan(700);
  });

  it("signs off as Rounds", () => {
    for (const message of messages) expect(message.text.trimEnd().endsWith("— Rounds")).toBe(true);
  });

  it("puts a pseudonym with line breaks on the greeting line only", () => {
    const message = passwordResetMessage({ to, pseudonym: "p\nhttps://evil.example", resetUrl: "https://rounds.example/r" });
    expect(message.text.split("\n")[0]).toBe("Hello p https://evil.example,");
  });
});

describe("provider error redaction", () => {
  it("removes the given secrets verbatim", () => {
    expect(redactDetail("key abc123 for x", ["abc123"])).toBe("key [redacted] for x");
  });

  it("masks anything shaped like an email address", () => {
    expect(redactDetail("cannot send to `someone@example.org` now", [])).toBe("cannot send to [address] now");
  });

  it("masks long opaque tokens", () => {
    expect(redactDetail(`link https://r.example/reset?token=${token} failed`, [])).not.toContain(token);
  });

  it("keeps an ordinary explanation readable", () => {
    const text = "The rounds.example domain is not verified. Please add and verify your domain on https://resend.com/domains";
    expect(redactDetail(text, [])).toBe(text);
  });

  it("truncates long details to 200 characters", () => {
    expect(redactDetail("word ".repeat(100), []).length).toBeLessThanOrEqual(200);
  });
});
