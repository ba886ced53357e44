import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { authRateLimits, consumeRateLimits, loginIpLimits } from "../moderation/rate-limits";
import { parseInput } from "../validation";
import { emailField } from "./account-fields";
import { hashPassword, verifyPassword } from "./passwords";
import type { AccountServices } from "./services";
import { startPendingSignIn } from "./second-factor";
import { createSession } from "./sessions";
import { hashSecretToken } from "./tokens";

export const loginSchema = z
  .object({
    email: emailField,
    password: unscannedText(
      z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(256, { error: "Email or password is incorrect." }),
      "a password: only its hash is stored",
    ),
  })
  .strict();

let dummyHash: Promise<string> | undefined;
/** A real Argon2id hash to verify against when the email is unknown, so both cost the same. */
function hashForUnknownAccount(): Promise<string> {
  dummyHash ??= hashPassword(crypto.getRandomValues(new Uint32Array(4)).join("-")).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}

const WRONG_CREDENTIALS = "Email or password is incorrect.";

/** Rate-limit key for an account without writing its email anywhere in clear. */
export function accountKey(email: string): string {
  return hashSecretToken(`account:${email.toLowerCase()}`).slice(0, 32);
}

/**
 * What a right password leads to: a session, or — with a second factor on — only a pending
 * sign-in (a token for an HttpOnly cookie, 5 minutes) that the second step completes.
 */
export type LogInResult =
  | { secondFactor: "none"; token: string; expiresAt: number }
  | { secondFactor: "required"; pendingToken: string; expiresAt: number /** No session yet. */; token?: undefined };

/**
 * Login. Rules: 5 attempts a minute and 30 an hour, per account and per IP; an unknown email
 * costs the same Argon2id work and gets the same answer as a wrong password; a new session is
 * created at every login (never reused); an account with a second factor on gets no session
 * here, only a pending sign-in (src/server/auth/second-factor.ts).
 */
export async function logIn(services: AccountServices, input: unknown, clientIp: string): Promise<LogInResult> {
  const { db, now } = services;
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const emailForLimit = typeof raw.email === "string" ? raw.email.trim().toLowerCase() : "";
  await consumeRateLimits(
    db,
    [
      ...loginIpLimits(clientIp),
      { key: `login:account:${accountKey(emailForLimit)}`, action: "signing in", ...authRateLimits.loginPerMinute },
      { key: `login:account-hour:${accountKey(emailForLimit)}`, action: "signing in", ...authRateLimits.loginPerHour },
    ],
    now,
  );
  const { email, password } = parseInput(loginSchema, input);
  // "Has a second factor": a confirmed authenticator or a passkey (the viewer record's rule too).
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      // Written out, table by table: in a one-table select drizzle leaves ${users.id} unqualified,
      // and inside a sub-select "id" would then name the sub-select's own column.
      secondFactor: sql<number>`exists (select 1 from totp_credentials t where t.user_id = users.id and t.confirmed_at is not null) or exists (select 1 from passkeys p where p.user_id = users.id)`,
    })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  const matches = await verifyPassword(password, user?.passwordHash ?? (await hashForUnknownAccount()));
  if (!user?.passwordHash || !matches) {
    throw new DomainError("UNAUTHENTICATED", WRONG_CREDENTIALS, { password: WRONG_CREDENTIALS });
  }
  if (Number(user.secondFactor) === 1) return { secondFactor: "required", ...(await startPendingSignIn(db, user.id, now)) };
  return { secondFactor: "none", ...(await createSession(db, user.id, now, { client: services.client, method: "password" })) };
}
