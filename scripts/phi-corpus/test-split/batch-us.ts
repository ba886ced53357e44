/** United States: dictation, handover tables, prior-auth rants, curbside one-liners. */
import { AC, AD, AGE, DT, DV, EM, FX, HP, IP, LI, MR, N, OI, PH, SS, UR, VE, fmt, neg, t, tpl, withNote, type Tpl } from "./build";
import * as ids from "./ids";
import { phone, plate, US_COUNTIES } from "./geo";
import { email, US_MAIL, usAddr } from "./common";

export const batchUs: Tpl[] = [
  tpl("us-dictation-1", "US", "dictated", (g) => {
    const p = g.person("us", "M");
    const dob = g.dob(60, 80);
    const mrn = `${g.int(10, 99)}-${g.int(100, 999)}-${g.int(100, 999)}`;
    return t`this is doctor hollis dictating a consult on ${N(`${p.first} ${p.last}`.toLowerCase())} comma date of birth ${DT(`${fmt.monthOrd(dob)} ${dob.getUTCFullYear()}`)} comma medical record number ${MR(mrn)} period new paragraph the patient is a ${g.age(dob)} year old man referred for dyspnea on exertion period echo shows EF 35 percent with severe functional MR period he asks whether he is a candidate for a clip, comments welcome before I sign this`;
  }),
  tpl("us-handover-table", "US", "table", (g) => {
    const a = g.person("us", "F"); const b = g.person("us", "M"); const c = g.person("us", "F");
    const m = () => String(g.int(1000000, 9999999));
    return withNote(t`Weekend signout, scrubbed what I could but want eyes on the plan for bed 4:

| Bed | Pt | Age | MRN | Issue |
|---|---|---|---|---|
| 2 | ${N(`${a.last.toUpperCase()}, ${a.first}`)} | ${AGE("93")} | ${MR(m())} | NSTEMI, family wants no cath |
| 4 | ${N(`${b.last.toUpperCase()}, ${b.first}`)} | 67 | ${MR(m())} | DKA, gap closed, transition to SQ |
| 7 | ${N(`${c.last.toUpperCase()}, ${c.first}`)} | 81 | ${MR(m())} | C diff, 3rd recurrence |

For bed 4: basal 0.3 u/kg or 0.2 given AKI?`, "age 93 in a table cell; 67 and 81 are not PHI");
  }),
  tpl("us-curbside-age", "US", "curbside", (g) => {
    const age = g.pick(["91", "94", "97"]);
    return t`Quick one: ${AGE(`${age}F`)}, CrCl 24, new AF. Apixaban 2.5 bid or just leave her off? Falls x2 this year.`;
  }),
  tpl("us-medical-bic", "US", "rant", (g) => {
    const p = g.person("mx", "F");
    return t`Third denial this month from the Medi-Cal plan for a CGM on a type 1 kid. The mom, ${N(p.full)}, read me the BIC over the phone so I could redo the TAR: ${HP(ids.mediCalBic(g.r))}. Is anyone getting Dexcom approved without the 4 fingersticks/day log?`;
  }),
  tpl("us-mbi-dme", "US", "kv", (g) => {
    const p = g.person("us");
    const a = usAddr(g);
    return t`DME order keeps bouncing, supplier says "beneficiary info mismatch". What I sent:
Beneficiary: ${N(`${p.last}, ${p.first}`)}
MBI: ${HP(ids.mbi(g.r))}
Address: ${AD(a.full)}
Item: E0601 CPAP, AHI 38

Is it the hyphens? Their portal is from 2004.`;
  }),
  tpl("us-ssn-disability", "US", "question", (g) => {
    const s = ids.ssn(g.r);
    return t`Filling the SSA-3368 with my patient in the room (schizophrenia, 3 hospitalizations this year). Form asks for his SSN ${SS(s)} on every page, fine, but also asks me to describe "typical day". How detailed do you go? Last one got denied for "insufficient longitudinal evidence".`;
  }),
  tpl("us-mvc-plate", "US", "case", (g) => {
    const pl = plate.usCa(g.r);
    const dl = `${g.pick(["B", "D", "F", "N", "Y"])}${g.r.digits(7)}`;
    return t`Trauma attending here. Unidentified driver brought in after a rollover on the 99, GCS 6. Only ID we had: the CHP read us the plate ${VE(pl)} and a license ${LI(dl)} found in the console, which turned out to belong to his brother in ${AD("Delano")}. Took 9 hours to find family. How do your EDs handle John Doe naming so the blood bank doesn't mix two Does?`;
  }),
  tpl("us-foid", "US", "case", (g) => {
    const foid = g.r.digitsNz(8);
    const p = g.person("us", "F");
    return withNote(t`Psych hold yesterday, 34M, command AH. Under Illinois law I have to report to ISP for FOID revocation. His card number (${LI(foid)}) is in the chart because the deputy photographed it. His wife ${N(p.first)} asked whether he'll "get his guns back". Anyone know the actual timeline for FOID reinstatement after a 5-day involuntary?`, "FOID = Illinois firearm owner's identification card, a licence");
  }),
  tpl("us-ltc-texas", "US", "lowercase-chat", (g) => {
    const lic = g.r.digitsNz(8);
    return t`lethal means counseling q. pt (58m, recent divorce, PHQ9 22) has a texas LTC, license # ${LI(lic)}, and 6 firearms at home. he agreed to let his brother in ${AD("Nacogdoches")} hold them. do you document the lic number or is that overkill`;
  }),
  tpl("us-cdl-osa", "US", "question", (g) => {
    const p = g.person("us", "M");
    const cdl = `${g.r.digitsNz(8)}`;
    return t`OSA + CDL question. ${N(p.full)} drives long-haul (Texas CDL ${LI(cdl)}), AHI 54, refuses CPAP because "it won't fit in the sleeper". DOT exam is due and I'm the medical examiner. Do I have to disqualify him now or can I give a 3-month card on the condition of compliance data?`;
  }),
  tpl("us-faa-pilot", "US", "short-reply", (g) => {
    const cert = g.r.digitsNz(7);
    return t`Re: SSRIs and pilots. My pt is a regional airline FO, FAA certificate ${LI(cert)}, on sertraline 50 for 2 yrs. AME says the SSRI pathway needs 6 months stable + HIMS psych eval. Has anyone been through it with a patient?`;
  }),
  tpl("us-pacer-serial", "US", "case", (g) => {
    const sn = `${g.pick(["PJN", "RNL", "BLX", "CWT"])}${g.r.digits(6)}${g.pick(["H", "S", "G"])}`;
    const d = g.recent(900, 500);
    return t`Interrogation shows 14% RV pacing and a lead impedance jump from 480 to 1900 ohms. Device SN ${DV(sn)}, implanted ${DT(fmt.us(d))}. Rep thinks conductor fracture. Extract or abandon and add a new lead? Pt is 71, active, no infection.`;
  }),
  tpl("us-insulin-pump", "US", "sms", (g) => {
    const sn = `${g.pick(["NG", "HG"])}${g.r.digits(7)}${g.pick(["H", "K"])}`;
    return t`pump alarms "no delivery" x3 overnite, pt swapped sites, still DKA-ish am glucose 388. serial ${DV(sn)} in case someone from the co reads this forum. anyone else seeing occlusions w the new sets?? switching to MDI for now`;
  }),
  tpl("us-telehealth-ip", "US", "question", (g) => {
    const ip = `${g.int(24, 99)}.${g.int(10, 250)}.${g.int(0, 255)}.${g.int(2, 254)}`;
    return t`Telehealth compliance question. Our vendor logs show my pt's video session came from ${IP(ip)}, which geolocates to a different state than her address. Am I practicing across state lines? She swears she was home. IT says VPN.`;
  }),
  tpl("us-gofundme", "US", "question", (g) => {
    const p = g.person("us", "F");
    const slug = `${p.first.toLowerCase()}-${p.last.toLowerCase().replace(/[^a-z]/g, "")}-${g.pick(["transplant-fund", "cancer-journey", "medical-bills"])}`;
    return t`Family of a pt set up a fundraiser (${UR(`https://www.gofundme.com/f/${slug}`)}) and quoted my prognosis from a family meeting word for word. Is this something I raise with them? Makes me uneasy.`;
  }),
  tpl("us-email-portal", "US", "forwarded", (g) => {
    const p = g.person("us", "M");
    const em = email(g, p, US_MAIL);
    const d = g.recent(60, 5);
    return t`Got this via the portal, then again from his personal email (${EM(em)}), then a voicemail, all on ${DT(fmt.abbrDay(d))}:
> "doc my ankle is double the size after you started the amlodipine"
Amlodipine 10 edema, obviously. Switch to an ACEi, or halve it and add chlorthalidone? BP 152/88 on the 10.`;
  }),
  tpl("us-home-fax", "US", "short-reply", (g) => {
    const f = phone.us(g.r, 0);
    return t`Same here. My 80-something guy only accepts results by fax, his home fax is ${FX(f)}, and he calls if it's not there by noon. I just have the MA send it. Document his written request and you're fine.`;
  }),
  tpl("us-daughter-fax", "US", "question", (g) => {
    const p = g.person("us", "F");
    const f = phone.us(g.r, 1);
    return t`POA daughter (${N(p.full)}) wants all notes faxed to her office, fax ${FX(f)}, because she's an attorney and "it's more secure than email". Pt has capacity and agrees. Any reason not to?`;
  }),
  tpl("us-billing-account", "US", "rant", (g) => {
    const acct = g.r.digitsNz(10);
    return t`Billing sent my pt to collections for a $14,000 ED visit that was charity-care approved. Guarantor account ${AC(acct)}. I've emailed the CFO. Anyone had success getting the hospital to reverse a collections referral?`;
  }),
  tpl("us-card-number", "US", "short-reply", (g) => {
    const cc = ids.cardNumber(g.r);
    return withNote(t`PSA: a pt emailed our front desk her full card number (${AC(cc)}) to pay a copay. Please remind staff to delete and call the patient.`, "payment card number is an account number");
  }),
  tpl("us-rural-route", "US", "case", (g) => {
    const p = g.person("us", "M");
    return t`Appalachian FM here. ${N(p.full)}, 61, lives at ${AD(`RR 2 Box ${g.int(20, 480)}, Hazard, KY 41701`)}, no running water since the flood. Home O2 company refuses to deliver concentrators to a place without reliable power. Anyone using battery concentrators + solar in this situation?`;
  }),
  tpl("us-po-box", "US", "kv", (g) => {
    const p = g.person("us", "F");
    const zip = g.pick(["86033", "86044", "86510"]);
    return t`Referral to rheum won't process without a street address. Pt only has a PO box:
Name: ${N(p.full)}
Mailing: ${AD(`PO Box ${g.int(100, 2999)}, Kayenta, AZ ${zip}`)}
Dx: seropositive RA, CCP >250
Clinic says the EHR requires a physical address. What do you put for patients on the Nation who have no street number?`;
  }),
  tpl("us-county", "US", "lowercase-chat", (g) => {
    const county = g.pick(US_COUNTIES);
    return t`rural doc venting. my pt from ${AD(county)} drove 3 hrs for a colonoscopy and got cancelled bc no driver. we need a better answer for people who live alone. what do you do`;
  }),
  tpl("us-compact-dob", "US", "lab-export", (g) => {
    const dob = g.dob(30, 70);
    const acc = `${g.pick(["CH", "HM", "SP"])}${String(g.int(23, 25))}-${g.r.digits(6)}`;
    return t`Pasting the HL7 segment our interface choked on, identifiers partly masked by the export but not all:
PID|1||*****||*****^*||${DT(fmt.compact(dob))}|F
OBR|1|${OI(acc)}||BCR-ABL quant
Result 0.0021% IS. That's MR4.5, right? She wants to try TFR after 6 yrs on imatinib.`;
  }),
  tpl("us-compact-short", "US", "sms", (g) => {
    const d = g.recent(400, 200);
    return t`EGD ${DT(fmt.dashShort(d))} showed LA grade C, on PPI bid since. repeat scope now or just treat? pt wants to stop the PPI, worried about dementia headlines`;
  }),
  tpl("us-march-of-52", "US", "case", (g) => {
    const y = g.int(40, 58);
    const m = g.pick(["March", "June", "October", "December"]);
    return t`Old chart archaeology: pt says she had "rheumatic fever as a girl" and a mitral commissurotomy in ${DT(`${m} of '${y}`)}. Echo now: severe MS, MVA 0.9, heavily calcified. Not a balloon candidate I assume. TAVR-style valve in native MS anyone?`;
  }),
  tpl("us-age-words", "US", "case", (g) => {
    const w = g.pick(["ninety-one", "ninety-four", "ninety-six", "ninety-eight"]);
    return t`My patient, aged ${AGE(w)}, sharp as a tack, plays bridge weekly, now with severe symptomatic AS. Cardiology says TAVR is fine "at any age" if frailty is low. Her son says she's too old. How do you frame the conversation?`;
  }),
  tpl("us-age-turns", "US", "lowercase-chat", (g) => {
    const a = g.pick(["92", "95", "97", "101"]);
    return t`she turns ${AGE(a)} next month and wants her first colonoscopy "to be safe". i said no. her daughter is furious. am i wrong`;
  }),
  tpl("us-age-102", "US", "short-reply", () => {
    return t`Had a ${AGE("102-year-old")} on our service last month with a hip fracture. Surgery day 1, home by day 6. Chronological age is a terrible proxy.`;
  }),
  tpl("us-hospice-full", "US", "bold-labels", (g) => {
    const p = g.person("us", "M");
    const a = usAddr(g);
    const ph = phone.us(g.r, 0);
    const s = ids.ssn(g.r);
    const dob = g.dob(90, 96);
    return t`**Hospice referral, need advice on eligibility**
**Patient:** ${N(p.full)}
**DOB:** ${DT(fmt.us(dob))} (${AGE(`${g.age(dob)} y/o`)})
**SSN:** ${SS(s)}
**Home:** ${AD(a.full)}
**Phone:** ${PH(ph)}
**Dx:** HFpEF, 3 admissions in 6 months, albumin 2.6, PPS 40%
Hospice says he doesn't meet LCD criteria because EF is preserved. Which criteria do you cite for HFpEF?`;
  }),
  tpl("us-nickname", "US", "case", (g) => {
    const p = g.person("us", "M");
    const nick = g.pick(["Bubba", "Skip", "Tiny", "Red", "Junior"]);
    return t`Everybody at the VA calls him "${N(nick)}" - real name ${N(p.full)} - he's been coming to our clinic for 20 years. New diagnosis of ALS, and he wants to stop the BiPAP he hasn't even started. Thoughts on framing NIV as comfort, not prolongation?`;
  }),
  tpl("us-our-patient-kevin", "US", "short-reply", (g) => {
    const first = g.pick(["Kevin", "Darnell", "Trevor", "Marcus", "Dwayne"]);
    return t`Following up on the thread from last week: our patient ${N(first)} did get the LVAD, discharged POD 19, driveline looks clean. Thanks for the advice on anticoagulation.`;
  }),
  tpl("us-introduced-herself", "US", "case", (g) => {
    const p = g.person("us", "F");
    return t`ED night. Woman walks in, introduced herself as ${N(p.full)}, asked for "the pill that stops the baby", 11 weeks by LMP. We're in a state with a 6 week ban. I gave her information about out-of-state clinics. Legal said I can't even do that. What is everyone else doing?`;
  }),
  tpl("us-photo-filename", "US", "question", (g) => {
    const p = g.person("us", "M");
    const fnm = `${p.first.toLowerCase()}_${p.last.toLowerCase().replace(/[^a-z]/g, "")}_lle_ulcer_day14.jpeg`;
    return withNote(t`Derm peeps, can't attach the photo here for obvious reasons but the file I sent to our wound team is ${OI(fnm)}. Punched-out shin ulcer, violaceous border, pt has UC. Pyoderma or vasculitis? Biopsy the edge?`, "photo file name containing the patient's name");
  }),
  tpl("us-inmate", "US", "question", (g) => {
    const num = `${g.r.digitsNz(6)}`;
    return t`Prison health: TDCJ #${OI(num)}, 44M, HCV genotype 1a, F3. The unit won't start DAAs until F4. I'm an outside consultant. Anyone successfully appealed this with their state DOC?`;
  }),
  tpl("us-a-number", "US", "question", (g) => {
    const a = `A${g.r.digitsNz(3)}-${g.r.digits(3)}-${g.r.digits(3)}`;
    return withNote(t`Detention center transfer, pt only identified by alien registration number ${OI(a)} on the paperwork. Active TB on CXR. Who do I notify so he's not deported mid-treatment?`, "immigration A-number is a unique identifier");
  }),
  tpl("us-handle", "US", "lowercase-chat", (g) => {
    const handle = `@${g.pick(["sober", "recovering", "clean"])}_${g.pick(["mama", "queen", "warrior"])}${g.int(80, 99)}`;
    return t`teen pt posted her BMI and meal plan on tiktok (${OI(handle)}), 40k followers, and her followers are sending her "tips". ED program says they can't stop it. has anyone involved the platform`;
  }),
  tpl("us-youtube", "US", "question", (g) => {
    const p = g.person("us", "M");
    const chan = `youtube.com/@${p.first.toLowerCase()}${p.last.toLowerCase().replace(/[^a-z]/g, "")}fights${g.pick(["als", "gbm", "cancer"])}`;
    return t`Pt with GBM vlogs his treatment at ${UR(chan)} and filmed our clinic visit without asking. Nice guy, good intentions. Can I ask him to not film me?`;
  }),
  tpl("us-specimen", "US", "accession", (g) => {
    const acc = `S${g.int(24, 25)}-${g.r.digits(5)}`;
    return t`Path signed out as "atypical lymphoid infiltrate, favour reactive" on accession ${OI(acc)}. Flow was negative. Clinically this is a 3 cm posterior cervical node in a 19yo. Re-biopsy excisional or observe 4 weeks?`;
  }),
  tpl("us-employer-email", "US", "question", (g) => {
    const p = g.person("us", "M");
    const co = g.pick(["brightlinefreight", "tricountyroofing", "coastalcoldstorage"]);
    return withNote(t`His supervisor emailed me from ${EM(`${p.first.charAt(0).toLowerCase()}${p.last.toLowerCase().replace(/[^a-z]/g, "")}@${co}.com`)} asking "when he'll be back on the forklift". Pt had a seizure 2 weeks ago. I'm not answering that email, right?`, "employer's email counts under Safe Harbor");
  }),
  tpl("us-vin", "US", "case", (g) => {
    const v = ids.vin(g.r);
    return t`Weird one: CO poisoning, COHb 28%, pt was sleeping in his truck with the engine running in the cold. Fire dept says the exhaust was rusted through and gave us the VIN ${VE(v)} for the recall check. HBO for COHb 28 and a brief LOC? He's neurologically fine now.`;
  }),
  tpl("us-plate-parking", "US", "lowercase-chat", (g) => {
    const pl = plate.usOther(g.r);
    return t`security towed my dialysis pts car AGAIN (plate ${VE(pl)}) from the handicap spot while she was on the machine. 4 hrs chair time. who do i even yell at`;
  }),
  tpl("us-encounter", "US", "encounter", (g) => {
    const enc = g.r.digitsNz(9);
    const d = g.recent(30, 2);
    return withNote(t`Encounter #${AC(enc)}, seen ${DT(fmt.usMD(d))}: 27F, 3rd trimester, BP 168/112, platelets 88, AST 240. OB says mag + deliver. She's 33+2. Steroids first or straight to delivery?`, "encounter (visit/financial) number labelled as account");
  }),
  tpl("us-dob-loose", "US", "kv", (g) => {
    const dob = g.dob(18, 40);
    const p = g.person("us", "F");
    return t`pt: ${N(`${p.first.charAt(0)}. ${p.last}`)}, dob ${DT(fmt.usLoose(dob))}
cc: recurrent UTI, 4 in 6 mo
cultures: E coli x3, pan-S; Klebsiella x1
Prophylaxis with nitrofurantoin post-coital or daily? She prefers post-coital.`;
  }),
  tpl("us-phone-relative", "US", "case", (g) => {
    const p = g.person("us", "F");
    const ph = phone.us(g.r, 2);
    return t`Pt left AMA with a K of 2.4 and a QTc of 540. Her sister ${N(p.first)} is the only contact, cell ${PH(ph)}, not answering. Police welfare check is our next step. Anyone ever involved a mobile crisis team for a medical (not psych) AMA?`;
  }),
  tpl("us-mrn-no-keyword", "US", "short-reply", (g) => {
    const m = `E${g.r.digits(7)}`;
    return withNote(t`Tried the new order set, typed ${MR(m)} into the patient search and it pulled up the wrong patient with a similar name. Reported. Be careful out there.`, "EHR number typed into patient search = MRN");
  }),
  tpl("us-ehr-screenshot-url", "US", "question", (g) => {
    const id = g.r.digitsNz(7);
    return t`Our new portal sends messages with links like ${UR(`https://myhealth.mercyvalley.org/patient/${id}/messages?thread=88`)} and they open without login on mobile. Already told IT. Anyone seen this with Epic?`;
  }),
  // negatives
  neg("us-neg-mayo", "US", "question", "Trained at Mayo, now at a community hospital in the Midwest. We don't have a TAVR program and the nearest one is 2 hours away. For a 78-year-old with severe AS and a frailty score of 4, do you refer or try balloon valvuloplasty as a bridge?", "training institution and an age under 90"),
  neg("us-neg-poison", "US", "short-reply", "For the parent asking about the button battery: Poison Control is 1-800-222-1222 and the National Capital Poison Center has a battery hotline at 800-498-8666. Honey 10 mL every 10 min until imaging if <12 h and no perforation.", "public service numbers"),
  neg("us-neg-988", "US", "short-reply", "Reminder: the crisis line is 988 (call or text). For veterans press 1. I put it on every discharge AVS now."),
  neg("us-neg-labs", "US", "lab-table", "Can someone sanity-check this panel?\n\n| Test | Value | Ref |\n|---|---|---|\n| Na | 128 | 135-145 |\n| K | 5.9 | 3.5-5.1 |\n| Cr | 2.41 | 0.6-1.2 |\n| Cortisol 08:00 | 2.1 | 5-25 |\n| ACTH | 412 | 7.2-63 |\n\nPrimary adrenal insufficiency, yes? Hydrocortisone 15/5/5 and fludro 0.1?", "lab table with ranges and a clock time"),
  neg("us-neg-icd", "US", "kv", "Coding question: E11.65 vs E11.649 for a T2DM pt with hyperglycemia and a hypo last month? Our coder says both. CPT 99214 with G2211. Payer is rejecting the G-code.", "ICD-10, CPT and HCPCS codes"),
  neg("us-neg-own-signature", "US", "signature", "Happy to share our sepsis order set with anyone who asks.\n\n--\nMarisa Delgado, MD\nHospital Medicine, St. Brendan Regional\nOffice (505) 272-4410 | mdelgado@stbrendanregional.org", "the posting physician's own signature"),
  neg("us-neg-phineas", "US", "case", "Teaching point for residents: Phineas Gage (1848) and patient H.M. are still the best illustrations of frontal and medial temporal lobe function. I start every neuro block with them.", "historical patients in the literature"),
  neg("us-neg-boston", "US", "question", "Are you using the Boston criteria 2.0 for CAA in your amyloid-spectrum workup before lecanemab? We had a pt with 6 microbleeds excluded. Also the Seattle Heart Failure Model for LVAD timing, anyone still using it?", "criteria named after cities"),
  neg("us-neg-trial", "US", "question", "SPRINT vs ACCORD-BP: for a 74-year-old diabetic with CKD 3b, where do you target? I'm at 130 systolic and she gets orthostatic at 120.", "trial names and an age under 90"),
  neg("us-neg-doses", "US", "sms", "vanc trough 19.8 @ 0600 after 1250 q12, cr 1.4 -> 1.9. hold next dose and re-check at 1800? AUC dosing would be nicer but pharm is off at night", "doses, clock times, levels"),
  neg("us-neg-89", "US", "case", "89-year-old man, MMSE 26, independent, hip fracture. Anesthesia wants to cancel because of a 'new murmur' 3/6 SEM. Echo: mild AS, AVA 1.4. Proceed?", "age 89 is not PHI; 3/6 is a murmur grade"),
  neg("us-neg-years", "US", "case", "Pt with a history of Hodgkin lymphoma treated with mantle radiation in 1988, then breast cancer in 2009, now severe AS and constrictive physiology. Radiation heart disease is a beast. Surgery or TAVR?", "bare years"),
  neg("us-neg-relative-times", "US", "short-reply", "POD 3 after Whipple, drain amylase on POD 1 was 4,000 and now 300. Pull it tomorrow or wait till Friday? Surgeon's on vacation until next Monday.", "relative days and weekdays"),
  neg("us-neg-device-model", "US", "question", "Anyone else seeing early battery depletion with the Medtronic Azure XT DR MRI? Ours went ERI at 4 years. Rep says 'within spec'.", "device model, no serial"),
  neg("us-neg-conference", "US", "short-reply", "See you at ACC.25 in Chicago, March 29-31. Our late-breaker session is Sunday at 10:45 in room S103.", "conference dates and city"),
  neg("us-neg-npi-self", "US", "question", "Cigna credentialing keeps rejecting my NPI as 'not found'. Has anyone had to re-register with CAQH after moving practices? My new group's tax ID is on file.", "the physician's own credentialing, no number given"),
  neg("us-neg-stats", "US", "case", "QI data for our unit: 92% hand hygiene compliance, 96 central line days, 0 CLABSI, median LOS 4.1 days. Is 92 good enough or do we push for 95?", "percentages and counts, not ages"),
];
