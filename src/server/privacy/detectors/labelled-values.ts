/**
 * Values under a label that names an identifier: "Pt: …", "**D.O.B.:** …", "Hosp #: …",
 * "Record no. …", "Encounter # …", key: value lines and markdown table columns whose header names
 * an identifier. Rule: such a value blocks whatever its shape, in the label's category.
 *
 * - A label is a phrase from the label table (id-labels.ts) right before a separator: ":", "=",
 *   "#", a spaced dash, a number word ("no.", "nr", "number", "n°"), or, for abbreviations, a
 *   period before a digit ("Tel. 480…"). The longest phrase that ends at the separator wins, so
 *   "Name of the drug:" and "Date of onset:" are not labels.
 * - The value starts after the separator (markdown emphasis and quotes skipped) and ends at the
 *   line end, a table pipe, a tab or a run of spaces, the next label, a ";" or "(", or a sentence
 *   break. The span is the value only, without trailing punctuation.
 * - Each category reads the value with its own shape: an identifier needs a digit, a date a day or
 *   month, a phone six digits, a name capitalised words that are not clinical words, an address a
 *   number and a capitalised word or capitalised place words. Placeholders ("unknown", "n/a",
 *   "[redacted]", "XXX") never block. A label that only may introduce a name ("Pt:", "Mother:")
 *   needs stronger evidence than "Name:" ("Pt: 54M with chest pain" is not a name).
 * - Tables: a header row whose cells are labels maps its columns; every data cell of such a column
 *   is read as that label's value. A row "| DOB | 1961-07-22 |" reads its cells as label and value.
 */
import { isNeverAName, isPlaceholderName } from "../clinical-allowlist";
import { sentenceEnd, UNIT_AFTER } from "../context";
import { COMMON_WORDS, ENGLISH_WORD_NAMES } from "../lexicon/common-words";
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import type { Detector, PhiCategory, RawFinding, ScanContext } from "../types";
import { isDocumentDate } from "./dates";
import { CLINICAL_CODE } from "./id-clinical-tokens";
import { labelFor, type LabelDef, type LabelKind } from "./id-labels";
import { plateIn } from "./id-plates";

const PRIORITY = 88;
/** A label phrase is at most this many characters; the scan back from a separator stops there. */
const LABEL_MAX = 48;
/** A value is read at most this far: long enough for a postal address, bounded for linear time. */
const VALUE_MAX = 120;

interface Label {
  def: LabelDef;
  /** Where the label phrase starts (the next label's start ends the previous value). */
  start: number;
  /** Where the value may start (after the separator). */
  valueStart: number;
  /** The separator was a period after an abbreviation: the value must have a strict shape. */
  weakSeparator: boolean;
}

interface Span {
  start: number;
  end: number;
  category: PhiCategory;
}

// ---------------------------------------------------------------------------------------------
// Finding labels

/**
 * Separators after a label: ":" or "=", "#" or a number word (the label may continue: "Hosp #:",
 * "Record no."), a spaced dash, or an abbreviation's period before a digit ("Tel. 480"). Every
 * branch starts with a literal character, so the engine skips ordinary text quickly.
 */
const SEPARATOR = /:(?!\/\/)|=|#\.?|[-–—](?=[ \t])|\.(?=[ \t]?[\d+(])|\bn(?:o|r|um|umber|°|º)(?![A-Za-z])\.?/gi;
/** After a number word: an optional ":" / "." / "-" / "=" and spaces ("Hosp #: ", "no.: "). */
const AFTER_NUMBER_WORD = /[ \t]*(?:[:=.-][ \t]*)?/y;
/** Emphasis, quotes and spaces between a separator and the value: "**Pt:** 'X'". */
/** The rest of a label's line is empty: the value is on the next line, which is no label itself. */
const NEXT_LINE_VALUE = /[ \t*_]*\r?\n[ \t]*(?=\S)(?![^\n:|]{1,30}:)/y;
const VALUE_LEAD = /[ \t]*(?:[*_]{1,2}[ \t]*)?(?:[:=-](?![\d])[ \t]*)?["'“‘]?/y;

function isLabelChar(c: number): boolean {
  // Letters (Latin, accented), apostrophes, slash, ampersand, dot, hyphen, degree signs.
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    c === 39 ||
    c === 0x2019 ||
    c === 47 ||
    c === 38 ||
    c === 46 ||
    c === 45 ||
    c === 0xb0 ||
    c === 0xba
  );
}

/** Words of a-z separated by single spaces, as /^[a-z]+(?: [a-z]+)*$/ says, tested by character code. */
function isPlainPhrase(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32 : c < 97 || c > 122) return false;
  }
  return true;
}

/** Normalised form of a label phrase: lower case, no dots or emphasis, single spaces. */
export function normaliseLabel(s: string): string {
  const lower = s.toLowerCase();
  // Most phrases are plain words: skip the replacements.
  if (isPlainPhrase(lower)) return lower;
  // A trailing hyphen joined the phrase to its number word: "Vers.-Nr.", "Fall-Nr.".
  return lower.replace(/[.*_]/g, "").replace(/’/g, "'").replace(/\s+/g, " ").trim().replace(/-$/, "");
}

/**
 * The label phrase that ends at `end` (exclusive): the longest run of up to five label words
 * found in the table. Returns its start, or -1.
 */
