import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_PENDING_SIGN_IN_COOKIE } from "../../../src/lib/pending-sign-in-cookie";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { PASSKEY_SIGN_IN_FAILED, type PasskeyCreationOptions, type PasskeyRequestOptions } from "../../../src/server/auth/passkeys";
import { hashPassword } from "../../../src/server/auth/passwords";
import { createSession } from "../../../src/server/auth/sessions";
import { createPhysician } from "../../fixtures/factories";
import { SoftAuthenticator } from "../../support/soft-authenticator";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const site = "http://rounds.test";
const env = { DATABASE_URL: `file:${handle.file}`, SITE_URL: site };
const app = createApiApp();
const PASSWORD = "junctional rhythm at rest";
const passwordHash = await hashPassword(PASSWORD);
let ip = 0;

function call(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, options: { cookie?: string; body?: unknown; env?: Record<string, unknown> } = {}) {
  const headers: Record<string, string> = {
    origin: site,
    "cf-connecting-ip": `203.0.113.${++ip}`,
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return app.request(`${site}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }, options.env ?? env);
}

function cookiesOf(response: Response): Record<string, string> {
  const result: Record<string, string> = {};
  for (const header of response.headers.getSetCookie()) {
    const [name, ...value] = header.split(";")[0]!.split("=");
    result[name!] = value.join("=");
  }
  return result;
}

async function signedIn(name: string, role: "member" | "admin" = "member") {
  const email = `${name}@example.org`;
  const userId = await createPhysician(db, { email, pseudonym: name, passwordHash, role }, { secondFactor: false });
  const session = await createSession(db, userId, Date.now());
  return { userId, email, cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` };
}

async function registerThroughApi(cookie: string, name = "Laptop"): Promise<{ authenticator: SoftAuthenticator; id: number }> {
  const options = await call("POST", "/api/auth/passkey/register/options", { cookie, body: { password: PASSWORD } });
  expect(options.status).toBe(200);
  const creation = (await options.json()) as PasskeyCreationOptions;
  expect(creation.rp).toEqual({ id: "rounds.test", name: "Rounds" });
  const authenticator = await SoftAuthenticator.create({ rpId: "rounds.test", origin: site });
  const verified = await call("POST", "/api/auth/passkey/register/verify", { cookie, body: { name, ...(await authenticator.register(creation.challenge)) } });
  expect(verified.status).toBe(201);
  const { passkey } = (await verified.json()) as { passkey: { id: number; name: string } };
  expect(passkey.name).toBe(name);
  return { authenticator, id: passkey.id };
}

async function passkeySignIn(authenticator: SoftAuthenticator, cookie?: string, bend: { userVerified?: boolean } = {}) {
  const options = await call("POST", "/api/auth/passkey/sign-in/options", { cookie, body: {} });
  expect(options.status).toBe(200);
  const request = (await options.json()) as PasskeyRequestOptions;
  return { request, response: await call("POST", "/api/auth/passkey/sign-in/verify", { cookie, body: await authenticator.assert(request.challenge, bend) }) };
}

describe("passkeys through the API", () => {
  it("registers, lists, renames, signs in by passkey alone and removes", async () => {
    const member = await signedIn("api_pk_ada");
    const { authenticator, id } = await registerThroughApi(member.cookie);
    expect(await (await call("GET", "/api/me/passkeys", { cookie: member.cookie })).json()).toMatchObject({ passkeys: [{ id, name: "Laptop", lastUsedAt: null }] });
    const renamed = await call("PATCH", `/api/me/passkeys/${id}`, { cookie: member.cookie, body: { name: "Home laptop" } });
    expect(await renamed.json()).toEqual({ name: "Home laptop" });

    const { request, response } = await passkeySignIn(authenticator);
    expect(request).toMatchObject({ rpId: "rounds.test", userVerification: "required", allowCredentials: [] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, completedPending: false });
    const session = cookiesOf(response)[PLAIN_SESSION_COOKIE]!;
    expect(session).toMatch(/^[a-z2-7]{40}$/);
    const me = await call("GET", "/api/me", { cookie: `${PLAIN_SESSION_COOKIE}=${session}` });
    expect(await me.json()).toEqual({ pseudonym: "api_pk_ada", role: "member" });

    // The last second factor: the password first.
    const refused = await call("DELETE", `/api/me/passkeys/${id}`, { cookie: member.cookie, body: {} });
    expect(refused.status).toBe(400);
    const removed = await call("DELETE", `/api/me/passkeys/${id}`, { cookie: member.cookie, body: { password: PASSWORD } });
    expect(await removed.json()).toEqual({ removed: true });
    expect((await passkeySignIn(authenticator)).response.status).toBe(401);
  });

  it("completes a password sign-in with a passkey as the second factor, clearing the pending cookie", async () => {
    const member = await signedIn("api_pk_ben");
    const { authenticator } = await registerThroughApi(member.cookie);
    const login = await call("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } });
    expect(await login.json()).toEqual({ secondFactor: "required" });
    const pending = cookiesOf(login)[PLAIN_PENDING_SIGN_IN_COOKIE]!;
    expect(cookiesOf(login)[PLAIN_SESSION_COOKIE]).toBeUndefined();

    const cookie = `${PLAIN_PENDING_SIGN_IN_COOKIE}=${pending}`;
    const { request, response } = await passkeySignIn(authenticator, cookie, { userVerified: false });
    expect(request.allowCredentials).toEqual([{ type: "public-key", id: authenticator.credentialIdText }]);
    expect(await response.json()).toEqual({ ok: true, completedPending: true });
    const cookies = cookiesOf(response);
    expect(cookies[PLAIN_SESSION_COOKIE]).toMatch(/^[a-z2-7]{40}$/);
    expect(cookies[PLAIN_PENDING_SIGN_IN_COOKIE]).toBe("");
    const sessions = await handle.client.execute({
      sql: "select device, place, sign_in_method from sessions where user_id = ? and sign_in_method is not null",
      args: [member.userId],
    });
    expect(sessions.rows.map((row) => ({ ...row }))).toEqual([{ device: "Chrome on Linux", place: null, sign_in_method: "passkey_second_factor" }]);
  });

  it("releases an admin held by the staff rule once a passkey is registered", async () => {
    const admin = await signedIn("api_pk_admin", "admin");
    expect((await call("GET", "/api/me", { cookie: admin.cookie })).status).toBe(403);
    await registerThroughApi(admin.cookie);
    expect(await (await call("GET", "/api/me", { cookie: admin.cookie })).json()).toEqual({ pseudonym: "api_pk_admin", role: "admin" });
  });

  it("answers the same 401 to a bad assertion, 401 to a visitor's registration, 404 to another member's passkey", async () => {
    const member = await signedIn("api_pk_cal");
    const other = await signedIn("api_pk_cal_other");
    const { authenticator, id } = await registerThroughApi(member.cookie);
    const options = (await (await call("POST", "/api/auth/passkey/sign-in/options", { body: {} })).json()) as PasskeyRequestOptions;
    const bad = await call("POST", "/api/auth/passkey/sign-in/verify", { body: await authenticator.assert(options.challenge, { origin: "https://evil.example" }) });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: PASSKEY_SIGN_IN_FAILED } });
    expect(bad.headers.getSetCookie()).toEqual([]);
    expect((await call("POST", "/api/auth/passkey/register/options", { body: { password: PASSWORD } })).status).toBe(401);
    expect((await call("PATCH", `/api/me/passkeys/${id}`, { cookie: other.cookie, body: { name: "Mine" } })).status).toBe(404);
    expect((await call("DELETE", `/api/me/passkeys/${id}`, { cookie: other.cookie, body: {} })).status).toBe(404);
    expect((await call("DELETE", "/api/me/passkeys/not-a-number", { cookie: other.cookie, body: {} })).status).toBe(404);
  });

  it("names SITE_URL when it is missing away from this machine", async () => {
    const member = await signedIn("api_pk_dee");
    const response = await call("POST", "/api/auth/passkey/register/options", { cookie: member.cookie, body: { password: PASSWORD }, env: { DATABASE_URL: env.DATABASE_URL } });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining("SITE_URL") } });
  });
});
