import { sql } from "drizzle-orm";
import { createDb } from "../../src/server/db/client";
import type { SearchGroup } from "./search-terms";
import { discoverPaths, prepareViewer, type PageType } from "./targets";

/**
 * The pages of the members section, at 200 and at 115,000 members: what every member sees (home,
 * a channel by new and by top, a thread, search for common words, the inbox, a profile) requested
 * as the same verified member as the rest of the bench (the first one; the base file's members
 * are untouched by the member-scale build, so this member's follows, notifications and votes
 * are identical at both sizes and only the population around them grows), and the two views that
 * list other members' rows (the admin member list, the moderation queue) requested as the admin.
 */
const MEMBER_PAGE_KEYS = ["home", "channel-new", "channel-top", "thread", "search-common"] as const;

export async function discoverMemberPages(file: string, searches: readonly SearchGroup[]): Promise<PageType[]> {
  const common = searches.filter((group) => group.key === "search-common");
  const shared = (await discoverPaths(file, common)).filter((page) => (MEMBER_PAGE_KEYS as readonly string[]).includes(page.key));
  const admin = await prepareViewer(file, "admin");
  const { db, client } = createDb(`file:${file}`);
  try {
    // The profile of the base member with the most threads: the same person at both sizes.
    const [author] = await db.all<{ pseudonym: string }>(
      sql`select u.pseudonym as pseudonym from users u join threads t on t.author_id = u.id
          where u.id <= 200 and u.deleted_at is null group by u.id order by count(*) desc, u.id limit 1`,
    );
    if (!author) throw new Error(`${file} has no thread author for the profile page.`);
    return [
      ...shared.map((page) => ({ ...page, search: false })),
      { key: "notifications", label: "notifications (inbox)", paths: ["/notifications"] },
      { key: "profile", label: "profile /u/…", paths: [`/u/${encodeURIComponent(author.pseudonym)}`] },
      { key: "admin-members", label: "admin member list (admin)", paths: ["/admin/members"], headers: admin.headers },
      { key: "mod-queue", label: "mod queue /mod (admin)", paths: ["/mod"], headers: admin.headers },
    ];
  } finally {
    client.close();
  }
}
