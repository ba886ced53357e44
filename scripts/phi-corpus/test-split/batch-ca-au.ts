/** Canada (EN/FR), Australia and New Zealand. */
import { AD, AGE, DT, DV, EM, FX, Gen, HP, IP, LI, MR, N, OI, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, CA_PLACES, AU_PLACES, NZ_PLACES, caPostal } from "./geo";
import { auAddr, caAddr, email } from "./common";
import { plain, type Person } from "./people";

const spacedSin = (s: string): string => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
const ohipFmt = (g: Gen): string => {
  const n = ids.ohip(g.r);
  return `${n.slice(0, 4)}-${n.slice(4, 7)}-${n.slice(7)}-${g.r.letters(2, "ABCDEFGHJKLMNPRSTVWXYZ")}`;
};
/** RAMQ: 3 letters of surname + first initial, YY, MM (+50 female), DD, 2 admin digits. */
const ramq = (g: Gen, p: Person, dob: Date): string => {
  const s = plain(p.last).toUpperCase().replace(/[^A-Z]/g, "").padEnd(3, "X").slice(0, 3) + plain(p.first).toUpperCase().charAt(0);
  const mm = dob.getUTCMonth() + 1 + (p.sex === "F" ? 50 : 0);
  return `${s} ${String(dob.getUTCFullYear() % 100).padStart(2, "0")}${String(mm).padStart(2, "0")} ${String(dob.getUTCDate()).padStart(2, "0")}${g.r.digits(2)}`;
};
const medicareAu = (g: Gen): { card: string; irn: string } => {
  const n = ids.auMedicare(g.r);
  return { card: `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}`, irn: String(g.int(1, 5)) };
};

