/**
 * Batch 10 of the train split: identifier-free hard negatives only, in voices the earlier batches
 * do not use - journal-club summaries with authors, trials and conference cities, M&M and teaching
 * posts full of eponymous signs and scores, brand drugs with strengths, device models and software
 * versions, lab tables with reference ranges and times, ward/bay/bed boards, rota and bleep talk,
 * guideline and statute citations, billing codes, public helplines, named colleagues, famous
 * patients from the literature, population statistics, capitalised form labels, non-English words
 * that look like names, hashtags and course URLs. Generated items draw their values from a stream
 * seeded by their own key, so the batch is deterministic and never shifts earlier items.
 */
import { familyFirst } from "./locales";
import type { Country } from "./locales";
import { Ctx, type Batch, type Negative } from "./markup";
import { Rng } from "./rng";

/** A negative whose text is drawn from its own seeded stream (key + country), like a template item. */
const gen = (key: string, country: Country, make: (x: Ctx) => string, note?: string): Negative => {
  const text = make(new Ctx(new Rng(`${key}:${country}`), country));
  return note ? { key, country, text, note } : { key, country, text };
};

/** One item per country, each told its position so it can take a different sentence skeleton. */
const many = (prefix: string, countries: readonly Country[], make: (x: Ctx, i: number) => string, note: string): Negative[] =>
  countries.map((c, i) => gen(`${prefix}-${c.toLowerCase()}`, c, (x) => make(x, i), note));
/** The i-th entry, wrapping: generated items in one family never share a fixed sentence. */
const at = <T>(xs: readonly T[], i: number): T => {
  const v = xs[i % xs.length];
  if (v === undefined) throw new Error("empty pool");
  return v;
};

/** A number with `dp` decimals in [lo, hi], written with the country's decimal mark. */
const num = (x: Ctx, lo: number, hi: number, dp: number, comma = false): string => {
  const v = (lo + x.r.next() * (hi - lo)).toFixed(dp);
  return comma ? v.replace(".", ",") : v;
};
const hhmm = (x: Ctx, lo = 0, hi = 23): string => `${String(x.int(lo, hi)).padStart(2, "0")}:${String(x.int(0, 11) * 5).padStart(2, "0")}`;
const EAST_ASIAN: readonly Country[] = ["CN", "JP", "KR", "VN"];
/** A colleague as the country writes a doctor's name (family first in East Asia). */
const doc = (x: Ctx, female?: boolean): string => {
  const p = x.p(female === undefined ? {} : { female });
  return EAST_ASIAN.includes(x.c) ? familyFirst(p) : `${p.given} ${p.family}`;
};
const surname = (x: Ctx): string => x.p().family;

// --- Journal club -------------------------------------------------------------------------------
interface Trial { name: string; author: string; journal: string; year: number; topic: string; finding: string; shown: string }
const TRIALS: readonly Trial[] = [
  { name: "DAPA-HF", author: "McMurray", journal: "NEJM", year: 2019, topic: "HFrEF", finding: "a 26% relative reduction in the composite of worsening HF or CV death", shown: "presented at the ESC Congress in Paris, 2019" },
  { name: "EMPEROR-Preserved", author: "Anker", journal: "NEJM", year: 2021, topic: "HFpEF", finding: "benefit driven mostly by fewer HF hospitalisations", shown: "presented at the virtual ESC Congress 2021" },
  { name: "ISCHEMIA", author: "Maron", journal: "NEJM", year: 2020, topic: "stable CAD", finding: "no mortality benefit of an invasive strategy over OMT", shown: "presented at the AHA Scientific Sessions in Philadelphia, November 2019" },
  { name: "STEP-HFpEF", author: "Kosiborod", journal: "NEJM", year: 2023, topic: "obese HFpEF", finding: "better KCCQ scores and 6MWD with semaglutide 2.4 mg", shown: "presented at the ESC Congress in Amsterdam, August 2023" },
  { name: "SELECT", author: "Lincoff", journal: "NEJM", year: 2023, topic: "obesity without diabetes", finding: "a 20% MACE reduction with semaglutide", shown: "presented at the AHA Scientific Sessions in Philadelphia, November 2023" },
  { name: "PARTNER 3", author: "Mack", journal: "NEJM", year: 2019, topic: "low-risk aortic stenosis", finding: "TAVR non-inferior, in fact superior, to SAVR at one year", shown: "presented at ACC.19 in New Orleans" },
  { name: "ANNEXA-I", author: "Connolly", journal: "NEJM", year: 2024, topic: "factor Xa inhibitor ICH", finding: "better haemostasis with andexanet but more thrombotic events", shown: "presented at ESOC 2024 in Basel" },
  { name: "CLEAR Outcomes", author: "Nissen", journal: "NEJM", year: 2023, topic: "statin intolerance", finding: "bempedoic acid cut MACE by 13%", shown: "presented at ACC.23 in New Orleans" },
  { name: "RECOVERY (dexamethasone arm)", author: "Horby", journal: "NEJM", year: 2021, topic: "COVID-19 on oxygen", finding: "lower 28-day mortality in ventilated patients", shown: "released as a preprint in June 2020" },
  { name: "ARTESiA", author: "Healey", journal: "NEJM", year: 2024, topic: "device-detected AF", finding: "fewer strokes with apixaban at the cost of more major bleeding", shown: "presented at AHA 2023 in Philadelphia" },
  { name: "NOAH-AFNET 6", author: "Kirchhof", journal: "NEJM", year: 2023, topic: "atrial high-rate episodes", finding: "no stroke reduction with edoxaban and more bleeding", shown: "presented at ESC 2023 in Amsterdam" },
  { name: "TTM2", author: "Dankiewicz", journal: "NEJM", year: 2021, topic: "out-of-hospital arrest", finding: "no difference between 33 °C and normothermia", shown: "published online in June 2021" },
  { name: "FLOW", author: "Perkovic", journal: "NEJM", year: 2024, topic: "diabetic kidney disease", finding: "a 24% lower risk of the kidney composite on semaglutide", shown: "presented at the ERA Congress in Stockholm, May 2024" },
  { name: "ELAN", author: "Fischer", journal: "NEJM", year: 2023, topic: "DOAC timing after ischaemic stroke", finding: "early start was at least as safe as late", shown: "presented at ESOC 2023 in Munich" },
  { name: "HALT-IT", author: "Roberts", journal: "Lancet", year: 2020, topic: "GI bleeding", finding: "no benefit of tranexamic acid and more VTE", shown: "published in June 2020" },
  { name: "SURMOUNT-1", author: "Jastreboff", journal: "NEJM", year: 2022, topic: "obesity", finding: "up to 20.9% weight loss on tirzepatide 15 mg", shown: "presented at the ADA Scientific Sessions in New Orleans, June 2022" },
  { name: "CLASSIC", author: "Meyhoff", journal: "NEJM", year: 2022, topic: "septic shock fluids", finding: "no mortality difference with restrictive fluids", shown: "presented at ESICM LIVES 2022 in Paris" },
  { name: "EXTEND", author: "Ma", journal: "NEJM", year: 2019, topic: "wake-up stroke", finding: "more good outcomes with alteplase guided by perfusion imaging", shown: "presented at ESOC 2019 in Milan" },
];
const jcOpen = [
  "Journal club write-up for the juniors who were on nights:", "Our Tuesday journal club (cardiology, 12:30, seminar room 2) covered", "Summary of this week's JC for anyone who missed it -",
  "Presented at registrar teaching today:", "Quick journal club digest:", "Residents' academic half-day, journal club segment:", "JC notes, as promised on the group chat:",
];
const jcClose = [
  "Does anyone's trust actually prescribe this way yet?", "Happy to share the slides if you DM me.", "Would love to hear how your unit has changed practice.", "Critique welcome - I'm new to appraisal.",
  "Our pharmacist thinks the NNT doesn't justify the cost. Thoughts?", "Any registrar who disagrees, reply below.", "Next week: the CLOTS 3 follow-up, volunteers needed.",
];
const jcChair = [
  (c: string) => `${c} chaired and pushed us on the fragility index and the open-label design.`,
  (c: string) => `${c} led the appraisal; the main gripe was the composite endpoint.`,
  (c: string) => `Appraisal by ${c}: solid randomisation, but industry-funded and stopped early.`,
  (c: string) => `${c} reminded everyone the absolute risk difference was under 2%.`,
];
const jcThen = ["Then", "Second paper:", "We set it against", "Followed by"];
const journalClub = (x: Ctx, i: number): string => {
  const a = x.pick(TRIALS);
  let b = x.pick(TRIALS);
  while (b.name === a.name) b = x.pick(TRIALS);
  const chair = `${x.pick(["Dr", "Prof", "Dr", "Professor"])} ${surname(x)}`;
  return `${at(jcOpen, i)} ${a.name} (${a.author} et al., ${a.journal} ${a.year}) in ${a.topic} - ${a.finding}. ${at(jcThen, i)} ${b.name} (${b.author}, ${b.journal} ${b.year}), ${b.shown}: ${b.finding}. ${at(jcChair, i)(chair)} ${at(jcClose, i)}`;
};

