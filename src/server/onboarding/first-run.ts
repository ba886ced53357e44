import { and, asc, eq, inArray, notInArray, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { singleShape, slot } from "../db/read-shape";
import { channelFollows, channels, rateLimitSettings, users } from "../db/schema";
import { DIGEST_FREQUENCIES, type DigestFrequency } from "../digest/preferences";
import { DomainError } from "../errors";
import { assertVerifiedMember } from "../forum/posting-rules";
import { describeLimit, limitRules, NEW_MEMBER_PERIOD_MS } from "../moderation/limit-settings";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";

/** The first-run page's address (/welcome is the public landing page). */
export const FIRST_RUN_PATH = "/start";

export interface FirstRunChannel {
  slug: string;
  name: string;
  description: string;
  /** Ticked on the form: a channel the member follows, or (following none yet) their specialty's. */
  checked: boolean;
}

export interface FirstRunPage {
  channels: FirstRunChannel[];
  digestFrequency: DigestFrequency;
  /** The first-week rules as the member will meet them, with today's admin-set numbers ("3 new threads per day"). */
  newMemberLimits: string[];
  /** When the first-week rules stop applying to this member. */
  newMemberUntil: number;
  /** Still in the first 7 days (the limits above apply now). */
  isNewMember: boolean;
}

/** The member's first-run marker, as a statement for a page's batch (the home page reads it). */
export function firstRunDueQuery(db: Database, viewerId: number | SQLWrapper) {
  return db.select({ firstRunDueAt: users.firstRunDueAt }).from(users).where(eq(users.id, viewerId));
}

/** The same read as a shape for the home page's batch (ADR 0022); no row for a visitor. */
export const firstRunDueShape = singleShape((db) => firstRunDueQuery(db, slot("viewerId")));

/**
 * What /start shows, in one database round trip: every channel (the member's follows ticked, or
 * their specialty's channel while they follow none), their digest choice, and the first-week
 * limits with the numbers admins set at /admin/limits (never the defaults written here).
 */
export async function loadFirstRunPage(db: Database, viewer: Viewer | null, now: number): Promise<FirstRunPage> {
  assertVerifiedMember(viewer);
  const newMemberRules = limitRules.filter((rule) => rule.newMembersOnly);
  const [channelRows, memberRows, followRows, overrideRows] = await db.batch([
    db.select({ id: channels.id, slug: channels.slug, name: channels.name, description: channels.description }).from(channels).orderBy(asc(channels.position)),
    db.select({ specialtySlug: users.specialtySlug, digestFrequency: users.digestFrequency }).from(users).where(eq(users.id, viewer.userId)),
    db.select({ channelId: channelFollows.channelId }).from(channelFollows).where(eq(channelFollows.userId, viewer.userId)),
    db
      .select({ name: rateLimitSettings.name, limit: rateLimitSettings.limit, windowMs: rateLimitSettings.windowMs })
      .from(rateLimitSettings)
      .where(
        inArray(
          rateLimitSettings.name,
          newMemberRules.map((rule) => rule.name),
        ),
      ),
  ]);
  const member = memberRows[0];
  if (!member) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  const followed = new Set(followRows.map((row) => row.channelId));
  const overrides = new Map(overrideRows.map((row) => [row.name, row]));
  return {
    channels: channelRows.map((channel) => ({
      slug: channel.slug,
      name: channel.name,
      description: channel.description,
      checked: followed.size > 0 ? followed.has(channel.id) : channel.slug === member.specialtySlug,
    })),
    digestFrequency: member.digestFrequency,
    newMemberLimits: newMemberRules.map((rule) => {
      const override = overrides.get(rule.name);
      return describeLimit(rule.action, override?.limit ?? rule.defaultLimit, override?.windowMs ?? rule.defaultWindowMs);
    }),
    newMemberUntil: viewer.memberSince + NEW_MEMBER_PERIOD_MS,
    isNewMember: now - viewer.memberSince < NEW_MEMBER_PERIOD_MS,
  };
}

const channelSlug = unscannedText(z.string().trim().min(1).max(80), "a channel slug, looked up in the catalog");

export const firstRunSchema = z
  .object({
    channels: z.array(channelSlug).max(200, { error: "Choose fewer channels." }).default([]),
    digestFrequency: z.enum(DIGEST_FREQUENCIES, { error: "Choose daily, weekly or off." }),
  })
  .strict();

/**
 * Finishes the first run. Rules: verified members; the channels chosen become exactly the
 * channels the member follows (unticking one unfollows it); every slug must be a channel, else
 * nothing is saved; the digest choice is saved; the first-run marker is cleared, so the home page
 * stops sending the member here. Follows, digest and marker are one batch: all or nothing.
 */
export async function completeFirstRun(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ followed: number; digestFrequency: DigestFrequency }> {
  assertVerifiedMember(viewer);
  const data = parseInput(firstRunSchema, input);
  const slugs = [...new Set(data.channels)];
  const found = slugs.length > 0 ? await db.select({ id: channels.id, slug: channels.slug }).from(channels).where(inArray(channels.slug, slugs)) : [];
  if (found.length !== slugs.length)
    throw new DomainError("INVALID", "One of the channels chosen does not exist. Please choose again.", { channels: "Choose channels from the list." });
  const ids = found.map((channel) => channel.id);
  const mine = eq(channelFollows.userId, viewer.userId);
  await db.batch([
    db.delete(channelFollows).where(ids.length > 0 ? and(mine, notInArray(channelFollows.channelId, ids)) : mine),
    ...(ids.length > 0
      ? [
          db
            .insert(channelFollows)
            .values(ids.map((channelId) => ({ userId: viewer.userId, channelId, createdAt: now })))
            .onConflictDoNothing(),
        ]
      : []),
    db.update(users).set({ digestFrequency: data.digestFrequency, firstRunDueAt: null }).where(eq(users.id, viewer.userId)),
  ]);
  return { followed: ids.length, digestFrequency: data.digestFrequency };
}

/** Skips the first run: nothing changes but the marker, so the home page stops sending the member here. */
export async function skipFirstRun(db: Database, viewer: Viewer | null): Promise<void> {
  assertVerifiedMember(viewer);
  await db.update(users).set({ firstRunDueAt: null }).where(eq(users.id, viewer.userId));
}
