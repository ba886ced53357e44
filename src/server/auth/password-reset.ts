import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { emailTokens, pendingSignIns, users } from "../db/schema";
import { DomainError } from "../errors";
import { sendMail } from "../mail/send-mail";
import { passwordResetMessage } from "../mail/templates";
import { authRateLimits, consumeRateLimits } from "../moderation/rate-limits";
import { parseInput } from "../validation";
import { emailField } from "./account-fields";
import { findEmailToken, newEmailToken, useEmailTokenStatement } from "./email-tokens";
import { accountKey } from "./login";
import { assertAcceptablePassword } from "./password-policy";
import { hashPassword } from "./passwords";
import { noticeAccountOf, securityAuditStatements, sendSecurityNotice } from "./security-notices";
import type { AccountServices } from "./services";
import { endSessionsStatement } from "./sessions";

export const passwordResetRequestSchema = z.object({ email: emailField }).strict();
export const passwordResetSchema = z.object({ password: unscannedText(z.string({ error: "Enter a new password." }), "a password: only its hash is stored") }).strict();

/**
 * Asks for a reset link. Rules: 3 requests an hour per IP and per account; the answer never
 * says whether the email has an account; the link holds a single-use token valid for one hour,
 * stored hashed.
 */
export async function requestPasswordReset(services: AccountServices, input: unknown, clientIp: string): Promise<void> {
  const { db, now } = services;
  const { email } = parseInput(passwordResetRequestSchema, input);
  await consumeRateLimits(
    db,
    [
      { key: `reset:ip:${clientIp}`, action: "resetting passwords", ...authRateLimits.passwordResetPerHour },
      { key: `reset:account:${accountKey(email)}`, action: "resetting passwords", ...authRateLimits.passwordResetPerHour },
    ],
    now,
  );
  const [user] = await db
    .select({ id: users.id, pseudonym: users.pseudonym })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  if (!user) return;
  const reset = newEmailToken(db, user.id, "reset_password", now);
  await reset.statement;
  await sendMail(db, services.mail, passwordResetMessage({ to: email, pseudonym: user.pseudonym, resetUrl: `${services.siteUrl}/reset-password/${reset.token}` }), now);
}

/** Checks a reset link before showing its form, so an expired link says so at once. */
export async function checkPasswordResetToken(services: AccountServices, token: string): Promise<void> {
  await findEmailToken(services.db, token, "reset_password", services.now);
}

/**
 * Sets a new password from a reset link. Rules: the token works once; the new password meets
 * the policy; every session of the member ends (whoever had the old password is signed out);
 * other unused reset links of the member stop working, and so do sign-ins waiting for their
 * second step (a reset never turns a second factor off); the member is mailed a security notice
 * (audited for staff).
 */
export async function resetPassword(services: AccountServices, token: string, input: unknown): Promise<void> {
  const { db, now } = services;
  const found = await findEmailToken(db, token, "reset_password", now);
  const { password } = parseInput(passwordResetSchema, input);
  const [user] = await db.select({ email: users.email, pseudonym: users.pseudonym }).from(users).where(eq(users.id, found.userId));
  if (!user) throw new DomainError("NOT_FOUND", "This password reset link has expired or was already used. Ask for a new one.");
  await assertAcceptablePassword(password, { email: user.email, pseudonym: user.pseudonym });
  const passwordHash = await hashPassword(password);
  const account = await noticeAccountOf(db, found.userId);
  await db.batch([
    useEmailTokenStatement(db, found.id, now),
    db.delete(pendingSignIns).where(eq(pendingSignIns.userId, found.userId)),
    ...(account ? securityAuditStatements(db, account, "password_changed", now) : []),
    db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, found.userId)),
    db
      .update(emailTokens)
      .set({ usedAt: now })
      .where(and(eq(emailTokens.userId, found.userId), eq(emailTokens.purpose, "reset_password"), isNull(emailTokens.usedAt))),
    endSessionsStatement(db, found.userId),
  ]);
  if (account) await sendSecurityNotice(services, account, "password_changed", now);
}
