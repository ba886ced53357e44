/**
 * Postcodes in their countries' shapes, with the town beside them: US ZIPs tied to a person, UK
 * and Canadian postcodes, Australian "Suburb STATE 2150", European "69003 Lyon", Indian "Bengaluru
 * 560034", Brazilian CEPs, Japanese 〒 codes and codes after a keyword ("PLZ", "PIN", "Eircode").
 * Part of the address detector (addresses.ts); the rules are listed there.
 */
import { isBroadPlace, isCommonWord, isNeverAName } from "../clinical-allowlist";
import { isListedCity } from "../lexicon/city-lookup";
import { US_STATE_CODES, isRegionName } from "../lexicon/places";
import { LETTER, LOWER, UPPER, textAfter, textBefore } from "../context";
import type { RawFinding } from "../types";
import { PLACE, PLACE_WORD, readPlace, splitWords } from "./address-places";

const STATE_BEFORE = /(?<![A-Za-z])([A-Z]{2}),?[ \t]{1,3}$/;
const TOWN_BEFORE = /(?<![\p{L}'’])(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20}){0,2}),[ \t]?$/u;
/** "near 93701?", "lives in 40831.": a locative word before, punctuation or the end after. */
const LOCATIVE_BEFORE = /\b(?:near|around|outside|in|from|to|zip|zipcode|area)[ \t]{1,3}$/i;
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|or|but|where|which)\b)/;
const AREA_AFTER = /^[ \t]{1,3}(?:area|zip|zip code|neighbou?rhood|postcode|region|community|catchment)\b/i;
const UK_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
const CA_POSTCODE = /(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/g;
/** Label words that stand where a town may ("Postcode LS6 2QT"): not part of the address. */
const POSTCODE_LABEL_WORD = /^(?:post(?:code|al)?|zip|address|code)$/i;
/** A town right before a postcode: "Leeds " in "Leeds LS6 2QT". */
const TOWN_BEFORE_CODE = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]{2,20}(?:[ \\t-][${UPPER}][${LOWER}]{2,20}){0,2}),?[ \\t]{1,2}$`);
const RESIDENCE_CUE = /\b(?:lives?|living|lived|resides?|residing|resident|home|address|moved|from|town|city|village|county|rural|area|zip|located|near|in)\b/i;

/** A five-digit ZIP (or ZIP+4) at [start, end), read in context. */
function readFiveDigits(text: string, start: number, end: number, out: RawFinding[]): void {
  if (/[.,/$#-]/.test(text.charAt(start - 1))) return;
  const before = text.slice(Math.max(0, start - 70), start);
  const state = STATE_BEFORE.exec(before);
  if (state && US_STATE_CODES.has(state[1] ?? "")) {
    out.push({ category: "address", start: start - state[0].length, end, level: "block", priority: 75 });
    return;
  }
  const afterText = text.slice(end, end + 30);
  if (AREA_AFTER.test(afterText) || (LOCATIVE_BEFORE.test(before) && CLAUSE_END_AFTER.test(afterText))) {
    out.push({ category: "address", start, end, level: "block", priority: 75 });
    return;
  }
  // "Lyon 69003", "Koramangala, Bengaluru 56003": a listed city right before the code.
  const listedTown = townBeforeCode(text, start);
  if (listedTown?.listed) {
    out.push({ category: "address", start: listedTown.start, end, level: "block", priority: 72 });
    return;
  }
  const town = TOWN_BEFORE.exec(before);
  if (town) {
    const name = town[1] ?? "";
    if (name.split(/[ \t]/).some((w) => isNeverAName(w) && !isBroadPlace(w))) return;
    const townStart = start - town[0].length;
    const cued = RESIDENCE_CUE.test(textBefore(text, townStart, 60));
    out.push({ category: "address", start: townStart, end, level: cued ? "block" : "warn", priority: 70 });
  }
}

export function detectPostalCodes(text: string, out: RawFinding[]): void {
  UK_POSTCODE.lastIndex = 0;
  for (const m of text.matchAll(UK_POSTCODE)) {
    // "Leeds LS6 2QT": the town before the postcode is part of the address.
    const town = TOWN_BEFORE_CODE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const townOk = town && !splitWords(town[1] ?? "").some((w) => isCommonWord(w) || isNeverAName(w) || POSTCODE_LABEL_WORD.test(w));
    const start = townOk && town ? m.index - town[0].length : m.index;
    out.push({ category: "address", start, end: m.index + m[0].length, level: "block", priority: 70 });
  }
  CA_POSTCODE.lastIndex = 0;
  for (const m of text.matchAll(CA_POSTCODE)) {
    // Without its space "K1A0B1" looks like a code (TNM "T3N2M0"): only the spaced form counts.
    if (!/[ \t]/.test(m[0])) continue;
    const province = CA_PROVINCE_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index));
    const start = province ? m.index - province[0].length : m.index;
    out.push({ category: "address", start, end: m.index + m[0].length, level: "block", priority: 60 });
  }
}

/** The suburb before an Australian state code: "Parramatta " in "Parramatta NSW 2150". */
const AU_STATE_BEFORE = /(?<![A-Za-z])(NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)[ \t]{1,2}$/;
const SUBURB_BEFORE = new RegExp(`(?<![${LETTER}])(${PLACE}),?[ \\t]{1,2}$`);
const AU_RANGES: Readonly<Record<string, ReadonlyArray<[number, number]>>> = {
  NSW: [
    [2000, 2599],
    [2619, 2899],
    [2921, 2999],
  ],
  ACT: [
    [2600, 2618],
    [2900, 2920],
  ],
  VIC: [[3000, 3999]],
  QLD: [[4000, 4999]],
  SA: [[5000, 5999]],
  WA: [[6000, 6999]],
  TAS: [[7000, 7999]],
  NT: [[800, 999]],
};

/** A country letter and dash before a postcode: "F-" in "F-75002 Paris". */
const COUNTRY_PREFIX_BEFORE = /(?<![\w.,/-])[A-Z]{1,2}-$/;
/** A locality and comma before a town: "Koramangala, " in "Koramangala, Bengaluru 560034". */
const LOCALITY_BEFORE = new RegExp(`(?<![${LETTER}])(${PLACE_WORD}(?:[ \\t]${PLACE_WORD}){0,2}),[ \\t]{1,2}$`);
/** A town, then a comma, dash or space, ending right before a postcode. */
const TOWN_THEN_SEPARATOR = new RegExp(`(?<![${LETTER}])(${PLACE})(?:,[ \\t]{0,2}|[ \\t]{0,2}-[ \\t]{0,2}|[ \\t]{1,2})$`);

const LETTER_BEFORE_CODE = /[A-Za-z\u00C0-\u024F.](?:,[ \t]{0,2}|[ \t]{0,2}-[ \t]{0,2}|[ \t]{1,2})$/;

/**
 * The town written right before a postcode at `pos` ("Bengaluru" in "Bengaluru - 560034", "Lyon"
 * in "Lyon 69003"), with a locality before it ("Koramangala, "). Listed when its last words are
 * a listed city.
 */
function townBeforeCode(text: string, pos: number): { start: number; listed: boolean } | null {
  // Cheap test first: a town's last letter must come right before the separator.
  if (!LETTER_BEFORE_CODE.test(text.slice(Math.max(0, pos - 5), pos))) return null;
  const before = text.slice(Math.max(0, pos - 60), pos);
  const m = TOWN_THEN_SEPARATOR.exec(before);
  if (!m) return null;
  const words = splitWords(m[1] ?? "");
  let listed = false;
  for (let k = words.length; k >= 1 && !listed; k--) listed = isListedCity(words.slice(-k).join(" "));
  if (!listed && words.some((w) => isCommonWord(w) || (isNeverAName(w) && !isBroadPlace(w)))) return null;
  if (!listed && isRegionName(words.join(" "))) return null;
  let start = pos - m[0].length;
  const locality = LOCALITY_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (locality && !splitWords(locality[1] ?? "").some((w) => isCommonWord(w) || isNeverAName(w))) start -= locality[0].length;
  return { start, listed };
}

/** A postcode keyword, then any country's code: "PLZ 10115", "CEP 01310-100", "PIN: 560034". */
const POSTCODE_KEYWORD =
  /\b(?:(?:[Zz]ip|ZIP)(?:[ -]?[Cc]ode)?|[Pp]ostal[ -][Cc]ode|[Pp]ost[ -]?[Cc]ode|POSTCODE|[Pp]ostal [Dd]istrict|PLZ|[Cc]ode postal|[Cc][oó]digo [Pp]ostal|CAP|[Pp]ostnummer|[Pp]ostleitzahl|CP|CEP|PIN|[Pp]in ?[Cc]ode|PIN ?[Cc]ode|[Pp]incode|Eircode)(?:[ \t]+(?:is|was|of|area|district))?[ \t]*[:#(-]?[ \t]*(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{5}-?\d{3}|\d{4}|[1-9]\d{2}[ \t]?\d{3}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}|[A-Z]{1,2}\d[A-Z\d]?)(?![A-Za-z0-9])/g;
/**
 * A UK postcode's outward half ("his postcode (OX4)") counts only after a UK keyword: after "ZIP",
 * "PIN" or "CP", or alone, "OX4" and "T12" are too like spinal levels and series to read.
 */
const OUTWARD_ONLY = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_KEYWORD = /^(?:[Pp]ost|POST)/;
/** "Ottawa, ON K1A 0B1": a Canadian province code before the postcode. */
const CA_PROVINCE_BEFORE = /(?:(?<![A-Za-z])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),?[ \t]{1,2})?(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU),?[ \t]{1,2}$/;

function isYearLike(code: string): boolean {
  return /^(?:19|20)\d\d$/.test(code);
}

/**
 * Every postcode-shaped number, found in one pass and read by its shape: four digits (Australia,
 * Europe), five (US ZIP, France, Germany, Spain...), six (India, China, Nigeria), "1012 AB"
 * (Netherlands), "01310-100" (Brazil), "〒100-0001" (Japan). One pass is cheaper than a regex per
 * country.
 */
const POSTAL_NUMBER = /(?:〒[ \t]?)?(?<![\w.,/$#])(?:\d{3}[- ]\d{2,4}|\d{2}-\d{3}|\d{4,6}(?:-\d{3,4}|[ \t]?[A-Z]{2}(?![A-Za-z]))?)(?![\w-]|[.,]\d)/g;

export function detectInternationalPostcodes(text: string, out: RawFinding[]): void {
  POSTAL_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(POSTAL_NUMBER)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    // "717 003 717": a code written in groups with another group after it is part of a longer
    // number (a phone line), not a postcode.
    if (/^\d+ \d+$/.test(token) && /^[ \t]\d/.test(text.slice(end, end + 2))) continue;
    if (token.startsWith("〒")) {
      out.push({ category: "address", start, end, level: "block", priority: 70 });
    } else if (/^\d{5}-\d{3}$/.test(token)) {
      readCep(text, start, end, out);
    } else if (/^\d{5}(?:-\d{4})?$/.test(token)) {
      readFiveDigits(text, start, end, out);
      readCodeThenTown(text, start, token, out);
    } else if (/^\d{4}(?:[ \t]?[A-Z]{2})?$/.test(token)) {
      if (!readAustralian(text, start, token, out)) readCodeThenTown(text, start, token, out);
    } else if (/^\d{3} \d{2}$|^\d{2}-\d{3}$/.test(token)) {
      // Swedish "111 36 Stockholm", Polish "00-590 Warszawa": only with the town after them.
      readCodeThenTown(text, start, token, out);
    } else if (/^[1-9]\d{2} ?\d{3}$/.test(token)) {
      const town = townBeforeCode(text, start);
      // "Bengaluru 560034" blocks; an unlisted town needs an address word nearby ("Dist.", "Nagar").
      if (town && (town.listed || PIN_CONTEXT.test(textBefore(text, town.start, 80)))) {
        out.push({ category: "address", start: town.start, end, level: "block", priority: 75 });
      }
    }
  }

  POSTCODE_KEYWORD.lastIndex = 0;
  for (const m of text.matchAll(POSTCODE_KEYWORD)) {
    const code = m[1] ?? "";
    if (code === "" || (OUTWARD_ONLY.test(code) && !UK_KEYWORD.test(m[0]))) continue;
    const start = m.index + m[0].length - code.length;
    out.push({ category: "address", start, end: start + code.length, level: "block", priority: 85 });
  }
}

/** "Parramatta NSW 2150", "VIC 3000": an Australian state code and a postcode in its range. */
function readAustralian(text: string, start: number, code: string, out: RawFinding[]): boolean {
  const state = AU_STATE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (!state) return false;
  const ranges = AU_RANGES[(state[1] ?? "").toUpperCase()] ?? [];
  const n = Number(code);
  if (!ranges.some(([lo, hi]) => n >= lo && n <= hi)) return false;
  const stateStart = start - state[0].length;
  const suburb = SUBURB_BEFORE.exec(text.slice(Math.max(0, stateStart - 50), stateStart));
  const suburbOk = suburb !== null && !splitWords(suburb[1] ?? "").some((w) => isCommonWord(w));
  // "NSW 2019" alone may be a year: a year-like code needs its suburb.
  if (!suburbOk && isYearLike(code)) return false;
  const from = suburbOk && suburb ? stateStart - suburb[0].length : stateStart;
  out.push({ category: "address", start: from, end: start + code.length, level: "block", priority: 75 });
  return true;
}

/** "69003 Lyon", "F-75002 Paris", "1012 AB Amsterdam", ", 28013 Madrid": a postcode, then its town. */
function readCodeThenTown(text: string, start: number, code: string, out: RawFinding[]): void {
  const gap = /^[ \t]{1,2}(?=[A-Z\u00C0-\u00DE])/.exec(text.slice(start + code.length, start + code.length + 3));
  if (!gap) return;
  const town = readPlace(text, start + code.length + gap[0].length, true);
  if (!town) return;
  const lead = text.slice(Math.max(0, start - 4), start);
  const prefix = COUNTRY_PREFIX_BEFORE.exec(lead);
  if (!prefix && /[\w.,/-]$/.test(lead)) return;
  const dutch = /[A-Z]{2}$/.test(code);
  if (!prefix && !dutch && code.length === 4 && (isYearLike(code) || !town.listed)) return;
  // A listed town, a country prefix, a Dutch code, an address line (", 75002 Paris") or a
  // locative word ("wohnhaft in 80331 München") blocks.
  const addressLine = /,[ \t]*$/.test(lead) || prefix !== null || dutch || LOCATIVE_BEFORE_CODE.test(text.slice(Math.max(0, start - 8), start));
  if (!town.listed && !addressLine) return;
  out.push({ category: "address", start: prefix ? start - prefix[0].length : start, end: town.end, level: "block", priority: 75 });
}

const LOCATIVE_BEFORE_CODE = /\b(?:in|aus|à|au|a|en|em|near|from|de)[ \t]{1,2}$/i;

/** A Brazilian CEP ("01310-100"): blocks beside an address word or a state code, warns otherwise. */
function readCep(text: string, start: number, end: number, out: RawFinding[]): void {
  const near = `${textBefore(text, start, 60)} ${textAfter(text, end, 30)}`;
  const tied = /\b(?:CEP|address|endere[cç]o|rua|avenida|bairro|lives|mora|reside)\b|[ \t-](?:SP|RJ|MG|RS|PR|SC|BA|PE|CE|GO|DF|ES|PA|AM)\b/i.test(near);
  out.push({ category: "address", start, end, level: tied ? "block" : "warn", priority: 70 });
}

/** Words that make a six-digit number after a town an Indian PIN or other postal code. */
const PIN_CONTEXT =
  /\b(?:address|lives|living|resides|residing|resident|from|moved|home|pin|post|postal|village|town|district|dist|taluk|tehsil|mandal|nagar|colony|layout|sector|road|street)\b/i;
