import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { afterAll, describe, expect, it } from "vitest";
import { changePassword } from "../../../src/server/auth/account";
import { logIn } from "../../../src/server/auth/login";
import { hashPassword } from "../../../src/server/auth/passwords";
import {
  completeSecondFactorSignIn,
  confirmTotpEnrolment,
  loadPendingEnrolment,
  loadSecondFactorStatus,
  PENDING_SIGN_IN_MS,
  regenerateRecoveryCodes,
  removeMemberSecondFactor,
  SECOND_FACTOR_FAILED,
  startTotpEnrolment,
  turnOffSecondFactor,
} from "../../../src/server/auth/second-factor";
import { loadStaffSecondFactorPolicy, setStaffSecondFactorPolicy } from "../../../src/server/auth/second-factor-policy";
import { validateSessionToken } from "../../../src/server/auth/sessions";
import { totpCodeAt } from "../../../src/server/auth/totp";
import { canReadForum, type Viewer } from "../../../src/server/auth/viewer";
import { siteSettings } from "../../../src/server/db/schema";
import { createPhysician } from "../../fixtures/factories";
import { viewerOf } from "../../fixtures/viewers";
import { accountServices, latestMailTo } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const PASSWORD = "torsades after a long qt";
const passwordHash = await hashPassword(PASSWORD);
let ip = 0;
const freshIp = () => `198.51.100.${++ip}`;
/** Each test gets its own stretch of time, so codes and windows never overlap between tests. */
let clock = Date.UTC(2026, 10, 2, 9);
const at = (now: number) => accountServices(db, { now });
const nextHour = () => (clock += 3600_000);

interface Enrolled {
  userId: number;
  email: string;
  secret: Uint8Array;
  recoveryCodes: string[];
  viewer: Viewer;
  /** When the enrolment was confirmed (its code's step is spent). */
  enrolledAt: number;
}

async function account(name: string, role: Viewer["role"] = "member") {
  const email = `${name}@example.org`;
  const userId = await createPhysician(db, { email, pseudonym: name, passwordHash, role }, { secondFactor: false });
  return { userId, email, viewer: await viewerOf(db, userId, clock) };
}

const secretOf = (uri: string) => decodeBase32IgnorePadding(new URL(uri).searchParams.get("secret")!);

async function enrolled(name: string, role: Viewer["role"] = "member"): Promise<Enrolled> {
  const { userId, email, viewer } = await account(name, role);
  const now = nextHour();
  const started = await startTotpEnrolment(at(now), viewer, { password: PASSWORD });
  const secret = secretOf(started.uri);
  const { recoveryCodes } = await confirmTotpEnrolment(at(now), viewer, { code: totpCodeAt(secret, now) });
  return { userId, email, secret, recoveryCodes, viewer: await viewerOf(db, userId, now), enrolledAt: now };
}

async function countRows(table: string, userId: number): Promise<number> {
  const result = await client.execute({ sql: `select count(*) as n from ${table} where user_id = ?`, args: [userId] });
  return Number(result.rows[0]!.n);
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => error,
  );

