import type { z } from "zod";
import { DomainError } from "./errors";

/**
 * What a member or client reads when a `.strict()` schema meets a field it does not know. A key
 * is client text, so a long one is cut short rather than echoed in full.
 */
export function unknownFieldMessage(key: string): string {
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
  return `Unknown field "${shown}".`;
}

/**
 * Parses input with a domain schema; on failure throws INVALID naming each bad field in plain
 * words (unknown fields of a `.strict()` schema are named too). Field problems are collected in a
 * Map, so a client's key such as "__proto__" is reported like any other instead of vanishing
 * into an object's prototype.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = new Map<string, string>();
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields.set(key, unknownFieldMessage(key));
      continue;
    }
    const path = issue.path.map(String).join(".") || "input";
    if (!fields.has(path)) fields.set(path, issue.message);
  }
  const summary = [...fields.values()].join(" ");
  throw new DomainError("INVALID", summary || "The input is not valid.", Object.fromEntries(fields));
}
