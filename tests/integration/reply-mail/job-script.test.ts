import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "../../../src/server/db/schema";
import { createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { createMember, mailTo, notify } from "../digest/digest-fixtures";

const run = promisify(execFile);
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { ...process.env, DATABASE_URL: `file:${handle.file}`, MAIL_TRANSPORT: "outbox", SITE_URL: "", SIGNING_SECRET: "" };

describe("npm run job:reply-mail", () => {
  it("sends the bundles owed now into the outbox of a local database and prints counts only", async () => {
    const member = await createMember(handle.db, { pseudonym: "script_replied" });
    await handle.db.update(users).set({ replyMail: "immediate" }).where(eq(users.id, member.id));
    const { threadId } = await createThread(handle.db, { authorId: member.id, createdAt: Date.now() - 3600_000 });
    // The script uses the real clock: the reply arrived a minute ago.
    await notify(handle.db, { userId: member.id, kind: "reply", threadId, actorLabel: "Verified physician", createdAt: Date.now() - 60_000 });

    const first = await run("node_modules/.bin/tsx", ["scripts/job-reply-mail.ts"], { env });
    expect(first.stdout).toMatch(new RegExp(`^file:${handle.file} reply-mail: sent 1, failed 0, deferred 0; 0 members still owed one in \\d+ ms\\n$`));
    expect(first.stdout + first.stderr).not.toMatch(/script_replied|@example\.org/);
    const [mail] = await mailTo(handle.db, member.email);
    expect(mail?.textBody).toMatch(/Stop these emails with one click: http:\/\/127\.0\.0\.1:8787\/unsubscribe\/\d+\.\d+\.[\w-]{43}\n/);

    const second = await run("node_modules/.bin/tsx", ["scripts/job-reply-mail.ts"], { env });
    expect(second.stdout).toContain("reply-mail: sent 0, failed 0, deferred 0; 0 members still owed one");
  }, 60_000);
});
