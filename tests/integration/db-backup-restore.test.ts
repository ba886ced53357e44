// npm run db:backup and db:restore: a seeded database goes out through the local libSQL server
// (the way Turso is reached) and comes back into an empty file and an empty server; every table
// must come back row by row, value by value, with the same storage classes and rowids.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Client, createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LibsqlServer, startLibsqlServer } from "../../scripts/libsql-server/index";
import { dumpDatabase, parseDump, restoreDump } from "../../scripts/lib/sql-dump";
import { seedDemoCommunity } from "../../scripts/seed/seed-demo";
import { drizzleOver } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";
import { startTestLibsqlServer, type TestLibsqlServer } from "../support/libsql-server-harness";
import { createTestDatabase } from "../support/test-database";

const run = promisify(execFile);
const tsx = "node_modules/.bin/tsx";
interface Failure {
  code: number;
  stdout: string;
  stderr: string;
}
const failureOf = (promise: Promise<unknown>): Promise<Failure> =>
  promise.then(
    () => {
      throw new Error("the command succeeded");
    },
    (error: Failure) => error,
  );

let dir: string;
let sourceFile: string;
let source: LibsqlServer;
let sourceClient: Client;
const opened: Client[] = [];
const servers: TestLibsqlServer[] = [];

function client(url: string): Client {
  const made = createClient({ url, intMode: "bigint" });
  opened.push(made);
  return made;
}

/**
 * Values that break naive dumps: exact 64-bit integers, whole REALs, -0.0, quotes, bytes. (Text
 * holding U+0000 is cut by the libsql package underneath both the local server and the file:
 * client, ADR 0002, so it cannot be set up here; sqlLiteral writes it as CAST(X'…' AS TEXT).)
 */
async function addEdgeValues(db: Client): Promise<void> {
  await db.executeMultiple(`
    CREATE TABLE edge_values (label TEXT NOT NULL, v);
    CREATE TABLE edge_pairs (a TEXT NOT NULL, b INTEGER NOT NULL, note, PRIMARY KEY (a, b)) WITHOUT ROWID;
    CREATE TABLE edge_sequence (id INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT);
  `);
  const values: [string, unknown][] = [
    ["max int", 9223372036854775807n],
    ["min int", -9223372036854775808n],
    ["2^53 + 1", 9007199254740993n],
    ["whole real", 5],
    ["negative zero", -0],
    ["large real", 1e300],
    ["tiny real", 5e-324],
    ["fraction", 0.1],
    ["quotes and lines", 'it\'s "quoted"; -- not a comment\n/* nor this */\r\nend'],
    ["unicode", "Ωmega 🩺 naïve"],
    ["bytes", new Uint8Array(Array.from({ length: 256 }, (_, i) => i))],
    ["empty blob", new Uint8Array(0)],
    ["empty text", ""],
    ["null", null],
    ["gone", "deleted below, leaving a rowid gap"],
    ["after the gap", 42n],
  ];
  await db.batch(values.map(([label, v]) => ({ sql: "INSERT INTO edge_values (label, v) VALUES (?, ?)", args: [label, v as bigint] })));
  await db.execute("DELETE FROM edge_values WHERE label = 'gone'");
  await db.batch([
    { sql: "INSERT INTO edge_pairs VALUES (?, ?, ?)", args: ["b", 2n, "second"] },
    { sql: "INSERT INTO edge_pairs VALUES (?, ?, ?)", args: ["a", 1n, null] },
    { sql: "INSERT INTO edge_pairs VALUES (?, ?, ?)", args: ["a", 3n, new Uint8Array([1, 2])] },
  ]);
  await db.execute("INSERT INTO edge_sequence (note) VALUES ('one'), ('two'), ('three')");
  // sqlite_sequence keeps 3: the next id must stay 4 after a restore, not become 3.
  await db.execute("DELETE FROM edge_sequence WHERE id = 3");
}

interface Snapshot {
  schema: unknown[][];
  tables: Record<string, unknown[][]>;
  search: unknown[][];
  ftsConfig: unknown[][];
  titles: unknown[][];
  titlesConfig: unknown[][];
}

