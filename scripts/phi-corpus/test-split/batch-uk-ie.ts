/** United Kingdom and Ireland: GP letters, SBAR handovers, NHS/CHI/H&C numbers, PPSNs, Eircodes. */
import { AC, AD, AGE, DT, DV, EM, FX, Gen, HP, IP, LI, MR, N, OI, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, UK_PLACES, IE_PLACES, eircode } from "./geo";
import { email, ieAddr, UK_MAIL, ukAddr } from "./common";
import type { Person } from "./people";

const spacedNhs = (n: string): string => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
/** Northern Ireland Health & Care number: 10 digits, NHS mod-11 check, 320-399 range. */
function hcNumber(g: Gen): string {
  for (;;) {
    const nine = String(g.int(320, 399)) + g.r.digits(6);
    const c = ids.nhsCheck(nine);
    if (c !== null) return nine + c;
  }
}
/** GB driving licence number (DVLA layout: surname, decade, month(+5 F), day, year, initials, 9, check letters). */
function dvla(g: Gen, p: Person, dob: Date): string {
  const sur = p.last.toUpperCase().replace(/[^A-Z]/g, "").padEnd(5, "9").slice(0, 5);
  const y = String(dob.getUTCFullYear());
  const m = dob.getUTCMonth() + 1 + (p.sex === "F" ? 50 : 0);
  const init = (p.first.charAt(0) + "9").toUpperCase();
  return `${sur}${y.charAt(2)}${String(m).padStart(2, "0")}${String(dob.getUTCDate()).padStart(2, "0")}${y.charAt(3)}${init}9${g.r.letters(2)}`;
}

