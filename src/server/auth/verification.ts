import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { users, verificationApplications } from "../db/schema";
import { DomainError } from "../errors";
import { keysetAfter, keysetOrderBy, keysetPage, type KeysetRule } from "../forum/cursor";
import { checkbox } from "../forum/thread-kinds";
import { screenForPhi } from "../privacy/enforce";
import { scannedText } from "../privacy/free-text";
import { sendMail } from "../mail/send-mail";
import { verificationDecisionMessage } from "../mail/templates";
import { auditStatement } from "../moderation/audit-log";
import { verificationNotificationStatement } from "../notifications/fan-out";

const VERIFIED_NOTICE = "You are verified: welcome to Rounds.";
import { parseInput } from "../validation";
import { evaluateNppesEvidence, lookupNpi, type NppesEvidence } from "./nppes";
import type { AccountServices } from "./services";
import type { Viewer } from "./viewer";
import { assertAdmin } from "./viewer";

export type RegistryOutcome = "matched" | "mismatch" | "not_found" | "unreachable";

/**
 * Asks the NPPES registry about the member's pending application and stores the evidence.
 * Rules: an unreachable registry leaves the application pending with review reason
 * "registry_unreachable" (nothing is lost; an admin can re-check); in VERIFICATION_MODE=auto a
 * full match of an application not flagged as a duplicate NPI approves the member, audited as an
 * automatic decision.
 */
export async function checkRegistryForApplication(services: AccountServices, applicationId: number): Promise<RegistryOutcome> {
  const { db, now } = services;
  const [application] = await db
    .select({
      id: verificationApplications.id,
      npi: verificationApplications.npi,
      status: verificationApplications.status,
      reviewReason: verificationApplications.reviewReason,
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      licenceState: users.licenceState,
      emailConfirmedAt: users.emailConfirmedAt,
    })
    .from(verificationApplications)
    .innerJoin(users, eq(users.id, verificationApplications.userId))
    .where(eq(verificationApplications.id, applicationId));
  if (application?.status !== "pending") throw new DomainError("NOT_FOUND", "There is no pending application with that number.");

  const lookup = await lookupNpi(application.npi, services.registry);
  if (lookup.kind === "unreachable") {
    await db
      .update(verificationApplications)
      .set({ reviewReason: application.reviewReason === "duplicate_npi" ? "duplicate_npi" : "registry_unreachable" })
      .where(eq(verificationApplications.id, applicationId));
    return "unreachable";
  }
  const evidence: NppesEvidence | null =
    lookup.kind === "found"
      ? evaluateNppesEvidence(lookup.record, { firstName: application.firstName, lastName: application.lastName, licenceState: application.licenceState ?? "" }, now)
      : null;
  const duplicate = application.reviewReason === "duplicate_npi";
  const reviewReason = duplicate ? "duplicate_npi" : evidence?.fullMatch ? null : lookup.kind === "not_found" ? "registry_not_found" : "registry_mismatch";
  const autoApprove = services.verificationMode === "auto" && evidence?.fullMatch === true && !duplicate && application.emailConfirmedAt !== null;
  const updateApplication = db
    .update(verificationApplications)
    .set({
      evidenceJson: evidence ? JSON.stringify(evidence) : JSON.stringify({ notFound: true, checkedAt: now }),
      registryCheckedAt: now,
      reviewReason,
      ...(autoApprove ? { status: "verified" as const, decidedAt: now, decisionReason: "Automatic: full NPPES match." } : {}),
    })
    .where(and(eq(verificationApplications.id, applicationId), eq(verificationApplications.status, "pending")));
  if (autoApprove) {
    await db.batch([
      updateApplication,
      // An approved member meets the first-run page (/start) on their next visit to the home page.
      db.update(users).set({ verificationStatus: "verified", npi: application.npi, verificationReason: null, firstRunDueAt: now }).where(eq(users.id, application.userId)),
      auditStatement(db, { actorId: null, action: "verification.auto_approve", targetType: "user", targetId: application.userId }, now),
      verificationNotificationStatement(db, application.userId, VERIFIED_NOTICE, now),
    ]);
  } else {
    await updateApplication;
  }
  return lookup.kind === "not_found" ? "not_found" : evidence?.fullMatch ? "matched" : "mismatch";
}

