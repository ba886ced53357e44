/**
 * npm run phi:eval [-- FILE.jsonl ...] [--strict] [--verbose] [--show-text] [--runs N]
 *
 * With no file, scores the project's own corpus splits (tests/fixtures/phi-corpus/train.jsonl and
 * test.jsonl: tune on train only) and the shared development corpus (../shared/data/phi/dev.jsonl,
 * read by path, never copied), each on its own.
 *
 * Scores the PHI scanner on a labelled corpus: lines {"id", "text", "phi": [{"category", "match"}]}
 * where `match` is the exact substring (listed once per occurrence).
 *
 * - Recall: a labelled identifier counts as found when a `block` finding overlaps it. Printed
 *   overall and per category (with the share whose overlapping finding has the same category).
 * - False-block rate: identifier-free items (empty `phi`) with any `block` finding.
 * - Benchmark: median and p99 time to scan 20 KB of clinical text built from the corpus texts.
 *
 * Targets: recall >= 0.97 overall (>= 0.98 on the shared dev corpus) and >= 0.93 in every
 * category with 4+ examples, false-block rate <= 3%, median < 5 ms. `--strict` exits 1 when a target is missed. `--verbose` lists misses and
 * false blocks by id and category; their text is printed only with `--show-text`, so clinical text
 * never lands in logs by accident.
 */
import { existsSync, readFileSync } from "node:fs";
import { PHI_CATEGORIES, scanForPhi, type PhiCategory, type PhiFinding } from "../src/server/privacy/index";
import { benchText, timeScans } from "./lib/phi-bench";

interface Label {
  category: PhiCategory;
  match: string;
}
interface Item {
  id: string;
  text: string;
  phi: Label[];
}

const TARGET_RECALL = 0.97;
const TARGET_DEV_RECALL = 0.98;
const TARGET_CATEGORY_RECALL = 0.93;
const TARGET_CATEGORY_MIN_EXAMPLES = 4;
const TARGET_FALSE_BLOCK = 0.03;
const DEFAULT_FILES = ["tests/fixtures/phi-corpus/train.jsonl", "tests/fixtures/phi-corpus/test.jsonl", "../shared/data/phi/dev.jsonl"];
const TARGET_MEDIAN_MS = 5;
const WARMUP_RUNS = 50;

function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const runsIndex = argv.indexOf("--runs");
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 200;
  const positional = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--runs");
  return {
    files: positional,
    strict: flags.has("--strict"),
    verbose: flags.has("--verbose") || flags.has("--show-text"),
    showText: flags.has("--show-text"),
    runs: Number.isFinite(runs) && runs > 0 ? Math.floor(runs) : 200,
  };
}

function isCategory(v: unknown): v is PhiCategory {
  return typeof v === "string" && (PHI_CATEGORIES as readonly string[]).includes(v);
}

function loadCorpus(file: string): Item[] {
  const items: Item[] = [];
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const raw: unknown = JSON.parse(line);
    const where = `${file}:${i + 1}`;
    if (typeof raw !== "object" || raw === null) throw new Error(`${where}: not a JSON object`);
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== "string" || typeof r.text !== "string" || !Array.isArray(r.phi)) {
      throw new Error(`${where}: expected {"id": string, "text": string, "phi": [...]}`);
    }
    const phi: Label[] = r.phi.map((p: unknown, j: number) => {
      const l = p as Record<string, unknown>;
      if (!isCategory(l?.category) || typeof l.match !== "string") {
        throw new Error(`${where}: phi[${j}] needs a known category and a string match`);
      }
      return { category: l.category, match: l.match };
    });
    items.push({ id: r.id, text: r.text, phi });
  });
  return items;
}

type Located = { label: Label; start: number; end: number } | { label: Label; missing: true };

/**
 * Spans of the labels. A match listed k times takes its first k occurrences, skipping occurrences
 * inside a longer label ("Naomi" listed after "Naomi Feld" is the later, standalone "Naomi").
 */
function locateLabels(item: Item): Located[] {
  const order = item.phi.map((label, i) => ({ label, i })).sort((a, b) => b.label.match.length - a.label.match.length);
  const taken: Array<{ start: number; end: number }> = [];
  const result: Located[] = new Array<Located>(item.phi.length);
  for (const { label, i } of order) {
    let at = item.text.indexOf(label.match);
    while (at !== -1 && taken.some((t) => at < t.end && t.start < at + label.match.length)) {
      at = item.text.indexOf(label.match, at + 1);
    }
    if (at === -1) {
      result[i] = { label, missing: true };
    } else {
      taken.push({ start: at, end: at + label.match.length });
      result[i] = { label, start: at, end: at + label.match.length };
    }
  }
  return result;
}

