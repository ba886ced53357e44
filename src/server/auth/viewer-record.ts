import { isStaff, mustEnrolSecondFactor, STAFF_SECOND_FACTOR_SETTING } from "./second-factor-policy";
import type { Viewer } from "./viewer";

/**
 * A member's viewer record: every fact about them that decides what a page may show (id,
 * pseudonym, role, verification, email confirmed, suspension, join date, moderated channels, a
 * second factor (a confirmed authenticator or a passkey), and the staff two-factor rule in force), as
 * one JSON array that SQLite builds. The session check (sessions.ts) and the session gate of a
 * page's batch (session-gate.ts) build it with this same expression, so a record read once can be
 * compared byte for byte with the database's current one: equal text means equal facts. The
 * unread-notification count is not in it (it changes all the time and decides no access).
 *
 * `users` is the SQL name of the users table in the statement (a table name or an alias).
 */
export function viewerRecordSql(users: string): string {
  return `json_array(${users}.id, ${users}.pseudonym, ${users}.role, ${users}.verification_status, ${users}.email_confirmed_at is not null, ${users}.suspended_until, ${users}.created_at, (select json_group_array(channel_id) from (select channel_id from channel_moderators where user_id = ${users}.id order by channel_id)), (exists (select 1 from totp_credentials where user_id = ${users}.id and confirmed_at is not null) or exists (select 1 from passkeys where user_id = ${users}.id)), (select value from site_settings where name = '${STAFF_SECOND_FACTOR_SETTING}'))`;
}

/** Capped so a member with thousands unread costs the same; uses notifications_unread_idx. */
export function unreadNotificationsSql(users: string): string {
  return `(select count(*) from (select 1 from notifications where user_id = ${users}.id and read_at is null limit 100))`;
}

const roles = new Set<Viewer["role"]>(["member", "moderator", "admin"]);
const statuses = new Set<Viewer["verificationStatus"]>(["pending", "verified", "rejected", "suspended", "banned"]);

/**
 * The viewer a record describes, or null when the text is not a well-formed record (a cookie
 * somebody edited, a record from another version). Rule: it accepts only what
 * `viewerRecordSql` produces, field by field.
 */
export function parseViewerRecord(record: string, unreadNotifications: number): Viewer | null {
  let fields: unknown;
  try {
    fields = JSON.parse(record);
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length !== 10) return null;
  const [userId, pseudonym, role, verificationStatus, emailConfirmed, suspendedUntil, memberSince, moderated, secondFactor, staffPolicy] = fields as unknown[];
  if (!Number.isSafeInteger(userId) || typeof pseudonym !== "string" || !roles.has(role as Viewer["role"])) return null;
  if (!statuses.has(verificationStatus as Viewer["verificationStatus"]) || (emailConfirmed !== 0 && emailConfirmed !== 1)) return null;
  if (suspendedUntil !== null && !Number.isSafeInteger(suspendedUntil)) return null;
  if (!Number.isSafeInteger(memberSince) || !Array.isArray(moderated) || !moderated.every((id) => Number.isSafeInteger(id))) return null;
  if ((secondFactor !== 0 && secondFactor !== 1) || (staffPolicy !== null && typeof staffPolicy !== "string")) return null;
  const moderatedChannelIds = moderated as number[];
  return {
    userId: userId as number,
    pseudonym,
    role: role as Viewer["role"],
    verificationStatus: verificationStatus as Viewer["verificationStatus"],
    emailConfirmed: emailConfirmed === 1,
    moderatedChannelIds,
    suspendedUntil: suspendedUntil as number | null,
    memberSince: memberSince as number,
    unreadNotifications,
    secondFactorEnrolled: secondFactor === 1,
    mustEnrolSecondFactor: mustEnrolSecondFactor(isStaff(role as Viewer["role"], moderatedChannelIds.length), secondFactor === 1, staffPolicy as string | null),
  };
}
