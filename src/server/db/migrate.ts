import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import { syncChannelCatalog } from "../forum/channels";
import { backfillThreadExcerpts } from "../forum/excerpt-backfill";
import type { Database } from "./client";

/** Node only (reads the migrations folder from disk): used by scripts and test set-up. */
export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Applies every pending migration, brings the channel catalog up to date and fills derived
 * columns SQL cannot compute (thread excerpts, made from HTML). Idempotent.
 */
export async function migrateDatabase(db: Database, now = Date.now()): Promise<void> {
  await migrate(db, { migrationsFolder });
  await syncChannelCatalog(db, now);
  await backfillThreadExcerpts(db);
}