function overlaps(f: PhiFinding, start: number, end: number): boolean {
  return f.start < end && start < f.end;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function lpad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}
function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : "  -  ";
}

function benchmark(items: Item[], runs: number): { median: number; p99: number; chars: number } {
  // 20 KB of clinical text: the corpus texts, concatenated and repeated until long enough.
  const text = benchText(items.map((item) => item.text));
  const times = timeScans(text, runs, WARMUP_RUNS);
  const median = times.length % 2 === 1 ? (times[(times.length - 1) / 2] ?? 0) : ((times[times.length / 2 - 1] ?? 0) + (times[times.length / 2] ?? 0)) / 2;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0;
  return { median, p99, chars: text.length };
}

type Args = ReturnType<typeof parseArgs>;

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const files = args.files.length > 0 ? args.files : DEFAULT_FILES.filter((f) => existsSync(f));
  if (files.length === 0) {
    process.stderr.write("usage: npm run phi:eval [-- FILE.jsonl ...] [--strict] [--verbose] [--show-text] [--runs N]\n");
    return 2;
  }
  const summary: string[] = [];
  let failed = false;
  for (const file of files) {
    const result = evaluate(file, args);
    summary.push(`  ${pad(file, 44)} ${result.summary}`);
    failed ||= result.failures.length > 0;
  }
  if (files.length > 1) process.stdout.write(`\nSummary\n${summary.join("\n")}\n`);
  return args.strict && failed ? 1 : 0;
}

