import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import {
  bookmarks,
  channelFollows,
  drafts,
  emailTokens,
  notifications,
  passkeys,
  pendingSignIns,
  pseudonymHistory,
  recoveryCodes,
  threadFollows,
  threadReads,
  totpCredentials,
  users,
  verificationApplications,
} from "../db/schema";
import { DomainError } from "../errors";
import { auditStatement } from "../moderation/audit-log";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { pseudonymField } from "./account-fields";
import { assertAcceptablePassword } from "./password-policy";
import { hashPassword, verifyPassword } from "./passwords";
import { noticeAccountOf, securityAuditStatements, sendSecurityNotice } from "./security-notices";
import { assertPseudonymAllowed, FORMER_MEMBER_PREFIX, pseudonymHolderQuery, takenError } from "./pseudonym-rules";
import type { AccountServices } from "./services";
import { endSessionsStatement } from "./sessions";
import type { Viewer } from "./viewer";

export const changePasswordSchema = z
  .object({
    currentPassword: unscannedText(
      z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(256),
      "a password: only its hash is stored",
    ),
    newPassword: unscannedText(z.string({ error: "Enter a new password." }), "a password: only its hash is stored"),
  })
  .strict();
export const changePseudonymSchema = z.object({ pseudonym: pseudonymField }).strict();
export const deleteAccountSchema = z
  .object({
    password: unscannedText(
      z.string({ error: "Enter your password to confirm." }).min(1, { error: "Enter your password to confirm." }).max(256),
      "a password: only its hash is stored",
    ),
    confirm: z.literal("delete", { error: 'Type "delete" to confirm.' }),
  })
  .strict();

function requireMember(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
}

async function assertCurrentPassword(services: AccountServices, userId: number, password: string, field: string) {
  const [row] = await services.db.select({ passwordHash: users.passwordHash, email: users.email, pseudonym: users.pseudonym }).from(users).where(eq(users.id, userId));
  if (!row?.passwordHash || !(await verifyPassword(password, row.passwordHash))) {
    throw new DomainError("INVALID", "That is not your current password.", { [field]: "That is not your current password." });
  }
  return row;
}

export interface AccountPage {
  pseudonym: string;
  email: string;
  specialtySlug: string;
  createdAt: number;
}

export async function loadAccountPage(services: Pick<AccountServices, "db">, viewer: Viewer | null): Promise<AccountPage> {
  requireMember(viewer);
  const [row] = await services.db
    .select({ pseudonym: users.pseudonym, email: users.email, specialtySlug: users.specialtySlug, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, viewer.userId));
  if (!row) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return row;
}

/**
 * Rule: the current password is required; every other session of the member ends; the member is
 * mailed a security notice (audited for staff).
 */
export async function changePassword(services: AccountServices, viewer: Viewer | null, currentSessionId: string, input: unknown): Promise<void> {
  requireMember(viewer);
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const account = await assertCurrentPassword(services, viewer.userId, currentPassword, "currentPassword");
  await assertAcceptablePassword(newPassword, account, "newPassword");
  const { db, now } = services;
  const passwordHash = await hashPassword(newPassword);
  const notice = await noticeAccountOf(db, viewer.userId);
  await db.batch([
    db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, viewer.userId)),
    endSessionsStatement(db, viewer.userId, currentSessionId),
    ...(notice ? securityAuditStatements(db, notice, "password_changed", now) : []),
  ]);
  if (notice) await sendSecurityNotice(services, notice, "password_changed", now);
}

/**
 * Rules: pseudonyms are unique regardless of case, counting every member's earlier names (an old
 * name stays its owner's, and its profile address leads to the new one); old posts show the new
 * pseudonym; the old name is kept in the member's history in the same batch as the change.
 */
