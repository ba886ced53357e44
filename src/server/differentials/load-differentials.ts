import { and, eq } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { caseDetails, threads } from "../db/schema";
import { DomainError } from "../errors";
import { anonymityGroupsQuery, toAnonymityGroups } from "../forum/anonymity-groups";
import { assertVerifiedMember } from "../forum/posting-rules";
import { liveThread } from "../moderation/visibility";
import { caseDifferentialsQuery, toDifferentialsView, type DifferentialsView } from "./case-view";

/**
 * A case's differentials for the API, in one round trip, under the same blindness rule as the
 * case page (toDifferentialsView → othersDifferentialsVisible). Verified members only; a case
 * that is deleted or under moderation is not found.
 */
export async function loadCaseDifferentials(db: Database, viewer: Viewer | null, threadId: number): Promise<DifferentialsView> {
  assertVerifiedMember(viewer);
  const [thread, details, rows, groupRows] = await db.batch([
    db
      .select({ kind: threads.kind, authorId: threads.authorId, caseStatus: threads.caseStatus, lockedAt: threads.lockedAt })
      .from(threads)
      .where(and(eq(threads.id, threadId), liveThread())),
    db.select().from(caseDetails).where(eq(caseDetails.threadId, threadId)),
    caseDifferentialsQuery(db, threadId),
    anonymityGroupsQuery(db),
  ]);
  const target = thread[0];
  const detail = details[0];
  if (target?.kind !== "case" || !detail) throw new DomainError("NOT_FOUND", "This case does not exist or is no longer available.");
  return toDifferentialsView(
    rows,
    { ...detail, solved: target.caseStatus === "solved", authorId: target.authorId, locked: target.lockedAt !== null },
    viewer,
    toAnonymityGroups(groupRows),
  );
}
