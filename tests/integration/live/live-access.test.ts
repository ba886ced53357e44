import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "../../../src/server/auth/sessions";
import { threads } from "../../../src/server/db/schema";
import { authorizeLiveThread } from "../../../src/server/live/live-access";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

// Who may open a thread's live-update socket (the Worker asks before the upgrade reaches the
// thread's Durable Object); the socket itself is tested in workerd (tests/workers/live-threads.test.ts).
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const now = Date.UTC(2026, 10, 1);
let serial = 0;

async function memberToken(overrides: { verificationStatus?: "pending" | "verified" } = {}): Promise<{ userId: number; token: string }> {
  serial += 1;
  const userId = await createPhysician(db, { pseudonym: `live_access_${serial}`, email: `live-access-${serial}@example.org`, ...overrides });
  return { userId, token: (await createSession(db, userId, now)).token };
}

async function openThread(authorId: number): Promise<number> {
  return (await createThread(db, { authorId, channelSlug: "cardiology", title: `Live access ${serial}` })).threadId;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: { code?: string }) => error.code,
  );

describe("opening a thread's live updates", () => {
  it("lets a verified member with a valid session follow a live thread", async () => {
    const { userId, token } = await memberToken();
    const threadId = await openThread(userId);
    expect(await authorizeLiveThread(db, token, threadId, now)).toEqual({ threadId });
  });

  it("refuses no session, an unknown token and an expired session as UNAUTHENTICATED", async () => {
    const { userId, token } = await memberToken();
    const threadId = await openThread(userId);
    expect(await refusal(authorizeLiveThread(db, undefined, threadId, now))).toBe("UNAUTHENTICATED");
    expect(await refusal(authorizeLiveThread(db, "a".repeat(32), threadId, now))).toBe("UNAUTHENTICATED");
    expect(await refusal(authorizeLiveThread(db, token, threadId, now + 400 * 24 * 3_600_000))).toBe("UNAUTHENTICATED");
  });

  it("refuses a member who is not verified yet", async () => {
    const author = await memberToken();
    const pending = await memberToken({ verificationStatus: "pending" });
    const threadId = await openThread(author.userId);
    expect(await refusal(authorizeLiveThread(db, pending.token, threadId, now))).toBe("FORBIDDEN");
  });

  it("refuses a thread that is locked, hidden, removed, deleted or does not exist", async () => {
    const { userId, token } = await memberToken();
    const changes = [{ lockedAt: now }, { moderationState: "hidden" as const }, { moderationState: "removed" as const }, { deletedAt: now }];
    for (const change of changes) {
      const threadId = await openThread(userId);
      await db.update(threads).set(change).where(eq(threads.id, threadId));
      expect(await refusal(authorizeLiveThread(db, token, threadId, now)), JSON.stringify(change)).toBe("NOT_FOUND");
    }
    expect(await refusal(authorizeLiveThread(db, token, 99_999_999, now))).toBe("NOT_FOUND");
  });
});
