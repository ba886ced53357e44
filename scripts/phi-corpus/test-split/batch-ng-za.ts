/** Nigeria and South Africa (with Pidgin, Yoruba, isiZulu and Afrikaans asides). */
import { AC, AD, AGE, DT, DV, EM, FX, Gen, HP, LI, MR, N, OI, PH, SS, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, ZA_PLACES } from "./geo";
import { ngAddr, zaAddr } from "./common";

const saIdFor = (g: Gen, dob: Date, female: boolean): string => ids.saId(g.r, dob, female);

export const batchNgZa: Tpl[] = [
  // Nigeria
  tpl("ng-hospno-slash", "NG", "non-native", (g) => {
    const p = g.person("ng", "F");
    const hn = `${g.pick(["LUTH", "UCH", "UNTH", "ABUTH", "OAUTHC"])}/${g.int(18, 25)}/${g.r.digits(5)}`;
    return t`Good day seniors. Madam ${N(p.full)}, hosp. no ${MR(hn)}, 38yrs, P4+1, presented with PPH after home delivery, Hb 4.2 g/dl. We have only 2 pints of blood and relatives are refusing to donate. Please what other options are available? We have given TXA and misoprostol.`;
  }),
  tpl("ng-nin", "NG", "question", (g) => {
    const p = g.person("ng", "M");
    return withNote(t`NHIA enrolment for my patient ${N(p.full)} is stuck because the NIN ${SS(ids.nin(g.r))} "does not match records". He needs dialysis 3x weekly and cannot pay out of pocket. Has anyone escalated this successfully?`, "National Identification Number");
  }),
  tpl("ng-pidgin", "NG", "mixed-language", (g) => {
    const p = g.person("ng", "M");
    return t`Oga ${N(p.last)} come clinic say "doctor abeg my belle dey swell", na ascites, SAAG 1.8, HBsAg positive. Him wife (${N(g.person("ng", "F").first)}) dey call me for ${PH(phone.ng(g.r))} every night. Tenofovir start now or wait for viral load wey go take 6 weeks?`;
  }),
  tpl("ng-address", "NG", "kv", (g) => {
    const p = g.person("ng", "F");
    const a = ngAddr(g);
    return t`Referral details (family asked me to post for advice):
Name: ${N(p.full)}
Address: ${AD(a.full)}
Phone: ${PH(phone.ng(g.r, 1))}
Problem: 14-year-old with sickle cell, 3rd stroke despite transfusion. Hydroxyurea is expensive but available. Is chronic transfusion realistic with our blood supply?`;
  }),
  tpl("ng-hmo", "NG", "short-reply", (g) => {
    const id = `${g.pick(["HYG", "AXA", "REL", "LWH"])}/${g.r.digits(5)}/${g.pick(["A", "B", "C"])}`;
    return withNote(t`The HMO will only pay if you include the enrollee ID, for my patient it was ${HP(id)}, and the ICD code on the claim. They rejected ours twice for a missing ICD code.`, "HMO enrollee number");
  }),
  tpl("ng-plate", "NG", "case", (g) => {
    return t`Okada accident, rider of motorcycle ${VE(plate.ng(g.r))} brought by FRSC, open tibial fracture and head injury. No relatives, no money. Hospital insists on deposit before surgery. Emergency treatment is supposed to be free under the NHA 2014. Anyone had success invoking it?`;
  }),
  tpl("ng-frsc-licence", "NG", "question", (g) => {
    const lic = `${g.r.letters(3)}${g.r.digits(5)}${g.r.letters(2)}${g.r.digits(2)}`;
    return t`Driver with uncontrolled epilepsy, FRSC licence ${LI(lic)}, still driving a danfo bus. Is there any mechanism to report to FRSC? Our medical ethics lecturer said no.`;
  }),
  tpl("ng-alhaji", "NG", "case", (g) => {
    return t`Alhaji ${N(`${g.pick(["Musa", "Ibrahim", "Aminu", "Usman"])} ${g.pick(["Danjuma", "Abubakar", "Bello", "Suleiman"])}`)}, ${AGE("ninety-one")}, from ${AD("Sabon Gari, Kano")}, urinary retention with PSA 86. Family wants TURP but anaesthesia says "too old". Long-term catheter vs channel TURP under spinal?`;
  }),
  tpl("ng-email", "NG", "forwarded", (g) => {
    const p = g.person("ng", "M");
    const em = `${p.first.toLowerCase()}${p.last.toLowerCase()}${g.int(70, 99)}@${g.pick(["yahoo.com", "gmail.com"])}`;
    return t`Patient's son abroad sent this from ${EM(em)}: "Please doctor, can my father start the new diabetes injection, we will ship it from UK". Father has T2DM, A1c 11, eGFR 35. Semaglutide shipped unrefrigerated... would you?`;
  }),
  tpl("ng-date-ordinal", "NG", "non-native", (g) => {
    const d = g.recent(200, 20);
    return t`Patient was admitted on ${DT(`${d.getUTCDate()}${["th", "st", "nd", "rd"][d.getUTCDate() % 10 > 3 || Math.floor(d.getUTCDate() / 10) === 1 ? 0 : d.getUTCDate() % 10]} of ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][d.getUTCMonth()]}`)} with Lassa fever, confirmed PCR. Ribavirin started day 5 of illness. Now bleeding from gums and creatinine 4.1. Is favipiravir available anywhere in Nigeria?`;
  }),
  tpl("ng-bvn", "NG", "question", (g) => {
    return withNote(t`Crowdfunding for a child's cardiac surgery in India: the family posted the father's BVN ${AC(g.r.digitsNz(11))} and account details on Facebook. I'm the paediatrician. Should I advise them to take it down?`, "Bank Verification Number (bank account identifier)");
  }),
  tpl("ng-yoruba", "NG", "mixed-language", (g) => {
    const p = g.person("ng", "F");
    return t`E kaaro o. Iya ${N(p.last)}, ${AGE("94")} years according to her grandchildren, from ${AD("Ilesa")}, with heart failure and a K of 6.4 on spironolactone. They want to take her home to die. Home palliative care in Osun, anyone?`;
  }),
  tpl("ng-device", "NG", "case", (g) => {
    return t`Donated pacemaker programme: our patient got a re-sterilised device (serial ${DV(`${g.pick(["PJN", "RNA"])}${g.r.digits(6)}${g.pick(["G", "S"])}`)}) from a charity. Battery shows 6 years left. Ethics committee approved. Anyone tracking outcomes of reused devices in West Africa?`;
  }),
  // South Africa
  tpl("za-id", "ZA", "kv", (g) => {
    const p = g.person("za", "F");
    const dob = g.dob(25, 55);
    return t`SASSA disability grant form, section filled by me:
Name: ${N(p.full)}
ID no: ${SS(saIdFor(g, dob, true))}
Dx: HIV with cryptococcal meningitis, residual blindness
Is "temporary" or "permanent" disability correct when vision may partially recover?`;
  }),
  tpl("za-medical-aid", "ZA", "question", (g) => {
    return withNote(t`Discovery declined the PET-CT for my patient (membership no. ${HP(g.r.digitsNz(9))}) saying "not a PMB". Hodgkin staging IS a PMB surely? Anyone got the exact wording that works?`, "medical aid membership number");
  }),
  tpl("za-folder", "ZA", "record-no", (g) => {
    const f = g.r.digitsNz(8);
    const d = g.recent(120, 5);
    return t`Folder no. ${MR(f)}, admitted ${DT(fmt.euShort(d))} to Chris Hani Bara with TB meningitis stage 3, on 4FDC + steroids. Hydrocephalus on CT. VP shunt or wait? Neurosurg says "medical management first".`;
  }),
  tpl("za-address", "ZA", "bold-labels", (g) => {
    const p = g.person("za", "M");
    const a = zaAddr(g);
    return t`**Home-based care request**
**Pt:** ${N(p.full)}
**Address:** ${AD(a.full)}
**Cell:** ${PH(phone.za(g.r, true))}
Paraplegic after GSW, sacral pressure sore grade 4. CHWs say the area is unsafe to visit. Alternatives?`;
  }),
  tpl("za-afrikaans", "ZA", "mixed-language", (g) => {
    const p = g.person("za", "F");
    return t`Goeiemôre kollegas. Mev. ${N(p.last)} van ${AD(g.pick(["Worcester", "Upington", "Oudtshoorn", "Beaufort-Wes"]))}, 71, met 'n nuwe diagnose van myeloom, kreatinien 380. Bortezomib is nie beskikbaar by ons hospitaal nie. Melphalan-pred as 'n opsie in 2025? Baie dankie.`;
  }),
  tpl("za-zulu", "ZA", "mixed-language", (g) => {
    const p = g.person("za", "M");
    return t`Sawubona. Baba ${N(p.full)} from ${AD("Umlazi")} came with his son ${N(g.pick(["Sibusiso", "Lwazi", "Themba"]))}, who translated. Baba has cough for 3 months, GeneXpert MTB detected RIF resistance detected. BPaLM available at our site. Start today or wait for the LPA?`;
  }),
  tpl("za-plate", "ZA", "case", (g) => {
    return t`Taxi crash on the N2, the driver (vehicle reg ${VE(plate.za(g.r))}) had a seizure at the wheel per passengers. He's on phenytoin, level undetectable. Do we report to the Department of Transport? Not mandatory in SA as far as I know.`;
  }),
  tpl("za-prdp", "ZA", "question", (g) => {
    return withNote(t`PrDP renewal medical for a bus driver with insulin-treated diabetes, PrDP no. ${LI(`${g.r.digits(4)}${g.r.digits(4)}${g.r.letters(4)}`)}. Is there a formal hypo-awareness requirement in SA, or is it at my discretion?`, "professional driving permit number");
  }),
  tpl("za-firearm", "ZA", "lowercase-chat", (g) => {
    return t`farmer with PTSD after a farm attack, has a firearm licence (${LI(`${g.r.digits(2)}/${g.r.digits(6)}/${g.int(10, 24)}`)}) for self defence. wife worried he's drinking. SAPS wants a medical report for renewal. what would you write`;
  }),
  tpl("za-age", "ZA", "sms", (g) => {
    const a = g.pick(["90", "92", "97"]);
    return t`gogo ${AGE(a)}, bedbound, sacral sore + MRSA, family want her home. home O2 not funded. any NGO in ${AD("Soweto")} doing palliative home visits?`;
  }),
  tpl("za-postal", "ZA", "short-reply", (g) => {
    const [area, code] = g.pick(ZA_PLACES);
    return t`We had exactly this. Our patient lived in ${AD(`${area} ${code}`)}, and the clinic said she belonged to a different catchment. Write to the district manager, it worked for us.`;
  }),
  tpl("za-landline-fax", "ZA", "question", (g) => {
    const p = g.person("za", "F");
    return t`Occ health: employer of my patient ${N(p.full)} keeps faxing (${FX(phone.za(g.r, false, false))}) asking for her HIV status "for the mine's records". That's illegal under the EEA, right? What do I reply?`;
  }),
  tpl("za-tb-register", "ZA", "record-no", (g) => {
    return withNote(t`TB register no. ${OI(`${g.r.digits(4)}/${g.int(23, 25)}`)}, 6-year-old with TB spine, Pott's with kyphosis. Bracing + 12 months treatment? Ortho says no surgery unless neuro deficit.`, "TB register number");
  }),
  tpl("za-email", "ZA", "forwarded", (g) => {
    const p = g.person("za", "M");
    const em = `${p.first.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, "")}@${g.pick(["webmail.co.za", "mweb.co.za", "telkomsa.net"])}`;
    return t`Son emailed me (${EM(em)}) asking for a sick note for his father backdated 2 weeks so his employer pays. I declined. He's now threatening to report me to the HPCSA. Should I worry?`;
  }),
  // negatives
  neg("ng-neg-lassa", "NG", "case", "Lassa fever season again. NCDC reported 1,270 confirmed cases in 2024, case fatality 18%. Our isolation centre at Irrua is full. Ribavirin stock is fine for now.", "public statistics and a treatment centre"),
  neg("ng-neg-112", "NG", "short-reply", "In Lagos: 112 or 767 for emergencies. NCDC toll-free 6232. Put them on the wall of your OPD.", "public service numbers"),
  neg("ng-neg-labs", "NG", "lab-table", "PCV 18%, WBC 23,000, neutrophils 82%, platelets 90,000. Widal 1:160 O, 1:80 H. Blood culture pending. Typhoid or sepsis? I know Widal is useless but consultants still order it.", "lab values"),
  neg("ng-neg-own", "NG", "signature", "Thanks everyone for the answers. Dr. Chidinma Obi, Consultant Paediatrician, Federal Medical Centre Owerri. You can reach our unit through the FMC switchboard.", "posting physician's own signature"),
  neg("za-neg-groote", "ZA", "question", "Christiaan Barnard did the first heart transplant at Groote Schuur in 1967. We still get asked about it by every visiting student. Anyone have a good teaching slide on the history?", "historical event"),
  neg("za-neg-scores", "ZA", "sms", "CD4 42, VL 380,000, CrAg positive, LP opening pressure 32 cm H2O. Amphotericin + flucytosine x 1 week then fluconazole 1200? Therapeutic LPs daily till <20?", "lab values and doses"),
  neg("za-neg-10177", "ZA", "short-reply", "Ambulance 10177, police 10111, Lifeline SA 0861 322 322. We give these out with every discharge.", "public service numbers"),
  neg("za-neg-ages", "ZA", "case", "Our district data: 68% of TB deaths were in people aged 25-44, median CD4 at diagnosis 110. Not one patient over 80 in the cohort. How do other districts compare?", "aggregate ages"),
];
