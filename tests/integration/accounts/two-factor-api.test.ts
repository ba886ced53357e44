import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { HELD_FOR_SECOND_FACTOR } from "../../../functions/api/context";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { hashPassword } from "../../../src/server/auth/passwords";
import { SECOND_FACTOR_FAILED } from "../../../src/server/auth/second-factor";
import { createSession } from "../../../src/server/auth/sessions";
import { totpCodeAt, totpStepAt } from "../../../src/server/auth/totp";
import { createPhysician } from "../../fixtures/factories";
import { TEST_TOTP_ENCRYPTION_KEY } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const env = { DATABASE_URL: `file:${handle.file}`, TOTP_ENCRYPTION_KEY: TEST_TOTP_ENCRYPTION_KEY };
const site = "http://rounds.test";
const app = createApiApp();
const PASSWORD = "atrial flutter with variable block";
const passwordHash = await hashPassword(PASSWORD);
let ip = 0;

function call(method: "GET" | "POST" | "DELETE", path: string, options: { cookie?: string; body?: unknown; ip?: string } = {}) {
  const headers: Record<string, string> = { origin: site, "cf-connecting-ip": options.ip ?? `203.0.113.${++ip}` };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return app.request(`${site}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }, env);
}

/** The cookies a response sets, by name (value only). */
function cookiesOf(response: Response): Record<string, string> {
  const result: Record<string, string> = {};
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...value] = pair!.split("=");
    result[name!] = value.join("=");
  }
  return result;
}

async function signedIn(name: string, role: "member" | "admin" | "moderator" = "member") {
  const email = `${name}@example.org`;
  const userId = await createPhysician(db, { email, pseudonym: name, passwordHash, role }, { secondFactor: false });
  const session = await createSession(db, userId, Date.now());
  return { userId, email, cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` };
}

/** Enrols through the API; returns the secret and the step its confirming code spent. */
async function enrolThroughApi(cookie: string): Promise<{ secret: Uint8Array; recoveryCodes: string[]; spentStep: number }> {
  const started = await call("POST", "/api/me/totp", { cookie, body: { password: PASSWORD } });
  expect(started.status).toBe(201);
  const { uri, qrSvg, manualKey } = (await started.json()) as { uri: string; qrSvg: string; manualKey: string };
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(qrSvg.startsWith("<svg")).toBe(true);
  expect(manualKey).toMatch(/^[A-Z2-7 ]+$/);
  const secret = decodeBase32IgnorePadding(new URL(uri).searchParams.get("secret")!);
  const now = Date.now();
  const confirmed = await call("POST", "/api/me/totp/confirm", { cookie, body: { code: totpCodeAt(secret, now) } });
  expect(confirmed.status).toBe(200);
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes, spentStep: totpStepAt(now) };
}

/** A code the account has not used yet: the current step's, or the next one's (±1 step is accepted). */
function freshCode(secret: Uint8Array, spentStep: number): string {
  const step = Math.max(totpStepAt(Date.now()), spentStep + 1);
  return totpCodeAt(secret, step * 30_000);
}

