/**
 * Writes the held-out TEST split of the project's PHI corpus: tests/fixtures/phi-corpus/test.jsonl.
 *
 *   npx tsx scripts/phi-corpus/make-test.ts [--stats]
 *
 * Deterministic: every template draws from its own RNG seeded by its key, so adding a template
 * never changes another item. Hand-written templates (test-split/batch-*.ts) mark identifiers
 * inline; values come from faker, curated place lists and check-digit-valid number generators.
 * Keep this generator away from anyone tuning the scanner: it is as revealing as the split itself.
 */
import { writeFileSync } from "node:fs";
import { CATEGORIES, Gen, type Draft, type Tpl } from "./test-split/build";
import { selfTest } from "./test-split/ids";
import { Rng } from "./test-split/rng";
import { batches } from "./test-split/batches";

const OUT = "tests/fixtures/phi-corpus/test.jsonl";

interface Item {
  id: string;
  text: string;
  phi: Array<{ category: string; match: string }>;
  note?: string;
}

/** The evaluator's label placement (longest first, first free occurrence) must land on our spans. */
function placementMatches(d: Draft): boolean {
  const order = d.labels.map((l, i) => ({ l, i })).sort((a, b) => b.l.match.length - a.l.match.length);
  const taken: Array<{ start: number; end: number }> = [];
  for (const { l } of order) {
    let at = d.text.indexOf(l.match);
    while (at !== -1 && taken.some((t) => at < t.end && t.start < at + l.match.length)) at = d.text.indexOf(l.match, at + 1);
    if (at === -1) return false;
    taken.push({ start: at, end: at + l.match.length });
  }
  const want = d.labels.map((l) => `${l.start}:${l.match.length}`).sort().join(",");
  const got = taken.map((t) => `${t.start}:${t.end - t.start}`).sort().join(",");
  return want === got;
}

function main(): void {
  selfTest();
  const all: Tpl[] = batches.flat();
  const keys = new Set<string>();
  const items: Item[] = [];
  const problems: string[] = [];
  const texts = new Set<string>();
  const byCat = new Map<string, number>();
  const byCountry = new Map<string, { pos: number; neg: number }>();
  const styles = new Map<string, number>();
  for (const tp of all) {
    if (keys.has(tp.key)) problems.push(`duplicate key ${tp.key}`);
    keys.add(tp.key);
    const d = tp.make(new Gen(Rng.fromKey(`test-split:${tp.key}`)));
    if (texts.has(d.text)) problems.push(`duplicate text ${tp.key}`);
    texts.add(d.text);
    if (!placementMatches(d)) problems.push(`label placement differs from the evaluator's in ${tp.key}: ${d.labels.map((l) => l.match).join(" | ")}`);
    for (const l of d.labels) byCat.set(l.category, (byCat.get(l.category) ?? 0) + 1);
    const c = byCountry.get(tp.country) ?? { pos: 0, neg: 0 };
    if (d.labels.length > 0) c.pos++;
    else c.neg++;
    byCountry.set(tp.country, c);
    styles.set(tp.style, (styles.get(tp.style) ?? 0) + 1);
    const item: Item = {
      id: `test-${String(items.length + 1).padStart(4, "0")}`,
      text: d.text,
      phi: d.labels.map((l) => ({ category: l.category, match: l.match })),
    };
    if (d.note !== undefined) item.note = d.note;
    items.push(item);
  }
  writeFileSync(OUT, items.map((i) => JSON.stringify(i)).join("\n") + "\n");
  const pos = items.filter((i) => i.phi.length > 0).length;
  process.stdout.write(`${items.length} items (${pos} with identifiers, ${items.length - pos} identifier-free) -> ${OUT}\n`);
  if (process.argv.includes("--stats")) {
    process.stdout.write(`by category: ${CATEGORIES.map((c) => `${c} ${byCat.get(c) ?? 0}`).join(", ")}\n`);
    process.stdout.write(`by country (with ids/free): ${[...byCountry].map(([k, v]) => `${k} ${v.pos}/${v.neg}`).join(", ")}\n`);
    process.stdout.write(`styles: ${[...styles].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
  }
  if (problems.length > 0) {
    process.stderr.write(problems.join("\n") + "\n");
    process.exitCode = 1;
  }
}

main();
