import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { deleteAccount } from "../../../src/server/auth/account";
import { logIn } from "../../../src/server/auth/login";
import {
  finishPasskeyRegistration,
  listPasskeys,
  PASSKEY_REGISTRATION_FAILED,
  PASSKEY_SIGN_IN_FAILED,
  removePasskey,
  renamePasskey,
  signInWithPasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
} from "../../../src/server/auth/passkeys";
import { hashPassword } from "../../../src/server/auth/passwords";
import { loadPendingSignInFactors, removeMemberSecondFactor } from "../../../src/server/auth/second-factor";
import { validateSessionToken } from "../../../src/server/auth/sessions";
import { canReadForum, type Viewer } from "../../../src/server/auth/viewer";
import { WEBAUTHN_CHALLENGE_MS } from "../../../src/server/auth/webauthn";
import { passkeys, sessions, webauthnChallenges } from "../../../src/server/db/schema";
import { createPhysician } from "../../fixtures/factories";
import { viewerOf } from "../../fixtures/viewers";
import { accountServices, latestMailTo, TEST_SITE } from "../../support/accounts";
import { SoftAuthenticator } from "../../support/soft-authenticator";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const PASSWORD = "wenckebach on the night shift";
const passwordHash = await hashPassword(PASSWORD);
let clock = Date.UTC(2026, 10, 4, 9);
const nextHour = () => (clock += 3600_000);
let ip = 0;
const freshIp = () => `198.51.100.${++ip}`;
const browser = { device: "Chrome on Android", place: "DE" };
const at = (now: number) => accountServices(db, { now, client: browser });
const device = () => SoftAuthenticator.create({ rpId: "rounds.test", origin: TEST_SITE });

async function account(name: string, role: Viewer["role"] = "member") {
  const email = `${name}@example.org`;
  const userId = await createPhysician(db, { email, pseudonym: name, passwordHash, role }, { secondFactor: false });
  return { userId, email, viewer: await viewerOf(db, userId, clock) };
}

/** Registers a new software passkey for the viewer; returns the device and the listing. */
async function addPasskey(viewer: Viewer, name = "Work laptop", now = nextHour()) {
  const authenticator = await device();
  const options = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
  const listing = await finishPasskeyRegistration(at(now), viewer, { name, ...(await authenticator.register(options.challenge)) });
  return { authenticator, listing, options };
}

async function signIn(authenticator: SoftAuthenticator, options: { pendingToken?: string; userVerified?: boolean; now?: number } = {}) {
  const now = options.now ?? nextHour();
  const requested = await startPasskeySignIn(at(now), options.pendingToken, freshIp());
  const answer = await authenticator.assert(requested.challenge, { userVerified: options.userVerified });
  return { requested, answer, result: () => signInWithPasskey(at(now), options.pendingToken, answer, freshIp()) };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => error,
  );

