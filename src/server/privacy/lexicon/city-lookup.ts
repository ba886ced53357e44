/**
 * Lookups in the generated city list (lexicon/cities.ts). The list is decoded on first use, so a
 * scan that never meets a place cue pays nothing for it.
 */
import { CITIES_CODED } from "./cities";
import { foldPlaceName } from "./places";

let cities: ReadonlySet<string> | null = null;
let firstWords: ReadonlySet<string> | null = null;

/** The city list, decoded from its front coding (see scripts/lexicon/make-city-list.ts). */
function decodeCities(coded: string): string[] {
  const names: string[] = [];
  let previous = "";
  for (const entry of coded.split(/(?=\d)/)) {
    if (entry === "") continue;
    previous = previous.slice(0, Number(entry[0])) + entry.slice(1);
    names.push(previous);
  }
  return names;
}

function loadCities(): ReadonlySet<string> {
  if (cities) return cities;
  const list = decodeCities(CITIES_CODED);
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
