import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { rateLimitSettings, users } from "../db/schema";
import { parseInput } from "../validation";
import { auditStatement } from "./audit-log";
import { assertMayModerate } from "./permissions";
import { describeWait } from "./rate-limits";

/**
 * The posting limits, by name, with their defaults. Admins tune them at /admin/limits; an
 * override is a rate_limit_settings row, and deleting it restores the default. consumePostingLimit
 * (forum/posting-rules.ts) reads the overrides in the same batch that counts, so a change applies
 * to the very next action on every isolate.
 */
export type PostingAction = "thread" | "reply" | "vote" | "flag" | "phi_flag" | "image" | "image_kb";

/**
 * An action that is also another: a patient-information flag is a flag, so it counts against
 * the flag rules and its own stricter rule, all in the one conditional count; an image upload
 * counts once against the image rule and by its kilobytes against the stored-bytes rule.
 */
const alsoCounts: Partial<Record<PostingAction, PostingAction>> = { phi_flag: "flag", image: "image_kb" };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long the stricter new-member rules last, counted from Viewer.memberSince. */
export const NEW_MEMBER_PERIOD_MS = 7 * DAY;

/** A member in their first 7 days since their account was created (Viewer.memberSince). */
export function isNewMember(memberSince: number, now: number): boolean {
  return now - memberSince < NEW_MEMBER_PERIOD_MS;
}

export const limitRuleNames = [
  "thread_burst",
  "thread_day",
  "reply_burst",
  "reply_day",
  "vote_hour",
  "flag_day",
  "phi_flag_day",
  "new_member_thread_day",
  "new_member_reply_day",
  "image_day",
  "image_kb_day",
] as const;
export type LimitRuleName = (typeof limitRuleNames)[number];

export interface LimitRule {
  name: LimitRuleName;
  /** The audit log's target_id is an integer and rule names are text: each rule has a fixed number. */
  auditId: number;
  action: PostingAction;
  /** Applies only during a member's first 7 days, in addition to the rules for everyone. */
  newMembersOnly: boolean;
  /** What is limited, in words, for the admin page. */
  what: string;
  defaultLimit: number;
  defaultWindowMs: number;
}

export const limitRules: readonly LimitRule[] = [
  { name: "thread_burst", auditId: 1, action: "thread", newMembersOnly: false, what: "New threads a member starts (pace)", defaultLimit: 1, defaultWindowMs: 2 * MINUTE },
  { name: "thread_day", auditId: 2, action: "thread", newMembersOnly: false, what: "New threads a member starts (total)", defaultLimit: 20, defaultWindowMs: DAY },
  { name: "reply_burst", auditId: 3, action: "reply", newMembersOnly: false, what: "Replies a member posts (pace)", defaultLimit: 1, defaultWindowMs: 10 * SECOND },
  { name: "reply_day", auditId: 4, action: "reply", newMembersOnly: false, what: "Replies a member posts (total)", defaultLimit: 200, defaultWindowMs: DAY },
  { name: "vote_hour", auditId: 5, action: "vote", newMembersOnly: false, what: "Votes a member casts", defaultLimit: 120, defaultWindowMs: HOUR },
  { name: "flag_day", auditId: 6, action: "flag", newMembersOnly: false, what: "Posts a member flags", defaultLimit: 20, defaultWindowMs: DAY },
  // A patient-information flag can hide a post at once: a few a day is plenty for one member, and one account must not empty a channel.
  { name: "phi_flag_day", auditId: 9, action: "phi_flag", newMembersOnly: false, what: "Posts a member flags as patient information", defaultLimit: 5, defaultWindowMs: DAY },
  { name: "new_member_thread_day", auditId: 7, action: "thread", newMembersOnly: true, what: "New threads in a member's first 7 days", defaultLimit: 3, defaultWindowMs: DAY },
  // Images cost storage and review: 30 a day covers several image-heavy cases; 50 MB is 25 full-size uploads.
  { name: "image_day", auditId: 10, action: "image", newMembersOnly: false, what: "Images a member uploads", defaultLimit: 30, defaultWindowMs: DAY },
  { name: "image_kb_day", auditId: 11, action: "image_kb", newMembersOnly: false, what: "Image storage a member uploads, in KB", defaultLimit: 50_000, defaultWindowMs: DAY },
  { name: "new_member_reply_day", auditId: 8, action: "reply", newMembersOnly: true, what: "Replies in a member's first 7 days", defaultLimit: 20, defaultWindowMs: DAY },
];

