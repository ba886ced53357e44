import { env, SELF } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { signToken } from "../../src/server/digest/signed-token";
import { CRON_JOBS } from "../../src/server/jobs/schedule";

declare module "cloudflare:test" {
  interface ProvidedEnv {
    DATABASE_URL: string;
    SIGNING_SECRET: string;
    FIXTURE_SESSION_COOKIE: string;
  }
}

/** See scheduled.test.ts: SELF.scheduled hands a plain controller to the built Worker's export. */
interface ScheduledFetcher {
  scheduled(controller: Pick<ScheduledController, "cron" | "scheduledTime">): Promise<unknown>;
}
const worker = SELF as unknown as ScheduledFetcher;
const digestCron = Object.entries(CRON_JOBS).find(([, job]) => job === "digest")![0];
const site = "http://rounds.test";
const { client } = createDb(env.DATABASE_URL);

/** A verified member of the workers database, created here and removed afterwards. */
async function createMember(pseudonym: string, frequency: "daily" | "weekly"): Promise<number> {
  const now = Date.now();
  const result = await client.execute({
    sql: `insert into users (pseudonym, email, first_name, last_name, specialty_slug, verification_status, email_confirmed_at, digest_frequency, created_at)
          values (?, ?, 'Workerd', 'Digest', 'cardiology', 'verified', ?, ?, ?) returning id`,
    args: [pseudonym, `${pseudonym}@example.org`, now, frequency, now - 86_400_000],
  });
  return Number(result.rows[0]!.id);
}

async function frequencyOf(userId: number): Promise<string> {
  return String((await client.execute({ sql: "select digest_frequency from users where id = ?", args: [userId] })).rows[0]!.digest_frequency);
}

