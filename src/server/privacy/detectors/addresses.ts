/**
 * Geographic identifiers smaller than a state: street addresses, ZIP and postal codes, and towns
 * tied to the patient. Safe Harbor allows the state and broad regions; "she emigrated from Peru",
 * "flew back to Sweden" and "in TX" are not identifiers.
 *
 * Rules (all block unless noted):
 * - A house number, a capitalised street name and a street suffix ("1427 Maple Ave"), extended by
 *   a unit ("Apt 3", "unit 2"), a city, a state code and a ZIP when they follow: one span, as the
 *   labelling convention asks for a contiguous address.
 * - A street without a number after a locative cue: "off Kingshighway Blvd", "lives on Elm Street".
 * - A ZIP or postcode after a keyword ("ZIP is 60614", "postcode M14 6HR"), after a state code
 *   ("AZ 85281"), after a town with a residence cue ("lives in Gallup, 87301"), or as an area
 *   ("in the 10451 area"). A UK or Canadian postcode has a shape nothing else has.
 * - A town after a residence cue: "lives in Harlan", "is from Wausau" (not countries, states or
 *   regions). A "Town, 12345" pair with no residence cue only warns.
 */
import { isBroadPlace, isCommonWord, isNeverAName } from "../clinical-allowlist";
import { US_STATE_CODES } from "../lexicon/places";
import { LETTER, LOWER, UPPER, textBefore } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

const WORD = "[A-Z][a-z'’]{1,20}";
const SUFFIXES =
  "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Terr|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Crescent|Cres|Pike|Ridge|Heights|Hts|Grove|Gardens|Gdns|Alley|Plaza|Bend|Crossing|Commons|Mews|Wharf|Quay|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Route|Rte|Cove|Hollow|Park|Hill";
// "Dr" and "St" are also Doctor and Saint: as a suffix they may not be followed by a capitalised word.
const SUFFIX = `(?:(?:Dr|St)\\.?(?![A-Za-z])(?!\\.?[ \\t]+[A-Z][a-z])|(?:${SUFFIXES})\\.?(?![A-Za-z]))`;
const DIRECTION = "(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\\.?";
const STREET = new RegExp(
  `(?<![\\w.,/-])\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]{1,3}(?:${DIRECTION}[ \\t]{1,3})?(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t]{1,3}${WORD}){0,3}[ \\t]{1,3}${SUFFIX}`,
  "g",
);
/** Street-type-first and German compound forms: "14 Rue de la Paix", "Calle Mayor 12", "Hauptstraße 5". */
const LOWER_PARTICLE = "(?:de|del|de la|des|du|di|da|do|dos|das|la|le|les|el|los|las|von|van)";
const FOREIGN_STREET = new RegExp(
  `(?<![\\w.,/-])\\d{1,5}(?:bis|ter)?,?[ \\t]{1,3}(?:Rue|Calle|Avenida|Avda\\.|Av\\.|Via|Viale|Rua|Carrera|Chemin|Boulevard|Bd\\.?|Piazza|Plaza|Praça)(?:[ \\t]{1,3}(?:${LOWER_PARTICLE}|[${UPPER}][${LOWER}'’]{1,20})){1,5}|(?:Rue|Calle|Avenida|Via|Viale|Rua|Carrera|Piazza)(?:[ \\t]{1,3}(?:${LOWER_PARTICLE}|[${UPPER}][${LOWER}'’]{1,20})){1,4},?[ \\t]{1,3}\\d{1,5}(?![\\w/.-])|(?<![${LETTER}])[${UPPER}][${LOWER}]{2,20}(?:straße|strasse|str\\.|gasse|platz|allee|damm|weg)[ \\t]{1,3}\\d{1,4}[a-z]?(?![\\w/.-])`,
  "g",
);
const UNIT =
  /,?[ \t]+(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te|[Ff]lat|[Ff]loor|[Rr]m|[Rr]oom|[Bb]ldg|[Ll]ot|[Tt]railer|#)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}(?![A-Za-z0-9])/y;
const CITY = /,[ \t]*([A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})(?![A-Za-z])/y;
const STATE = /,?[ \t]+([A-Z]{2})(?![A-Za-z])|,?[ \t]+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,?[ \t]+\d{5})/y;
const ZIP = /,?[ \t]+\d{5}(?:-\d{4})?(?![\d-])/y;
/** A European postcode before the city: ", 10115 Berlin", ", 75002 Paris". */
const POSTCODE_CITY = /,[ \t]{1,3}\d{4,5}[ \t]\p{Lu}\p{Ll}{2,20}(?![\p{L}])/uy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function detectStreets(text: string, out: RawFinding[]): void {
  const matches = [...text.matchAll(STREET), ...text.matchAll(FOREIGN_STREET)];
  for (const m of matches) {
    let end = m.index + m[0].length;
    const unit = sticky(UNIT, text, end);
    if (unit) end += unit[0].length;
    const postcodeCity = sticky(POSTCODE_CITY, text, end);
    if (postcodeCity) {
      out.push({ category: "address", start: m.index, end: end + postcodeCity[0].length, level: "block", priority: 80 });
      continue;
    }
    const city = sticky(CITY, text, end);
    if (city && city[1] && !city[1].split(/[ \t]/).some((w) => isCommonWord(w))) {
      end += city[0].length;
    }
    const state = sticky(STATE, text, end);
    if (state) {
      const code = state[1];
      if ((code && US_STATE_CODES.has(code)) || (!code && state[2] && isBroadPlace(state[2].split(" ").pop() ?? ""))) {
        end += state[0].length;
      }
    }
    const zip = sticky(ZIP, text, end);
    if (zip) end += zip[0].length;
    out.push({ category: "address", start: m.index, end, level: "block", priority: 80 });
  }
}

