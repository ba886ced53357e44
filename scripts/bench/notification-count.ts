import { createClient } from "@libsql/client";
import Database from "libsql";
import { quantile } from "./load";

/**
 * The unread-notification count that every signed-in page now runs inside its session lookup
 * (src/server/auth/sessions.ts). The benchmark member gets 5,000 notifications, 50 of them
 * unread, among 50,000 of other members; then the count is timed on its own, one request at a
 * time, over HTTP to the libSQL server the Worker uses — and as a bare statement on the file.
 */

export const NOTIFICATIONS_FOR_MEMBER = 5_000;
export const UNREAD_FOR_MEMBER = 50;
const PER_OTHER_MEMBER = 250;
const UNREAD_PER_OTHER_MEMBER = 5;

export const UNREAD_COUNT_SQL = "select count(*) as n from notifications where user_id = ? and read_at is null";

export interface NotificationCountResult {
  requests: number;
  medianMs: number;
  p99Ms: number;
  /** The statement alone, in Node on the file (median of 301 runs). */
  statementMs: number;
  unread: number;
  plan: string[];
  totalRows: number;
}

/** Replaces every notification of the benchmark file with the fixed set described above. */
export function seedNotifications(file: string, memberId: number, now: number): void {
  const db = new Database(file);
  try {
    db.exec("begin");
    db.exec("delete from notifications");
    db.prepare(
      `insert into notifications (user_id, kind, created_at, read_at)
       with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       select ?, 'reply', ? - i * 60000, case when i <= ? then null else ? - i * 30000 end from n`,
    ).run(NOTIFICATIONS_FOR_MEMBER, memberId, now, UNREAD_FOR_MEMBER, now);
    db.prepare(
      `insert into notifications (user_id, kind, created_at, read_at)
       with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       select users.id, 'reply', ? - n.i * 3600000, case when n.i <= ? then null else ? end from users cross join n where users.id <> ?`,
    ).run(PER_OTHER_MEMBER, now, UNREAD_PER_OTHER_MEMBER, now, memberId);
    db.exec("commit");
  } catch (error) {
    db.exec("rollback");
    throw error;
  } finally {
    db.close();
  }
}

/** Times the count over HTTP (`databaseUrl`: what the Worker talks to) and on the file. */
export async function measureNotificationCount(databaseUrl: string, file: string, memberId: number, runs = 500): Promise<NotificationCountResult> {
  const client = createClient({ url: databaseUrl });
  let unread = 0;
  const latencies = new Float64Array(runs);
  try {
    for (let i = 0; i < 20; i++) await client.execute({ sql: UNREAD_COUNT_SQL, args: [memberId] });
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await client.execute({ sql: UNREAD_COUNT_SQL, args: [memberId] });
      latencies[i] = performance.now() - started;
      unread = Number(result.rows[0]?.n ?? 0);
    }
  } finally {
    client.close();
  }
  latencies.sort();

  const db = new Database(file, { readonly: true });
  try {
    const plan = (db.prepare(`explain query plan ${UNREAD_COUNT_SQL}`).all(memberId) as Array<{ detail: string }>).map((row) => row.detail);
    const statement = db.prepare(UNREAD_COUNT_SQL);
    const times: number[] = [];
    for (let i = 0; i < 301; i++) {
      const started = performance.now();
      statement.get(memberId);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const totalRows = Number((db.prepare("select count(*) as n from notifications").get() as { n: number }).n);
    return { requests: runs, medianMs: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), statementMs: times[150] as number, unread, plan, totalRows };
  } finally {
    db.close();
  }
}
