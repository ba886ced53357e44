import { decodeBase64, decodeBase64urlIgnorePadding, encodeBase64, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client";
import { passkeys, pendingSignIns, users, webauthnChallenges } from "../db/schema";
import { DomainError } from "../errors";
import { consumeRateLimits, loginIpLimits } from "../moderation/rate-limits";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";
import { verifyPassword } from "./passwords";
import { completePendingSignIn, findPendingSignIn } from "./second-factor";
import { noticeAccountOf, securityAuditStatements, sendSecurityNotice, type NoticeAccount } from "./security-notices";
import type { AccountServices } from "./services";
import { createSession } from "./sessions";
import type { Viewer } from "./viewer";
import {
  challengeIdOf,
  newChallenge,
  RELYING_PARTY_NAME,
  relyingPartyFor,
  supportedAlgorithms,
  verifyAssertion,
  verifyRegistration,
  WEBAUTHN_CHALLENGE_MS,
  WebAuthnRefusal,
  type ChallengeLedger,
  type ChallengePurpose,
  type CredentialLookup,
  type RelyingParty,
} from "./webauthn";

/*
 * Passkeys (issue 16 item 3; docs/decisions/0023-passkeys-and-sessions.md). The rules:
 * - a member registers several passkeys, each named; adding one asks for the password (a borrowed
 *   session must not bind someone else's device to the account, as for the authenticator);
 *   removing the account's last second factor asks for it too;
 * - a passkey signs in alone when the device verified its user (PIN or biometrics: two factors
 *   in one), or completes a pending sign-in (ADR 0019) as the second step after a password;
 * - a passkey is a second factor: logIn asks for a second step, and the staff rule is met;
 * - challenges: 32 random bytes, SHA-256 stored, single use, 5 minutes; RP ID and origin from
 *   SITE_URL (webauthn.ts relyingPartyFor); the signature counter must move forward;
 * - a new passkey and a removed one are mailed to the member and audited for staff.
 */

/** The one answer to a failed passkey sign-in: nothing tells which check failed. */
export const PASSKEY_SIGN_IN_FAILED = "That passkey did not sign you in. Try again, or sign in with your email and password.";
/** The answer to a failed registration. */
export const PASSKEY_REGISTRATION_FAILED = "That passkey could not be added. Start again, and answer your device's prompt within 5 minutes.";
/** Enough for a phone, a laptop, a security key and spares; bounds the options' exclude list. */
export const MAX_PASSKEYS = 20;

const base64url = (max: number, what: string) =>
  z
    .string({ error: `${what} is missing.` })
    .max(max, { error: `${what} is too long.` })
    .regex(/^[A-Za-z0-9_-]*={0,2}$/, { error: `${what} must be base64url.` });

const passkeyName = unscannedText(
  z
    .string({ error: "Name this passkey." })
    .trim()
    .min(1, { error: "Name this passkey, for example “Work laptop”." })
    .max(60, { error: "Keep the name under 60 characters." })
    .regex(/^[^\u0000-\u001f\u007f<>]*$/, { error: "Use letters, digits, spaces and punctuation only." }),
  "a passkey's name: shown only to its own member, on their account page",
);
const passwordField = unscannedText(
  z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(256, { error: "That is not your current password." }),
  "a password: only its hash is stored",
);

/** Starting a registration: the password again. */
export const passkeyRegistrationStartSchema = z.object({ password: passwordField }).strict();
/** The browser's answer to navigator.credentials.create, with the name the member chose. */
export const passkeyRegistrationSchema = z
  .object({
    name: passkeyName,
    clientDataJSON: base64url(4096, "clientDataJSON"),
    attestationObject: base64url(16_384, "attestationObject"),
  })
  .strict();
/** The browser's answer to navigator.credentials.get. */
export const passkeySignInSchema = z
  .object({
    credentialId: base64url(1400, "credentialId"),
    clientDataJSON: base64url(4096, "clientDataJSON"),
    authenticatorData: base64url(4096, "authenticatorData"),
    signature: base64url(1024, "signature"),
    userHandle: base64url(128, "userHandle").nullable().optional(),
  })
  .strict();
export const renamePasskeySchema = z.object({ name: passkeyName }).strict();
/** Starting a passkey sign-in takes no fields (the pending sign-in, if any, is a cookie). */
export const passkeySignInStartSchema = z.object({}, { error: "Send an empty JSON object." }).strict();
/** Removing a passkey; the password only when it is the account's last second factor. */
export const removePasskeySchema = z.object({ password: passwordField.optional() }).strict();

function requireSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
}

function relyingPartyOf(services: Pick<AccountServices, "configuredSiteUrl" | "siteUrl">): RelyingParty {
  return relyingPartyFor(services.configuredSiteUrl, services.siteUrl);
}

