import { describe, expect, it } from "vitest";
import { blocks } from "./helpers";

/**
 * Ordinary clinical text passes with no block finding (issue item 4). Each case states what kind
 * of text it is; sentences are written for these tests.
 */
const CLEAN: ReadonlyArray<[string, string]> = [
  ["vitals", "BP 120/80, HR 72, RR 16, T 37.1, SpO2 96% RA, MAP 65."],
  ["vitals with a low pressure", "Systolic BP 92, MAP 65, lactate 2.1 after 2 L."],
  ["lab values", "Na 138, K 4.1, Cr 1.2, Hgb 7.9, plt 45, INR 1.8, ferritin 12000, B12 89 pg/mL."],
  ["lab value that looks like an age", "Ki-67 95%, so high grade; sat 91% on 2 L."],
  ["doses and schedules", "Vanc 15-20 mg/kg q8-12h, AUC 400-600; pred 40 mg x 5 days; levo 0.15 mcg/kg/min."],
  ["fractions and scores", "Pain 8/10, strength 4/5, murmur 3/6, AKI 2/2 obstruction, D5 1/2NS at 75, ratio 1:4."],
  ["a fraction after 'on'", "Started on 1/2 tab metoprolol 25 mg."],
  ["ICD-10 codes", "ICD-10 E11.65 vs E11.9; N17.9 for the AKI and J96.01 for the failure."],
  ["CPT and HCPCS codes", "Billed 99215 with modifier 25 plus G2211; CPT 93000 for the ECG."],
  ["PMID", "PMID 34449189 - the EMPEROR-Preserved trial."],
  ["DOI", "doi:10.2337/dc23-0042 has the perioperative table."],
  ["trial registry number", "NCT04564287 is still enrolling for refractory GCA."],
  ["journal link", "https://www.nejm.org/doi/full/10.1056/NEJMoa2206286 - worth reading."],
  ["guideline link", "See www.kdigo.org/guidelines/ckd-evaluation for the staging table."],
  ["guideline name with year", "Per the 2022 AHA/ACC/HFSA guideline, SGLT2i is class 2a in HFpEF."],
  ["years alone", "A1c 6.1 in 2019, 6.8 in 2021; RA since 2015, MTX since 2016."],
  ["relative times", "POD 3 after hip replacement; symptoms started 3 days ago; hospital day 5."],
  ["ages up to 89", "A 78-year-old with orthostasis; 89F with falls; she's 84 and independent."],
  ["eponyms", "Parkinson's, Crohn's flare, Cushing's syndrome, Hashimoto's, Graves' disease, Wernicke's."],
  ["eponym scores", "Wells 4.5, Geneva 6, Centor 1, Child-Pugh B8."],
  ["drug brand names", "Started Jardiance and Ozempic; switched Humira to Skyrizi; Eliquis vs Xarelto."],
  ["hospital names", "Transferred to Johns Hopkins; Mayo Clinic and Mass General both offer second opinions."],
  ["publication dates", "Published in JAMA on June 12, 2023: semaglutide in HFpEF."],
  ["event dates", "Grand rounds on Feb 12 will cover PE; the survey closes on Friday, April 19."],
  ["clock times", "Rapid response at 09:12, intubated 09:40, transferred 10:05."],
  ["a provider's name", "Dr. Sarah Cho (our ID attending) recommends 6 weeks of cefazolin."],
  ["a signature", "Thanks all.\n-- Michael Torres, MD, FACP"],
  ["cited authors", "Smith et al (Lancet 2021) reported an NNT of 12; Jones and Lee disagreed."],
  ["placeholders", "Calling him Mr. Y for the case: 50s, cirrhosis, now with HRS."],
  ["a public hotline", "Called poison control at 1-800-222-1222; very helpful."],
  ["the physician's own line", "For direct admits reach me on my clinic line, 608-555-0173."],
  ["the physician's own e-mail", "Happy to share the protocol - email me at k.osei.md@riverbendhealth.org."],
  ["a drug lot number", "Lot 4ZK22A was recalled by the manufacturer."],
  ["an NDC product code", "NDC 0002-1433-80 is backordered again."],
  ["descriptors after 'pt is'", "Pt is Hispanic and Spanish-speaking; patient is Jehovah's Witness."],
  ["countries and states", "Moved here from Mexico 10 years ago; lives in rural Iowa; flying home to Norway."],
  ["bed and room numbers", "Room 412, bed 2 - the call light is broken again."],
  ["measurements near 90", "He runs 90 minutes a day; she weighs 92 kg; 90% of labelled pts tolerate amoxicillin."],
  ["aggregate old age", "Patients aged 90+ were excluded; age 90 or older is reported as 90+."],
  ["gestational age and Apgars", "G3P1 at 37+5 weeks; Apgar scores 7 and 9; birth weight 2.9 kg."],
  ["textbook references", "Goldman-Cecil 27th ed., ch. 64, p. 1187."],
  ["a problem list", "Problem list:\nHypertension, Diabetes\nCKD 3a, Gout"],
  ["serial measurements", "Serial 12-lead ECGs showed dynamic ST changes."],
  ["TNM staging", "Stage IIIB, T3N2M0, PD-L1 80%."],
  ["a lab value after a pronoun-like verb", "HR was 92 and glucose was 95; Glucose, 95, normal."],
  ["a day range for an event", "Patient Safety Week is March 10-16."],
  ["country initials before a capitalised word", "U.S. Preventive Services Task Force says screen at 45."],
  ["a letter list ending a sentence", "Levels of evidence: A, B, C. Class I, IIa, IIb."],
  ["a toll-free organisation number", "The manufacturer's support line is 1-888-555-0142."],
  ["an institutional colleague's e-mail", "Study coordinator: jane.doe@pitt.edu (RECOVER trial)."],
  ["a public calculator link", "mdcalc.com/calc/324/curb-65 is handy on rounds."],
  ["product codes", "GTIN 00380740000011 on the box, per the FDA recall notice."],
];

describe("clinical text passes with no block", () => {
  for (const [kind, text] of CLEAN) {
    it(`passes ${kind}`, () => {
      expect(blocks(text)).toEqual([]);
    });
  }
});
