import { asc } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { channels } from "../db/schema";
import { anonymityGroupsQuery, toAnonymityGroups } from "./anonymity-groups";
import { feedQuery, parseFeedCursor, toFeedPage, type FeedPage, type FeedQuery, type TopPeriod } from "./feeds";

export interface ChannelSummary {
  slug: string;
  name: string;
  description: string;
  threadCount: number;
  lastActivityAt: number | null;
}

export interface HomePage {
  channels: ChannelSummary[];
  feed: FeedPage;
  sort: FeedQuery["sort"];
  period: TopPeriod;
}

/** The front page: every channel and the cross-channel feed, in one database round trip. */
export async function loadHomePage(db: Database, _viewer: Viewer | null, query: FeedQuery, now: number): Promise<HomePage> {
  const cursor = parseFeedCursor(query.after);
  const [channelRows, feedRows, groupRows] = await db.batch([
    db
      .select({
        slug: channels.slug,
        name: channels.name,
        description: channels.description,
        threadCount: channels.threadCount,
        lastActivityAt: channels.lastActivityAt,
      })
      .from(channels)
      .orderBy(asc(channels.position)),
    feedQuery(db, { sort: query.sort, cursor, period: query.period, now }),
    anonymityGroupsQuery(db),
  ]);
  return { channels: channelRows, feed: toFeedPage(feedRows, toAnonymityGroups(groupRows)), sort: query.sort, period: query.period ?? "all" };
}
