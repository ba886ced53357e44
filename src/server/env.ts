import { z } from "zod";
import { DomainError } from "./errors";

/**
 * Bindings and variables the Worker needs, from wrangler.toml [vars], .dev.vars or
 * `wrangler secret put`. Parsed once per isolate; a missing or malformed value fails the request
 * with a message naming the variable (never its value, which may be a secret).
 */
const serverEnvSchema = z.object({
  DATABASE_URL: z.string({ error: "DATABASE_URL is not set: point it at the libSQL server (see .dev.vars.example)." }).regex(/^(libsql|https?|wss?|file):/, {
    error: "DATABASE_URL must start with libsql:, https:, http:, wss:, ws: or file:.",
  }),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** "manual" (default): an admin approves every physician; "auto": approve on a full NPPES match. */
  VERIFICATION_MODE: z.enum(["manual", "auto"], { error: 'VERIFICATION_MODE must be "manual" or "auto".' }).default("manual"),
  NPPES_BASE_URL: z.url({ error: "NPPES_BASE_URL must be a URL such as https://npiregistry.cms.hhs.gov." }).default("https://npiregistry.cms.hhs.gov"),
  NPPES_TIMEOUT_MS: z.coerce.number({ error: "NPPES_TIMEOUT_MS must be a number of milliseconds." }).int().min(100).max(30_000).default(4000),
  /**
   * Evidence cards (src/server/evidence): the three sources' base URLs (the tests point them at a
   * stand-in on 127.0.0.1) and the time each lookup may take. A source that fails leaves a plain link.
   */
  NCBI_EUTILS_BASE_URL: z.url({ error: "NCBI_EUTILS_BASE_URL must be a URL such as https://eutils.ncbi.nlm.nih.gov." }).default("https://eutils.ncbi.nlm.nih.gov"),
  CROSSREF_BASE_URL: z.url({ error: "CROSSREF_BASE_URL must be a URL such as https://api.crossref.org." }).default("https://api.crossref.org"),
  CLINICALTRIALS_BASE_URL: z.url({ error: "CLINICALTRIALS_BASE_URL must be a URL such as https://clinicaltrials.gov." }).default("https://clinicaltrials.gov"),
  EVIDENCE_TIMEOUT_MS: z.coerce.number({ error: "EVIDENCE_TIMEOUT_MS must be a number of milliseconds." }).int().min(100).max(30_000).default(3000),
  /**
   * The site's public address, for links in mail sent without a request to take the origin from
   * (the digest job). Pages keep using the request's own origin. Stored as the bare origin.
   */
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be the site's http(s) address, such as https://rounds.example." })
    .transform((value) => new URL(value).origin)
    .optional(),
  /**
   * Signs unsubscribe links (HMAC-SHA256). A secret: `wrangler secret put SIGNING_SECRET` in
   * production; npm start, npm run dev and the tests pass a fixed local one.
   */
  SIGNING_SECRET: z.string().min(32, { error: "SIGNING_SECRET must be at least 32 characters (for example the output of openssl rand -base64 32)." }).optional(),
  /**
   * Encrypts members' authenticator secrets at rest (AES-256-GCM): base64 of 32 random bytes. A
   * secret: `openssl rand -base64 32 | npx wrangler secret put TOTP_ENCRYPTION_KEY` in production;
   * npm start, npm run dev and the tests pass a fixed local one. Losing it turns every
   * authenticator off in effect (members then sign in with a recovery code), so keep a copy.
   */
  TOTP_ENCRYPTION_KEY: z
    .string()
    .refine((value) => isBase64Key(value), { error: "TOTP_ENCRYPTION_KEY must be base64 of 32 bytes (for example the output of openssl rand -base64 32)." })
    .optional(),
});

/** Base64 (standard alphabet, padded) that decodes to exactly 32 bytes. */
function isBase64Key(value: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(value.trim());
}

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: { source: unknown; env: ServerEnv } | undefined;

export function parseServerEnv(source: Record<string, unknown>): ServerEnv {
  if (cached && cached.source === source) return cached.env;
  // Blank lines in .dev.vars arrive as empty strings: treat them as unset so defaults apply.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = serverEnvSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.message).join(" ");
    throw new DomainError("UNAVAILABLE", `Server configuration is incomplete. ${problems}`);
  }
  cached = { source, env: result.data };
  return result.data;
}

/**
 * The signing secret, for the features that sign or check links (digest mail, /unsubscribe).
 * Rule: it is optional for the rest of the site, so a Worker without it still serves the forum,
 * but those features refuse to run with a sentence naming the variable — never with a default,
 * which would let anyone forge links.
 */
export function requireSigningSecret(env: ServerEnv): string {
  if (!env.SIGNING_SECRET) {
    throw new DomainError(
      "UNAVAILABLE",
      "Server configuration is incomplete. SIGNING_SECRET is not set: it signs unsubscribe links (wrangler secret put SIGNING_SECRET, or .dev.vars locally).",
    );
  }
  return env.SIGNING_SECRET;
}

/** The site's origin for links in mail sent by a scheduled job (no request to read it from). */
export function requireSiteUrl(env: ServerEnv): string {
  if (!env.SITE_URL) {
    throw new DomainError(
      "UNAVAILABLE",
      "Server configuration is incomplete. SITE_URL is not set: the digest needs the site's address for its links (wrangler.toml [vars], or .dev.vars locally).",
    );
  }
  return env.SITE_URL;
}

/**
 * The key for authenticator secrets. Rule, as for SIGNING_SECRET: the forum runs without it, but
 * two-factor sign-in refuses to work with a sentence naming the variable, never with a default
 * key (which would make the stored secrets readable to anyone with the source).
 */
export function requireTotpEncryptionKey(env: Pick<ServerEnv, "TOTP_ENCRYPTION_KEY">): string {
  if (!env.TOTP_ENCRYPTION_KEY) {
    throw new DomainError(
      "UNAVAILABLE",
      "Two-factor sign-in is not configured on this server: TOTP_ENCRYPTION_KEY is not set (wrangler secret put TOTP_ENCRYPTION_KEY, or .dev.vars locally).",
    );
  }
  return env.TOTP_ENCRYPTION_KEY.trim();
}
