import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn } from "../../../src/server/auth/login";
import { hashPassword } from "../../../src/server/auth/passwords";
import { SESSION_ABSOLUTE_MS, SESSION_SLIDING_MS, endSession, renewSession, validateSessionToken } from "../../../src/server/auth/sessions";
import { hashSecretToken } from "../../../src/server/auth/tokens";
import { accountServices } from "../../support/accounts";
import { createPhysician } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const PASSWORD = "wenckebach every third beat";
const DAY = 24 * 3600_000;
let passwordHash: string;
let ip = 0;
const freshIp = () => `192.0.2.${++ip}`;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function member(email: string) {
  return createPhysician(handle.db, { email, passwordHash, pseudonym: email.split("@")[0]!.replace(/\W/g, "_") });
}

describe("login", () => {
  it("signs in with the right password and stores only the token's hash", async () => {
    const userId = await member("right.password@example.org");
    const services = accountServices(handle.db);
    const session = await logIn(services, { email: "Right.Password@example.org", password: PASSWORD }, freshIp());
    expect(session.token).toMatch(/^[a-z2-7]{40}$/);
    const stored = await handle.client.execute({ sql: "select id from sessions where user_id = ?", args: [userId] });
    expect(stored.rows.map((row) => row.id)).toEqual([hashSecretToken(session.token ?? "")]);
    const validated = await validateSessionToken(handle.db, session.token, services.now);
    expect(validated.viewer).toMatchObject({ userId, verificationStatus: "verified", emailConfirmed: true });
  });

  it("gives an unknown email the same answer as a wrong password, after the same Argon2id work", async () => {
    await member("known@example.org");
    const services = accountServices(handle.db);
    const timed = async (email: string) => {
      const started = performance.now();
      const error = await logIn(services, { email, password: "not the password" }, freshIp()).catch((failure: unknown) => failure);
      return { error, ms: performance.now() - started };
    };
    await timed("warm-up@example.org");
    const wrong = await timed("known@example.org");
    const unknown = await timed("nobody-here@example.org");
    expect(unknown.error).toEqual(wrong.error);
    expect(wrong.error).toMatchObject({ code: "UNAUTHENTICATED", message: "Email or password is incorrect." });
    // Both verify an Argon2id hash (~100+ ms); without the dummy hash the unknown email takes ~1 ms.
    expect(unknown.ms).toBeGreaterThan(wrong.ms * 0.4);
  });

  it("refuses the sixth attempt in a minute on one account, whatever the IP", async () => {
    await member("hammered@example.org");
    const services = accountServices(handle.db);
    for (let i = 0; i < 5; i++) {
      await expect(logIn(services, { email: "hammered@example.org", password: "wrong guess" }, freshIp())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(logIn(services, { email: "hammered@example.org", password: PASSWORD }, freshIp())).rejects.toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: expect.any(Number),
    });
  });

  it("refuses the sixth attempt in a minute from one IP, whatever the account", async () => {
    const services = accountServices(handle.db, { now: Date.UTC(2026, 10, 2) });
    const ipAddress = freshIp();
    for (let i = 0; i < 5; i++) {
      await logIn(services, { email: `spray${i}@example.org`, password: "guess" }, ipAddress).catch(() => undefined);
    }
    const failure = await logIn(services, { email: "spray-last@example.org", password: "guess" }, ipAddress).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "RATE_LIMITED" });
    expect((failure as Error).message).toMatch(/^Too many attempts at signing in\. Please try again in \d+ seconds?\.$/);
  });
});

describe("sessions", () => {
  it("slides the expiry forward when used in the second half of its 30 days", async () => {
    const userId = await member("sliding@example.org");
    const services = accountServices(handle.db);
    const { token } = await logIn(services, { email: "sliding@example.org", password: PASSWORD }, freshIp());
    const early = await validateSessionToken(handle.db, token, services.now + 5 * DAY);
    expect(early.renewUntil).toBeNull();
    const late = await validateSessionToken(handle.db, token, services.now + 20 * DAY);
    expect(late.renewUntil).toBe(services.now + 20 * DAY + SESSION_SLIDING_MS);
    await renewSession(handle.db, late.sessionId!, late.renewUntil!);
    expect((await validateSessionToken(handle.db, token, services.now + 45 * DAY)).viewer?.userId).toBe(userId);
  });

  it("ends a session unused for 30 days", async () => {
    await member("idle@example.org");
    const services = accountServices(handle.db);
    const { token } = await logIn(services, { email: "idle@example.org", password: PASSWORD }, freshIp());
    expect((await validateSessionToken(handle.db, token, services.now + SESSION_SLIDING_MS + 1)).viewer).toBeNull();
  });

  it("never renews a session past 90 days from login", async () => {
    await member("capped@example.org");
    const services = accountServices(handle.db);
    const { token } = await logIn(services, { email: "capped@example.org", password: PASSWORD }, freshIp());
    for (const day of [20, 40, 60, 80]) {
      const check = await validateSessionToken(handle.db, token, services.now + day * DAY);
      if (check.renewUntil) await renewSession(handle.db, check.sessionId!, check.renewUntil);
    }
    expect((await validateSessionToken(handle.db, token, services.now + 89 * DAY)).viewer).not.toBeNull();
    expect((await validateSessionToken(handle.db, token, services.now + SESSION_ABSOLUTE_MS)).viewer).toBeNull();
  });

  it("creates a new session at every login and ends only the one logged out", async () => {
    await member("two.devices@example.org");
    const services = accountServices(handle.db);
    const phone = await logIn(services, { email: "two.devices@example.org", password: PASSWORD }, freshIp());
    const laptop = await logIn(services, { email: "two.devices@example.org", password: PASSWORD }, freshIp());
    expect(phone.token).not.toBe(laptop.token);
    await endSession(handle.db, hashSecretToken(phone.token ?? ""));
    expect((await validateSessionToken(handle.db, phone.token, services.now)).viewer).toBeNull();
    expect((await validateSessionToken(handle.db, laptop.token, services.now)).viewer).not.toBeNull();
  });

  it("treats a malformed or unknown cookie as no session", async () => {
    expect((await validateSessionToken(handle.db, "'; drop table users; --", Date.now())).viewer).toBeNull();
    expect((await validateSessionToken(handle.db, "a".repeat(40), Date.now())).viewer).toBeNull();
  });
});
