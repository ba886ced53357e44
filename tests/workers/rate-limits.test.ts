import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import type { Viewer } from "../../src/server/auth/viewer";
import { createDb } from "../../src/server/db/client";
import { slugify } from "../../src/server/forum/slug";
import { consumePostingLimit } from "../../src/server/forum/posting-rules";
import { createPhysician, createThread } from "../fixtures/factories";

const site = "http://rounds.test";

describe("a reply refused by a rate limit, posted through the thread page's form (no JavaScript)", () => {
  it("answers 429 with Retry-After and the sentence, and gives the member's text back in the form", async () => {
    // Its own member and thread, written over the libSQL server the built Worker reads.
    const { db, client } = createDb(env.DATABASE_URL);
    const memberSince = Date.UTC(2025, 0, 1);
    const pseudonym = `rate_limited_${Date.now().toString(36)}`;
    // The factory's numbering restarts in every process: name and email are set here to stay unique.
    const userId = await createPhysician(db, { pseudonym, email: `${pseudonym}@example.org`, createdAt: memberSince });
    const title = "Fluids in septic shock with an EF of 20%";
    const { threadId } = await createThread(db, { authorId: userId, channelSlug: "cardiology", title });
    const session = await createSession(db, userId, Date.now());
    const viewer: Viewer = {
      userId,
      pseudonym,
      role: "member",
      verificationStatus: "verified",
      emailConfirmed: true,
      moderatedChannelIds: [],
      suspendedUntil: null,
      memberSince,
      unreadNotifications: 0,
    };
    // Use up the 10-second reply window now and the next one, so the page's post is refused
    // whichever side of a window boundary it lands on.
    const now = Date.now();
    await consumePostingLimit(db, viewer, "reply", now);
    await consumePostingLimit(db, viewer, "reply", now + 10_000);

    const text = "Small boluses of 250 mL with a repeat echo before each one";
    const threadPath = `/t/${threadId}/${slugify(title)}`;
    const response = await SELF.fetch(`${site}${threadPath}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `${PLAIN_SESSION_COOKIE}=${session.token}`, origin: site, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "reply", threadId: String(threadId), parentId: "", body: text }),
    });
    const html = await response.text();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(20);
    expect(html).toMatch(/Rounds allows 1 reply per 10 seconds\. Please try again in \d+ seconds?\./);
    expect(html).toMatch(new RegExp(`<textarea[^>]*name="body"[^>]*>${text}</textarea>`));
    const stored = await client.execute({ sql: "select count(*) as n from comments where thread_id = ?", args: [threadId] });
    expect(Number(stored.rows[0]!.n)).toBe(0);
    client.close();
  });
});

describe("/admin/limits in the built Worker", () => {
  async function signedIn(role: Viewer["role"]): Promise<string> {
    const { db, client } = createDb(env.DATABASE_URL);
    const pseudonym = `limits_${role}_${Date.now().toString(36)}`;
    const userId = await createPhysician(db, { pseudonym, email: `${pseudonym}@example.org`, role });
    const session = await createSession(db, userId, Date.now());
    client.close();
    return `${PLAIN_SESSION_COOKIE}=${session.token}`;
  }
  const post = (cookie: string, fields: Record<string, string>) =>
    SELF.fetch(`${site}/admin/limits`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: site, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });

  it("lists every rule, keeps typed values beside the error, and saves and resets with a 303", async () => {
    const admin = await signedIn("admin");
    const page = await SELF.fetch(`${site}/admin/limits`, { headers: { cookie: admin } });
    const html = await page.text();
    expect(page.status).toBe(200);
    // Scoped styles add data-astro-cid attributes to the page's own elements, hence [^>]*.
    expect(html).toMatch(/<h1 id="limits-heading"[^>]*>Rate limits<\/h1>/);
    for (const shown of [
      "1 new thread per 2 minutes",
      "20 new threads per day",
      "1 reply per 10 seconds",
      "200 replies per day",
      "120 votes per hour",
      "20 flags per day",
      "3 new threads per day",
      "20 replies per day",
    ]) {
      expect(html).toContain(shown);
    }
    expect(html).toMatch(/<label for="limit-flag_day"[^>]*>Limit/);

    const refused = await post(admin, { intent: "save", name: "flag_day", limit: "0", windowSeconds: "43200" });
    const refusedHtml = await refused.text();
    expect(refused.status).toBe(400);
    expect(refusedHtml).toMatch(/id="limit-flag_day"[^>]*value="0"/);
    expect(refusedHtml).toMatch(/<option value="43200" selected[^>]*>12 hours<\/option>/);
    expect(refusedHtml).toMatch(/<p class="error" id="limit-flag_day-error"[^>]*>The limit is a whole number from 1 to 100,000\.<\/p>/);
    expect(refusedHtml).toMatch(/id="limit-flag_day"[^>]*aria-invalid="true"/);

    const saved = await post(admin, { intent: "save", name: "flag_day", limit: "10", windowSeconds: "43200" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/admin/limits?saved=flag_day#rule-flag_day");
    const after = await (await SELF.fetch(`${site}/admin/limits?saved=flag_day`, { headers: { cookie: admin } })).text();
    expect(after).toContain("is now 10 flags per 12 hours");
    expect(after).toContain("Reset to default (20 flags per day)");

    const reset = await post(admin, { intent: "reset", name: "flag_day", limit: "10", windowSeconds: "43200" });
    expect(reset.status).toBe(303);
    expect(reset.headers.get("location")).toBe("/admin/limits?reset=flag_day#rule-flag_day");
  });

  it("is closed to moderators and members", async () => {
    for (const role of ["moderator", "member"] as const) {
      const cookie = await signedIn(role);
      const page = await SELF.fetch(`${site}/admin/limits`, { headers: { cookie }, redirect: "manual" });
      expect(page.status).toBe(303);
      const attempt = await post(cookie, { intent: "save", name: "flag_day", limit: "1", windowSeconds: "60" });
      expect(attempt.status).toBe(303);
    }
    const { client } = createDb(env.DATABASE_URL);
    const rows = await client.execute("select count(*) as n from rate_limit_settings");
    expect(Number(rows.rows[0]!.n)).toBe(0);
    client.close();
  });
});