export const batchCaAu: Tpl[] = [
  // Canada
  tpl("ca-ohip", "CA", "question", (g) => {
    const p = g.person("ca", "F");
    return t`OHIP rejected a claim for ${N(p.full)} because the version code expired. Health card ${HP(ohipFmt(g))}. She's in a shelter and can't get to ServiceOntario. Is there a way to bill while she renews?`;
  }),
  tpl("ca-sin", "CA", "kv", (g) => {
    const p = g.person("ca", "M");
    return t`CPP-D medical report, section B:
Applicant: ${N(p.full)}
SIN: ${SS(spacedSin(ids.sin(g.r)))}
Dx: ankylosing spondylitis, BASDAI 7.2 on adalimumab
Q: how much detail on "functional limitations" do you put? He does drywall.`;
  }),
  tpl("ca-ramq-fr", "CA", "mixed-language", (g) => {
    const p = g.person("qc", "F");
    const dob = g.dob(55, 80);
    return t`Bonjour à tous, question en franglais. Ma patiente ${N(p.full)}, RAMQ ${HP(ramq(g, p, dob))}, née le ${DT(fmt.frDM(dob))} ${dob.getUTCFullYear()}, a une FA paroxystique et un CHA2DS2-VASc de 3. Elle habite à ${AD("Sherbrooke")}, le cardiologue veut une ablation, she wants to "try natural first". Any good French-language patient decision aids?`;
  }),
  tpl("ca-bc-phn", "CA", "short-reply", (g) => {
    const phn = ids.bcPhn(g.r);
    return t`Re: MSP billing, the PHN has to be exactly 10 digits starting with 9; my pt's (${HP(`${phn.slice(0, 4)} ${phn.slice(4, 7)} ${phn.slice(7)}`)}) was rejected because the MOA typed a space. Teleplan is picky.`;
  }),
  tpl("ca-postal-code", "CA", "case", (g) => {
    const [city, prov, fsa] = g.pick(CA_PLACES.filter((x) => x[1] === "NT" || x[1] === "YT" || x[1] === "NL"));
    void city; void prov;
    return t`Northern medevac question. Pt's postal code is ${AD(caPostal(g.r, fsa))}, 4 hours by plane from the nearest cath lab. STEMI at 03:00, lysed with TNK at 03:40, resolution of ST. Still fly out for routine PCI within 24h, or manage locally?`;
  }),
  tpl("ca-full-address", "CA", "bold-labels", (g) => {
    const p = g.person("ca", "M");
    const a = caAddr(g);
    return t`**Home care referral** keeps getting lost. Pt ${N(p.full)}, ${AD(a.full)}, phone ${PH(phone.ca(g.r, a.prov))}. Needs daily dressing changes for a dehisced sternal wound. Who do I call at the LHIN (or whatever it's called now)?`;
  }),
  tpl("ca-status-card", "CA", "question", (g) => {
    const reg = g.r.digitsNz(10);
    return withNote(t`NIHB coverage question: my pt's Indian status registration number is ${OI(reg)} and NIHB still refuses his insulin pump supplies. Anyone navigated the NIHB appeal successfully?`, "status registration number");
  }),
  tpl("ca-pal", "CA", "question", (g) => {
    const pal = `${g.r.digitsNz(8)}.0001`;
    return withNote(t`Hunter with new-onset psychosis, PAL ${LI(pal)}. RCMP Canadian Firearms Program called asking if I have "concerns". Is there a duty to report in Manitoba or is it discretionary?`, "firearms possession and acquisition licence");
  }),
  tpl("ca-on-dl", "CA", "lowercase-chat", (g) => {
    const dl = `${g.r.letters(1)}${g.r.digits(4)}-${g.r.digits(5)}-${g.r.digits(5)}`;
    return t`elderly driver, MoCA 17, still driving. ontario mandatory reporting, i know. his licence is ${LI(dl)}, wife drove him here. filled the MTO form. he says he'll drive anyway. next step?`;
  }),
  tpl("ca-plate", "CA", "case", (g) => {
    const pl = plate.ca(g.r);
    return t`Snowbank CO poisoning: family of 4 in a running minivan (Alberta plate ${VE(pl)}) waiting out a storm near ${AD("Lac La Biche")}. Kids COHb 18-22%. Hyperbaric in Edmonton or just 100% O2 and watch?`;
  }),
  tpl("ca-sms-age", "CA", "sms", (g) => {
    const a = g.pick(["90", "91", "94", "96"]);
    return t`LTC pt ${AGE(`${a}M`)}, covid+ day 2, mild sx, eGFR 28. paxlovid w/ dose adjust or not bother? on apixaban + amiodarone, big DDIs`;
  }),
  tpl("ca-email", "CA", "forwarded", (g) => {
    const p = g.person("qc", "M");
    const em = `${plain(p.first).toLowerCase().replace(/[^a-z]/g, "")}.${plain(p.last).toLowerCase().replace(/[^a-z]/g, "")}@videotron.ca`;
    return t`Patient messaged me from ${EM(em)} (not through the clinic's secure system) asking for his biopsy result. Prostate, Gleason 3+4, 2/12 cores. Can I reply by email if he consents in writing?`;
  }),
  tpl("ca-mrn-slash", "CA", "record-no", (g) => {
    const m = `${g.r.digits(3)}/${g.r.digits(4)}`;
    const d = g.recent(300, 20);
    return t`Chart ${MR(m)}: admitted ${DT(fmt.iso(d))} with necrotizing pancreatitis, WON now 12 cm, infected. Step-up approach: perc drain first or endoscopic cystgastrostomy straight away?`;
  }),
  tpl("ca-surname-first", "CA", "table", (g) => {
    const a = g.person("ca"); const b = g.person("qc");
    const m = () => `${g.r.digitsNz(8)}`;
    return t`Our sign-out sheet (names changed? no, apparently not, sorry mods):

| Name | Chart | Issue |
|---|---|---|
| ${N(`${a.last.toUpperCase()} ${a.first}`)} | ${MR(m())} | HFrEF, diuresing, K 3.1 |
| ${N(`${b.last.toUpperCase()} ${b.first}`)} | ${MR(m())} | post-TAVR, new LBBB |

Real question: do you all pace-monitor every new LBBB post-TAVR for 48 h?`;
  }),
  tpl("ca-relative-city", "CA", "case", (g) => {
    const d = g.person("ca", "F");
    return t`17-year-old with anorexia, HR 38 overnight. Parents are separated; mom lives in ${AD("Thunder Bay")}, dad in ${AD("Kenora")}. Mom (${N(d.first)}) consents to admission, dad refuses. She's under 18 but in Ontario capacity is not age-based. Who decides?`;
  }),
  tpl("ca-fax", "CA", "short-reply", (g) => {
    const f = phone.ca(g.r, "ON", 1);
    return t`The pt's employer (a mine up north) keeps faxing me return-to-work forms from ${FX(f)}, asking for the diagnosis. I only ever give functional limitations. Hold the line.`;
  }),
  tpl("ca-pump-serial", "CA", "question", (g) => {
    const sn = `${g.pick(["TSL", "OMN"])}${g.r.digits(8)}`;
    return t`Omnipod 5 pods failing at a rate of 1 in 3 for my pt. Lot numbers vary, PDM serial ${DV(sn)}. Company's Canadian line keeps blaming the user. Reporting to Health Canada MedEffect worth it?`;
  }),
  tpl("ca-dob-iso", "CA", "lab-export", (g) => {
    const dob = g.dob(1, 6);
    const p = g.person("ca");
    return t`Newborn screen flagged for a kid I'm seeing now, pasted from the result:
Patient: ${N(`${p.last}, ${p.first}`)}   Birth: ${DT(fmt.iso(dob))}
C5-carnitine 1.8 (high). Isovaleric acidemia vs pivalic antibiotic artifact? Mom got cefditoren in labour.`;
  }),
  // Australia / NZ
  tpl("au-medicare", "AU", "kv", (g) => {
    const p = g.person("au", "F");
    const m = medicareAu(g);
    const a = auAddr(g);
    return t`Bulk-billing rejected, anyone know why? Details:
Name: ${N(p.full)}
Medicare: ${HP(m.card)}  IRN ${m.irn}
Address: ${AD(a.full)}
Item 721 (GPMP). Last claimed 14 months ago.`;
  }),
  tpl("au-dva", "AU", "question", (g) => {
    const dva = `${g.pick(["N", "V", "Q", "W"])}${g.pick(["X", "SM", "WW"])}${g.r.digits(6)}`;
    return withNote(t`Veteran with a DVA Gold Card (file no ${HP(dva)}) needs a hearing aid upgrade. DVA says it's not covered for "cosmetic" reasons. Since when is bilateral moderate SNHL cosmetic?`, "DVA file number identifies the beneficiary");
  }),
  tpl("au-suburb", "AU", "lowercase-chat", (g) => {
    const [suburb, state, pc] = g.pick(AU_PLACES);
    return t`got a pt from ${AD(`${suburb} ${state} ${pc}`)} with melioidosis, diabetic, cavitating pneumonia. mero 6 wks or switch to ceftazidime? ID reg says either`;
  }),
  tpl("au-mobile", "AU", "case", (g) => {
    const p = g.person("au", "M");
    return t`FIFO worker, 34, presented to our remote clinic with chest pain, flew back to ${AD("Perth")} before the trop came back positive. His mobile ${PH(phone.auMobile(g.r))} goes to voicemail. His partner ${N(p.first)} is on ${PH(phone.auLandline(g.r, "WA"))}. How far do you chase?`;
  }),
  tpl("au-plate", "AU", "case", (g) => {
    const pl = plate.au(g.r, "QLD");
    return t`Roadside hypo: truck driver found by QPS, rego ${VE(pl)}, BGL 1.9, on gliclazide + insulin. QLD rules: does he need to surrender his licence or is it a temporary "unfit to drive"? He's furious.`;
  }),
  tpl("au-urn", "AU", "record-no", (g) => {
    const ur = g.r.digitsNz(7);
    const d = g.recent(60, 2);
    return t`UR ${MR(ur)}. Snakebite, brown snake suspected, bitten ${DT(fmt.dayMonth(d))} around 1600. VICC with INR >12. One vial of antivenom given. Second vial or just FFP? Tox says one is enough.`;
  }),
  tpl("au-ihi", "AU", "question", (g) => {
    const ihi = ids.auIhi(g.r);
    return t`My Health Record upload failing for a pt with IHI ${OI(`${ihi.slice(0, 4)} ${ihi.slice(4, 8)} ${ihi.slice(8, 12)} ${ihi.slice(12)}`)}. Error "IHI status unverified". She changed her surname after marriage. Fix?`;
  }),
  tpl("au-tfn", "AU", "short-reply", (g) => {
    const tfn = ids.auTfn(g.r);
    return withNote(t`Never put the TFN in a medical report. My pt's lawyer asked me to include his (${SS(`${tfn.slice(0, 3)} ${tfn.slice(3, 6)} ${tfn.slice(6)}`)}) in a TPD claim report and I refused. The insurer has it already.`, "tax file number is the national number used as a social-security identifier");
  }),
  tpl("au-crn", "AU", "kv", (g) => {
    const crn = `${g.r.digits(3)} ${g.r.digits(3)} ${g.r.digits(3)}${g.r.letters(1, "ABCHJKLMNPRSTVWXY")}`;
    const p = g.person("au", "M");
    return withNote(t`Centrelink medical certificate (SU415):
Customer: ${N(p.full)}
CRN: ${SS(crn)}
Condition: lumbar radiculopathy L5, awaiting surgery
How long do you put as "unfit for work"? I put 3 months and they queried it.`, "Centrelink customer reference number = social-security number");
  }),
  tpl("au-firearm", "AU", "question", (g) => {
    const lic = `${g.r.digitsNz(7)}${g.r.letters(1)}`;
    return withNote(t`Farmer with PTSD, firearms licence ${LI(lic)} (NSW). He needs his rifles for feral pigs. Under the Firearms Act I may notify if I believe he's a risk. He isn't suicidal now. Would you notify?`, "firearm licence number");
  }),
  tpl("au-age", "AU", "curbside", (g) => {
    const a = g.pick(["93", "95", "98"]);
    return t`Curbside: RACF resident, ${AGE(`${a}yo`)}, PEG request from family after a stroke. Pt previously said "no tubes" to the nursing staff, not documented in an ACD. What do you do?`;
  }),
  tpl("au-dob-dot", "AU", "sms", (g) => {
    const dob = g.dob(20, 35);
    return t`pregnant 28/40, dob ${DT(fmt.dot(dob))}, Q fever on the farm, Ph II IgG high. cotrimoxazole for rest of preg?? or wait till after delivery. ID not answering`;
  }),
  tpl("au-email-ip", "AU", "question", (g) => {
    const p = g.person("au", "F");
    const em = email(g, p, ["bigpond.com", "optusnet.com.au", "gmail.com"]);
    const ip = `${g.int(101, 203)}.${g.int(10, 250)}.${g.int(0, 255)}.${g.int(2, 250)}`;
    return t`Telehealth booking system flagged a suspicious login for my patient ${EM(em)}, logged in from ${IP(ip)}, someone booked and cancelled 12 appointments. She has a stalker, AVO in place. Who do I tell, practice manager or police?`;
  }),
  tpl("au-aboriginal-community", "AU", "case", (g) => {
    const comm = g.pick(["Yuendumu", "Wadeye", "Maningrida", "Yirrkala", "Fitzroy Crossing"]);
    return t`RHD in a 12-year-old from ${AD(comm)}, needs monthly bicillin, missed 4 of the last 6. Family moves between communities. How do other remote services keep kids on secondary prophylaxis? Clinic registers?`;
  }),
  tpl("au-ped-mum-phone", "AU", "sms", (g) => {
    return t`mum's number ${PH(phone.auMobile(g.r))} not answering, kid's bloods show lead 32 µg/dL, lives near the smelter in ${AD("Port Pirie SA 5540")}. notify public health today? yes I know, just confirming`;
  }),
  tpl("au-nz-nhi", "NZ", "record-no", (g) => {
    const nhi = ids.nzNhi(g.r);
    return withNote(t`NHI ${MR(nhi)}, 45F, rheumatic MS with AF, on warfarin, TTR 40%. Can't access INR point-of-care in her rohe. Is a DOAC ever OK in moderate MS? I know INVICTUS says no.`, "NZ National Health Index number: the patient's national record number");
  }),
  tpl("nz-maori", "NZ", "case", (g) => {
    const p = g.person("maori");
    const [town, pc] = g.pick(NZ_PLACES);
    const moko = g.person("maori");
    return t`Kia ora koutou. ${N(p.full)} (${p.sex === "F" ? "her" : "his"} moko ${N(moko.first)} brings ${p.sex === "F" ? "her" : "him"} in), 52, from ${AD(`${town} ${pc}`)}, gout with tophi, urate 0.62 on allopurinol 300. Febuxostat not funded without failing allopurinol at max dose. How high do you push allopurinol with eGFR 45?`;
  }),
  tpl("nz-phone", "NZ", "short-reply", (g) => {
    return t`Her daughter's cell is ${PH(phone.nz(g.r))}. Ring her, not the pt, she's the EPOA and the pt has given permission. That's what we did.`;
  }),
  tpl("nz-dl", "NZ", "question", (g) => {
    const dl = `${g.r.letters(2)}${g.r.digits(6)}`;
    return t`NZTA medical certificate for a pt with a recent ICD shock. Licence no. ${LI(dl)}, class 1 only. Stand-down period is 1 month after appropriate shock, isn't it? He drives for Uber.`;
  }),
  tpl("nz-address", "NZ", "kv", (g) => {
    const [town, pc] = g.pick(NZ_PLACES);
    const p = g.person("nz", "F");
    return t`Name: ${N(p.full)}
Address: ${AD(`${g.int(2, 90)} ${g.pick(["Kowhai Street", "Rimu Road", "Totara Place", "Manuka Crescent"])}, ${town} ${pc}`)}
Problem: recurrent cellulitis, 5 episodes this year, BMI 48, lymphoedema
Would you use penicillin prophylaxis long-term?`;
  }),
  tpl("au-medicare-only-lower", "AU", "lowercase-chat", (g) => {
    const m = medicareAu(g);
    return t`medicare card no ${HP(m.card.replace(/ /g, ""))} irn ${m.irn} keeps coming back "patient not eligible" on hicaps, but she's a citizen. do i just bill privately and let her claim`;
  }),
  // negatives
  neg("ca-neg-ctas", "CA", "kv", "CTAS 2 triage, HR 124, BP 88/50, qSOFA 2, lactate 4.4. Surviving Sepsis 2021 says 30 mL/kg. Our ED protocol says 20. Which are you using?", "scores and guideline year"),
  neg("ca-neg-811", "CA", "short-reply", "Tell families to call 811 (HealthLink in Alberta, Health811 in Ontario) for non-urgent advice. It actually reduces ED visits a bit.", "public service numbers"),
  neg("ca-neg-ottawa", "CA", "curbside", "Ottawa ankle rules negative, Ottawa knee rules negative, Canadian C-spine rule says no imaging. Patient still demands an X-ray. How do you say no?", "decision rules named after a city"),
  neg("ca-neg-doctor", "CA", "signature", "Merci à tous pour vos réponses.\nDre Sophie Bélanger, médecin de famille, GMF du Vieux-Port, Québec", "posting physician's own signature"),
  neg("ca-neg-labs", "CA", "lab-table", "TSH 0.02, fT4 38 pmol/L, fT3 11.4, TRAb 8.9 IU/L, uptake scan diffuse 62%. Graves. Methimazole 20 mg or RAI as first line? She's 34 and wants a pregnancy in 2 years.", "lab values, eponym, age"),
  neg("ca-neg-fsa", "CA", "question", "Anyone read the CIHI report on ED wait times by province? Nova Scotia had median 4.8 h to physician assessment. Our numbers are worse.", "provinces and a report"),
  neg("au-neg-snakes", "AU", "question", "Brown snake vs tiger snake envenomation: the CSL polyvalent is what we stock in regional NSW. Anyone still using the VDK? The 2016 ASNet data suggest it changes nothing.", "drug and kit names, year"),
  neg("au-neg-000", "AU", "short-reply", "Poisons Information Centre 13 11 26, Triple Zero 000, Lifeline 13 11 14. I laminated them for our ED.", "public service numbers"),
  neg("au-neg-rfds", "AU", "case", "The RFDS Broken Hill base retrieved a 67-year-old from a remote station. Flight time 2 hours. He had a posterior STEMI, lysed at 09:15. Reperfusion criteria met. Should we still transfer for angio within 24 h?", "the RFDS base, not the patient's home; clock time"),
  neg("au-neg-pbs", "AU", "question", "PBS authority code 12345 was rejected for semaglutide for T2DM, streamlined authority seems to have changed. Anyone know the new code? Item number 12780 maybe?", "PBS codes"),
  neg("nz-neg-pharmac", "NZ", "question", "Pharmac funded empagliflozin with special authority in 2021. Criteria: HbA1c >53 plus high CV risk or Māori/Pacific ethnicity. Anyone found it hard to get approved for renal protection alone?", "funding year, ethnicity"),
  neg("nz-neg-ages", "NZ", "case", "Audit of our hip fracture service: 87 patients last year, mean age 83, 11 were older than 90 but we report that as a group only. Time to theatre median 29 h.", "aggregate: 'older than 90' as a cohort count"),
];
