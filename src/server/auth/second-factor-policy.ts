import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { siteSettings, users } from "../db/schema";
import { auditStatement } from "../moderation/audit-log";
import { parseInput } from "../validation";
import { assertAdmin, type Viewer } from "./viewer";

/**
 * The staff rule: administrators and moderators (global, or of any channel) must sign in with a
 * second factor. While the
 * rule is on (the default) a staff account without one is held: after sign-in it reaches only
 * the enrolment page (/account/two-factor) and the API refuses it everything else, until it
 * enrols. Admins may turn the rule off at /admin/security; the setting is a site_settings row
 * (no row: on), read inside the session query so it costs no extra round trip.
 */
export const STAFF_SECOND_FACTOR_SETTING = "staff_second_factor";
export const STAFF_SECOND_FACTOR_VALUES = ["required", "optional"] as const;
export type StaffSecondFactorPolicy = (typeof STAFF_SECOND_FACTOR_VALUES)[number];
export const DEFAULT_STAFF_SECOND_FACTOR: StaffSecondFactorPolicy = "required";

/** The audit log's target_id is an integer: this setting's fixed number. */
const STAFF_SECOND_FACTOR_AUDIT_ID = 1;

/** The page where a held staff account enrols (the only page it reaches). */
export const SECOND_FACTOR_ENROLMENT_PATH = "/account/two-factor";

/** The stored value as a policy; anything unknown (or no row) is the default, which is the strict one. */
export function staffPolicyFrom(stored: string | null | undefined): StaffSecondFactorPolicy {
  return stored === "optional" ? "optional" : DEFAULT_STAFF_SECOND_FACTOR;
}

/** Staff: an admin, a global moderator, or a member who moderates at least one channel. */
export function isStaff(role: Viewer["role"], moderatedChannelCount: number): boolean {
  return role !== "member" || moderatedChannelCount > 0;
}

/** Rule: staff without a second factor, while the staff rule is on, must enrol first. */
export function mustEnrolSecondFactor(staff: boolean, secondFactorEnrolled: boolean, storedPolicy: string | null | undefined): boolean {
  return staff && !secondFactorEnrolled && staffPolicyFrom(storedPolicy) === "required";
}

/** The setting as a sub-select, for the session query (one round trip for the session and the rule). */
export function staffPolicySetting() {
  return sql<string | null>`(select ${siteSettings.value} from ${siteSettings} where ${siteSettings.name} = ${STAFF_SECOND_FACTOR_SETTING})`;
}

export interface StaffPolicyState {
  policy: StaffSecondFactorPolicy;
  /** Who last changed it and when; null while it has never been changed. */
  changedBy: string | null;
  changedAt: number | null;
}

export async function loadStaffSecondFactorPolicy(db: Database, viewer: Viewer | null): Promise<StaffPolicyState> {
  assertAdmin(viewer, "see security settings");
  const [row] = await db
    .select({ value: siteSettings.value, updatedAt: siteSettings.updatedAt, pseudonym: users.pseudonym })
    .from(siteSettings)
    .leftJoin(users, eq(users.id, siteSettings.updatedBy))
    .where(eq(siteSettings.name, STAFF_SECOND_FACTOR_SETTING));
  return row
    ? { policy: staffPolicyFrom(row.value), changedBy: row.pseudonym, changedAt: row.updatedAt }
    : { policy: DEFAULT_STAFF_SECOND_FACTOR, changedBy: null, changedAt: null };
}

export const staffPolicySchema = z.object({ policy: z.enum(STAFF_SECOND_FACTOR_VALUES, { error: "Choose required or optional." }) }).strict();

/**
 * Sets the staff rule. Rule: administrators only; the setting and its audit row are written in
 * one batch; saving the value already in force writes nothing. Returns whether it changed.
 */
export async function setStaffSecondFactorPolicy(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<boolean> {
  assertAdmin(viewer, "change security settings");
  const { policy } = parseInput(staffPolicySchema, input);
  const current = await loadStaffSecondFactorPolicy(db, viewer);
  if (current.policy === policy) return false;
  const values = { value: policy, updatedBy: viewer.userId, updatedAt: now };
  await db.batch([
    db
      .insert(siteSettings)
      .values({ name: STAFF_SECOND_FACTOR_SETTING, ...values })
      .onConflictDoUpdate({ target: siteSettings.name, set: values }),
    auditStatement(
      db,
      {
        actorId: viewer.userId,
        action: "security_setting_changed",
        targetType: "site_setting",
        targetId: STAFF_SECOND_FACTOR_AUDIT_ID,
        reason: `Two-factor sign-in for staff: ${current.policy} → ${policy}`,
      },
      now,
    ),
  ]);
  return true;
}
