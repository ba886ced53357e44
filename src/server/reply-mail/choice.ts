import { sql, type SQL } from "drizzle-orm";
import { notifications, users } from "../db/schema";

/**
 * Where a member's replies and mentions are mailed (ADR 0030). Rule: each such notification is
 * mailed by exactly one path or none: "immediate" by the reply-mail job, "digest" by the digest,
 * "off" by neither. Other kinds (channel mentions, answers, flag outcomes…) stay digest-only.
 */
export const REPLY_MAIL_CHOICES = ["immediate", "digest", "off"] as const;
export type ReplyMailChoice = (typeof REPLY_MAIL_CHOICES)[number];

/** The notification kinds this choice governs: replies to the member and @mentions of them. */
export const REPLY_MAIL_KINDS = ["reply", "mention"] as const;

const kinds = sql.raw(REPLY_MAIL_KINDS.map((kind) => `'${kind}'`).join(", "));

/** The notifications row in scope is a reply or a mention. */
export function isReplyMailKind(): SQL {
  return sql`${notifications.kind} in (${kinds})`;
}

/**
 * The notifications row in scope belongs in its member's digest: any other kind, or a reply or
 * mention of a member who chose "digest". A subquery on the users primary key, so it works
 * inside queries that do not join users.
 */
export function belongsInDigest(): SQL {
  return sql`(${notifications.kind} not in (${kinds}) or ${notifications.userId} in (select ${users.id} from ${users} where ${users.replyMail} = 'digest'))`;
}
