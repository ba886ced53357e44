/**
 * Finds keyword phrases ("MRN", "n° de sécu", "Medicare card") in one pass over the text.
 *
 * The phrases are written as small regular expressions (literals, `[ée]` classes, `(?:a|b)`
 * groups and `?`), expanded once at load into plain strings, and compiled into one regex shaped
 * as a trie: at each position the engine follows the one branch of the current character, so the
 * cost does not grow with the number of phrases (a flat alternation of hundreds of phrases would
 * try each of them at every position).
 *
 * Rule: a keyword starts where no letter or digit precedes it, and ends where no letter follows,
 * unless its last character is a symbol ("MR#5501123"). Case-sensitive phrases must match exactly.
 */

export interface KeywordSource {
  source: string;
  caseSensitive?: boolean;
}

export interface KeywordHit {
  /** Index of the source in the list given to the trie. */
  index: number;
  end: number;
}

interface Term {
  index: number;
  /** The phrase as written, for case-sensitive sources. */
  exact: string | null;
}

/** Parses and expands a restricted regex (literals, escapes, classes, groups, `?`, `|`). */
export function expand(source: string): string[] {
  let pos = 0;
  function alternation(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[pos] !== "|") return out;
      pos++;
    }
  }
  function sequence(): string[] {
    let acc: string[] = [""];
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") {
      let options = atom();
      if (source[pos] === "?") {
        pos++;
        options = ["", ...options];
      }
      const next: string[] = [];
      for (const a of acc) for (const o of options) next.push(a + o);
      acc = next;
    }
    return acc;
  }
  function atom(): string[] {
    const c = source[pos] ?? "";
    if (c === "\\") {
      pos += 2;
      return [source[pos - 1] ?? ""];
    }
    if (c === "[") {
      const close = source.indexOf("]", pos);
      const chars = [...source.slice(pos + 1, close)];
      pos = close + 1;
      return chars;
    }
    if (c === "(") {
      if (!source.startsWith("(?:", pos)) throw new Error(`unsupported group in keyword source: ${source}`);
      pos += 3;
      const inner = alternation();
      pos++; // ")"
      return inner;
    }
    pos++;
    return [c];
  }
  return alternation();
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Escapes a literal character for a regex source. */
function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/#&'-]/.test(c) ? `\\${c}` : c;
}

interface RegexTrie {
  next: Map<string, RegexTrie>;
  end: boolean;
}

/** A regex source that matches exactly the given lower-case phrases, shaped as a trie. */
function trieSource(phrases: Iterable<string>): string {
  const root: RegexTrie = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const ch of p) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const build = (node: RegexTrie): string => {
    const alts = [...node.next].map(([ch, child]) => escapeChar(ch) + build(child));
    if (alts.length === 0) return "";
    const body = alts.length === 1 ? (alts[0] ?? "") : `(?:${alts.join("|")})`;
    return node.end ? `(?:${body})?` : body;
  };
  return build(root);
}

const LETTER = "A-Za-z\\u00C0-\\u024F";

/**
 * All keyword phrases, found with one regex shaped as a trie (the engine follows one branch per
 * character instead of trying every phrase), then mapped back to their sources.
 */
export class KeywordTrie {
  private readonly terms = new Map<string, Term[]>();
  private readonly re: RegExp;

  constructor(sources: readonly KeywordSource[]) {
    sources.forEach((s, index) => {
      for (const phrase of expand(s.source)) {
        if (phrase.length === 0) continue;
        const key = phrase.toLowerCase();
        const list = this.terms.get(key);
        const term = { index, exact: s.caseSensitive ? phrase : null };
        if (list) list.push(term);
        else this.terms.set(key, [term]);
      }
    });
    // A keyword starts after no letter or digit, and ends before no letter unless it ends in a
    // symbol ("MR#5501123"). Phrases that start with an ASCII letter use \b (much faster than a
    // lookbehind at every position); the few that start with an accented letter use a lookbehind.
    const keys = [...this.terms.keys()];
    const end = `(?:(?<![${LETTER}])|(?![${LETTER}]))`;
    const ascii = keys.filter((k) => /^[a-z0-9]/.test(k));
    const other = keys.filter((k) => !/^[a-z0-9]/.test(k));
    this.re = new RegExp(`\\b${trieSource(ascii)}${end}${other.length > 0 ? `|(?<![${LETTER}0-9])${trieSource(other)}${end}` : ""}`, "gi");
  }

  /** Keywords that start at `pos` and are prefixes of `found`, longest first, in source order. */
  private hitsAt(text: string, pos: number, found: string): KeywordHit[] {
    const hits: KeywordHit[] = [];
    const lower = found.toLowerCase();
    for (let len = found.length; len > 0; len--) {
      const terms = this.terms.get(lower.slice(0, len));
      if (!terms) continue;
      const end = pos + len;
      // A shorter keyword must end at a word boundary too ("pt" in "pts" is not one).
      if (len < found.length && isLetter(text.charCodeAt(end - 1)) && isLetter(text.charCodeAt(end))) continue;
      for (const t of terms) {
        if (t.exact === null || text.slice(pos, end) === t.exact) hits.push({ index: t.index, end });
      }
    }
    return hits;
  }

  /**
   * Calls `onHits` at every keyword start; it returns where scanning may resume (the end of the
   * keyword it used, or the start to go on word by word).
   */
  scan(text: string, onHits: (start: number, hits: KeywordHit[]) => number): void {
    const re = this.re;
    re.lastIndex = 0;
    for (;;) {
      const m = re.exec(text);
      if (!m) return;
      const start = m.index;
      const hits = m[0].length > 0 ? this.hitsAt(text, start, m[0]) : [];
      const resume = hits.length > 0 ? onHits(start, hits) : start;
      re.lastIndex = Math.max(resume, start + 1);
    }
  }
}
