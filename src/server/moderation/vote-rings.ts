import { and, desc, eq, sql, type SQLWrapper } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, users, voteRingReports } from "../db/schema";
import { DomainError } from "../errors";
import { auditStatementIf, type AuditEntry } from "./audit-log";
import { assertMayModerate } from "./permissions";
import { findSuspiciousEdges, type CellSource } from "./vote-ring-counts";
import { buildRingEvidence, parseRingEvidence, type RingEvidence } from "./vote-ring-evidence";
import { findMutualPairs, findRingGroups, type RingGroup } from "./vote-ring-graph";

/**
 * Vote rings: groups of accounts that upvote each other far above their base rate. A daily job
 * (src/server/jobs) raises them as reports; global moderators and admins review them. The method
 * and its thresholds: docs/decisions/0008-vote-ring-signal.md.
 */

export const VOTE_RING_DETECTED = "vote_ring_detected";
export const VOTE_RING_DISMISSED = "vote_ring_dismissed";
export const VOTE_RING_ACTIONED = "vote_ring_actioned";

const REPORT_TARGET = "vote_ring_report" satisfies AuditEntry["targetType"];
const DAY = 24 * 3600_000;

export const voteRingDefaults = {
  /** Long enough for a slow ring to add up, short enough that old friendships fade out. */
  windowMs: 90 * DAY,
  minVotes: 5,
  minLift: 5,
} as const;

export type VoteRingOptions = Partial<{
  windowMs: number;
  minVotes: number;
  minLift: number;
  /**
   * Where the upvote counts come from: "recount" reads the window's votes (the default: repair,
   * tests, any `now`); "rolling" reads the counts the daily job keeps (vote-ring-job.ts, ADR
   * 0031), which are the window ending at the job's last `now`. Same analysis either way.
   */
  counts: "recount" | "rolling";
}>;

export interface VoteRingRun {
  suspiciousEdges: number;
  mutualPairs: number;
  groups: number;
  newReportIds: number[];
  /** Open reports of the same group whose evidence was brought up to date. */
  refreshedReportIds: number[];
  /** Groups left alone: already reviewed, or every account already named together in one report. */
  alreadyKnown: number;
}

/**
 * Finds vote rings in the window ending at `now` and records them. Rules: one report per group
 * (the unique member_ids); a group that was reviewed (dismissed or actioned) is never raised
 * again, nor is any group all of whose accounts one earlier report already names together; an
 * open report of the same group gets fresh evidence instead of a twin. Each new report and its
 * audit row (actor null, "vote_ring_detected") are written in one batch; a run that finds
 * nothing new writes no audit row.
 */
export async function detectVoteRings(db: Database, now: number, options: VoteRingOptions = {}): Promise<VoteRingRun> {
  const { windowMs, minVotes, minLift } = { ...voteRingDefaults, ...options };
  const windowStart = now - windowMs;
  const source: CellSource = options.counts === "rolling" ? { from: "pairs" } : { from: "votes", since: windowStart };
  const edges = await findSuspiciousEdges(db, source, { minVotes, minLift });
  const pairs = findMutualPairs(edges);
  const groups = findRingGroups(pairs);
  const run: VoteRingRun = { suspiciousEdges: edges.length, mutualPairs: pairs.length, groups: groups.length, newReportIds: [], refreshedReportIds: [], alreadyKnown: 0 };
  if (groups.length === 0) return run;

  // Every report, all statuses: rings are rare, so this stays a small read.
  const reports = (await db.select({ id: voteRingReports.id, memberIds: voteRingReports.memberIds, status: voteRingReports.status }).from(voteRingReports)).map((report) => ({
    ...report,
    members: new Set(report.memberIds.split(",").map(Number)),
  }));
  const evidenceOf = (group: RingGroup, earlierReportIds: number[]) =>
    JSON.stringify(buildRingEvidence(group, { computedAt: now, windowStart, minVotes, minLift, earlierReportIds }));

  const statements: BatchItem<"sqlite">[] = [];
  const inserted: number[] = [];
  const refreshed: number[] = [];
  for (const group of groups) {
    const memberIds = group.memberIds.join(",");
    const same = reports.find((report) => report.memberIds === memberIds);
    if (same) {
      if (same.status !== "open") {
        run.alreadyKnown += 1;
        continue;
      }
      refreshed.push(statements.length);
      statements.push(
        db
          .update(voteRingReports)
          .set({ evidenceJson: evidenceOf(group, earlierReportsOf(reports, group, same.id)) })
          .where(and(eq(voteRingReports.id, same.id), eq(voteRingReports.status, "open")))
          .returning({ id: voteRingReports.id }),
      );
      continue;
    }
    if (reports.some((report) => group.memberIds.every((id) => report.members.has(id)))) {
      run.alreadyKnown += 1;
      continue;
    }
    inserted.push(statements.length);
    statements.push(
      db
        .insert(voteRingReports)
        .values({ memberIds, evidenceJson: evidenceOf(group, earlierReportsOf(reports, group)), status: "open", detectedAt: now })
        // A concurrent run may have written the same group first: then this one adds nothing.
        .onConflictDoNothing({ target: voteRingReports.memberIds })
        .returning({ id: voteRingReports.id }),
      detectedAuditStatement(db, memberIds, `${group.memberIds.length} accounts, ${group.pairs.length} mutual pairs`, now),
    );
  }
  if (statements.length === 0) return run;

  const [first, ...rest] = statements;
  // A batch of mixed statements: each result is read back at the index its statement was pushed.
  const results = (await db.batch([first!, ...rest])) as unknown[];
  const idsAt = (indexes: number[]) => indexes.flatMap((index) => (results[index] as { id: number }[]).map((row) => row.id));
  run.newReportIds = idsAt(inserted);
  run.refreshedReportIds = idsAt(refreshed);
  run.alreadyKnown += inserted.length - run.newReportIds.length + refreshed.length - run.refreshedReportIds.length;
  return run;
}

