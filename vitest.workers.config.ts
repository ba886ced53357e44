import { existsSync } from "node:fs";
import { defineWorkersConfig } from "@cloudflare/vitest-pool-workers/config";

// Runs tests inside workerd with the built Worker (dist/, from `astro build`) as SELF, against a
// local libSQL server that tests/support/workers-global-setup.ts starts in a Node child process.
if (!existsSync("dist/_worker.js/index.js")) {
  throw new Error("Workers tests need the built Worker: run `npm run build` first (npm test does).");
}

export default defineWorkersConfig({
  test: {
    name: "workers",
    include: ["tests/workers/**/*.test.ts"],
    globalSetup: ["tests/support/workers-global-setup.ts"],
    testTimeout: 30_000,
    poolOptions: {
      workers: ({ inject }) => ({
        singleWorker: true,
        main: "./dist/_worker.js/index.js",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            DATABASE_URL: inject("workersDatabase").url,
            MAIL_TRANSPORT: "outbox",
            // Signs unsubscribe links in the digest tests; a fixed value, for tests only.
            SIGNING_SECRET: "workers-tests-signing-secret-0123456789abcdef",
            // Evidence sources: a closed local port, so no workers test ever asks a real service.
            NCBI_EUTILS_BASE_URL: "http://127.0.0.1:9",
            CROSSREF_BASE_URL: "http://127.0.0.1:9",
            CLINICALTRIALS_BASE_URL: "http://127.0.0.1:9",
            FIXTURE_THREAD_PATH: inject("workersDatabase").threadPath,
            FIXTURE_SESSION_COOKIE: inject("workersDatabase").sessionCookie,
          },
        },
      }),
    },
  },
});
