import { fetchJson, trimBase } from "./fetch-json";
import { parseEsummary } from "./parse-esummary";
import type { EvidenceSources } from "./sources";
import type { SourceLookup } from "./work-metadata";

/** PMIDs per esummary request: NCBI takes comma lists; 20 keeps the URL and the answer small. */
export const PMIDS_PER_REQUEST = 20;

/**
 * PubMed: one NCBI E-utilities esummary GET (retmode=json) for up to PMIDS_PER_REQUEST PMIDs,
 * so a post or a job run citing many papers spends one request, not one each (NCBI allows 3 a
 * second without an API key). Answers by PMID; trouble with the request is every PMID's trouble.
 */
export async function lookupPmids(pmids: readonly string[], sources: EvidenceSources): Promise<Map<string, SourceLookup>> {
  const ids = [...new Set(pmids)].slice(0, PMIDS_PER_REQUEST);
  const url = `${trimBase(sources.pubmedBaseUrl)}/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=${ids.map(encodeURIComponent).join(",")}`;
  const answer = await fetchJson(url, { baseUrl: sources.pubmedBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "PubMed (NCBI E-utilities)");
  return new Map(ids.map((pmid) => [pmid, answer.kind === "json" ? parseEsummary(answer.json, pmid) : answer]));
}

/** PubMed: one PMID. */
export async function lookupPmid(pmid: string, sources: EvidenceSources): Promise<SourceLookup> {
  return (await lookupPmids([pmid], sources)).get(pmid)!;
}