describe("registering passkeys", () => {
  it("asks for the password, then stores a named passkey (its public key only) and mails the member", async () => {
    const { viewer, email } = await account("pk_ada");
    const now = nextHour();
    await expect(startPasskeyRegistration(at(now), viewer, { password: "wrong" })).rejects.toMatchObject({ code: "INVALID", fields: { password: expect.any(String) } });
    const options = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
    expect(options).toMatchObject({
      rp: { id: "rounds.test", name: "Rounds" },
      user: { name: "pk_ada", displayName: "pk_ada" },
      attestation: "none",
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
      excludeCredentials: [],
      timeout: WEBAUTHN_CHALLENGE_MS,
    });
    expect(options.pubKeyCredParams.map((param) => param.alg)).toEqual([-7, -257]);
    const authenticator = await device();
    const listing = await finishPasskeyRegistration(at(now), viewer, { name: "  Phone  ", ...(await authenticator.register(options.challenge)) });
    expect(listing).toMatchObject({ name: "Phone", createdAt: now, lastUsedAt: null });
    expect(await listPasskeys(db, viewer)).toEqual([listing]);
    const [row] = await db.select().from(passkeys).where(eq(passkeys.id, listing.id));
    expect(row).toMatchObject({ credentialId: authenticator.credentialIdText, algorithm: -7, signCount: 1 });
    expect((await latestMailTo(client, email))?.subject).toBe("A passkey was added to your Rounds account");
  });

  it("registers several, excluding the ones it has, and refuses the same credential twice", async () => {
    const { viewer } = await account("pk_ben");
    const first = await addPasskey(viewer, "Laptop");
    const second = await addPasskey(viewer, "Phone");
    expect(second.options.excludeCredentials).toEqual([{ type: "public-key", id: first.authenticator.credentialIdText }]);
    expect((await listPasskeys(db, viewer)).map((key) => key.name)).toEqual(["Laptop", "Phone"]);
    const now = nextHour();
    const again = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
    await expect(finishPasskeyRegistration(at(now), viewer, { name: "Again", ...(await first.authenticator.register(again.challenge)) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses another member's challenge, a replayed answer and an expired challenge with one sentence", async () => {
    const { viewer } = await account("pk_cal");
    const { viewer: other } = await account("pk_cal_other");
    const now = nextHour();
    const authenticator = await device();
    const options = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
    const answer = await authenticator.register(options.challenge);
    await expect(finishPasskeyRegistration(at(now), other, { name: "Mine", ...answer })).rejects.toMatchObject({ code: "INVALID", message: PASSKEY_REGISTRATION_FAILED });
    // The attempt spent the challenge: the rightful member cannot use it either.
    await expect(finishPasskeyRegistration(at(now), viewer, { name: "Mine", ...answer })).rejects.toMatchObject({ message: PASSKEY_REGISTRATION_FAILED });
    const late = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
    await expect(finishPasskeyRegistration(at(now + WEBAUTHN_CHALLENGE_MS), viewer, { name: "Late", ...(await authenticator.register(late.challenge)) })).rejects.toMatchObject({
      message: PASSKEY_REGISTRATION_FAILED,
    });
    expect(await listPasskeys(db, viewer)).toEqual([]);
  });

  it("stores challenges only as hashes, and clears expired ones when issuing new ones", async () => {
    const { viewer } = await account("pk_dee");
    const now = nextHour();
    const options = await startPasskeyRegistration(at(now), viewer, { password: PASSWORD });
    const stored = await db.select().from(webauthnChallenges);
    expect(stored.some((row) => row.id.includes(options.challenge))).toBe(false);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.id))).toBe(true);
    await startPasskeySignIn(at(now + WEBAUTHN_CHALLENGE_MS + 1), undefined, freshIp());
    expect((await db.select().from(webauthnChallenges)).every((row) => row.expiresAt > now + WEBAUTHN_CHALLENGE_MS)).toBe(true);
  });
});

