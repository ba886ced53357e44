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

/** Reads a URL's query string into a plain object for a zod schema (first value wins). */
export function queryObject(url: URL): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in result)) result[key] = value;
  return result;
}
