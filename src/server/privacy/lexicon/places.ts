/**
 * Places that Safe Harbor allows: countries, US states, provinces and large regions. A town or
 * street tied to a patient is an identifier; "she emigrated from Peru" or "lives in Texas" is not.
 * The countries, states and regions are edited in scripts/lexicon/words/ (countries.txt,
 * states.txt, regions.txt; see scripts/lexicon/make-word-lists.ts).
 */
import { decodeWords } from "./front-coding";
import { COUNTRIES_CODED, REGIONS_CODED, STATES_CODED } from "./word-lists";

const COUNTRY_LIST = decodeWords(COUNTRIES_CODED);
const STATE_LIST = decodeWords(STATES_CODED);

/** Upper-case two-letter USPS state codes, for "Tempe AZ 85281". */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
  NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI`.split(/\s+/),
);

/** Countries, US states, provinces and regions: lower-case single words. */
export const BROAD_PLACES: ReadonlySet<string> = new Set([
  ...COUNTRY_LIST,
  ...STATE_LIST,
  ..."north south east west northern southern eastern western central midwest rural urban upstate downstate new united states kingdom republic city county the a".split(" "),
]);

/**
 * First-level divisions outside the US (states, provinces, territories, Länder, regions), and
 * the nations of the UK: places Safe Harbor allows, as folded phrases. Kept apart from
 * BROAD_PLACES because several are also given names ("Victoria", "Georgia") that the name
 * detector must still read as names.
 */
export const REGIONS: ReadonlySet<string> = new Set(decodeWords(REGIONS_CODED));

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  đ: "d",
  ð: "d",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  þ: "th",
  ħ: "h",
};

/**
 * The form place names are compared in: lower case, diacritics and apostrophes removed, single
 * spaces ("São  Paulo" -> "sao paulo", "Łódź" -> "lodz", "Xi’an" -> "xian"). The city list is
 * stored this way.
 */
export function foldPlaceName(name: string): string {
  // ASCII needs no decomposition: the common case stays cheap.
  if (/^[\x20-\x7e\t]*$/.test(name)) return name.toLowerCase().replace(/['`]/g, "").replace(/\s+/g, " ").trim();
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıłđðøæœßþħ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the phrase names a country, a US state or another first-level region. */
export function isRegionName(phrase: string): boolean {
  const folded = foldPlaceName(phrase);
  if (REGIONS.has(folded) || BROAD_PLACES.has(folded)) return true;
  // "Northern Nigeria", "rural Texas", "West Africa": a direction or kind of area before a
  // country, state or region. "North York" is not one: "york" is a state only after "new".
  const words = folded.split(" ");
  const head = words.slice(0, -1);
  const last = words[words.length - 1] ?? "";
  return head.length > 0 && head.every((w) => AREA_ADJECTIVES.has(w)) && (COUNTRIES.has(last) || REGIONS.has(last) || STATE_WORDS.has(last));
}

const AREA_ADJECTIVES: ReadonlySet<string> = new Set(
  "north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern upstate downstate rural urban inner outer greater mainland coastal".split(
    " ",
  ),
);
const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_LIST);
/** US states and provinces that are one word on their own ("texas", not "york" or "carolina"). */
const STATE_WORDS: ReadonlySet<string> = new Set(
  STATE_LIST.filter((w) => !["hampshire", "jersey", "mexico", "york", "carolina", "dakota", "rhode", "nova", "brunswick", "columbia"].includes(w)),
);