describe("signing in with a passkey", () => {
  it("signs in by passkey alone (discoverable, user verified), recording device, place and method", async () => {
    const { viewer, userId } = await account("pk_eve");
    const { authenticator } = await addPasskey(viewer);
    const attempt = await signIn(authenticator);
    expect(attempt.requested).toMatchObject({ rpId: "rounds.test", userVerification: "required", allowCredentials: [] });
    const { session, completedPending } = await attempt.result();
    expect(completedPending).toBe(false);
    const checked = await validateSessionToken(db, session.token, clock);
    expect(checked.viewer?.userId).toBe(userId);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, checked.sessionId!));
    expect(row).toMatchObject({ device: "Chrome on Android", place: "DE", signInMethod: "passkey" });
    const [key] = await listPasskeys(db, viewer);
    expect(key?.lastUsedAt).toBe(clock);
  });

  it("refuses a replayed assertion, an unknown passkey, a device that did not verify its user, and an expired challenge, with one sentence", async () => {
    const { viewer } = await account("pk_fay");
    const { authenticator } = await addPasskey(viewer);
    const used = await signIn(authenticator);
    await used.result();
    expect(await failure(signInWithPasskey(at(clock), undefined, used.answer, freshIp()))).toMatchObject({ code: "UNAUTHENTICATED", message: PASSKEY_SIGN_IN_FAILED });

    const stranger = await device();
    expect(await failure((await signIn(stranger)).result())).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
    expect(await failure((await signIn(authenticator, { userVerified: false })).result())).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });

    const now = nextHour();
    const late = await startPasskeySignIn(at(now), undefined, freshIp());
    const answer = await authenticator.assert(late.challenge);
    expect(await failure(signInWithPasskey(at(now + WEBAUTHN_CHALLENGE_MS), undefined, answer, freshIp()))).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
    expect(await failure(signInWithPasskey(at(now), undefined, { credentialId: "!!" }, freshIp()))).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
  });

  it("refuses a counter that goes backwards (a cloned authenticator)", async () => {
    const { viewer } = await account("pk_gus");
    const { authenticator } = await addPasskey(viewer);
    await (await signIn(authenticator)).result();
    await (await signIn(authenticator)).result();
    const now = nextHour();
    const requested = await startPasskeySignIn(at(now), undefined, freshIp());
    const clone = await authenticator.assert(requested.challenge, { counter: 2 });
    expect(await failure(signInWithPasskey(at(now), undefined, clone, freshIp()))).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
  });

  it("refuses a deleted account's passkey", async () => {
    const { viewer } = await account("pk_hal");
    const { authenticator } = await addPasskey(viewer);
    await deleteAccount(at(clock), viewer, { password: PASSWORD, confirm: "delete" });
    expect(await failure((await signIn(authenticator)).result())).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
  });
});

describe("a passkey as the second factor", () => {
  it("makes the password a first step only, and completes the pending sign-in (user presence is enough)", async () => {
    const { viewer, email, userId } = await account("pk_ida");
    const { authenticator } = await addPasskey(viewer);
    const now = nextHour();
    const login = await logIn(at(now), { email, password: PASSWORD }, freshIp());
    expect(login.secondFactor).toBe("required");
    if (login.secondFactor !== "required") return;
    expect(await loadPendingSignInFactors(db, login.pendingToken, now)).toEqual({ authenticator: false, passkey: true });

    const attempt = await signIn(authenticator, { pendingToken: login.pendingToken, userVerified: false, now });
    expect(attempt.requested).toMatchObject({ userVerification: "preferred", allowCredentials: [{ type: "public-key", id: authenticator.credentialIdText }] });
    const { session, completedPending } = await attempt.result();
    expect(completedPending).toBe(true);
    const checked = await validateSessionToken(db, session.token, now);
    expect(checked.viewer?.userId).toBe(userId);
    const [row] = await db.select({ method: sessions.signInMethod }).from(sessions).where(eq(sessions.id, checked.sessionId!));
    expect(row?.method).toBe("passkey_second_factor");
    expect(await loadPendingSignInFactors(db, login.pendingToken, now)).toBeNull();
  });

  it("does not complete another account's pending sign-in", async () => {
    const { viewer } = await account("pk_jon");
    const other = await account("pk_jon_other");
    await addPasskey(other.viewer);
    const { authenticator } = await addPasskey(viewer);
    const now = nextHour();
    const login = await logIn(at(now), { email: other.email, password: PASSWORD }, freshIp());
    if (login.secondFactor !== "required") throw new Error("expected a pending sign-in");
    // Without user verification the passkey cannot sign in alone, and it is not the pending account's.
    expect(await failure((await signIn(authenticator, { pendingToken: login.pendingToken, userVerified: false, now })).result())).toMatchObject({
      message: PASSKEY_SIGN_IN_FAILED,
    });
    expect(await loadPendingSignInFactors(db, login.pendingToken, now)).not.toBeNull();
  });

  it("asks only the account's own passkeys: another member's passkey (even one whose row id equals its member's id) changes nothing", async () => {
    // A one-table select leaves drizzle's columns unqualified; a sub-select on passkeys must not
    // compare passkeys.user_id with passkeys.id. This row makes that mistake visible.
    const holder = await account("pk_row_holder");
    await db.insert(passkeys).values({
      id: holder.userId,
      userId: holder.userId,
      credentialId: `fixture-${holder.userId}`,
      publicKey: "MA==",
      algorithm: -7,
      signCount: 0,
      name: "Fixture",
      createdAt: clock,
    });
    const plain = await account("pk_plain");
    const now = nextHour();
    const login = await logIn(at(now), { email: plain.email, password: PASSWORD }, freshIp());
    expect(login.secondFactor).toBe("none");
    const held = await logIn(at(now), { email: holder.email, password: PASSWORD }, freshIp());
    expect(held.secondFactor).toBe("required");
    if (held.secondFactor === "required") expect(await loadPendingSignInFactors(db, held.pendingToken, now)).toEqual({ authenticator: false, passkey: true });
    expect((await viewerOf(db, plain.userId, now)).secondFactorEnrolled).toBe(false);
  });
});

