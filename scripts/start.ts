// npm start — the whole forum on this machine: migrate and (when empty) seed the local database,
// build, then serve the built Worker in local workerd against the local libSQL server.
// npm run preview — the same without the build step (uses the existing dist/).
// Ctrl-C stops every process this script started.
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { mkdirSync } from "node:fs";
import { localConfig, localDigestVars, localTotpVars } from "./lib/local-config";
import { prepareLocalDatabase } from "./lib/prepare-database";
import { bin, projectRoot, runToCompletion, startLibsqlServerProcess, startWranglerDev, type RunningProcess } from "./lib/processes";
import { addDemoImages } from "./seed/demo-images";
import { demoLoginLines } from "./seed/login-lines";
import { DEMO_PASSWORD, demoLogins } from "./seed/seed-demo";

const skipBuild = process.argv.includes("--no-build");
const started = performance.now();
const config = localConfig();
const children: RunningProcess[] = [];

async function shutdown(code: number) {
  await Promise.all(children.map((child) => child.stop()));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  mkdirSync(dirname(config.dbFile), { recursive: true });
  console.log(`Database: ${relative(projectRoot, config.dbFile) || config.dbFile}`);
  const seeded = await prepareLocalDatabase(config.dbFile);
  if (seeded) {
    const cases = seeded.features ? `, ${seeded.features.cases} cases and ${seeded.features.polls} polls` : "";
    console.log(`Seeded the demo community: ${seeded.counts.threads} threads, ${seeded.counts.replies} replies${cases}.`);
  }

  if (skipBuild) {
    if (!existsSync(join(projectRoot, "dist/_worker.js/index.js"))) {
      throw new Error("There is no build to preview yet: run `npm run build` (or `npm start`) first.");
    }
  } else {
    await runToCompletion(bin("astro"), ["build"], { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" });
  }

  const authToken = process.env.LIBSQL_AUTH_TOKEN || undefined;
  const database = await startLibsqlServerProcess({ file: config.dbFile, port: config.libsqlPort, authToken });
  children.push(database);
  // Local runs keep mail in the outbox (/admin/outbox) unless MAIL_TRANSPORT says otherwise.
  const vars: Record<string, string> = {
    DATABASE_URL: database.url,
    MAIL_TRANSPORT: process.env.MAIL_TRANSPORT || "outbox",
    // Digest links point here, and unsubscribe links are signed with the local secret.
    ...localDigestVars(`http://127.0.0.1:${config.port}`),
    // Authenticator secrets are encrypted with the local key.
    ...localTotpVars(),
  };
  if (authToken) vars.DATABASE_AUTH_TOKEN = authToken;
  const worker = await startWranglerDev({ port: config.port, vars, inheritOutput: false });
  children.push(worker);
  // The demo's images go through the Worker's own upload pipeline into wrangler's local R2.
  if (seeded) console.log(`Added ${await addDemoImages(worker.url, database.url, authToken)} synthetic demo images.`);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`
Rounds is running at ${worker.url}  (ready in ${seconds} s)
  database server  ${database.url}
  demo logins      password ${DEMO_PASSWORD} (every demo physician has it)
${demoLoginLines(demoLogins(), "    ").join("\n")}
  mail             stored in the outbox: sign in as admin and open /admin/outbox
Press Ctrl-C to stop.`);

  for (const child of children) {
    child.child.once("exit", (code) => {
      console.error(`A local process stopped unexpectedly (exit ${code}); shutting down.`);
      void shutdown(1);
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}
