/**
 * The text as a reader will see it, for scanning: identifiers must not slip past the scanner in a
 * form that renders (or reads) the same as the plain one.
 *
 * - Characters the reader does not see are dropped: zero-width spaces and joiners, word joiners,
 *   soft hyphens, byte-order marks ("1234\u200B5678" shows as 12345678).
 * - Markdown's backslash escapes are dropped ("0412\-345\-678" renders 0412-345-678), and
 *   character references are decoded, as the Markdown renderer does ("&#48;412", "&colon;");
 *   so are emphasis marks inside a word or number ("0412**345**678", "MRN 1234*5678*"), which
 *   render as one run of characters. Underscores stay: inside a word they are not emphasis in
 *   Markdown, and they separate the parts of file names and handles.
 * - Look-alike forms become the plain one: full-width letters and digits ("ＭＲＮ １２３"), the
 *   digits of other scripts ("९८७६५४३२१०", "٠١٢"), mathematical letters and digits, the Unicode
 *   spaces, hyphens and minus signs, and Cyrillic or Greek letters inside a word written in Latin
 *   ("Mаria" with a Cyrillic а), a letter O, I or l inside a number ("O412 345 678"), and a word
 *   or number spaced out letter by letter ("J o h n", "1 2 3 4"); an e-mail address with its "@"
 *   and dots written as words ("jane [at] gmail [dot] com").
 *
 * Rule: the view keeps a map back to the original, so a finding on the view is reported on
 * exactly the original characters that show it. Text that needs none of this (most of it) is
 * returned as is, with no map.
 */

export interface ReaderView {
  text: string;
  /** For each character of `text`, where it starts in the original; null when they are equal. */
  starts: Int32Array | null;
  /** For each character of `text`, where it ends in the original. */
  ends: Int32Array | null;
}

/** A run of emphasis or strike marks, and what they must sit between to vanish. */
const EMPHASIS = /^[*~]+/;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Anything `readAs` or the escapes would change (one test over the text; most text has none):
 * invisible characters, Unicode spaces and hyphens, full-width forms, other scripts' digits, Greek
 * and Cyrillic letters, mathematical alphanumerics, escapes, references, and emphasis marks
 * inside a word. Written without the u flag and property classes: V8 runs those many times
 * slower over a whole post.
 */
