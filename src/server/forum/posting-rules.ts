import { canReadForum, type Viewer } from "../auth/viewer";
import { DomainError } from "../errors";
import type { RateLimitRule } from "../moderation/rate-limits";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Only verified physicians with a confirmed email write anything. */
export function assertCanPost(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to post.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Only verified physicians can post. See your status page.");
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
