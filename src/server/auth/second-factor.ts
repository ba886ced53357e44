import { and, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { passkeys, pendingSignIns, recoveryCodes, totpCredentials, users } from "../db/schema";
import { requireTotpEncryptionKey } from "../env";
import { DomainError } from "../errors";
import { checkbox } from "../forum/thread-kinds";
import { consumeRateLimits, loginIpLimits } from "../moderation/rate-limits";
import { screenForPhi } from "../privacy/enforce";
import { scannedText, unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { verifyPassword } from "./passwords";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { noticeAccountOf, securityAuditStatements, sendSecurityNotice, type NoticeAccount } from "./security-notices";
import type { AccountServices } from "./services";
import { createSession, type SignInMethod } from "./sessions";
import type { SessionClient } from "./services";
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from "./tokens";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  formatSecretForManualEntry,
  generateTotpSecret,
  matchTotpStep,
  totpKeyUri,
  totpQrSvg,
  TotpDecryptionError,
  verifyTotpCode,
} from "./totp";
import { assertAdmin, type Viewer } from "./viewer";

/*
 * Two-factor sign-in: an authenticator app (TOTP) with recovery codes. See
 * docs/decisions/0019-two-factor.md. The rules, in one place:
 * - enrolment starts with the password, shows the secret (QR and text) until a first code
 *   confirms it, then never again; confirming returns 10 recovery codes, once;
 * - a code is accepted once: its 30-second step is stored, and a code of that step or an
 *   earlier one is refused (RFC 6238 §5.2);
 * - with a second factor on, the password step gives no session, only a 5-minute pending
 *   sign-in bound to the browser; a code or a recovery code completes it;
 * - code attempts: 5 per 15 minutes per account, counted before the check, plus the login IP
 *   limits; every failure of the second step is the same sentence;
 * - every change is mailed to the member, and audited for staff (security-notices.ts).
 */

/** The one answer to any failed second step: nothing tells which part was wrong. */
export const SECOND_FACTOR_FAILED = "That code did not work, or this sign-in has expired. Check the code and try again, or sign in again with your password.";
/** How long the second step may wait after a right password. */
export const PENDING_SIGN_IN_MS = 5 * 60_000;
/** Code attempts per account (sign-in, confirmation, turning it off): 5 per 15 minutes. */
export const secondFactorAttemptLimit = { limit: 5, windowMs: 15 * 60_000 } as const;

const codeField = z
  .string({ error: "Enter the code from your authenticator app." })
  .max(64, { error: "Enter the 6-digit code from your authenticator app, or a recovery code." })
  .regex(/^[A-Za-z0-9 -]+$/, { error: "Enter the 6-digit code from your authenticator app, or a recovery code." });
const passwordField = unscannedText(
  z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(256, { error: "That is not your current password." }),
  "a password: only its hash is stored",
);

/** The second step of a sign-in, and confirming an enrolment: a TOTP code or a recovery code. */
export const secondFactorCodeSchema = z.object({ code: codeField }).strict();
/** Starting an enrolment and making new recovery codes ask for the password again. */
export const passwordConfirmationSchema = z.object({ password: passwordField }).strict();
/** Turning the second factor off: a current authenticator code, or the password. */
export const turnOffSecondFactorSchema = z
  .object({ code: codeField.optional(), password: passwordField.optional() })
  .strict()
  .refine((input) => (input.code === undefined) !== (input.password === undefined), {
    error: "Enter a current code from your authenticator app, or your password.",
    path: ["code"],
  });
/** An admin turning off a locked-out member's second factor; the reason goes to the audit log. */
export const removeMemberSecondFactorSchema = z
  .object({
    pseudonym: unscannedText(
      z.string({ error: "Which member?" }).trim().min(1, { error: "Which member?" }).max(80, { error: "Which member?" }),
      "a pseudonym, looked up among members and never stored",
    ),
    reason: scannedText(
      z
        .string({ error: "Say how you checked it is the member (kept in the audit log)." })
        .trim()
        .min(3, { error: "Say how you checked it is the member (kept in the audit log)." })
        .max(300, { error: "Keep the reason under 300 characters." }),
    ),
    confirmNotPhi: checkbox,
  })
  .strict();

function requireSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
}

