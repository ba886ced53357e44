import { canReadForum, isSuspended, type Viewer } from "../auth/viewer";
import { DomainError } from "../errors";
import type { Database } from "../db/client";
import { consumeRateLimits, type RateLimitRule } from "../moderation/rate-limits";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Only verified physicians with a confirmed email read the forum, edit forms and keep drafts. */
export function assertVerifiedMember(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to post.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Only verified physicians can post. See your status page.");
}

/**
 * Writing to the forum (posting, editing, voting, flagging): a verified member who is not under a
 * moderator's suspension. A suspended member still reads, and keeps drafts.
 */
export function assertCanPost(viewer: Viewer | null, now: number): asserts viewer is Viewer {
  assertVerifiedMember(viewer);
  if (isSuspended(viewer, now)) {
    const until = new Date(viewer.suspendedUntil ?? now).toISOString().slice(0, 16).replace("T", " ");
    throw new DomainError("FORBIDDEN", `Your account is suspended until ${until} UTC: you can read, but not post, vote or flag until then.`);
  }
}

/**
 * Default posting limits (issue 6 makes them admin-tunable): new threads 1 per 2 minutes and 20
 * per day, replies 1 per 10 seconds and 200 per day, votes 120 per hour.
 */
export const postingLimits = {
  thread: (userId: number): RateLimitRule[] => [
    { key: `thread:${userId}`, limit: 1, windowMs: 2 * MINUTE, action: "starting threads" },
    { key: `thread-day:${userId}`, limit: 20, windowMs: DAY, action: "starting threads" },
  ],
  reply: (userId: number): RateLimitRule[] => [
    { key: `reply:${userId}`, limit: 1, windowMs: 10_000, action: "replying" },
    { key: `reply-day:${userId}`, limit: 200, windowMs: DAY, action: "replying" },
  ],
  vote: (userId: number): RateLimitRule[] => [{ key: `vote:${userId}`, limit: 120, windowMs: 60 * MINUTE, action: "voting" }],
};

export type PostingAction = "thread" | "reply" | "vote" | "flag";

/**
 * Counts one posting action against the member's limits and refuses with RATE_LIMITED (429,
 * Retry-After, a plain sentence) when over. The one entry point for every posting limit.
 */
export async function consumePostingLimit(db: Database, viewer: Viewer, action: PostingAction, now: number): Promise<void> {
  const rules =
    action === "flag"
      ? [{ key: `flag-day:${viewer.userId}`, limit: 20, windowMs: DAY, action: "flagging posts" }]
      : postingLimits[action](viewer.userId);
  await consumeRateLimits(db, rules, now);
}
