import { and, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, caseDetails, comments, flags, revisions, threads } from "../db/schema";
import { DomainError } from "../errors";
import { renderMarkdown } from "../forum/markdown";
import { excerptOf } from "../forum/excerpt";
import { slugify } from "../forum/slug";
import { nounFor } from "../privacy/messages";
import { PHI_CATEGORIES } from "../privacy/types";
import { parseInput } from "../validation";
import { auditStatement, auditStatementIf } from "./audit-log";
import { checkbox } from "../forum/thread-kinds";
import { flagOutcomeStatement, postBackStatement } from "../notifications/fan-out";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { flagOutcomeText } from "./flags";
import { assertMayModerate } from "./permissions";
import { loadPostTarget, type PostType } from "./post-target";

/** What replaces a redacted span, in the post, its earlier versions and any flag note. */
export const REDACTION_MARK = "[redacted]";

export const postActions = ["dismiss", "hide", "restore", "remove", "redact"] as const;
export type PostAction = (typeof postActions)[number];

const reasonField = scannedText(z.string().trim().max(300, { error: "Keep the reason under 300 characters." }).optional().default(""));

export const moderatePostSchema = z
  .object({
    targetType: z.enum(["thread", "comment"], { error: "Moderate a thread or a reply." }),
    targetId: z.coerce.number({ error: "Which post?" }).int().positive({ error: "Which post?" }),
    action: z.enum(postActions, { error: "Choose dismiss, hide, restore, remove or redact." }),
    reason: reasonField,
    span: unscannedText(
      z.string().max(2000, { error: "Redact at most 2,000 characters at a time." }).optional().default(""),
      "the identifier to redact: it is replaced everywhere and never stored, logged or shown",
    ),
    category: z
      .union([z.enum(PHI_CATEGORIES), z.literal("")], { error: "Choose what kind of identifier it is." })
      .optional()
      .default(""),
    confirmNotPhi: checkbox,
  })
  .strict()
  .superRefine((input, context) => {
    if (input.action === "remove" && input.reason.length < 3) {
      context.addIssue({ code: "custom", path: ["reason"], message: "Give the reason members will see in place of the post." });
    }
    if (input.action === "redact") {
      if (input.span.trim().length === 0) context.addIssue({ code: "custom", path: ["span"], message: "Paste the exact text to redact." });
      if (input.category === "") context.addIssue({ code: "custom", path: ["category"], message: "Choose what kind of identifier it is." });
    }
  });

export interface PostActionResult {
  /** What the flaggers of this post are told, if any flag was open. */
  outcome: string;
  /** The post settled and its thread (for the live update of the thread's readers). */
  post: { threadId: number; type: "thread" | "comment"; id: number };
}

const outcomes: Record<PostAction, { flagStatus: "upheld" | "dismissed"; outcome: string }> = {
  dismiss: { flagStatus: "dismissed", outcome: "dismissed" },
  hide: { flagStatus: "upheld", outcome: "hidden" },
  restore: { flagStatus: "dismissed", outcome: "restored" },
  remove: { flagStatus: "upheld", outcome: "removed" },
  redact: { flagStatus: "upheld", outcome: "redacted" },
};

/** What the author of a post a patient-information flag hid reads when it is back. */
export const POST_BACK_TEXT = "Moderators reviewed the patient-information flag and left it up.";

/**
 * A moderator settles a post. Rules: moderators of the post's channel only, never on a post they
 * wrote; the reason is screened for patient identifiers (it is shown in the post's place or kept
 * in the log); every action, the flags it resolves (with the outcome their authors see) and its
 * audit row go in one batch.
 * - dismiss: open flags are dismissed; a post hidden pending review becomes visible again;
 * - hide: hidden from members (author and moderators still see it);
 * - restore: visible again (open flags are dismissed);
 * - remove: replaced for everyone by the reason given;
 * - redact: every occurrence of the span is replaced by "[redacted]" in the post, its earlier
 *   versions, its case details and its flag notes; the audit keeps who, when and which category,
 *   never the text. The post's visibility does not change (restore it separately).
 * When a dismiss or restore makes visible again a post that has an open patient-information
 * flag, its author is told in the same batch (the notification is written only if the post was
 * indeed hidden when the batch ran).
 */
