import { eq, sql } from "drizzle-orm";
import { createSession, validateSessionToken } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { sessions, users } from "../../src/server/db/schema";
import { decodeCursor, encodeCursor } from "../../src/server/forum/cursor";
import { FEED_PAGE_SIZE } from "../../src/server/forum/feeds";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { viewerCookieValue } from "../../src/lib/viewer-cookie";
import { fetchPage } from "./load";
import { searchPath, type SearchGroup } from "./search-terms";

/**
 * What the benchmark requests: the page types and, for each, a list of paths used round-robin.
 * Paths come from the database (channels, threads with 10-30 replies, keyset cursors from deep
 * in each ordering) or the search terms, and every one is fetched once before it is measured.
 */

export interface PageType {
  key: string;
  label: string;
  paths: string[];
  /** A yardstick measured at one size only: what serving costs with no page rendering. */
  reference?: boolean;
  /**
   * A search page: its cost grows with the posts that match (up to the ranking cap), so it is
   * held to the search latency target instead of "within 2× between the sizes".
   */
  search?: boolean;
  /** Cookies to request it with, when not the stack's member (the admin pages of the members section). */
  headers?: Record<string, string>;
}

export interface Targets {
  pages: PageType[];
  /** Cookie header of a verified member's session. */
  headers: Record<string, string>;
}

const SORTS = ["hot", "new", "top"] as const;
const sortColumn = { hot: "hot_rank", new: "created_at", top: "score" } as const;
const THREAD_SAMPLE = 64;

/**
 * Signs in a verified member by creating a session row; earlier benchmark sessions are removed.
 * The cookies are those a browser holds after its first page: the session and the viewer cookie,
 * so pages take the one-round-trip path (ADR 0020).
 */
export async function prepareViewer(file: string, role: "member" | "admin" = "member"): Promise<{ memberId: number; headers: Record<string, string> }> {
  const { db, client } = createDb(`file:${file}`);
  try {
    const [member] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.role} = ${role} and ${users.verificationStatus} = 'verified' and ${users.emailConfirmedAt} is not null`)
      .orderBy(users.id)
      .limit(1);
    if (!member) throw new Error(`${file} has no verified ${role} to browse as.`);
    await db.delete(sessions).where(eq(sessions.userId, member.id));
    // Staff must have a second factor to reach their pages (the staff rule, on by default): the
    // admin gets a confirmed authenticator row, never used to sign in (the session is made here).
    if (role === "admin") {
      await db.run(
        sql`insert or ignore into totp_credentials (user_id, secret_ciphertext, confirmed_at, created_at) values (${member.id}, 'v1.bench-placeholder', ${Date.now()}, ${Date.now()})`,
      );
    }
    const { token } = await createSession(db, member.id, Date.now());
    const { sessionId, record } = await validateSessionToken(db, token, Date.now());
    if (!sessionId || !record) throw new Error(`${file}: the benchmark member's new session does not validate.`);
    const cookie = `${PLAIN_SESSION_COOKIE}=${token}; rounds_viewer=${viewerCookieValue(sessionId, record)}`;
    return { memberId: member.id, headers: { cookie, "user-agent": "rounds-bench" } };
  } finally {
    client.close();
  }
}

function evenlySpaced<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / count)] as T);
}

/**
 * The cursor of a row in the middle of an ordering (a page as deep as the feed is long), or as
 * deep as still leaves a full page after it, so both sizes render pages of the same length.
 */
async function deepCursor(
  run: (query: ReturnType<typeof sql>) => Promise<Array<{ key: number; id: number }>>,
  sort: (typeof SORTS)[number],
  channelId: number | null,
  total: number,
): Promise<string | null> {
  const offset = Math.min(Math.floor(total / 2), total - FEED_PAGE_SIZE - 1);
  if (offset < 0) return null;
  const column = sql.raw(sortColumn[sort]);
  const where = channelId === null ? sql`where deleted_at is null` : sql`where deleted_at is null and channel_id = ${channelId}`;
  const rows = await run(sql`select ${column} as key, id from threads ${where} order by ${column} desc, id desc limit 1 offset ${offset}`);
  const row = rows[0];
  return row ? encodeCursor({ key: Number(row.key), id: Number(row.id) }) : null;
}

