import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../support/test-database";
import { createMember, mailTo, notify } from "./digest-fixtures";

const run = promisify(execFile);
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { ...process.env, DATABASE_URL: `file:${handle.file}`, MAIL_TRANSPORT: "outbox", SITE_URL: "", SIGNING_SECRET: "" };

describe("npm run job:digest", () => {
  it("sends the digests owed now into the outbox of a local database and prints counts only", async () => {
    const member = await createMember(handle.db, { pseudonym: "script_reader" });
    // The script uses the real clock: the notification arrived a minute ago.
    await notify(handle.db, { userId: member.id, kind: "verification", createdAt: Date.now() - 60_000 });

    const first = await run("node_modules/.bin/tsx", ["scripts/job-digest.ts"], { env });
    expect(first.stdout).toMatch(new RegExp(`^file:${handle.file} digest: sent 1, failed 0, deferred 0; 0 members still owed a digest in \\d+ ms\\n$`));
    expect(first.stdout + first.stderr).not.toMatch(/script_reader|@example\.org/);
    const [mail] = await mailTo(handle.db, member.email);
    // Local defaults: links to npm start's address, signed with the local secret.
    expect(mail?.textBody).toMatch(/Stop digest emails with one click: http:\/\/127\.0\.0\.1:8787\/unsubscribe\/\d+\.\d+\.[\w-]{43}\n/);

    const second = await run("node_modules/.bin/tsx", ["scripts/job-digest.ts"], { env });
    expect(second.stdout).toContain("digest: sent 0, failed 0, deferred 0; 0 members still owed a digest");
  }, 60_000);

  it("refuses to run against a remote database without SITE_URL and SIGNING_SECRET, naming them", async () => {
    const remote = { ...env, DATABASE_URL: "libsql://rounds-nowhere.invalid" };
    const failure = await run("node_modules/.bin/tsx", ["scripts/job-digest.ts"], { env: remote }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("The digest job failed on libsql://rounds-nowhere.invalid");
    expect((failure as { stderr: string }).stderr).toContain("SITE_URL is not set");

    const withSite = { ...remote, SITE_URL: "https://rounds.example" };
    const again = await run("node_modules/.bin/tsx", ["scripts/job-digest.ts"], { env: withSite }).catch((error: { code: number; stderr: string }) => error);
    expect((again as { stderr: string }).stderr).toContain("SIGNING_SECRET is not set");
  }, 60_000);
});
