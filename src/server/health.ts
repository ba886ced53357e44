import { sql } from "drizzle-orm";
import type { Database } from "./db/client";

export type HealthReport = { ok: true } | { ok: false; reason: string };

/** One query that proves the database answers and is migrated (the channels table exists). */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    await db.run(sql`select count(*) from channels`);
    return { ok: true };
  } catch (error) {
    const reason = /no such table/i.test(describeErrorChain(error))
      ? "The database is reachable but not migrated: run npm run db:migrate."
      : "The database is not reachable.";
    return { ok: false, reason };
  }
}

/** drizzle wraps driver errors ("Failed query: …"); the SQLite message is in the cause chain. */
function describeErrorChain(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages.join(" | ");
}
