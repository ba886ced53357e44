import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApiApp } from "../../functions/api";

declare module "cloudflare:test" {
  interface ProvidedEnv {
    DATABASE_URL: string;
    FIXTURE_THREAD_PATH: string;
    FIXTURE_SESSION_COOKIE: string;
  }
}

describe("the Hono API inside workerd", () => {
  it("reports health from the database over the libSQL HTTP protocol", async () => {
    const app = createApiApp();
    const response = await app.request("/api/health", {}, env);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers 503 with a reason when the database cannot be reached", async () => {
    const app = createApiApp();
    const response = await app.request("/api/health", {}, { ...env, DATABASE_URL: "http://127.0.0.1:9" });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, reason: "The database is not reachable." });
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const response = await createApiApp().request("/api/nothing-here", {}, env);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

const asMember = { headers: { cookie: env.FIXTURE_SESSION_COOKIE } };

describe("the built Worker (Astro pages and /api mount) inside workerd", () => {
  it("sends a visitor from the front page to the prerendered landing page", async () => {
    const response = await SELF.fetch("http://rounds.test/", { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/welcome");
    const landing = await SELF.fetch("http://rounds.test/welcome");
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain("Apply to join");
  });

  it("sends a visitor asking for a thread to login, and back afterwards", async () => {
    const response = await SELF.fetch(`http://rounds.test${env.FIXTURE_THREAD_PATH}`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/login?next=${encodeURIComponent(env.FIXTURE_THREAD_PATH)}`);
  });

  it("answers /api/me for a signed-in member", async () => {
    const response = await SELF.fetch("http://rounds.test/api/me", asMember);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pseudonym: "workerd_tester", role: "member" });
  });

  it("serves /api/health through the page catch-all", async () => {
    const response = await SELF.fetch("http://rounds.test/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("renders a thread page with its replies from the database", async () => {
    const response = await SELF.fetch(`http://rounds.test${env.FIXTURE_THREAD_PATH}`, asMember);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Apixaban dosing at an eGFR of 25");
    expect(html).toContain("5 replies");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
  });

  it("renders a channel feed listing its thread", async () => {
    const response = await SELF.fetch("http://rounds.test/c/cardiology?sort=new", asMember);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Apixaban dosing at an eGFR of 25");
  });

  it("answers a bad sort with a 400 page that says what is allowed", async () => {
    const response = await SELF.fetch("http://rounds.test/c/cardiology?sort=loudest", asMember);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Sort must be hot, new, top, unsolved or scored.");
  });
});
