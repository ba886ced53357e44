import { afterAll, describe, expect, it } from "vitest";
import { replyMailCandidatesQuery } from "../../../src/server/reply-mail/candidates";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());

describe("the reply-mail job's candidate query", () => {
  it("reads only members who chose 'immediate' (partial index) and probes their unread notifications by index", async () => {
    const { sql, params } = replyMailCandidatesQuery(handle.db, Date.UTC(2026, 10, 2), 0, 100).toSQL();
    const plan = (await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never })).rows.map((row) => String(row.detail));
    const text = plan.join("\n");
    expect(text).toMatch(/users USING (COVERING )?INDEX users_reply_mail_immediate_idx/);
    expect(text).toMatch(/notifications USING INDEX notifications_unread_idx/);
    expect(text).not.toMatch(/TEMP B-TREE/);
    expect(
      plan.filter((step) => /^SCAN (users|notifications)\b(?! USING)/.test(step)),
      text,
    ).toEqual([]);
  });
});