export async function changePseudonym(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<string> {
  requireMember(viewer);
  const { pseudonym } = parseInput(changePseudonymSchema, input);
  assertPseudonymAllowed(pseudonym);
  const { db, now } = services;
  const holders = await pseudonymHolderQuery(db, pseudonym, viewer.userId);
  if (holders.length > 0) throw takenError();
  const lower = pseudonym.toLowerCase();
  try {
    await db.batch([
      db.run(sql`insert into ${pseudonymHistory} (name_lower, user_id, retired_at)
                 select lower(${users.pseudonym}), ${users.id}, ${now} from ${users}
                 where ${users.id} = ${viewer.userId} and lower(${users.pseudonym}) != ${lower}
                 on conflict (name_lower) do nothing`),
      // Taking back one's own earlier name: it is current again, not history.
      db.delete(pseudonymHistory).where(and(eq(pseudonymHistory.nameLower, lower), eq(pseudonymHistory.userId, viewer.userId))),
      db.update(users).set({ pseudonym }).where(eq(users.id, viewer.userId)),
    ]);
  } catch {
    // The unique index lost a race to another member taking the same name.
    throw takenError();
  }
  return pseudonym;
}

/** Ends every session of the member, this one included. */
export async function signOutEverywhere(services: AccountServices, viewer: Viewer | null): Promise<void> {
  requireMember(viewer);
  await endSessionsStatement(services.db, viewer.userId);
}

/**
 * Deletes an account. Rules: the password confirms it; personal data (email, names, NPI,
 * password, profile bio and practice setting, pending applications, tokens, sessions) and what only the member saw (drafts,
 * bookmarks, follows, notifications, read positions) are erased at once; threads, replies and
 * votes stay so discussions keep their shape and counts, shown as by "former member". The
 * pseudonym and every earlier one are freed; the account is renamed former_member_{id}. The deletion is audited.
 */
export async function deleteAccount(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<void> {
  requireMember(viewer);
  const { password } = parseInput(deleteAccountSchema, input);
  await assertCurrentPassword(services, viewer.userId, password, "password");
  const { db, now } = services;
  const id = viewer.userId;
  await db.batch([
    db
      .update(users)
      .set({
        // former_member_{id} is reserved, so nobody holds it; a name taken before the prefix was
        // reserved gets a random tail rather than failing the deletion.
        pseudonym: sql`case when exists (select 1 from ${users} u2 where lower(u2.pseudonym) = ${`${FORMER_MEMBER_PREFIX}${id}`} and u2.id != ${id})
                        then ${`${FORMER_MEMBER_PREFIX}${id}_`} || lower(hex(randomblob(3))) else ${`${FORMER_MEMBER_PREFIX}${id}`} end`,
        email: `deleted-${id}@deleted.invalid`,
        passwordHash: null,
        firstName: "",
        lastName: "",
        npi: null,
        licenceState: null,
        verificationReason: null,
        // The profile's own words are personal data too.
        bio: null,
        practiceSetting: null,
        firstRunDueAt: null,
        deletedAt: now,
      })
      .where(eq(users.id, id)),
    db.delete(verificationApplications).where(eq(verificationApplications.userId, id)),
    db.delete(emailTokens).where(eq(emailTokens.userId, id)),
    // What only the member saw goes with them: drafts (clinical text), bookmarks, follows, mutes,
    // their notifications and what they read (read positions, ADR 0026).
    db.delete(drafts).where(eq(drafts.userId, id)),
    db.delete(pseudonymHistory).where(eq(pseudonymHistory.userId, id)),
    db.delete(bookmarks).where(eq(bookmarks.userId, id)),
    db.delete(threadFollows).where(eq(threadFollows.userId, id)),
    db.delete(channelFollows).where(eq(channelFollows.userId, id)),
    db.delete(notifications).where(eq(notifications.userId, id)),
    db.delete(threadReads).where(eq(threadReads.userId, id)),
    // Sign-in secrets go with the password: the authenticator, recovery codes, passkeys, pending sign-ins.
    db.delete(totpCredentials).where(eq(totpCredentials.userId, id)),
    db.delete(passkeys).where(eq(passkeys.userId, id)),
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, id)),
    db.delete(pendingSignIns).where(eq(pendingSignIns.userId, id)),
    endSessionsStatement(db, id),
    auditStatement(db, { actorId: id, action: "account.delete", targetType: "user", targetId: id }, now),
  ]);
}
