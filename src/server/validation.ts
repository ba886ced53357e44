import type { z } from "zod";
import { DomainError } from "./errors";

/**
 * Parses input with a domain schema; on failure throws INVALID naming each bad field in plain
 * words (unknown fields of a `.strict()` schema are named too).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[key] = `"${key}" is not a field this form accepts.`;
      continue;
    }
    const path = issue.path.join(".") || "input";
    fields[path] ??= issue.message;
  }
  const summary = Object.values(fields).join(" ");
  throw new DomainError("INVALID", summary || "The input is not valid.", fields);
}
