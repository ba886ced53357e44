/**
 * npx tsx scripts/phi-bench-profile.ts [FILE.jsonl] [--runs N] [--regex-costs]
 *
 * The scanner's 20 KB benchmark text, the one `npm run phi:eval` times (the corpus texts joined by
 * blank lines, repeated to 20,480 characters), scanned N times (default 300) for a CPU profile:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/phi-prof --import tsx scripts/phi-bench-profile.ts
 *
 * `--regex-costs` instead lists every regular expression the scan runs over the whole text, by
 * what one pass of it over the text costs on its own (µs), most expensive first: a profile of the
 * scanner is flat, and this says which passes are worth a rewrite (docs/decisions/0038).
 *
 * Prints timings and regex sources only, never corpus text.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { scanForPhi } from "../src/server/privacy/index";
import { benchText, timeScans } from "./lib/phi-bench";

function benchTextOf(file: string): string {
  return benchText(
    readFileSync(file, "utf8")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

/** Each non-sticky regex that one scan runs over (most of) the text, with one pass's cost alone. */
function regexCosts(text: string): { micros: number; source: string }[] {
  const seen = new Map<string, RegExp>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (String(s).length > text.length / 2 && !this.sticky) seen.set(`/${this.source}/${this.flags}`, this);
    return exec.call(this, s);
  };
  try {
    scanForPhi(text);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen].map(([source, re]) => {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    const pass = () => {
      g.lastIndex = 0;
      for (let m = g.exec(text); m; m = g.exec(text)) if (m[0].length === 0) g.lastIndex++;
    };
    for (let i = 0; i < 20; i++) pass();
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) pass();
    return { micros: (performance.now() - t0) * 10, source };
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 300;
  const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ?? "tests/fixtures/phi-corpus/train.jsonl";
  const text = benchTextOf(file);
  for (let i = 0; i < 50; i++) scanForPhi(text);
  if (args.includes("--regex-costs")) {
    const costs = regexCosts(text).sort((a, b) => b.micros - a.micros);
    const total = costs.reduce((sum, c) => sum + c.micros, 0);
    console.log(`${costs.length} regexes over the whole text, ${(total / 1000).toFixed(2)} ms for one pass of each`);
    for (const c of costs) console.log(`${c.micros.toFixed(1).padStart(8)} µs  ${c.source.slice(0, 160)}`);
    return;
  }
  const times = timeScans(text, runs, 0);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0).toFixed(2);
  console.log(`${text.length} chars, ${runs} scans: p10 ${at(0.1)} ms, median ${at(0.5)} ms, p90 ${at(0.9)} ms`);
}

main();