/** Everything a restore must reproduce, read with storage classes visible (typeof per value). */
async function snapshot(db: Client): Promise<Snapshot> {
  const rows = async (sql: string) => (await db.execute(sql)).rows.map((row) => Array.from(row as ArrayLike<unknown>));
  const schema = await rows("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name");
  const tables: Record<string, unknown[][]> = {};
  const names = (await rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'search_titles_%' ORDER BY name")) as [
    string,
    string,
  ][];
  for (const [name, sql] of names) {
    const quoted = `"${name}"`;
    const withoutRowid = /WITHOUT\s+ROWID/i.test(sql);
    const columns = (await rows(`SELECT name FROM pragma_table_info('${name}')`)).map(([column]) => `"${String(column)}"`);
    const typed = columns.map((column) => `${column}, typeof(${column})`).join(", ");
    tables[name] = await rows(withoutRowid ? `SELECT ${typed} FROM ${quoted} ORDER BY 1, 3` : `SELECT rowid, ${typed} FROM ${quoted} ORDER BY rowid`);
  }
  const search = await rows("SELECT rowid FROM search_index WHERE search_index MATCH 'sepsis OR lactate OR thyroid' ORDER BY rowid");
  const ftsConfig = await rows("SELECT k, v FROM search_index_config ORDER BY k");
  // The title index (ADR 0032), compared the same way: by what it finds, not its storage blocks.
  const titles = await rows("SELECT rowid FROM search_titles WHERE search_titles MATCH 'sepsis OR lactate OR thyroid OR the' ORDER BY rowid");
  const titlesConfig = await rows("SELECT k, v FROM search_titles_config ORDER BY k");
  return { schema, tables, search, ftsConfig, titles, titlesConfig };
}

beforeAll(async () => {
  const seeded = createTestDatabase();
  sourceFile = seeded.file;
  await seedDemoCommunity(seeded.db, { now: Date.UTC(2026, 10, 1, 12), threadCount: 30, replyCount: 240 });
  await addEdgeValues(seeded.client);
  seeded.client.close();
  dir = mkdtempSync(join(tmpdir(), "rounds-backup-"));
  source = await startLibsqlServer({ file: sourceFile, port: 0 });
  sourceClient = client(source.url);
}, 60_000);

