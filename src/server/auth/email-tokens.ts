import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/client";
import { emailTokens } from "../db/schema";
import { DomainError } from "../errors";
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from "./tokens";

type Purpose = "confirm_email" | "reset_password";

export const EMAIL_TOKEN_LIFETIME_MS: Record<Purpose, number> = {
  confirm_email: 7 * 24 * 3600_000,
  reset_password: 3600_000,
};

/** A new single-use token: the raw value for the link, and the insert storing only its hash. */
export function newEmailToken(db: Database, userId: number, purpose: Purpose, now: number) {
  const token = generateSecretToken();
  const statement = db.insert(emailTokens).values({
    id: hashSecretToken(token),
    userId,
    purpose,
    expiresAt: now + EMAIL_TOKEN_LIFETIME_MS[purpose],
    createdAt: now,
  });
  return { token, statement };
}

const expiredMessages: Record<Purpose, string> = {
  confirm_email: "This confirmation link has expired or was already used. Sign in to send a new one.",
  reset_password: "This password reset link has expired or was already used. Ask for a new one.",
};

/** Finds the member behind an unused, unexpired token of that purpose, or refuses plainly. */
export async function findEmailToken(db: Database, token: string, purpose: Purpose, now: number): Promise<{ id: string; userId: number }> {
  if (looksLikeSecretToken(token)) {
    const [row] = await db
      .select({ id: emailTokens.id, userId: emailTokens.userId, expiresAt: emailTokens.expiresAt })
      .from(emailTokens)
      .where(and(eq(emailTokens.id, hashSecretToken(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
    if (row && row.expiresAt > now) return { id: row.id, userId: row.userId };
  }
  throw new DomainError("NOT_FOUND", expiredMessages[purpose]);
}

/** Marks a token used; guarded on used_at so a second use in a race changes nothing. */
export function useEmailTokenStatement(db: Database, id: string, now: number) {
  return db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.id, id), isNull(emailTokens.usedAt)));
}
