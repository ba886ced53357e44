import { EVIDENCE_DEFAULT_TIMEOUT_MS, type SourceLookup, type SourceOptions } from "./work-metadata";

/** An answer about one work is a few KB; anything far larger is not an answer. */
const MAX_ANSWER_CHARS = 2_000_000;

export type JsonAnswer = { kind: "json"; status: number; json: unknown } | { kind: "not_found" } | Extract<SourceLookup, { kind: "unreachable" }>;

/**
 * One GET of a JSON document, bounded by the source's timeout (headers and body). Rules: no
 * retries (the daily job is the retry); HTTP 404 is "not found"; any other trouble is a value,
 * never an exception; `sourceName` names the service in the detail, never the identifier asked.
 */
export async function fetchJson(url: string, options: SourceOptions, sourceName: string): Promise<JsonAnswer> {
  // Called as a plain function: workerd rejects the global fetch called with a foreign `this`.
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const signal = AbortSignal.timeout(options.timeoutMs ?? EVIDENCE_DEFAULT_TIMEOUT_MS);
  const failure = (error: unknown): JsonAnswer =>
    signal.aborted || (error instanceof Error && error.name === "TimeoutError")
      ? { kind: "unreachable", reason: "timeout", detail: `${sourceName} did not answer in time.` }
      : { kind: "unreachable", reason: "network", detail: `${sourceName} could not be reached.` };
  let response: Response;
  try {
    response = await send(url, { method: "GET", headers: { accept: "application/json" }, signal });
  } catch (error) {
    return failure(error);
  }
  if (response.status === 404) {
    response.body?.cancel().catch(() => {});
    return { kind: "not_found" };
  }
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    return { kind: "unreachable", reason: "http_status", detail: `${sourceName} answered HTTP ${response.status}.` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failure(error);
  }
  if (text.length > MAX_ANSWER_CHARS) return { kind: "unreachable", reason: "malformed", detail: `${sourceName}'s answer is too large.` };
  try {
    return { kind: "json", status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    return { kind: "unreachable", reason: "malformed", detail: `${sourceName}'s answer is not JSON.` };
  }
}

/** The trouble value for an answer whose shape the parser does not know. */
export function unexpectedShape(sourceName: string): SourceLookup {
  return { kind: "unreachable", reason: "malformed", detail: `${sourceName}'s answer has an unexpected shape.` };
}

/** A base URL without its trailing slashes, so paths join with exactly one. */
export function trimBase(url: string): string {
  return url.replace(/\/+$/, "");
}
