import { describe, expect, it } from "vitest";
import { detectDates } from "../../../src/server/privacy/detectors/dates";
import { blocks, flagged, REFERENCE_YEAR } from "./helpers";

/**
 * Dates with no year, in compact forms and in other languages, tied to the patient's own events
 * (src/server/privacy/detectors/dates.ts). Safe Harbor counts every element of such a date except
 * the year, so a day and a month alone identify. Sentences are written for these tests.
 */
function expectDate(text: string, span: string): void {
  expect(blocks(text)).toContainEqual({ category: "date", level: "block", text: span });
}

function dateBlocks(text: string) {
  return blocks(text).filter((f) => f.category === "date");
}

describe("dates without a year, tied to a patient event", () => {
  it.each([
    ["a day and month after an admission", "She was admitted on 7 March with urosepsis.", "7 March"],
    ["an abbreviated month with a period", "Seen in clinic Sept. 9 with worsening dyspnea.", "Sept. 9"],
    ["a weekday, a day and a month", "He collapsed at home on Thursday 11 April.", "Thursday 11 April"],
    ["a bare ordinal after 'on the'", "She was discharged on the 3rd and came back two days later.", "the 3rd"],
    ["a day-of-month ordinal with 'of'", "Her surgery was on the 12th of Jan and went well.", "the 12th of Jan"],
    ["a month first with an ordinal", "Her symptoms started Mar 14th after a long flight.", "Mar 14th"],
    ["a weekday and an ordinal", "The fall happened on Monday the 14th, around noon.", "Monday the 14th"],
    ["a numeric day/month after an admission", "He was admitted 11/4 with a GI bleed.", "11/4"],
    ["a numeric day/month after 'seen on'", "Pt seen on 2/9 for review of her cellulitis.", "2/9"],
    ["a proper fraction ending the phrase after an event", "Started apixaban 3/5.", "3/5"],
    ["a UK day/month after an ICU admission", "Admitted to ICU 5/3, extubated 8/3.", "5/3"],
    ["both ends of a day range", "Admitted 3/4-3/8 with pneumonia.", "3/8"],
    ["a day/month on a timeline line", "Timeline:\n3/4: ED visit, CT negative\n3/6: LP", "3/4"],
    ["a date after a DOA acronym", "DOA 7/3, DOD 14/3, diagnosis viral fever.", "14/3"],
    ["a test right before the date, in a sentence about a meeting", "For journal club: her endoscopy 8/14, bleeding noticed 9/2.", "8/14"],
    ["a day/month on the same timeline as a blocked one", "For journal club: her endoscopy 8/14, bleeding noticed 9/2.", "9/2"],
    ["a Spanish 'del' before a day/month", "Informe de urgencias del 9/11 sin firmar.", "9/11"],
    ["a military day and month without a year", "Admitted 07JUN with a GI bleed.", "07JUN"],
    ["a month and a two-digit day", "Discharged Oct-14 to a nursing home.", "Oct-14"],
    ["a German date field without a year", "Entlassungsdatum: 14.06.", "14.06."],
    ["a French day/month before 'elle'", "Le 2/5 elle est tombée dans l'escalier.", "2/5"],
    ["a proper fraction before a place of care", "Reviewed 2/5 in clinic for her wound.", "2/5"],
    ["a date in a post about a patient, with no cue in its sentence", "That's my patient in the news story. Drowning on 6 April, now breathless.", "6 April"],
  ])("blocks %s", (_kind, text, span) => {
    expectDate(text, span);
  });
});

describe("compact and numeric date shapes", () => {
  it.each([
    ["YYYYMMDD after a date of birth", "DOB 19850611, referred for a second opinion.", "19850611"],
    ["MMDDYYYY after 'born'", "Born 03141952 according to the transfer form.", "03141952"],
    ["YYYYMMDD in a DICOM-style birth field", "PatientBirthDate: 19510914", "19510914"],
    ["a two-digit-year dashed date", "Admitted 02-09-23 with DKA.", "02-09-23"],
    ["a dotted European date of birth", "geb. 14.03.1952, Aufnahme wegen Pneumonie.", "14.03.1952"],
    ["an ISO date", "Biopsy on 2024-03-14 showed DLBCL.", "2024-03-14"],
    ["an ISO date with a time", "Export: 2024-03-06T03:14 insulin given twice.", "2024-03-06"],
    ["a day-abbreviated month-year", "Admitted 14-Mar-2024 with DKA.", "14-Mar-2024"],
    ["a compact military date", "Admitted 14MAR2024 with chest pain.", "14MAR2024"],
    ["a month and apostrophe year", "He was born in March of '52 on a farm.", "March of '52"],
    ["a month and year with a dot", "seit 03.2024 unter Dialyse, Patient stabil.", "03.2024"],
    ["a CJK date", "紹介状: 2025年9月5日 初診, hematuria.", "2025年9月5日"],
    ["a foreign abbreviated month between slashes", "Fecha de nacimiento: 15/abr/1984", "15/abr/1984"],
    ["a CJK date run into the next word", "紹介状：3月14日より入院, fever.", "3月14日"],
    ["a CJK date after a year run into the next word", "Letter says 2023年6月2日手術 for the valve.", "2023年6月2日"],
    ["a Japanese era date", "The DOB is written as 平成2年4月8日 on the form.", "平成2年4月8日"],
    ["a six-digit date of birth on a specimen sticker", 'The tube sticker said "KOWALCZYK T 140377" again.', "140377"],
    ["a German birth-date abbreviation", 'Anforderung unleserlich: "Maier, K. GebDat 230841".', "230841"],
  ])("blocks %s", (_kind, text, span) => {
    expectDate(text, span);
  });
});

