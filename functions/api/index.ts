import { Hono } from "hono";
import { authRoutes } from "./auth";
import { checkedBody } from "./body-guard";
import { composeRoutes } from "./compose";
import { apiSecurityHeaders, sameOriginJsonOnly, sessionViewer, type ApiEnv } from "./context";
import { differentialRoutes } from "./differentials";
import { editRoutes } from "./edits";
import { errorResponse } from "./errors";
import { followingRoutes } from "./following";
import { forumRoutes } from "./forum";
import { healthRoutes } from "./health";
import { imageRoutes } from "./images";
import { meRoutes } from "./me";
import { moderationRoutes } from "./moderation";
import { searchRoutes } from "./search";

/**
 * The Hono app behind every /api/* request. It runs inside the same Worker as the Astro pages
 * (mounted by src/pages/api/[...path].ts), so `astro dev`, `wrangler dev` and production agree.
 * Order matters: CSRF first (before any work), then the body's size and encoding (before the
 * session costs a query), then the session, then each route's own gate.
 */
export function createApiApp() {
  const app = new Hono<ApiEnv>().basePath("/api");
  app.use(apiSecurityHeaders);
  app.route("/health", healthRoutes);
  // Multipart uploads and image bytes: their own body rule and guards (functions/api/images.ts).
  app.route("/images", imageRoutes);
  app.use(sameOriginJsonOnly);
  app.use(checkedBody);
  app.use(sessionViewer);
  app.route("/auth", authRoutes);
  app.route("/me", meRoutes);
  app.route("/", forumRoutes);
  app.route("/", composeRoutes);
  app.route("/", editRoutes);
  app.route("/", moderationRoutes);
  app.route("/", searchRoutes);
  app.route("/", followingRoutes);
  app.route("/", differentialRoutes);
  app.notFound((c) => c.json({ error: { code: "NOT_FOUND", message: "No such API route." } }, 404));
  app.onError(errorResponse);
  return app;
}

export const apiApp = createApiApp();
export type ApiApp = typeof apiApp;
