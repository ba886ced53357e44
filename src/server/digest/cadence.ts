import { sql, type SQL } from "drizzle-orm";
import { channelFollows, notifications, threads, users } from "../db/schema";
import { liveThread } from "../moderation/visibility";
import { isReplyMailKind } from "../reply-mail/choice";

/**
 * Who is due a digest, and which period it covers. Rules:
 * - recipients are verified members with a confirmed email, not deleted (banned, rejected and
 *   pending accounts are not "verified"); a moderator's suspension does not stop the digest,
 *   because a suspended member still reads the forum;
 * - daily: due 23 hours after the last digest, weekly: 6.5 days after (or never sent). The slack
 *   under a full day or week lets a run that starts a little earlier than yesterday's still
 *   send, while a second run the same day finds nobody due;
 * - the period is what happened since the last digest, but at most the last day or week (so
 *   turning digests back on after months does not dig up old threads);
 * - only members with something to say are due: an unread notification that arrived in the
 *   period (a reply or mention only if the member left those to the digest, ADR 0030), or a
 *   live thread started in the period in a channel they follow. The others get
 *   nothing and are not marked, so the first run after something happens sends at once; and
 *   since they never match the query, they cost the job nothing.
 */
const HOUR = 3600_000;

export const DIGEST_CADENCE = {
  daily: { dueAfterMs: 23 * HOUR, periodMs: 24 * HOUR },
  weekly: { dueAfterMs: 156 * HOUR, periodMs: 7 * 24 * HOUR },
} as const;

export type ActiveDigestFrequency = keyof typeof DIGEST_CADENCE;

/** A member who may receive mail from Rounds at all. */
export function isDigestRecipient(): SQL {
  return sql`(${users.verificationStatus} = 'verified' and ${users.emailConfirmedAt} is not null and ${users.deletedAt} is null)`;
}

/** Daily or weekly, and the last digest is old enough (or there was none). */
export function isDigestDue(now: number): SQL {
  const { daily, weekly } = DIGEST_CADENCE;
  return sql`((${users.digestFrequency} = 'daily' and (${users.digestSentAt} is null or ${users.digestSentAt} <= ${now - daily.dueAfterMs}))
    or (${users.digestFrequency} = 'weekly' and (${users.digestSentAt} is null or ${users.digestSentAt} <= ${now - weekly.dueAfterMs})))`;
}

/** Start of the member's period (exclusive), from the users row in scope. */
export function digestPeriodStart(now: number): SQL<number> {
  const { daily, weekly } = DIGEST_CADENCE;
  return sql<number>`max(coalesce(${users.digestSentAt}, 0), case ${users.digestFrequency} when 'daily' then ${now - daily.periodMs} else ${now - weekly.periodMs} end)`;
}

/** Something new for the member in the users row in scope (correlated subqueries, index probes). */
export function hasDigestNews(now: number): SQL {
  const since = digestPeriodStart(now);
  // Replies and mentions count only for members who left them to the digest (ADR 0030).
  return sql`(exists (select 1 from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null and ${notifications.createdAt} > ${since}
      and (not ${isReplyMailKind()} or ${users.replyMail} = 'digest'))
    or exists (select 1 from ${channelFollows} join ${threads} on ${threads.channelId} = ${channelFollows.channelId}
      where ${channelFollows.userId} = ${users.id} and ${threads.createdAt} > ${since} and (${liveThread()})))`;
}

/** The whole rule: who the job sends a digest to now. */
export function isOwedDigest(now: number): SQL {
  return sql`${isDigestRecipient()} and ${isDigestDue(now)} and ${hasDigestNews(now)}`;
}
