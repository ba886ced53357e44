import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { channelModerators, users } from "../db/schema";
import { sendMail } from "../mail/send-mail";
import { securityNoticeMessage, type SecurityEvent } from "../mail/templates";
import { auditStatement } from "../moderation/audit-log";
import { isStaff } from "./second-factor-policy";
import type { AccountServices } from "./services";

/**
 * Security notices. Rule: every change to how an account signs in (a second factor added or
 * removed, a passkey added or removed, a recovery code used, new recovery codes, a password changed) is mailed to the member;
 * for staff accounts (admin, moderator) it is also written to the audit log, in the same batch
 * as the change itself. The mail goes after the change is stored, and a failed delivery never
 * undoes it (sendMail records the failure).
 */
export interface NoticeAccount {
  userId: number;
  email: string;
  pseudonym: string;
  /** An admin or a moderator, global or of a channel (second-factor-policy.ts isStaff). */
  staff: boolean;
}

export async function noticeAccountOf(db: Database, userId: number): Promise<NoticeAccount | undefined> {
  const [row] = await db
    .select({
      email: users.email,
      pseudonym: users.pseudonym,
      role: users.role,
      // Qualified by hand: in a one-table select drizzle writes ${users.id} as a bare "id", which
      // inside the sub-select would name channel_moderators' own column if it ever had one.
      moderatesChannels: sql<number>`exists (select 1 from ${channelModerators} where ${channelModerators.userId} = "users"."id")`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ? { userId, email: row.email, pseudonym: row.pseudonym, staff: isStaff(row.role, Number(row.moderatesChannels)) } : undefined;
}

const auditActions: Record<SecurityEvent, string> = {
  second_factor_added: "second_factor_added",
  second_factor_removed: "second_factor_removed",
  second_factor_removed_by_admin: "second_factor_removed_by_admin",
  recovery_code_used: "recovery_code_used",
  recovery_codes_regenerated: "recovery_codes_regenerated",
  password_changed: "password_changed",
  passkey_added: "passkey_added",
  passkey_removed: "passkey_removed",
};

/**
 * The audit row for a staff account's event, as a statement for the caller's batch; none for a
 * member (their notices are mail only). `actorId` is who acted (an admin, for a recovery).
 */
export function securityAuditStatements(db: Database, account: NoticeAccount, event: SecurityEvent, now: number, actor?: { actorId: number; reason: string }) {
  // An admin's recovery of a member's account is always audited: it is a privileged decision.
  if (!account.staff && !actor) return [];
  return [
    auditStatement(
      db,
      { actorId: actor?.actorId ?? account.userId, action: auditActions[event], targetType: "user", targetId: account.userId, reason: actor?.reason ?? null },
      now,
    ),
  ];
}

export async function sendSecurityNotice(services: Pick<AccountServices, "db" | "mail" | "siteUrl">, account: NoticeAccount, event: SecurityEvent, now: number): Promise<void> {
  await sendMail(
    services.db,
    services.mail,
    securityNoticeMessage({ to: account.email, pseudonym: account.pseudonym, event, at: now, accountUrl: `${services.siteUrl}/account` }),
    now,
  );
}
