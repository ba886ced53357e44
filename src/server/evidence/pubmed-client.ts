import { fetchJson, trimBase } from "./fetch-json";
import { parseEsummary } from "./parse-esummary";
import type { EvidenceSources } from "./sources";
import type { SourceLookup } from "./work-metadata";

/** PubMed: one NCBI E-utilities esummary GET (retmode=json) for one PMID. */
export async function lookupPmid(pmid: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${trimBase(sources.pubmedBaseUrl)}/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=${encodeURIComponent(pmid)}`;
  const answer = await fetchJson(url, { baseUrl: sources.pubmedBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "PubMed (NCBI E-utilities)");
  return answer.kind === "json" ? parseEsummary(answer.json, pmid) : answer;
}
