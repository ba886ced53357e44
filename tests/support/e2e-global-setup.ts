import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startLibsqlServerProcess, startWranglerDev } from "../../scripts/lib/processes";
import { prepareLocalDatabase } from "../../scripts/lib/prepare-database";
import { localTotpVars } from "../../scripts/lib/local-config";
import { addDemoImages } from "../../scripts/seed/demo-images";
import { chromiumPath } from "./chromium";
import { individualResult, nppesAnswers, startNppesStub } from "./nppes-stub-server";
import { startEvidenceStub } from "./evidence-stub-server";
import { e2eEvidenceFixtures } from "./e2e-evidence";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database file behind the Worker, for tests that set up members directly. */
    e2eDbFile: string;
    /** NPIs the local registry stand-in knows, with the names it returns. */
    e2eRegistryNpi: string;
  }
}

/** The applicant of the sign-up e2e test: the registry stand-in knows this NPI and name. */
export const E2E_REGISTRY_NPI = "1234567893";

/**
 * A seeded demo database, the local libSQL server, stand-ins for the NPPES registry and the three
 * evidence sources (PubMed, Crossref, ClinicalTrials.gov) and the built Worker under wrangler dev.
 */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail first, with the install hint, when there is no browser
  if (!existsSync("dist/_worker.js/index.js")) {
    throw new Error("e2e tests need the built Worker: run `npm run build` first (npm test does).");
  }
  const dir = mkdtempSync(join(tmpdir(), "rounds-e2e-"));
  const file = join(dir, "e2e.db");
  await prepareLocalDatabase(file);
  const database = await startLibsqlServerProcess({ file });
  const registry = await startNppesStub([[E2E_REGISTRY_NPI, nppesAnswers.found(individualResult({ number: E2E_REGISTRY_NPI, firstName: "Ada", lastName: "Okafor" }))]]);
  const evidence = await startEvidenceStub(e2eEvidenceFixtures());
  const port = await freePort();
  const worker = await startWranglerDev({
    port,
    // SITE_URL on this machine, as npm start sets it (wrangler.toml's is the production address):
    // passkeys take their RP ID from it (webauthn.ts relyingPartyFor).
    vars: {
      DATABASE_URL: database.url,
      NPPES_BASE_URL: registry.url,
      NCBI_EUTILS_BASE_URL: evidence.url,
      CROSSREF_BASE_URL: evidence.url,
      CLINICALTRIALS_BASE_URL: evidence.url,
      MAIL_TRANSPORT: "outbox",
      SITE_URL: `http://127.0.0.1:${port}`,
      ...localTotpVars(),
    },
    persistTo: join(dir, "wrangler-state"),
  });
  // The demo's synthetic images, through the Worker's own upload, as `npm start` adds them.
  await addDemoImages(worker.url, database.url);
  project.provide("baseUrl", worker.url);
  project.provide("e2eDbFile", file);
  project.provide("e2eRegistryNpi", E2E_REGISTRY_NPI);
  return async () => {
    await worker.stop();
    await registry.close();
    await evidence.close();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
