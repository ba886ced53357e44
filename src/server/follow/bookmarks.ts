import { and, desc, eq, lt, sql, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { bookmarks, channels, threads } from "../db/schema";
import { DomainError } from "../errors";
import { assertVerifiedMember } from "../forum/posting-rules";
import { liveThread } from "../moderation/visibility";
import { parseInput } from "../validation";

export const bookmarkSchema = z
  .object({
    threadId: z.coerce.number({ error: "Which thread?" }).int().positive({ error: "Which thread?" }),
    bookmarked: z.union([z.boolean(), z.enum(["true", "false"])], { error: "Bookmark or remove?" }).transform((value) => value === true || value === "true"),
  })
  .strict();

/** Saves a thread to (or removes it from) the member's bookmarks. Only threads members can see. */
export async function setBookmark(db: Database, viewer: Viewer | null, input: unknown, now: number): Promise<{ bookmarked: boolean }> {
  assertVerifiedMember(viewer);
  const { threadId, bookmarked } = parseInput(bookmarkSchema, input);
  if (bookmarked) {
    const [thread] = await db
      .select({ id: threads.id })
      .from(threads)
      .where(and(eq(threads.id, threadId), liveThread()));
    if (!thread) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
    await db.insert(bookmarks).values({ userId: viewer.userId, threadId, createdAt: now }).onConflictDoNothing();
  } else {
    await db.delete(bookmarks).where(and(eq(bookmarks.userId, viewer.userId), eq(bookmarks.threadId, threadId)));
  }
  return { bookmarked };
}

export interface BookmarkItem {
  threadId: number;
  title: string;
  slug: string;
  channel: { slug: string; name: string };
  savedAt: number;
}

const PAGE_SIZE = 50;

/**
 * The member's bookmarks, newest first, one round trip. A thread hidden, removed or deleted
 * since it was saved drops out of the list (the bookmark row stays, so it returns if restored).
 */
export async function loadBookmarks(db: Database, viewer: Viewer | null, before?: number): Promise<{ items: BookmarkItem[]; nextBefore: number | null }> {
  assertVerifiedMember(viewer);
  const rows = await db
    .select({ threadId: threads.id, title: threads.title, slug: threads.slug, channelSlug: channels.slug, channelName: channels.name, savedAt: bookmarks.createdAt })
    .from(bookmarks)
    .innerJoin(threads, eq(threads.id, bookmarks.threadId))
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(and(eq(bookmarks.userId, viewer.userId), liveThread(), before !== undefined && Number.isSafeInteger(before) ? lt(bookmarks.createdAt, before) : undefined))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.threadId))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE).map((row) => ({
    threadId: row.threadId,
    title: row.title,
    slug: row.slug,
    channel: { slug: row.channelSlug, name: row.channelName },
    savedAt: row.savedAt,
  }));
  return { items, nextBefore: rows.length > PAGE_SIZE ? (items[items.length - 1]?.savedAt ?? null) : null };
}

/** Whether the viewer bookmarked a thread, as a statement for a page's batch. */
export function bookmarkStateQuery(db: Database, viewerId: number | SQLWrapper, threadId: number | SQLWrapper) {
  return db
    .select({ on: sql<number>`1` })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, viewerId), eq(bookmarks.threadId, threadId)));
}
