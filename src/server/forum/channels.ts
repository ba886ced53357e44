import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { channels } from "../db/schema";
import { channelCatalog } from "./channel-catalog";

/**
 * Makes the channels table match the catalog: inserts missing channels and refreshes names,
 * descriptions and order of existing ones, keyed by slug. Idempotent, one batch.
 */
export async function syncChannelCatalog(db: Database, now: number): Promise<void> {
  const statements = channelCatalog.map((channel, position) =>
    db
      .insert(channels)
      .values({ ...channel, position, createdAt: now })
      .onConflictDoUpdate({
        target: channels.slug,
        set: {
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          position: sql`excluded.position`,
        },
      }),
  );
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
