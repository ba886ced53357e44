import type { ReferenceKey } from "./identifiers";
import { fetchJson } from "./fetch-json";
import { parseClinicalTrialsStudy } from "./parse-clinicaltrials";
import { parseCrossrefWork } from "./parse-crossref";
import { parseEsummary } from "./parse-esummary";
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

const base = (url: string) => url.replace(/\/+$/, "");

/** PubMed: one esummary GET for one PMID. */
export async function lookupPmid(pmid: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${base(sources.pubmedBaseUrl)}/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=${encodeURIComponent(pmid)}`;
  const answer = await fetchJson(url, { baseUrl: sources.pubmedBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "PubMed (NCBI E-utilities)");
  return answer.kind === "json" ? parseEsummary(answer.json, pmid) : answer;
}

/** Crossref: one GET of `/works/{doi}` (the DOI escaped as one path segment). */
export async function lookupDoi(doi: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${base(sources.crossrefBaseUrl)}/works/${encodeURIComponent(doi)}`;
  const answer = await fetchJson(url, { baseUrl: sources.crossrefBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "Crossref");
  return answer.kind === "json" ? parseCrossrefWork(answer.json) : answer;
}

/** ClinicalTrials.gov: one GET of `/api/v2/studies/{NCT}`. */
export async function lookupNct(nct: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${base(sources.clinicalTrialsBaseUrl)}/api/v2/studies/${encodeURIComponent(nct)}`;
  const answer = await fetchJson(url, { baseUrl: sources.clinicalTrialsBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "ClinicalTrials.gov");
  return answer.kind === "json" ? parseClinicalTrialsStudy(answer.json, nct) : answer;
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
