import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { assertVerifiedMember } from "./posting-rules";
import { checkbox } from "./thread-kinds";

export const BIO_MAX_LENGTH = 500;
export const PRACTICE_SETTING_MAX_LENGTH = 120;

/**
 * The member-written part of a profile. Both fields are free text every member can read, so they
 * pass the same patient-identifier screen as a post (blocked findings refuse, warnings need the
 * member's confirmation). Empty clears a field.
 */
export const profileDetailsSchema = z
  .object({
    bio: scannedText(
      z
        .string()
        .trim()
        .max(BIO_MAX_LENGTH, { error: `Keep the bio to ${BIO_MAX_LENGTH} characters.` }),
    ).default(""),
    practiceSetting: scannedText(
      z
        .string()
        .trim()
        .max(PRACTICE_SETTING_MAX_LENGTH, { error: `Keep the practice setting to ${PRACTICE_SETTING_MAX_LENGTH} characters.` }),
    ).default(""),
    confirmNotPhi: checkbox,
  })
  .strict();

export interface ProfileDetails {
  bio: string;
  practiceSetting: string;
}

/** The member's own bio and practice setting, for the edit form. */
export async function loadProfileDetails(db: Database, viewer: Viewer | null): Promise<ProfileDetails> {
  assertVerifiedMember(viewer);
  const [row] = await db.select({ bio: users.bio, practiceSetting: users.practiceSetting }).from(users).where(eq(users.id, viewer.userId));
  if (!row) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return { bio: row.bio ?? "", practiceSetting: row.practiceSetting ?? "" };
}

/**
 * Saves the bio and practice setting. Rules: verified members (a suspended member may still edit
 * their own profile: it is not a post); both texts are screened for patient identifiers before
 * anything is stored, and a refusal stores nothing (the form comes back filled).
 */
export async function updateProfileDetails(db: Database, viewer: Viewer | null, input: unknown): Promise<ProfileDetails> {
  assertVerifiedMember(viewer);
  const data = parseInput(profileDetailsSchema, input);
  screenForPhi({ bio: data.bio, practiceSetting: data.practiceSetting }, data.confirmNotPhi);
  await db
    .update(users)
    .set({ bio: data.bio || null, practiceSetting: data.practiceSetting || null })
    .where(eq(users.id, viewer.userId));
  return { bio: data.bio, practiceSetting: data.practiceSetting };
}
