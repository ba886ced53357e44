import { and, asc, desc, eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, channelModerators, channels, users } from "../db/schema";
import { DomainError } from "../errors";
import { specialtyName } from "../forum/author";
import { assertMayModerate } from "./permissions";

export interface MemberForModeration {
  userId: number;
  pseudonym: string;
  specialty: string;
  role: Viewer["role"];
  verificationStatus: Viewer["verificationStatus"];
  /** The ban reason (status "banned") as the member reads it. */
  statusReason: string | null;
  /** The end of a suspension in force at `now`; null when the member is not suspended. */
  suspendedUntil: number | null;
  suspensionReason: string | null;
  memberSince: number;
  moderatedChannels: string[];
  allChannels: { slug: string; name: string }[];
  history: { action: string; reason: string | null; createdAt: number; actor: string | null }[];
}

/**
 * A member's account as global moderators and admins see it to suspend, ban or appoint: their
 * pseudonym and standing, never their real name, email or NPI.
 */
export async function loadMemberForModeration(db: Database, viewer: Viewer | null, userId: number, now: number): Promise<MemberForModeration> {
  assertMayModerate(viewer, "suspend", [], now);
  const [memberRows, scopeRows, channelRows, historyRows] = await db.batch([
    db
      .select({
        userId: users.id,
        pseudonym: users.pseudonym,
        specialtySlug: users.specialtySlug,
        role: users.role,
        verificationStatus: users.verificationStatus,
        statusReason: users.verificationReason,
        suspendedUntil: users.suspendedUntil,
        suspensionReason: users.suspensionReason,
        memberSince: users.createdAt,
        deletedAt: users.deletedAt,
      })
      .from(users)
      .where(eq(users.id, userId)),
    db.select({ slug: channels.slug }).from(channelModerators).innerJoin(channels, eq(channels.id, channelModerators.channelId)).where(eq(channelModerators.userId, userId)),
    db.select({ slug: channels.slug, name: channels.name }).from(channels).orderBy(asc(channels.position)),
    db
      .select({ action: auditLog.action, reason: auditLog.reason, createdAt: auditLog.createdAt, actor: users.pseudonym })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
      .orderBy(desc(auditLog.id))
      .limit(50),
  ]);
  const member = memberRows[0];
  if (!member || member.deletedAt !== null) throw new DomainError("NOT_FOUND", "There is no such member.");
  const { specialtySlug, deletedAt: _deletedAt, ...rest } = member;
  return {
    ...rest,
    suspendedUntil: rest.suspendedUntil !== null && rest.suspendedUntil > now ? rest.suspendedUntil : null,
    specialty: specialtyName(specialtySlug),
    moderatedChannels: scopeRows.map((row) => row.slug),
    allChannels: channelRows,
    history: historyRows,
  };
}
