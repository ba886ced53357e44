// npm test — every kind of test, in order: lint and format (biome ci), the type check, unit +
// integration (Node), the Worker build, workers (inside workerd), e2e (Chromium against wrangler
// dev). Ends with one line "Tests: N passed, N failed" and a non-zero exit if anything failed.
import { readFileSync, rmSync } from "node:fs";
import { bin, runToCompletion } from "./lib/processes";

interface Stage {
  name: string;
  command: string;
  args: string[];
  /** A stage still running after this is stopped and fails: about 3x its usual time here. */
  deadlineMinutes: number;
  report?: string;
}

const vitestStage = (name: string, config: string | null, deadlineMinutes: number): Stage => {
  const report = `test-results/${name}.json`;
  return {
    name,
    command: bin("vitest"),
    args: ["run", ...(config ? ["-c", config] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    deadlineMinutes,
    report,
  };
};

const stages: Stage[] = [
  // Lint and format (biome.jsonc) and the type check: cheap, and first, so a slip fails in seconds.
  { name: "lint", command: bin("biome"), args: ["ci", "."], deadlineMinutes: 3 },
  { name: "types", command: bin("tsc"), args: ["--noEmit", "-p", "tsconfig.json"], deadlineMinutes: 5 },
  vitestStage("node", null, 15),
  { name: "build", command: bin("astro"), args: ["build"], deadlineMinutes: 10 },
  vitestStage("workers", "vitest.workers.config.ts", 15),
  vitestStage("e2e", "vitest.e2e.config.ts", 40),
];

let passed = 0;
let failed = 0;
const failedStages: string[] = [];
const started = performance.now();

for (const stage of stages) {
  if (stage.report) rmSync(stage.report, { force: true });
  console.log(`\n=== ${stage.name} ===`);
  const stageStarted = performance.now();
  let ok = true;
  try {
    await runToCompletion(stage.command, stage.args, { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, stage.deadlineMinutes * 60_000);
  } catch {
    ok = false;
  }
  if (stage.report) {
    try {
      const report = JSON.parse(readFileSync(stage.report, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      if (report.numTotalTests === 0) ok = false;
    } catch {
      ok = false;
    }
  }
  console.log(`=== ${stage.name}: ${ok ? "ok" : "FAILED"} in ${((performance.now() - stageStarted) / 1000).toFixed(1)} s ===`);
  if (!ok) {
    failedStages.push(stage.name);
    // Later stages need the build; without it they can only fail for the same reason.
    if (stage.name === "build") break;
  }
}

console.log(`\nAll tests took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (failedStages.length) console.log(`Failed stages: ${failedStages.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exitCode = failedStages.length ? 1 : 0;
