import { Hono } from "hono";
import { logIn } from "../../src/server/auth/login";
import { parseInput } from "../../src/server/validation";
import { finishPasskeyRegistration, passkeySignInStartSchema, signInWithPasskey, startPasskeyRegistration, startPasskeySignIn } from "../../src/server/auth/passkeys";
import { completeSecondFactorSignIn } from "../../src/server/auth/second-factor";
import { endSession } from "../../src/server/auth/sessions";
import { signUp } from "../../src/server/auth/signup";
import { accountServicesFrom, clientIpOf } from "../../src/lib/request-context";
import { clearPendingSignInCookieHeader, pendingSignInCookieHeader, readPendingSignInToken } from "../../src/lib/pending-sign-in-cookie";
import { clearSessionCookieHeader, sessionCookieHeader } from "../../src/lib/session-cookie";
import { databaseFor, jsonBody, signedInOnly, type ApiEnv } from "./context";

/**
 * JSON sign-up, login and logout for fetch clients; the HTML forms post to their own pages.
 * With a second factor on, login answers `{"secondFactor": "required"}` with the pending
 * sign-in cookie and no session; `POST /second-factor {code}` (an authenticator or recovery code)
 * completes it with the session cookie.
 *
 * Passkeys (WebAuthn; binary fields are base64url):
 * - `POST /passkey/register/options {password}` (signed in): creation options for
 *   navigator.credentials.create;
 * - `POST /passkey/register/verify {name, clientDataJSON, attestationObject}`: adds the passkey;
 * - `POST /passkey/sign-in/options {}`: request options for navigator.credentials.get (with a
 *   pending sign-in cookie, that account's passkeys);
 * - `POST /passkey/sign-in/verify {credentialId, clientDataJSON, authenticatorData, signature,
 *   userHandle?}`: the session cookie (the pending sign-in, if any, is completed and cleared).
 */
export const authRoutes = new Hono<ApiEnv>()
  .post("/signup", async (c) => {
    await signUp(accountServicesFrom(c.env, c.req.raw), await jsonBody(c), clientIpOf(c.req.raw));
    return c.json({ ok: true, message: "Check your email to confirm your address." }, 202);
  })
  .post("/login", async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    const result = await logIn(services, await jsonBody(c), clientIpOf(c.req.raw));
    const url = new URL(c.req.url);
    if (result.secondFactor === "required") {
      c.header("Set-Cookie", pendingSignInCookieHeader(url, result.pendingToken, result.expiresAt, services.now));
      return c.json({ secondFactor: "required" });
    }
    c.header("Set-Cookie", sessionCookieHeader(url, result.token, result.expiresAt));
    return c.json({ ok: true });
  })
  .post("/second-factor", async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    const url = new URL(c.req.url);
    const { session, usedRecoveryCode } = await completeSecondFactorSignIn(services, readPendingSignInToken(c.req.raw), await jsonBody(c), clientIpOf(c.req.raw));
    c.header("Set-Cookie", sessionCookieHeader(url, session.token, session.expiresAt));
    c.header("Set-Cookie", clearPendingSignInCookieHeader(url), { append: true });
    return c.json({ ok: true, usedRecoveryCode });
  })
  .post("/passkey/register/options", signedInOnly, async (c) => {
    return c.json(await startPasskeyRegistration(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), await jsonBody(c)));
  })
  .post("/passkey/register/verify", signedInOnly, async (c) => {
    return c.json({ passkey: await finishPasskeyRegistration(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), await jsonBody(c)) }, 201);
  })
  .post("/passkey/sign-in/options", async (c) => {
    parseInput(passkeySignInStartSchema, await jsonBody(c));
    return c.json(await startPasskeySignIn(accountServicesFrom(c.env, c.req.raw), readPendingSignInToken(c.req.raw), clientIpOf(c.req.raw)));
  })
  .post("/passkey/sign-in/verify", async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    const url = new URL(c.req.url);
    const { session, completedPending } = await signInWithPasskey(services, readPendingSignInToken(c.req.raw), await jsonBody(c), clientIpOf(c.req.raw));
    c.header("Set-Cookie", sessionCookieHeader(url, session.token, session.expiresAt));
    c.header("Set-Cookie", clearPendingSignInCookieHeader(url), { append: true });
    return c.json({ ok: true, completedPending });
  })
  .post("/logout", async (c) => {
    const sessionId = c.get("sessionId");
    if (sessionId) await endSession(databaseFor(c), sessionId);
    c.header("Set-Cookie", clearSessionCookieHeader(new URL(c.req.url)));
    return c.json({ ok: true });
  });