const BARE_STREET_SUFFIX =
  "Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Expressway|Turnpike|Terrace|Crescent";
const BARE_STREET = new RegExp(
  `\\b(?:on|off|near|along|corner of|lives on|living on|lives off|street|at the end of)[ \\t]+((?:${WORD}[ \\t]+){1,3}(?:${BARE_STREET_SUFFIX})\\.?)(?![A-Za-z])`,
  "g",
);

function detectBareStreets(text: string, out: RawFinding[]): void {
  BARE_STREET.lastIndex = 0;
  for (const m of text.matchAll(BARE_STREET)) {
    const street = m[1] ?? "";
    const words = street.split(/[ \t]+/);
    if (words.slice(0, -1).some((w) => isCommonWord(w))) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ category: "address", start, end: start + street.replace(/\.$/, "").length, level: "block", priority: 70 });
  }
}

const ZIP_KEYWORD =
  /\b(?:zip|zip[ -]?code|zipcode|postal[ -]code|postcode|post[ -]code)(?:[ \t]+(?:is|was|of))?[ \t]*[:#]?[ \t]*(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![A-Za-z0-9])/gi;
/** Five-digit ZIPs (ZIP+4 too) are found once, then read in context: cheaper than a regex per form. */
const FIVE_DIGITS = /\b\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)/g;
const STATE_BEFORE = /(?<![A-Za-z])([A-Z]{2}),?[ \t]{1,3}$/;
const TOWN_BEFORE = /(?<![\p{L}'’])(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20}){0,2}),[ \t]?$/u;
/** "near 93701?", "lives in 40831.": a locative word before, punctuation or the end after. */
const LOCATIVE_BEFORE = /\b(?:near|around|outside|in|from|to|zip|zipcode|area)[ \t]{1,3}$/i;
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|or|but|where|which)\b)/;
const AREA_AFTER = /^[ \t]{1,3}(?:area|zip|zip code|neighbou?rhood|postcode|region|community|catchment)\b/i;
const UK_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
const CA_POSTCODE = /(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/g;
const RESIDENCE_CUE =
  /\b(?:lives?|living|lived|resides?|residing|resident|home|address|moved|from|town|city|village|county|rural|area|zip|located|near|in)\b/i;

function detectPostalCodes(text: string, out: RawFinding[]): void {
  ZIP_KEYWORD.lastIndex = 0;
  for (const m of text.matchAll(ZIP_KEYWORD)) {
    const code = m[1] ?? "";
    const start = m.index + m[0].length - code.length;
    out.push({ category: "address", start, end: start + code.length, level: "block", priority: 85 });
  }
  FIVE_DIGITS.lastIndex = 0;
  for (const m of text.matchAll(FIVE_DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[.,/$#-]/.test(text.charAt(start - 1))) continue;
    const before = text.slice(Math.max(0, start - 70), start);
    const state = STATE_BEFORE.exec(before);
    if (state && US_STATE_CODES.has(state[1] ?? "")) {
      out.push({ category: "address", start: start - state[0].length, end, level: "block", priority: 75 });
      continue;
    }
    const afterText = text.slice(end, end + 30);
    if (AREA_AFTER.test(afterText) || (LOCATIVE_BEFORE.test(before) && CLAUSE_END_AFTER.test(afterText))) {
      out.push({ category: "address", start, end, level: "block", priority: 75 });
      continue;
    }
    const town = TOWN_BEFORE.exec(before);
    if (town) {
      const name = town[1] ?? "";
      if (name.split(/[ \t]/).some((w) => isNeverAName(w) && !isBroadPlace(w))) continue;
      const townStart = start - town[0].length;
      const cued = RESIDENCE_CUE.test(textBefore(text, townStart, 60));
      out.push({ category: "address", start: townStart, end, level: cued ? "block" : "warn", priority: 70 });
    }
  }
  UK_POSTCODE.lastIndex = 0;
  for (const m of text.matchAll(UK_POSTCODE)) {
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: "block", priority: 70 });
  }
  CA_POSTCODE.lastIndex = 0;
  for (const m of text.matchAll(CA_POSTCODE)) {
    // Without its space "K1A0B1" looks like a code (TNM "T3N2M0"): only the spaced form counts.
    if (!/[ \t]/.test(m[0])) continue;
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: "block", priority: 60 });
  }
}

