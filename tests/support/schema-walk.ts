import { z } from "zod";
import { isScannedText, whyUnscanned } from "../../src/server/privacy/free-text";

/** Every exported zod schema of src/server, named "file export". */
export function exportedSchemas(modules: Record<string, Record<string, unknown>>): Array<{ where: string; schema: z.ZodType }> {
  return Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module)
      .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
      .map(([name, schema]) => ({ where: `${file.replace(/^.*src\//, "src/")} ${name}`, schema })),
  );
}

export interface StringField {
  /** Dotted path from the exported schema ("options.*" for array items, "values.*" for records). */
  path: string;
  schema: z.ZodType;
  /** The scannedText/unscannedText mark on this string or on a wrapper around it. */
  mark: "scanned" | "unscanned" | "none";
  /** Pinned by a pattern or a format (a slug, a date, an email), so not free text. */
  pinned: boolean;
  /** The marked schema (the string or the wrapper that carries the mark). */
  markedSchema: z.ZodType | null;
}

function isPinned(schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodString)) return true;
  const def = schema._zod.def as { format?: string; checks?: Array<{ _zod: { def: { format?: string } } }> };
  if (def.format) return true;
  return (def.checks ?? []).some((check) => check._zod.def.format !== undefined);
}

/**
 * Every string reachable from a schema, through objects, arrays, records, unions, pipes and
 * wrappers, with the mark it inherits from the nearest marked wrapper.
 */
export function stringFieldsIn(root: z.ZodType): StringField[] {
  const found: StringField[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string, inherited: { mark: StringField["mark"]; schema: z.ZodType | null }): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, path, inherited);
      return;
    }
    if (!(value instanceof z.ZodType) || seen.has(value)) return;
    seen.add(value);
    let here = inherited;
    if (isScannedText(value)) here = { mark: "scanned", schema: value };
    else if (whyUnscanned(value) !== undefined) here = { mark: "unscanned", schema: value };
    if (value instanceof z.ZodString) {
      found.push({ path, schema: value, mark: here.mark, pinned: isPinned(value), markedSchema: here.schema });
    }
    if (value instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(value.shape)) visit(child, path ? `${path}.${key}` : key, here);
      return;
    }
    const def = value._zod.def as unknown as Record<string, unknown>;
    for (const [key, child] of Object.entries(def)) {
      if (key === "catchall") continue;
      const childPath = key === "element" || key === "valueType" ? `${path}.*` : path;
      // A pipe whose output pins its input ("@name" → a pseudonym pattern) pins the input too.
      if (key === "in" && def.out instanceof z.ZodType && stringFieldsIn(def.out).every((f) => f.pinned)) {
        visit(child, childPath, { mark: "unscanned", schema: value });
        continue;
      }
      visit(child, childPath, here);
    }
  };
  visit(root, "", { mark: "none", schema: null });
  return found;
}
