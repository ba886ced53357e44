import { Hono } from "hono";
import { logIn } from "../../src/server/auth/login";
import { endSession } from "../../src/server/auth/sessions";
import { signUp } from "../../src/server/auth/signup";
import { accountServicesFrom, clientIpOf } from "../../src/lib/request-context";
import { clearSessionCookieHeader, sessionCookieHeader } from "../../src/lib/session-cookie";
import { databaseFor, jsonBody, type ApiEnv } from "./context";

/** JSON sign-up, login and logout for fetch clients; the HTML forms post to their own pages. */
export const authRoutes = new Hono<ApiEnv>()
  .post("/signup", async (c) => {
    await signUp(accountServicesFrom(c.env, c.req.raw), await jsonBody(c), clientIpOf(c.req.raw));
    return c.json({ ok: true, message: "Check your email to confirm your address." }, 202);
  })
  .post("/login", async (c) => {
    const session = await logIn(accountServicesFrom(c.env, c.req.raw), await jsonBody(c), clientIpOf(c.req.raw));
    c.header("Set-Cookie", sessionCookieHeader(new URL(c.req.url), session.token, session.expiresAt));
    return c.json({ ok: true });
  })
  .post("/logout", async (c) => {
    const sessionId = c.get("sessionId");
    if (sessionId) await endSession(databaseFor(c), sessionId);
    c.header("Set-Cookie", clearSessionCookieHeader(new URL(c.req.url)));
    return c.json({ ok: true });
  });
