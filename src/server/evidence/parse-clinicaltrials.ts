import { z } from "zod";
import { cleanText, yearOf, type SourceLookup } from "./work-metadata";
import { unexpectedShape } from "./fetch-json";

const SOURCE = "ClinicalTrials.gov";

// ClinicalTrials.gov API v2 `/api/v2/studies/{NCT}`: {"protocolSection": {identificationModule
// {nctId, briefTitle, officialTitle}, statusModule{startDateStruct{date}, studyFirstSubmitDate},
// sponsorCollaboratorsModule{leadSponsor{name}}, contactsLocationsModule{overallOfficials[{name}]}}}.
const studySchema = z.object({
  protocolSection: z.object({
    identificationModule: z.object({ nctId: z.string(), briefTitle: z.string().nullish(), officialTitle: z.string().nullish() }).passthrough(),
    statusModule: z
      .object({ startDateStruct: z.object({ date: z.string().nullish() }).passthrough().nullish(), studyFirstSubmitDate: z.string().nullish() })
      .passthrough()
      .nullish(),
    sponsorCollaboratorsModule: z
      .object({ leadSponsor: z.object({ name: z.string().nullish() }).passthrough().nullish() })
      .passthrough()
      .nullish(),
    contactsLocationsModule: z
      .object({ overallOfficials: z.array(z.object({ name: z.string().nullish() }).passthrough()).nullish() })
      .passthrough()
      .nullish(),
  }),
});

/**
 * Reads a ClinicalTrials.gov study: its brief title, first overall official, lead sponsor (shown
 * where a paper shows its journal) and start year (else the year it was first submitted). Trials
 * are not retracted; an answer about another NCT number is not evidence about this one.
 */
export function parseClinicalTrialsStudy(json: unknown, nct: string): SourceLookup {
  const parsed = studySchema.safeParse(json);
  if (!parsed.success) return unexpectedShape(SOURCE);
  const study = parsed.data.protocolSection;
  if (study.identificationModule.nctId.toUpperCase() !== nct) return unexpectedShape(SOURCE);
  return {
    kind: "found",
    work: {
      title: cleanText(study.identificationModule.briefTitle) ?? cleanText(study.identificationModule.officialTitle),
      firstAuthor: cleanText(study.contactsLocationsModule?.overallOfficials?.[0]?.name, 200),
      journal: cleanText(study.sponsorCollaboratorsModule?.leadSponsor?.name, 300),
      year: yearOf(study.statusModule?.startDateStruct?.date) ?? yearOf(study.statusModule?.studyFirstSubmitDate),
      retracted: false,
      corrected: false,
    },
  };
}
