import { sql } from "drizzle-orm";
import type { Database } from "./db/client";
import { parseServerEnv, requireSigningSecret, requireSiteUrl } from "./env";
import { isDomainError } from "./errors";
import { parseMailConfig } from "./mail/config";

export type HealthReport = { ok: true } | { ok: false; reason: string };

/**
 * The settings the configured mode needs, checked without the database. Rule: health says ok only
 * when every feature the settings switch on can work — real mail (MAIL_TRANSPORT=resend) needs
 * RESEND_API_KEY, and the digest it sends needs SIGNING_SECRET (unsubscribe links) and SITE_URL
 * (links in mail). The reason names the variables, never their values.
 */
export function checkConfiguration(env: Record<string, unknown>): HealthReport {
  const problems: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(error.message);
    }
  };
  attempt(() => parseServerEnv(env));
  attempt(() => parseMailConfig(env));
  if (env.MAIL_TRANSPORT === "resend") {
    attempt(() => requireSigningSecret(parseServerEnv(env)));
    attempt(() => requireSiteUrl(parseServerEnv(env)));
  }
  return problems.length === 0 ? { ok: true } : { ok: false, reason: [...new Set(problems)].join(" ") };
}

/** One query that proves the database answers and is migrated (the channels table exists). */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    await db.run(sql`select count(*) from channels`);
    return { ok: true };
  } catch (error) {
    const reason = /no such table/i.test(describeErrorChain(error)) ? "The database is reachable but not migrated: run npm run db:migrate." : "The database is not reachable.";
    return { ok: false, reason };
  }
}

/** drizzle wraps driver errors ("Failed query: …"); the SQLite message is in the cause chain. */
function describeErrorChain(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages.join(" | ");
}
