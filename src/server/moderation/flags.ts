import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { comments, FLAG_REASONS, flags, threads, type FlagReason } from "../db/schema";
import { DomainError } from "../errors";
import { consumePostingLimit } from "../forum/posting-rules";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { auditStatementIf } from "./audit-log";
import { isNewMember } from "./limit-settings";
import { assertMayModerate } from "./permissions";
import { postTargetQuery, toPostTarget, type PostTarget } from "./post-target";
import { postVisibility } from "./visibility";

/** Three flags from different members hide a post until a moderator looks at it. */
export const FLAGS_TO_HIDE = 3;

/**
 * A patient-information flag hides the post at once only when its author's judgement has earned
 * it: not in their first 7 days (limit-settings' new-member period), and not "mostly dismissed",
 * which is: at least `minResolved` of their earlier patient-information flags were settled by
 * moderators and more than `dismissedShare` of those were dismissed. Any other patient-information
 * flag goes to the queue (still first) and counts toward FLAGS_TO_HIDE like any flag.
 */
export const PHI_FLAG_TRUST = { minResolved: 3, dismissedShare: 0.5 } as const;

export function isMostlyDismissed(record: { resolved: number; dismissed: number }): boolean {
  return record.resolved >= PHI_FLAG_TRUST.minResolved && record.dismissed > record.resolved * PHI_FLAG_TRUST.dismissedShare;
}

export const flagReasonLabels: Record<FlagReason, string> = {
  patient_information: "Patient information",
  unprofessional: "Unprofessional",
  misinformation: "Misinformation",
  spam: "Spam",
  other: "Other",
};

const outcomeTexts: Record<string, string> = {
  dismissed: "Moderators reviewed it and left it up.",
  restored: "Moderators reviewed it and left it up.",
  hidden: "Moderators hid the post.",
  removed: "Moderators removed the post.",
  redacted: "Moderators redacted identifying information from the post.",
};

/** What a flagger is told moderators did, in their terms (on /flags and in notifications). */
export function flagOutcomeText(outcome: string | null): string {
  return outcomeTexts[outcome ?? ""] ?? "Moderators reviewed it.";
}

export const flagPostSchema = z
  .object({
    targetType: z.enum(["thread", "comment"], { error: "Flag a thread or a reply." }),
    targetId: z.coerce.number({ error: "Which post?" }).int().positive({ error: "Which post?" }),
    reason: z.enum(FLAG_REASONS, { error: "Choose why you are flagging this post." }),
    note: scannedText(z.string().trim().max(500, { error: "Keep the note under 500 characters." }).optional().default("")),
    confirmNotPhi: checkbox,
  })
  .strict()
  .refine((flag) => flag.reason !== "other" || flag.note.length >= 3, {
    path: ["note"],
    error: "Say in a few words what is wrong with this post.",
  });

const flagTargetSchema = z
  .object({
    targetType: z.enum(["thread", "comment"], { error: "Flag a thread or a reply." }),
    targetId: z.coerce.number({ error: "Which post?" }).int().positive({ error: "Which post?" }),
  })
  .strict();

const GONE = "This post does not exist or is no longer available.";

/** A member flags only what they can see: live posts, or hidden ones they wrote or moderate. */
function assertFlaggable(viewer: Viewer, target: PostTarget | undefined): asserts target is PostTarget {
  if (!target || target.deletedAt !== null || target.threadDeletedAt !== null) throw new DomainError("NOT_FOUND", GONE);
  const thread = { authorId: target.threadAuthorId, moderationState: target.threadModerationState };
  if (postVisibility(viewer, thread, target.channelId) === "gone" || postVisibility(viewer, target, target.channelId) === "gone") {
    throw new DomainError("NOT_FOUND", GONE);
  }
}

export interface FlagResult {
  /** The post is now hidden pending review (a trusted patient-information flag, or the third flag). */
  hidden: boolean;
  /** The post flagged and its thread (a post hidden at once is a live update for its readers). */
  post: { threadId: number; type: "thread" | "comment"; id: number };
}

/** The member's settled patient-information flags, as a statement for the caller's batch. */
function phiFlagRecordQuery(db: Database, reporterId: number) {
  return db
    .select({ resolved: sql<number>`count(*)`, dismissed: sql<number>`coalesce(sum(${flags.status} = 'dismissed'), 0)` })
    .from(flags)
    .where(and(eq(flags.reporterId, reporterId), eq(flags.reason, "patient_information"), sql`${flags.status} != 'open'`));
}

/**
 * A member flags a post. Rules: verified, not suspended; only posts the member can see, never
 * their own; one flag per member and post (a second is CONFLICT); the note is screened for
 * patient identifiers before anything is counted or stored; flags count against the member's
 * flag limit, and patient-information flags also against their own (phi_flag_day).
 * A patient-information flag from a trusted flagger (PHI_FLAG_TRUST) hides the post at once for
 * everyone but the channel's moderators and the author; otherwise the third open flag from
 * different members does. The flag, the hiding and its audit row are written in one batch.
 */
