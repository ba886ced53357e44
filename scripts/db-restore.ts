// npm run db:restore -- FILE
// Restores a backup made by `npm run db:backup` into DATABASE_URL (file:, http://127.0.0.1:PORT or
// libsql://NAME.turso.io with DATABASE_AUTH_TOKEN; the local file when unset). The target must be
// EMPTY (a new file, or a new Turso database): a database holding any table is refused before
// anything is written. The whole restore is one transaction: all or nothing.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import { describeDatabaseFailure } from "./lib/database-failure";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";
import { progressBar } from "./lib/progress-bar";

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
import { DumpFormatError, NotEmptyError, RestoreStatementError, parseDump, restoreDump } from "./lib/sql-dump";

const USAGE = "Usage: npm run db:restore -- FILE   (into DATABASE_URL, DATABASE_AUTH_TOKEN; the local file when unset; the database must be empty)";

function usageError(message: string): never {
  console.error(`db:restore: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: { values: { help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({ options: { help: { type: "boolean", short: "h" } }, allowPositionals: true });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) usageError(parsed.positionals.length === 0 ? "name the backup FILE to restore." : "give exactly one backup FILE.");
const file = parsed.positionals[0]!;
if (!existsSync(file)) usageError(`${file} does not exist.`);

let dump: ReturnType<typeof parseDump>;
try {
  dump = parseDump(readFileSync(file, "utf8"));
} catch (error) {
  if (!(error instanceof DumpFormatError)) throw error;
  console.error(`Cannot restore ${file}: ${error.message}. Nothing was written.`);
  process.exit(1);
}

const { url, authToken } = scriptDatabaseUrl();
const where = describeDatabaseUrl(url);
const client = createClient({ url, authToken });
try {
  const result = await restoreDump(client, dump, { onProgress: progressBar("Restoring statements") });
  console.log(`Restored ${file} into ${where}: ${result.statements} statements, ${dump.rows} rows.`);
} catch (error) {
  if (error instanceof NotEmptyError) {
    console.error(
      `Refusing to restore into ${where}: ${error.message}. Restore only into an empty database: a new file (DATABASE_URL=file:NEW.db) or a new Turso database (turso db create NAME). Nothing was written.`,
    );
  } else if (error instanceof RestoreStatementError) {
    console.error(`Restore into ${where} failed at ${error.message}; it was rolled back, nothing was written.`);
  } else {
    console.error(`Restore into ${where} failed: ${sentence(describeDatabaseFailure(error, authToken !== undefined))} Nothing was written.`);
  }
  process.exitCode = 1;
} finally {
  client.close();
}
