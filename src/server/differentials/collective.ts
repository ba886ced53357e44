import { diagnosisKey, groupKeys, sameSpelling } from "./diagnosis-keys";

/** One diagnosis of a differential as stored (differentials.items). */
export interface DifferentialItem {
  diagnosis: string;
  /** Whole percent. */
  probability: number;
}

/** One line of the collective differential. */
export interface CollectiveLine {
  /** The group's key: what the author ticks and merges. */
  key: string;
  /** A spelling of the diagnosis the line was merged into, the one most members used (on a tie, the first in code-point order, so capitals win). */
  label: string;
  /** Mean over every submitted differential (naming it or not) of the probability given to it, in percent, one decimal. */
  meanProbability: number;
  /** How many members named it (a differential naming it twice counts once). */
  namedBy: number;
  /** Every spelling merged into this line. */
  spellings: string[];
}

export interface Collective {
  lines: CollectiveLine[];
  /** Each item's group key, by the item's own key. */
  groupOf: ReadonlyMap<string, string>;
}

/**
 * The collective differential: diagnoses merged by diagnosis-keys.ts (spelling, then the author's
 * merges), each with the crowd's mean probability and how many named it, most probable first.
 * Mean over all submitters, so the lines add up to at most 100% like one differential does.
 */
export function collectiveDifferential(differentials: readonly (readonly DifferentialItem[])[], merges: Readonly<Record<string, string>>): Collective {
  const namedCounts = new Map<string, number>();
  for (const items of differentials) {
    for (const key of new Set(items.map((item) => diagnosisKey(item.diagnosis)))) namedCounts.set(key, (namedCounts.get(key) ?? 0) + 1);
  }
  const groupOf = groupKeys(namedCounts, merges);
  const lines = new Map<string, { total: number; namedBy: number; spellings: Map<string, number> }>();
  for (const items of differentials) {
    const perGroup = new Map<string, number>();
    for (const item of items) {
      const group = groupOf.get(diagnosisKey(item.diagnosis))!;
      perGroup.set(group, (perGroup.get(group) ?? 0) + item.probability);
      const line = lines.get(group) ?? { total: 0, namedBy: 0, spellings: new Map<string, number>() };
      line.spellings.set(item.diagnosis, (line.spellings.get(item.diagnosis) ?? 0) + 1);
      lines.set(group, line);
    }
    for (const [group, probability] of perGroup) {
      const line = lines.get(group)!;
      line.total += probability;
      line.namedBy += 1;
    }
  }
  const count = differentials.length;
  const result = [...lines.entries()].map(([key, line]) => {
    // The line is named after the diagnosis others were merged into, then by the most used spelling.
    const own = (spelling: string) => (sameSpelling(diagnosisKey(spelling), key) ? 1 : 0);
    const spellings = [...line.spellings.entries()].sort((a, b) => own(b[0]) - own(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      key,
      label: spellings[0]![0],
      meanProbability: count === 0 ? 0 : Math.round((line.total / count) * 10) / 10,
      namedBy: line.namedBy,
      spellings: spellings.map(([spelling]) => spelling),
    };
  });
  result.sort((a, b) => b.meanProbability - a.meanProbability || b.namedBy - a.namedBy || a.label.localeCompare(b.label));
  return { lines: result, groupOf };
}

/** Stored JSON → items; a malformed value reads as an empty differential rather than failing the page. */
export function parseItems(json: string | null | undefined): DifferentialItem[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry: unknown) => {
      if (typeof entry !== "object" || entry === null) return [];
      const { diagnosis, probability } = entry as Record<string, unknown>;
      return typeof diagnosis === "string" && typeof probability === "number" ? [{ diagnosis, probability }] : [];
    });
  } catch {
    return [];
  }
}

export function parseJson<T>(json: string | null | undefined, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}
