import { crossrefFound, esummaryFound, type EvidenceStubAnswer } from "./evidence-stub-server";

/** The works the e2e evidence stand-in knows (tests/support/e2e-global-setup.ts serves them). */
export const E2E_EVIDENCE = {
  pmid: "35000001",
  pmidTitle: "Restarting anticoagulation after gastrointestinal bleeding: a cohort study.",
  retractedDoi: "10.5555/e2e.retracted-trial",
  retractedTitle: "A randomised trial that was later retracted",
} as const;

export function e2eEvidenceFixtures(): [string, EvidenceStubAnswer][] {
  return [
    [`pmid:${E2E_EVIDENCE.pmid}`, esummaryFound(E2E_EVIDENCE.pmid, { title: E2E_EVIDENCE.pmidTitle, authors: ["Okafor A", "Lee B"], year: 2022 })],
    [
      `doi:${E2E_EVIDENCE.retractedDoi}`,
      crossrefFound(E2E_EVIDENCE.retractedDoi, { title: E2E_EVIDENCE.retractedTitle, authors: ["Ada Smith"], journal: "The Lancet", year: 2020, retracted: true }),
    ],
  ];
}
