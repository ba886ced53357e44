import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startLibsqlServerProcess, startWranglerDev } from "../../scripts/lib/processes";
import { prepareLocalDatabase } from "../../scripts/lib/prepare-database";
import { chromiumPath } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A seeded demo database, the local libSQL server and the built Worker under wrangler dev. */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail first, with the install hint, when there is no browser
  if (!existsSync("dist/_worker.js/index.js")) {
    throw new Error("e2e tests need the built Worker: run `npm run build` first (npm test does).");
  }
  const dir = mkdtempSync(join(tmpdir(), "rounds-e2e-"));
  const file = join(dir, "e2e.db");
  await prepareLocalDatabase(file);
  const database = await startLibsqlServerProcess({ file });
  const worker = await startWranglerDev({
    port: await freePort(),
    vars: { DATABASE_URL: database.url },
    persistTo: join(dir, "wrangler-state"),
  });
  project.provide("baseUrl", worker.url);
  return async () => {
    await worker.stop();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
