/**
 * Lookups in the generated city list (CITIES_CODED in lexicon/word-lists.ts, written by
 * scripts/lexicon/make-city-list.ts) and, on the server, the smaller towns (GENERATED_TOWNS_CODED
 * and GENERATED_WORD_TOWNS_CODED, empty in the browser: ADR 0039). The lists are decoded on first
 * use, so a scan that never meets a place cue pays nothing for them.
 */
import { GENERATED_TOWNS_CODED, GENERATED_WORD_TOWNS_CODED } from "#generated-towns";
import { decodeWords } from "./front-coding";
import { foldPlaceName } from "./places";
import { CITIES_CODED } from "./word-lists";

interface CityLists {
  cities: ReadonlySet<string>;
  towns: ReadonlySet<string>;
  /** Towns named like a word of another language ("Una"): places only when written capitalised. */
  wordTowns: ReadonlySet<string>;
  firstWords: ReadonlySet<string>;
}

let lists: CityLists | null = null;

function load(): CityLists {
  if (lists) return lists;
  const cities = decodeWords(CITIES_CODED);
  const towns = decodeWords(GENERATED_TOWNS_CODED);
  const wordTowns = decodeWords(GENERATED_WORD_TOWNS_CODED);
  const firstWords = new Set([...cities, ...towns, ...wordTowns].map((c) => c.split(/[ -]/)[0] ?? c));
  lists = { cities: new Set(cities), towns: new Set(towns), wordTowns: new Set(wordTowns), firstWords };
  return lists;
}

/**
 * True when the phrase is a listed place, compared folded ("São Paulo", "sao paulo"). `reach`:
 * - "cities": the cities alone (the browser's list; also where a town would be a risky reading,
 *   as for a person's name);
 * - "towns" (the default): the server's towns too;
 * - "capitalised": also the towns named like a word of another language ("Una", "Esperanza"),
 *   when the phrase is written with a capital. Only a place name read where a place is expected
 *   asks this.
 */
export function isListedCity(phrase: string, reach: "cities" | "towns" | "capitalised" = "towns"): boolean {
  const { cities, towns, wordTowns } = load();
  const folded = foldPlaceName(phrase);
  if (cities.has(folded)) return true;
  if (reach === "cities") return false;
  if (towns.has(folded)) return true;
  return reach === "capitalised" && wordTowns.has(folded) && phrase[0] !== phrase[0]?.toLowerCase();
}

/** True when some listed place starts with this word: a cheap test before reading a whole phrase. */
export function mayStartListedCity(word: string): boolean {
  return load().firstWords.has(foldPlaceName(word));
}
