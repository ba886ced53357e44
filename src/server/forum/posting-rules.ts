import { sql } from "drizzle-orm";
import { canReadForum, isSuspended, type Viewer } from "../auth/viewer";
import { DomainError } from "../errors";
import type { Database } from "../db/client";
import { rateLimitCounters, rateLimitSettings } from "../db/schema";
import { limitRule, refusalSentence, rulesForAction, type LimitRule, type LimitRuleName, type PostingAction } from "../moderation/limit-settings";

export type { PostingAction } from "../moderation/limit-settings";

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
 * The rules that apply, as SQL rows (name, counter key, window start, window, limit), with each
 * admin override read from rate_limit_settings inside the same statement. The window is part of
 * the counter key, so after an admin changes a window the count starts afresh in the new window
 * instead of misreading a counter that was kept for the old one.
 */
function ruleWindows(rules: readonly LimitRule[], userId: number, now: number, amountOf: (rule: LimitRule) => number) {
  const wanted = sql.join(
    rules.map(
      (rule) =>
        sql`select ${rule.name} as name, cast(${rule.defaultWindowMs} as integer) as default_window, cast(${rule.defaultLimit} as integer) as default_limit, cast(${amountOf(rule)} as integer) as amount`,
    ),
    sql` union all `,
  );
  // Parameters may arrive as floats over HTTP; the casts keep window arithmetic in integers.
  return sql`with wanted as (${wanted}),
    effective as (
      select wanted.name as name, wanted.amount as amount,
        cast(coalesce(${rateLimitSettings.windowMs}, wanted.default_window) as integer) as window_ms,
        cast(coalesce(${rateLimitSettings.limit}, wanted.default_limit) as integer) as lim
      from wanted left join ${rateLimitSettings} on ${rateLimitSettings.name} = wanted.name
    ),
    windows as (
      select name, window_ms, lim, amount,
        'posting:' || name || ':' || ${String(userId)} || ':' || window_ms as counter_key,
        (cast(${now} as integer) / window_ms) * window_ms as window_start
      from effective
    )`;
}

interface RuleState {
  name: LimitRuleName;
  window_ms: number;
  lim: number;
  window_start: number;
  count: number;
}

/**
 * Counts one posting action against the member's limits and refuses with RATE_LIMITED (429,
 * Retry-After, a plain sentence naming the rule) when any applicable rule is full. The one entry
 * point for every posting limit. Rules: the defaults and admin overrides of limit-settings.ts; a
 * member's first 7 days add the new-member rules. A refused action counts against nothing (so a
 * new member refused by the 2-minute rule keeps all 3 of the day's threads): either every counter
 * goes up by its amount (one; an image upload's kilobytes for the stored-bytes rule) or none does.
 * One round trip: the overrides, the conditional count and the state needed for Retry-After are
 * one batch.
 */
export async function consumePostingLimit(db: Database, viewer: Viewer, action: PostingAction, now: number, amounts: Partial<Record<PostingAction, number>> = {}): Promise<void> {
  const rules = rulesForAction(action, viewer.memberSince, now);
  if (rules.length === 0) return;
  const amountOf = (rule: LimitRule) => Math.max(1, Math.ceil(amounts[rule.action] ?? 1));
  const windows = ruleWindows(rules, viewer.userId, now, amountOf);
  // An upsert from a SELECT needs a WHERE (SQLite's parsing rule); ours is "every rule has room",
  // read before any row of this statement is written.
  const count = db.all<{ key: string }>(sql`${windows}
    insert into ${rateLimitCounters} ("key", "window_start", "count", "expires_at")
    select counter_key, window_start, amount, window_start + window_ms from windows
    where not exists (
      select 1 from windows left join ${rateLimitCounters} on ${rateLimitCounters.key} = windows.counter_key and ${rateLimitCounters.windowStart} = windows.window_start
      where coalesce(${rateLimitCounters.count}, 0) + windows.amount > windows.lim
    )
    on conflict ("key", "window_start") do update set "count" = ${rateLimitCounters.count} + excluded."count"
    returning "key"`);
  const state = db.all<RuleState>(sql`${windows}
    select windows.name as name, windows.window_ms as window_ms, windows.lim as lim, windows.window_start as window_start,
      coalesce(${rateLimitCounters.count}, 0) as count
    from windows left join ${rateLimitCounters} on ${rateLimitCounters.key} = windows.counter_key and ${rateLimitCounters.windowStart} = windows.window_start`);
  const [counted, after] = await db.batch([count, state]);
  if (counted.length === rules.length) return;

  // Refused: the rule that frees up last decides Retry-After and the sentence.
  let refusal: { rule: LimitRule; row: RuleState; wait: number } | undefined;
  for (const row of after) {
    if (Number(row.count) + amountOf(limitRule(row.name)) <= Number(row.lim)) continue;
    const wait = Math.max(1, Math.ceil((Number(row.window_start) + Number(row.window_ms) - now) / 1000));
    if (!refusal || wait > refusal.wait) refusal = { rule: limitRule(row.name), row, wait };
  }
  if (!refusal) throw new Error("posting limit refused without a full rule");
  throw new DomainError("RATE_LIMITED", refusalSentence(refusal.rule, Number(refusal.row.lim), Number(refusal.row.window_ms), refusal.wait), undefined, refusal.wait);
}
