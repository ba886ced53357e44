import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { deleteAccount } from "../../../src/server/auth/account";
import { hashPassword } from "../../../src/server/auth/passwords";
import { createSession } from "../../../src/server/auth/sessions";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createDb } from "../../../src/server/db/client";
import { migrationsFolder } from "../../../src/server/db/migrate";
import { notifications, users } from "../../../src/server/db/schema";
import { loadDigestContents } from "../../../src/server/digest/contents";
import { anonymityGroupsQuery } from "../../../src/server/forum/anonymity-groups";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread as postThread } from "../../../src/server/forum/create-thread";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { moderateMember } from "../../../src/server/moderation/member-actions";
import { loadNotifications } from "../../../src/server/notifications/inbox";
import { searchForum } from "../../../src/server/search/search-forum";
import { createPhysician, createThread as importThread } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { accountServices } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

/*
 * Each test works in its own specialty family, so the members one test creates never change
 * another test's groups (the database is shared by the whole file).
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const SITE = "http://rounds.test";
const env = { DATABASE_URL: `file:${handle.file}` };

const memberOf = (specialtySlug: string, user: Record<string, unknown> = {}) => createViewer(db, { user: { specialtySlug, ...user } });
async function membersOf(specialtySlug: string, count: number): Promise<Viewer[]> {
  const list: Viewer[] = [];
  for (let i = 0; i < count; i++) list.push(await memberOf(specialtySlug));
  return list;
}

/** Every member (verified, email confirmed, not deleted), counted from users itself. */
async function recount(): Promise<Record<string, number>> {
  const rows = await client.execute(
    "select specialty_slug, count(*) as n from users where verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null group by specialty_slug",
  );
  return Object.fromEntries(rows.rows.map((row) => [String(row.specialty_slug), Number(row.n)]));
}

async function storedCounts(): Promise<Record<string, number>> {
  const rows = await client.execute("select specialty_slug, member_count from specialty_member_counts where member_count > 0");
  return Object.fromEntries(rows.rows.map((row) => [String(row.specialty_slug), Number(row.member_count)]));
}

async function apiGet(path: string, viewer: Viewer): Promise<unknown> {
  const { token } = await createSession(db, viewer.userId, Date.now());
  const response = await createApiApp().request(`${SITE}${path}`, { headers: { cookie: `rounds_session=${token}` } }, env);
  expect(response.status, path).toBe(200);
  return response.json();
}

describe("an anonymous reply by the only member of a specialty", () => {
  it("shows the family's label on the thread page, in search, in the API, in its notification and in the digest", async () => {
    // Acute care: nine emergency physicians and one anesthesiologist, the replier.
    const [threadAuthor, ...others] = await membersOf("emergency-medicine", 9);
    const replier = await memberOf("anesthesiology");
    expect(others).toHaveLength(8);
    const now = Date.now();
    const { id: threadId } = await postThread(
      db,
      threadAuthor!,
      { channel: "emergency-medicine", title: "Induction agent for the hypotensive trauma patient", body: "What do you reach for at induction?" },
      now,
    );

    const before = await loadThreadPage(db, replier, threadId, { sort: "new" }, now);
    expect(before.anonymousAs?.text).toBe("You will appear as “Verified physician · Acute care” — one of 10 emergency, critical care and anesthesia physicians.");

    await createReply(db, replier, { threadId, body: "Ketamine at half dose, quelbrixian pressor ready.", anonymous: "on" }, now + 1000);
    const label = "Verified physician · Acute care";

    const page = await loadThreadPage(db, threadAuthor!, threadId, { sort: "new" }, now + 2000);
    expect(page.comments.map((comment) => comment.author)).toEqual([{ pseudonym: null, display: label, anonymous: true }]);

    const found = await searchForum(db, threadAuthor!, { q: "quelbrixian" }, now);
    expect(found.results.map((result) => result.author.display)).toEqual([label]);

    const api = (await apiGet("/api/search?q=quelbrixian", threadAuthor!)) as { results: { author: { display: string; pseudonym: string | null } }[] };
    expect(api.results.map((result) => result.author)).toEqual([{ pseudonym: null, display: label, anonymous: true }]);
    expect(JSON.stringify(api)).not.toContain(replier.pseudonym);

    const inbox = await loadNotifications(db, threadAuthor!);
    expect(inbox.items.map((item) => item.text)).toEqual([`${label} replied in “Induction agent for the hypotensive trauma patient”.`]);
    const apiInbox = (await apiGet("/api/notifications", threadAuthor!)) as { items: { text: string }[] };
    expect(apiInbox.items.map((item) => item.text)).toEqual([`${label} replied in “Induction agent for the hypotensive trauma patient”.`]);
    // Nothing about the actor is stored with the notification: not the id, not the specialty.
    const stored = await db.select({ actorId: notifications.actorId, actorLabel: notifications.actorLabel }).from(notifications).where(eq(notifications.threadId, threadId));
    expect(stored).toEqual([{ actorId: null, actorLabel: "Verified physician" }]);

    const digest = await loadDigestContents(db, [threadAuthor!.userId], now + 3000);
    expect(digest.get(threadAuthor!.userId)?.notifications.map((line) => line.actor)).toEqual([label]);
  });

  it("shows only “Verified physician” when the family is too small too, and the reply box says so first", async () => {
    // Diagnostics: one radiologist (the replier) and two pathologists.
    const [threadAuthor] = await membersOf("pathology", 2);
    const replier = await memberOf("radiology");
    const now = Date.now();
    const { id: threadId } = await postThread(
      db,
      threadAuthor!,
      { channel: "pathology", title: "Frozen section turnaround targets", body: "What turnaround is realistic for a frozen section?" },
      now,
    );

    const everyone = Object.values(await recount()).reduce((sum, n) => sum + n, 0);
    const before = await loadThreadPage(db, replier, threadId, { sort: "new" }, now);
    expect(before.anonymousAs?.text).toBe(`You will appear as “Verified physician” — one of ${everyone} verified physicians.`);

    await createReply(db, replier, { threadId, body: "Twenty minutes, most days, longer for fat.", anonymous: "on" }, now + 1000);
    const page = await loadThreadPage(db, threadAuthor!, threadId, { sort: "new" }, now + 2000);
    expect(page.comments.map((comment) => comment.author?.display)).toEqual(["Verified physician"]);
    expect((await loadNotifications(db, threadAuthor!)).items.map((item) => item.text)).toEqual(["Verified physician replied in “Frozen section turnaround targets”."]);
  });
});

