import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { signOutEverywhere } from "../../../src/server/auth/account";
import { logIn } from "../../../src/server/auth/login";
import { hashPassword } from "../../../src/server/auth/passwords";
import {
  createSession,
  endOwnSession,
  listSessions,
  renewalDue,
  renewSession,
  SESSION_SLIDING_MS,
  sessionHandleOf,
  validateSessionToken,
  type SessionListing,
} from "../../../src/server/auth/sessions";
import { createPhysician } from "../../fixtures/factories";
import { accountServices } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const PASSWORD = "sinus arrest after carotid massage";
const passwordHash = await hashPassword(PASSWORD);
const DAY = 24 * 3600_000;
const T0 = Date.UTC(2026, 10, 5, 8);
const site = "http://rounds.test";
const app = createApiApp();
const env = { DATABASE_URL: `file:${handle.file}`, SITE_URL: site };

async function member(name: string) {
  const email = `${name}@example.org`;
  const userId = await createPhysician(db, { email, pseudonym: name, passwordHash }, { secondFactor: false });
  return { userId, email };
}

async function signIn(email: string, now: number, client: { device: string; place: string | null }, ip: string) {
  const result = await logIn(accountServices(db, { now, client }), { email, password: PASSWORD }, ip);
  if (result.secondFactor !== "none") throw new Error("expected a session");
  const checked = await validateSessionToken(db, result.token, now);
  return { token: result.token, sessionId: checked.sessionId!, viewer: checked.viewer! };
}

describe("the session list", () => {
  it("lists the member's live sessions with device, place, method, sign-in and last use (recorded at renewal)", async () => {
    const { email } = await member("sl_ada");
    const phone = await signIn(email, T0, { device: "Safari on iPhone", place: "US" }, "198.51.100.21");
    const laptop = await signIn(email, T0 + DAY, { device: "Firefox on Windows", place: "local" }, "198.51.100.22");
    const listed = await listSessions(db, laptop.viewer, laptop.sessionId, T0 + DAY);
    expect(listed).toEqual<SessionListing[]>([
      {
        handle: sessionHandleOf(laptop.sessionId),
        device: "Firefox on Windows",
        place: "local",
        signInMethod: "password",
        signedInAt: T0 + DAY,
        lastUsedAt: T0 + DAY,
        current: true,
      },
      { handle: sessionHandleOf(phone.sessionId), device: "Safari on iPhone", place: "US", signInMethod: "password", signedInAt: T0, lastUsedAt: T0, current: false },
    ]);

    // A use in the second half of the window renews the session, and the renewal records the use.
    const later = T0 + 20 * DAY;
    const due = (await validateSessionToken(db, phone.token, later)).renewUntil;
    expect(due).toBe(later + SESSION_SLIDING_MS);
    await renewSession(db, phone.sessionId, due!, later);
    const after = await listSessions(db, laptop.viewer, laptop.sessionId, later);
    expect(after.find((session) => !session.current)?.lastUsedAt).toBe(later);
    // No renewal is due again right after, so no write either.
    expect(renewalDue({ expiresAt: due!, absoluteExpiresAt: T0 + 90 * DAY }, later + 1000)).toBeNull();
  });

  it("ends another of the member's sessions, never the one in use nor another member's", async () => {
    const { email } = await member("sl_ben");
    const { email: otherEmail } = await member("sl_ben_other");
    const phone = await signIn(email, T0, { device: "Chrome on Android", place: "GB" }, "198.51.100.31");
    const desk = await signIn(email, T0 + 1000, { device: "Edge on Windows", place: "GB" }, "198.51.100.32");
    const other = await signIn(otherEmail, T0 + 2000, { device: "Chrome on Mac", place: "FR" }, "198.51.100.33");

    await expect(endOwnSession(db, desk.viewer, desk.sessionId, sessionHandleOf(desk.sessionId))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(endOwnSession(db, other.viewer, other.sessionId, sessionHandleOf(phone.sessionId))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endOwnSession(db, desk.viewer, desk.sessionId, "not a handle")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await endOwnSession(db, desk.viewer, desk.sessionId, sessionHandleOf(phone.sessionId));
    expect((await validateSessionToken(db, phone.token, T0 + 3000)).viewer).toBeNull();
    expect((await validateSessionToken(db, desk.token, T0 + 3000)).viewer).not.toBeNull();
    expect((await listSessions(db, desk.viewer, desk.sessionId, T0 + 3000)).map((session) => session.device)).toEqual(["Edge on Windows"]);
    await expect(endOwnSession(db, desk.viewer, desk.sessionId, sessionHandleOf(phone.sessionId))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves out expired sessions, and sign out everywhere empties it", async () => {
    const { email, userId } = await member("sl_cal");
    const old = await createSession(db, userId, T0 - 40 * DAY);
    const now = await signIn(email, T0, { device: "Chrome on Linux", place: null }, "198.51.100.41");
    const listed = await listSessions(db, now.viewer, now.sessionId, T0);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ device: "Chrome on Linux", place: null, current: true });
    expect(old.token).toBeTruthy();
    await signOutEverywhere(accountServices(db, { now: T0 }), now.viewer);
    expect(await listSessions(db, now.viewer, now.sessionId, T0)).toEqual([]);
  });

  it("is served and ended through the API", async () => {
    const { userId } = await member("sl_dee");
    const first = await createSession(db, userId, Date.now(), { client: { device: "Safari on iPad", place: "CA" }, method: "passkey" });
    const second = await createSession(db, userId, Date.now() + 1, { client: { device: "Chrome on Windows", place: "CA" }, method: "authenticator" });
    const cookie = `${PLAIN_SESSION_COOKIE}=${second.token}`;
    const headers = { origin: site, cookie };
    const listed = (await (await app.request(`${site}/api/me/sessions`, { headers }, env)).json()) as { sessions: SessionListing[] };
    expect(listed.sessions.map((session) => [session.device, session.signInMethod, session.current])).toEqual([
      ["Chrome on Windows", "authenticator", true],
      ["Safari on iPad", "passkey", false],
    ]);
    const other = listed.sessions.find((session) => !session.current)!;
    const ended = await app.request(`${site}/api/me/sessions/${other.handle}`, { method: "DELETE", headers: { ...headers, "content-type": "application/json" }, body: "{}" }, env);
    expect(await ended.json()).toEqual({ ended: true });
    expect((await validateSessionToken(db, first.token, Date.now())).viewer).toBeNull();
    const mine = listed.sessions.find((session) => session.current)!;
    const refused = await app.request(`${site}/api/me/sessions/${mine.handle}`, { method: "DELETE", headers: { ...headers, "content-type": "application/json" }, body: "{}" }, env);
    expect(refused.status).toBe(409);
    expect((await app.request(`${site}/api/me/sessions`, {}, env)).status).toBe(401);
  });
});