function earlierReportsOf(reports: { id: number; members: Set<number> }[], group: RingGroup, except?: number): number[] {
  return reports
    .filter((report) => report.id !== except && group.memberIds.some((id) => report.members.has(id)))
    .map((report) => report.id)
    .sort((a, b) => a - b);
}

/**
 * The "vote_ring_detected" audit row for the report this run inserted. The report's id exists
 * only inside the batch, so the row is an insert…select keyed on the group and this run's
 * detected_at, and never a second row for the same report: when a concurrent run wrote the
 * group (and its audit row) first, it selects nothing.
 */
function detectedAuditStatement(db: Database, memberIds: string, reason: string, now: number) {
  return db.insert(auditLog).select((qb) =>
    qb
      .select({
        id: sql<null>`null`.as("id"),
        actorId: sql<null>`null`.as("actor_id"),
        action: sql<string>`${VOTE_RING_DETECTED}`.as("action"),
        targetType: sql<string>`${REPORT_TARGET}`.as("target_type"),
        targetId: sql<number>`${voteRingReports.id}`.as("target_id"),
        reason: sql<string>`${reason}`.as("reason"),
        createdAt: sql<number>`${now}`.as("created_at"),
      })
      .from(voteRingReports)
      .where(
        and(
          eq(voteRingReports.memberIds, memberIds),
          eq(voteRingReports.detectedAt, now),
          // Once per report even if two runs share a clock (a retried cron invocation).
          sql`not exists (select 1 from ${auditLog} where ${auditLog.targetType} = ${REPORT_TARGET} and ${auditLog.targetId} = ${voteRingReports.id} and ${auditLog.action} = ${VOTE_RING_DETECTED})`,
        ),
      ),
  );
}

export interface RingMemberView {
  userId: number;
  /** Null for a deleted account, shown as "former member". */
  pseudonym: string | null;
  display: string;
  role: Viewer["role"];
  accountStatus: Viewer["verificationStatus"];
  suspendedUntil: number | null;
}

export interface RingReportView {
  id: number;
  detectedAt: number;
  members: RingMemberView[];
  /** Null when the stored evidence cannot be read (written by another version). */
  evidence: RingEvidence | null;
}

/** Open reports at most; the queue shows the newest first. */
const QUEUE_LIMIT = 100;

/**
 * `member_ids` as a comma-fenced list contains the id: exact, so 1 never matches 12. The cast
 * matters: the libSQL client binds JS numbers as REAL, which would concatenate as "12.0".
 */
const namesAccount = (memberIds: SQLWrapper, userId: SQLWrapper | number) => sql`instr(',' || ${memberIds} || ',', ',' || cast(${userId} as integer) || ',') > 0`;

/**
 * The open vote-ring reports with their members' pseudonyms, newest first, in one round trip.
 * Rules: global moderators and admins only; a report that names the viewer is left to their
 * colleagues (moderators never act on themselves).
 */