function keyOf(services: Pick<AccountServices, "totpEncryptionKey">): string {
  return requireTotpEncryptionKey({ TOTP_ENCRYPTION_KEY: services.totpEncryptionKey });
}

/** One counter per account for every code check; `action` only words the refusal. */
const attemptRule = (userId: number, action: string) => ({ key: `second-factor:account:${userId}`, action, ...secondFactorAttemptLimit });

async function assertPassword(db: Database, userId: number, password: string, field = "password"): Promise<void> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!row?.passwordHash || !(await verifyPassword(password, row.passwordHash))) {
    throw new DomainError("INVALID", "That is not your current password.", { [field]: "That is not your current password." });
  }
}

async function requireAccount(db: Database, userId: number): Promise<NoticeAccount> {
  const account = await noticeAccountOf(db, userId);
  if (!account) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return account;
}

export interface SecondFactorStatus {
  enabled: boolean;
  enabledAt: number | null;
  /** Unused recovery codes left (0 when the second factor is off). */
  recoveryCodesLeft: number;
  /** An enrolment was started and waits for its first code. */
  enrolmentPending: boolean;
}

/** The account's two-factor state, for /account and /account/two-factor. One query. */
export async function loadSecondFactorStatus(db: Database, viewer: Viewer | null): Promise<SecondFactorStatus> {
  requireSignedIn(viewer);
  const [row] = await db
    .select({
      confirmedAt: totpCredentials.confirmedAt,
      created: totpCredentials.createdAt,
      codesLeft: sql<number>`(select count(*) from ${recoveryCodes} where ${recoveryCodes.userId} = ${users.id} and ${recoveryCodes.usedAt} is null)`,
    })
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .where(eq(users.id, viewer.userId));
  const enabled = row?.confirmedAt !== null && row?.confirmedAt !== undefined;
  return {
    enabled,
    enabledAt: enabled ? (row?.confirmedAt ?? null) : null,
    recoveryCodesLeft: enabled ? Number(row?.codesLeft ?? 0) : 0,
    enrolmentPending: !enabled && row?.created !== null && row?.created !== undefined,
  };
}

export interface EnrolmentSecret {
  /** The otpauth:// URI the QR code holds. */
  uri: string;
  /** The same secret for typing by hand (base32 in groups of four). */
  manualKey: string;
  /** The QR code as an inline SVG element. */
  qrSvg: string;
}

function enrolmentSecretFor(account: { pseudonym: string }, secret: Uint8Array): EnrolmentSecret {
  const uri = totpKeyUri(account.pseudonym, secret);
  return { uri, manualKey: formatSecretForManualEntry(secret), qrSvg: totpQrSvg(uri) };
}

/**
 * Starts (or restarts) an enrolment. Rules: the password confirms it (a borrowed session must not
 * bind someone else's phone); an account whose second factor is already on must turn it off
 * first; a new secret replaces any earlier unconfirmed one; the secret is stored encrypted.
 */
