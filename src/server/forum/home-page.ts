import { asc } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { readBatch, singleShape } from "../db/read-shape";
import { channels } from "../db/schema";
import { firstRunDueShape } from "../onboarding/first-run";
import { anonymityGroupsShape, toAnonymityGroups } from "./anonymity-groups";
import { feedRead, parseFeedCursor, toFeedPage, type FeedPage, type FeedQuery, type TopPeriod } from "./feeds";

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
  /** The member was approved and has not finished or skipped the first-run page: send them there. */
  firstRunDue: boolean;
}

/** The columns of a ChannelSummary, for the home page's list and a channel page's header. */
export const channelSummaryColumns = {
  slug: channels.slug,
  name: channels.name,
  description: channels.description,
  threadCount: channels.threadCount,
  lastActivityAt: channels.lastActivityAt,
};

const channelListShape = singleShape((db) => db.select(channelSummaryColumns).from(channels).orderBy(asc(channels.position)));

/**
 * The front page: every channel and the cross-channel feed, in one database round trip, and
 * whether the member still has the first-run page ahead of them (onboarding/first-run.ts).
 */
export async function loadHomePage(db: Database, viewer: Viewer | null, query: FeedQuery, now: number): Promise<HomePage> {
  const cursor = parseFeedCursor(query.after);
  const viewerId = viewer?.userId ?? -1;
  const [channelRows, feedRows, groupRows, firstRunRows] = await readBatch(db, [
    channelListShape().bind({}),
    feedRead({ sort: query.sort, cursor, period: query.period, now, viewerId }),
    anonymityGroupsShape().bind({}),
    // A primary-key read in the same batch: the first-run check costs no round trip of its own.
    firstRunDueShape().bind({ viewerId }),
  ]);
  return {
    channels: channelRows,
    feed: toFeedPage(feedRows, toAnonymityGroups(groupRows), viewer, now),
    sort: query.sort,
    period: query.period ?? "all",
    firstRunDue: firstRunRows[0]?.firstRunDueAt != null,
  };
}
