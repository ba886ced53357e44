import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { threads } from "../db/schema";
import { excerptOf } from "./excerpt";

/**
 * Fills the excerpt of threads written before the column existed (migration 0013), in batches of
 * `batchSize`, each one short write. Idempotent: it only touches rows whose excerpt is still
 * null, and a row an edit or a redaction wrote meanwhile (no longer null) is left as that write
 * left it. Runs with every `db:migrate`, where it finds nothing to do after the first time.
 */
export async function backfillThreadExcerpts(db: Database, batchSize = 200): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.select({ id: threads.id, bodyHtml: threads.bodyHtml }).from(threads).where(isNull(threads.excerpt)).limit(batchSize);
    const [first, ...rest] = rows.map((row) =>
      db
        .update(threads)
        .set({ excerpt: excerptOf(row.bodyHtml) })
        .where(and(eq(threads.id, row.id), isNull(threads.excerpt))),
    );
    if (!first) return filled;
    await db.batch([first, ...rest]);
    filled += rows.length;
    if (rows.length < batchSize) return filled;
  }
}