const TOWN_CUE = new RegExp(
  `\\b(?:lives|living|lived|resides|residing|is from|comes from|came from|moved (?:here |back )?(?:to|from)|home is|hometown(?: is)?|town of|village of|city of|staying|stays)[ \\t]{1,3}(?:(?:in|at|near|outside|outside of)[ \\t]{1,3})?(?:the[ \\t]{1,3})?([${UPPER}][${LOWER}]{2,20}(?:[ \\t][${UPPER}][${LOWER}]{2,20}){0,2})(?![${LETTER}])`,
  "g",
);

function detectTowns(text: string, out: RawFinding[]): void {
  TOWN_CUE.lastIndex = 0;
  for (const m of text.matchAll(TOWN_CUE)) {
    const town = m[1] ?? "";
    const words = town.split(/[ \t]/);
    if (isBroadPlace(words[0] ?? "") || words.some((w) => isCommonWord(w) || isNeverAName(w) && !isBroadPlace(w))) {
      continue;
    }
    const start = m.index + m[0].length - town.length;
    out.push({ category: "address", start, end: start + town.length, level: "block", priority: 65 });
  }
}

/** "P.O. Box 1182", "PO Box 77": a mailing address. */
const PO_BOX = /\bP\.? ?O\.? ?Box[ \t]{0,2}#?[ \t]{0,2}\d{1,6}\b/gi;
/** "Wausau, WI": a city with its state code. */
const CITY_STATE = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]{2,20}(?:[ \\t][${UPPER}][${LOWER}]{2,20}){0,2}),[ \\t]{1,2}([A-Z]{2})(?![A-Za-z])`, "g");

const CITY_CUE =
  /\b(?:lives?|living|lived|resides?|residing|resident|home|hometown|from|moved|town|pt|pt's|patient|patient's|his|her|their)\b/i;
const EVENT_PLACE = /\b(?:conference|meeting|congress|course|summit|symposium|workshop|convention|rounds)\b/i;

/** "Address: ..." on a form, and "lives at 45 Elm" without a street suffix. */
const ADDRESS_LABEL = /\baddress[ \t]{0,3}:[ \t]{0,3}(?=[\w#])/gi;
const LIVES_AT = /\b(?:lives|living|lived|resides|residing|staying|stays|moved) (?:at|to) (\d{1,6}[A-Za-z]? [A-Z][a-z'’]{1,20}(?: [A-Z][a-z'’]{1,20}){0,3})/g;

function detectLabelledAddresses(text: string, out: RawFinding[]): void {
  ADDRESS_LABEL.lastIndex = 0;
  for (const m of text.matchAll(ADDRESS_LABEL)) {
    const start = m.index + m[0].length;
    // The value runs to the end of the line, a double space, a "|" or 100 characters.
    let end = start;
    const ceil = Math.min(text.length, start + 100);
    while (end < ceil && text.charAt(end) !== "\n" && text.charAt(end) !== "|" && !text.startsWith("  ", end)) end++;
    while (end > start && /[\s.,;]/.test(text.charAt(end - 1))) end--;
    // "Address: unknown", "address: n/a" are not addresses; a value needs a digit or a capital.
    const value = text.slice(start, end);
    if (end > start && /\d|\p{Lu}/u.test(value) && !/^(?:unknown|none|n\/a|homeless|withheld|redacted)\b/i.test(value)) {
      out.push({ category: "address", start, end, level: "block", priority: 75 });
    }
  }
  PO_BOX.lastIndex = 0;
  for (const m of text.matchAll(PO_BOX)) {
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: "block", priority: 70 });
  }
  CITY_STATE.lastIndex = 0;
  for (const m of text.matchAll(CITY_STATE)) {
    const city = m[1] ?? "";
    if (!US_STATE_CODES.has(m[2] ?? "")) continue;
    if (city.split(/[ \t]/).some((w) => isNeverAName(w) && !isBroadPlace(w))) continue;
    // A city tied to the patient ("lives in", "from", "home") blocks; a conference city warns.
    const before = textBefore(text, m.index, 60);
    const cued = CITY_CUE.test(before) && !EVENT_PLACE.test(`${before} ${text.slice(m.index, m.index + 60)}`);
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: cued ? "block" : "warn", priority: 60 });
  }
  LIVES_AT.lastIndex = 0;
  for (const m of text.matchAll(LIVES_AT)) {
    const street = m[1] ?? "";
    const start = m.index + m[0].length - street.length;
    out.push({ category: "address", start, end: start + street.length, level: "block", priority: 70 });
  }
}

export const detectAddresses: Detector = (ctx: ScanContext) => {
  const out: RawFinding[] = [];
  detectStreets(ctx.text, out);
  detectBareStreets(ctx.text, out);
  detectLabelledAddresses(ctx.text, out);
  detectPostalCodes(ctx.text, out);
  detectTowns(ctx.text, out);
  return out;
};