describe("a specialty of ten", () => {
  it("is named on its own, in the feed and in the composer's notice", async () => {
    const psychiatrists = await membersOf("psychiatry", 10);
    const author = psychiatrists[0]!;
    const now = Date.now();
    const { id: threadId } = await postThread(
      db,
      author,
      { channel: "psychiatry", title: "Clozapine rechallenge after myocarditis", body: "Has anyone rechallenged after a troponin rise?", anonymous: "on" },
      now,
    );

    const feed = await loadChannelPage(db, author, "psychiatry", { sort: "new" }, now);
    expect(feed.feed.items.find((item) => item.id === threadId)?.author).toEqual({ pseudonym: null, display: "Verified physician · Psychiatry", anonymous: true });
    const page = await loadThreadPage(db, psychiatrists[1]!, threadId, { sort: "best" }, now);
    expect(page.anonymousAs?.text).toBe("You will appear as “Verified physician · Psychiatry” — one of 10 psychiatrists.");
  });

  it("does not narrow the label of a post written before its tenth member joined", async () => {
    const joined = Date.UTC(2026, 0, 1);
    const pediatricians: number[] = [];
    for (let i = 0; i < 9; i++) pediatricians.push(await createPhysician(db, { specialtySlug: "pediatrics", createdAt: joined }));
    const early = await importThread(db, { authorId: pediatricians[0]!, channelSlug: "pediatrics", isAnonymous: true, createdAt: Date.UTC(2026, 1, 1) });
    await createPhysician(db, { specialtySlug: "pediatrics", createdAt: Date.UTC(2026, 2, 1) });
    const late = await importThread(db, { authorId: pediatricians[0]!, channelSlug: "pediatrics", isAnonymous: true, createdAt: Date.UTC(2026, 3, 1) });

    const reader = await viewerOf(db, pediatricians[1]!);
    const labelOf = async (threadId: number) => (await loadThreadPage(db, reader, threadId, { sort: "best" }, Date.now())).thread.author.display;
    expect(await labelOf(early.threadId)).toBe("Verified physician");
    expect(await labelOf(late.threadId)).toBe("Verified physician · Pediatrics");
  });
});

