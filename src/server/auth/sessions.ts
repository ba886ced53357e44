import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { sessions, users } from "../db/schema";
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from "./tokens";
import type { Viewer } from "./viewer";
import { parseViewerRecord, unreadNotificationsSql, viewerRecordSql } from "./viewer-record";

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
  /** The viewer record (viewer-record.ts) the viewer was read from; pages gate on it later. */
  record: string | null;
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
  const none: SessionValidation = { viewer: null, sessionId: null, renewUntil: null, record: null };
  if (!token || !looksLikeSecretToken(token)) return none;
  const sessionId = hashSecretToken(token);
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      deletedAt: users.deletedAt,
      // Role, verification and moderator scope in the one record pages are gated on
      // (viewer-record.ts), so this query and a page batch's gate read the same facts.
      record: sql<string>`${sql.raw(viewerRecordSql("users"))}`,
      unreadNotifications: sql<number>`${sql.raw(unreadNotificationsSql("users"))}`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!row || row.expiresAt <= now || row.absoluteExpiresAt <= now || row.deletedAt !== null) return none;
  const viewer = parseViewerRecord(row.record, Number(row.unreadNotifications));
  if (!viewer) return none;
  return {
    viewer,
    record: row.record,
    sessionId,
    renewUntil: renewalDue(row, now),
  };
}

/**
 * Sliding expiry: a new expiry is due once less than half the window is left, and never past the
 * absolute cap; null when none is due.
 */
export function renewalDue(session: { expiresAt: number; absoluteExpiresAt: number }, now: number): number | null {
  const renewTarget = Math.min(now + SESSION_SLIDING_MS, session.absoluteExpiresAt);
  return session.expiresAt - now < SESSION_SLIDING_MS / 2 && renewTarget > session.expiresAt ? renewTarget : null;
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
