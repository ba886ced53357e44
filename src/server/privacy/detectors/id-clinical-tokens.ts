/**
 * Clinical tokens that carry digits but identify no one: pathogens ("COVID-19", "H1N1"), markers
 * ("CD4", "CA 19-9"), genes ("BRCA1"), disease codes ("T2DM"), spine levels ("C5-C6") and the
 * abbreviations of scores and measurements that take a number ("GCS 15", "ISS 25", "AHI 58").
 * Detectors consult these before reading a token after a keyword or a label as an identifier.
 */

/** A whole token that is a clinical code, not an identifier. */
export const CLINICAL_CODE =
  /^(?:covid-?19|sars-?cov-?2|mers-?cov|h\d+n\d+|hiv-?[12]|htlv-?[12]|hhv-?\d|hsv-?[12]|hpv-?\d+|cd\d+\+?|il-?\d+|ca[ -]?\d+(?:-\d+)?|t[12]dm|dm[12]|hba1c|a1c|b12|d3|g\d+p\d+|nyha|ckd-?\d\w?|brca[12]|her-?2|sglt-?2|glp-?1|dpp-?4|ace-?[12]|ige|igg\d?|pd-?l?1|ctla-?4|jak[123]|kras|nras|braf|egfr|alk|ros1|ret|met|ntrk\d?|tp53|apoe\d?|c[1-8](?:-c?[1-8])?|t(?:1[0-2]|[1-9])(?:-t?(?:1[0-2]|[1-9]))?|l[1-5](?:-[ls]?[1-5])?|s[1-5](?:-s?[1-5])?|[a-z]\d?)$/i;

/** Letters of clinical abbreviations that are followed by their value ("ISS 25", "PET SUV 9"). */
export const CLINICAL_LETTERS: ReadonlySet<string> = new Set(
  `ISS NISS AIS RTS GCS TBSA SBP DBP MAP HR RR BP ASA NYHA ECOG CD IL HLA COVID SARS HIV HPV HSV CMV EBV
  RSV ICD CRT LV RV EF PHQ GAD MOCA NIHSS CURB SOFA MELD TIMI CKD DM BMI PEEP FIO CPR ICU ED CT MRI PET SUV
  ECG EEG BNP INR PT PTT AST ALT CK CRP WBC HB PLT NA K CA MG PH IV IM SC PO NG GI MI AF VF VT TTM AHI ODI
  ESS TICI LKW CTA TNK AFP CEA PSA TSH VL PCR FEV CIN VIN NHS`.split(/\s+/),
);
