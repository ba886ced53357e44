import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { createDb, type Database } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";
import { users } from "../../src/server/db/schema";
import { importThreads, importUsers } from "../../src/server/forum/import-community";
import { generatePhysicians } from "../seed/physicians";
import { createRng } from "../seed/random";
import { bin, projectRoot } from "../lib/processes";
import { progressBar } from "../lib/progress-bar";
import { BENCH_SEED, buildPool, planChunk } from "./content-pool";

/**
 * The benchmark's databases: a libSQL file per size, built once and reused while its sidecar
 * (`<file>.json`) and its row counts agree with what was asked for. `--fresh` rebuilds.
 */

export interface DatasetSpec {
  label: string;
  file: string;
  threads: number;
  replies: number;
  members: number;
}

export interface DatasetInfo {
  spec: DatasetSpec;
  /** Seconds the import took in this run, or null when the cached file was reused. */
  importSeconds: number | null;
  /** From the sidecar: how long the import took when the file was built. */
  builtInSeconds: number;
  builtAt: string;
  /** Peak resident memory of the largest import process (MB), when known. */
  peakRssMb: number | null;
  fileBytes: number;
  counts: { threads: number; replies: number; members: number; votes: number };
  /** How the full-text index was filled, when known (see SearchIndexFill). */
  searchIndex: SearchIndexFill | null;
}

/**
 * The full-text index of a cached file built before migration 0006 is filled by that migration's
 * backfill (INSERT … SELECT over every live thread and reply) the first time the benchmark
 * migrates it; a file imported afterwards gets it from the triggers as rows are written.
 */
export interface SearchIndexFill {
  how: "backfill" | "import";
  /** Seconds the migrations took when the backfill ran (nearly all of it the backfill). */
  seconds: number | null;
  /** Rows (live posts) in the index afterwards. */
  posts: number;
  at: string;
}

interface Sidecar {
  seed: string;
  threads: number;
  replies: number;
  members: number;
  now: number;
  importSeconds: number;
  /** Peak RSS of the largest import process (MB). */
  peakRssMb?: number;
  builtAt: string;
  searchIndex?: SearchIndexFill;
}

/** Threads per importThreads call: bounds memory (~50,000 replies in flight) and re-rendering. */
const THREADS_PER_CHUNK = 5000;
/** Threads per import worker process (see importDataset). */
const THREADS_PER_WORKER = 10_000;

const sidecarPath = (file: string) => `${file}.json`;

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal", ".json"]) rmSync(`${file}${suffix}`, { force: true });
}

async function countRows(db: Database) {
  const [row] = await db.all<{ threads: number; replies: number; members: number; votes: number }>(
    sql`select (select count(*) from threads) as threads, (select count(*) from comments) as replies,
               (select count(*) from users) as members, (select count(*) from votes) as votes`,
  );
  return { threads: Number(row?.threads ?? 0), replies: Number(row?.replies ?? 0), members: Number(row?.members ?? 0), votes: Number(row?.votes ?? 0) };
}

async function hasSearchIndex(db: Database): Promise<boolean> {
  const rows = await db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name = 'search_index'`);
  return rows.length > 0;
}

async function searchIndexRows(db: Database): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from search_index`);
  return Number(row?.n ?? 0);
}

function readSidecar(file: string): Sidecar | null {
  try {
    return JSON.parse(readFileSync(sidecarPath(file), "utf8")) as Sidecar;
  } catch {
    return null;
  }
}

export async function ensureDataset(spec: DatasetSpec, options: { fresh: boolean }): Promise<DatasetInfo> {
  const sidecar = options.fresh ? null : readSidecar(spec.file);
  const matches =
    sidecar !== null &&
    sidecar.seed === BENCH_SEED &&
    sidecar.threads === spec.threads &&
    sidecar.replies === spec.replies &&
    sidecar.members === spec.members &&
    existsSync(spec.file);
  if (matches) {
    const { db, client } = createDb(`file:${spec.file}`);
    try {
      // New migrations since the file was built are applied (cheap unless one rebuilds a table,
      // or fills one: 0006 backfills the full-text index, timed here and kept in the sidecar).
      const hadSearchIndex = await hasSearchIndex(db);
      const migrationStarted = performance.now();
      await migrateDatabase(db, sidecar.now);
      const migrationSeconds = (performance.now() - migrationStarted) / 1000;
      if (!hadSearchIndex) {
        sidecar.searchIndex = { how: "backfill", seconds: migrationSeconds, posts: await searchIndexRows(db), at: new Date().toISOString() };
        writeFileSync(sidecarPath(spec.file), `${JSON.stringify(sidecar, null, 2)}\n`);
      }
      const counts = await countRows(db);
      if (counts.threads === spec.threads && counts.replies === spec.replies && counts.members === spec.members) {
        return {
          spec,
          importSeconds: null,
          builtInSeconds: sidecar.importSeconds,
          builtAt: sidecar.builtAt,
          peakRssMb: sidecar.peakRssMb ?? null,
          fileBytes: fileBytes(spec.file),
          counts,
          searchIndex: sidecar.searchIndex ?? null,
        };
      }
    } finally {
      client.close();
    }
    console.log(`${spec.label}: ${spec.file} does not hold the expected rows; rebuilding it.`);
  }
  return importDataset(spec);
}

/** A libSQL file's size on disk, its write-ahead log included. */
export function fileBytes(file: string): number {
  let total = 0;
  for (const suffix of ["", "-wal"]) {
    try {
      total += statSync(`${file}${suffix}`).size;
    } catch {
      // no WAL file
    }
  }
  return total;
}

