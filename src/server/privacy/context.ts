/**
 * Helpers that read the words around a candidate. Detectors decide block vs warn from context
 * ("DOB 03/09/1958" vs "published July 2021"), and context stops at the sentence boundary so that
 * a cue in one sentence does not leak into the next.
 *
 * All scans are bounded (at most `limit` characters), so each call is O(limit) and the scanner as a
 * whole stays linear in the text length.
 */

/** Words whose trailing period does not end a sentence: "Mr. Finch", "Dr. Patel", "geb. 1952". */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "geb",
  "pt",
  "no",
  "nr",
  "hx",
  "dx",
  "fig",
  "ca",
  "prof",
  "dept",
  "inc",
  "co",
  "ave",
  "rd",
  "blvd",
  "apt",
  "ste",
  "wk",
  "wks",
  "yr",
  "yrs",
  "min",
  "max",
  "mo",
  "mos",
  "med",
  "rec",
  "ref",
  "tel",
  "ext",
  "sn",
  "lic",
  "acct",
  "al",
  "ed",
  "ch",
  "p",
  "pp",
  "vol",
  "u.s",
  "cert",
  "cel",
  "mob",
  "ph",
  "tlf",
  "tfn",
  "telef",
]);

/** A-Z, a-z or "." (a character code test: this runs for every period of a post). */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isSentenceBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 /* \n */) return true;
  if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) return false;
  const next = text.charCodeAt(i + 1);
  // A break needs whitespace (or the end) after it: "04.06.2023" and "2.5 mg" are not breaks.
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 9)) return false;
  if (c !== 46) return true;
  // Read the word before the period; an abbreviation or a single letter ("R.S. Iyer") is not a break.
  let j = i - 1;
  while (j >= 0 && i - j <= 8 && isLetterOrDot(text.charCodeAt(j))) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length <= 1) return false;
  return !ABBREVIATIONS.has(word);
}

/** Offset where the sentence containing `pos` starts, looking back at most `limit` characters. */
export function sentenceStart(text: string, pos: number, limit = 200): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    if (isSentenceBreak(text, i)) return i + 1;
  }
  return floor;
}

/** Offset where the sentence containing `pos` ends, looking ahead at most `limit` characters. */
export function sentenceEnd(text: string, pos: number, limit = 200): number {
  const ceil = Math.min(text.length, pos + limit);
  for (let i = pos; i < ceil; i++) {
    if (isSentenceBreak(text, i)) return i;
  }
  return ceil;
}

/** Up to `n` characters before `pos`, not crossing the sentence start. */
export function textBefore(text: string, pos: number, n: number): string {
  return text.slice(Math.max(sentenceStart(text, pos, n), pos - n), pos);
}

/** Up to `n` characters after `pos`, not crossing the sentence end. */
export function textAfter(text: string, pos: number, n: number): string {
  return text.slice(pos, Math.min(sentenceEnd(text, pos, n), pos + n));
}

/** Up to `n` characters before `pos` on the same line (sentence breaks ignored). */
export function lineBefore(text: string, pos: number, n: number): string {
  const floor = Math.max(0, pos - n);
  let i = pos - 1;
  while (i >= floor && text.charCodeAt(i) !== 10) i--;
  return text.slice(i + 1, pos);
}

/** True when the character before `pos` is a letter or digit (the candidate starts mid-word). */
export function wordCharBefore(text: string, pos: number): boolean {
  return pos > 0 && /[\p{L}\p{N}]/u.test(text.charAt(pos - 1));
}

/** True when the character at `pos` is a letter or digit (the candidate ends mid-word). */
export function wordCharAt(text: string, pos: number): boolean {
  return pos < text.length && /[\p{L}\p{N}]/u.test(text.charAt(pos));
}

/**
 * Units and count nouns that make a number a measurement, not an identifier or an age:
 * "90 minutes", "92 mg", "95%", "91 bpm".
 */
export const UNIT_AFTER =
  /^\s?(?:%|°|\$|(?:percent|mg|mcg|µg|ug|g|kg|lbs?|mL|ml|L|dL|mmol|mmHg|mm|cm|m|km|mi|miles|IU|U|units?|mEq|meq|ng|pg|nmol|pmol|µmol|umol|cells|copies|bpm|beats|breaths|min|mins|minutes?|h|hrs?|hours?|s|secs?|seconds?|days?|d|wks?|weeks?|months?|mos?|years? (?:ago|later|before|after|of|since)|times|x|mph|ms|V|mV|J|W|cc|oz|gm|ft|inches|points?|patients|people|cases|beds|dollars|USD|k)(?![A-Za-z]))/i;

/**
 * Letter classes for Latin-script names ("José", "Müller", "Wiśniewski"), spelled out as ranges.
 * Scanning regexes use these instead of \p{Lu}/\p{Ll} because V8 runs u-flag property classes
 * tens of times slower over a whole post. Latin Extended-A/B mixes cases, so it counts as both.
 */
export const UPPER = "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F";
export const LOWER = "a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F";
export const LETTER = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

