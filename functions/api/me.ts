import { Hono } from "hono";
import { listPasskeys, removePasskey, renamePasskey } from "../../src/server/auth/passkeys";
import { endOwnSession, listSessions } from "../../src/server/auth/sessions";
import { confirmTotpEnrolment, loadSecondFactorStatus, startTotpEnrolment, turnOffSecondFactor } from "../../src/server/auth/second-factor";
import { accountServicesFrom } from "../../src/lib/request-context";
import { DomainError } from "../../src/server/errors";
import { jsonBody, signedInOnly, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * The signed-in member as the API sees them (pseudonym and role, nothing private), and their
 * two-factor sign-in:
 * - `GET /api/me/totp`: whether it is on, and how many recovery codes are left;
 * - `POST /api/me/totp {password}`: starts (or restarts) an enrolment; answers the otpauth://
 *   URI, the secret for typing by hand and the QR code as SVG — the only times the secret leaves;
 * - `POST /api/me/totp/confirm {code}`: turns it on with a first code; answers the 10 recovery
 *   codes, once;
 * - `DELETE /api/me/totp {code} | {password}`: turns it off.
 * - `GET /api/me/passkeys`: the account's passkeys (id, name, added, last used);
 * - `PATCH /api/me/passkeys/:id {name}`: renames one;
 * - `DELETE /api/me/passkeys/:id {} | {password}`: removes one (the password when it is the last
 *   second factor). Adding one is `/api/auth/passkey/register/*`;
 * - `GET /api/me/sessions`: the account's live sessions (a handle, device, country, sign-in
 *   method, signed in, last used as renewals record it, which one is this);
 * - `DELETE /api/me/sessions/:handle {}`: ends another of them (this one: /api/auth/logout).
 * They need only a session (not verification), so staff held by the staff rule can enrol.
 */

/** A passkey id from the path: a positive integer, else 404 as for any passkey not the member's. */
function passkeyIdOf(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError("NOT_FOUND", "There is no such passkey on your account.");
  return id;
}
export const meRoutes = new Hono<ApiEnv>()
  .get("/", verifiedMembersOnly, (c) => {
    const viewer = c.get("viewer")!;
    return c.json({ pseudonym: viewer.pseudonym, role: viewer.role });
  })
  .get("/totp", signedInOnly, async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    return c.json(await loadSecondFactorStatus(services.db, c.get("viewer")));
  })
  .post("/totp", signedInOnly, async (c) => {
    const enrolment = await startTotpEnrolment(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), await jsonBody(c));
    return c.json({ uri: enrolment.uri, manualKey: enrolment.manualKey, qrSvg: enrolment.qrSvg }, 201);
  })
  .post("/totp/confirm", signedInOnly, async (c) => {
    const { recoveryCodes } = await confirmTotpEnrolment(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), await jsonBody(c));
    return c.json({ enabled: true, recoveryCodes });
  })
  .delete("/totp", signedInOnly, async (c) => {
    await turnOffSecondFactor(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), await jsonBody(c));
    return c.json({ enabled: false });
  })
  .get("/passkeys", signedInOnly, async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    return c.json({ passkeys: await listPasskeys(services.db, c.get("viewer")) });
  })
  .patch("/passkeys/:id", signedInOnly, async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    return c.json({ name: await renamePasskey(services.db, c.get("viewer"), passkeyIdOf(c.req.param("id")), await jsonBody(c)) });
  })
  .delete("/passkeys/:id", signedInOnly, async (c) => {
    const id = passkeyIdOf(c.req.param("id"));
    await removePasskey(accountServicesFrom(c.env, c.req.raw), c.get("viewer"), id, await jsonBody(c));
    return c.json({ removed: true });
  })
  .get("/sessions", signedInOnly, async (c) => {
    const services = accountServicesFrom(c.env, c.req.raw);
    return c.json({ sessions: await listSessions(services.db, c.get("viewer"), c.get("sessionId"), services.now) });
  })
  .delete("/sessions/:handle", signedInOnly, async (c) => {
    await jsonBody(c);
    const services = accountServicesFrom(c.env, c.req.raw);
    await endOwnSession(services.db, c.get("viewer"), c.get("sessionId"), c.req.param("handle"));
    return c.json({ ended: true });
  });