describe("enrolment", () => {
  it("asks for the password, shows the secret until a code confirms it, then returns 10 recovery codes once", async () => {
    const { userId, email, viewer } = await account("enrol_ada");
    const now = nextHour();
    await expect(startTotpEnrolment(at(now), viewer, { password: "not it" })).rejects.toMatchObject({ code: "INVALID", fields: { password: expect.any(String) } });

    const started = await startTotpEnrolment(at(now), viewer, { password: PASSWORD });
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Rounds:enrol_ada\?/);
    expect(started.qrSvg.startsWith("<svg")).toBe(true);
    expect(started.manualKey.replaceAll(" ", "")).toBe(new URL(started.uri).searchParams.get("secret"));
    expect(await loadSecondFactorStatus(db, viewer)).toMatchObject({ enabled: false, enrolmentPending: true });
    // While it waits for its code the page can show the same secret again.
    expect((await loadPendingEnrolment(at(now), viewer))?.uri).toBe(started.uri);

    const secret = secretOf(started.uri);
    await expect(confirmTotpEnrolment(at(now), viewer, { code: totpCodeAt(secret, now + 120_000) })).rejects.toMatchObject({ code: "INVALID" });
    const { recoveryCodes } = await confirmTotpEnrolment(at(now), viewer, { code: totpCodeAt(secret, now) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await countRows("recovery_codes", userId)).toBe(10);
    expect(await loadSecondFactorStatus(db, viewer)).toMatchObject({ enabled: true, enabledAt: now, recoveryCodesLeft: 10, enrolmentPending: false });
    // Never shown again: no pending secret, and a new start is refused until it is turned off.
    expect(await loadPendingEnrolment(at(now), viewer)).toBeNull();
    await expect(startTotpEnrolment(at(now), viewer, { password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await latestMailTo(client, email))?.subject).toBe("Two-factor sign-in is on for your Rounds account");
    // A member's change is mailed, not audited.
    expect((await client.execute({ sql: "select count(*) as n from audit_log where target_id = ? and action like 'second_factor%'", args: [userId] })).rows[0]!.n).toBe(0);
  });

  it("refuses to run without TOTP_ENCRYPTION_KEY, naming it", async () => {
    const { viewer } = await account("enrol_nokey");
    await expect(startTotpEnrolment(accountServices(db, { now: nextHour(), totpEncryptionKey: undefined }), viewer, { password: PASSWORD })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringContaining("TOTP_ENCRYPTION_KEY"),
    });
  });
});

