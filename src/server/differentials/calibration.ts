import { and, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { differentials, users } from "../db/schema";
import { assertVerifiedMember } from "../forum/posting-rules";
import { checkbox } from "../forum/thread-kinds";
import { parseInput } from "../validation";
import { parseItems, parseJson } from "./collective";

/** No figure of a calibration record is shown before this many scored cases. */
export const MIN_SCORED_CASES = 5;

/**
 * The scored differentials a calibration record is made of. Rule in SQL (ADR 0025): the owner
 * gets all theirs, anonymous ones included; anyone else gets rows only when the owner made the
 * record public, and never an anonymous differential (it would tie the author to the case).
 */
export function calibrationRowsQuery(db: Database, memberId: SQL | number, viewer: Viewer) {
  return db
    .select({ brier: differentials.brier, top3: differentials.top3, items: differentials.items, outcomes: differentials.outcomes })
    .from(differentials)
    .innerJoin(users, eq(users.id, differentials.authorId))
    .where(
      and(
        sql`${differentials.authorId} = ${memberId}`,
        isNull(differentials.supersededAt),
        isNotNull(differentials.scoredAt),
        or(eq(differentials.authorId, viewer.userId), and(eq(users.calibrationPublic, true), eq(differentials.isAnonymous, false))),
      ),
    );
}

type CalibrationRow = Awaited<ReturnType<typeof calibrationRowsQuery>>[number];

export interface CalibrationRecord {
  casesScored: number;
  /** Null until MIN_SCORED_CASES cases are scored: no figure is shown before that. */
  figures: { meanBrier: number; top3Accuracy: number; plotSvg: string } | null;
}

export function toCalibrationRecord(rows: readonly CalibrationRow[]): CalibrationRecord {
  const scored = rows.filter((row) => row.brier !== null);
  if (scored.length < MIN_SCORED_CASES) return { casesScored: scored.length, figures: null };
  const meanBrier = scored.reduce((sum, row) => sum + (row.brier ?? 0), 0) / scored.length;
  const top3Accuracy = scored.filter((row) => row.top3).length / scored.length;
  const points = scored.flatMap((row) => {
    const outcomes = parseJson<number[]>(row.outcomes, []);
    return parseItems(row.items).map((item, index) => ({ probability: item.probability / 100, outcome: outcomes[index] === 1 ? (1 as const) : (0 as const) }));
  });
  return {
    casesScored: scored.length,
    figures: { meanBrier: Math.round(meanBrier * 1000) / 1000, top3Accuracy: Math.round(top3Accuracy * 100) / 100, plotSvg: calibrationPlotSvg(points) },
  };
}

/**
 * The calibration plot as inline SVG, made on the server (no chart library reaches the browser):
 * the stated probabilities in ten bins, each bin's mean stated probability against how often
 * those diagnoses were right, with the diagonal of perfect calibration. Only numbers go into the
 * markup, so it needs no escaping.
 */
export function calibrationPlotSvg(points: readonly { probability: number; outcome: 0 | 1 }[]): string {
  const size = 240;
  const pad = 32;
  const span = size - 2 * pad;
  const x = (value: number) => (pad + value * span).toFixed(1);
  const y = (value: number) => (size - pad - value * span).toFixed(1);
  const bins = Array.from({ length: 10 }, () => ({ count: 0, stated: 0, right: 0 }));
  for (const point of points) {
    const bin = bins[Math.min(9, Math.floor(point.probability * 10))]!;
    bin.count += 1;
    bin.stated += point.probability;
    bin.right += point.outcome;
  }
  const dots = bins
    .filter((bin) => bin.count > 0)
    .map((bin) => {
      const radius = Math.min(9, 2.5 + Math.sqrt(bin.count)).toFixed(1);
      return `<circle cx="${x(bin.stated / bin.count)}" cy="${y(bin.right / bin.count)}" r="${radius}"><title>${Math.round((bin.stated / bin.count) * 100)}% stated, ${Math.round((bin.right / bin.count) * 100)}% right (${bin.count})</title></circle>`;
    })
    .join("");
  const ticks = [0, 0.5, 1]
    .map(
      (tick) =>
        `<text x="${x(tick)}" y="${size - pad + 16}" text-anchor="middle">${tick * 100}%</text><text x="${pad - 6}" y="${y(tick)}" text-anchor="end" dominant-baseline="middle">${tick * 100}%</text>`,
    )
    .join("");
  return (
    `<svg class="calibration-plot" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="Calibration plot: stated probability against how often the diagnosis was right">` +
    `<rect x="${pad}" y="${pad}" width="${span}" height="${span}" fill="none" stroke="currentColor" stroke-opacity="0.3"/>` +
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="currentColor" stroke-dasharray="4 4" stroke-opacity="0.6"/>` +
    `<g fill="currentColor" font-size="10">${ticks}</g><g fill="currentColor" fill-opacity="0.75">${dots}</g></svg>`
  );
}

export const calibrationSharingSchema = z
  .object({
    calibrationPublic: checkbox,
    calibrationLeaderboard: checkbox,
  })
  .strict();

/**
 * Whether the member's calibration record is shown to other members, and whether they are listed
 * on their specialty's leaderboard. Both off by default; only the member sets them.
 */
export async function setCalibrationSharing(db: Database, viewer: Viewer | null, input: unknown): Promise<void> {
  assertVerifiedMember(viewer);
  const data = parseInput(calibrationSharingSchema, input);
  await db.update(users).set({ calibrationPublic: data.calibrationPublic, calibrationLeaderboard: data.calibrationLeaderboard }).where(eq(users.id, viewer.userId));
}