export async function startTotpEnrolment(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<EnrolmentSecret> {
  requireSignedIn(viewer);
  const { password } = parseInput(passwordConfirmationSchema, input);
  const { db, now } = services;
  await consumeRateLimits(db, [{ key: `totp-enrol:account:${viewer.userId}`, action: "setting up two-factor sign-in", limit: 10, windowMs: 3600_000 }], now);
  await assertPassword(db, viewer.userId, password);
  const key = keyOf(services);
  const account = await requireAccount(db, viewer.userId);
  const secret = generateTotpSecret();
  const secretCiphertext = await encryptTotpSecret(key, viewer.userId, secret);
  const stored = await db
    .insert(totpCredentials)
    .values({ userId: viewer.userId, secretCiphertext, confirmedAt: null, lastUsedStep: null, createdAt: now })
    .onConflictDoUpdate({ target: totpCredentials.userId, set: { secretCiphertext, lastUsedStep: null, createdAt: now }, setWhere: isNull(totpCredentials.confirmedAt) })
    .returning({ userId: totpCredentials.userId });
  if (stored.length === 0) throw new DomainError("CONFLICT", "Two-factor sign-in is already on. Turn it off first to move it to another app.");
  return enrolmentSecretFor(account, secret);
}

/** The secret of an enrolment still waiting for its code (to show it again), or null when none waits. */
export async function loadPendingEnrolment(services: Pick<AccountServices, "db" | "totpEncryptionKey">, viewer: Viewer | null): Promise<EnrolmentSecret | null> {
  requireSignedIn(viewer);
  const [row] = await services.db
    .select({ secretCiphertext: totpCredentials.secretCiphertext, pseudonym: users.pseudonym })
    .from(totpCredentials)
    .innerJoin(users, eq(users.id, totpCredentials.userId))
    .where(and(eq(totpCredentials.userId, viewer.userId), isNull(totpCredentials.confirmedAt)));
  if (!row) return null;
  const secret = await decryptTotpSecret(keyOf(services), viewer.userId, row.secretCiphertext);
  return enrolmentSecretFor(row, secret);
}

/**
 * Confirms an enrolment with a first code. Rules: the code is counted against the account's code
 * limit; its step is recorded (so the same code cannot sign in next); then 10 fresh recovery
 * codes replace any old ones, hashed, with the staff audit row; they are returned once.
 */
export async function confirmTotpEnrolment(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<{ recoveryCodes: string[] }> {
  requireSignedIn(viewer);
  const { code } = parseInput(secondFactorCodeSchema, input);
  const { db, now } = services;
  await consumeRateLimits(db, [attemptRule(viewer.userId, "entering a code")], now);
  const [row] = await db
    .select({ secretCiphertext: totpCredentials.secretCiphertext })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, viewer.userId), isNull(totpCredentials.confirmedAt)));
  if (!row) throw new DomainError("CONFLICT", "There is no set-up waiting for a code: start again from the beginning.");
  const secret = await decryptTotpSecret(keyOf(services), viewer.userId, row.secretCiphertext);
  const step = matchTotpStep(secret, code.replace(/\s+/g, ""), now);
  const wrong = "That code did not match. Check the time on your phone and enter the code the app shows now.";
  if (step === null) throw new DomainError("INVALID", wrong, { code: wrong });
  const account = await requireAccount(db, viewer.userId);
  // The confirmation is a compare-and-set on the secret that was checked: a second tab that
  // confirmed or restarted the enrolment in between makes this one fail, not overwrite it.
  const confirmed = await db
    .update(totpCredentials)
    .set({ confirmedAt: now, lastUsedStep: step })
    .where(and(eq(totpCredentials.userId, viewer.userId), isNull(totpCredentials.confirmedAt), eq(totpCredentials.secretCiphertext, row.secretCiphertext)))
    .returning({ userId: totpCredentials.userId });
  if (confirmed.length === 0) throw new DomainError("CONFLICT", "This set-up changed in another window: reload the page and start again.");
  const codes = generateRecoveryCodes();
  await db.batch([
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, viewer.userId)),
    ...codes.map((recoveryCode) =>
      db.insert(recoveryCodes).values({ userId: viewer.userId, codeHash: hashRecoveryCode(viewer.userId, recoveryCode), usedAt: null, createdAt: now }),
    ),
    ...securityAuditStatements(db, account, "second_factor_added", now),
  ]);
  await sendSecurityNotice(services, account, "second_factor_added", now);
  return { recoveryCodes: codes };
}

/**
 * Checks an authenticator code for an account whose second factor is on, and spends its step.
 * Rule: a code matches its own step or one either side; the step must be later than the last
 * one accepted, and is recorded by a conditional write, so two requests with the same code
 * cannot both pass. A secret that does not decrypt (a changed key) fails like a wrong code.
 */
