// npm run db:backup -- --out FILE [--force]
// Writes a consistent SQL dump of DATABASE_URL (file:, http://127.0.0.1:PORT or
// libsql://NAME.turso.io with DATABASE_AUTH_TOKEN; the local file when unset) to FILE, read in
// one transaction (scripts/lib/sql-dump.ts). Progress goes to stderr, one summary line to stdout.
// The file appears under its name only once complete (written as FILE.partial, then renamed).
import { closeSync, existsSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import { describeDatabaseFailure } from "./lib/database-failure";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";
import { progressBar } from "./lib/progress-bar";

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
import { dumpDatabase } from "./lib/sql-dump";

const USAGE = "Usage: npm run db:backup -- --out FILE [--force]   (reads DATABASE_URL, DATABASE_AUTH_TOKEN; the local file when unset)";

function usageError(message: string): never {
  console.error(`db:backup: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: { out?: string; force?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { out: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.out) usageError("--out FILE is required (where to write the backup).");
const out = values.out;
if (existsSync(out) && !values.force) usageError(`${out} already exists; choose another name or add --force to replace it.`);

const { url, authToken } = scriptDatabaseUrl();
const where = describeDatabaseUrl(url);
const partial = `${out}.partial`;
const client = createClient({ url, authToken, intMode: "bigint" });
let fd: number | undefined;
try {
  fd = openSync(partial, "w");
  const file = fd;
  const summary = await dumpDatabase(client, (chunk) => void writeSync(file, chunk), {
    source: where,
    onProgress: progressBar("Backing up rows"),
  });
  closeSync(file);
  fd = undefined;
  renameSync(partial, out);
  console.log(`Backed up ${where} to ${out}: ${summary.tables} tables, ${summary.rows} rows, ${summary.statements} statements.`);
} catch (error) {
  if (fd !== undefined) closeSync(fd);
  rmSync(partial, { force: true });
  console.error(`Backup of ${where} failed: ${sentence(describeDatabaseFailure(error, authToken !== undefined))} Nothing was written to ${out}.`);
  process.exitCode = 1;
} finally {
  client.close();
}
