/**
 * npx tsx scripts/lexicon/make-name-lists.ts
 *
 * Writes scripts/lexicon/words/generated-first-names.txt and generated-surnames.txt: given names
 * and family names from @faker-js/faker's locale data that the hand-kept lists (first-names.txt,
 * surnames.txt, surname-first.txt) lack. Run make-word-lists.ts afterwards: it adds them to the
 * bundled FIRST_NAMES and SURNAMES.
 *
 * Rules (deterministic: same faker version and word list, same output):
 * - Only Latin-script locales; names are folded to lower-case ASCII ("José" -> "jose").
 * - A name is left out when it is an ordinary word of English or of the languages the locales
 *   speak (the lower-case entries of /usr/share/dict/words and of the Spanish, Italian,
 *   Portuguese, Brazilian, French and German word lists: Debian packages wamerican, wspanish,
 *   witalian, wportuguese, wbrazilian, wfrench and wngerman), so "vive", "tiene" or "sagt" never
 *   read as a name (unless an English-speaking locale lists it: "gemma"); or a common or clinical word, an eponym, brand, place or institution
 *   word (clinical-allowlist), shorter than 4 letters, or already in a hand-kept list. A list entry
 *   only supports a cue, but "pt frank bleeding" must not read "frank" as a name. Names whose shape
 *   name-shapes.ts already recognises ("kowalski", "ferreira") are left out too.
 * - The bundle budget caps the count: names found in more locales rank first (a proxy for how
 *   common they are), then shorter names, then alphabetical order.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { allFakers } from "@faker-js/faker";
import { isNeverAName } from "../../src/server/privacy/clinical-allowlist";
import { hasNameShape } from "../../src/server/privacy/lexicon/name-shapes";
import { readEntries, WORDS_DIR } from "./word-files";

const FIRST_NAME_LOCALES = [
  "en",
  "en_US",
  "en_CA",
  "en_AU",
  "en_GB",
  "en_IE",
  "en_ZA",
  "en_NG",
  "yo_NG",
  "zu_ZA",
  "af_ZA",
  "en_GH",
  "en_IN",
  "fr",
  "fr_CH",
  "de",
  "de_CH",
  "nl",
  "nl_BE",
  "es",
  "es_MX",
  "pt_BR",
  "pt_PT",
  "it",
  "pl",
  "tr",
  "sv",
  "nb_NO",
  "da",
];
// Locales whose family-name lists are short lists of common names (the large ones, such as es,
// it, de and pl, are long alphabetical lists where rare names would crowd out common ones).
const SURNAME_LOCALES = ["en_AU", "en_ZA", "zu_ZA", "af_ZA", "en_GH", "en_IN", "fr", "fr_CH", "de_CH", "nl", "nl_BE", "pt_BR", "pt_PT", "sv", "nb_NO", "da"];
// The browser bundle's budget: about 3 bytes of gzip per name. Family names get no share: faker's
// family-name lists rank rare names high, and name-shapes.ts reads the common endings instead.
const MAX_FIRST = 4000;
const MAX_SURNAMES = 0;
const DICTIONARY = "/usr/share/dict/words";
/** The other languages' word lists (Debian packages wspanish, witalian, wportuguese, wbrazilian, wfrench, wngerman). */
const OTHER_DICTIONARIES = ["spanish", "italian", "portuguese", "brazilian", "french", "ngerman"].map((name) => `/usr/share/dict/${name}`);
const OUT_FIRST = `${WORDS_DIR}/generated-first-names.txt`;
const OUT_SURNAMES = `${WORDS_DIR}/generated-surnames.txt`;

/** Lower-case ASCII, as the scanner's name lookups compare: accents and apostrophes dropped. */
export function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/[øœ]/g, "o")
    .replace(/đ/g, "d")
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/['’]/g, "");
}

/** A locale's list for one person field, whatever its shape (array, or {generic, female, male}). */
function entries(locale: string, field: "first_name" | "last_name"): string[] {
  const faker = (allFakers as Record<string, { rawDefinitions: { person?: Record<string, unknown> } }>)[locale];
  const value = faker?.rawDefinitions.person?.[field];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (value && typeof value === "object") {
    return Object.values(value).flatMap((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []));
  }
  return [];
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** What a name must not be: an English word, or another language's word unless English-speaking locales list it as a name. */
interface WordLists {
  english: Set<string>;
  foreign: Set<string>;
}

function select(locales: string[], field: "first_name" | "last_name", exclude: Set<string>, words: WordLists, max: number): string[] {
  const seenIn = new Map<string, number>();
  const inEnglishLocale = new Set<string>();
  for (const locale of locales) {
    const names = new Set<string>();
    for (const entry of entries(locale, field)) {
      for (const part of entry.split(/\s+/)) {
        const name = fold(part);
        if (/^[a-z][a-z-]{3,19}$/.test(name)) names.add(name);
      }
    }
    for (const name of names) seenIn.set(name, (seenIn.get(name) ?? 0) + 1);
    if (locale === "en" || locale.startsWith("en_")) for (const name of names) inEnglishLocale.add(name);
  }
  return [...seenIn.entries()]
    .filter(
      ([name]) =>
        !exclude.has(name) && !words.english.has(name) && !(words.foreign.has(name) && !inEnglishLocale.has(name)) && !isNeverAName(name) && !hasNameShape(capitalised(name)),
    )
    .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([name]) => name)
    .sort();
}

function wrap(names: string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    if (line.length + name.length + 1 > 100) {
      lines.push(line);
      line = name;
    } else {
      line = line ? `${line} ${name}` : name;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function main(): void {
  for (const path of [DICTIONARY, ...OTHER_DICTIONARIES]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install wamerican wspanish witalian wportuguese wbrazilian wfrench wngerman`);
  }
  // Lower-case entries are ordinary words ("Boston" and "Paris" are listed capitalised); the other
  // languages' words are folded as names are ("está" -> "esta").
  const dictionary: WordLists = { english: new Set(), foreign: new Set() };
  for (const word of readFileSync(DICTIONARY, "utf8").split("\n")) if (/^[a-z]+$/.test(word)) dictionary.english.add(word);
  for (const path of OTHER_DICTIONARIES) {
    for (const word of readFileSync(path, "utf8").split("\n")) if (/^\p{Ll}+$/u.test(word)) dictionary.foreign.add(fold(word));
  }
  const known = new Set(["first-names.txt", "surnames.txt", "surname-first.txt"].flatMap((f) => readEntries(f)));
  const first = select(FIRST_NAME_LOCALES, "first_name", known, dictionary, MAX_FIRST);
  const last = select(SURNAME_LOCALES, "last_name", new Set([...known, ...first]), dictionary, MAX_SURNAMES);
  const pkg = JSON.parse(readFileSync("node_modules/@faker-js/faker/package.json", "utf8")) as { version: string };
  const header = (what: string) => `# Generated by scripts/lexicon/make-name-lists.ts from @faker-js/faker ${pkg.version} locale data: do not edit.
# ${what} the hand-kept lists lack, with English words, clinical words and eponyms left out. Like
# the hand-kept lists, an entry only supports a cue; it never blocks alone.
`;
  writeFileSync(OUT_FIRST, `${header("Given names")}${wrap(first)}\n`);
  writeFileSync(OUT_SURNAMES, `${header("Family names")}${wrap(last)}\n`);
  console.log(`${OUT_FIRST}: ${first.length} given names; ${OUT_SURNAMES}: ${last.length} family names`);
}

main();
