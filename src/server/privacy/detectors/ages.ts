/**
 * Ages over 89. Safe Harbor allows ages up to 89 and the aggregate "90 or older"; a specific age
 * of 90 or more, or a birth year that implies one, identifies the patient.
 *
 * Rules:
 * - block: "92-year-old", "97 y/o", "95 yo", "91 yrs", "92M", "94 F", "age 94", "aged 97",
 *   "Age: 93", "turned 95", "95th birthday", "he's 94", "Mr. Castellano, 95 and still driving"
 *   (a name or person word, a comma and the age), "ninety-one-year-old", "born in 1931".
 * - warn: "in her 90s", "nonagenarian", "centenarian" (a decade band, narrower than "90 or older").
 * - never: "90%", "90 minutes", "91 bpm", "SpO2 91", "90+", "over 90", "age 90 or older".
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
const SUFFIX_AGE = /^(?:\s?-?\s?(?:years?|yrs?|yo)[\s-]?old\b|\s?(?:y\/o|y\.o\.|yo|yrs?|years?|y)(?![A-Za-z\/.])|\s?[MF](?![A-Za-z\d])|(?:th|st|nd|rd) birthday\b)/;
const KEYWORD_BEFORE = /\b(?:aged?|age:|turned|turns|turning|celebrated|celebrating)\s?:?\s?$/i;
/** A person as the subject: "he's 94", "pt is 92", "who turned 95". Never a bare "was 92" (a lab). */
const PRONOUN_BEFORE =
  /\b(?:he|she|pt|patient|who|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|husband|wife)(?:['’]s| is| was| turned| turns)(?: now| just| almost)?\s$/i;
/** "Mr. Castellano, 95 and", "the patient, 91, lives alone": a person, a comma, the age. */
const APPOSITIVE_BEFORE = /\b([A-Za-z][a-z'’-]+)\s?,\s$/;
const PERSON_NOUN =
  /^(?:pt|patient|man|woman|gentleman|lady|male|female|widow|widower|resident|veteran|grandmother|grandfather|mother|father|husband|wife|grandma|grandpa)$/i;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Mme)\.?\s(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+\s?,\s$/;
const APPOSITIVE_AFTER =
  /^\s?(?:,|;|\)|\.(?!\d)|and\b|with\b|who\b|lives\b|living\b|is\b|was\b|presents\b|presented\b|comes\b|came\b|$)/;
/** Aggregates Safe Harbor allows: "90+", "90 or older", "over 90". */
const AGGREGATE_AFTER = /^\s?(?:\+|or (?:older|over|above)|and (?:over|older|above))/i;
const TEMPERATURE_OR_MONEY_BEFORE = /(?:\bT|temp(?:erature)?|°|\$|£|€)\s?:?\s?$/i;

const TENS = "(?:ninety|one hundred(?: and)?|a hundred(?: and)?|hundred)";
const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/** Ages in words are found from "ninety"/"hundred" and then read around: rare words, cheap scan. */
const WORD_AGE = new RegExp(`\\b${TENS}(?:[\\s-]${UNITS})?(?:[\\s-](?:years?|yrs?)[\\s-]old|-year-old|\\syears? of age)?`, "gi");
const WORD_AGE_VERB_BEFORE = /\b(?:aged?|turned|turns|is|was|she's|he's)\s$/i;
const DECADE = /\b(?:90'?s|nineties|nonagenarian|centenarian|supercentenarian)s?\b/gi;
const DECADE_BEFORE = /\b(?:in|into)\s(?:his|her|their|the)\s(?:late\s|mid\s|early\s)?$/i;
const BORN_YEAR = /\b(?:born(?:\s(?:in|on))?|DOB:?|date of birth:?|b\.)\s((?:18|19|20)\d\d)(?![\w/.-])/gi;

function appositive(before: string, after: string): boolean {
  const m = APPOSITIVE_BEFORE.exec(before);
  if (!m || !APPOSITIVE_AFTER.test(after)) return false;
  // "Glucose, 95," is a lab: the word before the comma must be a person word, a known name or a
  // titled name ("Mr. Castellano, 95").
  const word = m[1] ?? "";
  if (PERSON_NOUN.test(word) || TITLE_BEFORE.test(before)) return true;
  const lower = word.toLowerCase();
  return /^[A-Z]/.test(word) && (FIRST_NAMES.has(lower) || SURNAMES.has(lower)) && !isNeverAName(word);
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
    if (/[.,/-]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2))) continue; // 1.95, 3/92
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 24);
    const suffix = SUFFIX_AGE.exec(after);
    if (suffix) {
      if (/[MF]$/.test(suffix[0]) && TEMPERATURE_OR_MONEY_BEFORE.test(before)) continue;
      add(start, end + suffix[0].length, "block");
      continue;
    }
    if (AGGREGATE_AFTER.test(after) || UNIT_AFTER.test(after) || /^(?:%|\.\d)/.test(after)) continue;
    const keyword = KEYWORD_BEFORE.exec(before);
    if (keyword) {
      // The label convention includes a leading "Aged"/"age" in the span.
      add(start - keyword[0].length, end, "block");
    } else if (PRONOUN_BEFORE.test(before) || appositive(before, after)) {
      add(start, end, "block");
    }
  }
  WORD_AGE.lastIndex = 0;
  for (const m of text.matchAll(WORD_AGE)) {
    const withSuffix = /old$|age$/i.test(m[0]);
    if (withSuffix) {
      add(m.index, m.index + m[0].length, "block");
      continue;
    }
    const verb = WORD_AGE_VERB_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (verb && !/^\s(?:percent|%|patients|people|mg|minutes|days)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      add(m.index, m.index + m[0].length, "block");
    }
  }
  DECADE.lastIndex = 0;
  for (const m of text.matchAll(DECADE)) {
    const isBand = /^(?:90|ninet)/i.test(m[0]);
    if (isBand && !DECADE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    add(m.index, m.index + m[0].length, "warn");
  }
  BORN_YEAR.lastIndex = 0;
  for (const m of text.matchAll(BORN_YEAR)) {
    const year = Number(m[1]);
    if (ctx.referenceYear - year >= 90) {
      const start = m.index + m[0].lastIndexOf(m[1] ?? "");
      add(start, start + 4, "block");
    }
  }
  return out;
};