async function acceptTotpCode(db: Database, key: string, userId: number, code: string, now: number): Promise<boolean> {
  const [row] = await db
    .select({ secretCiphertext: totpCredentials.secretCiphertext, lastUsedStep: totpCredentials.lastUsedStep })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  if (!row) return false;
  let secret: Uint8Array;
  try {
    secret = await decryptTotpSecret(key, userId, row.secretCiphertext);
  } catch (error) {
    if (!(error instanceof TotpDecryptionError)) throw error;
    // Ids only: an operator must learn that TOTP_ENCRYPTION_KEY changed; the secret is never logged.
    console.error("A TOTP secret did not decrypt: was TOTP_ENCRYPTION_KEY changed?", { userId });
    return false;
  }
  const step = verifyTotpCode(secret, code, now, row.lastUsedStep);
  if (step === null) return false;
  const spent = await db
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt), or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step))))
    .returning({ userId: totpCredentials.userId });
  return spent.length > 0;
}

/** Spends one unused recovery code of an account whose second factor is on; false when none matches. */
async function acceptRecoveryCode(db: Database, userId: number, typed: string, now: number): Promise<boolean> {
  if (!normalizeRecoveryCode(typed)) return false;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(userId, typed)),
        isNull(recoveryCodes.usedAt),
        sql`exists (select 1 from ${totpCredentials} where ${totpCredentials.userId} = ${userId} and ${totpCredentials.confirmedAt} is not null)`,
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
}

/** Six digits (spaces allowed) are an authenticator code; anything else is tried as a recovery code. */
function isAuthenticatorCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ""));
}

/**
 * Starts the pending state of a sign-in whose password was right: a random token for an HttpOnly
 * cookie, only its SHA-256 stored, valid for 5 minutes. The member's expired pending sign-ins go
 * in the same batch, so the table holds only live ones.
 */
export async function startPendingSignIn(db: Database, userId: number, now: number): Promise<{ pendingToken: string; expiresAt: number }> {
  const pendingToken = generateSecretToken();
  const expiresAt = now + PENDING_SIGN_IN_MS;
  await db.batch([
    db.delete(pendingSignIns).where(and(eq(pendingSignIns.userId, userId), lt(pendingSignIns.expiresAt, now))),
    db.insert(pendingSignIns).values({ id: hashSecretToken(pendingToken), userId, createdAt: now, expiresAt }),
  ]);
  return { pendingToken, expiresAt };
}

/** The account a live pending sign-in belongs to, or null (unknown, malformed or expired token). */
export async function findPendingSignIn(db: Database, pendingToken: string | undefined, now: number): Promise<{ id: string; userId: number } | null> {
  if (!pendingToken || !looksLikeSecretToken(pendingToken)) return null;
  const id = hashSecretToken(pendingToken);
  const [row] = await db
    .select({ userId: pendingSignIns.userId })
    .from(pendingSignIns)
    .innerJoin(users, eq(users.id, pendingSignIns.userId))
    .where(and(eq(pendingSignIns.id, id), gt(pendingSignIns.expiresAt, now), isNull(users.deletedAt)));
  return row ? { id, userId: row.userId } : null;
}

/**
 * Ends a pending sign-in with a session, once: the pending row is deleted first and only the
 * request that deleted it gets a session. Any second step (code, recovery code, later a passkey)
 * finishes through here; the session records how (`details.method`) and from where.
 */
export async function completePendingSignIn(
  db: Database,
  pending: { id: string; userId: number },
  now: number,
  details: { client?: SessionClient; method?: SignInMethod } = {},
): Promise<{ token: string; expiresAt: number } | null> {
  const removed = await db.delete(pendingSignIns).where(eq(pendingSignIns.id, pending.id)).returning({ userId: pendingSignIns.userId });
  if (removed.length === 0) return null;
  return createSession(db, pending.userId, now, details);
}

