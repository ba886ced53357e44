import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The scanner runs in workerd and in the browser as well as in Node: no Node APIs, no I/O.
 * This reads the module's sources and checks the rule. Imports are relative, or a package.json
 * "#" import whose every condition points inside src/server/privacy (a list the browser's copy
 * leaves out, for one).
 */
const ROOT = join(import.meta.dirname, "../../../src/server/privacy");
const PACKAGE_IMPORTS =
  (JSON.parse(readFileSync(join(import.meta.dirname, "../../../package.json"), "utf8")) as { imports?: Record<string, Record<string, string>> }).imports ?? {};

function portableSpecifier(spec: string): boolean {
  if (/^\.\.?\//.test(spec)) return true;
  const targets = Object.values(PACKAGE_IMPORTS[spec] ?? {});
  return targets.length > 0 && targets.every((target) => target.startsWith("./src/server/privacy/"));
}

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
      for (const spec of imports) expect(portableSpecifier(spec ?? ""), `${spec} is relative or a "#" import inside src/server/privacy`).toBe(true);
    });
    it(`${rel} uses no Node globals`, () => {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/\b(?:Buffer|process|require|__dirname|__filename)\b\s*[.(]/);
    });
  }
});
