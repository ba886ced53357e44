import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { MARK_END, MARK_START } from "./marked-text";
import { SEARCH_PAGE_SIZE, type SearchInput } from "./search-input";
import type { ReferenceKey } from "../evidence/identifiers";

/**
 * The SQL of a search page, built but not run, so the caller sends it in one batch.
 *
 * Plan (asserted by tests/integration/search/plan-and-round-trips.test.ts): the FTS5 table is the outer
 * loop, and it hands rows over already ordered by rank (`rank MATCH 'bm25(…)'` + `ORDER BY rank`
 * is sorted inside FTS5, so SQLite adds no sort step). Each hit then costs two primary-key
 * lookups (the reply, if it is one, and its thread) and the scan stops as soon as the page is
 * full: filters and the live-state check only ever look at as many hits as it takes. CROSS JOIN
 * is SQLite's way of fixing that join order, so the plan is the same whatever the filters (given
 * a channel, the planner would otherwise look the channel up before the index).
 *
 * Index rowids: thread id × 2, reply id × 2 + 1 (migration 0006).
 */

/** Title matches weigh ten times body matches. */
const RANK = "bm25(10.0, 1.0)";

/**
 * At most this many matches are ranked. Ranking costs FTS5 about half a microsecond per match,
 * so a word in every other post of a large forum ("the", "patient") would cost hundreds of
 * milliseconds. Above the cap only the matches with the highest rowids are ranked: in practice
 * the newest replies, since reply rowids outrun thread rowids. docs/decisions/0011-search.md has
 * the trade-off and the measurements.
 */
export const RANKED_MATCH_CAP = 20_000;

/** Tokens of context snippet() keeps around the best match (64 is FTS5's maximum). */
const SNIPPET_TOKENS = 28;

export interface SearchRow {
  doc: number;
  thread_id: number;
  thread_slug: string;
  thread_title: string;
  thread_kind: "discussion" | "case" | "poll";
  case_status: "unsolved" | "solved" | null;
  reply_id: number | null;
  created_at: number;
  channel_slug: string;
  channel_name: string;
  is_anonymous: number;
  /** Null for anonymous posts: the pseudonym never leaves the database for them. */
  author_pseudonym: string | null;
  author_specialty_slug: string | null;
  author_deleted_at: number | null;
  /** The indexed title with match markers ("" for a reply). */
  title_marked: string;
  /** A window of the body around the best match, with match markers. */
  body_marked: string;
}

/** The rowid below which matches are not ranked: the cap-th highest matching rowid, or 0. */
function rankedFloor(match: string, cap: number): SQL {
  return sql`coalesce((select rowid from search_index where search_index match ${match} order by rowid desc limit 1 offset ${cap - 1}), 0)`;
}

// Column expressions of "the post" a hit is: its reply when the rowid is odd, else its thread.
const isReply = sql.raw("(search_index.rowid % 2 = 1)");
const postAuthorId = sql.raw("(case when search_index.rowid % 2 = 1 then c.author_id else t.author_id end)");
const postAnonymous = sql.raw("(case when search_index.rowid % 2 = 1 then c.is_anonymous else t.is_anonymous end)");
const postCreatedAt = sql.raw("(case when search_index.rowid % 2 = 1 then c.created_at else t.created_at end)");

/** How a statement names the post a row is: its author, anonymity and creation time. */
interface PostColumns {
  authorId: SQL;
  anonymous: SQL;
  createdAt: SQL;
}
const indexPost: PostColumns = { authorId: postAuthorId, anonymous: postAnonymous, createdAt: postCreatedAt };

function filters(input: SearchInput, { authorId: postAuthorId, anonymous: postAnonymous, createdAt: postCreatedAt }: PostColumns = indexPost): SQL[] {
  const list: SQL[] = [];
  if (input.channel !== undefined) list.push(sql`t.channel_id = (select id from channels where slug = ${input.channel})`);
  if (input.kind !== undefined) list.push(sql`t.kind = ${input.kind}`);
  if (input.solved !== undefined) list.push(sql`t.case_status = ${input.solved === "yes" ? "solved" : "unsolved"}`);
  // Rule: a post is found by its author only when it is signed. Anonymous posts are searchable
  // by their words, never by who wrote them.
  if (input.author !== undefined) {
    list.push(sql`${postAnonymous} = 0`);
    list.push(sql`${postAuthorId} = (select id from users where lower(pseudonym) = lower(${input.author}) and deleted_at is null)`);
  }
  if (input.fromMs !== undefined) list.push(sql`${postCreatedAt} >= ${input.fromMs}`);
  if (input.untilMs !== undefined) list.push(sql`${postCreatedAt} < ${input.untilMs}`);
  return list;
}