// --- Lab tables ------------------------------------------------------------------------------
interface Analyte { n: string; lo: number; hi: number; unit: string; dp: number; flagLo: number; flagHi: number }
const SI: readonly Analyte[] = [
  { n: "Na", lo: 133, hi: 146, unit: "mmol/L", dp: 0, flagLo: 118, flagHi: 152 },
  { n: "K", lo: 3.5, hi: 5.3, unit: "mmol/L", dp: 1, flagLo: 2.6, flagHi: 6.8 },
  { n: "Urea", lo: 2.5, hi: 7.8, unit: "mmol/L", dp: 1, flagLo: 2.0, flagHi: 38 },
  { n: "Creat", lo: 59, hi: 104, unit: "µmol/L", dp: 0, flagLo: 40, flagHi: 640 },
  { n: "CRP", lo: 0, hi: 5, unit: "mg/L", dp: 0, flagLo: 0, flagHi: 310 },
  { n: "Hb", lo: 130, hi: 170, unit: "g/L", dp: 0, flagLo: 62, flagHi: 190 },
  { n: "WCC", lo: 4.0, hi: 11.0, unit: "x10^9/L", dp: 1, flagLo: 0.4, flagHi: 32 },
  { n: "Plt", lo: 150, hi: 400, unit: "x10^9/L", dp: 0, flagLo: 9, flagHi: 900 },
  { n: "Lactate", lo: 0.5, hi: 2.0, unit: "mmol/L", dp: 1, flagLo: 0.5, flagHi: 9.5 },
  { n: "Bili", lo: 0, hi: 21, unit: "µmol/L", dp: 0, flagLo: 0, flagHi: 240 },
  { n: "ALT", lo: 0, hi: 40, unit: "U/L", dp: 0, flagLo: 0, flagHi: 2400 },
  { n: "Albumin", lo: 35, hi: 50, unit: "g/L", dp: 0, flagLo: 14, flagHi: 52 },
  { n: "Corrected Ca", lo: 2.2, hi: 2.6, unit: "mmol/L", dp: 2, flagLo: 1.55, flagHi: 3.6 },
  { n: "Mg", lo: 0.7, hi: 1.0, unit: "mmol/L", dp: 2, flagLo: 0.31, flagHi: 1.9 },
  { n: "hs-TnT", lo: 0, hi: 14, unit: "ng/L", dp: 0, flagLo: 0, flagHi: 4800 },
  { n: "INR", lo: 0.8, hi: 1.2, unit: "", dp: 1, flagLo: 0.8, flagHi: 7.9 },
];
const panel = (x: Ctx, n: number): Analyte[] => {
  const pool = x.r.shuffle(SI);
  return pool.slice(0, n);
};
const value = (x: Ctx, a: Analyte): string => {
  const abnormal = x.chance(0.55);
  if (!abnormal) return num(x, a.lo, a.hi, a.dp);
  return x.chance(0.5) ? num(x, a.flagLo, a.lo, a.dp) : num(x, a.hi, a.flagHi, a.dp);
};
const range = (a: Analyte): string => `${a.lo.toFixed(a.dp)}-${a.hi.toFixed(a.dp)}`;

const labMarkdown = (x: Ctx, i: number): string => {
  const rows = panel(x, x.int(5, 7));
  const t1 = hhmm(x, 0, 7);
  const t2 = hhmm(x, 11, 15);
  const t3 = hhmm(x, 19, 23);
  const lines = rows.map((a) => `| ${a.n} | ${value(x, a)} | ${value(x, a)} | ${value(x, a)} | ${range(a)} ${a.unit} |`.replace(/ {2,}\|/g, " |"));
  const q = at([
    "Which of these actually changes management tonight?", "Med reg wants to repeat everything at 06:00. Overkill?", "Would you call ITU outreach on these numbers alone?",
    "How often do you recheck the potassium after a dextrose-insulin?", "Does this trend look like a lab artefact to anyone?", "Teaching point for the F1s: look at the trend, not the flag.",
  ], i);
  const lead = at(["Trend from a long night on the AMU:", "Resus bay 2 numbers, three draws:", "Serial bloods from the HDU, for discussion:", "Cross-cover puzzle, anonymised:"], i);
  return `${lead}\n\n| Test | ${t1} | ${t2} | ${t3} | Ref |\n|---|---|---|---|---|\n${lines.join("\n")}\n\n${q}`;
};
const labInline = (x: Ctx, i: number): string => {
  const rows = panel(x, x.int(4, 6));
  const parts = rows.map((a) => `${a.n} ${value(x, a)}${a.unit ? ` ${a.unit}` : ""} (${range(a)}) @ ${hhmm(x)}`);
  const lead = at(["bloods back:", "post-take labs:", "overnight VBG + chem:", "results from the hot lab:", "labs on the board round:"], i);
  const tail = at(["anything i'm missing??", "reg says ignore the CRP. agree?", "is the K haemolysed or real, lab didn't comment", "thoughts before i bleep the on-call biochemist"], i);
  return `${lead} ${parts.join("; ")}. ${tail}`;
};
const labKeyValue = (x: Ctx, i: number): string => {
  const rows = panel(x, x.int(5, 6));
  const body = rows.map((a) => `${a.n}: ${value(x, a)} ${a.unit} [ref ${range(a)}]`.replace(/ {2,}/g, " ")).join("\n");
  return `Sample received ${hhmm(x, 0, 9)}, reported ${hhmm(x, 9, 12)} (TAT ${x.int(42, 190)} min)\n${body}\n${at([`Comment: sample mildly haemolysed (H-index ${x.int(30, 140)}).`, `Lab note: lipaemic, results may be affected (L-index ${x.int(200, 900)}).`, "Authorised by duty biochemist."], i)}\n${at(["Our lab's turnaround has doubled since the merger with the hub lab. Anyone else living with a hub-and-spoke pathology model?", "Is a two-hour wait for a routine U&E acceptable on a medical take? Our governance lead says yes.", "Would you act on the haemolysis comment or repeat first?"], i)}`;
};

// --- Ward boards and rotas -----------------------------------------------------------------
const board = (x: Ctx, i: number): string => {
  const ward = x.pick(["Ward 7B", "Ward 22", "AMU", "Ward 4 (Respiratory)", "CDU", "Ward 11A", "SAU"]);
  const items = [
    `Bay ${x.int(1, 6)} Bed ${x.int(1, 6)}: ${x.pick(["NIV, pH improving", "for OGD today", "TTO ready, awaiting transport", "new AKI, fluids up", "Wells score 6, CTPA booked"])}`,
    `Bay ${x.int(1, 6)} Bed ${x.int(7, 24)}: ${x.pick(["Glasgow-Blatchford 9, scope in the morning", "CURB-65 of 3, IV co-amox", "delirium, 4AT 6", "post-fall, CT head clear", "Child-Pugh C, ascitic tap at 14:00"])}`,
    `Side room ${x.int(1, 12)}: ${x.pick(["C. diff, barrier nursing", "CPE contact", "end of life, family present", "norovirus, bay closed"])}`,
    `Pod ${x.pick(["A", "B", "C", "D"])}: ${x.pick(["2 outliers from surgery", "3 boarders from ED", "empty until 16:00", "1 escalation bed open"])}`,
  ];
  return `${ward} board at ${hhmm(x, 7, 9)}:\n- ${items.join("\n- ")}\n${at(["Is a 4-bay board like this enough for a safe handover, or do you still print lists?", "Bed managers want the EDD on every line. Does anyone find that useful?", "We're piloting an electronic whiteboard next month - worth it?"], i)}`;
};
const rota = (x: Ctx, i: number): string => {
  const bleep = x.int(1000, 9999);
  const ext = x.int(2000, 7999);
  const lines = [
    `Med reg on call: bleep ${bleep}`,
    `Night F1: bleep ${x.int(1000, 9999)}`,
    `Outreach: ext ${ext}`,
    `Site manager: ext ${x.int(2000, 7999)} (${x.pick(["8/7 cover", "7/7 cover", "24/7", "weekdays 9-5 only"])})`,
  ];
  const lead = at(["Rota gap alert for the weekend.", "Sunday cover looks grim again.", "Heads-up from the rota coordinator:", "Swapped shifts, updated contacts below."], i);
  const ask = at([
    `Anyone free to pick up the ${x.pick(["9-5", "8-8", "20:00-08:30", "twilight 14:00-22:00"])} on ${x.pick(["Saturday", "Sunday", "bank holiday Monday"])}? Locum rate agreed.`,
    "Is 1-in-6 nights with no zero days after still compliant with the 2016 contract?",
    "How many of you still carry a physical bleep vs Vocera or Teams?",
  ], i);
  return `${lead}\n${lines.join("\n")}\n${ask}`;
};

