import { Hono } from "hono";
import { confirmTotpEnrolment, loadSecondFactorStatus, startTotpEnrolment, turnOffSecondFactor } from "../../src/server/auth/second-factor";
import { accountServicesFrom } from "../../src/lib/request-context";
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
 * They need only a session (not verification), so staff held by the staff rule can enrol.
 */
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
  });
