import { parseServerEnv, requireSigningSecret, requireSiteUrl } from "../env";
import { mailTransportFrom } from "../mail/config";
import { OUTBOX_TRANSPORT_NAME } from "../mail/outbox-transport";
import type { DigestOptions, DigestServices } from "./run-digests";

/**
 * Resend's default limit is 2 requests a second per team; half a second between batch requests
 * (100 digests each, plus the request itself) keeps under it. The run's CPU is not spent waiting,
 * only wall time, which a Cron Trigger has plenty of (3,000 digests ≈ 30 requests ≈ 30 s).
 */
export const PROVIDER_PAUSE_MS = 500;

/**
 * The digest job's settings from the Worker's bindings (or a script's environment): the site's
 * address for links (SITE_URL: a cron run has no request to take it from), the signing secret
 * for unsubscribe links, and the mail transport. Each missing one fails with its name.
 */
export function digestSettingsFrom(env: Record<string, unknown>): { services: DigestServices; options: DigestOptions } {
  const parsed = parseServerEnv(env);
  const services: DigestServices = {
    siteUrl: requireSiteUrl(parsed),
    signingSecret: requireSigningSecret(parsed),
    mail: mailTransportFrom(env),
  };
  return { services, options: { pauseBetweenMailsMs: services.mail.name === OUTBOX_TRANSPORT_NAME ? 0 : PROVIDER_PAUSE_MS } };
}
