import { and, eq, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { users, verificationApplications } from "../db/schema";
import { DomainError } from "../errors";
import { sendMail } from "../mail/send-mail";
import { existingAccountNoticeMessage, confirmEmailMessage } from "../mail/templates";
import { authRateLimits, consumeRateLimits } from "../moderation/rate-limits";
import { unscannedText } from "../privacy/free-text";
import { unknownFieldMessage } from "../validation";
import { emailField, licenceStateField, personNameField, pseudonymField, specialtyField } from "./account-fields";
import { EMAIL_TOKEN_LIFETIME_MS, newEmailToken } from "./email-tokens";
import { npiSchema } from "./npi";
import { assertAcceptablePassword } from "./password-policy";
import { hashPassword } from "./passwords";
import { assertPseudonymAllowed, pseudonymHolderQuery } from "./pseudonym-rules";
import type { AccountServices } from "./services";

export const signupSchema = z
  .object({
    email: emailField,
    password: unscannedText(z.string({ error: "Enter a password." }), "a password: only its hash is stored"),
    pseudonym: pseudonymField,
    firstName: personNameField("first name"),
    lastName: personNameField("last name"),
    npi: npiSchema,
    specialty: specialtyField,
    licenceState: licenceStateField,
  })
  .strict();
export type SignupInput = z.input<typeof signupSchema>;

/** Collects every field problem at once (zod and password policy), so the form shows them all. */
async function parseSignup(input: unknown) {
  const fields: Record<string, string> = {};
  const parsed = signupSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") for (const key of issue.keys) fields[key] = unknownFieldMessage(key);
      else fields[String(issue.path[0] ?? "form")] ??= issue.message;
    }
  }
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  if (!fields.password) {
    try {
      await assertAcceptablePassword(String(raw.password ?? ""), {
        email: typeof raw.email === "string" ? raw.email : undefined,
        pseudonym: typeof raw.pseudonym === "string" ? raw.pseudonym : undefined,
      });
    } catch (error) {
      if (error instanceof DomainError && error.fields?.password) fields.password = error.fields.password;
      else throw error;
    }
  }
  if (parsed.success && !fields.pseudonym) {
    try {
      assertPseudonymAllowed(parsed.data.pseudonym);
    } catch (error) {
      if (error instanceof DomainError && error.fields?.pseudonym) fields.pseudonym = error.fields.pseudonym;
      else throw error;
    }
  }
  if (!parsed.success || Object.keys(fields).length > 0) {
    throw new DomainError("INVALID", "Some fields need another look.", fields);
  }
  return parsed.data;
}

/**
 * Sign-up. Rules:
 * - at most 3 sign-ups per hour from one IP;
 * - the answer is the same whether or not the email already has an account (no enumeration):
 *   an existing owner gets a notice by mail instead of a second account;
 * - a pseudonym is public, so a taken one is said plainly;
 * - the account starts pending with an unconfirmed email; the NPI goes on a verification
 *   application (a second application for an NPI already in use is flagged for admin review,
 *   silently); the NPPES registry is asked when the email is confirmed.
 */
export async function signUp(services: AccountServices, input: unknown, clientIp: string): Promise<void> {
  const { db, now } = services;
  await consumeRateLimits(db, [{ key: `signup:ip:${clientIp}`, action: "signing up", ...authRateLimits.signupPerHour }], now);
  const data = await parseSignup(input);
  // Hash before any lookup so both outcomes below cost the same Argon2id work.
  const passwordHash = await hashPassword(data.password);

  const [existingEmail, takenPseudonym, npiInUse] = await db.batch([
    db.select({ id: users.id, pseudonym: users.pseudonym }).from(users).where(eq(users.email, data.email)),
    pseudonymHolderQuery(db, data.pseudonym),
    db
      .select({ id: verificationApplications.id })
      .from(verificationApplications)
      .where(and(eq(verificationApplications.npi, data.npi), or(eq(verificationApplications.status, "pending"), eq(verificationApplications.status, "verified"))))
      .limit(1),
  ]);
  if (takenPseudonym.length > 0) {
    throw new DomainError("CONFLICT", "Some fields need another look.", { pseudonym: "This pseudonym is taken: choose another." });
  }
  const owner = existingEmail[0];
  if (owner) {
    await sendMail(db, services.mail, existingAccountNoticeMessage({ to: data.email, pseudonym: owner.pseudonym, loginUrl: `${services.siteUrl}/login` }), now);
    return;
  }

  const [created] = await db
    .insert(users)
    .values({
      pseudonym: data.pseudonym,
      email: data.email,
      passwordHash,
      firstName: data.firstName,
      lastName: data.lastName,
      specialtySlug: data.specialty,
      licenceState: data.licenceState,
      role: "member",
      verificationStatus: "pending",
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!created) {
    // Lost a race with a simultaneous sign-up for the same email or pseudonym.
    throw new DomainError("CONFLICT", "Some fields need another look.", { pseudonym: "This pseudonym is taken: choose another." });
  }
  const confirmation = newEmailToken(db, created.id, "confirm_email", now);
  await db.batch([
    db.insert(verificationApplications).values({
      userId: created.id,
      npi: data.npi,
      status: "pending",
      reviewReason: npiInUse.length > 0 ? "duplicate_npi" : null,
      createdAt: now,
    }),
    confirmation.statement,
  ]);
  await sendMail(
    db,
    services.mail,
    confirmEmailMessage({
      to: data.email,
      pseudonym: data.pseudonym,
      confirmUrl: `${services.siteUrl}/confirm-email/${confirmation.token}`,
      expiresInMinutes: EMAIL_TOKEN_LIFETIME_MS.confirm_email / 60_000,
    }),
    now,
  );
}

/** Sends a fresh confirmation link to a signed-in member whose address is not confirmed yet. */
export async function resendEmailConfirmation(services: AccountServices, userId: number): Promise<void> {
  const { db, now } = services;
  await consumeRateLimits(db, [{ key: `confirm-resend:user:${userId}`, action: "sending confirmation emails", limit: 3, windowMs: 3600_000 }], now);
  const [user] = await db
    .select({ email: users.email, pseudonym: users.pseudonym })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.emailConfirmedAt), isNull(users.deletedAt)));
  if (!user) return;
  const confirmation = newEmailToken(db, userId, "confirm_email", now);
  await confirmation.statement;
  await sendMail(
    db,
    services.mail,
    confirmEmailMessage({
      to: user.email,
      pseudonym: user.pseudonym,
      confirmUrl: `${services.siteUrl}/confirm-email/${confirmation.token}`,
      expiresInMinutes: EMAIL_TOKEN_LIFETIME_MS.confirm_email / 60_000,
    }),
    now,
  );
}
