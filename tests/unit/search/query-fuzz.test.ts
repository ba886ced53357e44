import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../../../src/server/db/migrate";
import { isDomainError } from "../../../src/server/errors";
import { parseSearchQuery } from "../../../src/server/search/query-parser";
import { postHitMatch } from "../../../src/server/search/search-statements";
import { seededRandom, type Random } from "../../support/fuzz-inputs";

/*
 * Nothing a member types may reach FTS5 as broken syntax (a 500): every random string either
 * parses to an expression the real FTS5 table accepts, or is refused with INVALID and a sentence.
 * The table is made with the migration's own CREATE VIRTUAL TABLE, in memory.
 * Replay a failure: SEARCH_FUZZ_SEED=<seed> npx vitest run tests/unit/search/query-fuzz.test.ts
 */
const SEED = Number(process.env.SEARCH_FUZZ_SEED ?? 20_261_126);
const RUNS = Number(process.env.SEARCH_FUZZ_RUNS ?? 5_000);

function ftsDefinition(table: "search_index" | "search_titles"): string {
  for (const file of readdirSync(migrationsFolder)
    .filter((name) => name.endsWith(".sql"))
    .sort()) {
    const found = new RegExp(`CREATE VIRTUAL TABLE \`${table}\` USING fts5\\([^;]*?\\);`).exec(readFileSync(join(migrationsFolder, file), "utf8"));
    if (found) return found[0];
  }
  throw new Error(`no migration creates ${table}`);
}

const db = new Database(":memory:");
afterAll(() => db.close());
db.exec(ftsDefinition("search_index"));
db.exec(ftsDefinition("search_titles"));
const insert = db.prepare("insert into search_index (rowid, title, body) values (?, ?, ?)");
const documents = [
  ["Septic shock and lactate clearance", "Started norepinephrine; lactate 4.2 then 2.1. COVID-19 negative."],
  ["", 'title: sepsis NEAR(x) body with "quotes" and * stars, café, 患者, e\u0301'],
  ["Hyperkalemia on a RAAS inhibitor", "**Age band:** 60–64 — OR AND NOT are words here."],
  ["", "A reply about bacteremia OR fungemia, -neonatal, and lact* prefixes."],
];
for (const [index, [title, body]] of documents.entries()) insert.run(index + 2, title, body);
const insertTitle = db.prepare("insert into search_titles (rowid, title) values (?, ?)");
for (const [index, [title]] of documents.entries()) if (title) insertTitle.run(index + 1, title);
// The two other expressions a search page sends (ADR 0032): title hits and post hits.
const searchTitles = db.prepare(
  "select rowid, highlight(search_titles, 0, char(2), char(3)) as t from search_titles where search_titles match ? and search_titles.rank match 'bm25()' order by search_titles.rank limit 21",
);
const search = db.prepare(
  "select rowid, highlight(search_index, 0, char(2), char(3)) as t, snippet(search_index, 1, char(2), char(3), '…', 28) as s " +
    "from search_index where search_index match ? and search_index.rank match 'bm25(10.0, 1.0)' order by search_index.rank limit 21",
);

// Heavy on what FTS5 treats as syntax, plus text that breaks naive code.
const pieces = [
  '"',
  '"',
  '"',
  "*",
  "-",
  "-",
  "(",
  ")",
  ":",
  "^",
  "+",
  "{",
  "}",
  ",",
  ".",
  "'",
  "\\",
  "/",
  "NEAR",
  "NEAR(",
  "OR",
  "AND",
  "NOT",
  "or",
  "title",
  "body",
  "title:",
  "{title body}:",
  "rank",
  "bm25",
  "sepsis",
  "lactate",
  "lact",
  "septic shock",
  "COVID-19",
  "a",
  "é",
  "e\u0301",
  "\u0301",
  "患者",
  "😷",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\u0000",
  "\u0002",
  "\u0003",
  "\n",
  "\t",
  "%",
  "_",
  "?",
  "$1",
  "@x",
];

function randomQuery(random: Random): string {
  let out = "";
  const length = random.int(random.chance(0.05) ? 80 : 14);
  for (let index = 0; index < length; index++) {
    const roll = random.next();
    if (roll < 0.55) out += random.pick(pieces);
    else if (roll < 0.8) out += " ";
    else if (roll < 0.9) out += String.fromCharCode(32 + random.int(95));
    else out += String.fromCodePoint(random.chance(0.5) ? random.int(0x3000) : random.int(0x10ffff - 0xe000) + 0xe000);
  }
  return out;
}

describe("search query fuzz against a real FTS5 table", () => {
  it(`parses to something FTS5 accepts, or refuses with INVALID: ${RUNS} random queries (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    let parsed = 0;
    let refused = 0;
    let matched = 0;
    for (let run = 0; run < RUNS; run++) {
      const q = randomQuery(random);
      let match: string;
      let query: ReturnType<typeof parseSearchQuery>;
      try {
        query = parseSearchQuery(q);
        match = query.match;
      } catch (error) {
        if (!isDomainError(error) || error.code !== "INVALID" || error.message.length < 10) {
          throw new Error(`${JSON.stringify(q)} threw ${String(error)} (seed ${SEED}, run ${run})`);
        }
        refused++;
        continue;
      }
      try {
        if (search.all(match).length > 0) matched++;
        searchTitles.all(query.requiredMatch);
        search.all(postHitMatch(query));
      } catch (error) {
        throw new Error(`${JSON.stringify(q)} → ${JSON.stringify(match)} failed in FTS5: ${String(error)} (seed ${SEED}, run ${run})`);
      }
      parsed++;
    }
    // Both paths are exercised, and some random queries really find documents.
    expect(parsed).toBeGreaterThan(RUNS * 0.3);
    expect(refused).toBeGreaterThan(RUNS * 0.1);
    expect(matched).toBeGreaterThan(RUNS * 0.02);
  });

  it("accepts every operator the parser writes, combined", () => {
    const query = parseSearchQuery('sepsis OR "septic shock" lact* -neonatal NOT "preterm infant" title:x');
    expect(() => search.all(query.match)).not.toThrow();
    expect(() => searchTitles.all(query.requiredMatch)).not.toThrow();
    expect(() => search.all(postHitMatch(query))).not.toThrow();
  });
});
