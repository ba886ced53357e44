import { defineConfig } from "vitest/config";

// End-to-end: the built Worker under `wrangler dev` against the local libSQL server with the demo
// seed, driven by Debian's Chromium through playwright-core (tests/support/e2e-global-setup.ts).
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/support/e2e-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: 2 cores also serve workerd and the database.
    fileParallelism: false,
  },
});
