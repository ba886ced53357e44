import type { SSRManifest } from "astro";
import { App } from "astro/app";
import { databaseFromEnv } from "./lib/request-context";
import { handle } from "./lib/worker-handle";
import { useBuildInlineScripts } from "./lib/security-headers";
import { imageBucketFrom } from "./server/images/bucket";
import { digestSettingsFrom } from "./server/digest/settings";
import { describeJob, runJob } from "./server/jobs/run-job";
import { jobForCron } from "./server/jobs/schedule";
import { liveThreadIdOf, openLiveSocket } from "./lib/live/live-socket";
import { ThreadLive } from "./lib/live/thread-live-object";
import { evidenceSourcesFrom } from "./lib/evidence-after-posting";
import { consumeFanOutBatch, fanOutTransportFrom } from "./lib/fan-out-queue";

/**
 * The Worker's entry (astro.config.mjs `workerEntryPoint`). `fetch` is the adapter's own handler
 * (copied in lib/worker-handle.ts with `locals.runtime.cf` read lazily: assets, pages and /api
 * behave exactly as with the default entry) over an App that
 * renders each page to one string instead of a stream; this file also adds `scheduled` for the
 * Cron Triggers of wrangler.toml and `queue` for the channel fan-out queue (FANOUT, ADR 0033), answers the live-update sockets of threads before Astro (a 101
 * answer must not pass through the page middleware) and exports their Durable Object class
 * (ThreadLive, wrangler.toml's THREAD_LIVE binding; ADR 0028). `astro dev` ignores a custom entry: locally, run the jobs with
 * `npm run job:*`, or `wrangler dev --test-scheduled`.
 *
 * Why not stream: the middleware buffers every page anyway (its CSP hashes the inline scripts of
 * the whole HTML), and a streamed page reaches it as a ReadableStream of ~1,000 small chunks, each
 * a TextEncoder call, a stream enqueue and a read promise inside workerd. Profiled, that reading
 * was about a fifth of the home page's Worker CPU (`npx tsx scripts/profile-worker.ts --perf`:
 * workerd's AllReader loop and TextEncoder). Rendered to a string the page is one encode.
 */
export function createExports(manifest: SSRManifest) {
  const app = new App(manifest, false);
  // Every inline script a page can carry, known at build time: the CSP is one string per isolate.
  useBuildInlineScripts(manifest.inlinedScripts.values());
  type Handle = typeof handle;
  // The adapter's handle with a lazy `locals.runtime.cf` (lib/worker-handle.ts).
  return {
    default: {
      fetch: (request: Parameters<Handle>[2], env: Parameters<Handle>[3], context: Parameters<Handle>[4]) => {
        // The adapter types its request with Astro's Request; at run time both are workerd's.
        const workerRequest = request as unknown as Request;
        const liveThreadId = liveThreadIdOf(workerRequest);
        if (liveThreadId !== null) return openLiveSocket(workerRequest, env as unknown as Record<string, unknown>, liveThreadId);
        return handle(manifest, app, request, env, context);
      },
      /**
       * Runs the trigger's job to completion before returning, so a failure marks the invocation
       * failed in Cron Events. The job's clock is the scheduled time, not the (later) start time.
       */
      async scheduled(controller: ScheduledController, env: Record<string, unknown>): Promise<void> {
        const job = jobForCron(controller.cron);
        const summary = await runJob(databaseFromEnv(env), job, controller.scheduledTime, {
          digest: () => digestSettingsFrom(env),
          images: () => imageBucketFrom(env),
          evidence: () => evidenceSourcesFrom(env),
          fanOut: () => fanOutTransportFrom(env, undefined),
        });
        console.log(describeJob(summary));
      },
      /** The channel fan-out's chunks (wrangler.toml [[queues.consumers]] "rounds-fanout"). */
      async queue(batch: MessageBatch<unknown>, env: Record<string, unknown>): Promise<void> {
        await consumeFanOutBatch(batch, env);
      },
    },
    ThreadLive,
  };
}