describe("signing in with a second factor", () => {
  it("gives no session for the password, only a pending sign-in, and a session for the code", async () => {
    const member = await enrolled("signin_bea");
    const now = member.enrolledAt + 60_000;
    const sessionsBefore = await countRows("sessions", member.userId);
    const step1 = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    expect(step1).toMatchObject({ secondFactor: "required", expiresAt: now + PENDING_SIGN_IN_MS });
    expect(step1.token).toBeUndefined();
    expect(await countRows("sessions", member.userId)).toBe(sessionsBefore);
    if (step1.secondFactor !== "required") throw new Error("expected a pending sign-in");
    expect(await countRows("pending_sign_ins", member.userId)).toBe(1);

    const { session, usedRecoveryCode } = await completeSecondFactorSignIn(at(now), step1.pendingToken, { code: totpCodeAt(member.secret, now) }, freshIp());
    expect(usedRecoveryCode).toBe(false);
    const { viewer } = await validateSessionToken(db, session.token, now);
    expect(viewer).toMatchObject({ userId: member.userId, secondFactorEnrolled: true, mustEnrolSecondFactor: false });
    // The pending sign-in is spent.
    expect(await countRows("pending_sign_ins", member.userId)).toBe(0);
    await expect(completeSecondFactorSignIn(at(now), step1.pendingToken, { code: totpCodeAt(member.secret, now + 30_000) }, freshIp())).rejects.toMatchObject({
      message: SECOND_FACTOR_FAILED,
    });
  });

  it("refuses a code already used, within its window, for a new sign-in", async () => {
    const member = await enrolled("replay_cal");
    const now = member.enrolledAt + 40_000;
    const code = totpCodeAt(member.secret, now);
    const first = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    await completeSecondFactorSignIn(at(now), first.secondFactor === "required" ? first.pendingToken : "", { code }, freshIp());
    const second = await logIn(at(now + 5_000), { email: member.email, password: PASSWORD }, freshIp());
    const replayed = await failure(completeSecondFactorSignIn(at(now + 5_000), second.secondFactor === "required" ? second.pendingToken : "", { code }, freshIp()));
    expect(replayed).toMatchObject({ code: "UNAUTHENTICATED", message: SECOND_FACTOR_FAILED });
    // The enrolment's own code cannot sign in either.
    const enrolmentCode = totpCodeAt(member.secret, member.enrolledAt);
    const third = await logIn(at(member.enrolledAt + 10_000), { email: member.email, password: PASSWORD }, freshIp());
    expect(
      await failure(completeSecondFactorSignIn(at(member.enrolledAt + 10_000), third.secondFactor === "required" ? third.pendingToken : "", { code: enrolmentCode }, freshIp())),
    ).toMatchObject({
      message: SECOND_FACTOR_FAILED,
    });
  });

  it("accepts a recovery code once, mails the member and leaves 9", async () => {
    const member = await enrolled("recovery_dee");
    const now = member.enrolledAt + 60_000;
    const [code] = member.recoveryCodes;
    const first = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    const result = await completeSecondFactorSignIn(at(now), first.secondFactor === "required" ? first.pendingToken : "", { code: code!.toUpperCase() }, freshIp());
    expect(result.usedRecoveryCode).toBe(true);
    expect((await latestMailTo(client, member.email))?.subject).toBe("A recovery code was used to sign in to Rounds");
    expect(await loadSecondFactorStatus(db, member.viewer)).toMatchObject({ recoveryCodesLeft: 9 });

    const again = await logIn(at(now + 1000), { email: member.email, password: PASSWORD }, freshIp());
    expect(await failure(completeSecondFactorSignIn(at(now + 1000), again.secondFactor === "required" ? again.pendingToken : "", { code }, freshIp()))).toMatchObject({
      message: SECOND_FACTOR_FAILED,
    });
  });

  it("answers every failure with the same sentence", async () => {
    const member = await enrolled("same_eve");
    const now = member.enrolledAt + 60_000;
    const pending = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    const token = pending.secondFactor === "required" ? pending.pendingToken : "";
    const attempts: [string, () => Promise<unknown>][] = [
      ["no pending sign-in", () => completeSecondFactorSignIn(at(now), undefined, { code: totpCodeAt(member.secret, now) }, freshIp())],
      ["an unknown token", () => completeSecondFactorSignIn(at(now), "a".repeat(40), { code: totpCodeAt(member.secret, now) }, freshIp())],
      ["a wrong code", () => completeSecondFactorSignIn(at(now), token, { code: "000000" }, freshIp())],
      ["a malformed code", () => completeSecondFactorSignIn(at(now), token, { code: "<script>" }, freshIp())],
      ["an unknown field", () => completeSecondFactorSignIn(at(now), token, { code: "123456", extra: 1 }, freshIp())],
      ["a recovery code of someone else", () => completeSecondFactorSignIn(at(now), token, { code: "abcd-efgh-ijkl-mnop" }, freshIp())],
      [
        "an expired sign-in",
        () => completeSecondFactorSignIn(at(now + PENDING_SIGN_IN_MS + 1), token, { code: totpCodeAt(member.secret, now + PENDING_SIGN_IN_MS + 1) }, freshIp()),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const error = await failure(attempt());
      expect(error, what).toMatchObject({ code: "UNAUTHENTICATED", message: SECOND_FACTOR_FAILED, fields: { code: SECOND_FACTOR_FAILED } });
    }
  });

  it("refuses the sixth code in 15 minutes for an account, even a right one", async () => {
    const member = await enrolled("limit_fay");
    // The next 15-minute window: the enrolment's own code counted in the one before.
    const now = member.enrolledAt + 15 * 60_000 + 1000;
    const pending = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    const token = pending.secondFactor === "required" ? pending.pendingToken : "";
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await failure(completeSecondFactorSignIn(at(now + attempt), token, { code: "000000" }, freshIp()))).toMatchObject({ message: SECOND_FACTOR_FAILED });
    }
    const limited = await failure(completeSecondFactorSignIn(at(now + 10), token, { code: totpCodeAt(member.secret, now) }, freshIp()));
    expect(limited).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect((limited as { message: string }).message).toMatch(/^Too many attempts at signing in\. Please try again in \d+ minutes?\.$/);
  });

  it("signs in with the password alone when the second factor is off", async () => {
    const { email } = await account("plain_gus");
    const result = await logIn(at(nextHour()), { email, password: PASSWORD }, freshIp());
    expect(result).toMatchObject({ secondFactor: "none", token: expect.stringMatching(/^[a-z2-7]{40}$/) });
  });
});

