/**
 * Ages over 89. Safe Harbor allows ages up to 89 and the single aggregate "90 or older"; any more
 * specific age of 90 or more, or a birth year that implies one, identifies the patient.
 *
 * Rules:
 * - block: "92-year-old", "97 y/o", "97yoF", "91 yrs", "92M", "M/96", "96/F", "F, 95,", "age 94",
 *   "aged ~97", "at the age of 93", "turned 95", "95th birthday", "he's 94", "a woman of 94",
 *   "Mr. Castellano, 95 and still driving", "Edna Whitfield (93)",
 *   "ninety-one-year-old", "95 ans", "95 Jahre", "95 años", "95 anos", "born in 1931".
 * - block: a decade band inside 90+ tied to a person ("in her late 90s", "in his nineties"): the
 *   band is narrower than the one aggregate Safe Harbor allows, so it counts as the age.
 * - warn: "nonagenarian", "centenarian": no number, but still a band the physician should confirm.
 * - never: "90%", "90 minutes", "91 bpm", "SpO2 91", "90+", "over 90", "age 90 or older",
 *   "aged 65-90", "95th percentile", "sats in the 90s", "Room 95", "BP 96/60".
 *
 * Numbers from 90 to 119 are rare in text, so the detector finds them first and then reads the
 * words around each one: one cheap pass instead of a regex per phrasing.
 */
import { isNeverAName } from "../clinical-allowlist";
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { UNIT_AFTER } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

const OLD_NUMBER = /\b(?:9\d|1[01]\d)(?!\d)/g;
/** Age suffixes, English and the common European ones ("95 ans", "95 Jahre", "95 años", "95 anos"). */
const SUFFIX_AGE =
  /^(?:\s?-?\s?(?:years?|yrs?|yo|y)[\s-]?old\b|\s?(?:y\/o|y\.o\.?|yo|yrs?|years?|y)(?:\s?[MFmf](?![A-Za-z]))?(?![A-Za-z\/]|\.\w)|\s?\/?\s?[MF](?![A-Za-z\d])|(?:th|st|nd|rd) (?:birthday|bday|b-day)\b|\s?-?(?:ans|años|anos|anni|Jahren?|J\.|jährige?[rnms]?|jaar|år|lat|saal|tuổi)(?![A-Za-z\u00C0-\u024F])|\s?(?:岁|歲|歳|세))/;
/** "95 years ago", "95 years later": a time span, not an age. */
const TIME_SPAN_AFTER = /^\s?-?\s?(?:years?|yrs?)\s(?:ago|later|before|after|since|earlier)\b/i;
const KEYWORD_BEFORE =
  /\b(?:aged?|age:|ages|age of|at the age of|turned|turns|turning|celebrated|celebrating|âgée? de|im Alter von|Alter:?|edad de|edad:?|idade de|idade:?|età di|di anni)\s?[:~≈|]?\s?$/i;
