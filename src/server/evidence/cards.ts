import { asc, eq, sql } from "drizzle-orm";
import { singleShape, slot } from "../db/read-shape";
import { evidenceReferences, postCitations } from "../db/schema";
import { referenceLabel, referenceUrl, type ReferenceKind } from "./identifiers";

/** One cited work as a reader sees it, from the shared reference cache. */
export interface EvidenceCard {
  referenceId: number;
  kind: ReferenceKind;
  /** "PMID 12345678", "doi:10.1056/…", "NCT04381936". */
  label: string;
  /** PubMed, doi.org or ClinicalTrials.gov. */
  url: string;
  /** False while the source has not described it (pending, or not found): a plain link only. */
  described: boolean;
  title: string | null;
  firstAuthor: string | null;
  journal: string | null;
  year: number | null;
  retracted: boolean;
  corrected: boolean;
}

/**
 * Every citation of a thread with its cached metadata, thread body first, then replies in the
 * order they were written, each post's works in its own order: read in the thread page's one
 * batch, so a card filled in later, or a retraction found by the job, shows without re-rendering
 * any post.
 */
export const threadCitationsShape = singleShape((db) =>
  db
    .select({
      commentId: postCitations.commentId,
      referenceId: evidenceReferences.id,
      kind: evidenceReferences.kind,
      identifier: evidenceReferences.identifier,
      state: evidenceReferences.state,
      title: evidenceReferences.title,
      firstAuthor: evidenceReferences.firstAuthor,
      journal: evidenceReferences.journal,
      year: evidenceReferences.year,
      retracted: evidenceReferences.retracted,
      corrected: evidenceReferences.corrected,
    })
    .from(postCitations)
    .innerJoin(evidenceReferences, eq(evidenceReferences.id, postCitations.referenceId))
    .where(eq(postCitations.threadId, slot("threadId")))
    .orderBy(asc(postCitations.citedAt), sql`${postCitations.commentId} is not null`, asc(postCitations.commentId), asc(postCitations.position)),
);

export type CitationRow = {
  commentId: number | null;
  referenceId: number;
  kind: ReferenceKind;
  identifier: string;
  state: "pending" | "found" | "not_found";
  title: string | null;
  firstAuthor: string | null;
  journal: string | null;
  year: number | null;
  retracted: boolean;
  corrected: boolean;
};

export function toCard(row: CitationRow): EvidenceCard {
  const key = { kind: row.kind, identifier: row.identifier };
  const described = row.state === "found";
  return {
    referenceId: row.referenceId,
    kind: row.kind,
    label: referenceLabel(key),
    url: referenceUrl(key),
    described,
    title: described ? row.title : null,
    firstAuthor: described ? row.firstAuthor : null,
    journal: described ? row.journal : null,
    year: described ? row.year : null,
    retracted: described && row.retracted,
    corrected: described && row.corrected,
  };
}

export interface ThreadEvidence {
  /** Cards of the thread's own body. */
  threadCards: EvidenceCard[];
  /** Cards of each reply, by reply id. */
  replyCards: Map<number, EvidenceCard[]>;
  /** The thread's "References": every work cited by a post the viewer can read, first-cited first, once. */
  references: EvidenceCard[];
}

/**
 * Splits a thread's citations by post. `readable` says whether the viewer may read a post's text
 * (null: the thread body); a withheld post's citations are neither shown nor listed.
 */
export function toThreadEvidence(rows: readonly CitationRow[], readable: (commentId: number | null) => boolean): ThreadEvidence {
  const threadCards: EvidenceCard[] = [];
  const replyCards = new Map<number, EvidenceCard[]>();
  const references: EvidenceCard[] = [];
  const listed = new Set<number>();
  for (const row of rows) {
    if (!readable(row.commentId)) continue;
    const card = toCard(row);
    if (row.commentId === null) threadCards.push(card);
    else {
      const list = replyCards.get(row.commentId);
      if (list) list.push(card);
      else replyCards.set(row.commentId, [card]);
    }
    if (!listed.has(card.referenceId)) {
      listed.add(card.referenceId);
      references.push(card);
    }
  }
  return { threadCards, replyCards, references };
}