const ruleByName = new Map(limitRules.map((rule) => [rule.name, rule]));

export function limitRule(name: LimitRuleName): LimitRule {
  const rule = ruleByName.get(name);
  if (!rule) throw new Error(`unknown limit rule ${name}`);
  return rule;
}

/** The rules that count one action by this member at `now` (a patient-information flag: the flag rules too). */
export function rulesForAction(action: PostingAction, memberSince: number, now: number): LimitRule[] {
  const newMember = isNewMember(memberSince, now);
  const counted = [action, alsoCounts[action]];
  return limitRules.filter((rule) => counted.includes(rule.action) && (newMember || !rule.newMembersOnly));
}

/** Windows offered on /admin/limits; the domain accepts any whole number of seconds up to 30 days. */
export const windowChoicesSeconds = [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400, 172_800, 604_800, 2_592_000] as const;
export const MAX_WINDOW_SECONDS = 30 * 86_400;
export const MAX_LIMIT = 100_000;

const units = [
  { ms: DAY, one: "day" },
  { ms: HOUR, one: "hour" },
  { ms: MINUTE, one: "minute" },
  { ms: SECOND, one: "second" },
] as const;

/** "2 minutes", "1 day", "90 seconds": the largest unit that divides the span exactly. */
export function formatSpan(ms: number): string {
  const unit = units.find((candidate) => ms % candidate.ms === 0) ?? units[3];
  const count = Math.max(1, Math.round(ms / unit.ms));
  return `${count.toLocaleString("en-US")} ${unit.one}${count === 1 ? "" : "s"}`;
}

/** "per day", "per 2 minutes". */
export function windowWords(ms: number): string {
  const span = formatSpan(ms);
  return `per ${span.startsWith("1 ") ? span.slice(2) : span}`;
}

/** "1 new thread per 2 minutes", for the admin page, the audit log and refusals. */
export function describeLimit(action: PostingAction, limit: number, windowMs: number): string {
  const nouns: Record<PostingAction, [string, string]> = {
    thread: ["new thread", "new threads"],
    reply: ["reply", "replies"],
    vote: ["vote", "votes"],
    flag: ["flag", "flags"],
    phi_flag: ["patient-information flag", "patient-information flags"],
    image: ["image upload", "image uploads"],
    image_kb: ["KB of images", "KB of images"],
  };
  const [one, many] = nouns[action];
  return `${limit.toLocaleString("en-US")} ${limit === 1 ? one : many} ${windowWords(windowMs)}`;
}

/** The refusal a member reads: the rule they met, in words, and when to try again. */
export function refusalSentence(rule: LimitRule, limit: number, windowMs: number, retryAfterSeconds: number): string {
  const when = rule.newMembersOnly ? " during your first 7 days as a member" : "";
  return `Rounds allows ${describeLimit(rule.action, limit, windowMs)}${when}. Please try again in ${describeWait(retryAfterSeconds)}.`;
}

export interface EffectiveLimit extends LimitRule {
  limit: number;
  windowMs: number;
  overridden: boolean;
  /** The admin who set the override (null for a default, or when that account is gone). */
  changedBy: string | null;
  changedAt: number | null;
}

/** Every rule with its current limit and window: defaults merged with admins' overrides. One query. */
export async function loadLimitSettings(db: Database): Promise<EffectiveLimit[]> {
  const rows = await db
    .select({
      name: rateLimitSettings.name,
      limit: rateLimitSettings.limit,
      windowMs: rateLimitSettings.windowMs,
      updatedAt: rateLimitSettings.updatedAt,
      pseudonym: users.pseudonym,
    })
    .from(rateLimitSettings)
    .leftJoin(users, eq(users.id, rateLimitSettings.updatedBy));
  const overrides = new Map(rows.map((row) => [row.name, row]));
  return limitRules.map((rule) => {
    const row = overrides.get(rule.name);
    return row
      ? { ...rule, limit: row.limit, windowMs: row.windowMs, overridden: true, changedBy: row.pseudonym, changedAt: row.updatedAt }
      : { ...rule, limit: rule.defaultLimit, windowMs: rule.defaultWindowMs, overridden: false, changedBy: null, changedAt: null };
  });
}

