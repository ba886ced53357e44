import { eq } from "drizzle-orm";
import { z } from "zod";
import { endSessionsStatement } from "../auth/sessions";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channelModerators, channels, users } from "../db/schema";
import { DomainError } from "../errors";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { auditStatement } from "./audit-log";
import { assertMayActOnAccount, assertMayModerate } from "./permissions";

const DAY = 24 * 3600_000;

export const memberActions = ["suspend", "unsuspend", "ban", "unban"] as const;
export type MemberAction = (typeof memberActions)[number];

export const moderateMemberSchema = z
  .object({
    userId: z.coerce.number({ error: "Which member?" }).int().positive({ error: "Which member?" }),
    action: z.enum(memberActions, { error: "Choose suspend, lift suspension, ban or lift ban." }),
    days: z
      .union([z.literal(""), z.coerce.number().int()])
      .optional()
      .default(""),
    reason: scannedText(z.string().trim().max(300, { error: "Keep the reason under 300 characters." }).optional().default("")),
    confirmNotPhi: checkbox,
  })
  .strict()
  .superRefine((input, context) => {
    if (input.action === "suspend" && (input.days === "" || input.days < 1 || input.days > 365)) {
      context.addIssue({ code: "custom", path: ["days"], message: "Suspend for 1 to 365 days." });
    }
    if ((input.action === "suspend" || input.action === "ban") && input.reason.length < 3) {
      context.addIssue({ code: "custom", path: ["reason"], message: "Give the reason the member will read." });
    }
  });

/**
 * Suspend (read-only for a period), lift a suspension, ban (forum closed, every session ended,
 * the reason on their status page) or lift a ban. Rules: suspensions by global moderators and
 * admins, bans by admins; never on yourself, and only admins act on moderators and admins; the
 * reason (which the member reads, and the log keeps) is screened for patient identifiers; the
 * change and its audit row in one batch.
 */
export async function moderateMember(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  const data = parseInput(moderateMemberSchema, input);
  assertMayModerate(viewer, data.action === "ban" || data.action === "unban" ? "ban" : "suspend", [], now);
  const [member] = await db
    .select({ id: users.id, role: users.role, verificationStatus: users.verificationStatus, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, data.userId));
  if (!member || member.deletedAt !== null) throw new DomainError("NOT_FOUND", "There is no such member.");
  assertMayActOnAccount(viewer, { userId: member.id, role: member.role });
  if (data.reason) screenForPhi({ reason: data.reason }, data.confirmNotPhi);
  const audit = (reason: string | null) => auditStatement(db, { actorId: viewer.userId, action: data.action, targetType: "user", targetId: member.id, reason }, now);

  switch (data.action) {
    case "suspend": {
      const days = data.days === "" ? 0 : data.days;
      await db.batch([
        db
          .update(users)
          .set({ suspendedUntil: now + days * DAY, suspensionReason: data.reason })
          .where(eq(users.id, member.id)),
        audit(`${days} day${days === 1 ? "" : "s"}: ${data.reason}`),
      ]);
      return;
    }
    case "unsuspend":
      await db.batch([db.update(users).set({ suspendedUntil: null, suspensionReason: null }).where(eq(users.id, member.id)), audit(data.reason || null)]);
      return;
    case "ban":
      if (member.verificationStatus === "banned") throw new DomainError("CONFLICT", "This member is already banned.");
      await db.batch([
        db.update(users).set({ verificationStatus: "banned", verificationReason: data.reason }).where(eq(users.id, member.id)),
        endSessionsStatement(db, member.id),
        audit(data.reason),
      ]);
      return;
    case "unban":
      if (member.verificationStatus !== "banned") throw new DomainError("CONFLICT", "This member is not banned.");
      await db.batch([db.update(users).set({ verificationStatus: "verified", verificationReason: null }).where(eq(users.id, member.id)), audit(data.reason || null)]);
      return;
  }
}

export const appointModeratorSchema = z
  .object({
    userId: z.coerce.number({ error: "Which member?" }).int().positive({ error: "Which member?" }),
    role: z.enum(["member", "moderator"], { error: "Choose member or global moderator." }),
    channels: z
      .array(unscannedText(z.string().trim().min(1).max(80), "a channel slug, looked up in the channels table"))
      .max(40)
      .optional()
      .default([]),
  })
  .strict();

/**
 * Makes a member a global moderator, a moderator of some channels, or a plain member again.
 * Rules: admins only; admins' own role is not changed here; the role, the channel list and the
 * audit row are written in one batch.
 */
export async function appointModerator(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<void> {
  assertMayModerate(viewer, "appoint_moderators", [], now);
  const data = parseInput(appointModeratorSchema, input);
  const [[member], channelRows] = await db.batch([
    db.select({ id: users.id, role: users.role, deletedAt: users.deletedAt }).from(users).where(eq(users.id, data.userId)),
    db.select({ id: channels.id, slug: channels.slug }).from(channels),
  ]);
  if (!member || member.deletedAt !== null) throw new DomainError("NOT_FOUND", "There is no such member.");
  if (member.role === "admin") throw new DomainError("FORBIDDEN", "Administrators keep their role; change it with the admin tools.");
  const bySlug = new Map(channelRows.map((channel) => [channel.slug, channel.id]));
  const unknown = data.channels.filter((slug) => !bySlug.has(slug));
  if (unknown.length) throw new DomainError("INVALID", `There is no channel "${unknown[0]}".`, { channels: `There is no channel "${unknown[0]}".` });
  const channelIds = [...new Set(data.channels.map((slug) => bySlug.get(slug)!))];
  const scope = data.role === "moderator" ? "global moderator" : channelIds.length ? `moderator of ${data.channels.join(", ")}` : "member";
  await db.batch([
    db.update(users).set({ role: data.role }).where(eq(users.id, member.id)),
    db.delete(channelModerators).where(eq(channelModerators.userId, member.id)),
    ...channelIds.map((channelId) => db.insert(channelModerators).values({ userId: member.id, channelId, createdAt: now })),
    auditStatement(db, { actorId: viewer.userId, action: "appoint", targetType: "user", targetId: member.id, reason: scope }, now),
  ]);
}
