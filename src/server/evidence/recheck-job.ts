import { asc, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { evidenceReferences, postCitations } from "../db/schema";
import { referenceLabel } from "./identifiers";
import { applyLookupStatement, lookUpRows, type ReferenceRow } from "./resolve";
import type { EvidenceSources } from "./sources";

/** Works cited within this window are re-checked: a retraction years later still matters to readers. */
export const RECHECK_WINDOW_MS = 2 * 365 * 24 * 3600_000;
/** A described work is asked again at most this often (the job is daily; a little slack for clock drift). */
const RECHECK_AFTER_MS = 20 * 3600_000;
/** A pending work is given up (plain link for good) after this many failed attempts in a row. */
export const MAX_FAILURES = 7;
/**
 * Works asked per run. Cloudflare's Free plan allows 50 subrequests per invocation (database
 * requests included); least recently checked first, so a larger cache is covered over several days.
 */
export const RECHECK_BATCH = 40;

export interface EvidenceRecheckRun {
  checked: number;
  described: number;
  /** Works the job found retracted that Rounds had not seen retracted before. */
  newlyRetracted: number;
  unreachable: number;
  /** Whether every due work was checked (false: more are left for the next run). */
  complete: boolean;
}

/**
 * The daily evidence job. Rules: it fills works still pending (failed at posting time) and
 * re-checks works cited in the last two years, least recently checked first; a work newly seen
 * retracted notifies the author of every live post citing it, once (the notification is written
 * in the same batch as the flag, only while `retracted_at` is still empty, so a second run or a
 * concurrent one never notifies again); trouble with a source changes nothing but the failure
 * count. Summaries hold counts only.
 */
export async function recheckReferences(db: Database, sources: EvidenceSources, now: number, limit = RECHECK_BATCH): Promise<EvidenceRecheckRun> {
  const citedRecently = sql`exists (select 1 from ${postCitations} where ${postCitations.referenceId} = ${evidenceReferences.id} and ${postCitations.citedAt} >= ${now - RECHECK_WINDOW_MS})`;
  const cited = sql`exists (select 1 from ${postCitations} where ${postCitations.referenceId} = ${evidenceReferences.id})`;
  const due = sql`((${evidenceReferences.state} = 'pending' and ${evidenceReferences.failures} < ${MAX_FAILURES} and ${cited})
    or (${evidenceReferences.state} != 'pending' and ${citedRecently} and (${evidenceReferences.checkedAt} is null or ${evidenceReferences.checkedAt} < ${now - RECHECK_AFTER_MS})))`;
  const rows = await db
    .select({
      id: evidenceReferences.id,
      kind: evidenceReferences.kind,
      identifier: evidenceReferences.identifier,
      state: evidenceReferences.state,
      retracted: evidenceReferences.retracted,
      retractedAt: evidenceReferences.retractedAt,
    })
    .from(evidenceReferences)
    .where(due)
    .orderBy(sql`${evidenceReferences.checkedAt} is not null`, asc(evidenceReferences.checkedAt), asc(evidenceReferences.id))
    .limit(limit + 1);
  const batch = rows.slice(0, limit);
  const outcomes = await lookUpRows(batch, sources);
  const statements: BatchItem<"sqlite">[] = [];
  let newlyRetracted = 0;
  outcomes.forEach((outcome, index) => {
    const row = batch[index]!;
    const { lookup } = outcome;
    if (lookup.kind === "found" && lookup.work.retracted && row.retractedAt === null) {
      newlyRetracted++;
      statements.push(...retractionNoticeStatements(db, row, lookup.work.title, now));
    }
    statements.push(applyLookupStatement(db, outcome, now));
  });
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return {
    checked: outcomes.length,
    described: outcomes.filter((outcome) => outcome.lookup.kind === "found").length,
    newlyRetracted,
    unreachable: outcomes.filter((outcome) => outcome.lookup.kind === "unreachable").length,
    complete: rows.length <= limit,
  };
}

/**
 * One "retraction" notification per live post citing the work, to its author (live, verified
 * members only), written only while the work has no `retracted_at` yet; the detail names the work
 * (its identifier and title), never anything a member wrote.
 */
function retractionNoticeStatements(db: Database, row: Pick<ReferenceRow, "id" | "kind" | "identifier">, title: string | null, now: number): BatchItem<"sqlite">[] {
  const label = referenceLabel(row);
  const detail = title ? `${label}, “${title.length > 200 ? `${title.slice(0, 199)}…` : title}”` : label;
  const notYetSeen = sql`exists (select 1 from ${evidenceReferences} where ${evidenceReferences.id} = ${row.id} and ${evidenceReferences.retractedAt} is null)`;
  const liveMember = (column: string) => sql.raw(`${column} in (select id from users where deleted_at is null and verification_status = 'verified')`);
  return [
    db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, detail, created_at)
      select t.author_id, 'retraction', t.id, null, ${detail}, ${now} from post_citations c join threads t on t.id = c.thread_id
      where c.reference_id = ${row.id} and c.comment_id is null and t.deleted_at is null and t.author_id is not null and ${liveMember("t.author_id")} and ${notYetSeen}`),
    db.run(sql`insert into notifications (user_id, kind, thread_id, comment_id, detail, created_at)
      select r.author_id, 'retraction', r.thread_id, r.id, ${detail}, ${now} from post_citations c join comments r on r.id = c.comment_id
      where c.reference_id = ${row.id} and r.deleted_at is null and r.author_id is not null and ${liveMember("r.author_id")} and ${notYetSeen}`),
  ];
}
