import { z } from "zod";
import { busyError } from "../server/db/transient-errors";
import { isDomainError } from "../server/errors";

export interface PageProblem {
  status: number;
  title: string;
  message: string;
}

/**
 * Turns a failure of a page's domain call into what the page shows. Domain errors carry a
 * sentence meant for members; anything else is logged (stack only) and shown as a generic 500.
 */
export function pageProblem(error: unknown): PageProblem {
  error = busyError(error) ?? error;
  if (isDomainError(error)) {
    switch (error.code) {
      case "NOT_FOUND":
        return { status: 404, title: "Not found", message: error.message };
      case "INVALID":
        return { status: 400, title: "That link is not quite right", message: error.message };
      case "UNAVAILABLE":
        return { status: 503, title: "Rounds is unavailable", message: error.message };
      default:
        return { status: 400, title: "Something is not right", message: error.message };
    }
  }
  console.error("Unhandled page error", error instanceof Error ? error.stack : String(error));
  return { status: 500, title: "Something went wrong", message: "Something went wrong on our side. Please try again." };
}

/**
 * Reads a query string into a plain object for a zod schema (first value wins), keeping only the
 * keys the schema reads. Rule: a link works whatever tracking parameters mail "safe links", chat
 * apps and social tools add to it (utm_source, fbclid, ref…); request bodies stay `.strict()`.
 */
export function queryObject(params: URL | URLSearchParams | Record<string, string>, schema: z.ZodType): Record<string, string> {
  const known = queryKeysOf(schema);
  const entries = params instanceof URL ? params.searchParams : params instanceof URLSearchParams ? params : Object.entries(params);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) if (known.has(key) && !(key in result)) result[key] = value;
  return result;
}

const queryKeys = new WeakMap<z.ZodType, Set<string>>();

/** The field names of the object at the root of a query schema (through pipes and wrappers). */
function queryKeysOf(schema: z.ZodType): Set<string> {
  let keys = queryKeys.get(schema);
  if (keys) return keys;
  keys = new Set<string>();
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current instanceof z.ZodType; depth++) {
    if (current instanceof z.ZodObject) {
      for (const key of Object.keys(current.shape)) keys.add(key);
      break;
    }
    const def = current._zod.def as { in?: unknown; innerType?: unknown; schema?: unknown };
    current = def.in ?? def.innerType ?? def.schema;
  }
  queryKeys.set(schema, keys);
  return keys;
}
