import { Hono } from "hono";
import { checkConfiguration, checkHealth } from "../../src/server/health";
import { databaseFor, type ApiEnv } from "./context";

/** 200 only when the settings are complete for the configured mode and the database is migrated. */
export const healthRoutes = new Hono<ApiEnv>().get("/", async (c) => {
  c.header("Cache-Control", "no-store");
  const configuration = checkConfiguration(c.env);
  if (!configuration.ok) return c.json(configuration, 503);
  const report = await checkHealth(databaseFor(c));
  return report.ok ? c.json(report, 200) : c.json(report, 503);
});