describe("two-factor sign-in through the API", () => {
  it("enrols, then answers login with secondFactor: required and no session, and completes with a code", async () => {
    const member = await signedIn("api_ada");
    expect(await (await call("GET", "/api/me/totp", { cookie: member.cookie })).json()).toMatchObject({ enabled: false });
    const { secret, spentStep } = await enrolThroughApi(member.cookie);
    expect(await (await call("GET", "/api/me/totp", { cookie: member.cookie })).json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    const login = await call("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ secondFactor: "required" });
    const loginCookies = cookiesOf(login);
    expect(loginCookies[PLAIN_SESSION_COOKIE]).toBeUndefined();
    expect(loginCookies.rounds_signin).toMatch(/^[a-z2-7]{40}$/);
    expect(login.headers.get("set-cookie")).toMatch(/rounds_signin=[a-z2-7]{40}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=300/);
    const pendingCookie = `rounds_signin=${loginCookies.rounds_signin}`;

    // The pending cookie is no session.
    expect((await call("GET", "/api/me", { cookie: pendingCookie })).status).toBe(401);

    const wrong = await call("POST", "/api/auth/second-factor", { cookie: pendingCookie, body: { code: "000000" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: SECOND_FACTOR_FAILED } });

    const done = await call("POST", "/api/auth/second-factor", { cookie: pendingCookie, body: { code: freshCode(secret, spentStep) } });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ ok: true, usedRecoveryCode: false });
    const doneCookies = cookiesOf(done);
    expect(doneCookies.rounds_signin).toBe("");
    const session = `${PLAIN_SESSION_COOKIE}=${doneCookies[PLAIN_SESSION_COOKIE]}`;
    expect(await (await call("GET", "/api/me", { cookie: session })).json()).toEqual({ pseudonym: "api_ada", role: "member" });
  });

  it("completes with a recovery code, once", async () => {
    const member = await signedIn("api_bea");
    const { recoveryCodes } = await enrolThroughApi(member.cookie);
    const pendingFor = async () => `rounds_signin=${cookiesOf(await call("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } })).rounds_signin}`;
    const first = await call("POST", "/api/auth/second-factor", { cookie: await pendingFor(), body: { code: recoveryCodes[3] } });
    expect(await first.json()).toEqual({ ok: true, usedRecoveryCode: true });
    const again = await call("POST", "/api/auth/second-factor", { cookie: await pendingFor(), body: { code: recoveryCodes[3] } });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: { message: SECOND_FACTOR_FAILED } });
  });

  it("answers 429 after 5 wrong codes for the account, whatever the address", async () => {
    const member = await signedIn("api_cal");
    const { secret, spentStep } = await enrolThroughApi(member.cookie);
    const login = await call("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } });
    const pendingCookie = `rounds_signin=${cookiesOf(login).rounds_signin}`;
    // The enrolment's code counted too (one counter for every code check of the account), unless
    // a 15-minute window closed in between: then it takes one wrong code more.
    let refused = 0;
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await call("POST", "/api/auth/second-factor", { cookie: pendingCookie, body: { code: "111111" } });
      if (response.status === 429) break;
      expect(response.status).toBe(401);
      refused++;
    }
    expect([4, 5]).toContain(refused);
    const limited = await call("POST", "/api/auth/second-factor", { cookie: pendingCookie, body: { code: freshCode(secret, spentStep) } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.getSetCookie()).toEqual([]);
  });

  it("answers the same 401 without a pending cookie, and sets no session", async () => {
    const response = await call("POST", "/api/auth/second-factor", { body: { code: "123456" } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { message: SECOND_FACTOR_FAILED } });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("turns it off with the password, after which login gives a session again", async () => {
    const member = await signedIn("api_dee");
    await enrolThroughApi(member.cookie);
    const refused = await call("DELETE", "/api/me/totp", { cookie: member.cookie, body: { password: "not the password" } });
    expect(refused.status).toBe(400);
    expect((await call("DELETE", "/api/me/totp", { cookie: member.cookie, body: { password: PASSWORD } })).status).toBe(200);
    const login = await call("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } });
    expect(await login.json()).toEqual({ ok: true });
    expect(cookiesOf(login)[PLAIN_SESSION_COOKIE]).toMatch(/^[a-z2-7]{40}$/);
  });

  it("holds an admin without a second factor: every route but the enrolment ones answers 403 naming the page", async () => {
    const admin = await signedIn("api_held_admin", "admin");
    for (const path of ["/api/me", "/api/mod/queue", "/api/notifications", "/api/search?q=sepsis"]) {
      const response = await call("GET", path, { cookie: admin.cookie });
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { message: HELD_FOR_SECOND_FACTOR } });
    }
    expect((await call("GET", "/api/me/totp", { cookie: admin.cookie })).status).toBe(200);
    await enrolThroughApi(admin.cookie);
    expect(await (await call("GET", "/api/me", { cookie: admin.cookie })).json()).toEqual({ pseudonym: "api_held_admin", role: "admin" });
    expect((await call("GET", "/api/mod/queue", { cookie: admin.cookie })).status).toBe(200);
  });

  it("refuses enrolment to a visitor and without TOTP_ENCRYPTION_KEY says which setting is missing", async () => {
    expect((await call("POST", "/api/me/totp", { body: { password: PASSWORD } })).status).toBe(401);
    const member = await signedIn("api_nokey");
    const response = await app.request(
      `${site}/api/me/totp`,
      { method: "POST", headers: { origin: site, "content-type": "application/json", cookie: member.cookie }, body: JSON.stringify({ password: PASSWORD }) },
      { DATABASE_URL: env.DATABASE_URL },
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringContaining("TOTP_ENCRYPTION_KEY") } });
  });
});
