import { env, SELF } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { CRON_JOBS } from "../../src/server/jobs/schedule";

/** See scheduled.test.ts: SELF.scheduled hands a plain controller to the built Worker's export. */
interface ScheduledFetcher {
  scheduled(controller: Pick<ScheduledController, "cron" | "scheduledTime">): Promise<unknown>;
}
const worker = SELF as unknown as ScheduledFetcher;
const replyMailCron = Object.entries(CRON_JOBS).find(([, job]) => job === "reply-mail")![0];
const site = "http://rounds.test";
const { client } = createDb(env.DATABASE_URL);

let member = 0;
beforeAll(async () => {
  const now = Date.now();
  const result = await client.execute({
    sql: `insert into users (pseudonym, email, first_name, last_name, specialty_slug, verification_status, email_confirmed_at, reply_mail, created_at)
          values ('reply_workerd_member', 'reply_workerd_member@example.org', 'Workerd', 'Reply', 'cardiology', 'verified', ?, 'immediate', ?) returning id`,
    args: [now, now - 86_400_000],
  });
  member = Number(result.rows[0]!.id);
});
afterAll(async () => {
  await client.execute("delete from mail_outbox where to_address = 'reply_workerd_member@example.org'");
  await client.execute({ sql: "delete from users where id = ?", args: [member] });
});

describe("reply mail in the built Worker", () => {
  it("bundles the member's new replies into one mail on its 10-minute Cron Trigger, and the one-click POST stops it", async () => {
    const [thread] = (await client.execute("select id, title from threads order by id limit 1")).rows;
    for (const minutesAgo of [5, 3]) {
      await client.execute({
        sql: "insert into notifications (user_id, kind, thread_id, actor_label, created_at) values (?, 'reply', ?, 'Verified physician', ?)",
        args: [member, Number(thread!.id), Date.now() - minutesAgo * 60_000],
      });
    }
    await worker.scheduled({ cron: replyMailCron, scheduledTime: Date.now() });
    const mail = (await client.execute("select subject, text_body, transport from mail_outbox where to_address = 'reply_workerd_member@example.org'")).rows;
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ subject: "Rounds: 2 new replies and mentions", transport: "outbox" });
    expect(String(mail[0]!.text_body).match(new RegExp(`- Verified physician replied in "${String(thread!.title)}"`, "g"))).toHaveLength(2);
    const token = /Stop these emails with one click: https:\/\/rounds\.example\/unsubscribe\/(\S+)/.exec(String(mail[0]!.text_body))?.[1];
    expect(token).toBeDefined();

    const page = await SELF.fetch(`${site}/unsubscribe/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Stop reply emails</button>");

    // RFC 8058: the mailbox provider POSTs from its servers, with no Origin.
    const response = await SELF.fetch(`${site}/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Reply emails are off");
    const [row] = (await client.execute({ sql: "select reply_mail, digest_frequency from users where id = ?", args: [member] })).rows;
    expect(row).toMatchObject({ reply_mail: "off", digest_frequency: "weekly" });
  });
});

describe("the reply-mail setting on /account", () => {
  it("shows the saved choice and saves a new one without JavaScript", async () => {
    const cookie = env.FIXTURE_SESSION_COOKIE;
    const post = (body: string) =>
      SELF.fetch(`${site}/account`, { method: "POST", body, redirect: "manual", headers: { origin: site, "content-type": "application/x-www-form-urlencoded", cookie } });
    const before = await (await SELF.fetch(`${site}/account`, { headers: { cookie } })).text();
    expect(before).toContain("Replies and mentions by email");
    expect(before).toMatch(/name="replyMail" value="digest" checked/);

    const saved = await post("intent=reply-mail&replyMail=immediate");
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain("Replies and mentions will be emailed right away");
    expect(html).toMatch(/name="replyMail" value="immediate" checked/);

    const refused = await post("intent=reply-mail&replyMail=hourly");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose right away, in the digest or off.");

    const back = await post("intent=reply-mail&replyMail=digest");
    expect(await back.text()).toMatch(/name="replyMail" value="digest" checked/);
  });
});
