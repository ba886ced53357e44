import { inject } from "vitest";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import type { ImportedUser } from "../../src/server/forum/import-community";
import { createPhysician } from "../fixtures/factories";

/**
 * A member written straight into the e2e database (the libSQL server serves the same WAL file)
 * with a session, so tests can act as any role without going through login's rate limits.
 */
export async function e2eMember(
  overrides: Partial<ImportedUser> = {},
  options: { secondFactor?: boolean } = {},
): Promise<{ userId: number; cookie: { name: string; value: string } }> {
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    // Staff come with a second factor unless `secondFactor: false` (tests/fixtures/factories.ts).
    const userId = await createPhysician(db, { pseudonym: `e2e_${unique}`, email: `e2e-${unique}@example.org`, ...overrides }, options);
    const session = await createSession(db, userId, Date.now());
    return { userId, cookie: { name: PLAIN_SESSION_COOKIE, value: session.token } };
  } finally {
    client.close();
  }
}