export interface VerificationQueueItem {
  applicationId: number;
  userId: number;
  pseudonym: string;
  email: string;
  firstName: string;
  lastName: string;
  npi: string;
  specialtySlug: string;
  licenceState: string | null;
  emailConfirmed: boolean;
  reviewReason: string | null;
  evidence: (NppesEvidence & { notFound?: boolean }) | null;
  registryCheckedAt: number | null;
  createdAt: number;
}

function requireAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  assertAdmin(viewer, "review verifications");
}

export interface VerificationQueuePage {
  items: VerificationQueueItem[];
  /** The opaque cursor of the next (newer) page of applications, or null on the last page. */
  nextCursor: string | null;
}

const VERIFICATION_PAGE_SIZE = 50;

/** Oldest application first, ties broken by id: a walk of verification_applications_status_idx. */
const verificationOrder: KeysetRule<{ applicationId: number; createdAt: number }> = {
  columns: [
    { expr: verificationApplications.createdAt, direction: "asc", kind: "number" },
    { expr: verificationApplications.id, direction: "asc", kind: "integer" },
  ],
  keyOf: (row) => [row.createdAt, row.applicationId],
};

/** One page of pending applications (limit + 1 rows) from `after`; built apart for the plan test. */
export function verificationQueueQuery(db: Database, options: { after?: string; limit: number }) {
  return db
    .select({
      applicationId: verificationApplications.id,
      userId: users.id,
      pseudonym: users.pseudonym,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      npi: verificationApplications.npi,
      specialtySlug: users.specialtySlug,
      licenceState: users.licenceState,
      emailConfirmedAt: users.emailConfirmedAt,
      reviewReason: verificationApplications.reviewReason,
      evidenceJson: verificationApplications.evidenceJson,
      registryCheckedAt: verificationApplications.registryCheckedAt,
      createdAt: verificationApplications.createdAt,
    })
    .from(verificationApplications)
    .innerJoin(users, eq(users.id, verificationApplications.userId))
    .where(and(eq(verificationApplications.status, "pending"), keysetAfter(verificationOrder, options.after), isNull(users.deletedAt)))
    .orderBy(...keysetOrderBy(verificationOrder))
    .limit(options.limit + 1);
}

/** Pending applications, oldest first, a page at a time, with the registry evidence beside each. Admins only. */
export async function listVerificationQueue(db: Database, viewer: Viewer | null, options: { after?: string; limit?: number } = {}): Promise<VerificationQueuePage> {
  requireAdmin(viewer);
  const limit = options.limit ?? VERIFICATION_PAGE_SIZE;
  const page = keysetPage(verificationOrder, await verificationQueueQuery(db, { after: options.after, limit }), limit);
  return {
    items: page.items.map(({ evidenceJson, emailConfirmedAt, ...row }) => ({
      ...row,
      emailConfirmed: emailConfirmedAt !== null,
      evidence: evidenceJson ? (JSON.parse(evidenceJson) as VerificationQueueItem["evidence"]) : null,
    })),
    nextCursor: page.nextCursor,
  };
}

export const verificationDecisionSchema = z
  .object({
    applicationId: z.coerce.number({ error: "Which application?" }).int().positive(),
    decision: z.enum(["approve", "reject", "recheck"], { error: "Choose approve, reject or re-check." }),
    reason: scannedText(z.string().trim().max(500, { error: "Keep the reason under 500 characters." }).optional().default("")),
    confirmNotPhi: checkbox,
  })
  .strict()
  .refine((input) => input.decision !== "reject" || input.reason.length >= 3, {
    error: "Say why the application is rejected: the applicant sees this reason.",
    path: ["reason"],
  });

