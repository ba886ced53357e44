// npm run db:migrate — applies the committed migrations and syncs the channel catalog on
// DATABASE_URL (file:, http://127.0.0.1:PORT or libsql://NAME.turso.io with DATABASE_AUTH_TOKEN).
import { createDb } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { describeDatabaseFailure } from "./lib/database-failure";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";

const { url, authToken } = scriptDatabaseUrl();
const { db, client } = createDb(url, authToken);
try {
  await migrateDatabase(db);
  console.log(`Migrated ${describeDatabaseUrl(url)}`);
} catch (error) {
  console.error(`Migration failed on ${describeDatabaseUrl(url)}: ${describeDatabaseFailure(error, authToken !== undefined)}`);
  process.exitCode = 1;
} finally {
  client.close();
}
