/**
 * The identifiers of cited works Rounds recognises in a post, and their canonical forms.
 *
 * Rules:
 * - PMID: the label "PMID" (any case), an optional colon, then 1–9 digits: `PMID: 12345678`.
 *   A bare number is never a PMID (doses, counts and record numbers look the same).
 * - DOI: `10.` + a 4–9 digit registrant + `/` + a suffix of Crossref's recommended characters
 *   (`-._;()/:` letters and digits); trailing punctuation of the sentence and an unbalanced
 *   closing parenthesis are not part of it. Stored lower-case: DOIs are case-insensitive.
 * - NCT: `NCT` + 8 digits, stored upper-case.
 * - At most MAX_REFERENCES_PER_POST distinct works per post, in order of first appearance.
 */

export type ReferenceKind = "pmid" | "doi" | "nct";

export interface ReferenceKey {
  kind: ReferenceKind;
  /** Canonical: digits for a PMID, lower-case for a DOI, upper-case for an NCT number. */
  identifier: string;
}

export const MAX_REFERENCES_PER_POST = 20;

// One pattern, three alternatives; each must start at a word boundary so "XPMID" or "ANCT…" and
// "110.1000/x" are not read as identifiers.
const IDENTIFIER = /(?<![A-Za-z0-9])(?:PMID:?\s*(\d{1,9})(?!\d)|(10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+)|(NCT\d{8})(?!\d))/gi;

/** The DOI without sentence punctuation after it, and without a ")" that closes nothing inside it. */
function trimDoi(raw: string): string {
  let doi = raw.replace(/[.,;:]+$/, "");
  while (doi.endsWith(")") && count(doi, "(") < count(doi, ")")) doi = doi.slice(0, -1).replace(/[.,;:]+$/, "");
  return doi;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export interface FoundIdentifier extends ReferenceKey {
  /** Where the identifier's text starts and ends in the scanned string (for linking). */
  start: number;
  end: number;
}

/** Every identifier in a plain text, in order, with where it is (duplicates included). */
export function scanIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const match of text.matchAll(IDENTIFIER)) {
    const start = match.index;
    if (match[1] !== undefined) {
      found.push({ kind: "pmid", identifier: String(Number(match[1])), start, end: start + match[0].length });
    } else if (match[2] !== undefined) {
      const doi = trimDoi(match[2]);
      found.push({ kind: "doi", identifier: doi.toLowerCase(), start, end: start + doi.length });
    } else if (match[3] !== undefined) {
      found.push({ kind: "nct", identifier: match[3].toUpperCase(), start, end: start + match[3].length });
    }
  }
  return found;
}

/** The distinct works a text cites, first-cited first, at most MAX_REFERENCES_PER_POST. */
export function uniqueReferences(found: readonly ReferenceKey[]): ReferenceKey[] {
  const seen = new Set<string>();
  const keys: ReferenceKey[] = [];
  for (const { kind, identifier } of found) {
    const key = `${kind}:${identifier}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push({ kind, identifier });
    if (keys.length === MAX_REFERENCES_PER_POST) break;
  }
  return keys;
}

/** The public page of a work: PubMed, doi.org or ClinicalTrials.gov. */
export function referenceUrl(key: ReferenceKey): string {
  switch (key.kind) {
    case "pmid":
      return `https://pubmed.ncbi.nlm.nih.gov/${key.identifier}/`;
    case "doi":
      return `https://doi.org/${key.identifier.split("/").map(encodeDoiPart).join("/")}`;
    case "nct":
      return `https://clinicaltrials.gov/study/${key.identifier}`;
  }
}

/** DOI suffix characters that are safe in a URL path stay as they are; the rest are escaped. */
function encodeDoiPart(part: string): string {
  return encodeURIComponent(part)
    .replace(/%3A/gi, ":")
    .replace(/[()]/g, (char) => (char === "(" ? "%28" : "%29"));
}

/** How a reference reads in a sentence or a label: "PMID 12345678", "doi:10.1/x", "NCT01234567". */
export function referenceLabel(key: ReferenceKey): string {
  switch (key.kind) {
    case "pmid":
      return `PMID ${key.identifier}`;
    case "doi":
      return `doi:${key.identifier}`;
    case "nct":
      return key.identifier;
  }
}

/**
 * A search query that is exactly one identifier (as typed: `PMID: 123`, `10.1056/x`,
 * `https://doi.org/10.1056/x`, `nct01234567`), or null for any other query.
 */
export function referenceInQuery(query: string): ReferenceKey | null {
  const trimmed = query
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "");
  const found = scanIdentifiers(trimmed);
  if (found.length !== 1) return null;
  const [only] = found;
  if (only?.start !== 0 || only.end !== trimmed.length) return null;
  return { kind: only.kind, identifier: only.identifier };
}