export async function listOpenRingReports(db: Database, viewer: Viewer | null): Promise<RingReportView[]> {
  assertMayModerate(viewer, "review_rings");
  const visible = and(eq(voteRingReports.status, "open"), sql`not ${namesAccount(voteRingReports.memberIds, viewer.userId)}`);
  const [reportRows, memberRows] = await db.batch([
    db
      .select({ id: voteRingReports.id, memberIds: voteRingReports.memberIds, evidenceJson: voteRingReports.evidenceJson, detectedAt: voteRingReports.detectedAt })
      .from(voteRingReports)
      .where(visible)
      .orderBy(desc(voteRingReports.detectedAt), desc(voteRingReports.id))
      .limit(QUEUE_LIMIT),
    db
      .select({
        userId: users.id,
        pseudonym: users.pseudonym,
        role: users.role,
        accountStatus: users.verificationStatus,
        suspendedUntil: users.suspendedUntil,
        deletedAt: users.deletedAt,
      })
      .from(users)
      .where(sql`exists (select 1 from ${voteRingReports} where ${visible} and ${namesAccount(voteRingReports.memberIds, users.id)})`),
  ]);
  const members = new Map(
    memberRows.map((row) => {
      const deleted = row.deletedAt !== null;
      const view: RingMemberView = {
        userId: row.userId,
        pseudonym: deleted ? null : row.pseudonym,
        display: deleted ? "former member" : row.pseudonym,
        role: row.role,
        accountStatus: row.accountStatus,
        suspendedUntil: row.suspendedUntil,
      };
      return [row.userId, view];
    }),
  );
  return reportRows.map((row) => ({
    id: row.id,
    detectedAt: row.detectedAt,
    members: row.memberIds.split(",").map((id) => members.get(Number(id)) ?? goneMember(Number(id))),
    evidence: parseRingEvidence(row.evidenceJson),
  }));
}

/** An account row removed outright (not the usual soft delete): still listed, as a former member. */
function goneMember(userId: number): RingMemberView {
  return { userId, pseudonym: null, display: "former member", role: "member", accountStatus: "banned", suspendedUntil: null };
}

export const RING_RESOLUTIONS = ["dismissed", "actioned"] as const;
export type RingResolution = (typeof RING_RESOLUTIONS)[number];

/** The moderator's form: which report, and whether it was dismissed or acted on. */
export const resolveRingReportSchema = z
  .object({
    reportId: z.coerce.number({ error: "Which report?" }).int({ error: "Which report?" }).positive({ error: "Which report?" }),
    resolution: z.enum(RING_RESOLUTIONS, { error: 'Choose "dismissed" or "actioned".' }),
  })
  .strict();

/**
 * Closes an open vote-ring report as dismissed (not a ring) or actioned (moderators acted on the
 * accounts, through their own audited actions). Rules: global moderators and admins only; never
 * a report that names the viewer; only an open report, once — the audit row and the status
 * change share one batch and the same "still open" condition, so of two racing moderators one
 * wins and one is told it was already resolved. A closed group is never raised again.
 */
export async function resolveRingReport(
  db: Database,
  viewer: Viewer | null,
  reportId: number,
  resolution: RingResolution,
  now: number,
): Promise<{ id: number; status: RingResolution }> {
  assertMayModerate(viewer, "review_rings", [], now);
  if (!Number.isSafeInteger(reportId) || reportId <= 0) throw noSuchReport();
  if (!RING_RESOLUTIONS.includes(resolution)) throw new DomainError("INVALID", 'Choose "dismissed" or "actioned".', { resolution: 'Choose "dismissed" or "actioned".' });

  const [report] = await db.select({ memberIds: voteRingReports.memberIds, status: voteRingReports.status }).from(voteRingReports).where(eq(voteRingReports.id, reportId));
  if (!report) throw noSuchReport();
  if (report.memberIds.split(",").map(Number).includes(viewer.userId)) {
    throw new DomainError("FORBIDDEN", "This report names your own account: another moderator must review it.");
  }
  if (report.status !== "open") throw alreadyResolved();

  const stillOpen = and(eq(voteRingReports.id, reportId), eq(voteRingReports.status, "open"));
  const action = resolution === "dismissed" ? VOTE_RING_DISMISSED : VOTE_RING_ACTIONED;
  const [, updated] = await db.batch([
    auditStatementIf(db, { actorId: viewer.userId, action, targetType: REPORT_TARGET, targetId: reportId }, now, sql`select 1 from ${voteRingReports} where ${stillOpen}`),
    db.update(voteRingReports).set({ status: resolution, resolvedBy: viewer.userId, resolvedAt: now }).where(stillOpen).returning({ id: voteRingReports.id }),
  ]);
  if (updated.length === 0) throw alreadyResolved();
  return { id: reportId, status: resolution };
}

const noSuchReport = () => new DomainError("NOT_FOUND", "There is no such vote-ring report.");
const alreadyResolved = () => new DomainError("CONFLICT", "This vote-ring report was already resolved.");
