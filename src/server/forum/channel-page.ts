import { eq, sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels } from "../db/schema";
import { DomainError } from "../errors";
import { feedQuery, parseFeedCursor, toFeedPage, type FeedPage, type FeedQuery, type TopPeriod } from "./feeds";
import type { ChannelSummary } from "./home-page";

export interface ChannelPage {
  channel: ChannelSummary;
  feed: FeedPage;
  sort: FeedQuery["sort"];
  period: TopPeriod;
}

/**
 * One channel's feed. The channel is looked up by slug inside the feed query (a subquery), so
 * the page costs one round trip, not "find channel, then its threads".
 */
export async function loadChannelPage(
  db: Database,
  _viewer: Viewer | null,
  channelSlug: string,
  query: FeedQuery,
  now: number,
): Promise<ChannelPage> {
  const cursor = parseFeedCursor(query.after);
  const channelId = sql`(select ${channels.id} from ${channels} where ${channels.slug} = ${channelSlug})`;
  const [channelRows, feedRows] = await db.batch([
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
  ]);
  const channel = channelRows[0];
  if (!channel) throw new DomainError("NOT_FOUND", "There is no channel at this address.");
  return { channel, feed: toFeedPage(feedRows), sort: query.sort, period: query.period ?? "all" };
}
