import type { Database } from "../db/client";
import type { MailTransport } from "../mail/types";

/**
 * What the account functions need from outside, passed in by the caller (page, Hono handler,
 * script or test) so the domain never reads env, cookies or the clock itself.
 */
export interface AccountServices {
  db: Database;
  now: number;
  /** The site's origin, for links in mail, e.g. "https://rounds.example". */
  siteUrl: string;
  mail: MailTransport;
  registry: { baseUrl: string; timeoutMs: number; fetch?: typeof fetch };
  verificationMode: "manual" | "auto";
  /** TOTP_ENCRYPTION_KEY (base64 of 32 bytes); two-factor sign-in refuses to run without it. */
  totpEncryptionKey?: string;
  /** SITE_URL as configured: its host is the passkeys' RP ID (webauthn.ts relyingPartyFor). */
  configuredSiteUrl?: string;
  /** Who is signing in, for the session list: a device label and a country (device-label.ts). */
  client?: SessionClient;
}

/** What a new session records about the browser that signed in; nothing else of the request is kept. */
export interface SessionClient {
  device: string;
  place: string | null;
}
