/**
 * How diagnoses typed by different members are merged into one line of the collective
 * differential (ADR 0025). Rules:
 * - a diagnosis's key is its text without case, accents, punctuation or repeated spaces;
 * - keys that differ by a small misspelling (one edit from 5 characters, two from 12, an edit
 *   being an insertion, deletion, substitution or swap of neighbours) are one diagnosis;
 * - the case's author may merge synonyms on top (key → key), which the spelling rule cannot know.
 * Grouping is deterministic: keys are taken most-named first (then alphabetically), and each joins
 * the first earlier group its spelling is close to.
 */

export function diagnosisKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edits allowed between two keys of these lengths for them to count as one spelling. */
function allowedEdits(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 12) return 2;
  if (shorter >= 5) return 1;
  return 0;
}

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const limit = allowedEdits(a, b);
  return limit > 0 && editDistance(a, b, limit) <= limit;
}

/**
 * Follows the author's merges to the end of a chain. A cycle (A → B and B → A) ends at its
 * alphabetically first key, so every key on it lands in the same group.
 */
export function mergedKey(key: string, merges: Readonly<Record<string, string>>): string {
  const chain = [key];
  let current = key;
  while (Object.hasOwn(merges, current)) {
    const next = merges[current]!;
    const seenAt = chain.indexOf(next);
    if (seenAt !== -1) return chain.slice(seenAt).sort()[0]!;
    chain.push(next);
    current = next;
  }
  return current;
}

/**
 * Groups keys by spelling and then by the author's merges. `counts` says how many members named
 * each key. Returns each key's group key (the group's most-named key, or the merge target's group).
 */
export function groupKeys(counts: ReadonlyMap<string, number>, merges: Readonly<Record<string, string>>): Map<string, string> {
  const ordered = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const spellingGroup = new Map<string, string>();
  const heads: string[] = [];
  for (const key of ordered) {
    const head = heads.find((candidate) => sameSpelling(candidate, key));
    if (head) spellingGroup.set(key, head);
    else {
      heads.push(key);
      spellingGroup.set(key, key);
    }
  }
  // Merges name group keys (what the author saw); a merge may also name any member key.
  const groupOf = (key: string) => spellingGroup.get(key) ?? key;
  const headMerges: Record<string, string> = {};
  for (const [from, to] of Object.entries(merges)) headMerges[groupOf(from)] = groupOf(to);
  const result = new Map<string, string>();
  for (const key of ordered) result.set(key, mergedKey(groupOf(key), headMerges));
  return result;
}