export async function moderatePost(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<PostActionResult> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  const data = parseInput(moderatePostSchema, input);
  const target = await loadPostTarget(db, data.targetType, data.targetId);
  if (!target || target.deletedAt !== null) throw new DomainError("NOT_FOUND", "This post does not exist or is no longer available.");
  assertMayModerate(viewer, "settle_post", { channelIds: [target.channelId], authorId: target.authorId }, now);
  // A redaction's reason is not used (its log line is the category); every other reason is kept.
  if (data.reason && data.action !== "redact") screenForPhi({ reason: data.reason }, data.confirmNotPhi);

  const table = target.type === "thread" ? threads : comments;
  const { flagStatus, outcome } = outcomes[data.action];
  const resolveFlags = db
    .update(flags)
    .set({ status: flagStatus, outcome, resolvedBy: viewer.userId, resolvedAt: now })
    .where(and(eq(flags.targetType, target.type), eq(flags.targetId, target.id), eq(flags.status, "open")));
  // Flaggers hear the outcome in the same batch that settles their flags (written first, while the flags are still open).
  const tellFlaggers = flagOutcomeStatement(db, target, flagOutcomeText(outcome), now);
  const openPhiFlag = sql`select 1 from ${flags} where ${flags.targetType} = ${target.type} and ${flags.targetId} = ${target.id} and ${flags.status} = 'open' and ${flags.reason} = 'patient_information'`;
  // The author hears it only when this very batch brings the post back (read before the update below).
  const tellAuthor = (hiddenStates: SQL) =>
    postBackStatement(db, target, POST_BACK_TEXT, now, sql`${openPhiFlag} and exists (select 1 from ${table} where ${table.id} = ${target.id} and ${hiddenStates})`);
  const audit = (reason: string | null) => auditStatement(db, { actorId: viewer.userId, action: data.action, targetType: target.type, targetId: target.id, reason }, now);

  switch (data.action) {
    case "dismiss":
      await db.batch([
        tellFlaggers,
        tellAuthor(sql`${table.moderationState} = 'pending'`),
        resolveFlags,
        db
          .update(table)
          .set({ moderationState: null, moderationReason: null, moderatedAt: now })
          .where(and(eq(table.id, target.id), eq(table.moderationState, "pending"))),
        audit(data.reason || null),
      ]);
      break;
    case "hide":
    case "remove":
      await db.batch([
        tellFlaggers,
        resolveFlags,
        db
          .update(table)
          .set({ moderationState: data.action === "hide" ? "hidden" : "removed", moderationReason: data.reason || null, moderatedAt: now })
          .where(eq(table.id, target.id)),
        audit(data.reason || null),
      ]);
      break;
    case "restore":
      if (target.moderationState === null) throw new DomainError("CONFLICT", "This post is not hidden or removed.");
      await db.batch([
        tellFlaggers,
        tellAuthor(sql`${table.moderationState} is not null`),
        resolveFlags,
        db.update(table).set({ moderationState: null, moderationReason: null, moderatedAt: now }).where(eq(table.id, target.id)),
        audit(data.reason || null),
      ]);
      break;
    case "redact":
      if (data.category === "") throw new DomainError("INVALID", "Choose what kind of identifier it is.");
      await redact(db, viewer, target.type, target.id, data.span, { status: flagStatus, outcome }, `redacted ${nounFor(data.category)}`, now);
      break;
  }
  return { outcome, post: { threadId: target.threadId, type: target.type, id: target.id } };
}

/**
 * Replaces the span everywhere this post's text is kept. The new title, slug and HTML are made
 * from the text that was read, and every statement of the batch only acts if the post now holds
 * exactly that redacted text, so a concurrent change is never overwritten and a refused
 * redaction writes no audit row and resolves no flag.
 */
