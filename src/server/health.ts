import { sql } from "drizzle-orm";
import type { Database } from "./db/client";

export type HealthReport = { ok: true } | { ok: false; reason: string };

/** One query that proves the database answers and is migrated (the channels table exists). */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    await db.run(sql`select count(*) from channels`);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /no such table/i.test(message)
      ? "The database is reachable but not migrated: run npm run db:migrate."
      : "The database is not reachable.";
    return { ok: false, reason };
  }
}
