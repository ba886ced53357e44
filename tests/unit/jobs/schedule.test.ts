import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CRON_JOBS, JOB_NAMES, jobForCron } from "../../../src/server/jobs/schedule";

/** The `crons = [...]` list of wrangler.toml's [triggers] table. */
function wranglerCrons(): string[] {
  const toml = readFileSync("wrangler.toml", "utf8");
  const triggers = toml.split(/^\[triggers\]\s*$/m)[1]?.split(/^\[/m)[0] ?? "";
  const list = /^crons\s*=\s*\[([^\]]*)\]/m.exec(triggers)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

describe("the job schedule", () => {
  it("has exactly the Cron Triggers of wrangler.toml, so no trigger runs nothing and no job never runs", () => {
    expect(wranglerCrons().sort()).toEqual(Object.keys(CRON_JOBS).sort());
    expect([...new Set(Object.values(CRON_JOBS))].sort()).toEqual([...JOB_NAMES].sort());
  });

  it("names the job of each trigger and refuses an unknown one", () => {
    for (const [cron, job] of Object.entries(CRON_JOBS)) expect(jobForCron(cron)).toBe(job);
    expect(() => jobForCron("0 0 * * *")).toThrow(/No job is scheduled for cron "0 0 \* \* \*"/);
  });
});
