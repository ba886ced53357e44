import type { ReferenceKey } from "./identifiers";
import { lookupNct } from "./clinicaltrials-client";
import { lookupDoi } from "./crossref-client";
import { lookupPmid } from "./pubmed-client";
import type { SourceLookup } from "./work-metadata";

/** Where each source lives (base URLs from the Worker's vars) and how long each may take. */
export interface EvidenceSources {
  /** NCBI E-utilities, e.g. "https://eutils.ncbi.nlm.nih.gov". */
  pubmedBaseUrl: string;
  /** Crossref REST API, e.g. "https://api.crossref.org". */
  crossrefBaseUrl: string;
  /** ClinicalTrials.gov, e.g. "https://clinicaltrials.gov". */
  clinicalTrialsBaseUrl: string;
  timeoutMs: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** The source that describes this kind of reference. */
export function lookupReference(key: ReferenceKey, sources: EvidenceSources): Promise<SourceLookup> {
  switch (key.kind) {
    case "pmid":
      return lookupPmid(key.identifier, sources);
    case "doi":
      return lookupDoi(key.identifier, sources);
    case "nct":
      return lookupNct(key.identifier, sources);
  }
}

export { lookupDoi, lookupNct, lookupPmid };