const bytes = (value: string) => decodeBase64urlIgnorePadding(value.replace(/=+$/, ""));

/** The challenge ledger over webauthn_challenges: a take is a delete, so a challenge answers once. */
function databaseChallenges(db: Database): ChallengeLedger {
  return {
    async take(challengeId, purpose) {
      const [row] = await db
        .delete(webauthnChallenges)
        .where(and(eq(webauthnChallenges.id, challengeId), eq(webauthnChallenges.purpose, purpose)))
        .returning({ userId: webauthnChallenges.userId, expiresAt: webauthnChallenges.expiresAt });
      return row ?? null;
    },
  };
}

function databaseCredentials(db: Database): CredentialLookup {
  return {
    async find(credentialId) {
      const [row] = await db
        .select({ passkeyId: passkeys.id, userId: passkeys.userId, publicKey: passkeys.publicKey, algorithm: passkeys.algorithm, signCount: passkeys.signCount })
        .from(passkeys)
        .innerJoin(users, eq(users.id, passkeys.userId))
        .where(and(eq(passkeys.credentialId, encodeBase64urlNoPadding(credentialId)), sql`${users.deletedAt} is null`));
      return row ? { ...row, publicKey: decodeBase64(row.publicKey) } : null;
    },
  };
}

/**
 * Issues a challenge: stores its hash for 5 minutes. Expired challenges (at most 100 at a time)
 * go in the same batch, so the table holds little more than the live ones.
 */
async function issueChallenge(db: Database, purpose: ChallengePurpose, userId: number | null, now: number): Promise<Uint8Array> {
  const challenge = newChallenge();
  await db.batch([
    db.run(sql`delete from ${webauthnChallenges} where rowid in (select rowid from ${webauthnChallenges} where ${webauthnChallenges.expiresAt} <= ${now} limit 100)`),
    db.insert(webauthnChallenges).values({ id: challengeIdOf(challenge), purpose, userId, createdAt: now, expiresAt: now + WEBAUTHN_CHALLENGE_MS }),
  ]);
  return challenge;
}

/** The user handle the authenticator keeps: 16 bytes derived from the account id (no name, no email). */
function userHandleOf(userId: number): Uint8Array {
  return sha256(new TextEncoder().encode(`rounds passkey user ${userId}`)).slice(0, 16);
}

async function assertPassword(db: Database, userId: number, password: string): Promise<void> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!row?.passwordHash || !(await verifyPassword(password, row.passwordHash))) {
    throw new DomainError("INVALID", "That is not your current password.", { password: "That is not your current password." });
  }
}

async function requireAccount(db: Database, userId: number): Promise<NoticeAccount> {
  const account = await noticeAccountOf(db, userId);
  if (!account) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return account;
}

export interface PasskeyListing {
  id: number;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** The member's passkeys, oldest first. One query (passkeys_user_idx). */
export async function listPasskeys(db: Database, viewer: Viewer | null): Promise<PasskeyListing[]> {
  requireSignedIn(viewer);
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, viewer.userId))
    .orderBy(asc(passkeys.id));
}

/** PublicKeyCredentialCreationOptions in JSON form (binary fields base64url), for the browser. */
export interface PasskeyCreationOptions {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { type: "public-key"; alg: number }[];
  timeout: number;
  attestation: "none";
  authenticatorSelection: { residentKey: "required"; requireResidentKey: true; userVerification: "required" };
  excludeCredentials: { type: "public-key"; id: string }[];
}

/**
 * Starts adding a passkey. Rules: the password confirms it (10 starts an hour per account); at
 * most MAX_PASSKEYS per member; the member's existing passkeys are excluded, so one device holds
 * one passkey for the account; the challenge is issued to this member only.
 */