/** The page's read: the same list, for administrators only. */
export async function loadLimitSettingsForAdmin(db: Database, viewer: Viewer | null, now: number): Promise<EffectiveLimit[]> {
  assertMayModerate(viewer, "tune_limits", [], now);
  return loadLimitSettings(db);
}

const ruleName = z.enum(limitRuleNames, { error: "Choose one of the listed rules." });

export const updateLimitSchema = z
  .object({
    name: ruleName,
    limit: z.coerce
      .number({ error: `The limit is a whole number from 1 to ${MAX_LIMIT.toLocaleString("en-US")}.` })
      .int({ error: `The limit is a whole number from 1 to ${MAX_LIMIT.toLocaleString("en-US")}.` })
      .min(1, { error: `The limit is a whole number from 1 to ${MAX_LIMIT.toLocaleString("en-US")}.` })
      .max(MAX_LIMIT, { error: `The limit is a whole number from 1 to ${MAX_LIMIT.toLocaleString("en-US")}.` }),
    windowSeconds: z.coerce
      .number({ error: "The window is a whole number of seconds, from 1 second to 30 days." })
      .int({ error: "The window is a whole number of seconds, from 1 second to 30 days." })
      .min(1, { error: "The window is a whole number of seconds, from 1 second to 30 days." })
      .max(MAX_WINDOW_SECONDS, { error: "The window is a whole number of seconds, from 1 second to 30 days." }),
  })
  .strict();

export const resetLimitSchema = z.object({ name: ruleName }).strict();

export type LimitChange = { changed: false } | { changed: true; rule: LimitRule; from: string; to: string };

export const RATE_LIMIT_CHANGED = "rate_limit_changed";

async function currentValue(db: Database, rule: LimitRule) {
  const [row] = await db.select({ limit: rateLimitSettings.limit, windowMs: rateLimitSettings.windowMs }).from(rateLimitSettings).where(eq(rateLimitSettings.name, rule.name));
  return { overridden: row !== undefined, limit: row?.limit ?? rule.defaultLimit, windowMs: row?.windowMs ?? rule.defaultWindowMs };
}

/**
 * Sets a rule's limit and window. Rule: administrators only; the override and its audit row
 * (the rule and old → new values) are written in one batch. Saving the value a rule already has
 * (default or not) writes nothing. The old value is read first, so two admins saving the same rule at the same
 * instant could both record the same "old" value; the last write wins either way.
 */
export async function updateLimitSetting(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<LimitChange> {
  assertMayModerate(viewer, "tune_limits", [], now);
  const data = parseInput(updateLimitSchema, input);
  const rule = limitRule(data.name);
  const windowMs = data.windowSeconds * SECOND;
  const old = await currentValue(db, rule);
  if (old.limit === data.limit && old.windowMs === windowMs) return { changed: false };
  const from = describeLimit(rule.action, old.limit, old.windowMs);
  const to = describeLimit(rule.action, data.limit, windowMs);
  const values = { limit: data.limit, windowMs, updatedBy: viewer.userId, updatedAt: now };
  await db.batch([
    db
      .insert(rateLimitSettings)
      .values({ name: rule.name, ...values })
      .onConflictDoUpdate({ target: rateLimitSettings.name, set: values }),
    auditStatement(
      db,
      { actorId: viewer.userId, action: RATE_LIMIT_CHANGED, targetType: "rate_limit_setting", targetId: rule.auditId, reason: `${rule.name}: ${from} → ${to}` },
      now,
    ),
  ]);
  return { changed: true, rule, from, to };
}

/** Restores a rule's default by deleting its override. Same rule and audit as a change. */
export async function resetLimitSetting(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<LimitChange> {
  assertMayModerate(viewer, "tune_limits", [], now);
  const data = parseInput(resetLimitSchema, input);
  const rule = limitRule(data.name);
  const old = await currentValue(db, rule);
  if (!old.overridden) return { changed: false };
  const from = describeLimit(rule.action, old.limit, old.windowMs);
  const to = describeLimit(rule.action, rule.defaultLimit, rule.defaultWindowMs);
  await db.batch([
    db.delete(rateLimitSettings).where(eq(rateLimitSettings.name, rule.name)),
    auditStatement(
      db,
      { actorId: viewer.userId, action: RATE_LIMIT_CHANGED, targetType: "rate_limit_setting", targetId: rule.auditId, reason: `${rule.name} reset to default: ${from} → ${to}` },
      now,
    ),
  ]);
  return { changed: true, rule, from, to };
}