function evaluate(file: string, args: Args): { failures: string[]; summary: string } {
  const isDev = file.endsWith("dev.jsonl");
  const targetRecall = isDev ? TARGET_DEV_RECALL : TARGET_RECALL;
  const items = loadCorpus(file);
  const perCategory = new Map<PhiCategory, { total: number; found: number; sameCategory: number }>();
  for (const c of PHI_CATEGORIES) perCategory.set(c, { total: 0, found: 0, sameCategory: 0 });
  let total = 0;
  let found = 0;
  let cleanItems = 0;
  let falseBlocks = 0;
  let warnsOnClean = 0;
  let strayBlocks = 0;
  const misses: string[] = [];
  const falseBlockLines: string[] = [];
  const strayLines: string[] = [];
  const unlocated: string[] = [];

  for (const item of items) {
    const findings = scanForPhi(item.text);
    const blocks = findings.filter((f) => f.level === "block");
    if (item.phi.length === 0) {
      cleanItems++;
      warnsOnClean += findings.filter((f) => f.level === "warn").length;
      if (blocks.length > 0) {
        falseBlocks++;
        const detail = blocks.map((f) => (args.showText ? `${f.category} ${JSON.stringify(item.text.slice(f.start, f.end))}` : f.category)).join(", ");
        falseBlockLines.push(`  ${item.id}: ${detail}`);
      }
      continue;
    }
    const located = locateLabels(item);
    for (const l of located) {
      const stats = perCategory.get(l.label.category);
      if (!stats) continue;
      total++;
      stats.total++;
      if ("missing" in l) {
        unlocated.push(`  ${item.id}: ${l.label.category} (label text not found in the item)`);
        misses.push(`  ${item.id}: ${l.label.category}${args.showText ? ` ${JSON.stringify(l.label.match)}` : ""}`);
        continue;
      }
      const hits = blocks.filter((f) => overlaps(f, l.start, l.end));
      if (hits.length > 0) {
        found++;
        stats.found++;
        if (hits.some((f) => f.category === l.label.category)) stats.sameCategory++;
      } else {
        const warned = findings.some((f) => f.level === "warn" && overlaps(f, l.start, l.end));
        misses.push(`  ${item.id}: ${l.label.category}${warned ? " (warn only)" : ""}${args.showText ? ` ${JSON.stringify(l.label.match)}` : ""}`);
      }
    }
    for (const f of blocks) {
      const onLabel = located.some((l) => !("missing" in l) && overlaps(f, l.start, l.end));
      if (!onLabel) {
        strayBlocks++;
        strayLines.push(`  ${item.id}: ${f.category}${args.showText ? ` ${JSON.stringify(item.text.slice(f.start, f.end))}` : ""}`);
      }
    }
  }

  const recall = total === 0 ? NaN : found / total;
  const falseBlockRate = cleanItems === 0 ? 0 : falseBlocks / cleanItems;
  const bench = benchmark(items, args.runs);

  const failures: string[] = [];
  const out: string[] = [];
  const labelled = items.length - cleanItems;
  out.push(`PHI scanner evaluation: ${file}`);
  out.push(`  ${items.length} items (${labelled} with identifiers, ${cleanItems} identifier-free), ${total} labelled identifiers`);
  out.push("");
  out.push("Recall (a labelled identifier is found when a block finding overlaps it)");
  // A corpus with no labelled identifiers has no recall to judge.
  const overallOk = total === 0 || recall >= targetRecall;
  if (!overallOk) failures.push("overall recall");
  out.push(`  overall       ${lpad(`${found}/${total}`, 9)}  ${fmt(recall)}   target >= ${targetRecall.toFixed(2)}  ${overallOk ? "ok" : "MISSED"}`);
  out.push("");
  out.push(`  ${pad("category", 12)}  ${lpad("found", 9)}  recall  same-cat  target`);
  for (const c of PHI_CATEGORIES) {
    const s = perCategory.get(c);
    if (!s || s.total === 0) continue;
    const r = s.found / s.total;
    const judged = s.total >= TARGET_CATEGORY_MIN_EXAMPLES;
    const ok = !judged || r >= TARGET_CATEGORY_RECALL;
    if (!ok) failures.push(`recall ${c}`);
    const target = judged ? `>= ${TARGET_CATEGORY_RECALL.toFixed(2)} ${ok ? "ok" : "MISSED"}` : "(n < 4)";
    out.push(`  ${pad(c, 12)}  ${lpad(`${s.found}/${s.total}`, 9)}  ${fmt(r)}   ${lpad(`${s.sameCategory}/${s.total}`, 7)}  ${target}`);
  }
  out.push("");
  out.push("False-block rate (identifier-free items with any block finding)");
  const fbOk = falseBlockRate <= TARGET_FALSE_BLOCK;
  if (!fbOk) failures.push("false-block rate");
  out.push(`  ${lpad(`${falseBlocks}/${cleanItems}`, 9)}  ${(falseBlockRate * 100).toFixed(1)}%   target <= ${(TARGET_FALSE_BLOCK * 100).toFixed(0)}%  ${fbOk ? "ok" : "MISSED"}`);
  out.push(`  warn findings on identifier-free items: ${warnsOnClean}`);
  out.push(`  block findings on labelled items that overlap no label: ${strayBlocks}`);
  out.push("");
  out.push(`Benchmark (${bench.chars} chars of corpus text, ${args.runs} runs after ${WARMUP_RUNS} warm-up)`);
  const benchOk = bench.median < TARGET_MEDIAN_MS;
  if (!benchOk) failures.push("benchmark median");
  out.push(`  median ${bench.median.toFixed(2)} ms   p99 ${bench.p99.toFixed(2)} ms   target median < ${TARGET_MEDIAN_MS} ms  ${benchOk ? "ok" : "MISSED"}`);
  out.push("");
  out.push(failures.length === 0 ? "Targets: all met" : `Targets missed: ${failures.join(", ")}`);
  if (args.verbose) {
    out.push("");
    out.push(`Misses (${misses.length}):`, ...misses);
    out.push(`False blocks (${falseBlockLines.length}):`, ...falseBlockLines);
    out.push(`Blocks overlapping no label (${strayLines.length}):`, ...strayLines);
    if (unlocated.length > 0) out.push(`Labels not found in their text (${unlocated.length}):`, ...unlocated);
  }
  process.stdout.write(`${out.join("\n")}\n\n`);
  const summary = `recall ${fmt(recall)} (${found}/${total})  false blocks ${(falseBlockRate * 100).toFixed(1)}% (${falseBlocks}/${cleanItems})  median ${bench.median.toFixed(2)} ms  ${failures.length === 0 ? "ok" : "MISSED: " + failures.join(", ")}`;
  return { failures, summary };
}

process.exitCode = main();