afterAll(async () => {
  for (const made of opened) made.close();
  await Promise.all(servers.map((server) => server.close()));
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run db:backup and db:restore", () => {
  it("round-trips a seeded database over HTTP into an empty file and an empty server, every table row by row", async () => {
    const backup = join(dir, "rounds.sql");
    const backedUp = await run(tsx, ["scripts/db-backup.ts", "--out", backup], { env: { ...process.env, DATABASE_URL: source.url } });
    expect(backedUp.stdout).toMatch(/^Backed up http:\/\/127\.0\.0\.1:\d+\/ to .*rounds\.sql: \d+ tables, \d+ rows, \d+ statements\.\n$/);
    expect(backedUp.stderr).toContain("Backing up rows");

    const restoredFile = join(dir, "restored.db");
    const intoFile = await run(tsx, ["scripts/db-restore.ts", backup], { env: { ...process.env, DATABASE_URL: `file:${restoredFile}` } });
    expect(intoFile.stdout).toContain(`Restored ${backup} into file:${restoredFile}`);

    // The second target through the library the CLI calls (one process start less).
    const empty = await startTestLibsqlServer();
    servers.push(empty);
    await restoreDump(client(empty.url), parseDump(readFileSync(backup, "utf8")));

    const expected = await snapshot(sourceClient);
    expect(Object.keys(expected.tables)).toEqual(
      expect.arrayContaining(["__drizzle_migrations", "sqlite_sequence", "search_index", "edge_values", "edge_pairs", "users", "threads", "comments"]),
    );
    expect(expected.search.length).toBeGreaterThan(0);
    expect(expected.titles.length).toBeGreaterThan(0);
    for (const restored of [client(`file:${restoredFile}`), client(empty.url)]) {
      const actual = await snapshot(restored);
      expect(actual.schema).toEqual(expected.schema);
      for (const [table, rows] of Object.entries(expected.tables)) expect({ table, rows: actual.tables[table] }).toEqual({ table, rows });
      expect(actual.search).toEqual(expected.search);
      expect(actual.ftsConfig).toEqual(expected.ftsConfig);
      expect(actual.titles).toEqual(expected.titles);
      expect(actual.titlesConfig).toEqual(expected.titlesConfig);
      expect((await restored.execute("PRAGMA integrity_check")).rows[0]?.[0]).toBe("ok");
      await restored.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
      await restored.execute("INSERT INTO search_titles(search_titles) VALUES ('integrity-check')");
      // The next AUTOINCREMENT id continues after the deleted row, as on the source.
      expect((await restored.execute("INSERT INTO edge_sequence (note) VALUES ('four') RETURNING id")).rows[0]?.[0]).toBe(4n);
    }
    // At the same migration: migrating the restored database applies nothing.
    const migrations = async (db: Client) => (await db.execute("SELECT count(*) FROM __drizzle_migrations")).rows[0]?.[0];
    const restored = client(`file:${restoredFile}`);
    const before = await migrations(restored);
    await migrateDatabase(drizzleOver(restored));
    expect(await migrations(restored)).toBe(before);
  }, 60_000);

  it("writes the same dump from a file: as over HTTP, from one snapshot even while others write", async () => {
    const chunks: string[] = [];
    const writer = client(source.url);
    let wroteDuringDump = false;
    const before = (await sourceClient.execute("SELECT count(*) FROM edge_values")).rows[0]?.[0];
    const overHttp = await dumpDatabase(client(source.url), async (chunk) => {
      chunks.push(chunk);
      if (!wroteDuringDump && chunk.includes("INSERT INTO")) {
        wroteDuringDump = true;
        await writer.execute("INSERT INTO edge_values (label, v) VALUES ('written during the dump', 1)");
      }
    });
    expect(wroteDuringDump).toBe(true);
    const httpDump = chunks.join("");
    expect(httpDump).not.toContain("written during the dump");
    expect(httpDump.match(/^INSERT INTO "edge_values"/gm)?.length).toBe(Number(before));
    await writer.execute("DELETE FROM edge_values WHERE label = 'written during the dump'");

    let fileDump = "";
    const fromFile = await dumpDatabase(client(`file:${sourceFile}`), (chunk) => {
      fileDump += chunk;
    });
    expect(fromFile).toEqual(overHttp);
    const body = (dump: string) => dump.split("\n").slice(2).join("\n");
    expect(body(fileDump)).toBe(body(httpDump));
  }, 30_000);

  it("refuses a cut-off or altered file before writing anything", async () => {
    let dump = "";
    await dumpDatabase(client(source.url), (chunk) => {
      dump += chunk;
    });
    expect(() => parseDump(dump.split("\n").slice(0, 200).join("\n"))).toThrow(/the file is incomplete/);
    expect(() => parseDump(dump.replace(/^INSERT INTO "edge_pairs".*\n/m, ""))).toThrow(/holds \d+ statements but its last line says \d+/);
    expect(() => parseDump("CREATE TABLE t (a);\n")).toThrow(/not a Rounds backup/);
  });

  it("refuses a non-empty database and bad arguments, naming the problem", async () => {
    const backup = join(dir, "refusals.sql");
    let dump = "";
    await dumpDatabase(client(source.url), (chunk) => {
      dump += chunk;
    });
    writeFileSync(backup, dump);
    const [intoSource, noOut] = await Promise.all([
      failureOf(run(tsx, ["scripts/db-restore.ts", backup], { env: { ...process.env, DATABASE_URL: source.url } })),
      failureOf(run(tsx, ["scripts/db-backup.ts"], { env: { ...process.env, DATABASE_URL: source.url } })),
    ]);
    expect(intoSource.code).toBe(1);
    expect(intoSource.stderr).toMatch(/Refusing to restore into http:\/\/127\.0\.0\.1:\d+\/: it is not empty: it holds \d+ schema objects \(table __drizzle_migrations/);
    expect(intoSource.stderr).toContain("Nothing was written.");

    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out FILE is required");
    expect(noOut.stderr).toContain("Usage: npm run db:backup -- --out FILE");
  }, 60_000);
});
