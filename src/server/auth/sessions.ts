import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { channelModerators, sessions, totpCredentials, users } from "../db/schema";
import { isStaff, mustEnrolSecondFactor, staffPolicySetting } from "./second-factor-policy";
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from "./tokens";
import type { Viewer } from "./viewer";

const DAY = 24 * 3600_000;
/** Sliding expiry: each use within the last half of the window extends it to 30 days again. */
export const SESSION_SLIDING_MS = 30 * DAY;
/** Absolute cap: no renewal moves a session past 90 days from login. */
export const SESSION_ABSOLUTE_MS = 90 * DAY;

export interface SessionValidation {
  viewer: Viewer | null;
  /** Hash of the session that was valid, for logout and renewal. */
  sessionId: string | null;
  /** New expiry to write (later, off the critical path), or null when none is due. */
  renewUntil: number | null;
}

/** Starts a session for a member at login or sign-up. Returns the raw token for the cookie. */
export async function createSession(db: Database, userId: number, now: number): Promise<{ token: string; expiresAt: number }> {
  const token = generateSecretToken();
  const expiresAt = now + SESSION_SLIDING_MS;
  await db.insert(sessions).values({
    id: hashSecretToken(token),
    userId,
    createdAt: now,
    expiresAt,
    absoluteExpiresAt: now + SESSION_ABSOLUTE_MS,
  });
  return { token, expiresAt };
}

/**
 * Resolves a session cookie to the viewer in one query. Expired sessions, deleted accounts and
 * malformed tokens all resolve to "no viewer"; expired rows are left for cleanup rather than
 * spending a write on every stale cookie.
 */
export async function validateSessionToken(db: Database, token: string | undefined, now: number): Promise<SessionValidation> {
  const none: SessionValidation = { viewer: null, sessionId: null, renewUntil: null };
  if (!token || !looksLikeSecretToken(token)) return none;
  const sessionId = hashSecretToken(token);
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      userId: users.id,
      pseudonym: users.pseudonym,
      role: users.role,
      verificationStatus: users.verificationStatus,
      emailConfirmedAt: users.emailConfirmedAt,
      deletedAt: users.deletedAt,
      suspendedUntil: users.suspendedUntil,
      createdAt: users.createdAt,
      // Folded into the session query so moderator scope costs no extra round trip.
      moderatedChannels: sql<string | null>`(select group_concat(${channelModerators.channelId}) from ${channelModerators} where ${channelModerators.userId} = ${users.id})`,
      // Capped so a member with thousands unread costs the same; uses notifications_unread_idx.
      unreadNotifications: sql<number>`(select count(*) from (select 1 from notifications where user_id = ${users.id} and read_at is null limit 100))`,
      // Two-factor state and the staff rule, folded in too (primary-key reads; no extra round trip).
      secondFactorEnrolled: sql<number>`exists (select 1 from ${totpCredentials} where ${totpCredentials.userId} = ${users.id} and ${totpCredentials.confirmedAt} is not null)`,
      staffSecondFactorPolicy: staffPolicySetting(),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!row || row.expiresAt <= now || row.absoluteExpiresAt <= now || row.deletedAt !== null) return none;
  const moderatedChannelIds = row.moderatedChannels ? row.moderatedChannels.split(",").map(Number) : [];
  const renewTarget = Math.min(now + SESSION_SLIDING_MS, row.absoluteExpiresAt);
  const renewUntil = row.expiresAt - now < SESSION_SLIDING_MS / 2 && renewTarget > row.expiresAt ? renewTarget : null;
  return {
    viewer: {
      userId: row.userId,
      pseudonym: row.pseudonym,
      role: row.role,
      verificationStatus: row.verificationStatus,
      emailConfirmed: row.emailConfirmedAt !== null,
      moderatedChannelIds,
      suspendedUntil: row.suspendedUntil,
      memberSince: row.createdAt,
      unreadNotifications: Number(row.unreadNotifications),
      secondFactorEnrolled: Boolean(row.secondFactorEnrolled),
      mustEnrolSecondFactor: mustEnrolSecondFactor(isStaff(row.role, moderatedChannelIds.length), Boolean(row.secondFactorEnrolled), row.staffSecondFactorPolicy),
    },
    sessionId,
    renewUntil,
  };
}

export async function renewSession(db: Database, sessionId: string, expiresAt: number): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a member, optionally keeping the one in use. */
export function endSessionsStatement(db: Database, userId: number, keepSessionId?: string) {
  return db
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}
