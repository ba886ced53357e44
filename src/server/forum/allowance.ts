import type { InStatement, ResultSet } from "@libsql/client";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import type { BoundRead } from "../db/read-shape";
import { isNewMember, limitRules, windowWords, type LimitRule, type LimitRuleName } from "../moderation/limit-settings";
import { describeWait } from "../moderation/rate-limits";

/**
 * "2 new threads left of 3 per day": what the composer and the reply box say when a member is
 * close to a posting limit, so they meet the limit before it refuses them.
 *
 * Rules:
 * - the totals only (thread_day, new_member_thread_day, reply_day, new_member_reply_day, as admins
 *   set them), never the pace rules: "1 per 2 minutes" would always be "low";
 * - the member's first 7 days add the new-member rules, as consumePostingLimit counts them;
 * - the counts are the very counters consumePostingLimit writes (same key: posting:{rule}:{member}:{window},
 *   see ruleWindows in posting-rules.ts), read as a statement for the page's own batch (ADR 0020),
 *   so it costs no round trip;
 * - "low" is at most LOW_ALLOWANCE_FLOOR left, or a tenth of the limit when that is more; the
 *   tightest rule speaks.
 */
export type AllowanceAction = "thread" | "reply";

export const LOW_ALLOWANCE_FLOOR = 3;

const paceRules = new Set<LimitRuleName>(["thread_burst", "reply_burst"]);

export interface PostingAllowance {
  remaining: number;
  limit: number;
  /** "2 new threads left of 3 per day during your first 7 days; the count starts again in 5 hours." */
  sentence: string;
}

export interface AllowanceRow {
  name: LimitRuleName;
  windowMs: number;
  limit: number;
  windowStart: number;
  count: number;
}

function totalRules(action: AllowanceAction, newMember: boolean): LimitRule[] {
  return limitRules.filter((rule) => rule.action === action && !paceRules.has(rule.name) && (newMember || !rule.newMembersOnly));
}

const sqlCache = new Map<string, string>();

/** The statement text for one action and member kind: rule names and defaults are constants, so it is built once per isolate. */
function allowanceSql(action: AllowanceAction, newMember: boolean): string {
  const cacheKey = `${action}:${newMember}`;
  const cached = sqlCache.get(cacheKey);
  if (cached) return cached;
  const wanted = totalRules(action, newMember)
    .map((rule) => `select '${rule.name}' as name, ${rule.defaultWindowMs} as default_window, ${rule.defaultLimit} as default_limit`)
    .join(" union all ");
  // ?1 the member's id as text (the counter key is text; a float over HTTP would spell "42.0"), ?2 now.
  const text = `with wanted as (${wanted}),
    effective as (
      select wanted.name as name, cast(coalesce(s.window_ms, wanted.default_window) as integer) as window_ms,
        cast(coalesce(s."limit", wanted.default_limit) as integer) as lim
      from wanted left join rate_limit_settings s on s.name = wanted.name
    ),
    windows as (
      select name, window_ms, lim, 'posting:' || name || ':' || ?1 || ':' || window_ms as counter_key,
        (cast(?2 as integer) / window_ms) * window_ms as window_start
      from effective
    )
    select windows.name as name, windows.window_ms as window_ms, windows.lim as lim, windows.window_start as window_start, coalesce(c."count", 0) as count
    from windows left join rate_limit_counters c on c."key" = windows.counter_key and c.window_start = windows.window_start`;
  sqlCache.set(cacheKey, text);
  return text;
}

/** The member's counts against the totals for `action`, as a read for a page's batch (readBatch or a plain client batch). */
export function allowanceRead(action: AllowanceAction, member: { userId: number; memberSince: number }, now: number): BoundRead<AllowanceRow> {
  const statement: InStatement = { sql: allowanceSql(action, isNewMember(member.memberSince, now)), args: [String(member.userId), now] };
  return {
    statement,
    rows: (result: ResultSet) => toAllowanceRows(result.rows as unknown as Record<string, unknown>[]),
  };
}

/** The same read for a page that batches drizzle queries (db.batch): the text's ?1 and ?2 become bound parameters. */
export function allowanceQuery(db: Database, action: AllowanceAction, member: { userId: number; memberSince: number }, now: number) {
  const values: Record<string, unknown> = { "1": String(member.userId), "2": now };
  const chunks: SQL[] = allowanceSql(action, isNewMember(member.memberSince, now))
    .split(/(\?[12])/)
    .map((part) => (/^\?[12]$/.test(part) ? sql`${values[part.slice(1)]}` : sql.raw(part)));
  return db.all<Record<string, unknown>>(sql.join(chunks));
}

/** Rows of either read, as lowAllowance takes them. */
export function toAllowanceRows(rows: readonly Record<string, unknown>[]): AllowanceRow[] {
  return rows.map((row) => ({
    name: String(row.name) as LimitRuleName,
    windowMs: Number(row.window_ms),
    limit: Number(row.lim),
    windowStart: Number(row.window_start),
    count: Number(row.count),
  }));
}

const nouns: Record<AllowanceAction, [string, string]> = { thread: ["new thread", "new threads"], reply: ["reply", "replies"] };

/** The allowance to show, or null while the member has plenty left on every total. */
export function lowAllowance(action: AllowanceAction, rows: readonly AllowanceRow[], now: number): PostingAllowance | null {
  let tightest: (AllowanceRow & { remaining: number }) | undefined;
  for (const row of rows) {
    const remaining = Math.max(0, row.limit - row.count);
    if (remaining > Math.max(LOW_ALLOWANCE_FLOOR, Math.ceil(row.limit / 10))) continue;
    if (!tightest || remaining < tightest.remaining) tightest = { ...row, remaining };
  }
  if (!tightest) return null;
  const [one, many] = nouns[action];
  const rule = limitRules.find((candidate) => candidate.name === tightest.name);
  const firstWeek = rule?.newMembersOnly ? " during your first 7 days" : "";
  const wait = describeWait(Math.max(1, Math.ceil((tightest.windowStart + tightest.windowMs - now) / 1000)));
  const left = tightest.remaining === 0 ? `No ${many} left` : `${tightest.remaining} ${tightest.remaining === 1 ? one : many} left`;
  return {
    remaining: tightest.remaining,
    limit: tightest.limit,
    sentence: `${left} of ${tightest.limit.toLocaleString("en-US")} ${windowWords(tightest.windowMs)}${firstWeek}; the count starts again in ${wait}.`,
  };
}
