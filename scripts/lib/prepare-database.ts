import { sql } from "drizzle-orm";
import { createDb } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";
import { users } from "../../src/server/db/schema";
import { progressBar } from "./progress-bar";
import { seedDemoCommunity, type SeedResult } from "../seed/seed-demo";

/**
 * Migrates a local database file and seeds the demo community when it has no members yet
 * (a database with real members is never touched by the seed).
 */
export async function prepareLocalDatabase(file: string, now = Date.now()): Promise<SeedResult | null> {
  const { db, client } = createDb(`file:${file}`);
  try {
    await migrateDatabase(db, now);
    const [row] = await db.select({ count: sql<number>`count(*)` }).from(users);
    if ((row?.count ?? 0) > 0) return null;
    return await seedDemoCommunity(db, { now, onProgress: progressBar("Seeding demo threads") });
  } finally {
    client.close();
  }
}