/** One page of hits (one row more than a page, to tell whether another page exists). */
export function searchPageStatement(db: Database, match: string, input: SearchInput, cap = RANKED_MATCH_CAP) {
  const conditions = [
    sql`search_index match ${match}`,
    sql.raw(`search_index.rank match '${RANK}'`),
    sql`search_index.rowid >= ${rankedFloor(match, cap)}`,
    // Rule (src/server/moderation/visibility.ts), checked now rather than trusted to the index:
    // only live posts in live threads. The index drops a post when it is deleted or moderated,
    // but a reply stays indexed when its thread is hidden, removed or deleted.
    sql`t.deleted_at is null and t.moderation_state is null`,
    sql`(not ${isReply} or (c.deleted_at is null and c.moderation_state is null))`,
    ...filters(input),
  ];
  return db.all<SearchRow>(sql`
    select
      search_index.rowid as doc,
      t.id as thread_id, t.slug as thread_slug, t.title as thread_title, t.kind as thread_kind, t.case_status as case_status,
      case when ${isReply} then c.id end as reply_id,
      ${postCreatedAt} as created_at,
      ch.slug as channel_slug, ch.name as channel_name,
      ${postAnonymous} as is_anonymous,
      case when ${postAnonymous} = 0 then u.pseudonym end as author_pseudonym,
      u.specialty_slug as author_specialty_slug,
      u.deleted_at as author_deleted_at,
      highlight(search_index, 0, ${MARK_START}, ${MARK_END}) as title_marked,
      snippet(search_index, 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as body_marked
    from search_index
    left join comments c on ${isReply} and c.id = (search_index.rowid - 1) / 2
    cross join threads t on t.id = case when ${isReply} then c.thread_id else search_index.rowid / 2 end
    cross join channels ch on ch.id = t.channel_id
    left join users u on u.id = ${postAuthorId}
    where ${sql.join(conditions, sql` and `)}
    order by search_index.rank
    limit ${SEARCH_PAGE_SIZE + 1} offset ${(input.page - 1) * SEARCH_PAGE_SIZE}`);
}

// The post a citation row is: its reply when comment_id is set, else its thread.
const citingPost: PostColumns = {
  authorId: sql.raw("(case when pc.comment_id is not null then c.author_id else t.author_id end)"),
  anonymous: sql.raw("(case when pc.comment_id is not null then c.is_anonymous else t.is_anonymous end)"),
  createdAt: sql.raw("pc.cited_at"),
};

/**
 * One page of the live posts citing one work (a PMID, DOI or NCT number typed as the whole
 * query), newest first, in the same row shape as a text search. The plan walks
 * post_citations_reference_idx (reference, cited_at) backwards; each hit costs primary-key lookups.
 * The snippet is the start of the post's text (there is no match to centre on).
 */
export function citationSearchStatement(db: Database, key: ReferenceKey, input: SearchInput) {
  const isCitingReply = sql.raw("(pc.comment_id is not null)");
  const conditions = [
    sql`pc.reference_id = (select id from evidence_references where kind = ${key.kind} and identifier = ${key.identifier})`,
    sql`t.deleted_at is null and t.moderation_state is null`,
    sql`(not ${isCitingReply} or (c.deleted_at is null and c.moderation_state is null))`,
    ...filters(input, citingPost),
  ];
  return db.all<SearchRow>(sql`
    select
      pc.id as doc,
      t.id as thread_id, t.slug as thread_slug, t.title as thread_title, t.kind as thread_kind, t.case_status as case_status,
      pc.comment_id as reply_id,
      ${citingPost.createdAt} as created_at,
      ch.slug as channel_slug, ch.name as channel_name,
      ${citingPost.anonymous} as is_anonymous,
      case when ${citingPost.anonymous} = 0 then u.pseudonym end as author_pseudonym,
      u.specialty_slug as author_specialty_slug,
      u.deleted_at as author_deleted_at,
      case when ${isCitingReply} then '' else t.title end as title_marked,
      substr(case when ${isCitingReply} then c.body_source else t.body_source end, 1, 240) as body_marked
    from post_citations pc
    left join comments c on c.id = pc.comment_id
    cross join threads t on t.id = pc.thread_id
    cross join channels ch on ch.id = t.channel_id
    left join users u on u.id = ${citingPost.authorId}
    where ${sql.join(conditions, sql` and `)}
    order by pc.cited_at desc, pc.id desc
    limit ${SEARCH_PAGE_SIZE + 1} offset ${(input.page - 1) * SEARCH_PAGE_SIZE}`);
}

/** Whether more posts match than are ranked (the page says so, and suggests another word). */
export function cappedStatement(db: Database, match: string, cap = RANKED_MATCH_CAP) {
  return db.all<{ capped: number }>(sql`select ${rankedFloor(match, cap)} > 0 as capped`);
}
