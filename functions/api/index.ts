import { Hono } from "hono";
import { type ApiEnv } from "./context";
import { errorResponse } from "./errors";
import { healthRoutes } from "./health";

/**
 * The Hono app behind every /api/* request. It runs inside the same Worker as the Astro pages
 * (mounted by src/pages/api/[...path].ts), so `astro dev`, `wrangler dev` and production agree.
 */
export function createApiApp() {
  const app = new Hono<ApiEnv>().basePath("/api");
  app.route("/health", healthRoutes);
  app.notFound((c) => c.json({ error: { code: "NOT_FOUND", message: "No such API route." } }, 404));
  app.onError(errorResponse);
  return app;
}

export const apiApp = createApiApp();
export type ApiApp = typeof apiApp;
