import { afterAll, describe, expect, it } from "vitest";
import { memberDirectoryQuery, memberSearchQuery } from "../../../src/server/admin/member-directory";
import { verificationQueueQuery } from "../../../src/server/auth/verification";
import { encodeKeyset } from "../../../src/server/forum/cursor";
import { modLogQuery } from "../../../src/server/moderation/mod-log";
import { modQueueQuery } from "../../../src/server/moderation/mod-queue";
import { outboxQuery } from "../../../src/server/mail/send-mail";
import { createTestDatabase } from "../../support/test-database";

/*
 * The admin and moderator lists stay flat as the forum grows to 115,000 members: each member
 * lookup is an index search, and each paged list walks an index in its order (no sort step),
 * from its first page and from a cursor.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

async function planOf(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL();
  const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never });
  return result.rows.map((row) => String(row.detail)).join("\n");
}

/** The table is read through `index` (a search or an ordered walk), never scanned bare, never sorted. */
function expectIndexWalk(plan: string, table: string, index: string) {
  expect(plan).toMatch(new RegExp(`(SEARCH|SCAN) ${table} USING (COVERING )?INDEX ${index}\\b`));
  expect(plan).not.toMatch(new RegExp(`SCAN ${table}(?! USING)`, "m"));
  expect(plan).not.toMatch(/TEMP B-TREE/);
}

describe("admin and moderator query plans", () => {
  it("searches pseudonyms by prefix as a range of the lower(pseudonym) index", async () => {
    const plan = await planOf(memberSearchQuery(db, { by: "pseudonym", value: "zeb" }));
    expectIndexWalk(plan, "users", "users_pseudonym_unique");
    expect(plan).toMatch(/SEARCH users USING INDEX users_pseudonym_unique \(<expr>>\? AND <expr><\?\)/);
  });

  it("finds a member by email with one search of the email index", async () => {
    expect(await planOf(memberSearchQuery(db, { by: "email", value: "a@example.org" }))).toMatch(/SEARCH users USING INDEX users_email_unique \(email=\?\)/);
  });

  it("finds a member by NPI with one search of the NPI index", async () => {
    expect(await planOf(memberSearchQuery(db, { by: "npi", value: "1234567893" }))).toMatch(/SEARCH users USING INDEX users_npi_unique \(npi=\?\)/);
  });

  it("walks users_created_idx for the member list, first page and later ones", async () => {
    expectIndexWalk(await planOf(memberDirectoryQuery(db, { limit: 50 })), "users", "users_created_idx");
    const plan = await planOf(memberDirectoryQuery(db, { limit: 50, after: encodeKeyset([1, 1]) }));
    expectIndexWalk(plan, "users", "users_created_idx");
    expect(plan).toMatch(/SEARCH users USING INDEX users_created_idx \(created_at<\?\)/);
  });

  it("walks audit_log_created_idx for the moderation log, first page and later ones", async () => {
    expectIndexWalk(await planOf(modLogQuery(db, { limit: 50 })), "audit_log", "audit_log_created_idx");
    const plan = await planOf(modLogQuery(db, { limit: 50, before: encodeKeyset([1, 1]) }));
    expectIndexWalk(plan, "audit_log", "audit_log_created_idx");
    expect(plan).toMatch(/SEARCH users USING INTEGER PRIMARY KEY/);
  });

  it("walks mail_outbox_created_idx for the outbox, first page and later ones", async () => {
    expectIndexWalk(await planOf(outboxQuery(db, { limit: 50 })), "mail_outbox", "mail_outbox_created_idx");
    expectIndexWalk(await planOf(outboxQuery(db, { limit: 50, before: encodeKeyset([1, 1]) })), "mail_outbox", "mail_outbox_created_idx");
  });

  it("walks verification_applications_status_idx for the verification queue, first page and later ones", async () => {
    expectIndexWalk(await planOf(verificationQueueQuery(db, { limit: 50 })), "verification_applications", "verification_applications_status_idx");
    const plan = await planOf(verificationQueueQuery(db, { limit: 50, after: encodeKeyset([1, 1]) }));
    expectIndexWalk(plan, "verification_applications", "verification_applications_status_idx");
    expect(plan).toMatch(/SEARCH verification_applications USING INDEX verification_applications_status_idx \(status=\? AND created_at>\?\)/);
  });

  it("walks mod_queue_order_idx for the queue, for global and channel moderators, first page and later ones", async () => {
    const after = encodeKeyset([1, 2, 3, "thread", 4]);
    for (const options of [{ limit: 50 }, { limit: 50, after }, { limit: 50, channelIds: [1, 2] }, { limit: 50, after, channelIds: [3] }]) {
      const plan = await planOf(modQueueQuery(db, options));
      expectIndexWalk(plan, "mod_queue_entries", "mod_queue_order_idx");
      expect(plan).toMatch(/SEARCH threads USING INTEGER PRIMARY KEY/);
      // Each listed post's open reasons: a search of the flags on that one post.
      expect(plan).toMatch(/SEARCH flags USING (COVERING )?INDEX flags_target_idx/);
    }
  });
});
