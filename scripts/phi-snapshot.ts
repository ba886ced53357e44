/**
 * npx tsx scripts/phi-snapshot.ts OUT.txt [FILE.jsonl ...] [--tests DIR]
 *
 * Writes what the PHI scanner finds, one line per text: the item's id followed by its findings
 * (category, start, end, level, message) sorted by position. Two snapshots taken before and after
 * a refactor must be byte-identical (compare them with `cmp`): a size or speed change that alters
 * a single finding is a bug.
 *
 * `--tests DIR` also scans every string literal of at least 3 characters in the .ts files of DIR
 * (the unit tests' sentences), read with the TypeScript parser; their id is file:index.
 *
 * The reference year is pinned so a snapshot does not change when the calendar does. Nothing is
 * printed but counts: texts may be clinical and must not land in logs.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { scanForPhi } from "../src/server/privacy/index";

const REFERENCE_YEAR = 2026;

function findingsLine(id: string, text: string): string {
  const found = scanForPhi(text, { referenceYear: REFERENCE_YEAR })
    .map((f) => `${f.category}:${f.start}-${f.end}:${f.level}:${f.message}`)
    .sort();
  return `${id}\t${found.join("\t")}`;
}

function jsonlTexts(file: string): [string, string][] {
  const out: [string, string][] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const raw = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof raw.text !== "string") throw new Error(`${file}:${i + 1}: no text`);
      out.push([`${file}:${typeof raw.id === "string" ? raw.id : i + 1}`, raw.text]);
    });
  return out;
}

/** Every string literal (and template without substitutions) of 3+ characters in the file. */
function literalTexts(file: string): [string, string][] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: [string, string][] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length >= 3) {
      out.push([`${file}:${out.length}`, node.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out) throw new Error("usage: phi-snapshot.ts OUT.txt [FILE.jsonl ...] [--tests DIR]");
  const texts: [string, string][] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--tests") {
      const dir = args[++i];
      if (!dir) throw new Error("--tests needs a directory");
      for (const f of readdirSync(dir)
        .filter((x) => x.endsWith(".ts"))
        .sort())
        texts.push(...literalTexts(join(dir, f)));
    } else {
      texts.push(...jsonlTexts(a));
    }
  }
  const lines = texts.map(([id, text]) => findingsLine(id, text));
  writeFileSync(out, lines.join("\n") + "\n");
  const findings = lines.reduce((n, l) => n + l.split("\t").length - 1, 0);
  console.log(`${texts.length} texts, ${findings} findings -> ${out}`);
}

main();