async function redact(
  db: Database,
  viewer: Viewer,
  type: PostType,
  id: number,
  span: string,
  resolution: { status: "upheld" | "dismissed"; outcome: string },
  auditReason: string,
  now: number,
): Promise<void> {
  const [row] =
    type === "thread"
      ? await db.select({ bodySource: threads.bodySource, title: threads.title }).from(threads).where(eq(threads.id, id))
      : await db.select({ bodySource: comments.bodySource, title: sql<string>`''` }).from(comments).where(eq(comments.id, id));
  if (!row) throw new DomainError("NOT_FOUND", "This post does not exist or is no longer available.");
  // A revision keeps a case's or poll's fields as JSON: the span appears there JSON-escaped.
  const jsonSpan = JSON.stringify(span).slice(1, -1);
  const [caseRows, olderVersions] = await db.batch([
    db
      .select()
      .from(caseDetails)
      .where(eq(caseDetails.threadId, type === "thread" ? id : -1)),
    db
      .select({ id: revisions.id })
      .from(revisions)
      .where(
        and(
          eq(revisions.targetType, type),
          eq(revisions.targetId, id),
          sql`(instr(${revisions.bodySource}, ${span}) > 0 or instr(coalesce(${revisions.title}, ''), ${span}) > 0 or instr(coalesce(${revisions.fields}, ''), ${jsonSpan}) > 0)`,
        ),
      )
      .limit(1),
  ]);
  const caseRow = caseRows[0];
  const caseTexts = caseRow ? [caseRow.presentingProblem, caseRow.history, caseRow.findings, caseRow.triedSoFar, caseRow.question, caseRow.outcomeNote ?? ""] : [];
  // The span may survive only in an earlier version, which members can read in the history.
  if (olderVersions.length === 0 && ![row.bodySource, row.title, ...caseTexts].some((text) => text.includes(span))) {
    const message = "That text is not in the post. Paste it exactly as it appears in the post's source.";
    throw new DomainError("INVALID", message, { span: message });
  }
  const redactText = (text: string) => text.split(span).join(REDACTION_MARK);
  const bodySource = redactText(row.bodySource);
  const title = redactText(row.title);
  const replace = (column: unknown) => sql`replace(${column}, ${span}, ${REDACTION_MARK})`;
  const threadHtml = type === "thread" ? renderMarkdown(bodySource) : "";
  const postUpdate =
    type === "thread"
      ? db
          .update(threads)
          .set({ title, slug: slugify(title), bodySource, bodyHtml: threadHtml, excerpt: excerptOf(threadHtml) })
          .where(and(eq(threads.id, id), eq(threads.bodySource, row.bodySource), eq(threads.title, row.title)))
      : db
          .update(comments)
          .set({ bodySource, bodyHtml: renderMarkdown(bodySource) })
          .where(and(eq(comments.id, id), eq(comments.bodySource, row.bodySource)));
  const redacted =
    type === "thread"
      ? sql`select 1 from ${threads} where ${threads.id} = ${id} and ${threads.bodySource} = ${bodySource} and ${threads.title} = ${title}`
      : sql`select 1 from ${comments} where ${comments.id} = ${id} and ${comments.bodySource} = ${bodySource}`;
  const [, , , , , , audited] = await db.batch([
    postUpdate,
    db
      .update(revisions)
      .set({
        bodySource: sql`${replace(revisions.bodySource)}`,
        title: sql`${replace(revisions.title)}`,
        fields: sql`replace(${revisions.fields}, ${jsonSpan}, ${JSON.stringify(REDACTION_MARK).slice(1, -1)})`,
      })
      .where(and(eq(revisions.targetType, type), eq(revisions.targetId, id), sql`exists (${redacted})`)),
    db
      .update(caseDetails)
      .set({
        presentingProblem: sql`${replace(caseDetails.presentingProblem)}`,
        history: sql`${replace(caseDetails.history)}`,
        findings: sql`${replace(caseDetails.findings)}`,
        triedSoFar: sql`${replace(caseDetails.triedSoFar)}`,
        question: sql`${replace(caseDetails.question)}`,
        outcomeNote: sql`${replace(caseDetails.outcomeNote)}`,
      })
      .where(and(eq(caseDetails.threadId, type === "thread" ? id : -1), sql`exists (${redacted})`)),
    db
      .update(flags)
      .set({ note: sql`${replace(flags.note)}` })
      .where(and(eq(flags.targetType, type), eq(flags.targetId, id), sql`exists (${redacted})`)),
    flagOutcomeStatement(db, { type, id }, flagOutcomeText(resolution.outcome), now, redacted),
    db
      .update(flags)
      .set({ status: resolution.status, outcome: resolution.outcome, resolvedBy: viewer.userId, resolvedAt: now })
      .where(and(eq(flags.targetType, type), eq(flags.targetId, id), eq(flags.status, "open"), sql`exists (${redacted})`)),
    auditStatementIf(db, { actorId: viewer.userId, action: "redact", targetType: type, targetId: id, reason: auditReason }, now, redacted).returning({ id: auditLog.id }),
  ]);
  if (audited.length === 0) throw new DomainError("CONFLICT", "The post changed while you were redacting it. Reload it and try again.");
}