export async function startPasskeyRegistration(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<PasskeyCreationOptions> {
  requireSignedIn(viewer);
  const { password } = parseInput(passkeyRegistrationStartSchema, input);
  const { db, now } = services;
  const relyingParty = relyingPartyOf(services);
  await consumeRateLimits(db, [{ key: `passkey-register:account:${viewer.userId}`, action: "adding a passkey", limit: 10, windowMs: 3600_000 }], now);
  await assertPassword(db, viewer.userId, password);
  const existing = await db.select({ credentialId: passkeys.credentialId }).from(passkeys).where(eq(passkeys.userId, viewer.userId));
  if (existing.length >= MAX_PASSKEYS) throw new DomainError("CONFLICT", `You have ${MAX_PASSKEYS} passkeys, the most an account may have: remove one first.`);
  const account = await requireAccount(db, viewer.userId);
  const challenge = await issueChallenge(db, "register", viewer.userId, now);
  return {
    challenge: encodeBase64urlNoPadding(challenge),
    rp: { id: relyingParty.id, name: RELYING_PARTY_NAME },
    user: { id: encodeBase64urlNoPadding(userHandleOf(viewer.userId)), name: account.pseudonym, displayName: account.pseudonym },
    pubKeyCredParams: supportedAlgorithms.map((alg) => ({ type: "public-key" as const, alg })),
    timeout: WEBAUTHN_CHALLENGE_MS,
    attestation: "none",
    authenticatorSelection: { residentKey: "required", requireResidentKey: true, userVerification: "required" },
    excludeCredentials: existing.map((row) => ({ type: "public-key" as const, id: row.credentialId })),
  };
}

/**
 * Finishes adding a passkey. Rules: the answer passes every check of webauthn.ts
 * verifyRegistration against a challenge issued to this member; a credential already registered
 * (by anyone) is refused; the passkey, the staff audit row and the member's mail follow.
 */
export async function finishPasskeyRegistration(services: AccountServices, viewer: Viewer | null, input: unknown): Promise<PasskeyListing> {
  requireSignedIn(viewer);
  const data = parseInput(passkeyRegistrationSchema, input);
  const { db, now } = services;
  let credential: Awaited<ReturnType<typeof verifyRegistration>>;
  try {
    credential = await verifyRegistration(
      { clientDataJSON: bytes(data.clientDataJSON), attestationObject: bytes(data.attestationObject) },
      { relyingParty: relyingPartyOf(services), challenges: databaseChallenges(db), now, userId: viewer.userId },
    );
  } catch (error) {
    if (!(error instanceof WebAuthnRefusal)) throw error;
    throw new DomainError("INVALID", PASSKEY_REGISTRATION_FAILED);
  }
  const account = await requireAccount(db, viewer.userId);
  const credentialId = encodeBase64urlNoPadding(credential.credentialId);
  let inserted: { id: number }[];
  try {
    const [rows] = await db.batch([
      db
        .insert(passkeys)
        .values({
          userId: viewer.userId,
          credentialId,
          publicKey: encodeBase64(credential.publicKey),
          algorithm: credential.algorithm,
          signCount: credential.signCount,
          name: data.name,
          createdAt: now,
        })
        .returning({ id: passkeys.id }),
      ...securityAuditStatements(db, account, "passkey_added", now),
    ]);
    inserted = rows;
  } catch (error) {
    if (/UNIQUE constraint failed/i.test(String(error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : error))) {
      throw new DomainError("CONFLICT", "This passkey is already registered.");
    }
    throw error;
  }
  await sendSecurityNotice(services, account, "passkey_added", now);
  return { id: inserted[0]!.id, name: data.name, createdAt: now, lastUsedAt: null };
}

/** Renames one of the member's own passkeys. */
export async function renamePasskey(db: Database, viewer: Viewer | null, passkeyId: number, input: unknown): Promise<string> {
  requireSignedIn(viewer);
  const { name } = parseInput(renamePasskeySchema, input);
  const renamed = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, viewer.userId)))
    .returning({ id: passkeys.id });
  if (renamed.length === 0) throw new DomainError("NOT_FOUND", "There is no such passkey on your account.");
  return name;
}

/**
 * Removes one of the member's own passkeys. Rules: when it is the account's last second factor
 * (no other passkey, no authenticator) the password confirms it, as turning the authenticator off
 * does; the removal and the staff audit row go in one batch; the member is mailed. Staff left
 * without a second factor are held at enrolment again while the staff rule is on.
 */
export async function removePasskey(services: AccountServices, viewer: Viewer | null, passkeyId: number, input: unknown): Promise<void> {
  requireSignedIn(viewer);
  const { password } = parseInput(removePasskeySchema, input ?? {});
  const { db, now } = services;
  const [state] = await db
    .select({
      // Qualified by hand: drizzle leaves a one-table select's columns unqualified (see login.ts).
      own: sql<number>`exists (select 1 from passkeys p where p.id = ${passkeyId} and p.user_id = ${viewer.userId})`,
      others: sql<number>`(select count(*) from passkeys p where p.user_id = ${viewer.userId} and p.id != ${passkeyId})`,
      authenticator: sql<number>`exists (select 1 from totp_credentials t where t.user_id = ${viewer.userId} and t.confirmed_at is not null)`,
    })
    .from(users)
    .where(eq(users.id, viewer.userId));
  if (!state || !Number(state.own)) throw new DomainError("NOT_FOUND", "There is no such passkey on your account.");
  const lastSecondFactor = Number(state.others) === 0 && !Number(state.authenticator);
  if (lastSecondFactor) {
    if (password === undefined) {
      throw new DomainError("INVALID", "This is your last second factor: enter your password to remove it.", {
        password: "Enter your password to remove your last second factor.",
      });
    }
    await assertPassword(db, viewer.userId, password);
  }
  const account = await requireAccount(db, viewer.userId);
  const statements = [
    db.delete(passkeys).where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, viewer.userId))),
    ...securityAuditStatements(db, account, "passkey_removed", now),
  ] as const;
  await db.batch(lastSecondFactor ? [...statements, db.delete(pendingSignIns).where(eq(pendingSignIns.userId, viewer.userId))] : [...statements]);
  await sendSecurityNotice(services, account, "passkey_removed", now);
}

