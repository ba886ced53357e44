import { eq } from "drizzle-orm";
import { z } from "zod";
import { canReadForum, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

export const DIGEST_FREQUENCIES = ["daily", "weekly", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const digestPreferenceSchema = z
  .object({
    digestFrequency: z.enum(DIGEST_FREQUENCIES, { error: "Choose daily, weekly or off." }),
  })
  .strict();

/** Rule: only verified members with a confirmed email get digests, so only they choose one. */
function requireForumMember(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Email digests start once your account is verified.");
}

/** The member's saved choice, for /account. */
export async function loadDigestPreference(db: Database, viewer: Viewer | null): Promise<DigestFrequency> {
  requireForumMember(viewer);
  const [row] = await db.select({ digestFrequency: users.digestFrequency }).from(users).where(eq(users.id, viewer.userId));
  if (!row) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return row.digestFrequency;
}

/**
 * Saves how often the member gets the digest. Rule: changing it does not touch digest_sent_at,
 * so switching weekly → daily sends the next digest once a day has passed since the last one,
 * never a second one the same day.
 */
export async function setDigestFrequency(db: Database, viewer: Viewer | null, input: unknown): Promise<DigestFrequency> {
  requireForumMember(viewer);
  const { digestFrequency } = parseInput(digestPreferenceSchema, input);
  await db.update(users).set({ digestFrequency }).where(eq(users.id, viewer.userId));
  return digestFrequency;
}
