import Database from "libsql";

/**
 * What the benchmark searches for. Common words are fixed (what physicians would type); rare
 * words are found in the data: the words in the fewest live posts of the large dataset. Its text
 * comes from a pool of 500 thread templates, so even the rarest word is in ~165 of 1.1 million
 * posts there; at 1,000 threads the same words are in a handful.
 */

export interface SearchGroup {
  key: string;
  label: string;
  /** Query strings as a member types them (the `q` of /search). */
  queries: string[];
  /** Extra form fields, e.g. a channel. */
  filters?: Record<string, string>;
}

export const COMMON_WORDS = ["sepsis", "lactate", "troponin", "hyperkalemia"];
/** Words in more posts than search ranks (RANKED_MATCH_CAP): the capped path. */
export const VERY_COMMON_WORDS = ["patient", "risk"];
const RARE_WORD_COUNT = 4;

/**
 * The rarest plain words of the index (at least 6 letters, no digits). The vocabulary holds
 * porter stems ("asymmetr"), so a term is kept only when it is also a whole word of a post that
 * has it (what a member would type) and searching for it finds exactly the posts counted.
 */
export function findRareWords(file: string, count = RARE_WORD_COUNT): string[] {
  const db = new Database(file, { readonly: true });
  try {
    // fts5vocab over the main index; a temp table, so the read-only file is untouched.
    db.exec("create virtual table if not exists temp.bench_search_vocab using fts5vocab(main, search_index, row)");
    const candidates = db.prepare("select term, doc from temp.bench_search_vocab where doc >= 2 order by doc, term limit 2000").all() as Array<{ term: string; doc: number }>;
    const check = db.prepare("select count(*) as n from search_index where search_index match ?");
    const sample = db.prepare("select title || ' ' || body as text from search_index where search_index match ? limit 1");
    const words: string[] = [];
    for (const { term, doc } of candidates) {
      if (!/^[a-z]{6,}$/.test(term)) continue;
      const text = String((sample.get(`"${term}"`) as { text: string } | undefined)?.text ?? "");
      if (!new RegExp(`\\b${term}\\b`, "i").test(text)) continue;
      if (Number((check.get(`"${term}"`) as { n: number }).n) !== Number(doc)) continue;
      words.push(term);
      if (words.length === count) break;
    }
    return words;
  } finally {
    db.close();
  }
}

/** Live posts (index rows) matching each query, for the report. */
export function matchCounts(file: string, queries: readonly string[]): Map<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const check = db.prepare("select count(*) as n from search_index where search_index match ?");
    return new Map(queries.map((query) => [query, Number((check.get(`"${query}"`) as { n: number }).n)]));
  } finally {
    db.close();
  }
}

export function searchGroups(rareWords: string[]): SearchGroup[] {
  return [
    { key: "search-common", label: "search, common words", queries: COMMON_WORDS },
    { key: "search-rare", label: "search, rare words", queries: rareWords },
    { key: "search-filtered", label: "search, common + channel", queries: COMMON_WORDS, filters: { channel: "critical-care" } },
    { key: "search-capped", label: "search, over the cap", queries: VERY_COMMON_WORDS },
  ].filter((group) => group.queries.length > 0);
}

export function searchPath(query: string, filters: Record<string, string> = {}): string {
  return `/search?${new URLSearchParams({ q: query, ...filters }).toString()}`;
}