export async function flagPost(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<FlagResult> {
  assertMayModerate(viewer, "flag", [], now);
  const data = parseInput(flagPostSchema, input);
  const [targetRows, [record]] = await db.batch([postTargetQuery(db, data.targetType, data.targetId), phiFlagRecordQuery(db, viewer.userId)]);
  const target = toPostTarget(data.targetType, targetRows);
  assertFlaggable(viewer, target);
  if (target.authorId === viewer.userId) throw new DomainError("FORBIDDEN", "You cannot flag your own post.");
  if (target.moderationState === "removed") throw new DomainError("CONFLICT", "Moderators have already removed this post.");
  if (data.note) screenForPhi({ note: data.note }, data.confirmNotPhi);
  const isPhi = data.reason === "patient_information";
  await consumePostingLimit(db, viewer, isPhi ? "phi_flag" : "flag", now);

  const hidesAtOnce = isPhi && !isNewMember(viewer.memberSince, now) && !isMostlyDismissed({ resolved: Number(record?.resolved ?? 0), dismissed: Number(record?.dismissed ?? 0) });
  const table = target.type === "thread" ? threads : comments;
  const openFlags = sql`(select count(*) from ${flags} where ${flags.targetType} = ${target.type} and ${flags.targetId} = ${target.id} and ${flags.status} = 'open')`;
  // Only this request's own new flag may hide the post: a refused duplicate changes nothing.
  const thisFlagWritten = sql`exists (select 1 from ${flags} where ${flags.reporterId} = ${viewer.userId} and ${flags.targetType} = ${target.type} and ${flags.targetId} = ${target.id} and ${flags.createdAt} = ${now} and ${flags.reason} = ${data.reason})`;
  const hideRule = hidesAtOnce ? thisFlagWritten : sql`${thisFlagWritten} and ${openFlags} >= ${FLAGS_TO_HIDE}`;
  const [inserted, hiddenRows] = await db.batch([
    db
      .insert(flags)
      .values({
        reporterId: viewer.userId,
        targetType: target.type,
        targetId: target.id,
        threadId: target.threadId,
        reason: data.reason,
        note: data.note || null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: flags.id }),
    db
      .update(table)
      .set({ moderationState: "pending", moderationReason: null, moderatedAt: now })
      .where(and(eq(table.id, target.id), sql`${table.moderationState} is null`, hideRule))
      .returning({ id: table.id }),
    auditStatementIf(
      db,
      { actorId: null, action: "auto_hide", targetType: target.type, targetId: target.id, reason: hidesAtOnce ? "flagged as patient information" : `${FLAGS_TO_HIDE} flags` },
      now,
      sql`select 1 from ${table} where ${table.id} = ${target.id} and ${table.moderationState} = 'pending' and ${table.moderatedAt} = ${now}`,
    ),
  ]);
  if (inserted.length === 0) throw new DomainError("CONFLICT", "You have already flagged this post; moderators will review it.");
  return { hidden: hiddenRows.length > 0, post: { threadId: target.threadId, type: target.type, id: target.id } };
}

export interface FlagTarget {
  targetType: "thread" | "comment";
  targetId: number;
  thread: { id: number; title: string; slug: string };
  /** The post's rendered text, so the member sees what they are flagging. */
  bodyHtml: string;
  alreadyFlagged: boolean;
}

/** The post a member is about to flag, with the same visibility rules as flagging it. */
export async function loadFlagTarget(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<FlagTarget> {
  assertMayModerate(viewer, "flag", [], now);
  const { targetType, targetId } = parseInput(flagTargetSchema, input);
  const table = targetType === "thread" ? threads : comments;
  const threadId = targetType === "thread" ? sql`${targetId}` : sql`(select ${comments.threadId} from ${comments} where ${comments.id} = ${targetId})`;
  // One batch; nothing is returned until the visibility rule has passed.
  const [targetRows, [post], [thread], mine] = await db.batch([
    postTargetQuery(db, targetType, targetId),
    db.select({ bodyHtml: table.bodyHtml }).from(table).where(eq(table.id, targetId)),
    db.select({ id: threads.id, title: threads.title, slug: threads.slug }).from(threads).where(sql`${threads.id} = ${threadId}`),
    db
      .select({ id: flags.id })
      .from(flags)
      .where(and(eq(flags.reporterId, viewer.userId), eq(flags.targetType, targetType), eq(flags.targetId, targetId))),
  ]);
  assertFlaggable(viewer, toPostTarget(targetType, targetRows));
  if (!post || !thread) throw new DomainError("NOT_FOUND", GONE);
  return { targetType, targetId, thread, bodyHtml: post.bodyHtml, alreadyFlagged: mine.length > 0 };
}
