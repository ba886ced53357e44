import { and, asc, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { differentials, users } from "../db/schema";
import { DomainError } from "../errors";
import { channelCatalog } from "../forum/channel-catalog";
import { assertVerifiedMember } from "../forum/posting-rules";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";

/** A member is listed only with at least this many scored (non-anonymous) cases. */
export const LEADERBOARD_MIN_CASES = 10;
export const LEADERBOARD_SIZE = 50;

export const leaderboardQuerySchema = z
  .object({
    specialty: unscannedText(z.string().max(80).optional(), "a specialty slug, checked against the catalog"),
  })
  .strict();

export interface LeaderboardPage {
  specialty: { slug: string; name: string };
  specialties: { slug: string; name: string }[];
  rows: { pseudonym: string; casesScored: number; meanBrier: number; top3Accuracy: number }[];
}

/**
 * The best-calibrated members of one specialty: lowest mean Brier score first. Rules (ADR 0025):
 * only members who opted in, with at least LEADERBOARD_MIN_CASES scored cases; anonymous
 * differentials are never counted here, so the board cannot reveal who wrote one. Without a
 * specialty it shows the viewer's own (looked up inside the statement: one round trip).
 */
export async function loadLeaderboard(db: Database, viewer: Viewer | null, input: unknown): Promise<LeaderboardPage> {
  assertVerifiedMember(viewer);
  const requested = parseInput(leaderboardQuerySchema, input).specialty;
  if (requested !== undefined && !specialtyEntry(requested)) throw new DomainError("NOT_FOUND", "There is no such specialty.");
  const specialty = requested ?? sql<string>`(select ${users.specialtySlug} from ${users} where ${users.id} = ${viewer.userId})`;
  const count = sql<number>`count(*)`.mapWith(Number);
  const meanBrier = sql<number>`avg(${differentials.brier})`.mapWith(Number);
  const [rows, own] = await db.batch([
    db
      .select({ pseudonym: users.pseudonym, casesScored: count, meanBrier, top3Accuracy: sql<number>`avg(${differentials.top3})`.mapWith(Number) })
      .from(differentials)
      .innerJoin(users, eq(users.id, differentials.authorId))
      .where(
        and(
          isNull(differentials.supersededAt),
          isNotNull(differentials.scoredAt),
          eq(differentials.isAnonymous, false),
          eq(users.calibrationLeaderboard, true),
          sql`${users.specialtySlug} = ${specialty}`,
          isNull(users.deletedAt),
          eq(users.verificationStatus, "verified"),
        ),
      )
      .groupBy(differentials.authorId)
      .having(gte(count, LEADERBOARD_MIN_CASES))
      .orderBy(asc(meanBrier), asc(users.pseudonym))
      .limit(LEADERBOARD_SIZE),
    db.select({ specialtySlug: users.specialtySlug }).from(users).where(eq(users.id, viewer.userId)),
  ]);
  const entry = specialtyEntry(requested ?? own[0]?.specialtySlug ?? "") ?? specialtyEntry("internal-medicine")!;
  return {
    specialty: { slug: entry.slug, name: entry.name },
    specialties: channelCatalog.filter((channel) => channel.family !== undefined).map((channel) => ({ slug: channel.slug, name: channel.name })),
    rows: rows.map((row) => ({ ...row, meanBrier: Math.round(row.meanBrier * 1000) / 1000, top3Accuracy: Math.round(row.top3Accuracy * 100) / 100 })),
  };
}

function specialtyEntry(slug: string) {
  return channelCatalog.find((channel) => channel.slug === slug && channel.family !== undefined);
}
