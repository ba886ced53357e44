/**
 * Lookups in the generated city list (CITIES_CODED in lexicon/word-lists.ts, written by
 * scripts/lexicon/make-city-list.ts). The list is decoded on first use, so a scan that never
 * meets a place cue pays nothing for it.
 */
import { decodeWords } from "./front-coding";
import { foldPlaceName } from "./places";
import { CITIES_CODED } from "./word-lists";

let cities: ReadonlySet<string> | null = null;
let firstWords: ReadonlySet<string> | null = null;

function loadCities(): ReadonlySet<string> {
  if (cities) return cities;
  const list = decodeWords(CITIES_CODED);
  cities = new Set(list);
  firstWords = new Set(list.map((c) => c.split(/[ -]/)[0] ?? c));
  return cities;
}

/** True when the phrase is a listed city, compared folded ("São Paulo", "sao paulo"). */
export function isListedCity(phrase: string): boolean {
  return loadCities().has(foldPlaceName(phrase));
}

/** True when some listed city starts with this word: a cheap test before reading a whole phrase. */
export function mayStartListedCity(word: string): boolean {
  loadCities();
  return firstWords?.has(foldPlaceName(word)) ?? false;
}