export const batchUkIe: Tpl[] = [
  tpl("uk-gp-letter", "UK", "referral-letter", (g) => {
    const p = g.person("uk", "F");
    const a = ukAddr(g);
    const dob = g.dob(40, 75);
    const nhs = spacedNhs(ids.nhsNumber(g.r));
    return t`Asked to "review urgently" by a GP letter that reads, in full:

Dear Doctor,
Re: Mrs ${N(p.full)}, DOB ${DT(fmt.eu(dob))}, NHS No ${HP(nhs)}
${AD(a.full)}
Thank you for seeing this lady with a 3 month history of weight loss and a ferritin of 9. FIT 140.

That's it. No meds, no bloods trend. 2WW colorectal, obviously, but do you bounce letters like this or just get on with it?`;
  }),
  tpl("uk-sbar-bullets", "UK", "handover-bullets", (g) => {
    const p = g.person("uk", "M");
    const hosp = `${g.pick(["RTH", "RXH", "K"])}${g.r.digits(7)}`;
    return t`SBAR from last night, wanting to know if the reg was right:
- S: ${N(`${p.last.toUpperCase()} ${p.first}`)}, hosp no ${MR(hosp)}, NEWS2 went 3 -> 8
- B: 2/7 post lap chole, COPD, on home O2 1L
- A: RR 28, sats 86% on 2L, temp 38.4, lactate 3.1
- R: reg said "target 88-92, it's his baseline" and didn't come

Sats 86 on 2L is not his baseline. Was I wrong to escalate to the consultant directly?`;
  }),
  tpl("uk-mobile-relative", "UK", "question", (g) => {
    const son = g.person("uk", "M");
    const mob = phone.ukMobile(g.r);
    return t`Elderly lady with capacity wants her son ${N(son.first)} kept out of everything. He keeps ringing the ward from ${PH(mob)} and getting info from the HCAs. How do you flag this on your system so it actually sticks?`;
  }),
  tpl("uk-landline", "UK", "lowercase-chat", (g) => {
    const ph = phone.ukLandline(g.r);
    return t`pt gave his landline ${PH(ph)} as the only contact, never answers, missed 3 colposcopy... sorry, wrong speciality, 3 echo appts. discharge back to gp or keep trying`;
  }),
  tpl("uk-nino-pip", "UK", "question", (g) => {
    const ni = ids.nino(g.r);
    return t`PIP form for a pt with MS asks me for his National Insurance number. He gave it to me (${SS(ni.replace(/(..)(..)(..)(..)(.)/, "$1 $2 $3 $4 $5"))}), is it OK for my secretary to write it on the letter or should he add it himself?`;
  }),
  tpl("uk-chi-scotland", "UK", "kv", (g) => {
    const p = g.person("uk", "F");
    const dob = g.dob(50, 80);
    const chi = ids.chiNumber(g.r, dob, false);
    return t`Scottish colleagues: SCI Gateway rejected my referral. Fields I filled:
Patient: ${N(p.full)}
CHI: ${HP(chi)}
Postcode: ${AD(g.pick(["IV2 3JH", "DD1 4HN", "AB24 3EJ", "PA1 1UJ", "KY1 1XW"]))}
Reason: ?PMR, CRP 64, ESR 88, girdle pain 3 wks, good pred response
Any idea why it bounces?`;
  }),
  tpl("uk-hc-ni", "UK", "case", (g) => {
    const p = g.person("uk", "M");
    return t`Belfast ED, 02:00. ${N(p.full)}, H&C ${HP(hcNumber(g))}, brought in by PSNI after an assault, GCS 14, ETOH. CT head clear. Police want a statement before he's sober enough to consent to disclosure. How do you handle this up here vs GB?`;
  }),
  tpl("uk-firearm", "UK", "question", (g) => {
    const cert = `${g.pick(["FAC", "SGC"])}/${g.int(10, 24)}/${g.r.digits(5)}`;
    return withNote(t`Police asked me (GP) for a medical report for a firearms certificate renewal. Pt has bipolar, stable on lithium 8 years. Certificate ref ${LI(cert)}. If I say "no concerns" and something happens, am I liable? If I decline, BMA says charge a fee?`, "firearm/shotgun certificate reference is a licence number");
  }),
  tpl("uk-dvla", "UK", "question", (g) => {
    const p = g.person("uk", "M");
    const dob = g.dob(25, 70);
    return t`First seizure, 29-year-old delivery driver. He showed me his licence so I could help with the DVLA form: ${LI(dvla(g, p, dob))}. He asked me not to notify. I've told him he must stop driving for 6 months. If he keeps driving, when do I break confidence?`;
  }),
  tpl("uk-taxi-badge", "UK", "sms", (g) => {
    const badge = `${g.r.digitsNz(5)}`;
    return t`taxi driver with new T2DM on gliclazide, council wants Group 2 medical, his private hire badge no ${LI(badge)}. hypo awareness fine. switch to SGLT2i to avoid the hypo question altogether?`;
  }),
  tpl("uk-plate", "UK", "case", (g) => {
    const pl = plate.uk(g.r);
    return t`Car park incident: my pt with known hypos was found unresponsive in her car (reg ${VE(pl)}) outside Tesco, BM 1.6. Ambulance crew took the keys off her. Do I need to tell DVLA or does she?`;
  }),
  tpl("uk-email-bt", "UK", "forwarded", (g) => {
    const p = g.person("uk", "M");
    const em = email(g, p, UK_MAIL);
    return t`Copying this from my inbox (patient emailed the practice generic address from ${EM(em)}):
"Dear Dr, I have read that my statin is causing my muscle aches and my CK was 410, I wish to stop and try red yeast rice."
CK 410 on atorvastatin 40, mild myalgia. Swap to rosuva 5 and recheck or stop for 4 weeks?`;
  }),
  tpl("uk-postcode-only", "UK", "short-reply", (g) => {
    const [town, pc] = g.pick(UK_PLACES);
    void town;
    return t`Agree with the above. Our pt lives at ${AD(pc)}, 40 minutes from the nearest hyperacute stroke unit, and the ambulance protocol still takes her to the DGH. Postcode lottery in the most literal sense.`;
  }),
  tpl("uk-sort-code", "UK", "question", (g) => {
    const sc = `${g.r.digits(2)}-${g.r.digits(2)}-${g.r.digits(2)}`;
    const acct = g.r.digits(8);
    return withNote(t`Bizarre: a pt's daughter posted her bank details (sort code ${AC(sc)}, account ${AC(acct)}) into our online consultation form asking us to refund a private prescription fee. How do you delete stuff from the record properly?`, "sort code and account number of a relative");
  }),
  tpl("uk-age-words", "UK", "case", () => {
    return t`Lovely lady, ${AGE("ninety-two")}, admitted with a fall, found to have a new LBBB and troponin 40 -> 44. Cardiology say type 2, no cath. She still walks her dog twice a day. Would you do an echo at least?`;
  }),
  tpl("uk-f-92", "UK", "sms", (g) => {
    const a = g.pick(["91", "93", "95", "99"]);
    return t`F ${AGE(a)}, NH resident, ?UTI again, dipstick nitrites +, delirious. 4th this yr. nitrofurantoin again or send MSU and wait? NH staff want abx now`;
  }),
  tpl("uk-hospital-slash", "UK", "record-no", (g) => {
    const hn = `${g.r.digitsNz(2)}/${g.r.digits(6)}`;
    return t`Record no. ${MR(hn)} keeps appearing on our "lost to follow-up" list. 45-year-old with Barrett's with LGD, last OGD 2019. GP says the pt moved. Who owns the recall, us or the GP?`;
  }),
  tpl("uk-welsh", "UK", "mixed-language", (g) => {
    const p = g.person("uk", "F");
    return t`Any Welsh-speaking colleagues? Our pt, Mrs ${N(p.last)} from ${AD("Llanrwst")}, only speaks Welsh when she's delirious, "mae'n brifo, mae'n brifo". We had a porter translating at 3 am. Is there a formal interpreting service that works overnight in Betsi Cadwaladr?`;
  }),
  tpl("uk-village", "UK", "case", (g) => {
    const vill = g.pick(["Great Ayton", "Much Wenlock", "Chipping Campden", "Ambleside", "Hawes"]);
    return t`Rural GP here. Farmer from ${AD(vill)}, 63, Q fever serology positive after the lambing season. Phase II IgG 1:1024. Asymptomatic now. Echo to look for valvulopathy and treat with doxy 12 months if any valve disease?`;
  }),
  tpl("uk-dob-short", "UK", "kv", (g) => {
    const p = g.person("uk", "M");
    const dob = g.dob(60, 85);
    return t`MDT proforma, copied from the list: ${N(p.full)} (${N(`${p.first.charAt(0)}${p.last.charAt(0)}`)} on the whiteboard), D.O.B. ${DT(fmt.euShort(dob))}, T3N1 rectal ca, MRI CRM threatened. TNT or short course? MDT Thursday.`;
  }),
  tpl("uk-ip-audit", "UK", "question", (g) => {
    const ip = `${g.int(81, 95)}.${g.int(100, 200)}.${g.int(0, 255)}.${g.int(2, 250)}`;
    return t`Our NHS App audit shows my patient's record accessed from ${IP(ip)} at 3 am by "proxy". She says her ex-partner still has her login. Safeguarding referral and what else? Does the practice reset proxy access?`;
  }),
  tpl("uk-blue-badge", "UK", "question", (g) => {
    const bb = `${g.r.letters(2)}${g.r.digits(2)} ${g.r.digits(4)} ${g.r.digits(4)}`;
    return withNote(t`Council asked me to "confirm" a Blue Badge renewal for a pt with severe COPD, badge number ${OI(bb)}. I'm not paid for this. Do you just do it?`, "Blue Badge (disabled parking) number");
  }),
  tpl("uk-fax-solicitor", "UK", "short-reply", (g) => {
    const f = phone.ukLandline(g.r, false);
    return t`His employer's HR wanted the fit note faxed to ${FX(f)}. In 2025. I sent it to the patient instead and told him to forward it.`;
  }),
  tpl("uk-surname-particle", "UK", "case", () => {
    return t`Ms ${N("Clementine de la Haye-Whitfield")}, 38, HRT question: surgical menopause at 36 (BRCA2), on estradiol gel 2 pumps. Breast surgeon says no HRT; I'm fairly sure BRCA2 without cancer is fine until 51. Can someone point me to the BMS guidance?`;
  }),
  tpl("uk-nhs-no-unspaced", "UK", "lowercase-chat", (g) => {
    const nhs = ids.nhsNumber(g.r);
    return t`anyone know why spine says "nhs number not traced" for ${HP(nhs)} when the pt literally has it on the letter from the hospital. cant do EPS without it`;
  }),
  tpl("uk-acc-number", "UK", "accession", (g) => {
    const acc = `${g.pick(["H", "C", "BX"])}${g.int(24, 25)}.${g.r.digits(5)}`;
    return t`Histology back for a skin lesion, lab accession number ${OI(acc)}: "incompletely excised BCC, deep margin involved". Pt is 79, lesion on the nose. Re-excise, Mohs, or watch?`;
  }),
  tpl("uk-nhs-mobile-email-dob", "UK", "bold-labels", (g) => {
    const p = g.person("uk", "F");
    const dob = g.dob(20, 35);
    const a = ukAddr(g);
    return t`**Re: can anyone take an urgent ?ectopic from across the border**
**Name** ${N(p.full)} | **DOB** ${DT(fmt.long(dob))} | **NHS** ${HP(spacedNhs(ids.nhsNumber(g.r)))}
**Address** ${AD(a.full)}
**Mob** ${PH(phone.ukMobile(g.r))}
bHCG 3400, no IUP on TVUS, free fluid in pouch. Our gynae on-call is covering two sites.`;
  }),
  tpl("uk-grandfather-dob", "UK", "curbside", (g) => {
    const d = g.recent(200, 10);
    return t`Curbside: man, 70s, ${DT(fmt.ordOfMonth(d))} he had a TIA, carotid doppler 60% symptomatic stenosis. Vascular say "medical management". NICE says >50% symptomatic = refer. Push back?`;
  }),
  // Ireland
  tpl("ie-ppsn", "IE", "question", (g) => {
    const p = g.person("ie", "F");
    return t`Applying for a long-term illness card for ${N(p.full)} (T1DM, 14 yrs old). The HSE form wants her PPSN ${SS(ids.ppsn(g.r))} and the GP's stamp. Mam has it all sorted but the pharmacy says it's not active. Anyone know the turnaround?`;
  }),
  tpl("ie-eircode", "IE", "case", (g) => {
    const a = ieAddr(g);
    return t`Home visit request from the PHN for an 84-year-old with leg ulcers and no transport. Address: ${AD(a.full)}. Our practice is 35 km away. Is there any scheme that funds GP home visits that far out, or do I just go?`;
  }),
  tpl("ie-mobile", "IE", "lowercase-chat", (g) => {
    const son = g.person("ie", "M");
    return t`lads, pt's son ${N(son.first)} keeps ringing me direct on my practice mobile from ${PH(phone.ieMobile(g.r))} demanding a CT for his mam. she has mild memory issues, MoCA 24. how do ye handle this`;
  }),
  tpl("ie-fada-name", "IE", "case", (g) => {
    const dob = g.dob(30, 60);
    return t`Reg here. ${N("Gráinne Ní Bhriain")} from ${AD("Letterkenny")}, DOB ${DT(fmt.dot(dob))}, presenting with her 3rd DVT, unprovoked, triple-positive APS. On warfarin with INR all over the place. DOACs are a no in triple positive, right? Anyone using LMWH long-term instead?`;
  }),
  tpl("ie-irish-lang", "IE", "mixed-language", () => {
    return t`Bhí sé an-tinn aréir. Our man, ${N("Seán Ó Súilleabháin")}, from ${AD("Baile an Fheirtéaraigh")}, 71, Irish is his first language and he gets very confused in English after the stroke. SALT says aphasia assessment should be in L1. Does anyone know a SALT who assesses as Gaeilge?`;
  }),
  tpl("ie-medical-card", "IE", "kv", (g) => {
    const p = g.person("ie", "M");
    const mc = `${g.r.digits(7)}${g.r.letters(1)}`;
    return t`Medical card no: ${HP(mc)}
Name: ${N(p.full)}
Issue: PCRS won't reimburse Ozempic for T2DM with BMI 38 and HbA1c 71. He's on met + gliclazide max. What are ye using instead, Rybelsus?`;
  }),
  tpl("ie-vhi", "IE", "question", (g) => {
    const m = g.r.digitsNz(8);
    return t`VHI pre-approval for an MRI knee, 52-year-old with locking, membership no. ${HP(m)}. They keep asking for "evidence of conservative management". Locking knee = mechanical, surely? Have ye found a phrase that gets these through?`;
  }),
  tpl("ie-plate", "IE", "sms", (g) => {
    const pl = plate.ie(g.r);
    return t`garda rang re: RTC, driver of ${VE(pl)} is my pt w known epilepsy, 2 seizures in last yr, was told not to drive. they want to know if I "knew". do I answer`;
  }),
  tpl("ie-landline-age", "IE", "case", (g) => {
    const ph = phone.ieLandline(g.r);
    return t`Bachelor farmer, ${AGE("96")}, lives alone, landline ${PH(ph)} is his only phone, refuses the personal alarm. Fell twice this winter. Public health nurse and I are at a loss. Can you section someone for this? (I know the answer is no.)`;
  }),
  tpl("ie-mrn-dob", "IE", "record-no", (g) => {
    const mrn = g.r.digitsNz(7);
    const d = g.dob(40, 70);
    return t`MRN ${MR(mrn)}, born ${DT(fmt.dayMonth(d))} ${d.getUTCFullYear()}, referred for ?coeliac, TTG 180, EMA pos. Does she need the scope or can we go no-biopsy as in kids? ESPGHAN criteria don't apply to adults officially.`;
  }),
  tpl("ie-email", "IE", "forwarded", (g) => {
    const p = g.person("ie", "F");
    const em = `${p.first.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")}.${p.last.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]/g, "")}@eircom.net`;
    return t`A patient emailed me her own flow sheet from ${EM(em)} with BPs all 150s/90s. Home readings, validated cuff. Clinic readings 132/80. Reverse white coat? Treat to home?`;
  }),
  tpl("ie-licence", "IE", "question", (g) => {
    const lic = g.r.digitsNz(9);
    return t`NDLS medical report form D501: our pt with insulin-treated diabetes had a severe hypo. Licence number ${LI(lic)}. Do I fill the form or tell him to surrender? Irish rules are stricter than UK's I think.`;
  }),
  tpl("ie-ppsn-new", "IE", "short-reply", (g) => {
    return t`Just to add, newer PPSNs have two letters at the end, e.g. my pt's is ${SS(ids.ppsn(g.r, true))}, and the old HSE portal rejected it. Use the new one.`;
  }),
  tpl("ie-townland", "IE", "case", () => {
    return t`Sheep farmer from the townland of ${AD("Derrylahan, Co. Leitrim")}, 58, presents with a painless ulcer on his finger, black eschar. Orf? Anthrax? The lab nearly had a fit when I wrote "?anthrax" on the form.`;
  }),
  tpl("ie-irn-age", "IE", "sms", (g) => {
    const a = g.pick(["90", "93", "97"]);
    const d = g.recent(100, 3);
    return t`M ${AGE(a)}, fell ${DT(fmt.euDM(d))}, NOF, on apixaban, surgery tomorrow. ortho wants it stopped 48h. he's on it for AF not VTE. 24h enough?`;
  }),
  tpl("ie-device", "IE", "case", (g) => {
    const sn = `${g.pick(["ICD", "CRT"])}-${g.r.digits(8)}`;
    return t`CRT-D shocked our patient 4 times in the Aldi car park. Interrogation done by the rep remotely, device ${DV(sn)}. VT at 190, ATP failed. Amiodarone load vs urgent ablation? He's 64, EF 25.`;
  }),
  tpl("ie-eircode-only", "IE", "lowercase-chat", (g) => {
    const [, key] = g.pick(IE_PLACES);
    return t`ambulance went to the wrong house, eircode was ${AD(eircode(g.r, key))} and they ended up 3 km away. pt with STEMI waited 50 min. anyone reported eircode problems to NAS`;
  }),
  // negatives
  neg("uk-neg-nice", "UK", "question", "NICE NG136 (2019, updated 2023) says offer ABPM to confirm hypertension if clinic BP is 140/90 or higher. Our ABPM machine has a 6-week wait. Is HBPM for 7 days acceptable as an alternative?", "guideline number and years"),
  neg("uk-neg-111", "UK", "short-reply", "For out-of-hours, tell patients to call NHS 111, or 999 if chest pain. Samaritans is 116 123. I put all three on the leaflet.", "public service numbers"),
  neg("uk-neg-guys", "UK", "case", "Trained at Guy's and St Thomas', now a consultant in a DGH in the north. Our ICU has 8 beds. 67-year-old with severe pancreatitis, Glasgow score 4, CRP 310. Transfer to the regional HPB centre or manage here?", "institutions and the physician's own career"),
  neg("uk-neg-wells", "UK", "curbside", "Wells score 4.5, D-dimer 1,900, CTPA delayed 6 hours. Start treatment-dose LMWH while waiting? Pt weighs 82 kg, eGFR 58.", "score eponym and values"),
  neg("uk-neg-icd-snomed", "UK", "kv", "For those asking about coding frailty: SNOMED CT 248279007 (frailty), eFI category severe. The QOF indicator is FRAIL01. We search monthly.", "SNOMED and QOF codes"),
  neg("uk-neg-hba1c", "UK", "lab-table", "Trend:\nJan 58 mmol/mol\nApr 64\nJul 71\nOct 91\nOn met 1 g bd + sita 100. Next step: SGLT2i or straight to GLP-1?", "month labels and HbA1c values, including 91"),
  neg("uk-neg-postcode-word", "UK", "question", "Has anyone looked at admissions by postcode district in their trust? We found the most deprived decile had twice the COPD readmission rate. Thinking of an outreach pilot.", "mentions postcodes without giving one"),
  neg("uk-neg-consultant-name", "UK", "short-reply", "Our respiratory consultant, Dr Ifeoma Hart, runs a virtual ward for COPD. Happy to put you in touch via the network.", "a colleague, not a patient"),
  neg("ie-neg-hse", "IE", "question", "HSE National Clinical Programme for Diabetes recommends annual retinal screening via RetinaScreen. Our uptake is 61%. What's worked for ye to increase it?", "programme names"),
  neg("ie-neg-galway", "IE", "question", "Going to the Irish Society of Gastroenterology meeting in Galway on 14 November? I'll present our IBD biosimilar switching data, 312 patients, no loss of response.", "conference place and date"),
  neg("ie-neg-drugs", "IE", "sms", "pt on tacrolimus 4 mg bd, level 14.2, cr stable. clarithromycin started by GP 2 days ago. stop clari, hold one dose tacro, recheck level in 48 h?", "doses and relative times"),
  neg("ie-neg-ages", "IE", "case", "Our frailty unit audit: 412 admissions, median age 84 (IQR 79-88), 30-day mortality 9%. The over-85s had the longest LOS. Would love to compare with anyone running a similar service.", "aggregate ages in a cohort"),
];
