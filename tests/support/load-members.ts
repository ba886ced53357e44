import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { SESSION_ABSOLUTE_MS, SESSION_SLIDING_MS } from "../../src/server/auth/sessions";
import { generateSecretToken, hashSecretToken } from "../../src/server/auth/tokens";
import type { Database } from "../../src/server/db/client";
import { sessions } from "../../src/server/db/schema";
import { importUsers, type ImportedUser } from "../../src/server/forum/import-community";

export interface LoadMember {
  userId: number;
  pseudonym: string;
  /** The whole `Cookie` header value for this member's session on plain-http 127.0.0.1. */
  cookieHeader: string;
}

const DAY = 24 * 3600_000;
/** SQLite allows 32,766 bound parameters per statement; 5 columns × 500 rows stays far below. */
const SESSION_ROWS_PER_STATEMENT = 500;

/**
 * `count` verified physicians with one live session each, written in a handful of statements
 * (importUsers inserts 100 members a statement; sessions go in one batch), so a load test can
 * set up hundreds of members in well under a second instead of one round trip per member.
 * Members joined `ageDays` ago (default 60: established members, outside any new-member limits).
 */
export async function createLoadMembers(
  db: Database,
  count: number,
  options: { prefix: string; now?: number; ageDays?: number; overrides?: Omit<Partial<ImportedUser>, "pseudonym" | "email"> },
): Promise<LoadMember[]> {
  const now = options.now ?? Date.now();
  const joinedAt = now - (options.ageDays ?? 60) * DAY;
  const pseudonyms = Array.from({ length: count }, (_, index) => `${options.prefix}_${index + 1}`);
  const ids = await importUsers(
    db,
    pseudonyms.map((pseudonym) => ({
      pseudonym,
      email: `${pseudonym}@example.org`,
      passwordHash: null,
      firstName: "Load",
      lastName: "Tester",
      npi: null,
      specialtySlug: "internal-medicine",
      licenceState: "MA",
      createdAt: joinedAt,
      ...options.overrides,
    })),
  );
  const tokens = ids.map(() => generateSecretToken());
  const rows = ids.map((userId, index) => ({
    id: hashSecretToken(tokens[index] as string),
    userId,
    createdAt: now,
    expiresAt: now + SESSION_SLIDING_MS,
    absoluteExpiresAt: now + SESSION_ABSOLUTE_MS,
  }));
  const inserts = [];
  for (let start = 0; start < rows.length; start += SESSION_ROWS_PER_STATEMENT) {
    inserts.push(db.insert(sessions).values(rows.slice(start, start + SESSION_ROWS_PER_STATEMENT)));
  }
  const [first, ...rest] = inserts;
  if (first) await db.batch([first, ...rest]);
  return ids.map((userId, index) => ({
    userId,
    pseudonym: pseudonyms[index] as string,
    cookieHeader: `${PLAIN_SESSION_COOKIE}=${tokens[index] as string}`,
  }));
}