describe("the member counts", () => {
  it("stay exact through sign-up, verification, email confirmation, specialty change, ban, deletion and removal", async () => {
    const expectExact = async () => expect(await storedCounts()).toEqual(await recount());
    const urology = async () => (await storedCounts()).urology ?? 0;
    await expectExact();
    const start = await urology();

    const applicant = await createPhysician(db, { specialtySlug: "urology", verificationStatus: "pending" });
    expect(await urology()).toBe(start);
    await db.update(users).set({ verificationStatus: "verified" }).where(eq(users.id, applicant));
    expect(await urology()).toBe(start + 1);
    await expectExact();

    const unconfirmed = await createPhysician(db, { specialtySlug: "urology", emailConfirmedAt: null });
    expect(await urology()).toBe(start + 1);
    await db
      .update(users)
      .set({ emailConfirmedAt: Date.UTC(2026, 0, 2) })
      .where(eq(users.id, unconfirmed));
    expect(await urology()).toBe(start + 2);

    await db.update(users).set({ specialtySlug: "orthopedics" }).where(eq(users.id, unconfirmed));
    expect(await urology()).toBe(start + 1);
    await expectExact();

    // Changes that do not move anyone leave the counts alone.
    await db.update(users).set({ pseudonym: "renamed_urologist", verificationStatus: "verified" }).where(eq(users.id, applicant));
    expect(await urology()).toBe(start + 1);

    const admin = await createViewer(db, { role: "admin", user: { specialtySlug: "otolaryngology" } });
    await moderateMember(db, admin, { userId: applicant, action: "ban", reason: "Repeated harassment of colleagues." }, Date.now());
    expect(await urology()).toBe(start);
    await moderateMember(db, admin, { userId: applicant, action: "unban", reason: "" }, Date.now());
    expect(await urology()).toBe(start + 1);
    await expectExact();

    const password = "a long enough password for deletion";
    const leaving = await createPhysician(db, { specialtySlug: "urology", passwordHash: await hashPassword(password) });
    expect(await urology()).toBe(start + 2);
    await deleteAccount(accountServices(db), await viewerOf(db, leaving), { password, confirm: "delete" });
    expect(await urology()).toBe(start + 1);

    await db.delete(users).where(eq(users.id, applicant));
    expect(await urology()).toBe(start);
    await expectExact();
  });

  it("are read with one index range scan per specialty, whatever the number of members", async () => {
    const { sql: text, params } = anonymityGroupsQuery(db).toSQL();
    const plan = (await client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never })).rows.map((row) => String(row.detail)).join("\n");
    expect(plan).toMatch(/SEARCH member USING INDEX users_member_specialty_joined_idx \(specialty_slug=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN users|SCAN member/);
    expect((await db.get<{ n: number }>(sql`select count(*) as n from specialty_member_counts`))?.n).toBeGreaterThan(0);
  });
});

describe("migration 0008", () => {
  it("counts the members already there and removes the specialty from stored notification labels", async () => {
    // A database as it was before 0008: the same migrations folder without it.
    const dir = mkdtempSync(join(tmpdir(), "rounds-0008-"));
    const before = join(dir, "migrations");
    cpSync(migrationsFolder, before, { recursive: true });
    rmSync(join(before, "0008_anonymity_groups.sql"));
    const journalFile = join(before, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { idx: number }[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => entry.idx < 8) }));
    const old = createDb(`file:${join(dir, "old.db")}`);
    try {
      await migrate(old.db, { migrationsFolder: before });
      const people: [string, string, string | null, number | null][] = [
        ["cardiology", "verified", "1", null],
        ["cardiology", "verified", "1", null],
        ["cardiology", "pending", "1", null],
        ["cardiology", "verified", null, null],
        ["cardiology", "verified", "1", 5],
        ["neurology", "banned", "1", null],
        ["neurology", "verified", "1", null],
      ];
      for (const [i, [specialty, status, confirmed, deletedAt]] of people.entries()) {
        await old.client.execute({
          sql: "insert into users (pseudonym, email, first_name, last_name, specialty_slug, verification_status, email_confirmed_at, deleted_at, created_at) values (?, ?, 'A', 'B', ?, ?, ?, ?, 1)",
          args: [`old_member_${i}`, `old${i}@example.org`, specialty, status, confirmed, deletedAt],
        });
      }
      await old.client.execute(
        "insert into notifications (user_id, kind, actor_label, created_at) values (1, 'reply', 'Verified physician · Cardiology', 1), (1, 'case_answered', 'The case author', 1)",
      );

      await migrate(old.db, { migrationsFolder });
      const counts = await old.client.execute("select specialty_slug, member_count from specialty_member_counts order by specialty_slug");
      expect(counts.rows.map((row) => [row.specialty_slug, row.member_count])).toEqual([
        ["cardiology", 2],
        ["neurology", 1],
      ]);
      const labels = await old.client.execute("select actor_label from notifications order by id");
      expect(labels.rows.map((row) => row.actor_label)).toEqual(["Verified physician", "The case author"]);
    } finally {
      old.client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
