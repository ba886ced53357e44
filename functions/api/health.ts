import { Hono } from "hono";
import { checkConfiguration, checkHealth } from "../../src/server/health";
import { checkJobHeartbeats } from "../../src/server/jobs/heartbeat";
import { databaseFor, type ApiEnv } from "./context";

/** 200 only when the settings are complete for the configured mode and the database is migrated. */
export const healthRoutes = new Hono<ApiEnv>()
  .get("/", async (c) => {
    c.header("Cache-Control", "no-store");
    const configuration = checkConfiguration(c.env);
    if (!configuration.ok) return c.json(configuration, 503);
    const report = await checkHealth(databaseFor(c));
    return report.ok ? c.json(report, 200) : c.json(report, 503);
  })
  /**
   * The scheduled jobs' dead man's switch, for an uptime monitor: 200 while every job has
   * succeeded within its allowance, 503 naming the overdue ones. Separate from /api/health, which
   * must stay green where no Cron Trigger fires (npm start, wrangler dev, the tests).
   */
  .get("/jobs", async (c) => {
    c.header("Cache-Control", "no-store");
    const report = await checkJobHeartbeats(databaseFor(c), Date.now());
    const jobs = report.jobs.map(({ job, lastSucceededAt, overdue }) => ({ job, lastSucceededAt, overdue }));
    return c.json({ ok: report.ok, ...(report.reason ? { reason: report.reason } : {}), jobs }, report.ok ? 200 : 503);
  });