/**
 * An admin's decision on an application. Rules: admins only; a rejection needs a reason, which
 * the applicant sees and which is screened for patient identifiers like any text; an NPI can belong to one verified account only; the decision, the
 * member's new status and the audit entry are written in one batch; the applicant is told by
 * mail (a mail failure does not undo the decision).
 */
export async function decideVerification(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<RegistryOutcome | null> {
  requireAdmin(viewer);
  const { db, now } = services;
  const { applicationId, decision, reason, confirmNotPhi } = parseInput(verificationDecisionSchema, input);
  // A re-check says what the registry answered, so the page can report it.
  if (decision === "recheck") return checkRegistryForApplication(services, applicationId);
  if (reason) screenForPhi({ reason }, confirmNotPhi);
  const [application] = await db
    .select({
      status: verificationApplications.status,
      npi: verificationApplications.npi,
      userId: users.id,
      email: users.email,
      pseudonym: users.pseudonym,
    })
    .from(verificationApplications)
    .innerJoin(users, eq(users.id, verificationApplications.userId))
    .where(eq(verificationApplications.id, applicationId));
  if (!application) throw new DomainError("NOT_FOUND", "There is no application with that number.");
  if (application.status !== "pending") throw new DomainError("CONFLICT", "This application was already decided.");

  if (decision === "approve") {
    const [holder] = await db.select({ id: users.id }).from(users).where(eq(users.npi, application.npi));
    if (holder && holder.id !== application.userId) {
      throw new DomainError("CONFLICT", "Another verified account already holds this NPI. Reject this application or resolve the other account first.");
    }
  }
  const verified = decision === "approve";
  await db.batch([
    db
      .update(verificationApplications)
      .set({ status: verified ? "verified" : "rejected", decidedBy: viewer.userId, decidedAt: now, decisionReason: reason || null })
      .where(and(eq(verificationApplications.id, applicationId), eq(verificationApplications.status, "pending"))),
    db
      .update(users)
      .set(
        verified
          ? { verificationStatus: "verified", npi: application.npi, verificationReason: null, firstRunDueAt: now }
          : { verificationStatus: "rejected", verificationReason: reason },
      )
      .where(eq(users.id, application.userId)),
    auditStatement(
      db,
      { actorId: viewer.userId, action: verified ? "verification.approve" : "verification.reject", targetType: "user", targetId: application.userId, reason: reason || null },
      now,
    ),
    verificationNotificationStatement(db, application.userId, verified ? VERIFIED_NOTICE : `Your verification was not approved: ${reason}`, now),
  ]);
  await sendMail(
    db,
    services.mail,
    verificationDecisionMessage({
      to: application.email,
      pseudonym: application.pseudonym,
      decision: verified ? "verified" : "rejected",
      reason: verified ? undefined : reason,
      siteUrl: services.siteUrl,
    }),
    now,
  );
  return null;
}

export interface MemberStatus {
  pseudonym: string;
  emailConfirmed: boolean;
  verificationStatus: Viewer["verificationStatus"];
  reason: string | null;
  appliedAt: number | null;
}

/** What a signed-in member sees on /status about their own account. */
export async function loadMemberStatus(db: Database, viewer: Viewer): Promise<MemberStatus> {
  const [row] = await db
    .select({
      pseudonym: users.pseudonym,
      emailConfirmedAt: users.emailConfirmedAt,
      verificationStatus: users.verificationStatus,
      reason: users.verificationReason,
      appliedAt: verificationApplications.createdAt,
    })
    .from(users)
    .leftJoin(verificationApplications, eq(verificationApplications.userId, users.id))
    .where(eq(users.id, viewer.userId))
    .orderBy(desc(verificationApplications.createdAt))
    .limit(1);
  if (!row) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return {
    pseudonym: row.pseudonym,
    emailConfirmed: row.emailConfirmedAt !== null,
    verificationStatus: row.verificationStatus,
    reason: row.reason,
    appliedAt: row.appliedAt,
  };
}
