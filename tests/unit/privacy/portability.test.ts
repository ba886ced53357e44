import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The scanner runs in workerd and in the browser as well as in Node: no Node APIs, no I/O.
 * This reads the module's sources and checks the rule.
 */
const ROOT = join(import.meta.dirname, "../../../src/server/privacy");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("portability of src/server/privacy", () => {
  const files = sources(ROOT);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const rel = file.slice(ROOT.length + 1);
    it(`${rel} imports only relative modules`, () => {
      const code = readFileSync(file, "utf8");
      const imports = [...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm)].map((m) => m[1]);
      expect(imports.length + (code.includes("import ") ? 0 : 1)).toBeGreaterThan(0);
      for (const spec of imports) expect(spec).toMatch(/^\.\.?\//);
    });
    it(`${rel} uses no Node globals`, () => {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/\b(?:Buffer|process|require|__dirname|__filename)\b\s*[.(]/);
    });
  }
});