function postForm(path: string, body: string, headers: Record<string, string> = {}) {
  return SELF.fetch(`${site}${path}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: site, "content-type": "application/x-www-form-urlencoded", ...headers },
  });
}

let reader = 0;
let quitter = 0;
beforeAll(async () => {
  reader = await createMember("digest_workerd_reader", "daily");
  quitter = await createMember("digest_workerd_quitter", "weekly");
});
afterAll(async () => {
  await client.execute("delete from mail_outbox where to_address like 'digest_workerd_%'");
  await client.execute({ sql: "delete from users where id in (?, ?)", args: [reader, quitter] });
});

describe("the digest in the built Worker", () => {
  it("sends the digest on its Cron Trigger, through the outbox, with links to SITE_URL", async () => {
    const [thread] = (await client.execute("select id, title from threads order by id limit 1")).rows;
    await client.execute({
      sql: "insert into notifications (user_id, kind, thread_id, actor_label, created_at) values (?, 'reply', ?, 'Verified physician', ?)",
      args: [reader, Number(thread!.id), Date.now() - 60_000],
    });

    await worker.scheduled({ cron: digestCron, scheduledTime: Date.now() });
    const mail = (await client.execute("select subject, text_body, transport, status from mail_outbox where to_address = 'digest_workerd_reader@example.org'")).rows;
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ subject: "Your Rounds digest: 1 unread notification", transport: "outbox", status: "stored" });
    expect(String(mail[0]!.text_body)).toContain(`- Verified physician replied in "${String(thread!.title)}"`);
    // wrangler.toml [vars] SITE_URL; the token was signed in workerd with the Worker's secret.
    const token = /https:\/\/rounds\.example\/unsubscribe\/(\S+)/.exec(String(mail[0]!.text_body))?.[1];
    expect(token).toBeDefined();

    // The same trigger again finds nobody owed a digest.
    await worker.scheduled({ cron: digestCron, scheduledTime: Date.now() + 60_000 });
    expect((await client.execute("select count(*) as n from mail_outbox where to_address = 'digest_workerd_reader@example.org'")).rows[0]!.n).toBe(1);

    // The link from that mail opens the unsubscribe page of this Worker.
    const page = await SELF.fetch(`${site}/unsubscribe/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Stop digest emails");
  });

  it("opens /unsubscribe without a session and changes nothing on GET (mail scanners follow links)", async () => {
    const token = signToken(env.SIGNING_SECRET, { userId: quitter, purpose: "digest", issuedAt: Date.now() });
    for (let n = 0; n < 3; n++) {
      const page = await SELF.fetch(`${site}/unsubscribe/${token}`, { redirect: "manual" });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<form method="post"');
      expect(html.match(/<button/g)?.length).toBeGreaterThanOrEqual(1);
      expect(html).toContain("Stop digest emails</button>");
      expect(html).not.toContain("digest_workerd_quitter");
      expect(page.headers.get("cache-control")).toBe("private, no-store");
    }
    expect(await frequencyOf(quitter)).toBe("weekly");
  });

  it("turns the digest off on POST and says how to turn it back on", async () => {
    const token = signToken(env.SIGNING_SECRET, { userId: quitter, purpose: "digest", issuedAt: Date.now() });
    const response = await postForm(`/unsubscribe/${token}`, "");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Digest emails are off");
    expect(html).toContain('href="/account"');
    expect(await frequencyOf(quitter)).toBe("off");
  });

  it("answers a tampered, foreign or malformed link with 404 and changes nothing", async () => {
    await client.execute({ sql: "update users set digest_frequency = 'daily' where id = ?", args: [reader] });
    const good = signToken(env.SIGNING_SECRET, { userId: reader, purpose: "digest", issuedAt: Date.now() });
    const tampered = good.slice(0, -2) + (good.endsWith("AA") ? "BB" : "AA");
    const otherPurpose = signToken(env.SIGNING_SECRET, { userId: reader, purpose: "notifications", issuedAt: Date.now() });
    const otherSecret = signToken("a-different-secret-that-is-long-enough-0000", { userId: reader, purpose: "digest", issuedAt: Date.now() });
    for (const token of [tampered, otherPurpose, otherSecret, "not-a-token"]) {
      const get = await SELF.fetch(`${site}/unsubscribe/${token}`);
      expect(get.status, token).toBe(404);
      expect(await get.text()).toContain("This unsubscribe link is not valid");
      const post = await postForm(`/unsubscribe/${token}`, "");
      expect(post.status, token).toBe(404);
      await post.text();
    }
    expect(await frequencyOf(reader)).toBe("daily");
  });

  it("turns the digest off on the mailbox provider's one-click POST (RFC 8058: no Origin, from its servers)", async () => {
    await client.execute({ sql: "update users set digest_frequency = 'weekly' where id = ?", args: [quitter] });
    const token = signToken(env.SIGNING_SECRET, { userId: quitter, purpose: "digest", issuedAt: Date.now() });
    const response = await SELF.fetch(`${site}/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    await response.text();
    expect(await frequencyOf(quitter)).toBe("off");
  });

  it("refuses a cross-site POST to /unsubscribe (the CSRF rule holds on public pages too)", async () => {
    const token = signToken(env.SIGNING_SECRET, { userId: reader, purpose: "digest", issuedAt: Date.now() });
    const response = await postForm(`/unsubscribe/${token}`, "", { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    await response.text();
    expect(await frequencyOf(reader)).toBe("daily");
  });
});

describe("the digest setting on /account", () => {
  it("shows the saved choice and saves a new one without JavaScript", async () => {
    const cookie = env.FIXTURE_SESSION_COOKIE;
    const before = await (await SELF.fetch(`${site}/account`, { headers: { cookie } })).text();
    expect(before).toContain("Email digest");
    expect(before).toMatch(/value="weekly" checked/);

    const saved = await postForm("/account", "intent=digest&digestFrequency=daily", { cookie });
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain("You will get the email digest daily.");
    expect(html).toMatch(/value="daily" checked/);

    const refused = await postForm("/account", "intent=digest&digestFrequency=hourly", { cookie });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose daily, weekly or off.");

    const back = await postForm("/account", "intent=digest&digestFrequency=weekly", { cookie });
    expect(await back.text()).toMatch(/value="weekly" checked/);
  });
});