/** PublicKeyCredentialRequestOptions in JSON form, for the browser. */
export interface PasskeyRequestOptions {
  challenge: string;
  rpId: string;
  timeout: number;
  userVerification: "required" | "preferred";
  allowCredentials: { type: "public-key"; id: string }[];
}

/**
 * Starts a passkey sign-in. Rules: 30 a minute per IP; with a live pending sign-in (the password
 * was right) the options name that account's passkeys, and a device that cannot verify its user
 * may still answer (the password was the other factor); without one the browser offers the
 * discoverable passkeys it holds for this site, and user verification is required.
 */
export async function startPasskeySignIn(services: AccountServices, pendingToken: string | undefined, clientIp: string): Promise<PasskeyRequestOptions> {
  const { db, now } = services;
  const relyingParty = relyingPartyOf(services);
  await consumeRateLimits(db, [{ key: `passkey-options:ip:${clientIp}`, action: "signing in", limit: 30, windowMs: 60_000 }], now);
  const pending = await findPendingSignIn(db, pendingToken, now);
  const allowCredentials = pending
    ? (await db.select({ credentialId: passkeys.credentialId }).from(passkeys).where(eq(passkeys.userId, pending.userId))).map((row) => ({
        type: "public-key" as const,
        id: row.credentialId,
      }))
    : [];
  const challenge = await issueChallenge(db, "sign_in", null, now);
  return {
    challenge: encodeBase64urlNoPadding(challenge),
    rpId: relyingParty.id,
    timeout: WEBAUTHN_CHALLENGE_MS,
    userVerification: pending ? "preferred" : "required",
    allowCredentials,
  };
}

const signInFailed = () => new DomainError("UNAUTHENTICATED", PASSKEY_SIGN_IN_FAILED);

export interface PasskeySignIn {
  session: { token: string; expiresAt: number };
  /** A pending sign-in (password first) was completed, rather than a sign-in by passkey alone. */
  completedPending: boolean;
}

/**
 * Signs in with a passkey. Rules: the login IP limits count first; the assertion passes every
 * check of webauthn.ts verifyAssertion; its counter is stored by a compare-and-set, so two
 * requests with one assertion cannot both pass. Then, with a live pending sign-in of the same
 * account, the pending sign-in completes (ADR 0019: completePendingSignIn, once); otherwise the
 * device must have verified its user (PIN or biometrics), and a session starts. Every failure is
 * the same sentence.
 */
export async function signInWithPasskey(services: AccountServices, pendingToken: string | undefined, input: unknown, clientIp: string): Promise<PasskeySignIn> {
  const { db, now } = services;
  await consumeRateLimits(db, loginIpLimits(clientIp), now);
  const parsed = passkeySignInSchema.safeParse(input);
  if (!parsed.success) throw signInFailed();
  const data = parsed.data;
  let verified: Awaited<ReturnType<typeof verifyAssertion>>;
  try {
    verified = await verifyAssertion(
      { credentialId: bytes(data.credentialId), clientDataJSON: bytes(data.clientDataJSON), authenticatorData: bytes(data.authenticatorData), signature: bytes(data.signature) },
      { relyingParty: relyingPartyOf(services), challenges: databaseChallenges(db), credentials: databaseCredentials(db), now },
    );
  } catch (error) {
    if (error instanceof WebAuthnRefusal) throw signInFailed();
    throw error;
  }
  const { credential, signCount } = verified;
  const pending = await findPendingSignIn(db, pendingToken, now);
  const secondStep = pending !== null && pending.userId === credential.userId;
  if (!secondStep && !verified.userVerified) throw signInFailed();
  // The counter as read is the one the assertion was checked against: a concurrent use of the
  // same assertion (or a clone) changed it, and this write then finds nothing.
  const spent = await db
    .update(passkeys)
    .set({ signCount, lastUsedAt: now })
    .where(and(eq(passkeys.id, credential.passkeyId), eq(passkeys.signCount, credential.signCount)))
    .returning({ id: passkeys.id });
  if (spent.length === 0) throw signInFailed();
  const details = { client: services.client, method: secondStep ? ("passkey_second_factor" as const) : ("passkey" as const) };
  if (secondStep) {
    const session = await completePendingSignIn(db, pending, now, details);
    if (!session) throw signInFailed();
    return { session, completedPending: true };
  }
  return { session: await createSession(db, credential.userId, now, details), completedPending: false };
}
