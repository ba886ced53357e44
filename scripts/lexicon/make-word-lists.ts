/**
 * npx tsx scripts/lexicon/make-word-lists.ts [--check]
 *
 * Writes src/server/privacy/lexicon/word-lists.ts: the scanner's word lists, read from
 * scripts/lexicon/words/*.txt, each sorted and front-coded (src/server/privacy/lexicon/front-coding.ts).
 *
 * Why: the scanner ships to the browser, and front-coded lists are about a quarter smaller after
 * gzip than the words separated by spaces (about 4 KB of the bundle). The .txt files are the
 * lists' editable form: edit them, then re-run this script. `--check` writes nothing and exits 1
 * when the generated module does not match the .txt files.
 *
 * The .txt format is described in word-files.ts. generated-*.txt are written by make-name-lists.ts
 * and cities.txt by make-city-list.ts, which read the bundled lists: after editing name lists, run
 * make-name-lists.ts, this script, make-city-list.ts, then this script again. Output is deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { decodeWords, encodeWords } from "../../src/server/privacy/lexicon/front-coding";
import { readEntries, WORDS_DIR } from "./word-files";

const OUT = "src/server/privacy/lexicon/word-lists.ts";
/**
 * Lists the server reads and the browser does not: the given names generated from faker's locales.
 * The browser's scanner only highlights as the member types; the server screens every write, so a
 * name only this list knows is still refused, with its span, when the form is sent. Keeps ~9 KB of
 * gzip out of the browser's scanner chunk (the package.json import "#generated-first-names").
 */
const SERVER_ONLY_OUT = "src/server/privacy/lexicon/generated-first-names.ts";
/** Towns below the bundled cities' size, for the server only (the import "#generated-towns", ADR 0039). */
const SERVER_TOWNS_OUT = "src/server/privacy/lexicon/generated-towns.ts";

interface List {
  /** The exported constant, without its _CODED suffix. */
  name: string;
  /** The .txt files whose entries the list holds (their union). */
  files: string[];
  /** One entry a line (entries may contain spaces), instead of entries separated by white space. */
  phrases?: boolean;
  doc: string;
}

// Related lists sit next to each other: gzip finds more shared strings within its window.
const LISTS: readonly List[] = [
  { name: "CITIES", files: ["cities.txt"], phrases: true, doc: "Cities, folded, from make-city-list.ts (lexicon/city-lookup.ts)." },
  { name: "FIRST_NAMES", files: ["first-names.txt"], doc: "Given names (lexicon/first-names.ts)." },
  { name: "SURNAMES", files: ["surnames.txt", "generated-surnames.txt"], doc: "Family names (lexicon/surnames.ts)." },
  { name: "SURNAME_FIRST", files: ["surname-first.txt"], doc: "Family names written first (lexicon/surnames.ts)." },
  { name: "ENGLISH_WORD_NAMES", files: ["english-word-names.txt"], doc: "Names that are also English words (lexicon/common-words.ts)." },
  { name: "COMMON_WORDS", files: ["common-words.txt"], doc: "Words never read as a name (lexicon/common-words.ts)." },
  { name: "EPONYMS", files: ["eponyms.txt"], doc: "Eponyms (clinical-allowlist.ts)." },
  { name: "BRANDS", files: ["brands.txt"], doc: "Drug and device brands (clinical-allowlist.ts)." },
  { name: "INSTITUTION_WORDS", files: ["institution-words.txt"], doc: "Institution words (clinical-allowlist.ts)." },
  { name: "DESCRIPTORS", files: ["descriptors.txt"], doc: "Descriptors of a patient (clinical-allowlist.ts)." },
  { name: "COUNTRIES", files: ["countries.txt"], doc: "Countries (lexicon/places.ts)." },
  { name: "STATES", files: ["states.txt"], doc: "States and provinces (lexicon/places.ts)." },
  { name: "REGIONS", files: ["regions.txt"], phrases: true, doc: "Regions, as folded phrases (lexicon/places.ts)." },
  { name: "PUBLIC_DOMAINS", files: ["public-domains.txt"], doc: "Public reference sites (clinical-allowlist.ts)." },
];

const SERVER_ONLY_LISTS: readonly List[] = [
  { name: "GENERATED_FIRST_NAMES", files: ["generated-first-names.txt"], doc: "Given names from faker's locales, for the server only (lexicon/first-names.ts)." },
];

const SERVER_TOWN_LISTS: readonly List[] = [
  { name: "GENERATED_TOWNS", files: ["generated-towns.txt"], phrases: true, doc: "Towns, folded, from make-city-list.ts, for the server only (lexicon/city-lookup.ts)." },
  {
    name: "GENERATED_WORD_TOWNS",
    files: ["generated-word-towns.txt"],
    phrases: true,
    doc: "Towns named like a word of another language, read only when capitalised, for the server only (lexicon/city-lookup.ts).",
  },
];

function render(lists: readonly List[]): string {
  const parts: string[] = [];
  for (const list of lists) {
    const entries = list.files.flatMap((f) => readEntries(f, list.phrases));
    const coded = encodeWords(entries);
    const decoded = decodeWords(coded);
    const expected = [...new Set(entries)].sort();
    if (decoded.join("\n") !== expected.join("\n")) throw new Error(`${list.name}: front coding does not round-trip`);
    parts.push(`/** ${list.doc} ${expected.length} entries, from ${list.files.join(" and ")}. */\nexport const ${list.name}_CODED = ${JSON.stringify(coded)};\n`);
  }
  return `// Generated by scripts/lexicon/make-word-lists.ts from scripts/lexicon/words/*.txt. Do not edit.
// Each list is sorted and front-coded: decode with decodeWords (front-coding.ts).

${parts.join("\n")}`;
}

function main(): void {
  for (const [out, lists] of [
    [OUT, LISTS],
    [SERVER_ONLY_OUT, SERVER_ONLY_LISTS],
    [SERVER_TOWNS_OUT, SERVER_TOWN_LISTS],
  ] as const) {
    const text = render(lists);
    if (process.argv.includes("--check")) {
      const current = readFileSync(out, "utf8");
      if (current !== text) {
        process.stderr.write(`${out} is stale: run npx tsx scripts/lexicon/make-word-lists.ts\n`);
        process.exit(1);
      }
      process.stdout.write(`${out} matches ${WORDS_DIR}/*.txt\n`);
      continue;
    }
    writeFileSync(out, text);
    process.stdout.write(`${out}: ${lists.length} lists, ${text.length} characters\n`);
  }
}

main();
