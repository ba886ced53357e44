import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** The command-line scripts, run as `npm run phi:scan` / `phi:eval` would run them (tsx). */
const PROJECT = join(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "phi-scripts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(PROJECT, "scripts", script), ...args], {
    cwd: PROJECT,
    encoding: "utf8",
  });
}

// Each test starts tsx in a child process (about 1 s, several on a loaded machine).
describe("phi:scan", { timeout: 30_000 }, () => {
  it("writes one {id, findings} line per input line, in order", () => {
    const file = join(dir, "scan.jsonl");
    writeFileSync(file, [JSON.stringify({ id: "a", text: "MRN 4471823, seen 3/12/2024." }), JSON.stringify({ id: "b", text: "BP 120/80, HR 72." })].join("\n"));
    const out = execFileSync(process.execPath, ["--import", "tsx", join(PROJECT, "scripts/phi-scan.ts"), file], {
      cwd: PROJECT,
      encoding: "utf8",
    });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; findings: Array<{ category: string }> });
    expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
    expect(lines[0]?.findings.map((f) => f.category)).toEqual(["mrn", "date"]);
    expect(lines[1]?.findings).toEqual([]);
  });

  it("reports a malformed line as an error line and exits 1", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "ok", text: "fine" })}\nnot json\n`);
    const r = run("phi-scan.ts", [file]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.error).toMatch(/line 2/);
  });
});

describe("phi:eval", { timeout: 30_000 }, () => {
  const corpus = join(dir, "corpus.jsonl");
  writeFileSync(
    corpus,
    [
      JSON.stringify({
        id: "x1",
        text: "DOB 07/04/1950, MRN 8812345.",
        phi: [
          { category: "date", match: "07/04/1950" },
          { category: "mrn", match: "8812345" },
        ],
      }),
      JSON.stringify({ id: "x2", text: "The zebra code is Qwertyuiop.", phi: [{ category: "other_id", match: "Qwertyuiop" }] }),
      JSON.stringify({ id: "x3", text: "Na 138, K 4.1.", phi: [] }),
    ].join("\n"),
  );

  it("prints recall, per-category recall, false-block rate and the benchmark", () => {
    const r = run("phi-eval.ts", [corpus, "--runs", "5"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/overall\s+2\/3/);
    expect(r.stdout).toMatch(/date\s+1\/1/);
    expect(r.stdout).toMatch(/0\/1\s+0\.0%/);
    expect(r.stdout).toMatch(/median [\d.]+ ms\s+p99 [\d.]+ ms/);
  });

  it("exits 1 with --strict when a target is missed", () => {
    const r = run("phi-eval.ts", [corpus, "--strict", "--runs", "5"]);
    expect(r.status).toBe(1);
  });

  it("lists misses by id and category without their text unless --show-text", () => {
    const verbose = run("phi-eval.ts", [corpus, "--verbose", "--runs", "5"]);
    expect(verbose.stdout).toMatch(/x2: other_id/);
    expect(verbose.stdout).not.toContain("Qwertyuiop");
    const shown = run("phi-eval.ts", [corpus, "--show-text", "--runs", "5"]);
    expect(shown.stdout).toContain("Qwertyuiop");
  });
});
