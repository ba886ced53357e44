import { Hono } from "hono";
import { checkHealth } from "../../src/server/health";
import { databaseFor, type ApiEnv } from "./context";

export const healthRoutes = new Hono<ApiEnv>().get("/", async (c) => {
  const report = await checkHealth(databaseFor(c));
  c.header("Cache-Control", "no-store");
  return report.ok ? c.json(report, 200) : c.json(report, 503);
});
