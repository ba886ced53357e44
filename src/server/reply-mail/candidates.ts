import { and, asc, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { notifications, users } from "../db/schema";
import { isDigestRecipient } from "../digest/cadence";
import { isReplyMailKind } from "./choice";

/**
 * Who is owed an immediate reply mail now, and which notifications it bundles. Rules:
 * - only members who chose "immediate" and may receive mail at all (verified, confirmed, not
 *   deleted: the digest's own rule);
 * - at most one mail per 10 minutes per member: due only when the last one was claimed at least
 *   REPLY_MAIL_GAP_MS ago (or never). The job runs every 10 minutes, so everything that arrived
 *   in between goes out as one mail;
 * - a bundle is the member's unread replies and mentions that arrived after the last mail was
 *   claimed and not after this run's clock, at most a day back (switching to "immediate", or a
 *   job that was down for hours, never digs up old replies): each reply is in one bundle at most;
 * - nothing new, nothing sent and nothing marked: a member without news costs one index probe.
 */
export const REPLY_MAIL_GAP_MS = 10 * 60_000;
export const REPLY_MAIL_LOOKBACK_MS = 24 * 3600_000;

/** A member owed a reply mail now (never logged). */
export interface ReplyMailCandidate {
  id: number;
  email: string;
  pseudonym: string;
  /** The previous claim, given back if this run's delivery certainly failed. */
  replyMailSentAt: number | null;
}

/** Chose "immediate", and the last mail is at least the gap old (or there was none). */
export function isReplyMailDue(now: number): SQL {
  return sql`(${users.replyMail} = 'immediate' and (${users.replyMailSentAt} is null or ${users.replyMailSentAt} <= ${now - REPLY_MAIL_GAP_MS}))`;
}

/** Start of the member's bundle (exclusive), from the users row in scope. */
export function bundleStart(now: number): SQL<number> {
  return sql<number>`max(coalesce(${users.replyMailSentAt}, 0), ${now - REPLY_MAIL_LOOKBACK_MS})`;
}

/** The notifications row in scope is in its member's bundle (users row of that member in scope). */
export function inBundle(now: number): SQL {
  return sql`${notifications.readAt} is null and ${isReplyMailKind()} and ${notifications.createdAt} > ${bundleStart(now)} and ${notifications.createdAt} <= ${now}`;
}

export function isOwedReplyMail(now: number): SQL {
  return sql`${isDigestRecipient()} and ${isReplyMailDue(now)}
    and exists (select 1 from ${notifications} where ${notifications.userId} = ${users.id} and ${inBundle(now)})`;
}

/**
 * The next members owed a reply mail after `afterId`, in id order (keyset: one pass per run), as
 * a query (so its plan can be checked): a range over the partial index of "immediate" members,
 * one probe of the unread-notifications index each. Members who chose otherwise are never read.
 */
export function replyMailCandidatesQuery(db: Database, now: number, afterId: number, limit: number) {
  return db
    .select({ id: users.id, email: users.email, pseudonym: users.pseudonym, replyMailSentAt: users.replyMailSentAt })
    .from(users)
    .where(and(gt(users.id, afterId), isOwedReplyMail(now)))
    .orderBy(asc(users.id))
    .limit(limit);
}

export async function nextReplyMailCandidates(db: Database, now: number, afterId: number, limit: number): Promise<ReplyMailCandidate[]> {
  return replyMailCandidatesQuery(db, now, afterId, limit);
}

export async function countOwedReplyMail(db: Database, now: number): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(users).where(isOwedReplyMail(now));
  return Number(row?.count ?? 0);
}

/**
 * Marks the members' mail as sent before delivering it, only where it is still due: a
 * compare-and-set, so two overlapping runs never both mail a member (the digest's rule, ADR 0013).
 */
export async function claimReplyMail(db: Database, ids: readonly number[], now: number): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(users)
    .set({ replyMailSentAt: now })
    .where(and(inArray(users.id, [...ids]), isReplyMailDue(now)))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

/** Gives back claims this run holds (reply_mail_sent_at = now) for mail that certainly did not leave. */
export async function releaseReplyMailClaims(db: Database, claims: readonly { id: number; replyMailSentAt: number | null }[], now: number): Promise<void> {
  if (claims.length === 0) return;
  const [first, ...rest] = claims.map((claim) =>
    db
      .update(users)
      .set({ replyMailSentAt: claim.replyMailSentAt })
      .where(and(sql`${users.id} = ${claim.id}`, sql`${users.replyMailSentAt} = ${now}`)),
  );
  await db.batch([first!, ...rest]);
}
