/**
 * npx tsx scripts/phi-corpus/make-train.ts [--out FILE] [--stats]
 * npx tsx scripts/phi-corpus/make-train.ts --only train-split/batch-N.ts --out FILE --stats   (one new batch alone)
 *
 * Writes the train split of the project's PHI corpus (tests/fixtures/phi-corpus/train.jsonl) from
 * the hand-written templates and negatives in train-split/batch-*.ts, filled with seeded values (faker names,
 * real place and postcode formats, check-digit-valid national numbers). Deterministic: each item is
 * seeded by its template key and country, so adding a batch never changes earlier items or ids.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { selfTest } from "./train-split/check-digits";
import type { Country } from "./train-split/locales";
import { CATEGORIES, Ctx, finalize, parseMarked, type Batch, type Item } from "./train-split/markup";
import { Rng } from "./train-split/rng";
import { batch1 } from "./train-split/batch-1";
import { batch2 } from "./train-split/batch-2";
import { batch3 } from "./train-split/batch-3";
import { batch4 } from "./train-split/batch-4";
import { batch5 } from "./train-split/batch-5";
import { batch6 } from "./train-split/batch-6";
import { batch7 } from "./train-split/batch-7";
import { batch8 } from "./train-split/batch-8";
import { batch9 } from "./train-split/batch-9";
import { batch10 } from "./train-split/batch-10";
import { batch11 } from "./train-split/batch-11";
import { batch12 } from "./train-split/batch-12";
import { batch13 } from "./train-split/batch-13";
import { batch14 } from "./train-split/batch-14";
import { batch15 } from "./train-split/batch-15";
import { batch16 } from "./train-split/batch-16";
import { batch17 } from "./train-split/batch-17";
import { batch18 } from "./train-split/batch-18";
import { batch19 } from "./train-split/batch-19";
import { batch20 } from "./train-split/batch-20";
import { batch23 } from "./train-split/batch-23";
import { batch24 } from "./train-split/batch-24";

const BATCHES: Batch[] = [batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8, batch9, batch10, batch11, batch12, batch13, batch14, batch15, batch16, batch17, batch18, batch19, batch20, batch23, batch24];
const MAX_TRIES = 12;

interface Built extends Item {
  country: Country;
}

function buildBatch(b: Batch): Built[] {
  const out: Built[] = [];
  for (const t of b.positives) {
    for (const c of t.countries) {
      let done = false;
      let lastProblem = "";
      for (let attempt = 0; attempt < MAX_TRIES && !done; attempt++) {
        const made = t.make(new Ctx(new Rng(`${t.key}:${c}:${attempt}`), c));
        const raw = typeof made === "string" ? made : made.text;
        const res = finalize(raw);
        if ("problem" in res) {
          lastProblem = res.problem;
          continue;
        }
        if (res.phi.length === 0) throw new Error(`${t.key}: positive template produced no labels`);
        const item: Built = { id: "", text: res.text, phi: res.phi, country: c };
        if (typeof made !== "string") item.note = made.note;
        out.push(item);
        done = true;
      }
      if (!done) throw new Error(`${t.key} (${c}): ${lastProblem}`);
    }
  }
  for (const n of b.negatives) {
    const { text, spans } = parseMarked(n.text);
    if (spans.length > 0) throw new Error(`${n.key}: a negative carries labels`);
    const item: Built = { id: "", text, phi: [], country: n.country };
    if (n.note) item.note = n.note;
    out.push(item);
  }
  return new Rng(`shuffle:${b.name}`).shuffle(out);
}

/** The batches to build: all of them, or (`--only FILE`) the one batch a file exports, to check a new batch alone. */
async function batchesToBuild(args: string[]): Promise<Batch[]> {
  const onlyIndex = args.indexOf("--only");
  if (onlyIndex < 0) return BATCHES;
  const file = args[onlyIndex + 1] ?? "";
  const mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  const found = Object.values(mod).filter((v): v is Batch => typeof v === "object" && v !== null && "positives" in v && "negatives" in v);
  if (found.length !== 1) throw new Error(`${file} must export exactly one batch (found ${found.length})`);
  return found;
}

async function main(): Promise<void> {
  selfTest();
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const outFile = outIndex >= 0 ? (args[outIndex + 1] ?? "") : "tests/fixtures/phi-corpus/train.jsonl";
  if (args.includes("--only") && outIndex < 0) throw new Error("--only needs --out FILE, so the train split is not overwritten");
  const items: Built[] = [];
  const keys = new Set<string>();
  for (const b of await batchesToBuild(args)) {
    for (const t of b.positives) {
      if (keys.has(t.key)) throw new Error(`duplicate template key ${t.key}`);
      keys.add(t.key);
    }
    for (const n of b.negatives) {
      if (keys.has(n.key)) throw new Error(`duplicate negative key ${n.key}`);
      keys.add(n.key);
    }
    items.push(...buildBatch(b));
  }
  const texts = new Set<string>();
  items.forEach((it, i) => {
    it.id = `train-${String(i + 1).padStart(4, "0")}`;
    if (texts.has(it.text)) throw new Error(`duplicate text at ${it.id}`);
    texts.add(it.text);
  });
  const lines = items.map((it) => {
    const o: Item = { id: it.id, text: it.text, phi: it.phi };
    if (it.note) o.note = it.note;
    return JSON.stringify(o);
  });
  writeFileSync(outFile, lines.join("\n") + "\n");

  const byCat = new Map<string, number>(CATEGORIES.map((c) => [c, 0]));
  const byCountry = new Map<string, { pos: number; neg: number; labels: number }>();
  let pos = 0;
  for (const it of items) {
    if (it.phi.length > 0) pos++;
    for (const l of it.phi) byCat.set(l.category, (byCat.get(l.category) ?? 0) + 1);
    const s = byCountry.get(it.country) ?? { pos: 0, neg: 0, labels: 0 };
    if (it.phi.length > 0) s.pos++;
    else s.neg++;
    s.labels += it.phi.length;
    byCountry.set(it.country, s);
  }
  console.log(`${items.length} items (${pos} with identifiers, ${items.length - pos} identifier-free) -> ${outFile}`);
  if (args.includes("--stats")) {
    console.log("labels by category:", Object.fromEntries(byCat));
    console.log("by country:", Object.fromEntries([...byCountry].sort((a, b) => b[1].pos + b[1].neg - (a[1].pos + a[1].neg))));
  }
}

await main();
