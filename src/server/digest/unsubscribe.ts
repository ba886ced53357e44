import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { signToken, verifyToken } from "./signed-token";

/**
 * One-click unsubscribe from the digest and from the mail about replies and mentions (ADR 0030,
 * its own token purpose on the same route). Rules:
 * - the link is public (no session: it is opened from mail) and signed for one member and the
 *   purpose ("digest" or "reply_mail"), so it can neither be guessed nor turned against another
 *   member or the other mail;
 * - opening it (GET) changes nothing — mail scanners follow links — it only checks the signature;
 *   the button (POST) stops the mail the link came in;
 * - links keep working for a year: a member may unsubscribe from an old mail.
 */
export const DIGEST_TOKEN_PURPOSE = "digest";
/** The purpose of links in the immediate mail about replies and mentions (ADR 0030). */
export const REPLY_MAIL_TOKEN_PURPOSE = "reply_mail";
export const UNSUBSCRIBE_LINK_MAX_AGE_MS = 365 * 24 * 3600_000;

const NOT_VALID = "This unsubscribe link is not valid. Check that the whole link from the email was opened, or sign in and change your email settings on your account page.";
const TOO_OLD = "This unsubscribe link is more than a year old. Sign in and change your email settings on your account page.";

export function unsubscribeUrl(siteUrl: string, secret: string, userId: number, now: number): string {
  return `${siteUrl}/unsubscribe/${signToken(secret, { userId, purpose: DIGEST_TOKEN_PURPOSE, issuedAt: now })}`;
}

/** The one-click link of the immediate reply mail: same shape, its own purpose. */
export function replyMailUnsubscribeUrl(siteUrl: string, secret: string, userId: number, now: number): string {
  return `${siteUrl}/unsubscribe/${signToken(secret, { userId, purpose: REPLY_MAIL_TOKEN_PURPOSE, issuedAt: now })}`;
}

/** Which mail a link stops: the digest, or the immediate mail about replies and mentions. */
export type MailList = "digest" | "reply_mail";

/**
 * The member and the mail a valid link names. One public route serves both kinds of link: the
 * purpose is inside the MAC, so a token verifies for exactly one of them (or none). Errors as
 * checkUnsubscribeLink.
 */
export function checkMailLink(secret: string, token: string, now: number): { userId: number; list: MailList } {
  for (const [list, purpose] of [
    ["digest", DIGEST_TOKEN_PURPOSE],
    ["reply_mail", REPLY_MAIL_TOKEN_PURPOSE],
  ] as const) {
    const check = verifyToken(secret, token, purpose, now, UNSUBSCRIBE_LINK_MAX_AGE_MS);
    if (check.ok) return { userId: check.userId, list };
    if (check.reason === "expired") throw new DomainError("INVALID", TOO_OLD);
    if (check.reason === "malformed") break;
  }
  throw new DomainError("NOT_FOUND", NOT_VALID);
}

/**
 * Stops the mail the link was sent with (idempotent): a digest link turns the digest off, a
 * reply-mail link sets replies and mentions to "off" (not "digest": unsubscribing means no more
 * mail about them). A deleted account answers like a bad link.
 */
export async function unsubscribeByLink(db: Database, secret: string, token: string, now: number): Promise<MailList> {
  const { userId, list } = checkMailLink(secret, token, now);
  const updated = await db
    .update(users)
    .set(list === "digest" ? { digestFrequency: "off" } : { replyMail: "off" })
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (updated.length === 0) throw new DomainError("NOT_FOUND", NOT_VALID);
  return list;
}

/** The member a valid link names; NOT_FOUND for a malformed or tampered link, INVALID for an expired one. */
export function checkUnsubscribeLink(secret: string, token: string, now: number): { userId: number } {
  const check = verifyToken(secret, token, DIGEST_TOKEN_PURPOSE, now, UNSUBSCRIBE_LINK_MAX_AGE_MS);
  if (check.ok) return { userId: check.userId };
  if (check.reason === "expired") throw new DomainError("INVALID", TOO_OLD);
  throw new DomainError("NOT_FOUND", NOT_VALID);
}

/** Turns the named member's digest off (idempotent). A deleted account answers like a bad link. */
export async function unsubscribeFromDigest(db: Database, secret: string, token: string, now: number): Promise<void> {
  const { userId } = checkUnsubscribeLink(secret, token, now);
  const updated = await db
    .update(users)
    .set({ digestFrequency: "off" })
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (updated.length === 0) throw new DomainError("NOT_FOUND", NOT_VALID);
}
