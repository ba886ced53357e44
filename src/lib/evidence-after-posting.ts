import type { ReferenceKey } from "../server/evidence/identifiers";
import { resolvePendingReferences } from "../server/evidence/resolve";
import type { EvidenceSources } from "../server/evidence/sources";
import { parseServerEnv } from "../server/env";
import { databaseFromEnv, type WaitUntil } from "./request-context";

/** The evidence sources as the Worker's vars configure them (README "Configuration"). */
export function evidenceSourcesFrom(env: Record<string, unknown>): EvidenceSources {
  const parsed = parseServerEnv(env);
  return {
    pubmedBaseUrl: parsed.NCBI_EUTILS_BASE_URL,
    crossrefBaseUrl: parsed.CROSSREF_BASE_URL,
    clinicalTrialsBaseUrl: parsed.CLINICALTRIALS_BASE_URL,
    timeoutMs: parsed.EVIDENCE_TIMEOUT_MS,
  };
}

/**
 * Fetches the metadata of the works a post just cited after the answer has gone (waitUntil), on
 * a database client of its own (the page's client belongs to the page's one round trip). Rule:
 * posting never waits for PubMed, Crossref or ClinicalTrials.gov, and their failure is silent
 * here: the rows stay pending, the post keeps its plain links and the daily job tries again.
 */
export function resolveCitationsAfterResponse(context: WaitUntil | undefined, env: Record<string, unknown>, keys: readonly ReferenceKey[] | undefined): void {
  if (!context || !keys || keys.length === 0) return;
  const work = (async () => resolvePendingReferences(databaseFromEnv(env), keys, evidenceSourcesFrom(env), Date.now()))();
  context.waitUntil(work.catch(() => undefined));
}
