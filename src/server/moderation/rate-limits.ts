import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rateLimitCounters } from "../db/schema";
import { DomainError } from "../errors";

/**
 * Fixed-window rate limits kept in the database, so they hold across Worker isolates. One call
 * counts the attempt against every rule in a single batch (one round trip) and refuses with
 * RATE_LIMITED, a plain sentence and Retry-After when any rule is over its limit. Attempts are
 * counted even when refused, so hammering a closed door keeps it closed.
 */
export interface RateLimitRule {
  /** What is limited and for whom, e.g. "login:ip:203.0.113.9". Never an email in clear text. */
  key: string;
  limit: number;
  windowMs: number;
  /** The end of "Please try again in …", e.g. "signing in". */
  action: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const authRateLimits = {
  loginPerMinute: { limit: 5, windowMs: MINUTE },
  loginPerHour: { limit: 30, windowMs: HOUR },
  signupPerHour: { limit: 3, windowMs: HOUR },
  passwordResetPerHour: { limit: 3, windowMs: HOUR },
} as const;

/**
 * The sign-in limits per client address (5 a minute, 30 an hour), shared by every way in: the
 * password, the second step and a passkey count against the same buckets, so switching method
 * buys an attacker nothing.
 */
export function loginIpLimits(clientIp: string): RateLimitRule[] {
  return [
    { key: `login:ip:${clientIp}`, action: "signing in", ...authRateLimits.loginPerMinute },
    { key: `login:ip-hour:${clientIp}`, action: "signing in", ...authRateLimits.loginPerHour },
  ];
}

/** How long to wait, rounded up to a unit a person reads at a glance. */
export function describeWait(seconds: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (seconds < 90) return plural(seconds, "second");
  if (seconds < 90 * 60) return plural(Math.ceil(seconds / 60), "minute");
  if (seconds < 48 * 3600) return plural(Math.ceil(seconds / 3600), "hour");
  return plural(Math.ceil(seconds / 86_400), "day");
}

export async function consumeRateLimits(db: Database, rules: RateLimitRule[], now: number): Promise<void> {
  if (rules.length === 0) return;
  const statements = rules.map((rule) => {
    const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
    return db
      .insert(rateLimitCounters)
      .values({ key: rule.key, windowStart, count: 1, expiresAt: windowStart + rule.windowMs })
      .onConflictDoUpdate({
        target: [rateLimitCounters.key, rateLimitCounters.windowStart],
        set: { count: sql`${rateLimitCounters.count} + 1` },
      })
      .returning({ count: rateLimitCounters.count, expiresAt: rateLimitCounters.expiresAt });
  });
  const [first, ...rest] = statements;
  const results = await db.batch([first!, ...rest]);
  let retryAfterSeconds = 0;
  let action = "";
  results.forEach((rows, index) => {
    const rule = rules[index]!;
    const row = rows[0];
    if (row && row.count > rule.limit) {
      const wait = Math.max(1, Math.ceil((row.expiresAt - now) / 1000));
      if (wait > retryAfterSeconds) {
        retryAfterSeconds = wait;
        action = rule.action;
      }
    }
  });
  if (retryAfterSeconds > 0) {
    throw new DomainError("RATE_LIMITED", `Too many attempts at ${action}. Please try again in ${describeWait(retryAfterSeconds)}.`, undefined, retryAfterSeconds);
  }
}
