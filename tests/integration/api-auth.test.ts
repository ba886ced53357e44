import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../functions/api";
import { hashPassword } from "../../src/server/auth/passwords";
import { createPhysician } from "../fixtures/factories";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { DATABASE_URL: `file:${handle.file}` };
const site = "http://rounds.test";
const app = createApiApp();
const PASSWORD = "pericardial friction rub";

function post(path: string, body: string, headers: Record<string, string>) {
  return app.request(`${site}${path}`, { method: "POST", body, headers }, env);
}

async function cookieFor(email: string): Promise<string> {
  const response = await post("/api/auth/login", JSON.stringify({ email, password: PASSWORD }), {
    origin: site,
    "content-type": "application/json",
    // One client address for every sign-in here: the test needs fewer than the per-IP limit (5 a minute).
    "cf-connecting-ip": "198.18.0.7",
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/^rounds_session=[a-z2-7]{40}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
  return setCookie.split(";")[0]!;
}

describe("the API's CSRF guard", () => {
  const bodies = {
    form: ["a=1", "multipart/form-data; boundary=x"],
    "text/plain": ['{"email":"x"}', "text/plain"],
    urlencoded: ["email=x", "application/x-www-form-urlencoded;"],
    json: ['{"email":"x@example.org","password":"y"}', "application/json"],
  } as const;
  const origins: Record<string, Record<string, string>> = {
    foreign: { origin: "https://evil.example" },
    null: { origin: "null" },
    missing: {},
  };
  for (const [bodyName, [body, contentType]] of Object.entries(bodies)) {
    for (const [originName, originHeaders] of Object.entries(origins)) {
      it(`answers 403 to a ${bodyName} login with a ${originName} Origin and creates no session`, async () => {
        const response = await post("/api/auth/login", body, { "content-type": contentType, ...originHeaders });
        expect(response.status).toBe(403);
        expect(response.headers.get("set-cookie")).toBeNull();
        expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
      });
    }
  }

  // The two-factor routes: the second sign-in step, the account's own enrolment and passkeys.
  const twoFactorRoutes = [
    ["POST", "/api/auth/second-factor"],
    ["POST", "/api/me/totp"],
    ["POST", "/api/me/totp/confirm"],
    ["DELETE", "/api/me/totp"],
    // Passkeys: both ceremonies, and managing the account's passkeys.
    ["POST", "/api/auth/passkey/register/options"],
    ["POST", "/api/auth/passkey/register/verify"],
    ["POST", "/api/auth/passkey/sign-in/options"],
    ["POST", "/api/auth/passkey/sign-in/verify"],
    ["PATCH", "/api/me/passkeys/1"],
    ["DELETE", "/api/me/passkeys/1"],
    // Ending one of the account's other sessions.
    ["DELETE", "/api/me/sessions/0123456789abcdef"],
  ] as const;
  for (const [method, path] of twoFactorRoutes) {
    for (const [originName, originHeaders] of Object.entries(origins)) {
      it(`answers 403 to ${method} ${path} with a ${originName} Origin and sets no cookie`, async () => {
        const response = await app.request(`${site}${path}`, { method, body: '{"code":"123456"}', headers: { "content-type": "application/json", ...originHeaders } }, env);
        expect(response.status).toBe(403);
        expect(response.headers.get("set-cookie")).toBeNull();
      });
    }
    it(`answers 400 to a same-origin form body on ${method} ${path}`, async () => {
      const response = await app.request(`${site}${path}`, { method, body: "code=123456", headers: { origin: site, "content-type": "application/x-www-form-urlencoded" } }, env);
      expect(response.status).toBe(400);
    });
  }

  it("answers 400 to a same-origin form body on a JSON route", async () => {
    const response = await post("/api/auth/login", "email=x&password=y", { origin: site, "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining("JSON only") } });
  });
});

describe("members-only API", () => {
  it("answers 401 to a visitor", async () => {
    const response = await app.request(`${site}/api/me`, {}, env);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers 403 to a member still waiting for verification", async () => {
    await createPhysician(handle.db, { email: "waiting@example.org", passwordHash: await hashPassword(PASSWORD), verificationStatus: "pending" });
    const cookie = await cookieFor("waiting@example.org");
    const response = await app.request(`${site}/api/me`, { headers: { cookie } }, env);
    expect(response.status).toBe(403);
  });

  it("answers a verified member with their pseudonym and nothing private, and forgets them after logout", async () => {
    await createPhysician(handle.db, { email: "api.user@example.org", pseudonym: "api_user", passwordHash: await hashPassword(PASSWORD) });
    const cookie = await cookieFor("api.user@example.org");
    const me = await app.request(`${site}/api/me`, { headers: { cookie } }, env);
    expect(await me.json()).toEqual({ pseudonym: "api_user", role: "member" });
    const logout = await post("/api/auth/logout", "{}", { cookie, origin: site, "content-type": "application/json" });
    expect(logout.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await app.request(`${site}/api/me`, { headers: { cookie } }, env)).status).toBe(401);
  });

  it("answers a JSON sign-up with 202 and the same sentence whether or not the email exists", async () => {
    const body = (email: string, n: number) =>
      JSON.stringify({
        email,
        password: "tachycardia at midnight",
        pseudonym: `json_signup_${n}`,
        firstName: "A",
        lastName: "B",
        npi: "1234567893",
        specialty: "neurology",
        licenceState: "NY",
      });
    const headers = { origin: site, "content-type": "application/json", "cf-connecting-ip": "198.18.1.1" };
    const first = await post("/api/auth/signup", body("json.signup@example.org", 1), headers);
    const again = await post("/api/auth/signup", body("json.signup@example.org", 2), headers);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual(await first.json());
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await post("/api/auth/login", "{not json", { origin: site, "content-type": "application/json" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: "The request body is not valid JSON." } });
  });
});
