import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { MARK_END, MARK_START } from "./marked-text";
import { SEARCH_PAGE_SIZE, type SearchInput } from "./search-input";
import type { ReferenceKey } from "../evidence/identifiers";

/**
 * The SQL of a search page, built but not run, so the caller sends it in one batch.
 *
 * A page is two ranked lists, one after the other (ADR 0032):
 * 1. **Title hits**: threads whose title holds every required term, from `search_titles` (an FTS5
 *    index of thread titles only, rowid = thread id), ranked by bm25 over all of them, up to
 *    TITLE_MATCH_CAP (then the newest threads', since thread ids follow time). Titles are a
 *    tenth of the posts and short, so even "patient" (8,762 titles of 100,000) ranks in a few ms,
 *    and a thread named for a word is found whatever the number of posts using it.
 * 2. **Post hits**: every other matching post from `search_index` (title + body, rowid = thread
 *    id × 2 or reply id × 2 + 1), ranked by bm25(10, 1) as before, over at most
 *    RANKED_MATCH_CAP matches (the highest rowids above that: the newest replies).
 * The two are disjoint: a post hit excludes, inside FTS5, a thread whose title holds the
 * required terms (`NOT {title} : (…)`), and a title hit must also match the whole query on its
 * post (a join on search_index by rowid), so exclusions ("-neonatal") apply to the body too.
 *
 * Plan (asserted by tests/integration/search/plan-and-round-trips.test.ts): in each list the FTS5
 * table is the outer loop and hands rows over already ordered by rank (`rank MATCH 'bm25(…)'` +
 * `ORDER BY rank` is sorted inside FTS5, so SQLite adds no sort step). Each hit then costs
 * primary-key lookups and the scan stops as soon as the page is full: filters and the live-state
 * check only ever look at as many hits as it takes. CROSS JOIN is SQLite's way of fixing that
 * join order, so the plan is the same whatever the filters (given a channel, the planner would
 * otherwise look the channel up before the index).
 */

/** What a search statement needs of a parsed query (query-parser.ts). */
export interface SearchMatch {
  match: string;
  requiredMatch: string;
}

/** Title matches weigh ten times body matches. */
const RANK = "bm25(10.0, 1.0)";
/** The title index has one column. */
const TITLE_RANK = "bm25()";

/**
 * At most this many matches are ranked. Ranking costs FTS5 about half a microsecond per match,
 * so a word in every other post of a large forum ("the", "patient") would cost hundreds of
 * milliseconds. Above the cap only the matches with the highest rowids are ranked: in practice
 * the newest replies, since reply rowids outrun thread rowids. docs/decisions/0011-search.md has
 * the trade-off and the measurements.
 */
export const RANKED_MATCH_CAP = 20_000;

/**
 * At most this many title hits are ranked (the newest threads' above it). At 100,000 threads the
 * commonest title words stay under it ("the": 14,434 titles; "patient": 8,762).
 */
export const TITLE_MATCH_CAP = 20_000;

/** Caps of one statement; tests pass small ones. */
export interface SearchCaps {
  posts: number;
  titles: number;
}
const DEFAULT_CAPS: SearchCaps = { posts: RANKED_MATCH_CAP, titles: TITLE_MATCH_CAP };

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
function rankedFloor(table: "search_index" | "search_titles", match: string, cap: number): SQL {
  const name = sql.raw(table);
  return sql`coalesce((select rowid from ${name} where ${name} match ${match} order by rowid desc limit 1 offset ${cap - 1}), 0)`;
}

/** The post-hit expression: the query, minus threads whose title holds its required terms. */
export function postHitMatch(query: SearchMatch): string {
  return `(${query.match}) NOT {title} : (${query.requiredMatch})`;
}

// Column expressions of "the post" a hit is: its reply when the rowid is odd, else its thread.
const isReply = sql.raw("(search_index.rowid % 2 = 1)");
const postAuthorId = sql.raw("(case when search_index.rowid % 2 = 1 then c.author_id else t.author_id end)");
const postAnonymous = sql.raw("(case when search_index.rowid % 2 = 1 then c.is_anonymous else t.is_anonymous end)");
const postCreatedAt = sql.raw("(case when search_index.rowid % 2 = 1 then c.created_at else t.created_at end)");

/** How a statement names the post a row is: its author, anonymity and creation time, and its thread's channel. */
interface PostColumns {
  authorId: SQL;
  anonymous: SQL;
  createdAt: SQL;
  channelId: SQL;
}
const threadChannel = sql.raw("t.channel_id");
const indexPost: PostColumns = { authorId: postAuthorId, anonymous: postAnonymous, createdAt: postCreatedAt, channelId: threadChannel };
/**
 * A title hit is always its thread. Its channel is read from the title index itself, so a channel
 * filter drops a hit before its thread is read.
 */
