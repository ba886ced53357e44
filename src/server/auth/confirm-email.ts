import { and, desc, eq, isNull } from "drizzle-orm";
import { users, verificationApplications } from "../db/schema";
import { findEmailToken, useEmailTokenStatement } from "./email-tokens";
import type { AccountServices } from "./services";
import { checkRegistryForApplication, type RegistryOutcome } from "./verification";

/**
 * Confirms a member's email address with the single-use token from the mail (a POST: GET never
 * changes state). Then asks the NPPES registry about the pending application, so the admin
 * queue shows the evidence; an unreachable registry does not undo the confirmation.
 */
export async function confirmEmail(services: AccountServices, token: string): Promise<{ registry: RegistryOutcome | null }> {
  const { db, now } = services;
  const found = await findEmailToken(db, token, "confirm_email", now);
  const [, , pending] = await db.batch([
    useEmailTokenStatement(db, found.id, now),
    db
      .update(users)
      .set({ emailConfirmedAt: now })
      .where(and(eq(users.id, found.userId), isNull(users.emailConfirmedAt))),
    db
      .select({ id: verificationApplications.id })
      .from(verificationApplications)
      .where(and(eq(verificationApplications.userId, found.userId), eq(verificationApplications.status, "pending")))
      .orderBy(desc(verificationApplications.createdAt))
      .limit(1),
  ]);
  const application = pending[0];
  if (!application) return { registry: null };
  return { registry: await checkRegistryForApplication(services, application.id) };
}
