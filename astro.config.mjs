// @ts-check
import cloudflare from "@astrojs/cloudflare";
import { defineConfig } from "astro/config";
import { writeCommonPasswordBuckets } from "./src/lib/common-passwords/write-buckets.ts";
import { vendorAssets } from "./scripts/vendor-assets.ts";

/**
 * The browser chunk of a module of the patient-identifier scanner (src/server/privacy/), or
 * undefined to let Rollup place it. Rule: a chunk only imports chunks of an earlier layer.
 * @param {string} id
 */
function phiScannerChunk(id) {
  const path = id.split("/src/server/privacy/")[1];
  if (path === undefined) return undefined;
  if (/^(?:lexicon\/|clinical-allowlist|context|public-text)/.test(path)) return "scan-for-phi-lexicon";
  if (path.startsWith("detectors/names")) return "scan-for-phi-names";
  if (path.startsWith("detectors/address")) return "scan-for-phi-places";
  if (/^detectors\/id(?:-|entifiers)/.test(path)) return "scan-for-phi-ids";
  return undefined;
}

// One Worker: prerendered public pages and assets, SSR forum pages, and /api/* (Hono) through
// src/pages/api/[...path].ts. See docs/decisions/0003-one-worker-mount.md.
export default defineConfig({
  output: "server",
  adapter: cloudflare({
    // `astro dev` reads wrangler.toml [vars] and .dev.vars through the platform proxy.
    platformProxy: { enabled: true },
    imageService: "passthrough",
    // The adapter's fetch handler plus a `scheduled` handler for the Cron Triggers (src/worker.ts),
    // and the Durable Object class of the live-update sockets (ADR 0028).
    workerEntryPoint: { path: "src/worker.ts", namedExports: ["ThreadLive"] },
  }),
  server: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
  // The image checker's OCR engine, model and face model are served from /vendor/ (never a CDN):
  // copied from node_modules before every build and dev server (scripts/vendor-assets.ts).
  integrations: [
    { name: "rounds-vendor-assets", hooks: { "astro:config:setup": async () => void (await vendorAssets()) } },
    // The common-password list as 256 static bucket files the Worker reads through ASSETS, instead
    // of 200 KB of its bundle (src/lib/common-passwords/; docs/decisions/0029).
    { name: "rounds-common-passwords", hooks: { "astro:config:setup": async () => void (await writeCommonPasswordBuckets()) } },
    // ROUNDS_SERVER_SOURCEMAP=1 (scripts/profile-worker.ts --build): source maps for the Worker's
    // bundle only, so a profile names source files; never for the browser's assets.
    // The patient-identifier scanner loads on first focus of a checked field (PhiLiveCheck) as one
    // entry chunk and the sub-chunks below, which the entry imports statically, so they are fetched
    // with it, in parallel. Layers keep the chunk graph acyclic: shared lists and helpers, then the
    // largest detector groups, then the entry with the rest (docs/decisions/0038).
    {
      name: "rounds-phi-scanner-chunks",
      hooks: {
        "astro:build:setup": ({ vite, target }) => {
          if (target !== "client") return;
          const rollupOptions = (vite.build ??= {}).rollupOptions ?? {};
          const output = Array.isArray(rollupOptions.output) ? (rollupOptions.output[0] ?? {}) : (rollupOptions.output ?? {});
          vite.build.rollupOptions = { ...rollupOptions, output: { ...output, manualChunks: phiScannerChunk } };
        },
      },
    },
    {
      name: "rounds-server-sourcemap",
      hooks: {
        "astro:build:setup": ({ vite, target }) => {
          if (process.env.ROUNDS_SERVER_SOURCEMAP === "1" && target === "server") vite.build = { ...vite.build, sourcemap: true };
        },
      },
    },
  ],
  // CSRF is src/middleware.ts's assertSameOriginRequest (src/server/auth/csrf.ts), which is stricter
  // than Astro's check (every method and content type; Origin "null" refused) and allows the one
  // exception Astro's cannot: the mailbox provider's one-click unsubscribe POST from its servers
  // (RFC 8058), which carries no Origin. Astro's would answer it 403 before our middleware runs.
  security: { checkOrigin: false },
  // Prerendered pages as welcome.html (served at /welcome), so links never gain a trailing slash.
  build: { format: "file" },
  // Rounds keeps its own sessions in the database (src/server/auth); Astro's KV-backed sessions
  // stay off so the Worker needs no SESSION KV binding.
  session: { driver: "null" },
  vite: {
    build: {
      // face-api (the image checker's face detector, 1.3 MB) is a lazy chunk loaded only after an image is attached.
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        // zod 4.6 ships comments Rollup cannot place; they are harmless and only clutter the build.
        onwarn(warning, warn) {
          if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/zod/")) return;
          warn(warning);
        },
      },
    },
  },
});
