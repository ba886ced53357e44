// npm run dev — `astro dev` with hot reload. Pages run in Node here, so they read the local
// database file directly (no libSQL server needed). Migrates and seeds it first when empty.
import { localConfig, localDigestVars, localTotpVars } from "./lib/local-config";
import { prepareLocalDatabase } from "./lib/prepare-database";
import { bin, runToCompletion } from "./lib/processes";

const config = localConfig();
await prepareLocalDatabase(config.dbFile);
const port = process.env.PORT || "4321";
// CLOUDFLARE_INCLUDE_PROCESS_ENV lets the platform proxy pass DATABASE_URL from here into
// Astro.locals.runtime.env, the same place the Worker reads it from in production.
await runToCompletion(bin("astro"), ["dev", "--port", port], {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  CLOUDFLARE_INCLUDE_PROCESS_ENV: "true",
  DATABASE_URL: process.env.DATABASE_URL || `file:${config.dbFile}`,
  MAIL_TRANSPORT: process.env.MAIL_TRANSPORT || "outbox",
  // The unsubscribe page checks signatures with the local secret (digests are sent by job:digest).
  ...localDigestVars(`http://localhost:${port}`),
  ...localTotpVars(),
}).catch(() => {
  process.exitCode = 1;
});
