import { and, asc, eq, gte, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { consumeRateLimits, type RateLimitRule } from "../moderation/rate-limits";
import { parseInput } from "../validation";
import { assertVerifiedMember } from "./posting-rules";

/** How many names one suggestion answer holds. */
export const MENTION_SUGGESTION_LIMIT = 8;

/** 60 look-ups a minute per member: a reply box asks once per pause in typing, never in bulk. */
export const mentionSuggestLimit = { limit: 60, windowMs: 60_000 } as const;

export const mentionSuggestSchema = z
  .object({
    // Pinned by the pseudonym alphabet (account-fields.ts), with the typed "@" allowed in front.
    prefix: z
      .string({ error: "Type the start of a pseudonym." })
      .trim()
      .regex(/^@?[A-Za-z0-9_]{1,30}$/, { error: "Type the start of a pseudonym: letters, digits or underscores." }),
  })
  .strict();

export interface MentionSuggestions {
  /** Current pseudonyms only: never an email, NPI, real name or role. */
  pseudonyms: string[];
}

/**
 * Members whose pseudonym starts with `prefix` (any case), for the reply box's @ suggestions.
 * Rules: verified members only, `mentionSuggestLimit` per member; only members a mention reaches
 * are suggested (verified, email confirmed, not deleted, not under a suspension), never the asker;
 * the answer carries pseudonyms and nothing else. The look-up is a range scan of the
 * lower(pseudonym) index (pseudonyms are [a-z0-9_] once lower-cased, all below "~").
 */
export async function suggestMentions(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<MentionSuggestions> {
  assertVerifiedMember(viewer);
  const { prefix } = parseInput(mentionSuggestSchema, input);
  const rule: RateLimitRule = { key: `mention-suggest:user:${viewer.userId}`, action: "looking up pseudonyms", ...mentionSuggestLimit };
  await consumeRateLimits(db, [rule], now);
  const start = prefix.replace(/^@/, "").toLowerCase();
  const rows = await mentionSuggestionQuery(db, viewer.userId, start, now);
  return { pseudonyms: rows.map((row) => row.pseudonym) };
}

/** The suggestion query alone, so a test can read its plan. */
export function mentionSuggestionQuery(db: Database, viewerId: number, lowerPrefix: string, now: number) {
  const key = sql`lower(${users.pseudonym})`;
  return db
    .select({ pseudonym: users.pseudonym })
    .from(users)
    .where(
      and(
        gte(key, lowerPrefix),
        lt(key, `${lowerPrefix}~`),
        eq(users.verificationStatus, "verified"),
        isNotNull(users.emailConfirmedAt),
        isNull(users.deletedAt),
        or(isNull(users.suspendedUntil), lt(users.suspendedUntil, now + 1)),
        ne(users.id, viewerId),
      ),
    )
    .orderBy(asc(key))
    .limit(MENTION_SUGGESTION_LIMIT);
}