describe("turning it off, new recovery codes, an admin's recovery", () => {
  it("turns off with a current code, refuses a wrong one, and mails the member", async () => {
    const member = await enrolled("off_hal");
    const now = member.enrolledAt + 60_000;
    await expect(turnOffSecondFactor(at(now), member.viewer, { code: "000000" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(turnOffSecondFactor(at(now), member.viewer, {})).rejects.toMatchObject({ code: "INVALID" });
    await turnOffSecondFactor(at(now), member.viewer, { code: totpCodeAt(member.secret, now) });
    expect(await loadSecondFactorStatus(db, member.viewer)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect(await countRows("recovery_codes", member.userId)).toBe(0);
    expect((await latestMailTo(client, member.email))?.subject).toBe("Two-factor sign-in is off for your Rounds account");
    expect((await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp())).secondFactor).toBe("none");
  });

  it("turns off with the password", async () => {
    const member = await enrolled("off_ida");
    await expect(turnOffSecondFactor(at(member.enrolledAt), member.viewer, { password: "wrong" })).rejects.toMatchObject({ code: "INVALID" });
    await turnOffSecondFactor(at(member.enrolledAt), member.viewer, { password: PASSWORD });
    expect((await loadSecondFactorStatus(db, member.viewer)).enabled).toBe(false);
  });

  it("makes new recovery codes with the password; the old ones stop working", async () => {
    const member = await enrolled("regen_jo");
    const now = member.enrolledAt + 60_000;
    const { recoveryCodes } = await regenerateRecoveryCodes(at(now), member.viewer, { password: PASSWORD });
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes).not.toContain(member.recoveryCodes[0]);
    const pending = await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp());
    const token = pending.secondFactor === "required" ? pending.pendingToken : "";
    expect(await failure(completeSecondFactorSignIn(at(now), token, { code: member.recoveryCodes[0] }, freshIp()))).toMatchObject({ message: SECOND_FACTOR_FAILED });
    await expect(completeSecondFactorSignIn(at(now), token, { code: recoveryCodes[0] }, freshIp())).resolves.toMatchObject({ usedRecoveryCode: true });
  });

  it("lets an admin turn off a locked-out member's second factor, audited with the reason, and mails the member", async () => {
    const member = await enrolled("locked_kim");
    const admin = await enrolled("recovering_admin", "admin");
    const moderator = await enrolled("not_an_admin", "moderator");
    const now = admin.enrolledAt + 60_000;
    const input = { pseudonym: "Locked_Kim", reason: "Identity checked by a video call against the NPI record." };
    await expect(removeMemberSecondFactor(at(now), moderator.viewer, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMemberSecondFactor(at(now), admin.viewer, { ...input, pseudonym: "recovering_admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMemberSecondFactor(at(now), admin.viewer, { ...input, reason: "" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await removeMemberSecondFactor(at(now), admin.viewer, input)).toBe("locked_kim");
    const audit = await client.execute({ sql: "select actor_id, action, reason from audit_log where target_type = 'user' and target_id = ?", args: [member.userId] });
    expect(audit.rows.map((row) => ({ ...row }))).toEqual([{ actor_id: admin.userId, action: "second_factor_removed_by_admin", reason: input.reason }]);
    expect((await latestMailTo(client, member.email))?.subject).toBe("An administrator turned off two-factor sign-in for your Rounds account");
    expect((await logIn(at(now), { email: member.email, password: PASSWORD }, freshIp())).secondFactor).toBe("none");
    await expect(removeMemberSecondFactor(at(now), admin.viewer, input)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("mails a password change, and audits it for staff", async () => {
    const moderator = await enrolled("pw_moderator", "moderator");
    const { viewer } = await account("pw_member");
    const now = moderator.enrolledAt + 60_000;
    await changePassword(at(now), moderator.viewer, "", { currentPassword: PASSWORD, newPassword: "a new sentence about bradycardia" });
    await changePassword(at(now), viewer, "", { currentPassword: PASSWORD, newPassword: "a new sentence about bradycardia" });
    expect((await latestMailTo(client, moderator.email))?.subject).toBe("Your Rounds password was changed");
    expect((await latestMailTo(client, "pw_member@example.org"))?.subject).toBe("Your Rounds password was changed");
    const audited = await client.execute({ sql: "select target_id from audit_log where action = 'password_changed'" });
    expect(audited.rows.map((row) => row.target_id)).toEqual([moderator.userId]);
  });

  it("audits a staff member's second factor added, a recovery code used and the factor removed", async () => {
    const admin = await enrolled("audited_admin", "admin");
    const now = admin.enrolledAt + 60_000;
    const pending = await logIn(at(now), { email: admin.email, password: PASSWORD }, freshIp());
    await completeSecondFactorSignIn(at(now), pending.secondFactor === "required" ? pending.pendingToken : "", { code: admin.recoveryCodes[1] }, freshIp());
    await turnOffSecondFactor(at(now), admin.viewer, { password: PASSWORD });
    const audit = await client.execute({ sql: "select action from audit_log where target_type = 'user' and target_id = ? order by id", args: [admin.userId] });
    expect(audit.rows.map((row) => row.action)).toEqual(["second_factor_added", "recovery_code_used", "second_factor_removed"]);
  });
});

describe("the staff rule", () => {
  it("holds admins and moderators without a second factor, and never members", async () => {
    const admin = await account("held_admin", "admin");
    const moderator = await account("held_moderator", "moderator");
    const member = await account("free_member");
    expect(admin.viewer.mustEnrolSecondFactor).toBe(true);
    expect(moderator.viewer.mustEnrolSecondFactor).toBe(true);
    expect(member.viewer.mustEnrolSecondFactor).toBe(false);
    // Held staff read nothing: every rule built on canReadForum refuses them.
    expect(canReadForum(admin.viewer)).toBe(false);
    expect(canReadForum(member.viewer)).toBe(true);

    // Enrolling releases them.
    const now = nextHour();
    const started = await startTotpEnrolment(at(now), admin.viewer, { password: PASSWORD });
    expect((await viewerOf(db, admin.userId, now)).mustEnrolSecondFactor).toBe(true);
    await confirmTotpEnrolment(at(now), admin.viewer, { code: totpCodeAt(secretOf(started.uri), now) });
    const released = await viewerOf(db, admin.userId, now);
    expect(released).toMatchObject({ mustEnrolSecondFactor: false, secondFactorEnrolled: true });
    expect(canReadForum(released)).toBe(true);
  });

  it("holds a member who moderates a channel, like a global moderator", async () => {
    const { userId } = await account("channel_moderator");
    const [channel] = (await client.execute("select id from channels where slug = 'cardiology'")).rows;
    await client.execute({ sql: "insert into channel_moderators (user_id, channel_id, created_at) values (?, ?, ?)", args: [userId, Number(channel!.id), clock] });
    expect((await viewerOf(db, userId, clock)).mustEnrolSecondFactor).toBe(true);
  });

  it("is on by default; only an admin turns it off (audited), and then staff are not held", async () => {
    const admin = await enrolled("policy_admin", "admin");
    const moderator = await account("policy_moderator", "moderator");
    const now = admin.enrolledAt + 1000;
    expect(await loadStaffSecondFactorPolicy(db, admin.viewer)).toMatchObject({ policy: "required", changedBy: null });
    await expect(setStaffSecondFactorPolicy(db, moderator.viewer, { policy: "optional" }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStaffSecondFactorPolicy(db, admin.viewer, { policy: "sometimes" }, now)).rejects.toMatchObject({ code: "INVALID" });
    expect(await setStaffSecondFactorPolicy(db, admin.viewer, { policy: "optional" }, now)).toBe(true);
    expect(await setStaffSecondFactorPolicy(db, admin.viewer, { policy: "optional" }, now)).toBe(false);
    expect((await viewerOf(db, moderator.userId, now)).mustEnrolSecondFactor).toBe(false);
    const audit = await client.execute("select action, reason from audit_log where target_type = 'site_setting'");
    expect(audit.rows.map((row) => ({ ...row }))).toEqual([{ action: "security_setting_changed", reason: "Two-factor sign-in for staff: required → optional" }]);

    expect(await setStaffSecondFactorPolicy(db, admin.viewer, { policy: "required" }, now + 1)).toBe(true);
    expect((await viewerOf(db, moderator.userId, now)).mustEnrolSecondFactor).toBe(true);
    await db.delete(siteSettings);
  });
});
