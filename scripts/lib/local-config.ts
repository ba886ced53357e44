import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Settings of the local scripts, from the environment (see README "Configuration"):
 * - ROUNDS_DB_FILE   the local database file            (default .data/rounds.db)
 * - PORT             the forum's port under wrangler dev (default 8787)
 * - LIBSQL_PORT      the local libSQL server's port      (default 8080)
 * - DATABASE_URL / DATABASE_AUTH_TOKEN  used by db:migrate, db:seed and admin scripts when set
 *   (for example a libsql://….turso.io URL); otherwise they use the local file.
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