/** "Bay 2:", "Bed 14:", "Room 3B -": a ward list's place, followed by the patient in it. */
const BED_BEFORE = /(?:^|[^A-Za-z])(?:bay|bed|beds|room|cubicle|side ?room|cama|lit|leito|bett|letto)[ \t]?\d{1,3}[A-Za-z]?$/i;
const BED_LABEL: LabelDef = { kind: "name", category: "name", weak: true, needsNumber: false, exact: false, source: "" };

function labelEndingAt(text: string, end: number, numbered: boolean): { start: number; def: LabelDef } | null {
  // Skip emphasis and spaces between the phrase and the separator: "**DOB**:", "MRN :".
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 42 || text.charCodeAt(e - 1) === 95)) e--;
  if (e === 0 || e < end - 4) return null;
  const last = text.charCodeAt(e - 1);
  if (last >= 48 && last <= 57) {
    const bed = BED_BEFORE.exec(text.slice(Math.max(0, e - 16), e));
    return bed && !numbered ? { start: e - bed[0].length + (/^[^A-Za-z]/.test(bed[0]) ? 1 : 0), def: BED_LABEL } : null;
  }
  const floor = Math.max(0, e - LABEL_MAX);
  // Word starts, nearest first.
  const starts: number[] = [];
  let i = e;
  while (i > floor && starts.length < 5) {
    let j = i;
    while (j > floor && isLabelChar(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    starts.push(j);
    // One space (or "'s ") joins words of one phrase; anything else ends it.
    if (j > floor + 1 && text.charCodeAt(j - 1) === 32 && isLabelChar(text.charCodeAt(j - 2))) i = j - 1;
    else break;
  }
  // Phrases from the nearest word back, each word normalised once: "birth" ← "of birth" ← …
  const phrases: string[] = [];
  let phrase = "";
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? e;
    const wordEnd = k === 0 ? e : (starts[k - 1] ?? e) - 1;
    const word = normaliseLabel(text.slice(s, wordEnd));
    phrase = phrase === "" ? word : word === "" ? phrase : `${word} ${phrase}`;
    phrases.push(phrase);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k] ?? e;
    const phrase = phrases[k] ?? "";
    const def = labelFor(phrase, numbered);
    // A case-sensitive label ("LINE", "IG": apps) must be written as listed: "line:" is prose.
    if (def && (!def.exact || text.startsWith(def.source, s))) return { start: s, def };
    // "Name/DOB:", "PLZ/Ort:": a combined label reads as its first part.
    const slash = phrase.indexOf("/");
    if (slash > 1 && k === 0) {
      const first = labelFor(phrase.slice(0, slash), numbered);
      if (first) return { start: s, def: first };
    }
  }
  return null;
}

const PERIOD_KINDS = new Set<LabelKind>(["date", "phone", "id", "plate", "serial"]);

function findLabels(text: string): Label[] {
  const labels: Label[] = [];
  SEPARATOR.lastIndex = 0;
  let skipTo = 0;
  for (;;) {
    const m = SEPARATOR.exec(text);
    if (!m) break;
    if (m.index < skipTo) continue;
    const first = m[0].charAt(0);
    const numbered = first === "#" || first === "n" || first === "N";
    const period = first === ".";
    // A dash separates only with spaces on both sides: "Name - John", not "x-ray" or "12-".
    if ((first === "-" || first === "–" || first === "—") && !/[ \t]/.test(text.charAt(m.index - 1))) continue;
    // A number word must follow the label with a space or directly ("MR#", "Hosp #", "Record no").
    const found = labelEndingAt(text, m.index, numbered);
    if (!found) continue;
    // "Tel. 480…", "Geb. 12.03.…": an abbreviation's period separates only dates, phones and numbers.
    if (period && !PERIOD_KINDS.has(found.def.kind)) continue;
    // "no" as a separator needs a following value, not prose: "Medicare no longer covers" is read,
    // and rejected later by the value's shape.
    let valueStart = m.index + m[0].length;
    if (numbered) {
      AFTER_NUMBER_WORD.lastIndex = valueStart;
      const a = AFTER_NUMBER_WORD.exec(text);
      if (a) valueStart += a[0].length;
    }
    VALUE_LEAD.lastIndex = valueStart;
    const lead = VALUE_LEAD.exec(text);
    if (lead) valueStart += lead[0].length;
    // "MRN:\n12345678", "Patient name:\nJohn Smith": a form field whose value was pasted on the
    // next line, unless that line is another field ("MRN:\nDOB: ...").
    if (first === ":") {
      NEXT_LINE_VALUE.lastIndex = valueStart;
      const next = NEXT_LINE_VALUE.exec(text);
      if (next) valueStart += next[0].length;
    }
    labels.push({ def: found.def, start: found.start, valueStart, weakSeparator: period });
    skipTo = valueStart;
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// Value regions

/** Where a value that starts at `start` must end, at most `limit`. */
function valueEnd(text: string, start: number, limit: number): number {
  const ceil = Math.min(limit, start + VALUE_MAX, text.length);
  const sentence = sentenceEnd(text, start, VALUE_MAX);
  const end = Math.min(ceil, sentence);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 124 /* | */ || c === 9 || c === 59 /* ; */) return i;
    // "(" ends a value unless it opens it: "(916) 555-0191".
    if (c === 40 && i > start) return i;
    // Two spaces separate form fields: "GONZALEZ, MARIA E   DOB: ...".
    if (c === 32 && text.charCodeAt(i + 1) === 32) return i;
    // Closing emphasis: "**Name: John Smith**".
    if (c === 42 && text.charCodeAt(i + 1) === 42) return i;
  }
  return end;
}