describe("the staff rule and managing passkeys", () => {
  it("is satisfied by a passkey; removing the last one asks for the password and holds the admin again", async () => {
    const { viewer, userId, email } = await account("pk_admin", "admin");
    expect(viewer.mustEnrolSecondFactor).toBe(true);
    expect(canReadForum(viewer)).toBe(false);
    const { listing } = await addPasskey(viewer);
    const released = await viewerOf(db, userId, clock);
    expect(released).toMatchObject({ mustEnrolSecondFactor: false, secondFactorEnrolled: true });
    expect(canReadForum(released)).toBe(true);

    await expect(removePasskey(at(nextHour()), released, listing.id, {})).rejects.toMatchObject({ code: "INVALID", fields: { password: expect.any(String) } });
    await expect(removePasskey(at(clock), released, listing.id, { password: "wrong" })).rejects.toMatchObject({ code: "INVALID" });
    await removePasskey(at(clock), released, listing.id, { password: PASSWORD });
    expect((await viewerOf(db, userId, clock)).mustEnrolSecondFactor).toBe(true);
    expect((await latestMailTo(client, email))?.subject).toBe("A passkey was removed from your Rounds account");
    const audit = await client.execute({ sql: "select action from audit_log where target_type = 'user' and target_id = ? order by id", args: [userId] });
    expect(audit.rows.map((row) => row.action)).toEqual(["passkey_added", "passkey_removed"]);
  });

  it("renames and removes only the member's own passkeys; a passkey that is not the last goes without the password", async () => {
    const { viewer } = await account("pk_kim");
    const other = await account("pk_kim_other");
    const first = await addPasskey(viewer, "Laptop");
    const second = await addPasskey(viewer, "Phone");
    expect(await renamePasskey(db, viewer, first.listing.id, { name: "Old laptop" })).toBe("Old laptop");
    await expect(renamePasskey(db, other.viewer, first.listing.id, { name: "Mine now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renamePasskey(db, viewer, first.listing.id, { name: "" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(removePasskey(at(clock), other.viewer, first.listing.id, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removePasskey(at(nextHour()), viewer, first.listing.id, {});
    expect((await listPasskeys(db, viewer)).map((key) => key.name)).toEqual(["Phone"]);
    expect(await failure((await signIn(first.authenticator)).result())).toMatchObject({ message: PASSKEY_SIGN_IN_FAILED });
    await expect((await signIn(second.authenticator)).result()).resolves.toMatchObject({ completedPending: false });
  });

  it("goes with an administrator's recovery of the member", async () => {
    const admin = await createPhysician(db, { role: "admin", pseudonym: "pk_recoverer" });
    const adminViewer = await viewerOf(db, admin, clock);
    const { viewer } = await account("pk_lost");
    await addPasskey(viewer);
    await removeMemberSecondFactor(at(nextHour()), adminViewer, { pseudonym: "pk_lost", reason: "Video call, licence shown", confirmNotPhi: "on" });
    expect(await listPasskeys(db, viewer)).toEqual([]);
  });
});
