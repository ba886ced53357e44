import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { DomainError } from "../errors";
import { anonymityGroupsQuery, toAnonymityGroups, type AnonymityGroups } from "../forum/anonymity-groups";
import { describeAuthor, type AuthorLabel } from "../forum/author";
import { assertVerifiedMember } from "../forum/posting-rules";
import { parseInput } from "../validation";
import { markedTextToHtml } from "./marked-text";
import { parseSearchQuery } from "./query-parser";
import { SEARCH_PAGE_SIZE, searchInputSchema } from "./search-input";
import { snippetAsText } from "./snippet-text";
import { cappedStatement, citationSearchStatement, searchPageStatement, type SearchRow } from "./search-statements";
import { referenceInQuery, referenceLabel } from "../evidence/identifiers";

export interface SearchResult {
  type: "thread" | "reply";
  threadId: number;
  /** Set for a reply. */
  replyId: number | null;
  /** The exact post: the thread, or the reply's anchor in it. */
  url: string;
  /** The thread's title as escaped HTML; for a thread hit, matches are in <mark>. */
  titleHtml: string;
  /** A window of the post's text as escaped HTML with matches in <mark> (markdown shown as typed). */
  snippetHtml: string;
  threadKind: "discussion" | "case" | "poll";
  caseStatus: "unsolved" | "solved" | null;
  channel: { slug: string; name: string };
  author: AuthorLabel;
  createdAt: number;
}

export interface SearchPage {
  results: SearchResult[];
  page: number;
  hasMore: boolean;
  /** More posts matched than search ranks: the results come from the newest of them. */
  capped: boolean;
  /** Set when the query was one identifier: the results are the posts citing that work ("PMID 123"). */
  citing?: string;
}

/**
 * The parser is meant to make FTS5 syntax errors impossible (fuzzed against a real FTS5 table).
 * Should one get through anyway, it is the member's search that FTS5 could not read, not a
 * server failure: INVALID, and never the error's text, which quotes what was typed (errors that
 * reach the generic handler are logged, and searches are never logged).
 */
function refuseFtsError(error: unknown): never {
  if (error instanceof Error && /fts5/i.test(error.message)) {
    throw new DomainError("INVALID", UNREADABLE_SEARCH, { q: UNREADABLE_SEARCH });
  }
  throw error;
}
const UNREADABLE_SEARCH = "Rounds could not read that search. Try plain words, with quotation marks only around a phrase.";

function toResult(row: SearchRow, groups: AnonymityGroups): SearchResult {
  const threadPath = `/t/${row.thread_id}/${row.thread_slug}`;
  const isReply = row.reply_id !== null;
  return {
    type: isReply ? "reply" : "thread",
    threadId: row.thread_id,
    replyId: row.reply_id,
    url: isReply ? `${threadPath}#reply-${row.reply_id}` : threadPath,
    // A reply's index row has an empty title: its thread's title is shown, without marks.
    titleHtml: markedTextToHtml(isReply ? row.thread_title : row.title_marked),
    snippetHtml: markedTextToHtml(snippetAsText(row.body_marked)),
    threadKind: row.thread_kind,
    caseStatus: row.case_status,
    channel: { slug: row.channel_slug, name: row.channel_name },
    author: describeAuthor(
      {
        isAnonymous: Number(row.is_anonymous) === 1,
        authorPseudonym: row.author_pseudonym,
        authorSpecialtySlug: row.author_specialty_slug,
        authorDeletedAt: row.author_deleted_at,
        createdAt: Number(row.created_at),
      },
      groups,
    ),
    createdAt: Number(row.created_at),
  };
}

/**
 * Full-text search over live threads and replies, for verified members. Rules: hidden, pending,
 * removed and deleted posts never appear, nor do replies of a thread that is; anonymous posts are
 * found by their words but never by their author, and show only their group's label (ADR 0014);
 * results are ranked by bm25 with titles above bodies, 20 a page. A query that is exactly one
 * PMID, DOI or NCT number finds the posts citing that work instead, newest first, under the same
 * visibility and filter rules. One database round trip.
 * The query text is never logged.
 */
export async function searchForum(db: Database, viewer: Viewer | null, rawInput: unknown, _now: number): Promise<SearchPage> {
  assertVerifiedMember(viewer);
  const input = parseInput(searchInputSchema, rawInput);
  // A query that is exactly a PMID, DOI or NCT number finds the posts citing that work.
  const cited = referenceInQuery(input.q);
  if (cited) {
    const [rows, groupRows] = await db.batch([citationSearchStatement(db, cited, input), anonymityGroupsQuery(db)]);
    const groups = toAnonymityGroups(groupRows);
    return {
      results: rows.slice(0, SEARCH_PAGE_SIZE).map((row) => toResult(row, groups)),
      page: input.page,
      hasMore: rows.length > SEARCH_PAGE_SIZE,
      capped: false,
      citing: referenceLabel(cited),
    };
  }
  const query = parseSearchQuery(input.q);
  const [rows, cap, groupRows] = await db.batch([searchPageStatement(db, query, input), cappedStatement(db, query), anonymityGroupsQuery(db)]).catch(refuseFtsError);
  const groups = toAnonymityGroups(groupRows);
  return {
    results: rows.slice(0, SEARCH_PAGE_SIZE).map((row) => toResult(row, groups)),
    page: input.page,
    hasMore: rows.length > SEARCH_PAGE_SIZE,
    capped: Number(cap[0]?.capped ?? 0) === 1,
  };
}
