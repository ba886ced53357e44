import { readdirSync, readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { flags, modQueueEntries } from "../../../src/server/db/schema";
import { flagPost } from "../../../src/server/moderation/flags";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * mod_queue_entries is kept by triggers on flags (ADR 0034): after any flag write it must equal
 * what grouping the open flags gives, the queue's old query.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const NOW = Date.UTC(2026, 5, 1, 9);

async function expectQueueMatchesOpenFlags() {
  const kept = await db.select().from(modQueueEntries).orderBy(modQueueEntries.targetType, modQueueEntries.targetId);
  const grouped = await db
    .select({
      targetType: flags.targetType,
      targetId: flags.targetId,
      threadId: sql<number>`max(${flags.threadId})`,
      phiFlagged: sql<number>`max(${flags.reason} = 'patient_information')`,
      flagCount: sql<number>`count(*)`,
      firstFlaggedAt: sql<number>`min(${flags.createdAt})`,
    })
    .from(flags)
    .where(eq(flags.status, "open"))
    .groupBy(flags.targetType, flags.targetId)
    .orderBy(flags.targetType, flags.targetId);
  expect(kept).toEqual(grouped);
}

describe("the queue table", () => {
  it("equals the open flags grouped by post through flagging, settling and deleting flags", async () => {
    const author = await createViewer(db, { now: NOW });
    const moderator = await createViewer(db, { role: "moderator", now: NOW });
    const member = () => createViewer(db, { user: { createdAt: NOW - 30 * 86_400_000 }, now: NOW });
    const { threadId, commentIds } = await createThread(db, {
      authorId: author.userId,
      channelSlug: "general",
      comments: [{ parentIndex: null, authorId: author.userId, bodySource: "A reply to flag.", createdAt: NOW - 1000 }],
    });
    const replyId = commentIds[0]!;
    const other = (await createThread(db, { authorId: author.userId, channelSlug: "general" })).threadId;

    await flagPost(db, await member(), { targetType: "thread", targetId: threadId, reason: "spam" }, NOW + 1);
    await flagPost(db, await member(), { targetType: "thread", targetId: threadId, reason: "unprofessional" }, NOW);
    await flagPost(db, await member(), { targetType: "comment", targetId: replyId, reason: "patient_information" }, NOW + 2);
    await flagPost(db, await member(), { targetType: "thread", targetId: other, reason: "misinformation" }, NOW + 3);
    await expectQueueMatchesOpenFlags();
    expect(
      await db
        .select()
        .from(modQueueEntries)
        .where(and(eq(modQueueEntries.targetType, "thread"), eq(modQueueEntries.targetId, threadId))),
    ).toEqual([{ targetType: "thread", targetId: threadId, threadId, phiFlagged: 0, flagCount: 2, firstFlaggedAt: NOW }]);

    await moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "dismiss" }, NOW + 10);
    await expectQueueMatchesOpenFlags();
    expect(await db.select().from(modQueueEntries).where(eq(modQueueEntries.targetType, "comment"))).toEqual([]);

    // A flag removed outright (its reporter's row gone, say) leaves the post with one fewer.
    const [oldest] = await db.select({ id: flags.id }).from(flags).where(eq(flags.createdAt, NOW));
    await db.delete(flags).where(eq(flags.id, oldest!.id));
    await expectQueueMatchesOpenFlags();
    expect(
      await db
        .select({ flagCount: modQueueEntries.flagCount, firstFlaggedAt: modQueueEntries.firstFlaggedAt })
        .from(modQueueEntries)
        .where(and(eq(modQueueEntries.targetType, "thread"), eq(modQueueEntries.targetId, threadId))),
    ).toEqual([{ flagCount: 1, firstFlaggedAt: NOW + 1 }]);

    await moderatePost(db, moderator, { targetType: "thread", targetId: other, action: "hide", reason: "Misleading dosing advice." }, NOW + 20);
    await expectQueueMatchesOpenFlags();
  });

  it("is filled from the open flags by its migration, for a database that already had flags", async () => {
    const author = await createViewer(db, { now: NOW });
    const { threadId } = await createThread(db, { authorId: author.userId, channelSlug: "general" });
    await flagPost(db, await createViewer(db, { now: NOW }), { targetType: "thread", targetId: threadId, reason: "spam" }, NOW + 30);
    // The table as it was before the migration ran: empty, flags present.
    await db.delete(modQueueEntries);
    // Found by name, not number: migrations are renumbered when branches merge.
    const migrations = new URL("../../../src/server/db/migrations/", import.meta.url);
    const file = readdirSync(migrations).find((name) => name.endsWith("_admin_paging.sql"));
    const migration = readFileSync(new URL(file!, migrations), "utf8");
    const backfill = migration
      .split("--> statement-breakpoint")
      .map((statement) => statement.trim())
      .find((statement) => statement.startsWith("INSERT INTO `mod_queue_entries`"));
    await handle.client.execute(backfill!);
    expect((await db.select().from(modQueueEntries)).length).toBeGreaterThan(0);
    await expectQueueMatchesOpenFlags();
  });
});
