import { and, asc, eq, isNull, type SQLWrapper } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { singleShape, slot } from "../db/read-shape";
import { differentials, users } from "../db/schema";
import type { AnonymityGroups } from "../forum/anonymity-groups";
import { authorColumns, describeAuthor, type AuthorLabel } from "../forum/author";
import { collectiveDifferential, parseItems, parseJson, type CollectiveLine, type DifferentialItem } from "./collective";
import { othersDifferentialsVisible } from "./visibility";

/** Every current differential of a case with its author's columns; built for a page's batch. */
export function caseDifferentialsQuery(db: Database, threadId: number | SQLWrapper) {
  return db
    .select({
      id: differentials.id,
      authorId: differentials.authorId,
      isAnonymous: differentials.isAnonymous,
      items: differentials.items,
      version: differentials.version,
      createdAt: differentials.createdAt,
      brier: differentials.brier,
      correctRank: differentials.correctRank,
      scoredAt: differentials.scoredAt,
      ...authorColumns,
    })
    .from(differentials)
    .leftJoin(users, eq(users.id, differentials.authorId))
    .where(and(eq(differentials.threadId, threadId), isNull(differentials.supersededAt)))
    .orderBy(asc(differentials.createdAt), asc(differentials.id));
}

/** caseDifferentialsQuery as a read shape (db/read-shape.ts); slot "threadId". */
export const caseDifferentialsShape = singleShape((db) => caseDifferentialsQuery(db, slot("threadId")));

export type CaseDifferentialRow = Awaited<ReturnType<typeof caseDifferentialsQuery>>[number];

/** The case's own state that the view needs (from case_details and threads). */
export interface CaseState {
  solved: boolean;
  authorId: number | null;
  locked: boolean;
  finalDiagnosis: string | null;
  diagnosisMerges: string | null;
  matchingKeys: string | null;
  scoredAt: number | null;
}

export interface OwnDifferential {
  items: DifferentialItem[];
  version: number;
  anonymous: boolean;
  score: { brier: number; correctRank: number | null } | null;
}

export interface DifferentialsView {
  /** How many members have submitted one: everyone may see this. */
  count: number;
  /** Whether the viewer sees the others' differentials (visibility.ts). */
  visible: boolean;
  own: OwnDifferential | null;
  /** Only when visible: the merged diagnoses, most probable first. */
  collective: CollectiveLine[] | null;
  /** Only when visible: each differential with its author label (anonymous ones show their group only). */
  others: { author: AuthorLabel; items: DifferentialItem[] }[] | null;
  /** The viewer may submit or revise (a member, not the case's author, case open). */
  canSubmit: boolean;
  finalDiagnosis: string | null;
  matchingKeys: string[];
  merges: Record<string, string>;
  scored: boolean;
}

/**
 * What the viewer may see of a case's differentials. The blindness rule is
 * othersDifferentialsVisible; until it holds, nothing of another member's differential leaves
 * this function (only the count).
 */
export function toDifferentialsView(rows: readonly CaseDifferentialRow[], state: CaseState, viewer: Viewer | null, groups: AnonymityGroups): DifferentialsView {
  const ownRow = viewer ? rows.find((row) => row.authorId === viewer.userId) : undefined;
  const visible = viewer !== null && othersDifferentialsVisible({ viewerHasSubmitted: ownRow !== undefined, caseSolved: state.solved });
  const merges = parseJson<Record<string, string>>(state.diagnosisMerges, {});
  const own: OwnDifferential | null = ownRow
    ? {
        items: parseItems(ownRow.items),
        version: ownRow.version,
        anonymous: ownRow.isAnonymous,
        score: ownRow.scoredAt !== null && ownRow.brier !== null ? { brier: ownRow.brier, correctRank: ownRow.correctRank } : null,
      }
    : null;
  return {
    count: rows.length,
    visible,
    own,
    collective: visible
      ? collectiveDifferential(
          rows.map((row) => parseItems(row.items)),
          merges,
        ).lines
      : null,
    others: visible ? rows.filter((row) => row !== ownRow).map((row) => ({ author: describeAuthor(row, groups), items: parseItems(row.items) })) : null,
    canSubmit: viewer !== null && !state.solved && !state.locked && state.authorId !== viewer.userId,
    finalDiagnosis: state.solved ? state.finalDiagnosis : null,
    matchingKeys: state.solved ? parseJson<string[]>(state.matchingKeys, []) : [],
    merges,
    scored: state.solved && state.scoredAt !== null,
  };
}
