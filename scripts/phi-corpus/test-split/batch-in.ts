/** India: non-native English, Hinglish, UHID/CR/IP numbers with slashes, Aadhaar, ABHA, PIN codes. */
import { AD, AGE, DT, DV, EM, Gen, HP, LI, MR, N, OI, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, IN_PLACES } from "./geo";
import { email, inAddr } from "./common";

const aadhaarFmt = (g: Gen): string => {
  const a = ids.aadhaar(g.r);
  return `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
};
const pan = (g: Gen, surname: string): string => `${g.r.letters(3)}P${surname.charAt(0).toUpperCase()}${g.r.digits(4)}${g.r.letters(1)}`;
const abha = (g: Gen): string => `91-${g.r.digits(4)}-${g.r.digits(4)}-${g.r.digits(4)}`;
const initialsFirst = (g: Gen, first: string): string => `${g.r.letters(1, "KRSVMPNT")}. ${g.chance(0.5) ? `${g.r.letters(1, "KRSVMPNT")}. ` : ""}${first}`;

export const batchIn: Tpl[] = [
  tpl("in-aadhaar-kindly", "IN", "non-native", (g) => {
    const p = g.person("in", "F");
    const a = inAddr(g);
    return t`Respected seniors, kindly guide. Patient ${N(p.full)}, 46 yrs female, Aadhaar ${SS(aadhaarFmt(g))}, resident of ${AD(a.locPin)}, is having fever since 12 days with pancytopenia and splenomegaly. rk39 is positive. Liposomal amphotericin B is not available in our district hospital. What is the alternative please?`;
  }),
  tpl("in-uhid-slash", "IN", "record-no", (g) => {
    const uhid = `${g.int(2022, 2025)}/${g.r.digits(7)}`;
    const d = g.recent(40, 2);
    return t`UHID ${MR(uhid)}, DOA ${DT(fmt.dot(d))}. 32M snake bite (krait suspected), ptosis, neck flexor weakness, no coagulopathy. Given 10 vials ASV. Neostigmine trial useful in krait or only cobra?`;
  }),
  tpl("in-cr-no", "IN", "kv", (g) => {
    const p = g.person("in", "M");
    const cr = `${g.int(2023, 2025)}${g.r.digits(8)}`;
    return t`CR No: ${MR(cr)}
Name: ${N(initialsFirst(g, p.first))}
Age/Sex: 58/M
Dx: Acute on chronic liver failure, alcohol, MELD 34
Plan: on steroids day 4, Lille 0.52. Stop steroids? Family asking for transplant but no donor in family.`;
  }),
  tpl("in-ip-no", "IN", "record-no", (g) => {
    const ip = `IP/${g.int(24, 25)}/${g.r.digits(5)}`;
    return withNote(t`Our IP No. ${MR(ip)} patient, 19F, organophosphate poisoning, on atropine 12 mg/hr for 3 days now, still secretions. PAM not given from start. Worth adding now on day 3?`, "inpatient number is a hospital record number");
  }),
  tpl("in-hinglish", "IN", "mixed-language", (g) => {
    const p = g.person("in", "M");
    return t`Sir ek case hai, patient ka naam ${N(p.full)}, age 62, sugar 480 aa raha hai, ketones positive, lekin family ICU ke liye ready nahi hai. Ward mein insulin infusion kaise manage karein? Mobile ${PH(phone.inMobile(g.r))} pe son se baat hui, he says "jo theek lage karo".`;
  }),
  tpl("in-husband-name", "IN", "non-native", (g) => {
    const w = g.person("in", "F");
    const h = g.person("in", "M");
    return t`Pt ${N(w.first)} w/o ${N(h.full)}, G3P2, 34 weeks, Hb 6.2, referred from PHC. Husband is refusing blood transfusion due to religious reasons but pt herself is agreeing. Whose consent is valid sir? We are in rural Bihar.`;
  }),
  tpl("in-pin-village", "IN", "non-native", (g) => {
    const vill = g.pick(["Vill. Rampur, PO Kheri, Dist. Sitapur 261001", "Vill. Kalyanpur, Tehsil Sadar, Dist. Gorakhpur 273001", "Village Nandgaon, Taluka Kalwan, Nashik 423501", "Kallur Village, Raichur Taluk, Karnataka 584101"]);
    return t`Dear all, one more query. Patient address is ${AD(vill)}, nearest dialysis center is 90 km. She is needing twice weekly HD. Is CAPD a good option in village setting with poor hygiene?`;
  }),
  tpl("in-abha", "IN", "question", (g) => {
    return withNote(t`Has anyone integrated ABHA with their HMIS? My patient gave his ABHA number ${HP(abha(g))} and the consent flow times out. Using Eka Care.`, "Ayushman Bharat Health Account number");
  }),
  tpl("in-pmjay", "IN", "question", (g) => {
    const id = `${g.r.letters(1)}${g.r.digits(1)}${g.r.letters(1)}${g.r.digits(2)}${g.r.letters(2)}${g.r.digits(2)}`;
    return t`PM-JAY package for CABG is rejected for my pt (Ayushman card ID ${HP(id)}) because "pre-auth documents incomplete", they want the angiography CD uploaded. 2 GB file. How you people upload?`;
  }),
  tpl("in-esic", "IN", "short-reply", (g) => {
    const ipn = g.r.digitsNz(10);
    return withNote(t`ESIC referral is the only way, sir. Use the pt's insurance number ${HP(ipn)} and refer to the ESIC model hospital, they will do the TKR free.`, "ESIC insured-person number");
  }),
  tpl("in-cghs", "IN", "kv", (g) => {
    const p = g.person("in", "M");
    const dob = g.dob(90, 95);
    return t`CGHS card no.: ${HP(g.r.digitsNz(7))}
Beneficiary: ${N(p.full)}, retired central govt
Age: ${AGE(`${g.age(dob)} years`)}
Issue: CGHS wellness centre refusing to issue rivaroxaban 15 mg as "non-formulary". AF, CHA2DS2-VASc 5. Warfarin monitoring impossible, lives alone.`;
  }),
  tpl("in-pan", "IN", "question", (g) => {
    const p = g.person("in", "M");
    return withNote(t`Medical board for disability certificate: applicant ${N(p.full)}, PAN ${SS(pan(g, p.last))} (needed for the tax exemption under 80U). Post-polio residual paralysis LL. Is 40% the cut-off for locomotor disability under RPwD?`, "PAN: national tax identifier");
  }),
  tpl("in-voter-id", "IN", "non-native", (g) => {
    const epic = `${g.r.letters(3)}${g.r.digits(7)}`;
    return withNote(t`Unknown patient brought by police, only ID in pocket is voter ID ${OI(epic)}. He is having head injury, GCS 8, needs craniotomy. No relatives. Can we go ahead with two doctors' consent? Medico-legal case is registered.`, "voter ID (EPIC) number");
  }),
  tpl("in-dl", "IN", "question", (g) => {
    const st = g.pick(["KA05", "MH12", "TN09", "DL03", "KL07"]);
    const dl = `${st} ${g.int(2008, 2020)}${g.r.digits(7)}`;
    return t`RTA, bike rider without helmet, DL ${LI(dl)}, brought by 108 ambulance. Police asking for blood alcohol. We don't have facility, only breath analyser. Is clinical examination report enough for court?`;
  }),
  tpl("in-vehicle", "IN", "lowercase-chat", (g) => {
    const pl = plate.in(g.r);
    return t`rta case auto-rickshaw no ${VE(pl)} hit a pedestrian, both brought to our casualty. pedestrian 70M has pelvic # with hypotension. binder + tranexamic, no IR here. ex-fix in OT or transfer 60 km?`;
  }),
  tpl("in-arms-licence", "IN", "question", (g) => {
    const lic = `${g.r.digitsNz(3)}/${g.pick(["DM", "ADM"])}/${g.int(2010, 2022)}`;
    return withNote(t`Psychiatric fitness certificate for arms licence renewal, licence no. ${LI(lic)}. Applicant has alcohol dependence, abstinent 8 months. Do we give fit or ask for 1 year abstinence?`, "arms licence number");
  }),
  tpl("in-landline-address", "IN", "bold-labels", (g) => {
    const p = g.person("in", "F");
    const a = inAddr(g);
    return t`**Referral for genetic testing**
**Child:** ${N(p.first)}, 6 yrs
**Father:** ${N(`${g.person("in", "M").first} ${p.last}`)}
**Address:** ${AD(a.full)}
**Contact:** ${PH(phone.inLandline(g.r))}
Proximal weakness, Gowers positive, CPK 14,000. MLPA for DMD negative in a girl, obviously. LGMD panel next?`;
  }),
  tpl("in-email-gmail", "IN", "non-native", (g) => {
    const p = g.person("in", "M");
    const em = email(g, p, ["gmail.com", "rediffmail.com", "yahoo.co.in"]);
    return t`Sir, patient's son is NRI, he is sending reports on email ${EM(em)} and asking for online prescription for his father with CKD 4 and K 6.2. Is it legal to prescribe without seeing under telemedicine guidelines 2020?`;
  }),
  tpl("in-date-words", "IN", "case", (g) => {
    const d = g.recent(200, 30);
    return t`Dengue with warning signs, admitted ${DT(fmt.dayAbbrYear(d))}, platelets 8,000, no bleeding. Relatives insisting for platelet transfusion "otherwise we will go to other hospital". WHO says no prophylactic transfusion. How do you counsel them?`;
  }),
  tpl("in-age-92", "IN", "non-native", () => {
    return t`My grandmother's neighbour, ${AGE("92 yrs")} old lady, is on digoxin 0.25 mg daily since 15 years, now having vomiting and yellow vision. Digoxin level not available in our town. Stop and check ECG is enough?`;
  }),
  tpl("in-tamil-name", "IN", "case", (g) => {
    return t`Case for discussion: ${N(`${g.r.letters(1, "KRSVMPNT")}. ${g.pick(["Murugan", "Selvaraj", "Arumugam", "Pandian"])}`)}, 55M, agricultural labourer from ${AD("Villupuram")}, paraquat ingestion 20 mL, 36 hours ago. Oral ulcers, creatinine rising. Nothing works, I know, but what do you offer? Family asking about "foreign medicine".`;
  }),
  tpl("in-ration", "IN", "short-reply", (g) => {
    const rc = `${g.r.digitsNz(12)}`;
    return withNote(t`For BPL patients in our state the ration card (my pt's: ${OI(rc)}) works for the CM health scheme even without Ayushman card. Try it.`, "ration card number");
  }),
  tpl("in-whatsapp", "IN", "sms", (g) => {
    return t`pt's husband whatsapping ECG pics at 2am on ${PH(phone.inMobile(g.r, 1))}. ST elevation V1-V4. she is at home 40 km away. told to go to nearest PHC for TNK. am I liable if something happens? no formal teleconsult`;
  }),
  tpl("in-abha-phone-table", "IN", "table", (g) => {
    const a = g.person("in", "F"); const b = g.person("in", "M");
    return t`OPD follow-up list for our TB programme (Nikshay IDs removed, phones kept for the call-centre):

| Patient | Phone | Month | Issue |
|---|---|---|---|
| ${N(a.full)} | ${PH(phone.inMobile(g.r, 0))} | 4 | missed doses |
| ${N(b.full)} | ${PH(phone.inMobile(g.r, 0))} | 2 | hepatitis, ALT 340 |

For the second: stop all, reintroduce one by one?`;
  }),
  tpl("in-nikshay", "IN", "question", (g) => {
    const id = g.r.digitsNz(8);
    return withNote(t`Nikshay ID ${OI(id)}, MDR-TB on BPaLM, QTc went 470 -> 510 at week 6. Bedaquiline + moxi both prolong QT. Stop moxi first?`, "TB programme patient ID");
  }),
  tpl("in-pin-only", "IN", "lowercase-chat", (g) => {
    const [, pin] = g.pick(IN_PLACES);
    return t`scrub typhus cluster in our area, 4 pts from the same pin code ${AD(pin)} in a week. eschar in 2. doxy for all or azithro for the pregnant one? also should i notify idsp`;
  }),
  tpl("in-device", "IN", "case", (g) => {
    const sn = `${g.pick(["SJM", "BSC", "MDT"])}${g.r.digits(7)}`;
    return t`PPI done 2019 at another centre, pt lost the device card, now has pocket erosion. Only info: serial no ${DV(sn)} from old discharge summary. Company says lead model unknown. Extraction planning without knowing the lead, anyone?`;
  }),
  tpl("in-daughter-email-dob", "IN", "forwarded", (g) => {
    const d = g.person("in", "F");
    const dob = g.dob(60, 80);
    const em = email(g, d, ["gmail.com", "outlook.com"]);
    return t`Forwarded by daughter (${EM(em)}):
"Papa DOB ${DT(fmt.eu(dob))}, diabetic since 20 years, now foot ulcer with black toe. Local doctor saying amputation."
Photos show dry gangrene 2nd toe, pulses not palpable per her. Revascularisation first obviously. Any vascular surgeon on this forum who does BTK angioplasty in a 70-plus diabetic?`;
  }),
  // negatives
  neg("in-neg-aiims", "IN", "question", "Did my residency at AIIMS Delhi and now working in a district hospital in Odisha. We see 20 snake bites a week in monsoon. The 2017 national snakebite protocol says 10 vials initial. Is anyone using the 20-minute WBCT reliably?", "training institution, protocol year"),
  neg("in-neg-108", "IN", "short-reply", "Dial 108 for ambulance, 104 for health helpline, 1098 for child helpline. In our state 102 is for pregnant women transport.", "public service numbers"),
  neg("in-neg-lab", "IN", "lab-table", "CBC: Hb 7.1 g/dL, TLC 2,100, platelets 38,000, MCV 112. LDH 2,890. Peripheral smear: hypersegmented neutrophils. B12 98 pg/mL, folate 6.1. Start B12 IM 1000 mcg daily or do BM first?", "lab values, including 98"),
  neg("in-neg-icmr", "IN", "question", "ICMR 2023 guidelines for dengue management: any change in fluid recommendations from the 2015 NVBDCP version? Our hospital committee is revising the protocol.", "guideline bodies and years"),
  neg("in-neg-kerala-model", "IN", "case", "The Kerala model of palliative care is brilliant. Neighbourhood networks, volunteers, home visits. Visited Kozhikode's Institute of Palliative Medicine last year. Can something like it work in an urban slum?", "place names not tied to a patient"),
  neg("in-neg-ayurveda", "IN", "non-native", "Sir, my patient (56 years male) is taking Ashwagandha and Giloy along with methotrexate 15 mg weekly for RA. LFT is deranged, ALT 186. Which one is culprit? He is not ready to stop herbs.", "age under 90, herbal and drug names"),
  neg("in-neg-doctor-contact", "IN", "signature", "Thank you all. Dr. Harish Venkatraman, MD (Med), Consultant Physician, Sri Sai Hospital, Vellore. For referral call hospital reception 0416 222 1101.", "physician's own signature and hospital reception"),
  neg("in-neg-scores", "IN", "sms", "GCS 9, pupils equal, BP 210/120, RBS 190. CT: ganglionic bleed 32 mL, no IVH. ICH score 2. nicardipine not available, labetalol infusion ok?", "scores and vitals"),
  neg("in-neg-nicu", "IN", "case", "NICU stats from our unit: 1,240 admissions, 32% preterm, 94 babies under 1 kg. Survival under 1 kg was 61%. Our CPAP use is 70%.", "counts, not ages"),
  neg("in-neg-brand", "IN", "question", "Is Glycomet GP 2 (metformin + glimepiride) still reasonable first line in India given cost? SGLT2i generics are now ₹10 per tablet. Which do you start in a 44-year-old with A1c 9?", "brand names and prices"),
];
