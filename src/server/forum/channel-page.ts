import { and, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels, threads } from "../db/schema";
import { channelFollowStateQuery } from "../follow/follows";
import { liveThread } from "../moderation/visibility";
import { DomainError } from "../errors";
import { anonymityGroupsQuery, toAnonymityGroups } from "./anonymity-groups";
import { feedQuery, parseFeedCursor, toFeedPage, type FeedPage, type FeedQuery, type TopPeriod } from "./feeds";
import type { ChannelSummary } from "./home-page";

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
  return db
    .select({ id: threads.id, title: threads.title, slug: threads.slug })
    .from(threads)
    .where(and(sql`${threads.channelId} = ${channelId}`, isNotNull(threads.pinnedAt), liveThread()))
    .orderBy(desc(threads.pinnedAt))
    // Later pages show no pins; a limit of 0 keeps the same index plan (a constant-false WHERE
    // made SQLite plan a scan with a sort step, even though it returned nothing).
    .limit(laterPage ? 0 : PINNED_LIMIT);
}

/**
 * One channel's feed, with its pinned threads on the first page. The channel is looked up by slug inside the feed query (a subquery), so
 * the page costs one round trip, not "find channel, then its threads".
 */
export async function loadChannelPage(
  db: Database,
  viewer: Viewer | null,
  channelSlug: string,
  query: FeedQuery,
  now: number,
): Promise<ChannelPage> {
  const cursor = parseFeedCursor(query.after);
  const channelId = sql`(select ${channels.id} from ${channels} where ${channels.slug} = ${channelSlug})`;
  const [channelRows, feedRows, pinnedRows, followRows, groupRows] = await db.batch([
    db
      .select({
        slug: channels.slug,
        name: channels.name,
        description: channels.description,
        threadCount: channels.threadCount,
        lastActivityAt: channels.lastActivityAt,
      })
      .from(channels)
      .where(eq(channels.slug, channelSlug)),
    feedQuery(db, { channelId, sort: query.sort, cursor, period: query.period, now }),
    pinnedThreadsQuery(db, channelId, cursor !== undefined),
    channelFollowStateQuery(db, viewer?.userId ?? -1, channelSlug),
    anonymityGroupsQuery(db),
  ]);
  const channel = channelRows[0];
  if (!channel) throw new DomainError("NOT_FOUND", "There is no channel at this address.");
  return { channel, feed: toFeedPage(feedRows, toAnonymityGroups(groupRows)), pinned: pinnedRows, following: followRows.length > 0, sort: query.sort, period: query.period ?? "all" };
}