/** Leading and trailing spaces, emphasis and punctuation removed. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s*_"'“”‘’]/.test(text.charAt(s))) s++;
  while (e > s && /[\s*_"'“”‘’.,:;!?\-–—]/.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/** Values that say there is no value: "unknown", "n/a", "[redacted]", "XXX", "***", "—". */
const NON_VALUE =
  /^(?:[[<{(]|(?:unknown|unk|n\/?a|none|nil|null|not (?:known|available|applicable|provided|given|recorded|on file)|redacted|removed|withheld|anonymi[sz]ed|deleted|hidden|private|confidential|pending|tbd|declined|refused|unavailable|same|see (?:above|below|chart)|as above|on file|homeless|nfa|snf|alf|ltc|nursing home|group home|shelter|hospice|rehab|jail|prison|various|other|blank|na|xx+|[x*#?_.\-–—•/]+)(?![\p{L}\p{N}]))/iu;

// ---------------------------------------------------------------------------------------------
// Readers, one per value shape. Each returns the identifier's span inside [start, end) or null.

/**
 * An identifier token: letters and digits with single inner separators (- . / and one space
 * before a chunk with a digit: "GRT 8812", "602 18 4471", "AB12 CDE").
 */
const ID_TOKEN = /@?[A-Za-z0-9](?:[A-Za-z0-9_]|[-./](?=[A-Za-z0-9])|[ ](?=[A-Za-z0-9]{1,6}(?![A-Za-z0-9]))(?=[A-Za-z]{0,5}\d)){0,40}/y;
/** A plate may also end in a block of capitals: "AB12 CDE", "1ABC 234". */
const PLATE_TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])|[ ](?=[A-Za-z0-9]{1,4}(?![A-Za-z0-9]))(?=[A-Za-z]{0,3}\d|[A-Z]{2,3}(?![A-Za-z0-9]))){0,12}/y;
const YEAR = /^(?:19|20)\d\d$/;

/** A plate at the start of the value ("Rego: ABC-123"); "Reg: FOLFOX q2w" is a regimen. */
function plateSpan(text: string, start: number, end: number): [number, number] | null {
  const plate = plateIn(text, start, Math.min(end, start + 16), 4, true);
  return plate && plate.start === start ? [plate.start, plate.end] : null;
}

function readIdentifier(text: string, start: number, end: number, def: LabelDef): [number, number] | null {
  const re = def.category === "vehicle" ? PLATE_TOKEN : ID_TOKEN;
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m) return null;
  const tokenEnd = Math.min(start + m[0].length, end);
  const [s, e] = trimSpan(text, start, tokenEnd);
  const value = text.slice(s, e);
  if (value.length === 0) return null;
  let digits = 0;
  let alnum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alnum++;
  }
  // A handle or user name may be letters only ("@sunny_rae", "insta: rae.sunshine"); after an
  // ambiguous label ("IG:", "Snap:") it needs the marks of a handle (@, _, a dot or a digit).
  if (def.kind === "handle") {
    if (alnum < 3 || COMMON_WORDS.has(value.toLowerCase()) || isNeverAName(value)) return null;
    if (def.weak && !/^@|[_.\d]/.test(value)) return null;
    return [s, e];
  }
  if (/^[Xx*#]+[-./ ]?[Xx*#]*$/.test(value)) return null;
  if (digits === 0 || alnum < 3) return null;
  if (alnum < 4 && digits < 3) return null;
  if (def.minDigits !== undefined && digits < def.minDigits) return null;
  // An ambiguous acronym as a label ("SUS: 136", "HC: 34.5") needs a long number.
  if (def.weak && def.exact && def.kind === "id" && digits < 5) return null;
  if (YEAR.test(value) || CLINICAL_CODE.test(value)) return null;
  if (def.category === "vehicle") {
    // A plate: letters and digits, no decimal point ("7KLM392", "AB12 CDE", "KJX-4821").
    if (value.includes(".") || (alnum > 10 && !/^[A-HJ-NPR-Z0-9]{17}$/.test(value))) return null;
    if (def.weak && !/[A-Za-z]/.test(value) && digits < 4) return null;
  } else if (def.weak && (digits < 3 || /^\d{1,4}[-–]\d{1,4}$/.test(value))) {
    // Ambiguous labels ("ID:", "Case no") need a number-like token, not a range ("30-400").
    return null;
  }
  // A count or a measurement: "Serial: 3 mm", "Member: 2 units".
  if (/^\d+(?:[.,]\d+)?$/.test(value) && UNIT_AFTER.test(text.slice(e, e + 12))) return null;
  // A lower-case word inside is prose ("serial 12-lead ECGs").
  if (/[a-z]{4,}/.test(value)) return null;
  return [s, e];
}

/** A month name in English, French, Spanish, Portuguese, German or Italian, by its stem. */
const MONTH = "(?:jan|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|ma[iy]|mag|jun|jui|giu|jul|lug|aug|ao[uû]|ago|sep|set|o[ck]t|out|ott|nov|d[eé][cz]|dic|ene|gen)[a-zçéû]{0,7}\\.?";
/** A date with a day or a month: 07/22/1961, 1979-11-03, 14.03.1952, 7 March 1952, Sept. 9, 19850611. */
const DATE_VALUE = new RegExp(
  `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)|(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)|\\d{1,2}(?:st|nd|rd|th|er|º|°)?[ \\t.-]*(?:of[ \\t]+|de[ \\t]+)?${MONTH}(?![A-Za-z])(?:,?[ \\t.-]*(?:de[ \\t]+)?(?:\\d{4}|'?\\d{2}))?|${MONTH}(?![A-Za-z])[ \\t.-]*\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,?[ \\t]*(?:\\d{4}|'\\d{2}))?|${MONTH}(?![A-Za-z]),?[ \\t]+(?:of[ \\t]+)?(?:\\d{4}|'\\d{2})|(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|\\d{1,2}[-/.](?:19|20)\\d\\d(?!\\d)|\\d{1,2}/\\d{1,2}(?![\\d/]))`,
  "iy",
);

/**
 * A date after a date label. After an ambiguous label ("Date:", "Admitted:", "Onset:") the date
 * needs a year or a month name; "1/2" or "3/4" there is more often a fraction.
 */
function readDate(text: string, start: number, end: number, weak: boolean): [number, number] | null {
  DATE_VALUE.lastIndex = start;
  const m = DATE_VALUE.exec(text);
  if (!m || start + m[0].length > end + 1) return null;
  const e = start + m[0].length;
  if (weak && /^\d{1,2}[/.-]\d{1,2}$/.test(m[0])) return null;
  // A fraction or a dose, not a date: "1/2 tab", "2/3 of the dose", "3/4 mg".
  if (/^\d{1,2}\/\d{1,2}$/.test(m[0]) && /^\s?(?:tab|of|mg|ml|x|dose)/i.test(text.slice(e, e + 6))) return null;
  return trimSpan(text, start, e);
}

const PHONE_VALUE = /(?:\+|00)?\(?\d[\d \t()./-]{4,22}\d(?:[ \t]*(?:x|ext\.?|extn)[ \t]*\d{1,6})?/iy;

function readPhone(text: string, start: number, end: number): [number, number] | null {
  PHONE_VALUE.lastIndex = start;
  const m = PHONE_VALUE.exec(text);
  if (!m) return null;
  let e = Math.min(start + m[0].length, end);
  // The run may have swallowed a second field after two spaces; valueEnd already cut it.
  const value = text.slice(start, e);
  const digits = value.replace(/\D/g, "").length;
  if (digits < 6 || digits > 16) return null;
  // A date is not a phone: "Home: 12/03/2024".
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value.trim())) return null;
  while (e > start && /[\s(\-./]/.test(text.charAt(e - 1))) e--;
  return [start, e];
}

// Names ----------------------------------------------------------------------------------------

const TITLE_LEAD = /(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\.ra|Dña?|Don|Doña)\.?[ \t]+/y;
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "del",
  "della",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "du",
  "ter",
  "ten",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "y",
  "e",
]);
/** A name word: capitalised, all capitals, or an initial; accents, hyphens and apostrophes inside. */
// The initial comes first: "K. Lakshmamma" is an initial and a name, not a word "K" ending at ".".
const NAME_WORD = /(?:[A-Z]\.|[A-Z\u00C0-\u00DE\u0100-\u024F](?:[a-zA-Z\u00DF-\u00FF\u0100-\u024F'’-]{0,24}))(?![A-Za-z0-9\u00C0-\u024F])/y;
const LOWER_WORD = /[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'’-]{1,24}(?![A-Za-z0-9\u00C0-\u024F])/y;

interface NameRead {
  start: number;
  end: number;
  words: string[];
  comma: boolean;
  titled: boolean;
  lowerCase: boolean;
}

/**
 * Reads up to five name words from `start` (a title first is skipped and remembered). After a
 * sure label only common words stop the read ("Name: Jan Kowalski": Jan is also a month); after
 * an ambiguous one, clinical words, brands and places stop it too.
 */
function readNameWords(text: string, start: number, end: number, sure: boolean): NameRead | null {
  let p = start;
  let titled = false;
  TITLE_LEAD.lastIndex = p;
  const t = TITLE_LEAD.exec(text);
  if (t && p + t[0].length < end) {
    p += t[0].length;
    titled = true;
  }
  const nameStart = p;
  const words: string[] = [];
  let last = p;
  let comma = false;
  let lowerCase = false;
  while (p < end && words.length < 5) {
    NAME_WORD.lastIndex = p;
    let m = NAME_WORD.exec(text);
    let isLower = false;
    if (!m && (words.length === 0 || lowerCase)) {
      LOWER_WORD.lastIndex = p;
      m = LOWER_WORD.exec(text);
      isLower = m !== null;
    }
    if (!m || p + m[0].length > end) {
      // A particle inside a name: "Juan de la Cruz".
      const particle = /^([a-z]{1,5})[ \t]/.exec(text.slice(p, p + 7));
      if (words.length > 0 && particle && NAME_PARTICLES.has(particle[1] ?? "")) {
        p += particle[0].length;
        continue;
      }
      break;
    }
    const word = m[0];
    if (words.length > 0 && isLower !== lowerCase) break;
    if (isLower) lowerCase = true;
    const bare = word.replace(/['’]s$/, "");
    if (word.length > 2 && (sure ? COMMON_WORDS.has(bare.toLowerCase()) || isMedicalWord(bare) : isNeverAName(bare))) break;
    if (word.length <= 2 && !/^[A-Z]\.?$/.test(word) && COMMON_WORDS.has(word.toLowerCase())) break;
    words.push(word);
    p += word.length;
    last = p;
    const gap = /^(,?[ \t]|-)/.exec(text.slice(p, p + 2));
    if (!gap) break;
    if (gap[0].startsWith(",")) {
      // Only one comma: "Last, First M".
      if (comma || words.length > 2) break;
      comma = true;
    }
    p += gap[0].length;
  }
  if (words.length === 0) return null;
  // A trailing comma belongs to the sentence, not to the name.
  if (comma && words.length === 1) comma = false;
  return { start: nameStart, end: last, words, comma, titled, lowerCase };
}

/** Endings of English adjectives and abstract nouns: "Septic Shock", "Retired Teacher", "Elderly". */
const ENGLISH_SUFFIX = /(?:ic|ive|ous|ed|ing|ment|ness|tion|sion|ity|ism|able|ible|ful|less|ly|ant|ent|ary|ory|ist)$/i;

/** A disease, drug or procedure word, not a name ("Pneumonia", "Metoprolol"). */
function isMedicalWord(word: string): boolean {
  return word.length > 4 && isNeverAName(word) && !FIRST_NAMES.has(word.toLowerCase()) && !SURNAMES.has(word.toLowerCase());
}

function isListedName(word: string): boolean {
  const w = word.toLowerCase();
  return (FIRST_NAMES.has(w) || SURNAMES.has(w)) && !ENGLISH_WORD_NAMES.has(w);
}

/** Words that make a capitalised phrase an organisation or a document. */
const ORGANISATION_WORD =
  /^(?:protocol|pathway|bundle|guidelines?|policy|clinic|hospital|health|healthcare|trust|foundation|institute|centre|center|group|services?|inc|ltd|llc|gmbh|plc|permanente|plus|insurance|assurance|mutual|isapre|eps|obra|prepaga)$/i;

/**
 * True when a word names an organisation ("Permanente", "Protocol") or two adjacent words an
 * insurer ("Blue Cross"). Single insurer words are not enough: "Oscar" and "Molina" are names too.
 */
function namesOrganisation(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? "").toLowerCase();
    if (ORGANISATION_WORD.test(w)) return true;
    const pair = i + 1 < words.length ? `${w} ${(words[i + 1] ?? "").toLowerCase()}` : "";
    if (pair && labelFor(pair, false)?.category === "health_plan") return true;
  }
  return false;
}

/**
 * A name after a name label. `sure` labels ("Name:", "Nom:") take one capitalised word; labels
 * that may introduce a description ("Pt:", "Mother:") need a title, "Last, First", capitals,
 * two capitalised words ending the value, or a listed name.
 */
function readName(text: string, start: number, end: number, sure: boolean, bed = false, form = false): [number, number] | null {
  const r = readNameWords(text, start, end, sure || form);
  if (!r) return null;
  const words = r.words.filter((w) => !/^[A-Z]\.?$/.test(w));
  if (words.length === 0) return null;
  if (words.every((w) => isPlaceholderName(w))) return null;
  // "Client: Kaiser Permanente", "Patient: Sepsis Protocol": after a label that only may introduce
  // a person, an insurer, an organisation or a protocol is not a name.
  if (!sure && !r.titled && namesOrganisation(words)) return null;
  if (form && !sure && !r.lowerCase) return formName(text, r, words, end);
  if (r.lowerCase) {
    // Lower-case words are a name only after "Name:" and when the first is a listed name.
    if (!sure || !isListedName(words[0] ?? "")) return null;
  } else if (!sure && r.comma && words.some((w) => /^[A-Z]{2,3}$/.test(w) && !isListedName(w))) {
    // "daughter: HBV, AFP 400": abbreviations in a list, not "Last, First".
    return null;
  } else if (!sure && !r.titled && !r.comma) {
    // "Pt:", "Mother:" may introduce a description ("Mother: Worried about the rash", "Pt: 54M"):
    // without a title or "Last, First", the words must end the value (a capitalised word followed
    // by lower-case words is a sentence), and a single word must be a listed name.
    const rest = text.slice(r.end, end);
    if (!/^\s*(?:$|[,(\-–—/]|\d)/.test(rest)) return null;
    // On a ward list ("Bay 2: Fairbairn, 64"), one word followed by an age is a surname.
    const aged = bed && /^[A-Z][a-z]/.test(words[0] ?? "") && /^\s*,\s*\d{1,3}(?:\s?(?:[MF]|yo?|yrs?))?\s*(?:[,;)]|$)/.test(rest);
    if (!words.some(isListedName) && !aged) {
      if (words.length < 2 || words.some((w) => ENGLISH_SUFFIX.test(w))) return null;
    }
  }
  return [r.start, r.end];
}

/**
 * A person label's value in a form ("**Pt:** Denis" over "**Age:** 61", "| Who |" over a column):
 * the field holds a person, so the value is a name when it is the whole value (a capitalised word
 * followed by lower-case words is a sentence: "Mother: Worried about …"), and no word is a
 * clinical, common or brand word ("Pt: Noncompliant", "| COPD |"). Unlisted words must not look
 * like English adjectives or abbreviations in capitals, nor one word like a disease.
 */
function formName(text: string, r: NameRead, words: readonly string[], end: number): [number, number] | null {
  if (!/^\s*(?:$|[,(\-–—/]|\d)/.test(text.slice(r.end, end))) return null;
  const listed = words.some(isListedName);
  if (words.some((w) => isNeverAName(w) && !isListedName(w))) return null;
  if (!listed && words.some((w) => ENGLISH_SUFFIX.test(w) || /^[A-Z]{1,4}$/.test(w))) return null;
  // "Pt: Sepsis", "Patient: Diarrhoea": one unlisted word with a disease's ending ("-ia" ends names too: Zofia).
  if (!listed && words.length === 1 && /(?:sis|oea|rrhea)$/.test(words[0] ?? "")) return null;
  return [r.start, r.end];
}

/** A form field's line: a short key and a colon ("**Age:** 61", "Nº utente SNS: 284 …", "- DOB: …"). */
const KEY_LINE = /[ \t>*_•·-]{0,6}\p{L}[\p{L}\p{N} .'’/#()°º-]{0,30}?[*_]{0,2}[ \t]?:/uy;

/**
 * The label at `start` opens a line of a form: only emphasis or a bullet before it on its line,
 * and the line above or below is another field ("Doente: …" over "Idade: 93 anos").
 */
function isFormField(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 6 || !/^[ \t>*_•·-]*$/.test(text.slice(lineStart, start))) return false;
  const next = text.indexOf("\n", start);
  if (next !== -1) {
    KEY_LINE.lastIndex = next + 1;
    if (KEY_LINE.test(text)) return true;
  }
  if (lineStart < 2) return false;
  KEY_LINE.lastIndex = text.lastIndexOf("\n", lineStart - 2) + 1;
  return KEY_LINE.test(text);
}

// Addresses ------------------------------------------------------------------------------------

const STREET_WORD =
  /\b(?:st|street|rd|road|ave|avenue|ln|lane|dr|drive|ct|court|way|blvd|pl|place|cres|crescent|close|hwy|sq|apt|unit|flat|po box|rue|chemin|calle|avda|avenida|rua|via|viale|piazza|stra(?:ss|ß)e|str|weg|gasse|platz)\b/i;
const POSTCODE = /\b(?:\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b/;

const ABSTRACT_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ive|ous|able|ible|ful|less|ics|logy|scopy|therapy)$/i;

function readAddress(text: string, start: number, end: number): [number, number] | null {
  const [s, e] = trimSpan(text, start, end);
  if (e <= s) return null;
  const value = text.slice(s, e);
  const hasDigit = /\d/.test(value);
  const words = value.split(/[\s,]+/).filter((w) => /[A-Za-z\u00C0-\u024F]/.test(w));
  const capWords = words.filter((w) => /^[A-Z\u00C0-\u00DE]/.test(w) && !isNeverAName(w.replace(/[.,]$/, "")));
  if (hasDigit) {
    // "12 Oak St", "2290 Lakeview Dr, Sacramento", "Flat 3, 12 rue de la Paix", "SW1A 1AA"; an
    // abbreviation and a number ("CVV 188") is not an address.
    const titled = capWords.some((w) => /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]/.test(w) || w.length >= 4);
    if (!titled && !STREET_WORD.test(value) && !POSTCODE.test(value)) return null;
    if (/^\d+(?:[.,]\d+)?$/.test(value) || UNIT_AFTER.test(value.replace(/^\d+(?:[.,]\d+)?/, ""))) {
      if (!POSTCODE.test(value)) return null;
    }
    return [s, e];
  }
  // Without a number, a place: capitalised words only ("Wausau", "Tempe, AZ", "São Paulo"), none
  // an abstract noun ("Anticoagulation Reversal Protocol").
  if (words.length === 0 || words.length > 5 || capWords.length === 0) return null;
  if (words.some((w) => ABSTRACT_SUFFIX.test(w))) return null;
  for (const w of words) {
    if (/^[A-Z\u00C0-\u00DE]/.test(w)) continue;
    if (NAME_PARTICLES.has(w) || w === "of" || w === "upon" || w === "on" || w === "sur" || w === "am") continue;
    return null;
  }
  return [s, e];
}

// ---------------------------------------------------------------------------------------------
// Reading a value by its label's kind

function readValue(text: string, start: number, end: number, def: LabelDef, strict: boolean, form = false): Span[] {
  if (end <= start) return [];
  const head = text.slice(start, Math.min(end, start + 24));
  if (NON_VALUE.test(head.trim())) {
    // "XXX-XX-1234" keeps a real part; "[redacted]", "unknown" and "n/a" do not.
    if (!/\d{3}/.test(head) || /^[[<{(]/.test(head.trim())) return [];
  }
  const out: Span[] = [];
  const push = (r: [number, number] | null, category: PhiCategory) => {
    if (r && r[1] > r[0]) out.push({ start: r[0], end: r[1], category });
  };
  switch (def.kind) {
    case "name":
      if (!strict) push(readName(text, start, end, !def.weak, def === BED_LABEL, form), "name");
      break;
    case "contact": {
      // "Contact: Jenna (daughter) 555-0102", "NOK: 0412 345 678".
      const phone = readPhone(text, start, end);
      if (phone) push(phone, "phone");
      else if (!strict) push(readName(text, start, end, false, false, form), "name");
      break;
    }
    case "person_or_id": {
      const id = readIdentifier(text, start, end, def);
      if (id) push(id, def.category);
      else if (!strict) push(readName(text, start, end, false, false, form), "name");
      break;
    }
    case "date": {
      // "| Date | Lot | Level 1 |" in a QC log: a weak "Date" label over a document's date.
      const read = readDate(text, start, end, def.weak);
      push(read && def.weak && isDocumentDate(text, read[0], read[1]) ? null : read, "date");
      break;
    }
    case "phone":
      push(readPhone(text, start, end), def.category);
      break;
    case "address":
      if (!strict) push(readAddress(text, start, end), "address");
      break;
    case "plate":
      push(plateSpan(text, start, end), "vehicle");
      break;
    default:
      push(readIdentifier(text, start, end, def), def.category);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface Cell {
  start: number;
  end: number;
}

/** Cells of a delimited line [from, to): between delimiters, outer empty cells dropped. */
function cellsOf(text: string, from: number, to: number, delimiter: number): Cell[] {
  const cells: Cell[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === delimiter) {
      cells.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (delimiter === 124) {
    if (cells.length > 0 && text.slice(cells[0]!.start, cells[0]!.end).trim() === "") cells.shift();
    const last = cells[cells.length - 1];
    if (last && text.slice(last.start, last.end).trim() === "") cells.pop();
  }
  return cells;
}

const RULE_CELL = /^\s*:?-{2,}:?\s*$/;

/** Kinds a header may name after a qualifier: "Attender mob", "Pt MRN", "Mother's phone". */
const QUALIFIED_KINDS = new Set<LabelKind>(["phone", "id", "plate", "person_or_id"]);

/**
 * The label a table cell names, if the whole cell is a label ("MRN", "**DOB**", "Hosp #",
 * "Fall-Nr."), or a label after one or two qualifying words ("Attender mob", "Pt NHS no"): the
 * qualifier says whose number it is, the last words what it is.
 */
function cellLabel(text: string, cell: Cell): LabelDef | null {
  const raw = text.slice(cell.start, cell.end);
  if (raw.length > LABEL_MAX) return null;
  const full = normaliseLabel(raw).replace(/[:=]$/, "").trim();
  let phrase = full;
  let numbered = false;
  const num = /\s?(?:#|no|nr|number|num|n°|nº)$/.exec(phrase);
  if (num && phrase.length > num[0].length) {
    numbered = true;
    phrase = phrase.slice(0, phrase.length - num[0].length).replace(/[-\s]+$/, "");
  }
  const def = labelFor(phrase, numbered) ?? (numbered ? labelFor(full, false) : null);
  if (def) return def;
  // "| Place |", "Lugar" heading a column of a case list is where each patient lives; in prose
  // ("Time and place: Tuesday") the word is no label.
  if (phrase === "place" || phrase === "lugar") return labelFor("town", false);
  // "GP phone", "Ward ext", "Pharmacy tel": a clinician's or a service's number, not the patient's.
  if (SERVICE_QUALIFIER.test(phrase)) return null;
  let space = phrase.indexOf(" ");
  for (let dropped = 0; space !== -1 && dropped < 2; dropped++) {
    phrase = phrase.slice(space + 1);
    const tail = labelFor(phrase, numbered);
    if (tail && QUALIFIED_KINDS.has(tail.kind)) return tail;
    space = phrase.indexOf(" ");
  }
  return null;
}

const SERVICE_QUALIFIER =
  /^(?:gp|gp's|dr|doctor|doctor's|consultant|consultant's|registrar|reg|team|unit|ward|clinic|practice|surgery|pharmacy|lab|office|service|hospital|dept|department|referrer|referring|on-?call|trust|site)\b/;

/** Header cells of a staff or service directory. */
const STAFF_HEADER =
  /^\s*\**(?:consultants?|doctors?|physicians?|staff|team|teams|unit|units|site|sites|department|dept|service|services|ward|wards|clinic|clinics|specialty|speciality|role|on-?call|registrar|bleep|extension|ext|rota|colleague|contact person)\**\s*$/i;

/** Next position of a pipe or a tab at or after `from`, or -1. */
function nextCellBreak(text: string, from: number): number {
  const pipe = text.indexOf("|", from);
  const tab = text.indexOf("\t", from);
  if (pipe === -1) return tab;
  if (tab === -1) return pipe;
  return Math.min(pipe, tab);
}

function isRuleLine(text: string, from: number): boolean {
  let end = text.indexOf("\n", from);
  if (end === -1) end = text.length;
  const cells = cellsOf(text, from, end, 124);
  return cells.length > 0 && cells.every((c) => RULE_CELL.test(text.slice(c.start, c.end)));
}

function detectTables(text: string, spans: Span[]): void {
  // Only lines with a pipe or a tab are visited; a line without one ends a table.
  let columns: Array<LabelDef | null> | null = null;
  let delimiter = 124;
  let previousLineEnd = -2;
  for (let hit = nextCellBreak(text, 0); hit !== -1; ) {
    const pos = text.lastIndexOf("\n", hit) + 1;
    let lineEnd = text.indexOf("\n", hit);
    if (lineEnd === -1) lineEnd = text.length;
    hit = nextCellBreak(text, lineEnd);
    if (pos !== previousLineEnd + 1) columns = null;
    previousLineEnd = lineEnd;
    const d = text.slice(pos, lineEnd).includes("|") ? 124 : 9;
    const cells = cellsOf(text, pos, lineEnd, d);
    if (d === 124 && isRuleLine(text, pos)) continue; // the rule under a header keeps its columns
    if (columns && d === delimiter) {
      cells.forEach((cell, i) => {
        const def = columns?.[i];
        if (!def) return;
        const [s, e] = trimSpan(text, cell.start, cell.end);
        if (e > s && !cellLabel(text, cell)) spans.push(...readValue(text, s, e, def, false, true));
      });
      continue;
    }
    // A header: two label cells, or one above a markdown rule ("| Patient | Plan |\n|---|---|").
    const defs = cells.map((c) => cellLabel(text, c));
    const labelled = defs.filter((x) => x !== null).length;
    const ruleBelow = d === 124 && lineEnd < text.length && isRuleLine(text, lineEnd + 1);
    if (labelled >= 2 || (labelled === 1 && ruleBelow)) {
      // A staff or service directory ("| Consultant | Mobile |", "| Unit | Phone |") lists
      // colleagues' and wards' lines, not patients': its phone columns are not read.
      const staff = cells.some((c) => STAFF_HEADER.test(text.slice(c.start, c.end))) && !defs.some((x) => x?.kind === "name");
      columns = staff ? defs.map((x) => (x && (x.kind === "phone" || x.kind === "contact") ? null : x)) : defs;
      delimiter = d;
      continue;
    }
    columns = null;
    // "| DOB | 1961-07-22 |": a label cell followed by its value.
    for (let i = 0; i + 1 < cells.length; i++) {
      const def = defs[i];
      const next = cells[i + 1];
      if (!def || !next || defs[i + 1]) continue;
      const [s, e] = trimSpan(text, next.start, next.end);
      if (e > s) spans.push(...readValue(text, s, e, def, false, true));
    }
  }
}

/**
 * A comma-separated paste ("Name,DOB,Hosp no,Town"): a header line of short cells, two of them
 * labels, maps the columns of the lines right under it, as a pipe or tab table does. Prose never
 * has a line of two label words between commas and nothing longer than a column heading.
 */
function detectCsv(text: string, spans: Span[]): void {
  let columns: Array<LabelDef | null> | null = null;
  let comma = text.indexOf(",");
  for (let pos = 0; pos < text.length; ) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd === -1) lineEnd = text.length;
    // The next comma is looked up again only once the scan has passed it (linear over the text).
    if (comma !== -1 && comma < pos) comma = text.indexOf(",", pos);
    const cells = lineEnd - pos <= TABLE_LINE_MAX && comma !== -1 && comma < lineEnd ? cellsOf(text, pos, lineEnd, 44) : [];
    if (cells.length < 2) columns = null;
    else if (columns) {
      const cols = columns;
      cells.forEach((cell, i) => {
        const def = cols[i];
        const [s, e] = trimSpan(text, cell.start, cell.end);
        if (def && e > s) spans.push(...readValue(text, s, e, def, false));
      });
    } else if (cells.every((c) => c.end - c.start <= 24)) {
      // Only a line of short cells can be a header: prose lines are not looked up cell by cell.
      const defs = cells.map((c) => cellLabel(text, c));
      if (defs.filter((x) => x !== null).length >= 2) columns = defs;
    }
    pos = lineEnd + 1;
  }
}

const TABLE_LINE_MAX = 400;

/**
 * A numbered case list ("2. OKAFOR B 4417302/22 - sigmoid Ca"): a person's name in capitals and
 * initial, then a number of five or more digits, then the case: the number is the hospital's.
 * A span of years ("2019-2021") is a citation's, not a record's.
 */
const CASE_ROW =
  /^[ \t]{0,3}\d{1,2}[.)][ \t]{1,3}(\p{Lu}[\p{Lu}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’.-]{0,20}){1,3})[ \t]{1,3}([A-Z]{0,2}\d[\d/-]{4,12}[A-Z]?)(?=[ \t]{0,3}[-–—,:(])/gmu;

/** The row's person too, unless its first word is a clinical or common word ("1. CT HEAD 20240311 -"). */
function detectCaseRows(text: string, spans: Span[]): void {
  for (const m of text.matchAll(CASE_ROW)) {
    const name = m[1]!;
    const id = m[2]!;
    if ((id.match(/\d/g) ?? []).length < 5 || /^(?:19|20)\d\d[-/](?:19|20)?\d\d$/.test(id)) continue;
    const start = m.index + m[0].length - id.length;
    spans.push({ start, end: start + id.length, category: "mrn" });
    const first = /^[\p{L}'’-]+/u.exec(name)?.[0] ?? "";
    if (first.length > 2 && !isNeverAName(first)) {
      const nameStart = m.index + m[0].indexOf(name);
      spans.push({ start: nameStart, end: nameStart + name.length, category: "name" });
    }
  }
}

// ---------------------------------------------------------------------------------------------

export const detectLabelledValues: Detector = (ctx: ScanContext): RawFinding[] => {
  const { text } = ctx;
  const spans: Span[] = [];
  const labels = findLabels(text);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const next = labels[i + 1];
    const limit = next ? next.start : text.length;
    const end = valueEnd(text, label.valueStart, limit);
    const form = label.def.weak && (label.def.kind === "name" || label.def.kind === "contact" || label.def.kind === "person_or_id") && isFormField(text, label.start);
    spans.push(...readValue(text, label.valueStart, end, label.def, label.weakSeparator, form));
  }
  if (text.includes("|") || text.includes("\t")) detectTables(text, spans);
  if (text.includes(",")) detectCsv(text, spans);
  detectCaseRows(text, spans);
  return spans.map((s) => ({ category: s.category, start: s.start, end: s.end, level: "block", priority: PRIORITY }));
};
