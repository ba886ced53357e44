import { describe, expect, it } from "vitest";
import { exportedSchemas, stringFieldsIn } from "../../support/schema-walk";

/*
 * Every string the domain accepts is either scanned for patient identifiers before it is stored
 * or shown, or says why it needs no scan (src/server/privacy/free-text.ts). Found by walking every
 * exported schema, so a free-text field added later fails here until it is classified; the
 * integration test tests/integration/privacy/every-text-scanned.test.ts then proves each scanned
 * field is refused through its domain function.
 */
const modules = import.meta.glob<Record<string, unknown>>("../../../src/server/**/*.ts", { eager: true });
const exported = exportedSchemas(modules);

describe("every free-text field is scanned or says why not", () => {
  it("finds the domain's free-text fields", () => {
    const scanned = exported.flatMap(({ schema }) => stringFieldsIn(schema)).filter((f) => f.mark === "scanned");
    expect(scanned.length).toBeGreaterThan(15);
  });

  for (const { where, schema } of exported) {
    const fields = stringFieldsIn(schema).filter((field) => !field.pinned);
    if (fields.length === 0) continue;
    it(where, () => {
      const unclassified = fields.filter((field) => field.mark === "none").map((field) => field.path || "(the schema itself)");
      expect(unclassified, `${where}: mark these with scannedText() or unscannedText(why)`).toEqual([]);
    });
  }

  it("pseudonyms are scanned although a pattern pins them: they are shown on every signed post", () => {
    const signup = exported.find((e) => e.where.endsWith("signup.ts signupSchema"));
    const pseudonym = stringFieldsIn(signup!.schema).find((f) => f.path === "pseudonym");
    expect(pseudonym?.mark).toBe("scanned");
  });
});
