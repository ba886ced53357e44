import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { evidenceReferences, postCitations } from "../db/schema";
import type { ReferenceKey } from "./identifiers";
import { linkReferencesInHtml } from "./link-references";

/** The post whose citations are written: ids may be subqueries of the same batch (a new post). */
export interface CitingPost {
  threadId: SQL | number;
  /** Null for the thread's own body. */
  commentId: SQL | number | null;
  /** The post's created_at (kept on edits: "first cited" is when the post was written). */
  citedAt: number;
}

/** The works a post's stored HTML cites, first-cited first (renderMarkdown has linked them). */
export function citedReferences(bodyHtml: string): ReferenceKey[] {
  return linkReferencesInHtml(bodyHtml).references;
}

/**
 * Statements for the posting batch: a pending reference row for every work not seen before (the
 * cache is shared, so a known work costs no fetch) and one citation per work, in the post's order.
 * `onlyIf` (a select) makes the citations conditional, as an edit's own write is.
 */
export function citationStatements(db: Database, keys: readonly ReferenceKey[], post: CitingPost, now: number, onlyIf?: SQL): BatchItem<"sqlite">[] {
  const statements: BatchItem<"sqlite">[] = [];
  keys.forEach((key, position) => {
    statements.push(
      db.insert(evidenceReferences).values({ kind: key.kind, identifier: key.identifier, state: "pending", createdAt: now }).onConflictDoNothing(),
      db.run(sql`insert into ${postCitations} (thread_id, comment_id, reference_id, position, cited_at)
        select ${post.threadId}, ${post.commentId}, ${evidenceReferences.id}, ${position}, ${post.citedAt} from ${evidenceReferences}
        where ${evidenceReferences.kind} = ${key.kind} and ${evidenceReferences.identifier} = ${key.identifier}${onlyIf ? sql` and exists (${onlyIf})` : sql``}`),
    );
  });
  return statements;
}

/**
 * An edit: the post's citations become exactly those of its new text, only if the edit itself is
 * saved (`onlyIf`, the edit's own condition), in the edit's batch.
 */
export function replaceCitationStatements(db: Database, keys: readonly ReferenceKey[], post: CitingPost & { threadId: number }, now: number, onlyIf: SQL): BatchItem<"sqlite">[] {
  const own =
    post.commentId === null
      ? and(eq(postCitations.threadId, post.threadId), isNull(postCitations.commentId))
      : and(eq(postCitations.threadId, post.threadId), eq(postCitations.commentId, post.commentId));
  return [db.delete(postCitations).where(and(own, sql`exists (${onlyIf})`)), ...citationStatements(db, keys, post, now, onlyIf)];
}
