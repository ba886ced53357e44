import { createExports as createAstroExports } from "@astrojs/cloudflare/entrypoints/server.js";
import type { SSRManifest } from "astro";
import { databaseFromEnv } from "./lib/request-context";
import { imageBucketFrom } from "./server/images/bucket";
import { digestSettingsFrom } from "./server/digest/settings";
import { describeJob, runJob } from "./server/jobs/run-job";
import { jobForCron } from "./server/jobs/schedule";

/**
 * The Worker's entry (astro.config.mjs `workerEntryPoint`). `fetch` is the adapter's own handler,
 * untouched, so pages, assets and /api behave exactly as with the default entry; this file only
 * adds `scheduled` for the Cron Triggers of wrangler.toml. `astro dev` ignores a custom entry:
 * locally, run the jobs with `npm run job:*`, or `wrangler dev --test-scheduled`.
 */
export function createExports(manifest: SSRManifest) {
  const astro = createAstroExports(manifest);
  return {
    default: {
      fetch: astro.default.fetch,
      /**
       * Runs the trigger's job to completion before returning, so a failure marks the invocation
       * failed in Cron Events. The job's clock is the scheduled time, not the (later) start time.
       */
      async scheduled(controller: ScheduledController, env: Record<string, unknown>): Promise<void> {
        const job = jobForCron(controller.cron);
        const summary = await runJob(databaseFromEnv(env), job, controller.scheduledTime, {
          digest: () => digestSettingsFrom(env),
          images: () => imageBucketFrom(env),
        });
        console.log(describeJob(summary));
      },
    },
  };
}
