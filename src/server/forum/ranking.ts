/**
 * Hot rank: log10 of the net score plus the creation time in units of 12.5 hours.
 *
 *   hotRank = sign(s) · log10(max(|s|, 1)) + createdAtSeconds / 45000
 *
 * A thread needs 10× the net votes to outrank one posted 12.5 h later. Because the time term is
 * anchored to creation, not "now", the stored value never decays and never needs a refresh job:
 * it changes only when a vote changes `s`, in the same batch as the vote, and every hot feed is a
 * plain index range scan on (hot_rank, id).
 */
export const HOT_RANK_SECONDS_PER_DECADE = 45_000;

export function computeHotRank(score: number, createdAtMs: number): number {
  const magnitude = Math.log10(Math.max(Math.abs(score), 1));
  const sign = score > 0 ? 1 : score < 0 ? -1 : 0;
  return sign * magnitude + createdAtMs / 1000 / HOT_RANK_SECONDS_PER_DECADE;
}

/**
 * Lower bound of the Wilson score interval for the share of up votes (z = 1.28, ~80%
 * confidence): a reply with 10 up / 1 down ranks above one with 1 up / 0 down.
 */
export function wilsonLowerBound(upCount: number, downCount: number, z = 1.28): number {
  const n = upCount + downCount;
  if (n === 0) return 0;
  const p = upCount / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}
