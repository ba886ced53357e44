import { and, eq, or, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { evidenceReferences } from "../db/schema";
import type { ReferenceKey, ReferenceKind } from "./identifiers";
import { lookupPmids, PMIDS_PER_REQUEST } from "./pubmed-client";
import { lookupReference, type EvidenceSources } from "./sources";
import type { SourceLookup } from "./work-metadata";

/** How many lookups run at once: NCBI allows 3 requests a second without an API key. */
const CONCURRENCY = 3;

export interface ReferenceRow {
  id: number;
  kind: ReferenceKind;
  identifier: string;
  state: "pending" | "found" | "not_found";
  retracted: boolean;
}

export interface ResolveOutcome {
  id: number;
  lookup: SourceLookup;
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Asks each row's source, a few requests at a time, every request bounded by its own timeout:
 * PMIDs go to PubMed in lists of up to 20 per request, DOIs and NCT numbers one per request.
 * Outcomes come back in the order of `rows`.
 */
export async function lookUpRows(rows: readonly ReferenceRow[], sources: EvidenceSources): Promise<ResolveOutcome[]> {
  const pmidRows = rows.filter((row) => row.kind === "pmid");
  const pmidChunks: string[][] = [];
  for (let start = 0; start < pmidRows.length; start += PMIDS_PER_REQUEST) pmidChunks.push(pmidRows.slice(start, start + PMIDS_PER_REQUEST).map((row) => row.identifier));
  const others = rows.filter((row) => row.kind !== "pmid");
  type Task = { kind: "pmids"; pmids: string[] } | { kind: "one"; row: ReferenceRow };
  const tasks: Task[] = [...pmidChunks.map((pmids) => ({ kind: "pmids" as const, pmids })), ...others.map((row) => ({ kind: "one" as const, row }))];
  const byPmid = new Map<string, SourceLookup>();
  const byId = new Map<number, SourceLookup>();
  await mapLimited(tasks, CONCURRENCY, async (task) => {
    if (task.kind === "pmids") for (const [pmid, lookup] of await lookupPmids(task.pmids, sources)) byPmid.set(pmid, lookup);
    else byId.set(task.row.id, await lookupReference(task.row, sources));
  });
  return rows.map((row) => ({ id: row.id, lookup: (row.kind === "pmid" ? byPmid.get(row.identifier) : byId.get(row.id))! }));
}

/**
 * What a source's answer does to a reference row. Rules: found fills the card and sets the
 * retraction and correction flags as the source says now (`retracted_at` keeps the first time it
 * was seen); not found marks only a row never found before (a source forgetting a work it knew
 * is more likely its glitch than the work vanishing); trouble counts a failure and changes nothing
 * else, so the plain link stays and the job tries again.
 */
export function applyLookupStatement(db: Database, outcome: ResolveOutcome, now: number) {
  const row = eq(evidenceReferences.id, outcome.id);
  const { lookup } = outcome;
  switch (lookup.kind) {
    case "found":
      return db
        .update(evidenceReferences)
        .set({
          state: "found",
          ...lookup.work,
          retractedAt: lookup.work.retracted ? sql`coalesce(${evidenceReferences.retractedAt}, ${now})` : null,
          checkedAt: now,
          failures: 0,
        })
        .where(row);
    case "not_found":
      return db
        .update(evidenceReferences)
        .set({ state: sql`case when ${evidenceReferences.state} = 'found' then 'found' else 'not_found' end`, checkedAt: now, failures: 0 })
        .where(row);
    case "unreachable":
      return db
        .update(evidenceReferences)
        .set({ failures: sql`${evidenceReferences.failures} + 1` })
        .where(row);
  }
}

/**
 * Fills the pending reference rows of the works a post just cited: run after the answer was
 * sent (waitUntil), so the member never waits for PubMed, Crossref or ClinicalTrials.gov. A
 * work already cached is not asked again; whatever fails stays pending for the daily job.
 */
export async function resolvePendingReferences(db: Database, keys: readonly ReferenceKey[], sources: EvidenceSources, now: number): Promise<ResolveOutcome[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({
      id: evidenceReferences.id,
      kind: evidenceReferences.kind,
      identifier: evidenceReferences.identifier,
      state: evidenceReferences.state,
      retracted: evidenceReferences.retracted,
    })
    .from(evidenceReferences)
    .where(and(eq(evidenceReferences.state, "pending"), or(...keys.map((key) => and(eq(evidenceReferences.kind, key.kind), eq(evidenceReferences.identifier, key.identifier))))));
  if (rows.length === 0) return [];
  const outcomes = await lookUpRows(rows, sources);
  const [first, ...rest] = outcomes.map((outcome) => applyLookupStatement(db, outcome, now));
  if (first) await db.batch([first, ...rest]);
  return outcomes;
}
