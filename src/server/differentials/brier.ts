/**
 * The scoring rule of a differential (ADR 0025). A differential lists K diagnoses with
 * probabilities p_1…p_K (whole percent, sum ≤ 100) and leaves p_else = 1 − Σp_i to "something
 * else". The outcome: the listed diagnoses the case's author ticked as matching the final
 * diagnosis are summed into one entry whose outcome is 1 (all other entries 0); when none matches,
 * "something else" has outcome 1. Brier = Σ over the entries (p − o)², from 0 (certain and right)
 * to 2 (certain and wrong). Rank: the 1-based place of the best-ranked matching diagnosis when the
 * list is ordered by probability (ties keep the member's order); null when none matched.
 */
export interface ScoredDifferential {
  brier: number;
  correctRank: number | null;
  top1: boolean;
  top3: boolean;
  /** 1 or 0 per listed diagnosis, in the member's order: whether it matched. */
  outcomes: (0 | 1)[];
}

export function scoreDifferential(items: readonly { probability: number; matches: boolean }[]): ScoredDifferential {
  const listed = items.reduce((sum, item) => sum + item.probability, 0);
  const matched = items.filter((item) => item.matches).reduce((sum, item) => sum + item.probability, 0) / 100;
  const anyMatch = items.some((item) => item.matches);
  let brier = 0;
  for (const item of items) if (!item.matches) brier += (item.probability / 100) ** 2;
  if (anyMatch) brier += (matched - 1) ** 2;
  const somethingElse = Math.max(0, 100 - listed) / 100;
  brier += (somethingElse - (anyMatch ? 0 : 1)) ** 2;
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => b.probability - a.probability || a.index - b.index);
  const place = order.findIndex((item) => item.matches);
  const correctRank = place === -1 ? null : place + 1;
  return {
    brier: Math.round(brier * 1e6) / 1e6,
    correctRank,
    top1: correctRank === 1,
    top3: correctRank !== null && correctRank <= 3,
    outcomes: items.map((item) => (item.matches ? 1 : 0)),
  };
}