describe("dates in other languages", () => {
  it.each([
    ["French", "La patiente a été hospitalisée le 12 mars pour une pneumonie.", "12 mars"],
    ["French with 1er and a year", "Le patient est né le 1er avril 1950.", "1er avril 1950"],
    ["German with an ordinal dot", "Der Patient wurde am 3. Mai aufgenommen.", "3. Mai"],
    ["German short day and month", "MRT Knie vom 19.09. zeigt einen Meniskusriss.", "19.09."],
    ["Spanish", "La paciente ingresó el 5 de junio con fiebre.", "5 de junio"],
    ["Portuguese", "O paciente foi internado em 12 de maio com dispneia.", "12 de maio"],
    ["French admission line", "Entrée le 23 septembre pour pneumopathie.", "23 septembre"],
  ])("blocks a %s day and month", (_kind, text, span) => {
    expectDate(text, span);
  });
});

describe("not patient dates: nothing blocks", () => {
  it.each([
    ["a guideline year", "The 2023 ESC guidelines changed the recommendation."],
    ["a publication date", "Published 12 March 2021 in NEJM, the trial showed benefit."],
    ["a publication date after a trial with an event word", "The ARREST trial (Lancet, published 14 November 2020) changed practice."],
    ["a congress date", "We discussed it at the congress on 5 May."],
    ["a French conference range", "Les Journées d'Infectiologie du 11 au 13 juin : qui vient ?"],
    ["a German guideline date", "Die neue Leitlinie tritt am 1. Januar in Kraft."],
    ["a Spanish campaign date", "La campaña de vacunación va hasta el 30 de junio."],
    ["a bare year", "She was admitted in 2019 with a first episode."],
    ["a relative time", "Symptoms started 3 days ago."],
    ["a weekday without a day number", "Admitted last Tuesday with chest pain."],
    ["half a tablet", "Take 1/2 tab twice daily."],
    ["a UK day count before 'ago'", "Admitted 2/7 ago with cough."],
    ["UK day and week counts after 'for'", "Cough for 2/7, fever for 3/52."],
    ["a UK month count after 'review in'", "Review in 6/12 in clinic."],
    ["a UK month count after 'f/u'", "f/u 6/12 with repeat bloods."],
    ["a blood pressure", "BP 120/80, HR 72."],
    ["a gestational age", "She is 32+4 weeks pregnant, G2P1."],
    ["a clock time", "Seen at 14:30 in clinic."],
    ["24/7", "We are open 24/7 for admissions."],
    ["a power score", "Power 3/5 in the left arm."],
    ["a pain score", "Pain 4/10 after the procedure."],
    ["visual acuity", "VA 6/9 right eye, 6/12 left eye."],
    ["Snellen 20/40", "Visual acuity 20/40 OU."],
    ["a fraction followed by a noun after an admission", "Admitted with 3/5 weakness in the right arm."],
    ["a share of intake after an admission", "Admitted with 1/3 of her usual intake."],
    ["a GCS", "Admitted with GCS 14/15."],
    ["a score acronym before a fraction", "Seen in clinic: ECOG 1, PS 2/4."],
    ["a murmur grade", "Grade 2/6 systolic murmur."],
    ["positive culture bottles", "Blood cultures 2/2 positive for MRSA."],
    ["a combination dose", "He takes 5/325 oxycodone."],
    ["a version number after labs", "Lab 1.2.10 was reviewed."],
    ["an eponymous disease named after a holiday", "Christmas disease (haemophilia B) needing a dental extraction."],
    ["a record number with no date cue", "Accession 20240311 was sent to pathology."],
    ["a six-digit number with no label cue", "Ticket 140377 was closed by IT."],
    ["a lot number on a label", "Specimen label lot 120523 was recalled by the supplier."],
    ["power before a place of care", "Power 4/5 in the left leg."],
    ["a Roman-numeral version with no birth cue", "Protocol 1.II.2020 is on the intranet."],
    ["a Portuguese registration deadline", "Inscrições para a prova até 30 de abril."],
    ["a Spanish deadline", "El plazo de inscripción termina el 15 de mayo."],
    ["a meeting date with a public cue and no test before it", "Grand rounds 3/4: imaging pitfalls."],
  ])("does not block %s", (_kind, text) => {
    expect(dateBlocks(text)).toEqual([]);
  });
});

describe("timelines and Roman-numeral months", () => {
  it("does not pull a count into a timeline", () => {
    const spans = dateBlocks("Admitted 3/14 with cultures 2/2 positive.").map((f) => f.text);
    expect(spans).toEqual(["3/14"]);
  });
  // Read from the date detector itself: the merged finding may carry another identifier category.
  it("reads a Roman-numeral month after a birth cue as a date", () => {
    const text = "Polish letter: ur. 14.VII.1939, przyjęty z dusznością.";
    const found = detectDates({ text, referenceYear: REFERENCE_YEAR }).map((f) => [f.level, text.slice(f.start, f.end)]);
    expect(found).toContainEqual(["block", "14.VII.1939"]);
  });
});

describe("levels and spans", () => {
  it("warns, not blocks, on a day and month with no person and no event", () => {
    expect(flagged("Daylight saving ended Nov 5 and the clinic ran late.")).toEqual([{ category: "date", level: "warn", text: "Nov 5" }]);
  });
  it("keeps a sentence-final period out of a full month name", () => {
    expectDate("He collapsed on 11 April.", "11 April");
  });
});
