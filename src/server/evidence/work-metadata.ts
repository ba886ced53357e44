/** What a card shows about a cited work, in our own shape, whichever source described it. */
export interface WorkMetadata {
  title: string | null;
  /** "Smith J" (PubMed), "Ada Smith" (Crossref), the trial's overall official or sponsor. */
  firstAuthor: string | null;
  /** Journal name, or for a trial its lead sponsor. */
  journal: string | null;
  year: number | null;
  /** The source says the work itself was retracted (or withdrawn or removed). */
  retracted: boolean;
  /** The source lists a correction (erratum, corrigendum) of the work. */
  corrected: boolean;
}

export type SourceTrouble = "timeout" | "network" | "http_status" | "malformed";

export type SourceLookup =
  | { kind: "found"; work: WorkMetadata }
  | { kind: "not_found" }
  /** `detail` is safe to log: it never holds the identifier of what a member cited. */
  | { kind: "unreachable"; reason: SourceTrouble; detail: string };

/** A source's per-request settings. */
export interface SourceOptions {
  baseUrl: string;
  /** Covers the whole exchange, headers and body (3 s by default: the budget per source). */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const EVIDENCE_DEFAULT_TIMEOUT_MS = 3000;

/** Text trimmed with inner runs of white space made one space, and markup tags dropped; "" is null. */
export function cleanText(value: unknown, maxLength = 500): string | null {
  if (typeof value !== "string") return null;
  const text = value
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return null;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** A plausible publication year from a number or the first four-digit run of a date text. */
export function yearOf(value: unknown): number | null {
  const year = typeof value === "number" ? value : typeof value === "string" ? Number(/\b(1[5-9]\d\d|2\d\d\d)\b/.exec(value)?.[1]) : NaN;
  return Number.isInteger(year) && year >= 1500 && year <= 2999 ? year : null;
}