// --- Colleagues, institutions, codes -----------------------------------------------------------
const HOSPITALS: Partial<Record<Country, string[]>> = {
  UK: ["St Thomas' Hospital in London", "the Queen Elizabeth in Birmingham", "Addenbrooke's in Cambridge", "the Royal Infirmary of Edinburgh", "Leeds General Infirmary"],
  US: ["Massachusetts General in Boston", "UCSF in San Francisco", "Johns Hopkins in Baltimore", "Northwestern Memorial in Chicago", "Vanderbilt in Nashville"],
  IE: ["St James's Hospital, Dublin", "Cork University Hospital", "University Hospital Galway", "the Mater in Dublin"],
  CA: ["Toronto General", "Vancouver General", "the Jewish General in Montreal", "Foothills in Calgary"],
  AU: ["Royal Prince Alfred in Sydney", "the Alfred in Melbourne", "Royal Brisbane and Women's", "Fiona Stanley in Perth"],
  IN: ["CMC Vellore", "PGIMER Chandigarh", "KEM Hospital, Mumbai", "NIMHANS Bengaluru"],
  DE: ["Charité Berlin", "UKE Hamburg", "Klinikum rechts der Isar, München", "Uniklinik Heidelberg"],
  FR: ["Pitié-Salpêtrière, Paris", "HCL, Lyon", "CHU de Bordeaux", "AP-HM, Marseille"],
  BR: ["HC-FMUSP, São Paulo", "Hospital de Clínicas de Porto Alegre", "Hospital Israelita Albert Einstein, São Paulo", "Santa Casa de Belo Horizonte"],
  ZA: ["Groote Schuur in Cape Town", "Chris Hani Baragwanath in Soweto", "Inkosi Albert Luthuli in Durban"],
  NG: ["LUTH in Lagos", "UCH Ibadan", "ABUTH Zaria", "UNTH Enugu"],
  JP: ["Kyoto University Hospital", "St. Luke's in Tokyo", "Osaka University Hospital"],
  KR: ["Samsung Medical Center in Seoul", "Asan Medical Center", "Seoul National University Hospital"],
  ES: ["Vall d'Hebron, Barcelona", "Hospital La Paz, Madrid", "Virgen del Rocío, Sevilla"],
};
const colleagues = (x: Ctx): string => {
  const hosp = x.r.shuffle(HOSPITALS[x.c] ?? HOSPITALS.UK ?? []);
  const a = doc(x, false);
  const b = doc(x, true);
  const h1 = hosp[0] ?? "";
  const h2 = hosp[1] ?? "";
  switch (x.c) {
    case "DE":
      return `Fortbildung gestern: Prof. Dr. ${a} (${h1}) über Sepsis-Bündel, danach Dr. ${b} (${h2}) zu Delir auf der Intensivstation. Folien gibt's im Intranet. Wer war noch da und hat die Diskussion zur qSOFA-Kritik mitbekommen?`;
    case "FR":
      return `Staff commun avec le Pr ${a} (${h1}) et le Dr ${b} (${h2}) sur les endocardites : tout le monde d'accord pour le relais oral à J10 selon POET. Vous faites pareil ?`;
    case "BR":
      return `Aula excelente do Prof. ${a} (${h1}) sobre DRESS e da Dra. ${b} (${h2}) sobre SCORTEN. Alguém gravou? Perdi a segunda metade porque estava de plantão.`;
    case "ES":
      return `Sesión conjunta con el Dr. ${a} (${h1}) y la Dra. ${b} (${h2}) sobre ECMO en el shock cardiogénico. ¿Alguien tiene el protocolo de canulación que enseñaron?`;
    case "JP":
    case "KR":
      return `Grand rounds today: Prof. ${a} (${h1}) on IgG4-related disease, then Dr. ${b} (${h2}) on the new steroid-sparing data. Very clear talks. Does anyone have the reference list?`;
    default:
      return `Huge thanks to Dr ${a} (${h1}) and Prof ${b} (${h2}) for the regional ${x.pick(["sepsis", "heart failure", "frailty", "stroke thrombectomy", "paediatric DKA"])} study day. Their point about ${x.pick(["time-to-antibiotics audits", "diuretic resistance", "the Clinical Frailty Scale", "transfer times", "cerebral oedema"])} stuck with me. Recordings on the deanery site?`;
  }
};
const codes = (x: Ctx, i: number): string => {
  const icd = x.pick([
    ["I21.4", "NSTEMI"], ["J44.1", "COPD exacerbation"], ["N17.9", "AKI, unspecified"], ["E11.65", "T2DM with hyperglycaemia"], ["K92.2", "GI haemorrhage, unspecified"],
    ["I48.91", "unspecified AF"], ["J18.9", "pneumonia, unspecified"], ["F05", "delirium"], ["R55", "syncope and collapse"], ["I63.9", "cerebral infarction"],
  ]);
  const cpt = x.pick(["99223", "99233", "99291", "93306", "36556", "31500", "99497"]);
  const sct = x.pick(["22298006 |Myocardial infarction|", "195967001 |Asthma|", "44054006 |Diabetes mellitus type 2|", "49436004 |Atrial fibrillation|", "91302008 |Sepsis|"]);
  return at([
    `Coding query of the week: ${icd[0]} (${icd[1]}) vs something more specific? Our CDI nurse also wants CPT ${cpt} documented with time. And the EHR pushes SNOMED ${sct} on the problem list. Three code systems for one diagnosis.`,
    `coders bounced my note again - they want ${icd[0]} not ${icd[1]} in words, plus SNOMED ${sct}. cpt ${cpt} was fine apparently. does anyone else get these daily`,
    `Audit finding: ${x.int(12, 41)}% of discharges coded ${icd[0]} lacked a supporting note. SNOMED CT concept ${sct} maps cleanly, so why the gap? CPT ${cpt} usage also flagged.`,
  ], i);
};

// --- Capitalised labels without identifiers -----------------------------------------------------
const structured = (x: Ctx, i: number): string => {
  const age = x.int(19, 88);
  const sex = x.pick(["M", "F"]);
  const dx = at([
    ["Acute cholecystitis", "Murphy's sign positive, WCC 15.8, wall 5 mm on US", "IV co-amoxiclav, surgical review, lap chole this admission per NICE CG188"],
    ["Community-acquired pneumonia", "CURB-65 2, sats 91% RA, RLL consolidation", "amoxicillin + clarithromycin, repeat CRP day 3"],
    ["Acute pancreatitis", "lipase 3x ULN, Ranson 2 at admission, Glasgow-Imrie 3", "fluids 5 ml/kg/h x 1, analgesia, early enteral feeding"],
    ["Upper GI bleed", "Glasgow-Blatchford 11, Rockall pre-endoscopy 4", "two large-bore cannulae, PPI post-scope only, OGD within 24 h"],
    ["Decompensated cirrhosis", "Child-Pugh C (11), MELD-Na 24, grade 2 HE", "lactulose, rifaximin 550 mg BD, diagnostic tap for SBP"],
    ["Suspected PE", "Wells 4.5, PERC not applicable, D-dimer 1,840 ng/mL FEU", "CTPA, apixaban 10 mg BD pending result"],
    ["Hypocalcaemia post-thyroidectomy", "Chvostek and Trousseau both positive, adj Ca 1.71", "IV calcium gluconate 10% 10 mL over 10 min, then infusion"],
  ], i * 2 + x.int(0, 1));
  const style = i % 3;
  if (style === 0) return `Presenting: ${age}${sex}\nImpression: ${dx[0]}\nAssessment: ${dx[1]}\nPlan: ${dx[2]}\nAllergies: NKDA\nDisposition: ${x.pick(["admit under surgeons", "AMU", "HDU", "ward 9, telemetry"])}\nSanity check before I present on the post-take round?`;
  if (style === 1) return `**Impression:** ${dx[0]}\n**Findings:** ${dx[1]}\n**Plan:** ${dx[2]}\n**Allergies:** NKDA\n**Escalation:** ${x.pick(["full", "ward-based ceiling", "for HDU if worsens"])}\nTeaching case for the MS3s - ${age}${sex.toLowerCase()}, nothing identifying. What would you add?`;
  return `Assessment - ${dx[0]} in a ${age}-year-old.\nKey findings - ${dx[1]}.\nPlan - ${dx[2]}.\nAllergies - NKDA.\nIs there any evidence the score actually changed what we did?`;
};

// --- Drug strengths and brands -------------------------------------------------------------------
const drugs = (x: Ctx, i: number): string => {
  const d = at([
    ["Eliquis 5 mg BD", "Eliquis 2.5 mg BD", "age over 80, weight 58 kg, creatinine 137"],
    ["Ozempic 0.5 mg weekly", "Ozempic 1 mg", "nausea at 0.25 for three weeks"],
    ["Mounjaro 5 mg", "Mounjaro 7.5 mg", "shortage of the KwikPen in our area"],
    ["Xarelto 20 mg OD", "Xarelto 15 mg OD", "CrCl 42 by Cockcroft-Gault"],
    ["Entresto 24/26 mg BD", "Entresto 49/51 mg BD", "systolic BP 104"],
    ["Jardiance 10 mg", "Forxiga 10 mg", "eGFR 28 and falling"],
    ["Lantus 24 units", "Toujeo 27 units", "nocturnal hypos on the CGM"],
    ["Keppra 500 mg BD", "Briviact 50 mg BD", "mood side effects"],
  ], i * 3 + x.int(0, 2));
  return at([
    `Switch question: ${d[0]} to ${d[1]} - ${d[2]}. Pharmacy says go ahead, the GP says no. Who's right per the SmPC?`,
    `${d[0]} → ${d[1]}? context: ${d[2]}. no identifiers, just want a sense check from the hive mind.`,
    `Our formulary committee just moved from ${d[0]} to ${d[1]} as default. Rationale given: ${d[2]}. Has your trust done the same?`,
  ], i);
};

