import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Settings of the local scripts, from the environment (see README "Configuration"):
 * - ROUNDS_DB_FILE   the local database file            (default .data/rounds.db)
 * - PORT             the forum's port under wrangler dev (default 8787)
 * - LIBSQL_PORT      the local libSQL server's port      (default 8080)
 * - DATABASE_URL / DATABASE_AUTH_TOKEN  used by db:migrate, db:seed and admin scripts when set
 *   (for example a libsql://….turso.io URL); otherwise they use the local file.
 * - SITE_URL / SIGNING_SECRET  links and unsubscribe signatures of digest mail; fixed local
 *   defaults only for this machine's database (see localDigestVars).
 */
export interface LocalConfig {
  dbFile: string;
  port: number;
  libsqlPort: number;
}

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

export function localConfig(): LocalConfig {
  return {
    dbFile: resolve(process.env.ROUNDS_DB_FILE || ".data/rounds.db"),
    port: portFrom("PORT", 8787),
    libsqlPort: portFrom("LIBSQL_PORT", 8080),
  };
}

/** The database URL for command-line scripts: DATABASE_URL when set, else the local file. */
export function scriptDatabaseUrl(): { url: string; authToken?: string } {
  const url = process.env.DATABASE_URL;
  if (url) return { url, authToken: process.env.DATABASE_AUTH_TOKEN || undefined };
  const { dbFile } = localConfig();
  mkdirSync(dirname(dbFile), { recursive: true });
  return { url: `file:${dbFile}` };
}

/** Shows where a URL points without its credentials (tokens never reach the terminal). */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    return parsed.protocol === "file:" ? url : parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/**
 * Signs unsubscribe links on this machine only (npm start, npm run dev, job:digest on the local
 * database; the same value as .dev.vars.example). Production has its own secret
 * (`wrangler secret put SIGNING_SECRET`); a Worker without one refuses to sign anything.
 */
export const LOCAL_SIGNING_SECRET = "rounds-local-development-signing-secret-not-for-production";

/** SITE_URL and SIGNING_SECRET for a Worker or job run locally; values set in the environment win. */
export function localDigestVars(siteUrl = `http://127.0.0.1:${localConfig().port}`): { SITE_URL: string; SIGNING_SECRET: string } {
  return { SITE_URL: process.env.SITE_URL || siteUrl, SIGNING_SECRET: process.env.SIGNING_SECRET || LOCAL_SIGNING_SECRET };
}

/**
 * Encrypts authenticator secrets on this machine only (npm start, npm run dev, the e2e tests; the
 * same value as .dev.vars.example). Production has its own (`wrangler secret put
 * TOTP_ENCRYPTION_KEY`); a Worker without one refuses two-factor sign-in, naming the variable.
 */
export const LOCAL_TOTP_ENCRYPTION_KEY = "cm91bmRzLWxvY2FsLW9ubHktdG90cC1rZXktMzJieXQ=";

/** TOTP_ENCRYPTION_KEY for a Worker run locally; a value set in the environment wins. */
export function localTotpVars(): { TOTP_ENCRYPTION_KEY: string } {
  return { TOTP_ENCRYPTION_KEY: process.env.TOTP_ENCRYPTION_KEY || LOCAL_TOTP_ENCRYPTION_KEY };
}

/** This machine's databases: a file, or a libSQL server on the loopback interface. */
export function isLocalDatabaseUrl(url: string): boolean {
  if (url.startsWith("file:")) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  } catch {
    return false;
  }
}

/**
 * The environment a job script hands the jobs: its own, with the database it chose, and the
 * local digest defaults only when that database is local — a run against Turso must be given
 * the production SITE_URL and SIGNING_SECRET, or the digest job refuses to run.
 */
export function scriptJobEnv(url: string, authToken: string | undefined): Record<string, unknown> {
  const env: Record<string, unknown> = { ...process.env, DATABASE_URL: url, DATABASE_AUTH_TOKEN: authToken };
  return isLocalDatabaseUrl(url) ? { ...env, ...localDigestVars() } : env;
}
