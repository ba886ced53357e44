import { and, desc, eq, gt, ne, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { sessions, users } from "../db/schema";
import { DomainError } from "../errors";
import type { SessionClient } from "./services";
import { generateSecretToken, hashSecretToken, hashSecretTokenNatively, looksLikeSecretToken } from "./tokens";
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

/** How a sign-in was completed, kept with its session for the member's session list. */
export type SignInMethod = NonNullable<(typeof sessions.$inferInsert)["signInMethod"]>;

/**
 * Starts a session for a member at login or sign-up. Returns the raw token for the cookie. The
 * device label, country and sign-in method are recorded for the member's session list.
 */
export async function createSession(
  db: Database,
  userId: number,
  now: number,
  details: { client?: SessionClient; method?: SignInMethod } = {},
): Promise<{ token: string; expiresAt: number }> {
  const token = generateSecretToken();
  const expiresAt = now + SESSION_SLIDING_MS;
  await db.insert(sessions).values({
    id: hashSecretToken(token),
    userId,
    createdAt: now,
    expiresAt,
    absoluteExpiresAt: now + SESSION_ABSOLUTE_MS,
    device: details.client?.device ?? null,
    place: details.client?.place ?? null,
    signInMethod: details.method ?? null,
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
  const sessionId = await hashSecretTokenNatively(token);
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

/**
 * Writes a sliding renewal, and with it the session's last use. Rule: this is the only write a
 * session's use costs (at most one per renewal window, in waitUntil), so "last used" is exact only
 * to within that window (SESSION_SLIDING_MS / 2); the session list says so.
 */
export async function renewSession(db: Database, sessionId: string, expiresAt: number, usedAt?: number): Promise<void> {
  await db
    .update(sessions)
    .set(usedAt === undefined ? { expiresAt } : { expiresAt, lastUsedAt: usedAt })
    .where(eq(sessions.id, sessionId));
}

/** How often last use is written: with each renewal, at most once per half the sliding window. */
export const LAST_USE_GRANULARITY_MS = SESSION_SLIDING_MS / 2;

export interface SessionListing {
  /** A short public handle for the session (not its id, which is the token's hash). */
  handle: string;
  device: string | null;
  place: string | null;
  signInMethod: SignInMethod | null;
  signedInAt: number;
  /** Last use as renewals recorded it; the sign-in time until the first renewal. */
  lastUsedAt: number;
  current: boolean;
}

/**
 * The handle shown for a session: the first 16 hex characters of a hash of its id. Enough to
 * name one of a member's sessions, and no use for signing in (the id is itself a hash of the token).
 */
export function sessionHandleOf(sessionId: string): string {
  return hashSecretToken(`session-handle:${sessionId}`).slice(0, 16);
}

function requireViewer(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
}

/** The member's live sessions, newest sign-in first, the one in use marked. One query (sessions_user_idx). */
export async function listSessions(db: Database, viewer: Viewer | null, currentSessionId: string | null, now: number): Promise<SessionListing[]> {
  requireViewer(viewer);
  const rows = await db
    .select({
      id: sessions.id,
      device: sessions.device,
      place: sessions.place,
      signInMethod: sessions.signInMethod,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, viewer.userId), gt(sessions.expiresAt, now), gt(sessions.absoluteExpiresAt, now)))
    .orderBy(desc(sessions.createdAt))
    .limit(100);
  return rows.map((row) => ({
    handle: sessionHandleOf(row.id),
    device: row.device,
    place: row.place,
    signInMethod: row.signInMethod,
    signedInAt: row.createdAt,
    lastUsedAt: Math.max(row.lastUsedAt ?? row.createdAt, row.createdAt),
    current: row.id === currentSessionId,
  }));
}

/**
 * Ends one of the member's own sessions, named by its handle. Rules: only the member's own
 * sessions; the one in use is ended by signing out, not here (so this page never signs its
 * reader out by surprise). Returns false when no such session is live.
 */
export async function endOwnSession(db: Database, viewer: Viewer | null, currentSessionId: string | null, handle: string): Promise<boolean> {
  requireViewer(viewer);
  if (!/^[0-9a-f]{16}$/.test(handle)) throw new DomainError("NOT_FOUND", "That session has already ended.");
  const own = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, viewer.userId)).limit(1000);
  const target = own.find((row) => sessionHandleOf(row.id) === handle);
  if (!target) throw new DomainError("NOT_FOUND", "That session has already ended.");
  if (target.id === currentSessionId) throw new DomainError("CONFLICT", "That is the session you are using: sign out instead.");
  await db.delete(sessions).where(and(eq(sessions.id, target.id), eq(sessions.userId, viewer.userId)));
  return true;
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a member, optionally keeping the one in use. */
export function endSessionsStatement(db: Database, userId: number, keepSessionId?: string) {
  return db.delete(sessions).where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}