export async function discoverPaths(file: string, searches: readonly SearchGroup[] = []): Promise<PageType[]> {
  const { db, client } = createDb(`file:${file}`);
  try {
    const run = (query: ReturnType<typeof sql>) => db.all<{ key: number; id: number }>(query);
    const channelRows = await db.all<{ id: number; slug: string; threadCount: number }>(sql`select id, slug, thread_count as threadCount from channels order by position`);
    const [{ total } = { total: 0 }] = await db.all<{ total: number }>(sql`select count(*) as total from threads`);
    const threadRows = await db.all<{ id: number; slug: string }>(sql`select id, slug from threads where comment_count between 10 and 30 and deleted_at is null order by id`);

    const homeDeep: string[] = [];
    for (const sort of SORTS) {
      const cursor = await deepCursor(run, sort, null, Number(total));
      if (cursor) homeDeep.push(`/?sort=${sort}&after=${cursor}`);
    }
    const channelDeep: string[] = [];
    for (const [index, channel] of channelRows.entries()) {
      const sort = SORTS[index % SORTS.length] as (typeof SORTS)[number];
      const cursor = await deepCursor(run, sort, Number(channel.id), Number(channel.threadCount));
      if (cursor) channelDeep.push(`/c/${channel.slug}?sort=${sort}&after=${cursor}`);
    }
    return [
      { key: "home", label: "home feed /", paths: ["/"] },
      { key: "channel-new", label: "channel ?sort=new", paths: channelRows.map((c) => `/c/${c.slug}?sort=new`) },
      { key: "channel-top", label: "channel ?sort=top", paths: channelRows.map((c) => `/c/${c.slug}?sort=top`) },
      { key: "home-deep", label: "home, deep ?after=", paths: homeDeep },
      { key: "channel-deep", label: "channel, deep ?after=", paths: channelDeep },
      {
        key: "thread",
        label: "thread, 10-30 replies",
        paths: evenlySpaced(threadRows, THREAD_SAMPLE).map((row) => `/t/${row.id}/${row.slug}`),
      },
      ...searches.map((group) => ({ key: group.key, label: group.label, paths: group.queries.map((query) => searchPath(query, group.filters)), search: true })),
      { key: "ref-static", label: "(yardstick) static file", paths: ["/favicon.svg"], reference: true },
      { key: "ref-health", label: "(yardstick) /api/health", paths: ["/api/health"], reference: true },
    ].filter((page) => page.paths.length > 0);
  } finally {
    client.close();
  }
}

const NEXT_LINK = /<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/;

function decodeEntities(href: string): string {
  return href.replaceAll("&amp;", "&").replaceAll("&#38;", "&");
}

/**
 * Fetches every path once (a member must get 200, not a redirect to /login) and follows the
 * "Older threads" link of the home feed a few pages in, checking that the app's cursors have the
 * shape the benchmark builds its mid-feed cursors with.
 */
export async function checkTargets(baseUrl: string, headers: Record<string, string>, pages: readonly PageType[]): Promise<void> {
  for (const page of pages) {
    for (const path of page.paths) {
      const response = await fetchPage(`${baseUrl}${path}`, page.headers ?? headers);
      if (response.status !== 200) {
        const where = response.headers.location ? ` (redirect to ${String(response.headers.location)})` : "";
        throw new Error(`${path} answered ${response.status}${where}; the benchmark needs 200 for a signed-in member.`);
      }
    }
  }
  let path = "/?sort=new";
  for (let hop = 0; hop < 3; hop++) {
    const response = await fetchPage(`${baseUrl}${path}`, headers);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} while following "Older threads".`);
    const match = NEXT_LINK.exec(response.body);
    const href = match?.[1] ?? match?.[2];
    if (!href) throw new Error(`${path} has no rel="next" link; the home feed should have more than ${hop + 1} pages.`);
    path = decodeEntities(href);
    const after = new URL(path, baseUrl).searchParams.get("after");
    if (!after) throw new Error(`The "Older threads" link ${path} carries no cursor.`);
    decodeCursor(after); // throws when the app's cursor format changed
  }
}