const threadPost: PostColumns = {
  authorId: sql.raw("t.author_id"),
  anonymous: sql.raw("t.is_anonymous"),
  createdAt: sql.raw("t.created_at"),
  channelId: sql.raw("search_titles.channel_id"),
};

function filters(input: SearchInput, { authorId: postAuthorId, anonymous: postAnonymous, createdAt: postCreatedAt, channelId }: PostColumns = indexPost): SQL[] {
  const list: SQL[] = [];
  if (input.channel !== undefined) list.push(sql`${channelId} = (select id from channels where slug = ${input.channel})`);
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
export function searchPageStatement(db: Database, query: SearchMatch, input: SearchInput, caps: SearchCaps = DEFAULT_CAPS) {
  // Rule (src/server/moderation/visibility.ts), checked now rather than trusted to the index:
  // only live posts in live threads. The index drops a post when it is deleted or moderated,
  // but a reply stays indexed when its thread is hidden, removed or deleted.
  const liveThread = sql`t.deleted_at is null and t.moderation_state is null`;
  const titleConditions = [
    sql`search_titles match ${query.requiredMatch}`,
    sql.raw(`search_titles.rank match '${TITLE_RANK}'`),
    sql`search_titles.rowid >= ${rankedFloor("search_titles", query.requiredMatch, caps.titles)}`,
    liveThread,
    ...filters(input, threadPost),
  ];
  const postMatch = postHitMatch(query);
  const postConditions = [
    sql`search_index match ${postMatch}`,
    sql.raw(`search_index.rank match '${RANK}'`),
    sql`search_index.rowid >= ${rankedFloor("search_index", postMatch, caps.posts)}`,
    liveThread,
    sql`(not ${isReply} or (c.deleted_at is null and c.moderation_state is null))`,
    ...filters(input),
  ];
  // Each list is a subquery ordered by its own rank; UNION ALL without an ORDER BY of its own
  // hands over the first list, then the second, and the LIMIT stops pulling once a page is full.
  return db.all<SearchRow>(sql`
    select * from (
      select
        t.id * 2 as doc,
        t.id as thread_id, t.slug as thread_slug, t.title as thread_title, t.kind as thread_kind, t.case_status as case_status,
        null as reply_id,
        t.created_at as created_at,
        ch.slug as channel_slug, ch.name as channel_name,
        t.is_anonymous as is_anonymous,
        case when t.is_anonymous = 0 then u.pseudonym end as author_pseudonym,
        u.specialty_slug as author_specialty_slug,
        u.deleted_at as author_deleted_at,
        highlight(search_titles, 0, ${MARK_START}, ${MARK_END}) as title_marked,
        snippet(search_index, 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as body_marked
      from search_titles
      cross join threads t on t.id = search_titles.rowid
      cross join search_index on search_index.rowid = t.id * 2 and search_index match ${query.match}
      cross join channels ch on ch.id = t.channel_id
      left join users u on u.id = t.author_id
      where ${sql.join(titleConditions, sql` and `)}
      order by search_titles.rank
    )
    union all
    select * from (
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
      where ${sql.join(postConditions, sql` and `)}
      order by search_index.rank
    )
    limit ${SEARCH_PAGE_SIZE + 1} offset ${(input.page - 1) * SEARCH_PAGE_SIZE}`);
}

// The post a citation row is: its reply when comment_id is set, else its thread.
const citingPost: PostColumns = {
  authorId: sql.raw("(case when pc.comment_id is not null then c.author_id else t.author_id end)"),
  anonymous: sql.raw("(case when pc.comment_id is not null then c.is_anonymous else t.is_anonymous end)"),
  createdAt: sql.raw("pc.cited_at"),
  channelId: threadChannel,
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

/**
 * Whether more posts (or titles) match than are ranked: the page says so, and suggests another
 * word. Title hits are ranked over every matching title below TITLE_MATCH_CAP.
 */
export function cappedStatement(db: Database, query: SearchMatch, caps: SearchCaps = DEFAULT_CAPS) {
  return db.all<{ capped: number }>(
    sql`select (${rankedFloor("search_index", postHitMatch(query), caps.posts)} > 0 or ${rankedFloor("search_titles", query.requiredMatch, caps.titles)} > 0) as capped`,
  );
}
