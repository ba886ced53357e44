import { fetchJson, trimBase } from "./fetch-json";
import { parseCrossrefWork } from "./parse-crossref";
import type { EvidenceSources } from "./sources";
import type { SourceLookup } from "./work-metadata";

/** Crossref: one GET of `/works/{doi}`, the DOI escaped as one path segment. */
export async function lookupDoi(doi: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${trimBase(sources.crossrefBaseUrl)}/works/${encodeURIComponent(doi)}`;
  const answer = await fetchJson(url, { baseUrl: sources.crossrefBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "Crossref");
  return answer.kind === "json" ? parseCrossrefWork(answer.json) : answer;
}
