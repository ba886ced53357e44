import { fetchJson, trimBase } from "./fetch-json";
import { parseClinicalTrialsStudy } from "./parse-clinicaltrials";
import type { EvidenceSources } from "./sources";
import type { SourceLookup } from "./work-metadata";

/** ClinicalTrials.gov: one GET of API v2 `/api/v2/studies/{NCT}`. */
export async function lookupNct(nct: string, sources: EvidenceSources): Promise<SourceLookup> {
  const url = `${trimBase(sources.clinicalTrialsBaseUrl)}/api/v2/studies/${encodeURIComponent(nct)}`;
  const answer = await fetchJson(url, { baseUrl: sources.clinicalTrialsBaseUrl, timeoutMs: sources.timeoutMs, fetch: sources.fetch }, "ClinicalTrials.gov");
  return answer.kind === "json" ? parseClinicalTrialsStudy(answer.json, nct) : answer;
}
