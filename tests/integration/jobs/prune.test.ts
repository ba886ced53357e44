import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../../src/server/auth/sessions";
import { pruneExpiredRows } from "../../../src/server/jobs/prune";
import { READ_HORIZON_MS } from "../../../src/server/forum/read-positions";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;

const HOUR = 3600_000;
const now = Date.UTC(2026, 10, 1, 12);
let userId = 0;

async function ids(table: "sessions" | "email_tokens"): Promise<string[]> {
  const result = await client.execute(`select id from ${table} order by id`);
  return result.rows.map((row) => String(row.id));
}

async function counterKeys(): Promise<string[]> {
  const result = await client.execute("select key from rate_limit_counters order by key");
  return result.rows.map((row) => String(row.key));
}

async function insertSession(id: string, expiresAt: number, absoluteExpiresAt: number) {
  await client.execute({
    sql: "insert into sessions (id, user_id, created_at, expires_at, absolute_expires_at) values (?, ?, ?, ?, ?)",
    args: [id, userId, now - 40 * 24 * HOUR, expiresAt, absoluteExpiresAt],
  });
}

async function insertToken(id: string, expiresAt: number, usedAt: number | null) {
  await client.execute({
    sql: "insert into email_tokens (id, user_id, purpose, expires_at, used_at, created_at) values (?, ?, 'confirm_email', ?, ?, ?)",
    args: [id, userId, expiresAt, usedAt, now - HOUR],
  });
}

async function insertCounter(key: string, expiresAt: number) {
  await client.execute({ sql: "insert into rate_limit_counters (key, window_start, count, expires_at) values (?, ?, 1, ?)", args: [key, expiresAt - HOUR, expiresAt] });
}

beforeAll(async () => {
  userId = await createPhysician(db);
});

describe("the prune job", () => {
  it("deletes expired sessions, used or expired email tokens and closed rate-limit windows, and nothing live", async () => {
    const live = await createSession(db, userId, now - HOUR);
    await insertSession("expired-sliding", now - 1, now + 10 * HOUR);
    await insertSession("expired-at-now", now, now + 10 * HOUR);
    await insertSession("expired-absolute", now + HOUR, now - 1);
    await insertToken("token-used", now + HOUR, now - HOUR);
    await insertToken("token-expired", now - 1, null);
    await insertToken("token-live", now + HOUR, null);
    await insertCounter("login:ip:closed", now - 1);
    await insertCounter("login:ip:closing-now", now);
    await insertCounter("login:ip:open", now + 1);

    expect(await pruneExpiredRows(db, now)).toEqual({ sessions: 3, emailTokens: 2, rateLimitCounters: 2, threadReads: 0, complete: true });
    expect(await ids("sessions")).toHaveLength(1);
    expect((await validateSessionToken(db, live.token, now)).viewer?.userId).toBe(userId);
    expect(await ids("email_tokens")).toEqual(["token-live"]);
    expect(await counterKeys()).toEqual(["login:ip:open"]);

    expect(await pruneExpiredRows(db, now)).toEqual({ sessions: 0, emailTokens: 0, rateLimitCounters: 0, threadReads: 0, complete: true });
  });

  it("deletes in bounded batches and leaves the rest for the next run", async () => {
    for (let n = 0; n < 5; n++) {
      await insertSession(`old-session-${n}`, now - 1, now - 1);
      await insertToken(`old-token-${n}`, now - 1, null);
      await insertCounter(`old-counter-${n}`, now - 1);
    }
    expect(await pruneExpiredRows(db, now, { batchSize: 2, maxBatches: 2 })).toEqual({ sessions: 4, emailTokens: 4, rateLimitCounters: 4, threadReads: 0, complete: false });
    expect(await pruneExpiredRows(db, now, { batchSize: 2, maxBatches: 2 })).toEqual({ sessions: 1, emailTokens: 1, rateLimitCounters: 1, threadReads: 0, complete: true });
    expect(await ids("email_tokens")).toEqual(["token-live"]);
  });

  it("deletes read positions not moved within the read horizon, and keeps newer ones", async () => {
    const { threadId: quiet } = await createThread(db, { authorId: userId });
    const { threadId: recent } = await createThread(db, { authorId: userId });
    const insertRead = (threadId: number, readAt: number) =>
      client.execute({ sql: "insert into thread_reads (user_id, thread_id, last_comment_id, comment_count, read_at) values (?, ?, 0, 0, ?)", args: [userId, threadId, readAt] });
    await insertRead(quiet, now - READ_HORIZON_MS - 1);
    await insertRead(recent, now - READ_HORIZON_MS);
    expect(await pruneExpiredRows(db, now)).toMatchObject({ threadReads: 1, complete: true });
    const left = await client.execute("select thread_id from thread_reads");
    expect(left.rows.map((row) => Number(row.thread_id))).toEqual([recent]);
  });
});