const MAY_CHANGE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: \uD835 is on purpose a lone high surrogate (no u flag): it marks the mathematical alphanumerics, all of which start with it.
  /[\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2010-\u2012\u2212\uFE63\uFF01-\uFF5E\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u1090-\u1099\u17E0-\u17E9\u1810-\u1819\u0391-\u03C9\u0400-\u052F\uD835]|\\[!-/:-@[-`{-~]|&#?[A-Za-z0-9]{1,8};|[A-Za-z0-9\u00C0-\u024F][*~]+[A-Za-z0-9\u00C0-\u024F]|[OoIl]\d{3}|\d{3}[OoIl]/;

/** Invisible: zero-width space, joiners and marks, word joiner, soft hyphen, BOM, and the like. */
function isInvisible(c: number): boolean {
  return c === 0x00ad || c === 0x034f || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

function isUnicodeSpace(c: number): boolean {
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Hyphens and minus signs that read as "-" (not the en and em dashes of prose). */
function isHyphen(c: number): boolean {
  return c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

/** The zero of each script's decimal digits (0-9 follow it). */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

function digitValue(c: number): number {
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
  return -1;
}

/**
 * A non-ASCII code unit that `readAs` may change: invisible, a Unicode space or hyphen, full-width,
 * another script's digit, Greek or Cyrillic, or the lead of a mathematical alphanumeric. Accented
 * letters, curly quotes, dashes and CJK are not, and are copied in runs with the ASCII around them.
 */
function mayChangeCode(c: number): boolean {
  if (c < 0x0370) return c === 0x00ad || c === 0x00a0 || c === 0x034f;
  if (c <= 0x052f) return true; // Greek, Cyrillic
  if (c < 0x2000) return digitValue(c) >= 0 || c === 0x180e || c === 0x1680;
  if (c <= 0x2064) return isInvisible(c) || isUnicodeSpace(c) || isHyphen(c);
  return c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0xfeff || c === 0xfe63 || (c >= 0xff01 && c <= 0xff5e) || c === 0xd835;
}

/** Cyrillic and Greek letters that look like Latin ones; used only inside Latin words. */
const CONFUSABLE: ReadonlyMap<string, string> = new Map(
  [..."аaеeоoрpсcуyхxіiјjѕsԁdһhӏlԛqԝwАAВBЕEКKМMНHОOРPСCТTУYХXІIЈJЅS", ..."ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoιiνv"].flatMap((ch, i, all): [string, string][] =>
    i % 2 === 0 ? [[ch, all[i + 1] ?? ch]] : [],
  ),
);

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: "&",
  nbsp: " ",
  colon: ":",
  num: "#",
  hyphen: "-",
  dash: "-",
  minus: "-",
  period: ".",
  commat: "@",
  sol: "/",
  lpar: "(",
  rpar: ")",
  plus: "+",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** A Latin letter (ASCII or Latin-1/Extended), for the confusable rule. */
function isLatinLetter(ch: string): boolean {
  return /[A-Za-z\u00C0-\u024F]/.test(ch);
}

/** True when the word around `index` (letters on both sides) has a Latin letter. */
function inLatinWord(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 30; i--) {
    const ch = text.charAt(i);
    if (isLatinLetter(ch)) return true;
    if (!/\p{L}/u.test(ch)) break;
  }
  for (let i = index + 1; i < text.length && i <= index + 30; i++) {
    const ch = text.charAt(i);
    if (isLatinLetter(ch)) return true;
    if (!/\p{L}/u.test(ch)) break;
  }
  return false;
}

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text.charAt(i));
};

function digitLookalike(text: string, i: number): boolean {
  const runAfter = isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3);
  const runBefore = isDigitAt(text, i - 1) && isDigitAt(text, i - 2) && isDigitAt(text, i - 3);
  return (runAfter && !isLetterAt(text, i - 1)) || (runBefore && !isLetterAt(text, i + 1));
}

/** What one character of the original reads as: "" when invisible, else one or more characters. */
function readAs(text: string, i: number, ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (isInvisible(c)) return "";
  if (isUnicodeSpace(c)) return " ";
  if (isHyphen(c)) return "-";
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  const digit = digitValue(c);
  if (digit >= 0) return String(digit);
  // Mathematical alphanumerics (bold, italic, double-struck "𝟏𝟐𝟑"): their compatibility form.
  if (c >= 0x1d400 && c <= 0x1d7ff) return ch.normalize("NFKC");
  // A letter O or I/l written inside a number ("O412 345 678", "MRN 12O4567"): the digit it imitates,
  // when a run of three digits sits on one side and no letter on the other ("O2", "CO2" stay).
  if ((ch === "O" || ch === "o" || ch === "I" || ch === "l") && digitLookalike(text, i)) return ch === "O" || ch === "o" ? "0" : "1";
  const plain = CONFUSABLE.get(ch);
  if (plain && inLatinWord(text, i)) return plain;
  return ch;
}

/** A letter or digit at `i` (by code for ASCII, which most text is). */
function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM.test(text.charAt(i));
}
const isSingleAlnumAt = (text: string, i: number) => isAlnumAt(text, i) && !isAlnumAt(text, i - 1) && !isAlnumAt(text, i + 1);

/**
 * The spaces inside runs of three or more single letters or digits, each followed by one space
 * ("J o h n", "1 2 3 4 5"), found in one pass. Only single spaces are marked, so "J o h n  S m i t
 * h" keeps a space between the words.
 */
function spacedOutSpaces(text: string): Set<number> {
  const spaces = new Set<number>();
  // Runs are found from their spaces: "X X" has a single character on both sides of one.
  let i = text.indexOf(" ");
  while (i !== -1) {
    if (!isSingleAlnumAt(text, i - 1) || !isSingleAlnumAt(text, i + 1)) {
      i = text.indexOf(" ", i + 1);
      continue;
    }
    i -= 1;
    while (i >= 2 && text.charAt(i - 1) === " " && isSingleAlnumAt(text, i - 2)) i -= 2;
    let end = i;
    while (text.charAt(end + 1) === " " && isSingleAlnumAt(text, end + 2)) end += 2;
    if ((end - i) / 2 + 1 >= 3) for (let k = i + 1; k < end; k += 2) spaces.add(k);
    i = text.indexOf(" ", end + 1);
  }
  return spaces;
}

/** Where the same run of marks closes the emphasis after letters and digits only, or -1. */
function closingRun(text: string, from: number, run: string): number {
  let i = from;
  while (i < text.length && i - from < 40 && ALNUM.test(text.charAt(i))) i++;
  return i > from && text.startsWith(run, i) && !text.startsWith(run + run.charAt(0), i) ? i : -1;
}

/** Top-level and country domains an obfuscated address may end in. */
const TLD =
  "com|org|net|edu|gov|mil|int|info|biz|me|io|co|uk|ie|au|nz|ca|in|za|ng|ke|gh|fr|de|es|it|pt|br|mx|ar|cl|co|pe|jp|kr|cn|vn|ph|my|sg|id|th|pk|bd|nl|be|ch|at|se|no|dk|fi|pl|ru|ua|tr|gr|il|ae|sa|eg";
const AT_WORD = String.raw`[ 	]?(?:\[[ 	]?at[ 	]?\]|\([ 	]?at[ 	]?\)|\{[ 	]?at[ 	]?\}|<[ 	]?at[ 	]?>|[ 	]at[ 	])[ 	]?`;
const DOT_WORD = String.raw`(?:[ 	]?(?:\[[ 	]?dot[ 	]?\]|\([ 	]?dot[ 	]?\)|\{[ 	]?dot[ 	]?\}|<[ 	]?dot[ 	]?>|[ 	]dot[ 	])[ 	]?|\.)`;
/**
 * An e-mail address written to dodge a filter: "jane.doe [at] gmail [dot] com", "jane.doe at gmail
 * dot com", "kevin(at)yahoo.co.uk". It must end in a known domain, so "seen at clinic" is prose.
 */
const AT_FORM = new RegExp(AT_WORD, "gi");
/** After the "at": the domain, its dots as words or dots, ending in a known domain. */
const OBFUSCATED_DOMAIN = new RegExp(`[A-Za-z0-9-]{2,63}(?:${DOT_WORD}[A-Za-z0-9-]{2,63}){0,4}${DOT_WORD}(?:${TLD})(?![A-Za-z0-9])`, "iy");
const OBFUSCATED_SEPARATOR = new RegExp(`${AT_WORD}|${DOT_WORD}`, "gi");
const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;

/**
 * Where each obfuscated "at" and "dot" of an e-mail address starts: its end and what it stands
 * for. Found from the "at" (one pass over the text), then the local part before it and the domain
 * after it, so the cost does not grow with how much text looks like a local part.
 */
function obfuscatedSeparators(text: string): Map<number, { end: number; as: string }> {
  const found = new Map<number, { end: number; as: string }>();
  for (const at of text.matchAll(AT_FORM)) {
    let start = at.index;
    while (start > 0 && at.index - start < 64 && LOCAL_PART_CHAR.test(text.charAt(start - 1))) start--;
    if (at.index - start < 2) continue;
    OBFUSCATED_DOMAIN.lastIndex = at.index + at[0].length;
    const domain = OBFUSCATED_DOMAIN.exec(text);
    if (!domain) continue;
    const whole = text.slice(at.index, domain.index + domain[0].length);
    const words = [...whole.matchAll(OBFUSCATED_SEPARATOR)].filter((sep) => sep[0] !== ".");
    // A bare " at " needs a " dot " too: "results at labcorp.com" is prose with a link in it.
    if (!words.some((sep) => /[[({<]|dot/i.test(sep[0]))) continue;
    for (const sep of words) {
      const sepStart = at.index + (sep.index ?? 0);
      found.set(sepStart, { end: sepStart + sep[0].length, as: /at/i.test(sep[0]) ? "@" : "." });
    }
  }
  return found;
}

export function readerView(original: string): ReaderView {
  const separators = obfuscatedSeparators(original);
  const spacedOut = spacedOutSpaces(original);
  if (separators.size === 0 && spacedOut.size === 0 && !MAY_CHANGE.test(original)) return { text: original, starts: null, ends: null };
  // The view is never longer than the original: every form read maps to as many characters or fewer.
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  const parts: string[] = [];
  let length = 0;
  let changed = false;
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      starts[length] = from;
      ends[length] = to;
      length++;
    }
    parts.push(s);
  };
  let closingAt = -1;
  /** An ASCII character that no rule changes here: copied in runs, which most text is. */
  const plainAt = (j: number): boolean => {
    const c = original.charCodeAt(j);
    if (c >= 0x80) return !mayChangeCode(c);
    if (c === 92 /* \ */ || c === 38 /* & */ || c === 42 /* * */ || c === 126 /* ~ */) return false;
    if (separators.size > 0 && separators.has(j)) return false;
    if (c === 32) return !spacedOut.has(j);
    return !((c === 79 || c === 111 || c === 73 || c === 108) && digitLookalike(original, j));
  };
  let i = 0;
  while (i < original.length) {
    let j = i;
    while (j < original.length && plainAt(j)) j++;
    if (j > i) {
      for (let k = i; k < j; k++) {
        starts[length] = k;
        ends[length] = k + 1;
        length++;
      }
      parts.push(original.slice(i, j));
      i = j;
      continue;
    }
    const ch = original.charAt(i);
    const separator = separators.get(i);
    if (separator) {
      emit(separator.as, i, separator.end);
      changed = true;
      i = separator.end;
      continue;
    }
    if (ch === "\\" && ESCAPABLE.test(original.charAt(i + 1))) {
      emit(original.charAt(i + 1), i, i + 2);
      changed = true;
      i += 2;
      continue;
    }
    if (ch === "*" || ch === "~") {
      // A pair of emphasis marks inside a word or number vanishes when rendered
      // ("0412**345**678"): both runs are dropped. A lone mark ("3*4") is a character.
      const run = EMPHASIS.exec(original.slice(i, i + 8))?.[0] ?? ch;
      if (i === closingAt || (ALNUM.test(original.charAt(i - 1)) && ALNUM.test(original.charAt(i + run.length)))) {
        const closing = i === closingAt ? -1 : closingRun(original, i + run.length, run);
        if (i === closingAt || closing >= 0) {
          closingAt = closing;
          changed = true;
          i += run.length;
          continue;
        }
      }
    }
    // "J o h n", "m r n 1 2 3 4 5 6 7 8": a word or number typed with a space after every character.
    if (ch === " " && spacedOut.has(i)) {
      changed = true;
      i += 1;
      continue;
    }
    if (ch === "&") {
      const ref = REFERENCE.exec(original.slice(i, i + 12));
      const code = ref?.[1] ? Number(ref[1]) : ref?.[2] ? parseInt(ref[2], 16) : -1;
      const decoded = ref?.[3] ? NAMED_REFERENCES[ref[3].toLowerCase()] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      if (ref && decoded !== undefined) {
        const seen = readAs(decoded, 0, decoded);
        emit(seen, i, i + ref[0].length);
        changed = true;
        i += ref[0].length;
        continue;
      }
    }
    const code = original.codePointAt(i) ?? 0;
    const whole = code > 0xffff ? original.slice(i, i + 2) : ch;
    const seen = readAs(original, i, whole);
    if (seen !== whole) changed = true;
    emit(seen, i, i + whole.length);
    i += whole.length;
  }
  if (!changed) return { text: original, starts: null, ends: null };
  return { text: parts.join(""), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/**
 * The original span of [start, end) in the view. A span that starts or ends on a dropped character
 * cannot occur (dropped characters have no place in the view); an empty span maps to an empty one.
 */
export function originalSpan(view: ReaderView, start: number, end: number): { start: number; end: number } {
  if (!view.starts || !view.ends) return { start, end };
  if (end <= start) {
    const at = start < view.starts.length ? (view.starts[start] ?? 0) : (view.ends[view.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: view.starts[start] ?? 0, end: view.ends[end - 1] ?? 0 };
}