export interface Cue<T> {
  /** Regex source without the u flag's syntax (no \p{..}); may contain capturing groups. */
  source: string;
  /** Flags of the cue's own regex: "i" for case-insensitive, "" for exact case. */
  flags: "" | "i";
  /** Called with the cue's own match (its groups and exact length) at each occurrence. */
  handle: (m: RegExpExecArray, state: T) => void;
}

export interface CueSet<T> {
  combined: RegExp;
  /** Index of each cue's wrapping group in the combined regex. */
  groups: number[];
  stickies: RegExp[];
  cues: ReadonlyArray<Cue<T>>;
}

function countGroups(source: string): number {
  return (new RegExp(`${source}|`).exec("")?.length ?? 1) - 1;
}

/**
 * Compiles many cue patterns into one regex, so a post is scanned once for all of them instead of
 * once per cue (the scanner's time is dominated by passes over the text). Order matters: where
 * two cues match at the same position, the earlier one wins, as in a single alternation.
 *
 * `lead`: a zero-width pattern that every cue's match already satisfies where it starts, such as
 * \b(?=[A-Za-z]) when every cue opens with \b and an ASCII letter. Checked once per position
 * instead of once per cue, it finds the same matches faster; it must never reject a cue's match.
 */
export function compileCues<T>(cues: ReadonlyArray<Cue<T>>, lead = ""): CueSet<T> {
  const groups: number[] = [];
  let next = 1;
  for (const cue of cues) {
    groups.push(next);
    next += 1 + countGroups(cue.source);
  }
  const alternatives = cues.map((c) => `(${c.source})`).join("|");
  return {
    combined: new RegExp(lead ? `${lead}(?:${alternatives})` : alternatives, "gi"),
    groups,
    stickies: cues.map((c) => new RegExp(c.source, `y${c.flags}`)),
    cues,
  };
}

/**
 * Runs a compiled cue set over the text. The combined regex (case-insensitive) only locates a
 * candidate; the cue's own regex, with its own case rule, must match there too. Each position is
 * examined a bounded number of times, so the pass stays linear.
 */
export function runCues<T>(text: string, set: CueSet<T>, state: T): void {
  const re = set.combined;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return;
    let k = -1;
    for (let i = 0; i < set.groups.length; i++) {
      if (m[set.groups[i] ?? 0] !== undefined) {
        k = i;
        break;
      }
    }
    // The located cue first; if its exact-case regex fails here, any later cue that matches here.
    let advance = 1;
    for (let j = k; j >= 0 && j < set.cues.length; j++) {
      const sticky = set.stickies[j];
      const cue = set.cues[j];
      if (!sticky || !cue) break;
      sticky.lastIndex = m.index;
      const own = sticky.exec(text);
      if (own) {
        cue.handle(own, state);
        advance = Math.max(1, own[0].length);
        break;
      }
    }
    re.lastIndex = m.index + advance;
  }
}

// ---------------------------------------------------------------------------------------------
// Facts about the whole text, computed once per scan and shared by the detectors.
//
// Scans are synchronous and every detector reads the same string, so a one-entry cache keyed by
// the text itself is enough: the first call for a new text replaces what was kept for the last.

let factsText: string | null = null;
let cjkKnown: boolean | null = null;
let digitRuns: number[] | null = null;

function factsFor(text: string): void {
  if (text === factsText) return;
  factsText = text;
  cjkKnown = null;
  digitRuns = null;
}

/**
 * True when the text holds a kana, CJK ideograph or Hangul character. A pattern that needs one
 * (Chinese, Japanese or Korean dates, ages, labels) can skip a text without any.
 */
export function hasCjk(text: string): boolean {
  factsFor(text);
  return (cjkKnown ??= /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text));
}

const DIGIT_RUN = /\d+/g;

/**
 * Offsets where a run of ASCII digits starts (the digit before it, if any, is not an ASCII digit),
 * in text order. A regex whose match can only start there (it opens with a digit and refuses a
 * digit before it) is tried sticky at these offsets instead of scanning the whole text.
 */
export function digitRunStarts(text: string): readonly number[] {
  factsFor(text);
  if (digitRuns === null) {
    const runs: number[] = [];
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) runs.push(m.index);
    digitRuns = runs;
  }
  return digitRuns;
}

/**
 * The matches `text.matchAll` finds with the global form of `exact` (a sticky regex, typically
 * with the u flag, which V8 runs slowly at every position), trying `exact` only where `candidate`
 * (a global regex without the u flag) matches. Rule: wherever `exact` matches, `candidate` matches
 * at the same offset; then the matches and their order are the same. `exact` never matches empty.
 */
export function matchesWhere(text: string, candidate: RegExp, exact: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  candidate.lastIndex = 0;
  for (let c = candidate.exec(text); c; c = candidate.exec(text)) {
    exact.lastIndex = c.index;
    const m = exact.exec(text);
    if (m) out.push(m);
    candidate.lastIndex = m ? c.index + m[0].length : c.index + 1;
  }
  return out;
}

/** True for the characters of the regex class \s (JavaScript's white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** How many ASCII digits `s` holds (tested by character code: it runs for every number read). */
export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
