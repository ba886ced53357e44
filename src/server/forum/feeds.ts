import { and, desc, eq, isNotNull, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { unionAll } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import type { Database } from "../db/client";
import { shapeFamily, slot, type BoundRead } from "../db/read-shape";
import { channels, threadReads, threads, topBucketOf, users } from "../db/schema";
import type { AnonymityGroups } from "./anonymity-groups";
import { authorColumns, describeAuthor, type AuthorLabel } from "./author";
import { decodeCursor, encodeCursor, type FeedCursor } from "./cursor";
import { readStateOf, type ReadState } from "./read-positions";

export const feedSorts = ["hot", "new", "top", "unsolved", "scored"] as const;
export type FeedSort = (typeof feedSorts)[number];

/** Windows of the top feed; "all" has none. */
export const topPeriods = { day: 1, week: 7, month: 30, year: 365, all: 0 } as const;
export type TopPeriod = keyof typeof topPeriods;

export const FEED_PAGE_SIZE = 25;

/** Query-string input of every feed page; unknown values get a readable INVALID error. */
export const feedQuerySchema = z
  .object({
    sort: z.enum(feedSorts, { error: "Sort must be hot, new, top, unsolved or scored." }).default("hot"),
    period: z.enum(Object.keys(topPeriods) as [TopPeriod, ...TopPeriod[]], { error: "The period must be day, week, month, year or all." }).default("all"),
    after: unscannedText(z.string().max(200, { error: "That page link is too long." }), "a page cursor Rounds wrote itself").optional(),
  })
  .strict();
/** A parsed feed query; `period` only matters for "top" and defaults to "all". */
export type FeedQuery = Omit<z.infer<typeof feedQuerySchema>, "period"> & { period?: TopPeriod };

export interface FeedItem {
  id: number;
  title: string;
  slug: string;
  kind: "discussion" | "case" | "poll";
  score: number;
  commentCount: number;
  createdAt: number;
  channel: { slug: string; name: string };
  author: AuthorLabel;
  /** Plain text of the body's start (≤ 160 characters); "" before the backfill reached it. */
  excerpt: string;
  /** Whether the viewer has read it and how many replies came since (read-positions.ts). */
  read: ReadState;
  /** Differentials (ADR 0025): a solved, scored case's collective top diagnosis; else null. */
  topDiagnosis: string | null;
}

export interface FeedPage {
  items: FeedItem[];
  /** Cursor for the next (older / lower-ranked) page, or null on the last page. */
  nextCursor: string | null;
}

const sortColumns = {
  hot: threads.hotRank,
  new: threads.createdAt,
  top: threads.score,
  unsolved: threads.createdAt,
  scored: threads.createdAt,
} as const;

/**
 * Builds the feed query without running it, so page loaders can put it in the same batch as
 * their other reads. Rules: keyset pagination on (sort key, id) descending, walking the matching
 * index (no sort step, whatever the forum's size); one extra row tells whether another page
 * exists; deleted threads never appear. "unsolved" lists unsolved cases, newest first ("scored":
 * solved cases with scored differentials).
 *
 * "top" within a period (ADR 0032) lists exactly the threads created in the last `days` days,
 * by score. Threads are bucketed by whole periods since the epoch (`created_at / period`, an
 * expression index per period: schema.ts topBucketOf). The window [now − period, now] is all of
 * the current bucket and the newer part of the previous one, so the statement is two index walks
 * (current bucket; previous bucket from `since`) that SQLite merges in (score, id) order
 * (MERGE (UNION ALL)): no sort step, and at most one period's threads are passed over, never the
 * forum's older high scorers.
 */
export function feedQuery(
  db: Database,
  options: {
    channelId?: SQL | number;
    sort: FeedSort;
    cursor?: FeedCursor | { key: SQLWrapper; id: SQLWrapper };
    limit?: number;
    period?: TopPeriod;
    now?: number;
    /** The top period's start as a slot (read shapes); otherwise derived from `now`. */
    since?: SQLWrapper;
    /** The top period's current bucket as a slot (read shapes); otherwise derived from `now`. */
    bucket?: SQLWrapper;
    /** The bucket before it, as a slot (read shapes); otherwise derived from `now`. */
    previousBucket?: SQLWrapper;
    /**
     * The viewer (-1 for a visitor): joins their read position of each listed thread, one
     * lookup on thread_reads' primary key per row.
     */
    viewerId?: SQLWrapper | number;
  },
) {
  const sortColumn = sortColumns[options.sort];
  const limit = options.limit ?? FEED_PAGE_SIZE;
  // Deleted threads and threads under moderation (hidden, pending review, removed) never appear.
  const conditions: SQL[] = [isNull(threads.deletedAt), isNull(threads.moderationState)];
  if (options.channelId !== undefined) conditions.push(eq(threads.channelId, options.channelId as number));
  if (options.sort === "unsolved") conditions.push(eq(threads.caseStatus, "unsolved"));
  // Differentials (ADR 0025): solved cases whose differentials were scored, newest first.
  if (options.sort === "scored") conditions.push(eq(threads.caseStatus, "solved"), isNotNull(threads.topDiagnosis));
  if (options.cursor) {
    conditions.push(sql`(${sortColumn}, ${threads.id}) < (${options.cursor.key}, ${options.cursor.id})`);
  }
  const viewerId = options.viewerId ?? -1;
  const select = (extra: SQL[]) =>
    db
      .select({
        // Aliased: a compound statement's ORDER BY names its result columns.
        id: sql<number>`${threads.id}`.as("feed_id"),
        title: threads.title,
        slug: threads.slug,
        kind: threads.kind,
        score: threads.score,
        commentCount: threads.commentCount,
        createdAt: threads.createdAt,
        lastActivityAt: threads.lastActivityAt,
        authorId: threads.authorId,
        excerpt: threads.excerpt,
        isAnonymous: threads.isAnonymous,
        topDiagnosis: threads.topDiagnosis,
        sortKey: sql<number>`${sortColumn}`.as("feed_sort_key"),
        channelSlug: channels.slug,
        channelName: channels.name,
        readCommentCount: threadReads.commentCount,
        ...authorColumns,
      })
      .from(threads)
      .innerJoin(channels, eq(channels.id, threads.channelId))
      .leftJoin(users, eq(users.id, threads.authorId))
      .leftJoin(threadReads, and(eq(threadReads.userId, viewerId as number), eq(threadReads.threadId, threads.id)))
      .where(and(...conditions, ...extra));

  const days = options.sort === "top" ? topPeriods[options.period ?? "all"] : 0;
  if (days === 0)
    return select([])
      .orderBy(desc(sortColumn), desc(threads.id))
      .limit(limit + 1);
  const now = options.now ?? 0;
  const bucket = topBucketOf(days);
  return unionAll(
    select([eq(bucket, options.bucket ?? topBucketAt(days, now))]),
    // Unary plus: `since` filters the bucket's walk and is never an index range of its own
    // (by creation time, which would need a sort by score).
    select([eq(bucket, options.previousBucket ?? topBucketAt(days, now) - 1), sql`+${threads.createdAt} >= ${options.since ?? topPeriodStart(days, now)}`]),
  )
    .orderBy(desc(sql.identifier("feed_sort_key")), desc(sql.identifier("feed_id")))
    .limit(limit + 1);
}

const DAY_MS = 24 * 3600_000;
const topPeriodStart = (days: number, now: number) => now - days * DAY_MS;
/** The bucket `now` falls in: whole periods since the epoch, as topBucketOf computes in SQL. */
const topBucketAt = (days: number, now: number) => Math.floor(now / (days * DAY_MS));

/** A channel's id from its slug, inside the statement, so a channel page needs no lookup first. */
export function channelIdBySlug(slug: SQLWrapper | string): SQL {
  return sql`(select ${channels.id} from ${channels} where ${channels.slug} = ${slug})`;
}

interface FeedVariant {
  sort: FeedSort;
  inChannel: boolean;
  after: boolean;
  /** The top period (its bucket size is part of the statement's text); "all" when none. */
  period: TopPeriod;
}

/** The feed query's few shapes, as SQL text built once per isolate (db/read-shape.ts). */
const feedShape = shapeFamily(
  (variant: FeedVariant) => `${variant.sort}:${variant.inChannel}:${variant.after}:${variant.period}`,
  (db, variant) =>
    feedQuery(db, {
      sort: variant.sort,
      channelId: variant.inChannel ? channelIdBySlug(slot("channelSlug")) : undefined,
      cursor: variant.after ? { key: slot("cursorKey"), id: slot("cursorId") } : undefined,
      // A period with a window: its start and buckets are slots.
      period: variant.period,
      since: slot("since"),
      bucket: slot("bucket"),
      previousBucket: slot("previousBucket"),
      viewerId: slot("viewerId"),
    }),
);

/**
 * The feed as one read of a page's batch (readBatch), the same statement as feedQuery gives for
 * these options. `channelSlug` limits it to one channel, looked up inside the statement.
 */
export function feedRead(options: { channelSlug?: string; sort: FeedSort; cursor?: FeedCursor; period?: TopPeriod; now: number; viewerId: number }): BoundRead<FeedRow> {
  const period: TopPeriod = options.sort === "top" ? (options.period ?? "all") : "all";
  const days = topPeriods[period];
  const shape = feedShape({ sort: options.sort, inChannel: options.channelSlug !== undefined, after: options.cursor !== undefined, period });
  const bucket = days > 0 ? topBucketAt(days, options.now) : 0;
  return shape.bind({
    channelSlug: options.channelSlug,
    cursorKey: options.cursor?.key,
    cursorId: options.cursor?.id,
    since: topPeriodStart(days, options.now),
    bucket,
    previousBucket: bucket - 1,
    viewerId: options.viewerId,
  });
}

type FeedRow = Awaited<ReturnType<typeof feedQuery>>[number];

/**
 * `groups` from anonymityGroupsQuery in the same batch: anonymous authors show their group.
 * `viewer` (null for a visitor) and `now` decide what counts as unread (read-positions.ts).
 */
export function toFeedPage(rows: FeedRow[], groups: AnonymityGroups, viewer: { userId: number } | null, now: number, limit = FEED_PAGE_SIZE): FeedPage {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      kind: row.kind,
      score: row.score,
      commentCount: row.commentCount,
      createdAt: row.createdAt,
      channel: { slug: row.channelSlug, name: row.channelName },
      author: describeAuthor(row, groups),
      excerpt: row.excerpt ?? "",
      read: readStateOf(row, viewer, now),
      topDiagnosis: row.topDiagnosis,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

export function parseFeedCursor(after: string | undefined): FeedCursor | undefined {
  return after === undefined || after === "" ? undefined : decodeCursor(after);
}