export const batch10: Batch = {
  name: "batch-10",
  positives: [],
  negatives: [
    // --- Journal club (generated) ---
    ...many("b10n-journal-club", ["UK", "US", "AU", "IN"], journalClub, "trial names, authors, journals and conference cities"),
    // --- Journal club (hand-written, other languages and voices) ---
    { key: "b10n-jc-de", country: "DE", text: "Journal Club Kardiologie, Mittwoch 7:30: Thiele et al. (ECLS-SHOCK, NEJM 2023) - kein Überlebensvorteil der VA-ECMO im infarktbedingten kardiogenen Schock, dafür mehr Blutungen. Vorgestellt in Amsterdam auf dem ESC-Kongress. Prof. Zeymer hat danach die DanGer-Shock-Daten dagegengestellt. Wer setzt bei euch noch primär Impella ein?" },
    { key: "b10n-jc-fr", country: "FR", text: "Biblio du jeudi : l'étude HYPERION (Lascarrou et al., NEJM 2019) sur l'hypothermie à 33 °C après arrêt en rythme non choquable, puis TTM2 de Dankiewicz. Le Pr Cariou nous a fait une synthèse brillante. Au final, on fait quoi en réa à Nantes comme à Paris ?" },
    { key: "b10n-jc-es", country: "ES", text: "Sesión bibliográfica del servicio: ensayo ANDROMEDA-SHOCK (Hernández et al., JAMA 2019), llenado capilar frente a lactato. Presentado en Santiago de Chile por el equipo del Dr. Glenn Hernández, y ahora ANDROMEDA-SHOCK-2 en marcha. ¿Alguien del grupo participa como centro reclutador en Valencia o Bilbao?" },
    { key: "b10n-jc-br", country: "BR", text: "Clube de revista da residência: o BaSICS (Zampieri et al., JAMA 2021) comparou solução balanceada e soro fisiológico em UTIs brasileiras - sem diferença em 90 dias. O Dr. Cavalcanti comentou o desenho fatorial. Alguém ainda usa SF 0,9% como padrão no PS?" },
    { key: "b10n-jc-cn", country: "CN", text: "Our department journal club in Shanghai discussed the RESCUE BT2 trial (Qiu Zhongming et al., NEJM 2023) - tirofiban did not improve outcomes in large-artery stroke without thrombectomy. Prof. Liu Liping presented a related talk at the Tiantan conference in Beijing. Do Western stroke teams still use tirofiban bailout?" },
    { key: "b10n-jc-mx", country: "MX", text: "Club de revista de medicina interna (IMSS Siglo XXI): revisamos SURMOUNT-OSA de Malhotra et al. (NEJM 2024). Tirzepatida redujo el IAH casi a la mitad. La Dra. Aguilar-Salinas comentó los costos para el sector público. ¿Alguien ya lo receta en el ISSSTE?" },

    // --- Lab tables (generated) ---
    ...many("b10n-lab-md", ["UK", "ZA"], labMarkdown, "times and reference ranges"),
    ...many("b10n-lab-inline", ["CA", "NG"], labInline, "lab values with ranges and times"),
    ...many("b10n-lab-kv", ["IE", "NZ"], labKeyValue, "turnaround times, no patient dates"),
    { key: "b10n-lab-us-units", country: "US", text: "BMP at 04:30 vs 16:45:\nNa 128 → 131 (ref 135-145 mEq/L)\nK 6.1 → 5.2 (3.5-5.0)\nCl 96 → 99\nHCO3 14 → 18 (22-29)\nBUN 64 → 58 mg/dL\nCr 3.42 → 3.10 (0.6-1.2)\nGlu 612 → 288\nAG 18 → 14\nDKA closing on schedule. When do you transition to subQ - AG closed once or twice?" },
    { key: "b10n-lab-de-units", country: "DE", text: "Labor 06:15 Uhr:\nKreatinin 2,8 mg/dl (0,7-1,2)\nHarnstoff 142 mg/dl\nKalium 5,9 mmol/l\nCK 14.800 U/l (< 190)\nMyoglobin > 3.000 µg/l\nRhabdomyolyse nach Statin plus Clarithromycin. Forcierte Diurese oder gleich Dialyse? Urinausscheidung 20 ml/h." },
    { key: "b10n-lab-fr-units", country: "FR", text: "Bilan de 8 h : Na 121 mmol/L (135-145), osmolalité plasmatique 254 mOsm/kg, osmolalité urinaire 480, Na urinaire 58 mmol/L, TSH 2,1 mUI/L, cortisol de 8 h 412 nmol/L. SIADH sur carbamazépine ? On restreint à 800 mL ou urée d'emblée ?" },
    { key: "b10n-lab-jp", country: "JP", text: "Morning labs 07:00: AST 1,240 U/L, ALT 1,890 U/L, T-Bil 4.6 mg/dL, PT-INR 2.3, NH3 142 µg/dL, lactate 4.1 mmol/L. Acetaminophen level 168 µg/mL at 6 h. NAC started. At what point do you call the transplant team in Tokyo - King's College criteria or the JSH acute liver failure criteria?" },
    { key: "b10n-lab-br", country: "BR", text: "Gaso arterial às 03h20: pH 7,18 / pCO2 68 / pO2 58 / HCO3 25 / BE -3 / lactato 1,9. Às 05h40 após VNI: pH 7,29 / pCO2 54. Manter BiPAP IPAP 16 EPAP 6 ou intubar? DPOC grave, GOLD E." },

    // --- Ward boards, rotas, bleeps (generated + hand) ---
    ...many("b10n-board", ["UK", "AU"], board, "bay, bed, side-room and pod names"),
    ...many("b10n-rota", ["UK", "NZ"], rota, "bleeps, extensions and shift times"),
    { key: "b10n-rota-us-pager", country: "US", text: "Night float survival guide, v4 (updated for July):\n- Cross-cover pager 4410\n- Rapid response: dial 5-5555\n- ICU fellow: Vocera 'MICU fellow'\n- Pharmacy after 22:00: x2234\nShifts are 7p-7a, 6 on / 1 off. Anything the new interns always miss?", note: "pager numbers and extensions" },
    { key: "b10n-rota-in", country: "IN", text: "Duty roster Unit III, Medicine: 24-hour emergency duty every 4th day, OPD Mon/Thu 9 am-2 pm, ward rounds 8 am sharp. Casualty landline ext 3301, ICU ext 3310. Sirs, kindly confirm if PG 2nd years can swap Sunday emergency with 3rd years." },
    { key: "b10n-rota-de", country: "DE", text: "Dienstplan Februar steht: 24-h-Dienste an Wochenenden, Früh 6:30-15:00, Spät 14:00-22:30, Nachtdienst 22:00-7:00. Piepser 4712 ist der Intensiv-Konsilpiepser, 4790 die ZNA. Wer tauscht den 3. Samstag? Ich habe Fortbildung in Mannheim." },
    { key: "b10n-rota-ng", country: "NG", text: "Call schedule for house officers, Medicine: 36-hour calls, 1 in 4. Post-call you are off from 12 noon. Emergency ward extension 222, MOPD 218. Abeg make una no swap call without telling the chief resident first." },
    { key: "b10n-rota-fr", country: "FR", text: "Planning des gardes des internes : garde de 24 h, repos de sécurité obligatoire le lendemain. Bip 61 pour la réa, 63 pour les urgences, poste 2234 pour le bloc. Qui peut me remplacer le dimanche 18 h-8 h ? Je dois aller au congrès de la SRLF." },
    { key: "b10n-ward-names-jp", country: "JP", text: "East Wing 5F (Cardiology), beds 510-524: 3 heart failure admissions, 1 post-PCI, 1 awaiting TAVI. West Wing 8F has the stroke care unit. Where do other Japanese hospitals keep their HCU - separate floor or inside the ICU?" },
    { key: "b10n-ward-names-ie", country: "IE", text: "St Camillus' ward has the frailty beds, St Luke's the stroke unit, and the Acute Floor 'Zone B' takes the medical assessment. Trolleys in the corridor: 41 this morning per the INMO count. Any hospital under 30 this week?" },

    // --- M&M and teaching (hand) ---
    { key: "b10n-mm-cholecystitis", country: "UK", text: "M&M summary, surgical directorate, for learning only:\nA woman in her 60s with RUQ pain, Murphy's sign documented as 'equivocal', sent home with gastritis. Returned 48 h later with gangrenous cholecystitis. Learning points: Murphy's sign loses sensitivity in the elderly and diabetic; Tokyo Guidelines 2018 grade II needs early surgery; don't anchor on normal LFTs." },
    { key: "b10n-mm-meningitis", country: "US", text: "Morbidity & mortality, department of medicine: febrile 22-year-old student, Kernig and Brudzinski negative, LP deferred, discharged. Returned with meningococcal septicaemia. Teaching: Kernig's sensitivity is around 5% (Thomas et al., Clin Infect Dis 2002) - a negative sign rules nothing out. Jolt accentuation isn't much better." },
    { key: "b10n-mm-pancreatitis", country: "AU", text: "M&M: severe acute pancreatitis, Ranson score 5 at 48 h, BISAP 3, modified Marshall 2 for renal. Transferred from a regional site to the Royal Adelaide on day 3. Learning point from the panel (Prof. Windsor's group): aggressive fluids in the first 24 h now look harmful per WATERFALL (de-Madaria, NEJM 2022)." },
    { key: "b10n-mm-hypocalcaemia", country: "IE", text: "Teaching case from the endocrine MDT: post-parathyroidectomy hungry bone syndrome. Chvostek positive on day 1, Trousseau's carpopedal spasm on day 2, corrected calcium 1.58 mmol/L. Calcitriol 0.5 mcg BD and IV calcium. Hands up who can name the muscle that Trousseau's sign actually tests." },
    { key: "b10n-mm-pe", country: "CA", text: "M&M rounds (Emergency Medicine): a Wells score calculated as 1.5 - 'PE unlikely' - D-dimer not sent because the YEARS algorithm was applied wrong. Missed saddle PE. Take-home: YEARS (van der Hulle, Lancet 2017) uses an adjusted D-dimer threshold, it doesn't replace the D-dimer. PERC applies only if gestalt is low." },
    { key: "b10n-mm-gi-bleed", country: "NZ", text: "Case review from the GI service: a Glasgow-Blatchford score of 0 was calculated as 2 because the urea was entered in mg/dL. Patient admitted unnecessarily - harmless, but the calculator in our eMR (v7.3) accepts either unit silently. IT ticket raised. Check your calculators, folks." },
    { key: "b10n-mm-za", country: "ZA", text: "M&M, Department of Internal Medicine: CURB-65 of 1, discharged from casualty, returned in respiratory failure with PJP. CD4 was 24 and nobody had checked. Learning point: CURB-65 wasn't validated in an HIV-prevalent population - in our setting use SMART-COP plus a low threshold for induced sputum." },
    { key: "b10n-mm-in", country: "IN", text: "Clinical meeting, Department of Medicine: a case of Guillain-Barré syndrome with a Hughes grade 4, Erasmus GBS Respiratory Insufficiency Score (EGRIS) of 5. IVIg 0.4 g/kg for 5 days. Prof. Noshir Wadia's classic teaching about bulbar signs in the Indian population was quoted. Opinions on plasmapheresis as first line where IVIg is unaffordable?" },
    { key: "b10n-teaching-signs-quiz", country: "UK", text: "Friday teaching quiz for the F2s, answers below:\n1. Cullen's and Grey Turner's signs - where and why?\n2. Courvoisier's law - which exception?\n3. Virchow's node vs Sister Mary Joseph nodule\n4. Kussmaul breathing vs Cheyne-Stokes\n5. Battle's sign timing after a base-of-skull fracture\nNo googling." },
    { key: "b10n-teaching-syndromes", country: "US", text: "Board review: Mallory-Weiss vs Boerhaave, Budd-Chiari vs veno-occlusive disease, Zollinger-Ellison vs VIPoma, Lambert-Eaton vs myasthenia gravis, Brown-Séquard vs central cord. Forty-five minutes, pizza provided. Who's presenting Wernicke-Korsakoff next week?" },
    { key: "b10n-teaching-scores-ca", country: "CA", text: "Scores we actually use on CTU at our shop: CHA2DS2-VASc and HAS-BLED for AF, Wells for DVT, PESI for PE disposition, Child-Pugh and MELD-Na for liver, NEWS2 on the ward, CIWA-Ar for withdrawal. Did I miss one that changes management?" },
    { key: "b10n-teaching-de", country: "DE", text: "Lehrvisite: Murphy-Zeichen, McBurney-Punkt, Blumberg-Zeichen, Rovsing-Zeichen und Psoas-Zeichen an einem einzigen Patienten demonstriert - die Studierenden waren begeistert. Alvarado-Score 8. Sonographie vor OP trotzdem Pflicht bei uns." },
    { key: "b10n-teaching-fr", country: "FR", text: "Enseignement aux externes : signe de Murphy, signe de Blumberg, signe de Lasègue, signe de Babinski et signe de Homans (qu'il faut oublier !). Score de Wells et règle PERC pour l'EP. Vous faites encore apprendre le signe de Homans à la fac ?" },
    { key: "b10n-teaching-es", country: "AR", text: "Ateneo de clínica: signo de Murphy positivo, signo de Trousseau positivo, signo de Chvostek dudoso. Score de Ranson 3 y Child-Pugh B. El Dr. Bellomo (de Mendoza) nos recordó que el Chvostek está presente en el 10 % de personas sanas." },
    { key: "b10n-teaching-br", country: "BR", text: "Visita didática: sinal de Giordano, sinal de Murphy, sinal de Blumberg e sinal de Rovsing - os R1 acertaram todos. Escore de Alvarado 7, escore de Glasgow 15, qSOFA 1. Quem ainda ensina manobra de Lasègue no internato?" },
    { key: "b10n-teaching-jp", country: "JP", text: "Teaching round at our hospital: Kernig's sign, Brudzinski's neck sign and jolt accentuation (Uchihara et al., Headache 1991 - a Japanese study!). Residents were surprised the jolt test came from Tokyo. Is jolt accentuation still taught elsewhere?" },

    // --- Famous and historical patients ---
    { key: "b10n-famous-gage", country: "US", text: "Neuro teaching today: Phineas Gage (1848, tamping iron through the left frontal lobe) and Patient H.M. (Henry Molaison, bilateral medial temporal lobectomy by Scoville in 1953). Two of the most studied brains in history. What's your favourite case from the literature to teach localisation?", note: "historical patients from the literature" },
    { key: "b10n-famous-lacks", country: "US", text: "Ethics seminar: Henrietta Lacks and the HeLa cell line, Johns Hopkins 1951. The 2013 NIH agreement with the family and the 2023 settlement with Thermo Fisher. Good prompt for residents about consent for biobanking. Anyone have a short reading list?", note: "historical patient" },
    { key: "b10n-famous-tan", country: "FR", text: "Pour le cours de neuro : le patient « Tan » (Louis Victor Leborgne) de Paul Broca, 1861, et Auguste Deter, la première patiente d'Alois Alzheimer en 1901 à Francfort. Les étudiants adorent. Vous utilisez quels cas historiques en P2 ?", note: "historical patients" },
    { key: "b10n-famous-mallon", country: "UK", text: "Public health teaching: Mary Mallon ('Typhoid Mary'), the asymptomatic carrier in New York, and John Snow's Broad Street pump, Soho 1854. Still the best way to explain carriers and source control to medical students.", note: "historical figures" },
    { key: "b10n-famous-anna-o", country: "DE", text: "Psychiatrie-Seminar: Anna O. (Bertha Pappenheim) bei Breuer, der Kleine Hans bei Freud, und Alzheimers Auguste D. - alles Fälle aus dem deutschsprachigen Raum. Gibt es moderne Lehrfälle, die genauso einprägsam sind?", note: "historical patients" },
    { key: "b10n-famous-berlin-patient", country: "CA", text: "HIV grand rounds: the Berlin patient (Timothy Ray Brown), the London patient and the Düsseldorf patient - all cured after CCR5-delta32 stem cell transplants. Lancet HIV 2023 update. Realistic cure strategy or curiosity?", note: "published case nicknames" },
    { key: "b10n-famous-wearing", country: "UK", text: "Memory lecture for the neuro block: Clive Wearing (HSV encephalitis, 1985) and the documentary 'The Man with the 7 Second Memory'. Pair it with Patient H.M. and students finally get anterograde vs retrograde amnesia.", note: "famous patient" },
    { key: "b10n-famous-gelsinger", country: "US", text: "Research ethics session: Jesse Gelsinger (gene therapy trial, Penn, 1999) and the Tuskegee study. Then Belmont Report and 45 CFR 46. Our IRB chair Dr Alvarez led it. Mandatory for all PGY-1s.", note: "historical research subjects" },
    { key: "b10n-famous-quinlan", country: "US", text: "Bioethics journal club: Karen Ann Quinlan (NJ Supreme Court, 1976), Nancy Cruzan (US Supreme Court, 1990) and Terri Schiavo (2005). How much do your residents know about the case law behind withdrawal of life support?", note: "landmark legal cases" },
    { key: "b10n-famous-louise-brown", country: "UK", text: "Reproductive medicine teaching: Louise Brown, first IVF baby (Oldham, 1978, Steptoe and Edwards). Edwards got the Nobel in 2010. Fun fact for the students: the HFEA was created by the 1990 Act as a direct result.", note: "famous patient from the literature" },

    // --- Guideline and statute citations ---
    { key: "b10n-hipaa-164514", country: "US", text: "Compliance training reminder: de-identification under HIPAA §164.514(b) - Safe Harbor (18 identifiers) or Expert Determination. Ages over 89 must be aggregated to 90+. Also 45 CFR §164.512(j) for imminent threat disclosures. Complete module by March 31 or your EHR access gets paused.", note: "statute and deadline" },
    { key: "b10n-nice-ng28", country: "UK", text: "NICE NG28 (updated 2022) now wants an SGLT2 inhibitor alongside metformin for anyone with T2DM and CVD or high risk. NG136 for hypertension, NG196 for AF. Our ICB formulary still lags. Anyone got a one-page summary for the practice nurses?" },
    { key: "b10n-esc-2023", country: "IE", text: "ESC 2023 ACS guidelines (Byrne et al., Eur Heart J) merged STEMI and NSTE-ACS, and the ESC 2023 HF focused update added SGLT2i for HFpEF. The 2024 AF guideline introduced AF-CARE. Slides from the Irish Cardiac Society meeting in Killarney are on the website." },
    { key: "b10n-mha-uk", country: "UK", text: "Legal teaching for the psych SHOs: Mental Health Act 1983 s.5(2) doctor's holding power (72 h), s.136 police powers, s.2 vs s.3. Mental Capacity Act 2005 s.4 best interests. Deprivation of Liberty: Cheshire West (2014) still applies until LPS arrives. Questions welcome." },
    { key: "b10n-ie-adm-act", country: "IE", text: "The Assisted Decision-Making (Capacity) Act 2015 finally commenced in April 2023 - the Decision Support Service replaced wardship. HSE National Consent Policy v1.3 updated alongside it. How are your hospitals handling Advance Healthcare Directives in practice?" },
    { key: "b10n-fr-loi", country: "FR", text: "Rappel pour les internes : loi Kouchner du 4 mars 2002 (droits des malades), loi Claeys-Leonetti de 2016 (sédation profonde et continue), article L1110-4 du Code de la santé publique sur le secret partagé. Le Conseil de l'Ordre a publié un guide. Qui l'a lu ?", note: "laws and their dates" },
    { key: "b10n-de-bgb", country: "DE", text: "Aufklärungspflicht nach § 630e BGB, Schweigepflicht nach § 203 StGB, und seit der DSGVO Art. 9 Abs. 2 lit. h für Gesundheitsdaten. Unsere Rechtsabteilung will jetzt jede Fallbesprechung im Forum pseudonymisiert. Wie handhabt ihr das?" },
    { key: "b10n-br-lgpd", country: "BR", text: "A LGPD (Lei nº 13.709/2018) trata dado de saúde como dado sensível, art. 11. O CFM publicou a Resolução 2.314/2022 sobre telemedicina. Alguém tem um modelo de termo de consentimento para teleconsulta que o jurídico aprovou?" },
    { key: "b10n-in-dpdp", country: "IN", text: "Digital Personal Data Protection Act 2023 plus the NMC Telemedicine Practice Guidelines (March 2020). ABDM wants us on the Health Facility Registry. Respected seniors, has anyone's hospital completed the HFR onboarding? Deadline was extended twice." },
    { key: "b10n-za-popia", country: "ZA", text: "POPIA (Act 4 of 2013) section 32 allows processing health info by medical professionals under duty of confidentiality. HPCSA Booklet 5 on confidentiality is still the go-to. Our hospital's info officer wants a POPIA notice on every WhatsApp group. Sensible or overkill?" },
    { key: "b10n-au-privacy", country: "AU", text: "Privacy Act 1988, APP 6 on use and disclosure, plus the My Health Records Act 2012. AHPRA's social media guidance (2023 update) says de-identified cases are fine if the patient can't be recognised by anyone. Worth a re-read before posting case photos." },
    { key: "b10n-ca-phipa", country: "CA", text: "PHIPA (Ontario, 2004) s.37 vs PIPEDA for the private clinics. CMPA's advice on sharing cases online is basically: remove all 18 HIPAA-style identifiers and anything unique. CPSO policy update effective May 2024. Does your hospital have a case-sharing policy?" },
    { key: "b10n-es-ley41", country: "ES", text: "Ley 41/2002 de autonomía del paciente, art. 10 sobre consentimiento informado, y la LOPDGDD 3/2018. La AEPD sancionó a un hospital de Valencia el año pasado por un grupo de WhatsApp. ¿Vuestros servicios usan alguna app cifrada oficial?" },
    { key: "b10n-kdigo-gold", country: "NZ", text: "Guideline roundup: KDIGO 2024 CKD (new eGFR-cystatin advice), GOLD 2024 (group E), ADA Standards of Care 2025, Surviving Sepsis 2021. Pharmac criteria lag all of them. Anyone in Te Whatu Ora compiled a local crib sheet?" },
    { key: "b10n-emtala", country: "US", text: "EMTALA (42 USC §1395dd) question: can a psych facility refuse an accepted transfer once the ED has stabilized? Our CMO cites CMS State Operations Manual Appendix V. Also the 2-midnight rule (CMS-1599-F). Legal is no help." },

    // --- Codes (generated + hand) ---
    ...many("b10n-codes", ["US", "UK", "AU"], codes, "ICD-10, CPT and SNOMED codes"),
    { key: "b10n-codes-de", country: "DE", text: "Kodierfrage: ICD-10-GM I50.13 (Linksherzinsuffizienz NYHA III) oder I50.14? Dazu OPS 8-831.0 für den ZVK und 8-930 Monitoring. Der MD streicht bei uns jede zweite Nebendiagnose E87.1. Eure Erfahrungen?" },
    { key: "b10n-codes-fr", country: "FR", text: "Codage PMSI : J96.0 insuffisance respiratoire aiguë en DP ou en DAS quand le motif est la BPCO (J44.1) ? Le DIM nous dit que le GHM change de niveau de sévérité. CCAM GLLD015 pour la VNI." },

    // --- Public helplines ---
    { key: "b10n-helpline-988", country: "US", text: "Reminder for discharge paperwork: 988 Suicide & Crisis Lifeline (call or text), Crisis Text Line (text HOME to 741741), Poison Control 1-800-222-1222. We're adding all three to the AVS template. Anything else worth including?", note: "public helplines" },
    { key: "b10n-helpline-samaritans", country: "UK", text: "Safety-netting card we give after self-harm assessments: Samaritans 116 123, Shout (text SHOUT to 85258), NHS 111 option 2 for mental health. CAMHS crisis line varies by ICB. Do your EDs hand out something similar?", note: "public helplines" },
    { key: "b10n-helpline-lifeline", country: "AU", text: "Lifeline 13 11 14, Beyond Blue 1300 22 4636, Kids Helpline 1800 55 1800, 13YARN for First Nations callers. Our regional ED laminates these on every cubicle wall. Evidence it helps? None, but it costs nothing.", note: "public helplines" },
    { key: "b10n-helpline-ie", country: "IE", text: "Pieta 1800 247 247 and Samaritans 116 123 on the ED discharge leaflet, plus text 50808. The National Clinical Programme for Self-Harm wants a CNS review within 24 h. Is anyone meeting that out of hours?", note: "public helplines" },
    { key: "b10n-helpline-ca", country: "CA", text: "Talk Suicide Canada replaced by 9-8-8 in November 2023; Kids Help Phone 1-800-668-6868; Ontario's Health811 for after-hours advice. We updated our ED handouts. French versions needed for Ottawa - anyone have them?", note: "public helplines" },
    { key: "b10n-helpline-za", country: "ZA", text: "SADAG 0800 567 567, Lifeline SA 0861 322 322, and the Childline 116. We print these on every casualty discharge form for overdose patients. The social worker comes twice a week only.", note: "public helplines" },
    { key: "b10n-helpline-in", country: "IN", text: "Tele-MANAS 14416 (national mental health helpline), Childline 1098, ambulance 108. Kindly include these in the discharge summary template for all poisoning cases, as per the state directive.", note: "public helplines" },
    { key: "b10n-helpline-fr", country: "FR", text: "Numéros à donner à la sortie : 3114 (prévention du suicide), 15 pour le SAMU, 119 enfance en danger, et le 0 800 23 13 13 Drogues Info Service. On les imprime sur la fiche de sortie des urgences.", note: "public helplines" },
    { key: "b10n-helpline-br", country: "BR", text: "CVV 188 (Centro de Valorização da Vida), SAMU 192, Disque 100 para direitos humanos. A gente coloca no receituário de alta de toda tentativa de autoextermínio. O CAPS da região só atende com encaminhamento.", note: "public helplines" },
    { key: "b10n-helpline-es", country: "ES", text: "Línea 024 de atención a la conducta suicida desde mayo de 2022, 112 para emergencias y el teléfono de la Esperanza 717 003 717. Lo ponemos en todos los informes de alta de urgencias por intoxicación voluntaria.", note: "public helplines; 'Esperanza' is a word here" },
    { key: "b10n-helpline-de", country: "DE", text: "Telefonseelsorge 0800 111 0 111 und 0800 111 0 222, Nummer gegen Kummer 116 111 für Jugendliche. Wir geben das jedem nach Intoxikation mit. Gibt es bei euch einen Liaisondienst am Wochenende?", note: "public helplines" },

    // --- Colleagues and institutions (generated) ---
    ...(["UK", "DE", "FR", "BR", "ES", "JP"] as const).map((c) => gen(`b10n-colleagues-${c.toLowerCase()}`, c, colleagues, "colleagues, speakers and their hospitals")),
    { key: "b10n-physician-signoff-nz", country: "NZ", text: "Kia ora koutou - Dr Aroha Te Huia here, general physician at Whangārei Hospital. Keen to hear from anyone running a rheumatic fever secondary prophylaxis clinic in Te Tai Tokerau. Ngā mihi.", note: "the posting physician's own name and hospital" },
    { key: "b10n-physician-signoff-kr", country: "KR", text: "Hello from Busan. I'm Dr. Park Ji-hoon, 2nd year fellow in nephrology at Pusan National University Hospital. Looking for peers using the KDIGO 2024 cystatin C recommendations in Korean practice.", note: "the posting physician's own name" },
    { key: "b10n-physician-signoff-in", country: "IN", text: "Regards,\nDr. Meenakshi Sundaram, MD, DM (Neurology)\nAssociate Professor, Madurai Medical College\nFor the stroke thrombolysis audit, kindly send your door-to-needle data by 15 August.", note: "the posting physician's own signature and a deadline" },

    // --- Capitalised form labels around eponymous signs and scores (generated) ---
    ...many("b10n-structured", ["UK", "US", "AU"], structured, "form labels and scores, no identifier"),
    // --- Drug strengths and brands (generated + hand) ---
    ...many("b10n-drugs", ["UK", "IE", "CA"], drugs, "brand names and strengths"),
    { key: "b10n-drugs-de", country: "DE", text: "Rabattvertrag zwingt uns von Xarelto 20 mg auf Rivaroxaban-ratiopharm, und Eliquis 5 mg läuft jetzt als Apixaban Heumann. Patienten sind verunsichert. Macht ihr Aut-idem-Kreuz bei DOAKs?" },
    { key: "b10n-drugs-br", country: "BR", text: "Ozempic 0,25 mg por 4 semanas e depois 0,5 mg. Mas o Wegovy 2,4 mg chegou nas farmácias e agora os pacientes pedem troca. Alguém viu pancreatite com a dose alta? Plano de saúde (Unimed) não cobre." },
    { key: "b10n-drugs-in", country: "IN", text: "Tab. Telma-H 40/12.5 OD, Tab. Glycomet GP 2 BD, Tab. Ecosprin AV 75/10 HS. Classic North Indian polypharmacy combo. Sirs, is the fixed-dose glimepiride-metformin still acceptable first line per RSSDI 2022?" },
    { key: "b10n-drugs-fr", country: "FR", text: "Kardégic 75 mg, Bisoce 2,5 mg, Tahor 80 mg, Eliquis 5 mg x2 - trithérapie antithrombotique à éviter. Après ATL en FA, on arrête l'aspirine à J7 comme dans AUGUSTUS ? Pharmacie de ville perdue avec les noms commerciaux." },
    { key: "b10n-drugs-jp", country: "JP", text: "In Japan Lixiana (edoxaban) 30 mg is very common, and Rybelsus 3 mg → 7 mg for diabetes. Western colleagues, is oral semaglutide popular where you are or is Ozempic 0.5 mg still first choice?" },
    { key: "b10n-drugs-mx", country: "MX", text: "En el Seguro Popular ya no había Januvia 100 mg; el INSABI tampoco. Ahora en IMSS-Bienestar solo metformina 850 y glibenclamida 5 mg. ¿Cómo manejan el control glucémico sin iDPP-4?" },

    // --- Devices and software versions ---
    { key: "b10n-device-vent", country: "UK", text: "ITU kit question: Hamilton-C6 (software v2.1) vs Dräger Evita V800 for the new build. Also Philips IntelliVue MX750 monitors on Rev N.01 and the GE Carescape B650 in theatres. Anyone integrated both vendors with the Epic flowsheets?", note: "device models and software versions" },
    { key: "b10n-device-ehr", country: "US", text: "Epic's February upgrade (version 2024) broke our sepsis BPA again, and Cerner Millennium 2018.08 at the sister hospital doesn't talk to it. Best Practice Advisory fatigue is real. Is anyone running the Epic Sepsis Model v2?", note: "software versions" },
    { key: "b10n-device-poc", country: "AU", text: "Rural site POC testing: Abbott i-STAT CHEM8+ and cTnI cartridges, Radiometer ABL90 FLEX PLUS for gases, Sysmex XN-350 for FBC. QC is done weekly by the lab scientist who drives out from Dubbo. Anyone else running a hub-supported POC model?", note: "device models" },
    { key: "b10n-device-cgm", country: "CA", text: "Dexcom G7 (app 2.2.1) vs FreeStyle Libre 3 vs Guardian 4 with the 780G. The G7 compatibility list excludes some Android 14 phones. Our diabetes educators keep a spreadsheet. Anyone have an up-to-date one?", note: "device and app versions" },
    { key: "b10n-device-cpr", country: "DE", text: "LUCAS 3.1 vs AutoPulse im RTW - die S2k-Leitlinie sagt nichts Klares. Corpuls3 mit Firmware 4.2 zeigt jetzt den CPR-Feedback-Score. Wer hat Erfahrungen mit dem Export in die ZNA-Dokumentation?", note: "device models and firmware" },
    { key: "b10n-device-gp", country: "UK", text: "EMIS Web vs SystmOne for the new PCN hub - and Accurx for the text messages. Ardens templates on v3.8. Which clinical system makes the ARRS pharmacists' lives easier?", note: "software names and versions" },
    { key: "b10n-device-br", country: "BR", text: "Migração do MV Soul para o Tasy (Philips) versão 3.07 aqui no hospital. Prescrição eletrônica travando às 7h. Alguém já passou por isso? A TI diz que é o servidor." },

    // --- Population statistics ---
    { key: "b10n-pop-scotland", country: "UK", text: "Public Health Scotland figures: patients over 90 in Scotland now make up about 1% of the population but 9% of emergency bed days. The Scottish Government's 2024 frailty strategy barely mentions them. Anyone presenting at the BGS spring meeting?", note: "population statistics" },
    { key: "b10n-pop-japan", country: "JP", text: "Japan has over 90,000 centenarians per the Ministry of Health, Labour and Welfare (September 2023 figures). People aged 90 and over exceed 2 million. Our geriatrics ward is essentially a nonagenarian ward. How do other countries staff for this?", note: "population statistics" },
    { key: "b10n-pop-us", country: "US", text: "CDC WONDER data: adults 85 and older are the fastest-growing group, and the 90+ population will triple by 2050 (Census Bureau projection). Medicare Advantage enrollment over 90 is rising too. Are your hospitalist groups adapting?", note: "population statistics" },
    { key: "b10n-pop-fr", country: "FR", text: "Selon l'INSEE, les plus de 90 ans sont plus de 900 000 en France en 2024. Les EHPAD accueillent une bonne partie. La DREES publie un rapport sur les hospitalisations évitables. Qui a des données régionales pour l'Occitanie ?", note: "population statistics" },
    { key: "b10n-pop-br", country: "BR", text: "Dados do IBGE (Censo 2022): a população com mais de 80 anos cresceu 50% em 12 anos. O SUS não acompanhou em leitos de geriatria. Alguém trabalha com cuidados de transição no Sul?", note: "population statistics" },
    { key: "b10n-pop-in", country: "IN", text: "As per LASI Wave 1 (Longitudinal Ageing Study in India), 75% of elderly have a chronic disease. The elderly share will hit 20% by 2050. Geriatric OPDs at AIIMS are overflowing. Any data from Kerala, which is already the oldest state?", note: "population statistics" },

    // --- Non-English words that look like names ---
    { key: "b10n-words-es-dolores", country: "ES", text: "Dolores abdominales tipo cólico, Murphy positivo, fiebre de 38,5. Pauta: Nolotil 2 g IV, ayunas, ecografía urgente. Alta precoz si la eco es normal. ¿Seguís dando Buscapina de rutina?", note: "'Dolores' means pains, 'Alta' discharge" },
    { key: "b10n-words-es-amparo", country: "MX", text: "Un juez concedió un amparo para que el IMSS entregue el medicamento oncológico. Luz verde al tratamiento, pero la farmacia no tiene. Esperanza no perdemos. ¿Alguien ha visto que se cumpla un amparo en menos de un mes?", note: "'amparo', 'Luz', 'Esperanza' are words" },
    { key: "b10n-words-pt", country: "BR", text: "Plantão tranquilo. Conduta: observação, Dipirona 1 g se dor, Glória a Deus nenhuma intercorrência. Hipótese diagnóstica: cólica nefrética. Alta com Graça e tamsulosina.", note: "'Glória', 'Graça' are words here" },
    { key: "b10n-words-de", country: "DE", text: "Befund: rosa Schaum aus dem Tubus, Kurve mit Frank-Starling-Plateau. Visite um 8, Wiedervorlage morgen. Schwester Station 3 meldet Sättigung 86 %. Lungenödem - Nitro und Furosemid, oder gleich CPAP?", note: "'Frank' is an eponym, 'Schwester' a job, 'rosa' a colour" },
    { key: "b10n-words-fr", country: "FR", text: "Bilan : Rose de Bengale positif, test de Schirmer 3 mm. Avis ophtalmo demandé. Madame la cheffe de service veut une biopsie des glandes salivaires accessoires avant tout traitement. Syndrome de Gougerot-Sjögren probable ; anti-SSA en cours.", note: "'Rose de Bengale' is a stain" },
    { key: "b10n-words-it", country: "UK", text: "Spent a week shadowing at the Pronto Soccorso in Bologna - the 'Codice Rosso' triage and the 'Medicina d'Urgenza' ward. Nobody calls it A&E there. Any UK trusts doing exchanges with Italian EDs?", note: "Italian service names" },
    { key: "b10n-words-ng", country: "NG", text: "Oga at the top says we must finish ward round before 10. Mama Put outside the hospital gate feeds the whole call team. Omo, these 36-hour calls no easy. Who else is doing the Part 1 exam in Ibadan?", note: "Nigerian English words, not names" },
    { key: "b10n-words-in", country: "IN", text: "Didi from the OT said the anaesthesia machine is down again. Bhaiya from CSSD says autoclave will take 2 hours. Jugaad solutions welcome - we have 4 LSCS lined up.", note: "kinship terms for staff, not names" },
    { key: "b10n-words-es-mercedes", country: "CO", text: "La ambulancia Mercedes Sprinter del municipio se varó otra vez. El paciente con Glasgow de 8 esperó 3 horas. Victoria pequeña: llegó a la Fundación Valle del Lili en Cali con vida. Remisiones así son el pan de cada día.", note: "brand, hospital and words that look like names" },

    // --- Hashtags and course URLs ---
    { key: "b10n-hashtags-foamed", country: "UK", text: "Great thread on #FOAMed about Wells vs YEARS. Also the #MedEd crowd recommending the RCP's Acute Medicine e-learning (https://www.rcplondon.ac.uk/education-practice/courses). Anyone done the ALS recert online via resus.org.uk?", note: "hashtags and course URLs" },
    { key: "b10n-hashtags-us", country: "US", text: "#MedTwitter #IMbeds: free POCUS course at https://www.acep.org/pocus, and the NEJM Knowledge+ board prep has a 20% code until June 30. Use it before it's gone.", note: "hashtags, course URL, promo deadline" },
    { key: "b10n-course-au", country: "AU", text: "RACGP check programme deadline 31 December for CPD. BPAC and the eTG Complete (Therapeutic Guidelines Antibiotic v16) subscription via the college site. #GPAus #RuralGeneralist", note: "deadlines and hashtags" },
    { key: "b10n-course-esc", country: "IE", text: "ESC 365 has the 2024 AF guideline webinar (https://esc365.escardio.org). Abstract submission for ESC Congress 2025 in Madrid closes in mid-February. #ESCCongress #CardioTwitter", note: "conference, URL and deadline" },
    { key: "b10n-course-in", country: "IN", text: "NPTEL course on Biostatistics (IIT Madras), certificate exam in April. Also the ICMR-NIE online epidemiology course. #MedTwitterIndia #ResidentLife - any PGs joining?", note: "course names" },
    { key: "b10n-course-br", country: "BR", text: "Curso de ACLS da SBC no Rio de Janeiro, inscrições até 15 de março. Link: https://www.cardiol.br/cursos. #residenciamedica #cardiologia", note: "course deadline and URL" },

    // --- Organisation names ---
    { key: "b10n-orgs-de", country: "DE", text: "AOK, TK und Barmer verlangen unterschiedliche Formulare für die gleiche Reha. Der G-BA hat 2023 neue Richtlinien beschlossen, die KBV verweist auf die Kassen. Wer hat eine Übersicht?", note: "insurers and bodies" },
    { key: "b10n-orgs-au", country: "AU", text: "Medibank and Bupa now require prior approval for some elective cardiac procedures in private, HCF doesn't. The AMA is lobbying. Anyone documented delays for public patients in the same hospitals?", note: "insurer names" },
    { key: "b10n-orgs-us", country: "US", text: "Kaiser Permanente, UnitedHealthcare and Humana all changed their prior-auth rules for GLP-1s in Q1. CMS's new interoperability rule (CMS-0057-F) forces faster decisions by 2026. Small practices are drowning.", note: "payer names and a rule number" },
    { key: "b10n-orgs-uk", country: "UK", text: "NHS England abolished, merging into DHSC; ICBs cut by 50%; NICE and MHRA untouched for now. The BMA's response was predictable. How is your trust's planning team reacting?", note: "organisation names" },
    { key: "b10n-orgs-latam", country: "AR", text: "PAMI, OSDE y Swiss Medical cubren distinto la rehabilitación cardíaca. El Ministerio de Salud de la Nación no tiene un registro. En la SAC se habló de esto en el congreso de Buenos Aires.", note: "insurers and societies" },
    { key: "b10n-orgs-br", country: "BR", text: "SUS, Unimed, Amil, Bradesco Saúde e Hapvida - cada um com uma regra de autorização para cateterismo. A ANS publicou o novo rol em 2024. Como vocês organizam a fila no hospital misto?", note: "payer names" },
    { key: "b10n-orgs-ng", country: "NG", text: "NHIA replaced NHIS in 2022, but HMOs like Hygeia and AXA Mansard still delay authorisations. NCDC sends the Lassa situation reports weekly. Any resident in a state hospital getting NHIA payments on time?", note: "organisation names" },

    // --- Conference, guideline and deadline dates ---
    { key: "b10n-dates-conf-us", country: "US", text: "Save the dates: SHM Converge in Las Vegas, April 2025; ACP Internal Medicine Meeting in New Orleans, April 3-5; abstract deadline for SGIM was January 10. Who's going? Let's do a meetup.", note: "conference dates and places" },
    { key: "b10n-dates-conf-uk", country: "UK", text: "Acute Medicine conference (SAM) in Glasgow on 1-2 October, RCP Medicine 2025 in Manchester in March. Deanery study leave deadline is 6 weeks before. Anyone still waiting on last year's reimbursement?", note: "conference dates" },
    { key: "b10n-dates-guideline-fr", country: "FR", text: "La HAS a publié le 12 septembre 2023 ses nouvelles recommandations sur la BPCO, et la SPLF a suivi en janvier 2024. Congrès de Pneumologie de Langue Française à Marseille du 26 au 28 janvier. Qui y va ?", note: "publication and conference dates" },
    { key: "b10n-dates-deadline-de", country: "DE", text: "Die Meldefrist für das Krebsregister wurde auf 8 Wochen verkürzt, gilt ab 1. Juli. Der DGIM-Kongress in Wiesbaden ist vom 3. bis 6. Mai. Wer meldet sich für den Workshop Sonographie an?", note: "deadline and conference dates" },
    { key: "b10n-dates-in", country: "IN", text: "APICON 2025 in Kolkata, 23-26 January. CSI annual conference in December. Last date for ICMR short-term studentship applications is 31 March. Any faculty willing to guide undergrads?", note: "conference dates and deadlines" },
    { key: "b10n-dates-jp", country: "JP", text: "JCS 2025 in Yokohama, March 28-30. The JSH 2025 hypertension guideline was published in August. Also the JSIM meeting in Kyoto in April. Are any overseas doctors planning to attend?", note: "conference and publication dates" },

    // --- Mixed long narrative and chat ---
    { key: "b10n-long-cn", country: "CN", text: "A long reflection from a cardiologist in Wuhan.\n\nWe adopted the ESC 2023 ACS guideline and the CSC 2024 Chinese guideline at the same time. They disagree on ticagrelor vs clopidogrel for East Asian patients - the TICAKOREA and PHILO trials suggest more bleeding with ticagrelor in our population.\n\nProf. Han Yaling's group in Shenyang argues for clopidogrel in older patients. Our hospital now uses the PRECISE-DAPT score (Costa, Lancet 2017).\n\nHow do Western centres handle guideline conflicts like this?" },
    { key: "b10n-long-vn", country: "VN", text: "Dear colleagues, I am a resident at Cho Ray Hospital in Ho Chi Minh City. We follow the Ministry of Health 2023 guideline for dengue, but our ICU uses the WHO 2009 classification. The Oxford University Clinical Research Unit (OUCRU) here has many studies. Which classification do you use for severe dengue with shock?" },
    { key: "b10n-long-ng", country: "NG", text: "Long post, bear with me.\n\nI'm a senior registrar in Ibadan. Our department adopted the WHO 2022 consolidated HIV guidelines, but the NACA national guideline lags. Dolutegravir 50 mg is now first line, yet our pharmacy still stocks efavirenz 600 for some.\n\nProf. Adewole's old teaching on PMTCT is still quoted on rounds. Is anyone else running a mixed regimen because of supply?" },
    { key: "b10n-long-ie", country: "IE", text: "A long ramble after nights.\n\nWe've 14 patients on trolleys in ED at 8 am, the AMAU is full, and the HSE's 'Winter Plan 2024/25' promised 300 extra beds nationally. Our share was 6.\n\nThe INMO trolley watch says 528 today across the country. The IMO has raised it again.\n\nNot sure what the answer is. Is anyone in a smaller model-3 hospital faring better?" },
    { key: "b10n-chat-lower-au", country: "AU", text: "anyone else's eMR crashed during the 0800 handover? cerner went down, downtime forms came out, nobody could find the bay 4 obs. IT says 'network issue'. every. single. month." },
    { key: "b10n-chat-lower-us", country: "US", text: "pgy2 here. is it normal for the nocturnist to cover 120 patients at a 400-bed hospital? we get paged for tylenol orders. ext 4410 rings nonstop from 11p-3a. asking for a friend (me)" },
    { key: "b10n-oneliner-kr", country: "KR", text: "Quick q: HbA1c 7.8 on metformin 1000 BD + Januvia 100 - add Jardiance 10 or switch to Ozempic 0.25? Korean NHIS covers both with restrictions." },
    { key: "b10n-oneliner-ca", country: "CA", text: "Is Rivaroxaban 2.5 mg BD + ASA 81 (COMPASS dosing) covered by ODB yet or still LU code only?" },
    { key: "b10n-oneliner-nz", country: "NZ", text: "Does anyone still use the Ottawa ankle rules in kids under 12, or just the Low Risk Ankle Rule?" },
    { key: "b10n-oneliner-fr", country: "FR", text: "question rapide : Lovenox 4000 UI en préventif chez un obèse à 140 kg, on double ou pas ?" },
    { key: "b10n-oneliner-za", country: "ZA", text: "Anyone else's clinic out of Ryzodeg 70/30 pens? Pharmacy says back-order till the end of the quarter." },
    { key: "b10n-non-native-cn", country: "CN", text: "I want to ask about the using of Xarelto 15 mg in the patient who eGFR is 35. In our hospital the pharmacist say 15 mg, but the Chinese Society of Cardiology 2022 consensus say maybe 10 mg for elderly Asian. What is your opinion? Thank you very much." },
    { key: "b10n-non-native-de", country: "DE", text: "Hello colleagues, I am Assistenzarzt in Freiburg. I have question about the Child-Pugh score when the patient get albumin infusion - is it still valid to calculate with the albumin after infusion? My Oberarzt says no, the Leitlinie says nothing." },
    { key: "b10n-non-native-br", country: "BR", text: "Hi people, I am doctor from Recife. We have many cases of chikungunya with chronic arthritis. The Ministério da Saúde guideline says hydroxychloroquine 400 mg, but my preceptor prefer methotrexate. What you use in this case?" },
    { key: "b10n-non-native-es", country: "CL", text: "Hello, I am internist in Santiago. In Chile the GES program covers the treatment of hypertension and diabetes. I want to know if in other countries the government pay for the SGLT2 like Forxiga 10 mg. Here is not in GES yet." },
  ],
};