async function importDataset(spec: DatasetSpec): Promise<DatasetInfo> {
  removeDatabaseFiles(spec.file);
  const started = performance.now();
  const now = Date.now();
  const { db, client } = createDb(`file:${spec.file}`);
  let done = false;
  try {
    await client.execute("PRAGMA journal_mode = WAL");
    await migrateDatabase(db, now);
    const physicians = generatePhysicians(createRng(BENCH_SEED).fork("physicians"), spec.members);
    await importUsers(
      db,
      physicians.map((physician, index) => ({
        pseudonym: physician.pseudonym,
        email: physician.email,
        passwordHash: null, // the benchmark signs in by creating sessions directly
        firstName: physician.firstName,
        lastName: physician.lastName,
        npi: physician.npi,
        specialtySlug: physician.specialtySlug,
        licenceState: physician.stateOfLicence,
        role: index === 0 ? ("admin" as const) : ("member" as const),
        createdAt: now - 400 * 24 * 3600_000 + index * 60_000,
      })),
    );

    // Threads are written by short-lived worker processes, THREADS_PER_WORKER each: libsql 0.5
    // never frees a prepared statement's native memory (tursodatabase/libsql-js#153), and the
    // client prepares every statement afresh, so one process importing a million replies grows
    // to ~6 GB. A process that exits gives it all back.
    const progress = progressBar(`Importing ${spec.label} (${spec.threads.toLocaleString("en-US")} threads)`);
    progress(0, spec.threads);
    let workerPeakMb = 0;
    for (let from = 0; from < spec.threads; from += THREADS_PER_WORKER) {
      const to = Math.min(spec.threads, from + THREADS_PER_WORKER);
      const peak = await runImportWorker({ file: spec.file, threads: spec.threads, replies: spec.replies, from, to, now }, (written) => progress(from + written, spec.threads));
      workerPeakMb = Math.max(workerPeakMb, peak);
    }
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    const counts = await countRows(db);
    if (counts.threads !== spec.threads || counts.replies !== spec.replies) {
      throw new Error(`${spec.label}: imported ${counts.threads} threads and ${counts.replies} replies, expected ${spec.threads} and ${spec.replies}.`);
    }
    const importSeconds = (performance.now() - started) / 1000;
    const builtAt = new Date().toISOString();
    const peakRssMb = Math.round(Math.max(workerPeakMb, process.resourceUsage().maxRSS / 1024));
    const searchIndex: SearchIndexFill = { how: "import", seconds: null, posts: await searchIndexRows(db), at: builtAt };
    const sidecar: Sidecar = { seed: BENCH_SEED, threads: spec.threads, replies: spec.replies, members: spec.members, now, importSeconds, peakRssMb, builtAt, searchIndex };
    writeFileSync(sidecarPath(spec.file), `${JSON.stringify(sidecar, null, 2)}\n`);
    done = true;
    return {
      spec,
      importSeconds,
      builtInSeconds: importSeconds,
      builtAt,
      peakRssMb,
      fileBytes: fileBytes(spec.file),
      counts,
      searchIndex,
    };
  } finally {
    client.close();
    if (!done) removeDatabaseFiles(spec.file); // never leave a half-built file that looks reusable
  }
}

export interface ImportRange {
  file: string;
  threads: number;
  replies: number;
  from: number;
  to: number;
  now: number;
}

/** Runs scripts/bench/import-worker.ts for one range; resolves with the worker's peak RSS (MB). */
function runImportWorker(range: ImportRange, onProgress: (written: number) => void): Promise<number> {
  const args = [`${projectRoot}/scripts/bench/import-worker.ts`, ...Object.entries(range).flatMap(([key, value]) => [`--${key}`, String(value)])];
  const child = spawn(bin("tsx"), args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
  // If the benchmark exits (Ctrl-C), the worker must not go on writing to the file.
  const stopChild = () => child.kill("SIGTERM");
  process.once("exit", stopChild);
  child.once("exit", () => process.off("exit", stopChild));
  let stderr = "";
  let peakMb = 0;
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  createInterface({ input: child.stdout }).on("line", (line) => {
    const [kind, value] = line.split(" ");
    if (kind === "progress") onProgress(Number(value));
    else if (kind === "done") peakMb = Number(value);
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve(peakMb);
      else reject(new Error(`The import worker for threads ${range.from}-${range.to} failed (${signal ?? `exit ${code}`}).\n${stderr}`));
    });
  });
}

/** The worker's side: imports threads [from, to) of the dataset in chunks, reporting progress. */
export async function importRange(range: ImportRange, report: (line: string) => void): Promise<void> {
  const { db, client } = createDb(`file:${range.file}`);
  try {
    // A throwaway file: durability does not matter while it is built, speed does.
    await client.execute("PRAGMA synchronous = OFF");
    await client.execute("PRAGMA cache_size = -262144");
    const memberIds = (await db.select({ id: users.id }).from(users).orderBy(users.id)).map((row) => row.id);
    const pool = buildPool();
    const shape = { threads: range.threads, replies: range.replies, memberIds, now: range.now };
    for (let from = range.from; from < range.to; from += THREADS_PER_CHUNK) {
      const to = Math.min(range.to, from + THREADS_PER_CHUNK);
      await importThreads(db, planChunk(pool, shape, from, to), {
        onProgress: (written) => report(`progress ${from - range.from + written}`),
      });
    }
    await client.execute("PRAGMA wal_checkpoint(PASSIVE)");
  } finally {
    client.close();
  }
  report(`done ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
}