/** The second steps a live pending sign-in can take (for its page), or null when none is live. */
export async function loadPendingSignInFactors(db: Database, pendingToken: string | undefined, now: number): Promise<{ authenticator: boolean; passkey: boolean } | null> {
  const pending = await findPendingSignIn(db, pendingToken, now);
  if (!pending) return null;
  const [row] = await db
    .select({
      // Qualified by hand: drizzle leaves a one-table select's columns unqualified (see login.ts).
      authenticator: sql<number>`exists (select 1 from totp_credentials t where t.user_id = users.id and t.confirmed_at is not null)`,
      passkey: sql<number>`exists (select 1 from passkeys p where p.user_id = users.id)`,
    })
    .from(users)
    .where(eq(users.id, pending.userId));
  return { authenticator: Number(row?.authenticator ?? 0) === 1, passkey: Number(row?.passkey ?? 0) === 1 };
}

const failed = () => new DomainError("UNAUTHENTICATED", SECOND_FACTOR_FAILED, { code: SECOND_FACTOR_FAILED });

export interface SecondFactorSignIn {
  session: { token: string; expiresAt: number };
  /** A recovery code was spent (the page says how many are left). */
  usedRecoveryCode: boolean;
}

/**
 * The second step of a sign-in. Rules: the login IP limits count first; then the pending sign-in
 * must be live; then the account's code limit (5 per 15 minutes) counts the attempt, right or
 * wrong; a TOTP code or an unused recovery code completes it, each once. Every failure is the
 * same sentence (SECOND_FACTOR_FAILED). A spent recovery code is mailed to the member (and
 * audited for staff).
 */
export async function completeSecondFactorSignIn(services: AccountServices, pendingToken: string | undefined, input: unknown, clientIp: string): Promise<SecondFactorSignIn> {
  const { db, now } = services;
  await consumeRateLimits(db, loginIpLimits(clientIp), now);
  const pending = await findPendingSignIn(db, pendingToken, now);
  if (!pending) throw failed();
  await consumeRateLimits(db, [attemptRule(pending.userId, "signing in")], now);
  const parsed = secondFactorCodeSchema.safeParse(input);
  if (!parsed.success) throw failed();
  const { code } = parsed.data;
  let usedRecoveryCode = false;
  if (isAuthenticatorCode(code)) {
    if (!(await acceptTotpCode(db, keyOf(services), pending.userId, code.replace(/\s+/g, ""), now))) throw failed();
  } else {
    if (!(await acceptRecoveryCode(db, pending.userId, code, now))) throw failed();
    usedRecoveryCode = true;
  }
  const session = await completePendingSignIn(db, pending, now, { client: services.client, method: usedRecoveryCode ? "recovery_code" : "authenticator" });
  if (!session) throw failed();
  if (usedRecoveryCode) {
    const account = await noticeAccountOf(db, pending.userId);
    if (account) {
      const audit = securityAuditStatements(db, account, "recovery_code_used", now);
      if (audit[0]) await db.batch([audit[0]]);
      await sendSecurityNotice(services, account, "recovery_code_used", now);
    }
  }
  return { session, usedRecoveryCode };
}

/** The statements that turn an account's second factor off: the authenticator, its recovery codes and pending sign-ins. */
function removalStatements(db: Database, userId: number) {
  return [
    db.delete(totpCredentials).where(eq(totpCredentials.userId, userId)),
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
    db.delete(pendingSignIns).where(eq(pendingSignIns.userId, userId)),
  ] as const;
}

/**
 * Turns the member's own second factor off. Rules: a current authenticator code (counted against
 * the code limit, and spent) or the password confirms it; the authenticator and every recovery
 * code go in one batch with the staff audit row; the member is mailed. Staff may do it too, and
 * are then held at enrolment again while the staff rule is on.
 */
