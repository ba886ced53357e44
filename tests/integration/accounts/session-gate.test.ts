import type { Client } from "@libsql/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateSession } from "../../../src/server/auth/session-gate";
import { createSession, endSession, SESSION_SLIDING_MS, validateSessionToken } from "../../../src/server/auth/sessions";
import { parseViewerRecord } from "../../../src/server/auth/viewer-record";
import { createDb, drizzleOver, type Database } from "../../../src/server/db/client";
import { migrateDatabase } from "../../../src/server/db/migrate";
import { bookmarks, channelModerators, channels, sessions, threads, users } from "../../../src/server/db/schema";
import { isDomainError } from "../../../src/server/errors";
import { loadHomePage } from "../../../src/server/forum/home-page";
import { createPhysician, createThread } from "../../fixtures/factories";
import { startTestLibsqlServer, type TestLibsqlServer } from "../../support/libsql-server-harness";
import { createTestDatabase } from "../../support/test-database";

// The gate must hold on both clients production and development use: the lean Hrana client over
// HTTP (Turso, the local libSQL server) and the native `file:` client.
const fileDatabase = createTestDatabase();
let server: TestLibsqlServer;
let httpDatabase: { db: Database; client: Client };
beforeAll(async () => {
  server = await startTestLibsqlServer();
  httpDatabase = createDb(server.url);
  await migrateDatabase(httpDatabase.db);
});
afterAll(async () => {
  fileDatabase.client.close();
  httpDatabase?.client.close();
  await server?.close();
});

const clients = [
  ["the Hrana client over HTTP", () => httpDatabase],
  ["the file: client", () => fileDatabase],
] as const;

/** A member with a session, and the viewer record the viewer cookie would hold for it. */
async function signedInMember(db: Database, now: number) {
  const userId = await createPhysician(db);
  const { token } = await createSession(db, userId, now);
  const session = await validateSessionToken(db, token, now);
  if (!session.sessionId || !session.record) throw new Error("the new session is not valid");
  return { userId, token, sessionId: session.sessionId, record: session.record };
}

/** The domain code a call was refused with (drizzle wraps a single query's error in `cause`). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    return isDomainError(cause) ? cause.code : `other: ${(cause as Error).message}`;
  }
  return "none";
}

for (const [label, handleOf] of clients) {
  describe(`the session gate on ${label}`, () => {
    it("reads the page and the unread count in the page's one batch when the claim holds", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const member = await signedInMember(db, now);
      const gate = gateSession(client, { sessionId: member.sessionId, record: member.record, now });
      const page = await loadHomePage(drizzleOver(gate.client), parseViewerRecord(member.record, 0), { sort: "new" }, now);
      expect(page.channels.length).toBeGreaterThan(0);
      expect(await gate.confirm()).toEqual({ passed: true, unreadNotifications: 0, renewUntil: null });
    });

    it("runs none of the page's statements, writes included, once the session was ended", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const member = await signedInMember(db, now);
      const { threadId } = await createThread(db, { authorId: member.userId, channelSlug: "neurology" });
      await endSession(db, member.sessionId);
      const gated = drizzleOver(gateSession(client, { sessionId: member.sessionId, record: member.record, now }).client);
      const outcome = refusal(gated.batch([gated.select({ id: threads.id }).from(threads), gated.insert(bookmarks).values({ userId: member.userId, threadId, createdAt: now })]));
      expect(await outcome).toBe("UNAUTHENTICATED");
      expect(
        await db
          .select()
          .from(bookmarks)
          .where(and(eq(bookmarks.userId, member.userId), eq(bookmarks.threadId, threadId))),
      ).toEqual([]);
    });

    it("refuses a claim made before the member's role or moderated channels changed", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const promoted = await signedInMember(db, now);
      await db.update(users).set({ role: "moderator" }).where(eq(users.id, promoted.userId));
      const scoped = await signedInMember(db, now);
      const [channel] = await db.select({ id: channels.id }).from(channels).limit(1);
      await db.insert(channelModerators).values({ userId: scoped.userId, channelId: channel!.id, createdAt: now });
      for (const member of [promoted, scoped]) {
        const gate = gateSession(client, { sessionId: member.sessionId, record: member.record, now });
        expect(await refusal(drizzleOver(gate.client).select().from(channels))).toBe("UNAUTHENTICATED");
        expect((await gate.confirm()).passed).toBe(false);
      }
    });

    it("refuses an edited claim: a forged admin role never matches the record", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const member = await signedInMember(db, now);
      const forged = member.record.replace('"member"', '"admin"');
      expect(parseViewerRecord(forged, 0)?.role).toBe("admin");
      const gate = gateSession(client, { sessionId: member.sessionId, record: forged, now });
      expect(await refusal(drizzleOver(gate.client).select().from(channels))).toBe("UNAUTHENTICATED");
    });

    it("refuses an expired session and a suspended verification", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const expired = await signedInMember(db, now);
      const expiredGate = gateSession(client, { sessionId: expired.sessionId, record: expired.record, now: now + SESSION_SLIDING_MS + 1 });
      expect((await expiredGate.confirm()).passed).toBe(false);
      const suspended = await signedInMember(db, now);
      await db.update(users).set({ verificationStatus: "suspended" }).where(eq(users.id, suspended.userId));
      expect((await gateSession(client, { sessionId: suspended.sessionId, record: suspended.record, now }).confirm()).passed).toBe(false);
    });

    it("passes the page's own database error on unchanged when the session holds", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const member = await signedInMember(db, now);
      const gate = gateSession(client, { sessionId: member.sessionId, record: member.record, now });
      expect(await refusal(gate.client.execute("select * from no_such_table"))).toMatch(/no such table/);
      expect((await gate.confirm()).passed).toBe(true);
    });

    it("makes calls sent while the first is in flight wait for the gate, and states when renewal is due", async () => {
      const { db, client } = handleOf();
      const now = Date.now();
      const member = await signedInMember(db, now);
      // Half the sliding window used: the next page renews the session.
      await db
        .update(sessions)
        .set({ expiresAt: now + SESSION_SLIDING_MS / 2 - 1000 })
        .where(eq(sessions.id, member.sessionId));
      const gated = drizzleOver(gateSession(client, { sessionId: member.sessionId, record: member.record, now }).client);
      const [first, second] = await Promise.all([gated.select({ id: channels.id }).from(channels), gated.select({ id: users.id }).from(users).where(eq(users.id, member.userId))]);
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual([{ id: member.userId }]);
      const gate = gateSession(client, { sessionId: member.sessionId, record: member.record, now });
      expect(await gate.confirm()).toMatchObject({ passed: true, renewUntil: now + SESSION_SLIDING_MS });
    });
  });
}
