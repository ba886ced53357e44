import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { auditStatement } from "../moderation/audit-log";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { emailField, pseudonymField, specialtyField } from "./account-fields";
import { assertAcceptablePassword } from "./password-policy";
import { hashPassword } from "./passwords";
import { assertPseudonymAllowed, pseudonymHolderQuery, takenError } from "./pseudonym-rules";

export const createAdminSchema = z
  .object({
    email: emailField,
    pseudonym: pseudonymField,
    password: unscannedText(z.string(), "a password: only its hash is stored"),
    specialty: specialtyField.default("internal-medicine"),
  })
  .strict();

/**
 * The first administrator, made from the command line against any database. Rules: an existing
 * account with that email is promoted (its password is left alone unless one is given); a new
 * account is created verified with a confirmed email; either way the change is audited.
 */
export async function createOrPromoteAdmin(
  db: Database,
  input: { email: string; pseudonym: string; password?: string; specialty?: string },
  now: number,
): Promise<{ userId: number; created: boolean }> {
  const parsed = parseInput(createAdminSchema, { ...input, password: input.password ?? "" });
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsed.email));
  if (existing) {
    const passwordChange = input.password ? await newPasswordHash(input.password, parsed) : {};
    await db.batch([
      db
        .update(users)
        .set({ role: "admin", verificationStatus: "verified", emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, ${now})`, ...passwordChange })
        .where(eq(users.id, existing.id)),
      auditStatement(db, { actorId: null, action: "admin.promote_cli", targetType: "user", targetId: existing.id }, now),
    ]);
    return { userId: existing.id, created: false };
  }
  if (!input.password) throw new DomainError("INVALID", "A new admin account needs a password.", { password: "A new admin account needs a password." });
  assertPseudonymAllowed(parsed.pseudonym);
  const [taken] = await pseudonymHolderQuery(db, parsed.pseudonym);
  if (taken) throw takenError();
  const { passwordHash } = await newPasswordHash(input.password, parsed);
  const [created] = await db
    .insert(users)
    .values({
      pseudonym: parsed.pseudonym,
      email: parsed.email,
      passwordHash,
      firstName: "",
      lastName: "",
      specialtySlug: parsed.specialty,
      role: "admin",
      verificationStatus: "verified",
      emailConfirmedAt: now,
      createdAt: now,
    })
    .returning({ id: users.id });
  const userId = created!.id;
  await auditStatement(db, { actorId: null, action: "admin.create_cli", targetType: "user", targetId: userId }, now);
  return { userId, created: true };
}

async function newPasswordHash(password: string, context: { email: string; pseudonym: string }) {
  await assertAcceptablePassword(password, context);
  return { passwordHash: await hashPassword(password), passwordChangedAt: Date.now() };
}