export async function turnOffSecondFactor(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<void> {
  requireSignedIn(viewer);
  const data = parseInput(turnOffSecondFactorSchema, input);
  const { db, now } = services;
  const status = await loadSecondFactorStatus(db, viewer);
  if (!status.enabled && !status.enrolmentPending) throw new DomainError("CONFLICT", "Two-factor sign-in is not on.");
  if (status.enabled) {
    if (data.code !== undefined) {
      await consumeRateLimits(db, [attemptRule(viewer.userId, "entering a code")], now);
      const wrong = "That code did not work. Enter the code your authenticator app shows now.";
      if (!isAuthenticatorCode(data.code) || !(await acceptTotpCode(db, keyOf(services), viewer.userId, data.code.replace(/\s+/g, ""), now))) {
        throw new DomainError("INVALID", wrong, { code: wrong });
      }
    } else {
      await assertPassword(db, viewer.userId, data.password ?? "");
    }
  }
  const account = await requireAccount(db, viewer.userId);
  await db.batch([...removalStatements(db, viewer.userId), ...(status.enabled ? securityAuditStatements(db, account, "second_factor_removed", now) : [])]);
  if (status.enabled) await sendSecurityNotice(services, account, "second_factor_removed", now);
}

/**
 * New recovery codes. Rules: only with the second factor on, and with the password (a borrowed
 * session must not mint a way past the second factor); the old codes stop working in the same
 * batch; the new ones are returned once; the member is mailed.
 */
export async function regenerateRecoveryCodes(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<{ recoveryCodes: string[] }> {
  requireSignedIn(viewer);
  const { password } = parseInput(passwordConfirmationSchema, input);
  const { db, now } = services;
  const status = await loadSecondFactorStatus(db, viewer);
  if (!status.enabled) throw new DomainError("CONFLICT", "Turn on two-factor sign-in first: recovery codes come with it.");
  await assertPassword(db, viewer.userId, password);
  const account = await requireAccount(db, viewer.userId);
  const codes = generateRecoveryCodes();
  await db.batch([
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, viewer.userId)),
    ...codes.map((recoveryCode) =>
      db.insert(recoveryCodes).values({ userId: viewer.userId, codeHash: hashRecoveryCode(viewer.userId, recoveryCode), usedAt: null, createdAt: now }),
    ),
    ...securityAuditStatements(db, account, "recovery_codes_regenerated", now),
  ]);
  await sendSecurityNotice(services, account, "recovery_codes_regenerated", now);
  return { recoveryCodes: codes };
}

/**
 * An administrator recovers a member who lost their authenticator and recovery codes (or their
 * passkeys): every second factor of the account goes, passkeys included. Rules:
 * administrators only, never on their own account (that is turnOffSecondFactor, with proof);
 * the reason says how the member was identified (screened for patient identifiers, kept in the
 * audit log); removal and audit row in one batch, whatever the member's role; the member is mailed.
 * Returns the member's pseudonym.
 */
export async function removeMemberSecondFactor(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<string> {
  assertAdmin(viewer, "turn off a member's two-factor sign-in");
  const data = parseInput(removeMemberSecondFactorSchema, input);
  const { db, now } = services;
  const [member] = await db
    .select({
      id: users.id,
      pseudonym: users.pseudonym,
      enabled: totpCredentials.confirmedAt,
      passkeys: sql<number>`exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id})`,
    })
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .where(and(sql`lower(${users.pseudonym}) = ${data.pseudonym.toLowerCase()}`, isNull(users.deletedAt)));
  if (!member) throw new DomainError("NOT_FOUND", "There is no member with that pseudonym.", { pseudonym: "There is no member with that pseudonym." });
  if (member.id === viewer.userId) {
    throw new DomainError("FORBIDDEN", "Turn off your own two-factor sign-in on your account page, with a code or your password.", { pseudonym: "That is your own account." });
  }
  if (member.enabled === null && Number(member.passkeys) !== 1)
    throw new DomainError("CONFLICT", `${member.pseudonym} has no two-factor sign-in to turn off.`, { pseudonym: "This member has no two-factor sign-in." });
  screenForPhi({ reason: data.reason }, data.confirmNotPhi);
  const account = await requireAccount(db, member.id);
  await db.batch([
    ...removalStatements(db, member.id),
    // A recovery removes every second factor: the member lost their devices, passkeys included.
    db.delete(passkeys).where(eq(passkeys.userId, member.id)),
    ...securityAuditStatements(db, account, "second_factor_removed_by_admin", now, { actorId: viewer.userId, reason: data.reason }),
  ]);
  await sendSecurityNotice(services, account, "second_factor_removed_by_admin", now);
  return member.pseudonym;
}

export { RECOVERY_CODE_COUNT };
