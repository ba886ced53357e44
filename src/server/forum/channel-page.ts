import { and, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { readBatch, shapeFamily, singleShape, slot } from "../db/read-shape";
import { channels, threads } from "../db/schema";
import { channelFollowStateQuery } from "../follow/follows";
import { liveThread } from "../moderation/visibility";
import { DomainError } from "../errors";
import { anonymityGroupsShape, toAnonymityGroups } from "./anonymity-groups";
import { channelIdBySlug, feedRead, parseFeedCursor, toFeedPage, type FeedPage, type FeedQuery, type TopPeriod } from "./feeds";
import { channelSummaryColumns, type ChannelSummary } from "./home-page";

export interface ChannelPage {
  channel: ChannelSummary;
  feed: FeedPage;
  /** Threads moderators pinned, newest pin first; on the first page only. */
  pinned: { id: number; title: string; slug: string }[];
  /** Whether the viewer follows this channel. */
  following: boolean;
  sort: FeedQuery["sort"];
  period: TopPeriod;
}

const PINNED_LIMIT = 5;

/** A channel's live pinned threads, newest pin first, through the partial pinned index. */
export function pinnedThreadsQuery(db: Database, channelId: SQL, laterPage: boolean) {
  return (
    db
      .select({ id: threads.id, title: threads.title, slug: threads.slug })
      .from(threads)
      .where(and(sql`${threads.channelId} = ${channelId}`, isNotNull(threads.pinnedAt), liveThread()))
      .orderBy(desc(threads.pinnedAt))
      // Later pages show no pins; a limit of 0 keeps the same index plan (a constant-false WHERE
      // made SQLite plan a scan with a sort step, even though it returned nothing).
      .limit(laterPage ? 0 : PINNED_LIMIT)
  );
}

// The page's statements as read shapes (db/read-shape.ts): text built once per isolate, with the
// channel's slug (and the viewer) as slots.
const channelShape = singleShape((db) =>
  db
    .select(channelSummaryColumns)
    .from(channels)
    .where(eq(channels.slug, slot("channelSlug"))),
);
const pinnedShape = shapeFamily(
  (laterPage: boolean) => String(laterPage),
  (db, laterPage) => pinnedThreadsQuery(db, channelIdBySlug(slot("channelSlug")), laterPage),
);
const followShape = singleShape((db) => channelFollowStateQuery(db, slot("viewerId"), slot("channelSlug")));

/**
 * One channel's feed, with its pinned threads on the first page. The channel is looked up by slug inside the feed query (a subquery), so
 * the page costs one round trip, not "find channel, then its threads".
 */
export async function loadChannelPage(db: Database, viewer: Viewer | null, channelSlug: string, query: FeedQuery, now: number): Promise<ChannelPage> {
  const cursor = parseFeedCursor(query.after);
  const values = { channelSlug, viewerId: viewer?.userId ?? -1 };
  const [channelRows, feedRows, pinnedRows, followRows, groupRows] = await readBatch(db, [
    channelShape().bind(values),
    feedRead({ channelSlug, sort: query.sort, cursor, period: query.period, now, viewerId: values.viewerId }),
    pinnedShape(cursor !== undefined).bind(values),
    followShape().bind(values),
    anonymityGroupsShape().bind({}),
  ]);
  const channel = channelRows[0];
  if (!channel) throw new DomainError("NOT_FOUND", "There is no channel at this address.");
  return {
    channel,
    feed: toFeedPage(feedRows, toAnonymityGroups(groupRows), viewer, now),
    pinned: pinnedRows,
    following: followRows.length > 0,
    sort: query.sort,
    period: query.period ?? "all",
  };
}