/** A person as the subject: "he's 94", "pt is 92", "who turned 95". Never a bare "was 92" (a lab). */
const PRONOUN_BEFORE =
  /\b(?:he|she|pt|patient|who|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|husband|wife)(?:['’]s| is| was| turned| turns)(?: now| just| almost| nearly| already)?\s$/i;
/** "Mr. Castellano, 95 and", "the patient, 91, lives alone": a person, a comma, the age. */
const APPOSITIVE_BEFORE = /\b([A-Za-z][a-z'’-]+)\s?,\s(?:de\s|di\s)?$/;
/** "Edna Whitfield, 93,": the word before the last one, when it is a listed given name. */
const FIRST_OF_PAIR = /\b([A-Z][a-z'’-]+)\s[A-Z][a-z'’-]+\s?,\s$/;
const PERSON_NOUN =
  /^(?:pt|patient|man|woman|gentleman|lady|male|female|widow|widower|resident|veteran|grandmother|grandfather|mother|father|husband|wife|grandma|grandpa|aunt|uncle|patiente?|patientin|paciente|paziente)$/i;
/** A sex letter right before the age: "M/96", "F, 95," (forms and handover lists). */
const SEX_BEFORE = /(?:^|[^A-Za-z])[MF]\s?(?:\/|,)\s?$/;
const TITLE_BEFORE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Mme|Sr|Sra|Dona|Doña|Don|Signora|Pat)\.?\s(?:[A-Z][\w\u00C0-\u024F'’-]+\s){0,2}[A-Z][\w\u00C0-\u024F'’-]+\s?[,(]\s?(?:de\s|di\s)?$/;
const APPOSITIVE_AFTER =
  /^\s?(?:,|;|\)|\.(?!\d)|and\b|with\b|who\b|lives\b|living\b|is\b|was\b|presents\b|presented\b|comes\b|came\b|$)/;
const PERSON_VERB_AFTER = /^\s?,\s(?:lives|living|presents|presented|who|comes|came|still)\b/;
/** "a woman of 94": a person noun and "of" right before the number. */
const PERSON_OF_BEFORE =
  /\b(?:man|woman|gentleman|lady|widow|widower|patient|grandmother|grandfather|veteran)\sof\s$/i;
/** Aggregates Safe Harbor allows ("90+", "90 or older", "over 90") and ranges ("aged 90-95"). */
const AGGREGATE_AFTER = /^\s?(?:\+|or (?:older|over|above|more)|and (?:over|older|above)|[-–]\s?\d|to \d)/i;
/** "over 90 years old", "≥ 95 yo": the aggregate again, written before the number. */
const AGGREGATE_BEFORE = /(?:\b(?:over|above|older than|at least|beyond)|>|≥|>=)\s?$/i;
const TEMPERATURE_OR_MONEY_BEFORE = /(?:\bT|temp(?:erature)?|°|\$|£|€)\s?:?\s?$/i;

const TENS = "(?:ninety|one hundred(?: and)?|a hundred(?: and)?|hundred)";
const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/** Ages in words are found from "ninety"/"hundred" and then read around: rare words, cheap scan. */
const WORD_AGE = new RegExp(
  `\\b${TENS}(?:[\\s-]${UNITS})?(?:[\\s-](?:years?|yrs?)[\\s-]old|-year-old|\\syears? of age|\\syears?(?!\\s(?:ago|later|before|after|since|of)))?`,
  "gi",
);
const WORD_AGE_VERB_BEFORE = /\b(?:aged?|turned|turns|is|was|she's|he's|age of)\s$/i;
const NOT_AN_AGE_AFTER = /^\s(?:percent|%|patients|people|mg|minutes|days|times|degrees|beats|cases)/i;
const DECADE = /\b(?:90'?s|nineties|nonagenarian|centenarian|supercentenarian)s?\b/gi;
/** A decade band tied to a person: "in her late 90s", "into his nineties". Not "sats in the 90s". */
const DECADE_BEFORE = /\b(?:in|into)\s(?:his|her|their)\s(?:(?:late|mid|early|very late)[\s-])?$/i;
/** A birth year is found from its digits (cheap) and then read backwards for its cue. */
const YEAR = /(?<![\w/.-])(?:18|19|20)\d\d(?![\w/.-])/g;
const BORN_BEFORE =
  /\b(?:born(?:\s(?:in|on))?|DOB:?|date of birth:?|year of birth:?|YOB:?|b\.|geb(?:oren)?\.?(?:\sim Jahr)?|n[ée]e?\sen|nacid[oa]\sen|nascid[oa]\sem)\s$/i;

function listedName(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[A-Z]/.test(word) && (FIRST_NAMES.has(lower) || SURNAMES.has(lower)) && !isNeverAName(word);
}

function appositive(before: string, after: string): boolean {
  if (!APPOSITIVE_AFTER.test(after)) return false;
  if (SEX_BEFORE.test(before)) return true;
  if (TITLE_BEFORE.test(before)) return true;
  const m = APPOSITIVE_BEFORE.exec(before);
  if (!m) return false;
  // "Glucose, 95," is a lab: the word before the comma must be a person word, a known name, a
  // titled name ("Mr. Castellano, 95") or follow a known given name ("Edna Whitfield, 93").
  const word = m[1] ?? "";
  if (PERSON_NOUN.test(word) || listedName(word)) return true;
  if (isNeverAName(word) || !/^[A-Z]/.test(word)) return false;
  const pair = FIRST_OF_PAIR.exec(before);
  // An unlisted capitalised word is a name when a listed given name precedes it, or when what
  // follows the age only a person does ("Whitfield, 93, lives alone").
  return (pair !== null && listedName(pair[1] ?? "")) || PERSON_VERB_AFTER.test(after);
}

/** "Mrs Jones (92)", "Edna (93)", "patient (91)": an age in brackets right after a person. */
function bracketed(before: string, after: string): boolean {
  if (!/^\s?\)/.test(after)) return false;
  if (TITLE_BEFORE.test(before)) return true;
  const m = /\b([A-Za-z][a-z'’-]+)\s?\(\s?$/.exec(before);
  if (!m) return false;
  const word = m[1] ?? "";
  return PERSON_NOUN.test(word) || listedName(word);
}

/** Rows a markdown table may have above a cell before its header is no longer looked for. */
const TABLE_ROWS_UP = 40;

/** "| S. Thompson | 96 | 6 |" in a table whose header cell in that column reads "Age". */
function ageColumn(text: string, start: number, end: number): boolean {
  if (!/\|\s*$/.test(text.slice(start - 3, start)) || !/^\s*\|/.test(text.slice(end, end + 3))) return false;
  let lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const column = text.slice(lineStart, start).split("|").length - 1;
  let header = "";
  for (let i = 0; i < TABLE_ROWS_UP && text.charAt(lineStart) === "|"; i++) {
    const lineEnd = text.indexOf("\n", lineStart);
    header = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (lineStart === 0) break;
    lineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  }
  return /^\s*age\b/i.test(header.split("|")[column] ?? "");
}

export const detectAges: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  const add = (start: number, end: number, level: "block" | "warn") =>
    out.push({ category: "age_over_89", start, end, level, priority: 75 });

  OLD_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(OLD_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[.,/:-]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2))) continue; // 1.95, 3/92, 65-90
    if (/^[/.,]\d/.test(text.slice(end, end + 2))) continue; // 96/60, 95.2, 92,000
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 24);
    if (AGGREGATE_BEFORE.test(before)) continue;
    const suffix = TIME_SPAN_AFTER.test(after) ? null : SUFFIX_AGE.exec(after);
    if (suffix) {
      if (/[MF]$/.test(suffix[0]) && TEMPERATURE_OR_MONEY_BEFORE.test(before)) continue;
      add(start, end + suffix[0].length, "block");
      continue;
    }
    if (AGGREGATE_AFTER.test(after) || UNIT_AFTER.test(after) || /^(?:%|\.\d|th\b|st\b|nd\b|rd\b)/.test(after)) continue;
    const keyword = KEYWORD_BEFORE.exec(before);
    if (keyword) {
      // The label convention includes a leading "Aged"/"age" in the span.
      add(start - keyword[0].length, end, "block");
    } else if (
      PRONOUN_BEFORE.test(before) ||
      PERSON_OF_BEFORE.test(before) ||
      appositive(before, after) ||
      bracketed(before, after) ||
      ageColumn(text, start, end)
    ) {
      add(start, end, "block");
    }
  }
  WORD_AGE.lastIndex = 0;
  for (const m of text.matchAll(WORD_AGE)) {
    const end = m.index + m[0].length;
    if (/(?:old|age|years?)$/i.test(m[0])) {
      add(m.index, end, "block");
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 24);
    if (NOT_AN_AGE_AFTER.test(after)) continue;
    if (WORD_AGE_VERB_BEFORE.test(before.slice(-12)) || appositive(before, after)) add(m.index, end, "block");
  }
  DECADE.lastIndex = 0;
  for (const m of text.matchAll(DECADE)) {
    const isBand = /^(?:90|ninet)/i.test(m[0]);
    if (!isBand) {
      add(m.index, m.index + m[0].length, "warn");
      continue;
    }
    const lead = DECADE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!lead) continue;
    // The qualifier belongs to the age: "late 90s".
    const qualifier = /(?:late|mid|early)[\s-]$/i.exec(lead[0]);
    add(m.index - (qualifier?.[0].length ?? 0), m.index + m[0].length, "block");
  }
  YEAR.lastIndex = 0;
  for (const m of text.matchAll(YEAR)) {
    if (ctx.referenceYear - Number(m[0]) < 90) continue;
    if (BORN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) add(m.index, m.index + 4, "block");
  }
  return out;
};
