/**
 * Batch 21: a held-out style batch written blind to the scanner — physician-forum posts across
 * specialties and countries, ~80 carrying identifiers and ~70 identifier-free but tempting.
 * Countries outside the Country type are tagged with the nearest code; `note` names the real setting.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Ctx, type Batch, type Made, type Negative, type Template } from "./markup";

/** One hand-written post for one country; `note` records the real setting when the tag is approximate. */
const t = (key: string, country: Country, make: (x: Ctx) => string, note?: string): Template => ({
  key,
  countries: [country],
  make: (x: Ctx): Made => (note ? { text: make(x), note } : make(x)),
});
const n = (key: string, country: Country, text: string, note?: string): Negative => (note ? { key, country, text, note } : { key, country, text });

const positives: Template[] = [
  // ---------------------------------------------------------------- United States
  t("b21-us-derm-curbside", "US", () =>
    `Derm curbside: ${$.name("Marisela Quintanilla")} (41F) has annular violaceous plaques on both shins ~6 wks after starting hydroxychloroquine for RA. Biopsy, or stop the drug and watch?`),
  t("b21-us-em-co-narrative", "US", () =>
    `Long one, sorry. Night shift, EMS brings in a 58M found down in the workshop behind his house at ${$.addr("1147 Sawmill Rd, Lumberton, NC 28358")}. Wife found him around 2 am. Carboxyhemoglobin 31%, lactate 4.2, troponin mildly up. He had been running a propane heater with the bay door shut because of the cold snap.

${$.name("Delbert")} woke up after about 4 h of 100% NRB but he had a witnessed LOC, so by most criteria he qualifies for HBO. Nearest chamber that takes nights was 2.5 h by ground and the helicopter was grounded for weather. We kept him, he went home on ${$.date("Nov 3")} with a normal neuro exam, and now I keep reading about delayed neurologic sequelae at 6 weeks.

Did we do him a disservice by not driving him to the chamber? What do your shops actually do when the chamber is that far away?`),
  t("b21-us-billing-fwd", "US", (x) =>
    `---------- Forwarded message ---------
From: Patient Financial Services
Subject: RE: denial - ${$.name("Wendell Ashby")}

Dr. Kaur, the claim bounced because the SSN we have on file (${$.ssn(K.ssn(x.r))}) does not match what CMS has for MBI ${$.plan(K.mbi(x.r, ""))}. Can you or your MA confirm with him at the follow-up? We can't rebill until it's fixed.
----------

^ anyone else's billing office asking physicians to chase demographic errors now? This is the third one this month.`),
  t("b21-us-ep-device", "US", () =>
    `EP folks: my pt ${$.name("Harlan Voss")} has a Medtronic Azure XT DR MRI SureScan, serial ${$.dev("RNB612044S")}. The rep mentioned an advisory on a manufacturing window. Is there a lookup page by serial or do I have to call tech services?`),
  t("b21-us-peds-chat", "US", () =>
    `ok so peds q, its late. 3yo ${$.name("jaxon pruett")} mom texted from her cell ${$.phone("(919) 682-4471")} saying he "maybe swallowed" a coin battery from the car key fob. told her go straight to ED and give honey 10ml q10min on the way. was that right for age 3?? i always forget the cutoff lol`),
  t("b21-us-psych-tiktok", "US", () =>
    `Psych ethics q: a 19yo outpatient posts her cutting videos publicly on ${$.url("tiktok.com/@sadgirlbrie_")}. Her mom sent me the link. Is it a boundary problem to look before our next session, or a safety duty not to ignore it?`),
  t("b21-us-path-frozen", "US", () =>
    `Path: frozen on accession ${$.oid("SP24-018832")} (${$.name("Ruth Ann Kimbrough")}, retroperitoneal mass) was called "lipomatous, defer". Final: well-differentiated liposarcoma, MDM2 amplified by FISH. Surgeon is annoyed the margins weren't addressed intra-op. Would you have called it differently on frozen with only fat and a few atypical stromal cells?`),
  t("b21-us-occ-cdl", "US", () =>
    `Occ med / DOT exam. Driver ${$.name("Rodney Tubbs")}, Illinois CDL ${$.lic("T152-4471-8830")}, on insulin since March, A1c 8.1. Treating clinician filled the MCSA-5870 but it's dated more than 45 days before my exam. Do I have to send him back for a new one before I can certify?`),
  t("b21-us-portal-ip", "US", () =>
    `Weird one for the informatics folks. Our portal flagged a login to ${$.name("Gloria Benally")}'s account from ${$.ip("73.162.44.209")}. She says she has never used the portal; her grandson set up the email on file (${$.email("gbenally.lukachukai52@outlook.com")}). Do we lock it and who tells her?`),
  t("b21-us-fax-cpa", "US", () =>
    `Mrs. ${$.name("Donahue")} is a CPA, hates portals, wants her path report faxed to her own office at ${$.fax("(614) 488-2093")}. Our compliance person says okay with signed authorization. Do any of you still do that?`),
  t("b21-us-ob-bold", "US", () =>
    `**Pt:** ${$.name("Destiny Carrothers")}
**MRN:** ${$.mrn("004417829")}
**EDD:** ${$.date("9/14")}
**Issue:** G3P2, two prior LTCS, now wants TOLAC at 37 wks; our hospital doesn't have 24/7 in-house anesthesia.

Do I have to transfer care or can I document informed refusal of repeat CS and proceed?`),
  t("b21-us-nephro-medicaid", "US", () =>
    `Nephro: dialysis pt's transportation keeps cancelling. Broker says his Medicaid ID ${$.plan("71458820C")} shows inactive but the hospital account #${$.acct("4000731982")} was billed fine last week. Anyone know if MCO churn can do this mid-month?`),
  t("b21-us-endo-pump", "US", () =>
    `Anesthesia/endo: pt on a Tandem t:slim X2 for surgery tomorrow. Pump serial ${$.dev("1148822")} throws "occlusion" alarms on every reposition. Do you suspend and run an insulin infusion for a 3 h case or leave it on basal?`),
  t("b21-us-id-email", "US", () =>
    `ID folks — ${$.name("RJ Whitlock")} (returned from a hunting trip, fever, thrombocytopenia) emailed me from ${$.email("rj.whitlock77@gmail.com")} asking if he can skip the doxy since he "feels fine now". Day 4 of 7. Push him to finish, yes?`),
  t("b21-us-neuro-dictation", "US", () =>
    `dictation pasted sorry no punctuation patient is ${$.name("Terrence Mabry")} date of birth ${$.date("april 9th 1961")} presents with right hand weakness onset this morning last known well 6 am nihss 4 ct negative cta with M2 occlusion his daughter can be reached at ${$.phone("336 217 5540")} question is would you thrombectomy a distal M2 with nihss 4`),
  t("b21-us-onc-table", "US", () =>
    `Tumor board list for Thursday, one pt I want input on:

| Pt | DOB | MRN | Dx | Regimen | Cycle |
|---|---|---|---|---|---|
| ${$.name("Okafor, Ngozi")} | ${$.date("03/22/1966")} | ${$.mrn("E1184620")} | mCRC, RAS wt | FOLFOX + panitumumab | C4 |

Grade 3 acneiform rash despite doxy prophylaxis. Hold EGFR or dose-reduce?`),
  t("b21-us-soap-91", "US", () =>
    `S: ${$.age("91")}M, Mr. ${$.name("Solberg")}, c/o 3 days of melena, on aspirin + clopidogrel (DES 2023).
O: HR 104, BP 98/60, Hb 7.1 (baseline 11).
A: Upper GI bleed, dual antiplatelet.
P: PPI infusion, transfuse, GI in AM.

Question for cards: how long can I hold the clopidogrel with a stent placed 14 months ago?`),
  t("b21-us-rural-route", "US", () =>
    `FM in eastern Kentucky. Patient's only mailing address is ${$.addr("RR 2 Box 118, Hazard, KY 41701")} and the specialty pharmacy won't ship biologics to a rural route box. Any workaround besides having her drive 90 minutes to pick up?`),
  t("b21-us-rn-license", "US", () =>
    `Tricky one. My patient is an ICU nurse, Texas RN license ${$.lic("924187")}, and she disclosed diverting fentanyl. She's in treatment and asked me not to report. I'm not her employer. Am I obligated to report to the board in TX?`),
  t("b21-us-vin-mvc", "US", (x) =>
    `Insurance adjuster called my office asking me to confirm injuries "for the loss involving VIN ${$.veh(K.vin(x.r, "1FT"))}". She wanted the ortho findings on ${$.name("Cody Harrelson")} over the phone. No authorization on file. I said no — right call?`),
  t("b21-us-spanish-rgv", "US", () =>
    `Border health question. La señora ${$.name("Yesenia Ocampo")}, 52, de ${$.addr("Pharr, TX")}, has been getting metformin and "inyecciones para el azúcar" across the river in Reynosa. A1c 11. She doesn't know what the injection was. How do you safely reconcile meds when the patient buys across the border?`),
  t("b21-us-derm-insta", "US", () =>
    `Derm: patient runs a skincare account (${$.url("instagram.com/lupe.glowskin")}) and is posting before/after photos from OUR clinic visits with our logo visible. She's the subject, so her call? Or do we have exposure?`),
  t("b21-us-guarantor", "US", () =>
    `Patient brought in a collections letter for guarantor account ${$.acct("PAT-00418829")} from a visit where we told her it'd be charity care. Who do I escalate this to — is this even a physician problem?`),

  // ---------------------------------------------------------------- Philippines (tagged US)
  t("b21-ph-preeclampsia", "US", () =>
    `Good day doctors. Patient ${$.name("Ma. Theresa Dizon")}, 34 y/o G2P1, from ${$.addr("Brgy. Lahug, Cebu City")}, PhilHealth no. ${$.plan("12-025487931-6")}. Admitted for severe pre-eclampsia at 32 weeks. We only have MgSO4 and hydralazine, no labetalol stock in our provincial hospital. Is hydralazine 5 mg IV q20 min ok po, and when to give dexamethasone? Thank you in advance.`,
    "Philippines (Cebu provincial hospital); tagged US"),
  t("b21-ph-dengue-chat", "US", () =>
    `sir/ma'am pa help, dengue warning signs pt ${$.name("Jun-Jun")} 12y/o, platelet 18k, Hct rising 44->49, mother is asking for transfer to private hosp in Davao, her number ${$.phone("0917 842 3316")}. ok lang ba to transfer while on fluids?`,
    "Philippines (Mindanao district hospital); tagged US"),

  // ---------------------------------------------------------------- United Kingdom
  t("b21-uk-gp-address", "UK", (x) =>
    `GP here. Mrs ${$.name("Beverley Haworth")}, NHS no ${$.plan(K.nhsNumber(x.r))}, lives at ${$.addr("14 Ashfield Terrace, Leeds LS9 7TF")}. Social services refused the care package on the basis she "has capacity" but she left the gas on twice this week. What's the next lever?`),
  t("b21-uk-ae-longlie", "UK", () =>
    `A&E: ${$.age("92")} yo gent from ${$.addr("Hebden Bridge")}, found on the kitchen floor after an estimated 20 h long lie. CK 14,000, AKI stage 2. Frailty scale 6. He's adamant he goes home tonight. Medics won't take him, ortho says no fracture. Who owns this?`),
  t("b21-uk-psych-sms", "UK", () =>
    `Got a text at 2 am on my personal mobile from a former inpatient: "its ${$.name("Kirsty")} from ward 4, I cant do this anymore". Number came up as ${$.phone("07712 481 309")}. I rang 999 for a welfare check. Now wondering how she got my number and what I should document and where.`),
  t("b21-uk-discharge", "UK", () =>
    `DISCHARGE SUMMARY
Patient: ${$.name("PRITCHARD, Eleri")}   DOB: ${$.date("14/02/1949")}   Hosp No: ${$.mrn("K0482213")}
Consultant: Dr Ahmed (Care of the Elderly)
Diagnosis: Urosepsis with delirium
Allergies: Penicillin (anaphylaxis)
Meds on discharge: Co-amoxiclav 625 mg TDS 5/7

^ Yes, really. Caught it on the GP side. How do your trusts stop the EPMA overriding a documented allergy at TTO stage?`),
  t("b21-uk-scot-chi", "UK", (x) => {
    const chi = K.chiNumber(x.r, { d: 23, m: 6, y: 1958 });
    return `Ortho, Highlands. ${$.name("Eilidh MacAskill")}, CHI ${$.plan(chi)}, 66, hip fracture, on edoxaban last dose 10 h ago. Anaesthetics want to wait 24 h; I want theatre this afternoon. Spinal after 24 h or GA now?`;
  }),
  t("b21-uk-filename", "UK", () =>
    `Radiology reg here. Someone has uploaded "${$.name("Okonkwo")}_${$.name("Chidera")}_MRI_brain_${$.date("2024-03-11")}.pdf" to the regional teaching drive instead of the anonymised version. Who do I tell first — Caldicott guardian or IG team?`),
  t("b21-uk-tsv-handover", "UK", () =>
    `Handover sheet pasted (one patient, rest removed):
Bed\tName\tHosp no\tIssue\tPlan
12\t${$.name("HUSSAIN Tariq")}\t${$.mrn("RWA3318804")}\tNSTEMI, Hb 78\tangio Tues if Hb ok

Is it reasonable to transfuse to 80 before angio or hold off?`),
  t("b21-uk-rtc-reg", "UK", () =>
    `ED consultant. Police turned up asking whether the driver of ${$.veh("KX19 HVB")} had been drinking — he's our patient in resus, blood alcohol was sent for clinical reasons. Can I disclose without consent under the serious crime exemption?`),
  t("b21-uk-email-fwd", "UK", () =>
    `> From: ${$.email("dazza.threlfall@btinternet.com")}
> Sent: Tuesday
> Subject: my scan
> Doctor can you just email me the result i cant get through on the phone

Neuro clinic. ${$.name("Darren Threlfall")} has a new glioma on MRI. He keeps emailing my NHS.net. I won't break it by email — but how long can I reasonably wait for the next clinic slot?`),
  t("b21-uk-jw-anaesthesia", "UK", () =>
    `Anaesthetics: elective hemicolectomy next week, Mr ${$.name("Ogunbiyi")} is a Jehovah's Witness, Hb 104, accepts cell salvage if continuous circuit. Advance decision signed. Anyone got a good pre-op IV iron protocol that works in 7 days?`),

  // ---------------------------------------------------------------- Ireland
  t("b21-ie-gp-mayo", "IE", (x) =>
    `Rural GP out west. ${$.name("Gráinne Ní Mhurchú")} (PPSN ${$.ssn(K.ppsn(x.r))}) lives at ${$.addr("Cloonfad Road, Ballyhaunis, Co. Mayo, F35 XK82")}, no car, 40 km from the nearest dialysis unit. HSE transport says 3 runs a week is "not sustainable". Anyone had success with home HD referrals?`),
  t("b21-ie-obs-rotunda", "IE", () =>
    `Obs reg: booking MRN ${$.mrn("0873321")}, primip, EDD ${$.date("19/08")}, BMI 46. Anaesthetic review says "difficult airway likely". Would you offer an early epidural as soon as she's in labour even if she's not asking?`),
  t("b21-ie-as-gaeilge", "IE", () =>
    `Dia dhaoibh. Fear ${$.name("Seán Ó Dubhghaill")}, 88, ó ${$.addr("Béal an Mhuirthead")}, taken ill on ${$.date("22 Deireadh Fómhair")} — Irish-speaking only when delirious, the interpreter service can't do Irish at night. How do other units manage capacity assessment in Irish?`),

  // ---------------------------------------------------------------- Canada
  t("b21-ca-ohip", "CA", (x) =>
    `Family med question. ${$.name("Gurpreet Dhaliwal")}'s OHIP ${$.plan(K.ohip(x.r))} keeps rejecting with "version code invalid" even though she renewed. Her cell is ${$.phone("416-739-2281")}, should I just have her call ServiceOntario or is there a physician line?`),
  t("b21-ca-qc-franglais", "CA", (x) =>
    `Question en médecine interne: Mme ${$.name("Marie-Ève Thibodeau")}, RAMQ ${$.plan(K.ramq(x.r, "Thibodeau", "Marie-Ève", { d: 4, m: 11, y: 1967 }, true))}, elle habite à ${$.addr("Rimouski")}, TEP demandé pour un nodule 14 mm mais le délai est de 10 semaines. Is it reasonable to biopsy first or am I going to get a non-diagnostic?`),
  t("b21-ca-bc-phn", "CA", (x) =>
    `BC PHN ${$.plan(K.bcPhn(x.r))} — ${$.name("Kyle Sinclair")}, 27, from ${$.addr("Prince George")}, tree planter with a hand laceration now cellulitic with lymphangitis. Outpatient cephalexin failed. Who else is seeing more MRSA up north?`),
  t("b21-ca-nunavut", "CA", () =>
    `Locum in Iqaluit. Elder from ${$.addr("Pangnirtung")}, ${$.age("ninety-one")}, medevac'd for pneumonia, speaks only Inuktitut. Family want her home to pass there. The weather window is tomorrow. How do others handle palliative repatriation up here?`),
  t("b21-ca-peds-nickname", "CA", () =>
    `Peds: ${$.name("Brayden Fortier")} (everyone calls him "${$.name("Bray")}"), 9, recurrent knee effusions, ANA neg, Lyme IgG pending. We're in eastern Ontario — septic joint ruled out twice. Refer rheum or wait for Lyme?`),

  // ---------------------------------------------------------------- Australia / NZ
  t("b21-au-medicare-dubbo", "AU", (x) => {
    const m = K.auMedicare(x.r);
    return `Rural GP. ${$.name("Sharnie Blackwood")}, Medicare ${$.plan(m.number)} IRN ${m.irn}, from ${$.addr("Dubbo NSW 2830")}, needs an urgent colonoscopy and the public wait is 9 months. Category 1 referral got downgraded. Who do you ring?`;
  }),
  t("b21-au-ute-rego", "AU", () =>
    `mate quick one. told ${$.name("Jarrod")} after his first seizure no driving for 6 months. 2 weeks later his ute is parked out the front of the clinic, rego ${$.veh("CK52 LT")}. do I notify TfNSW myself or is that overreach?`),
  t("b21-au-dva-ihi", "AU", (x) =>
    `Veteran, 82, DVA Gold Card ${$.plan(K.dvaFile(x.r))}, IHI ${$.oid(K.ihi(x.r))}. My Health Record shows a discharge summary from another state that contradicts what he tells me about his AAA repair. Whose record do I trust?`),
  t("b21-au-po-box", "AU", () =>
    `NT remote. ${$.name("Kirra Ngalkin")} lives on an outstation, only address is ${$.addr("PO Box 412, Katherine NT 0851")}. RHD secondary prophylaxis, benzathine penicillin q28d and she's missed three. Any community models that have actually worked?`),
  t("b21-nz-nhi", "NZ", (x) =>
    `Kia ora koutou. ${$.name("Aroha Te Kani")} (NHI ${$.plan(K.nzNhi(x.r))}), lives in ${$.addr("Kaikohe")}, 23, second trimester, new rheumatic heart disease murmur. Cardiology in Auckland won't see her for 8 weeks. Anyone in Northland get a faster pathway?`),
  t("b21-nz-reply-whanau", "NZ", () =>
    `Reply to above: I'd ring the whānau directly. Her son ${$.name("Wiremu")} is on ${$.phone("021 448 3920")} and is the one who makes the decisions. Worked for us.`),
];

positives.push(
  // ---------------------------------------------------------------- India / Pakistan
  t("b21-in-aadhaar", "IN", (x) =>
    `Patient ${$.name("Lakshmi Venkataraman")}, 67F, Aadhaar ${$.ssn(K.aadhaar(x.r))}, PM-JAY package for CABG got rejected because the Aadhaar seeding failed at the kiosk. Hospital billing wants to convert to cash. Has anyone escalated to the SHA successfully?`),
  t("b21-in-hinglish-op", "IN", () =>
    `Sir ek case discuss karna hai. ${$.name("Ramesh")} ji, 54M, kisan from ${$.addr("Gadarwara, Narsinghpur")}, OP poisoning (chlorpyrifos), atropine 2 din se chal raha hai, ab secretions kam hain but intermediate syndrome ka dar hai. Uske bete ka number ${$.phone("+91 98260 47713")} hai agar koi tele-consult kar sake. Pralidoxime continue karein?`),
  t("b21-in-ipd-abha", "IN", (x) =>
    `Kindly advise. IPD no ${$.mrn("IPD/2024/18823")}, ABHA ${$.oid(K.abha(x.r))}, 34M, snake bite (likely Russell's viper), 20WBCT positive, given 10 vials ASV, still oozing at 12 h. Repeat 10 vials or wait for next 20WBCT?`),
  t("b21-in-initials-teacher", "IN", () =>
    `Interesting case from our OPD: Mr. ${$.name("R.K.")}, a schoolteacher from ${$.addr("Bhilwara")}, 45 yrs, painless progressive visual loss both eyes, started on ethambutol 4 months back for TB lymphadenitis. Colour vision gone. What are the chances of recovery after stopping?`),
  t("b21-pk-cnic", "IN", () =>
    `Asalam o alaikum colleagues. ${$.name("Muhammad Usman Qureshi")}, CNIC ${$.ssn("35202-4471823-9")}, from ${$.addr("Gulberg III, Lahore")}, Sehat Card admission for CKD, now needs AV fistula but the panel hospital says package exhausted. How do you people manage this?`,
    "Pakistan (Lahore); tagged IN"),

  // ---------------------------------------------------------------- Nigeria / Kenya / South Africa / Egypt
  t("b21-ng-yoruba-pph", "NG", () =>
    `E kaaro o colleagues. ${$.name("Oluwaseun Adebayo-Ogunleye")}, 29F, from ${$.addr("Ikorodu")}, brought in after home delivery with PPH, Hb 4.1. Blood bank has only two pints. Husband's phone ${$.phone("0803 412 7790")} — he's gone to find donors. Tranexamic acid already given. NASG available. Should we go for B-Lynch now or wait for blood?`),
  t("b21-ng-nin-nnewi", "NG", (x) =>
    `NHIA enrolment now demands NIN before they approve dialysis. ${$.name("Chukwuemeka Nwachukwu")} from ${$.addr("Nnewi")} has NIN ${$.ssn(K.nigeriaNin(x.r))} but the portal says "record not found". Any contact at NIMC that actually responds?`),
  t("b21-ng-kano-age", "NG", () =>
    `From Kano. Malama ${$.name("Hauwa'u Abdullahi")} — family say she is around ${$.age("95")}, no birth certificate — presented with bilateral leg oedema and a new murmur. Echo shows severe AS. Nobody will do TAVI here. Medical management only?`),
  t("b21-za-medical-aid", "ZA", (x) =>
    `${$.name("Annelie van der Merwe")}, ID ${$.ssn(K.zaId(x.r, { d: 7, m: 2, y: 1971 }, true))}, Discovery medical aid no. ${$.plan("204418873")}. Scheme declined her adalimumab for HS stage III, says not on formulary. Anybody written a successful motivation letter for Discovery?`),
  t("b21-za-khayelitsha", "ZA", () =>
    `Molweni. At the CHC today: ${$.name("Siyabonga Mthembu")}, 24M, TB meningitis on treatment, defaulted after 2 months. Lives in ${$.addr("Site C, Khayelitsha")}, cell ${$.phone("082 445 1093")}. The CHW can't find the house. Restart full regimen with steroids?`),
  t("b21-za-gogo-101", "ZA", () =>
    `Eastern Cape. ${$.age("101")}-year-old gogo from ${$.addr("Mthatha")}, hip fracture, family say she walked to church last week. Would you fix it or treat conservatively?`),
  t("b21-ke-nhif", "ZA", () =>
    `Hello docs, from Nairobi. ${$.name("Wanjiru Kamau")}, 31F, lives in ${$.addr("Githurai 45")}, NHIF no. ${$.plan("3318472")}, SLE nephritis class IV, cyclophosphamide not covered under the new SHA. Mycophenolate is out of pocket. What's your realistic induction regime here?`,
    "Kenya (Nairobi); tagged ZA"),
  t("b21-ke-knh-ip", "ZA", () =>
    `KNH: IP No. ${$.mrn("1419832")}, ${$.name("Otieno")} is a 38M boda boda rider, open tib/fib, 3 days since injury before reaching us. Ex-fix done. Is there a place for early flap or wait for the wound to declare?`,
    "Kenya (Kenyatta National Hospital); tagged ZA"),
  t("b21-eg-national-id", "NG", () =>
    `Greetings from Cairo. Patient ${$.name("Fatma Abdel-Rahman")}, national ID ${$.ssn("27103120101786")}, 53 years, HCV treated 2016 with sofosbuvir/daclatasvir, SVR, now new 3 cm LI-RADS 5 lesion. Transplant centre asking for the old PCR reports which are lost. Is repeat testing enough?`,
    "Egypt (Cairo); tagged NG"),

  // ---------------------------------------------------------------- Europe
  t("b21-fr-nir-roubaix", "FR", (x) =>
    `Bonjour à tous. Mme ${$.name("Bénédicte Lefèvre-Marchal")}, NIR ${$.plan(K.nir(x.r, true, { m: 5, y: 1961 }))}, domiciliée à ${$.addr("Roubaix")}. La CPAM refuse le transport assis pour ses séances de radiothérapie. Quelqu'un a déjà fait un recours qui a marché ?`),
  t("b21-fr-ehpad", "FR", () =>
    `Patiente née le ${$.date("12/07/1931")}, donc ${$.age("93")} ans, vit en EHPAD à ${$.addr("Quimper")}. Fibrillation atriale découverte, la famille refuse l'anticoagulant. Le médecin coordonnateur me demande d'arbitrer. Vous faites comment ?`),
  t("b21-fr-short-dates", "FR", () =>
    `Petite question ORL : M. ${$.name("Kerbrat")}, paralysie faciale périphérique apparue le ${$.date("3 mars")}, prednisolone débutée seulement le ${$.date("8 mars")}. Est-ce que ça vaut encore le coup à J5 ?`),
  t("b21-de-kvnr", "DE", (x) =>
    `Hallo zusammen. Herr ${$.name("Jürgen Köhler")}, KVNR ${$.plan(K.kvnr(x.r))}, wohnt in ${$.addr("Gelsenkirchen-Buer")}. Die Kasse lehnt die Reha nach Knie-TEP ab, weil er "zu mobil" sei. Widerspruch lohnt sich?`),
  t("b21-de-geb-handy", "DE", () =>
    `Kurze Frage aus der Hausarztpraxis: Frau ${$.name("Ayşe Demir")}, Geb. ${$.date("03.09.1957")}, neue Hyponatriämie 124 unter Citalopram. Sie ist unter ${$.phone("0176 2231 8845")} erreichbar, spricht aber wenig Deutsch. Absetzen oder auf Sertralin umstellen?`),
  t("b21-tr-kimlik", "DE", () =>
    `Hi from Istanbul. Patient ${$.name("Mehmet Yıldırım")}, TC kimlik no ${$.ssn("32874419176")}, from ${$.addr("Kadıköy")}, 61M, familial Mediterranean fever, colchicine resistant, SGK is not approving canakinumab without a second rheumatology report. Anyone know how the SGK appeal goes?`,
    "Turkey (Istanbul); tagged DE"),
  t("b21-es-dni-nuss", "ES", (x) =>
    `Buenas. Paciente ${$.name("María del Carmen Ruiz-Zorrilla")}, DNI ${$.ssn(K.dni(x.r))}, NUSS ${$.plan(K.nuss(x.r))}: la inspección médica le ha dado el alta por IT con una lumbociática L5 con déficit motor. ¿Alguien ha recurrido con éxito?`),
  t("b21-es-historia", "ES", () =>
    `Nefro: nº historia ${$.mrn("2318841")}, vive en ${$.addr("Alcalá de Guadaíra")}, 72 años, FG 18, quiere diálisis peritoneal pero vive sola. ¿Asistida en domicilio existe en vuestra comunidad?`),
  t("b21-it-codice-fiscale", "ES", () =>
    `Ciao a tutti, a question from Napoli. Sig.ra ${$.name("Carmela Iannuzzi")}, codice fiscale ${$.ssn("NNZCML41M62F839S")}, needs home oxygen and the ASL wants a new arterial blood gas although she's bedbound. Can a capillary gas be accepted anywhere in Italy?`,
    "Italy (Naples); tagged ES"),
  t("b21-pt-utente", "ES", () =>
    `Olá colegas. A D. ${$.name("Maria da Graça Figueiredo")}, nº utente SNS ${$.plan("284117093")}, mora em ${$.addr("Vila Nova de Gaia")}, 78 anos, ICC com FEr, furosemida oral já não chega. Hospitalização domiciliária com furosemida SC — alguém usa?`,
    "Portugal (Porto area); tagged ES"),

  // ---------------------------------------------------------------- Latin America
  t("b21-br-cpf", "BR", (x) =>
    `Pessoal, paciente ${$.name("José Cícero da Silva")}, CPF ${$.ssn(K.cpf(x.r))}, de ${$.addr("Juazeiro do Norte")}, 44a, doença de Chagas com BAV total, precisa de marcapasso e a regulação do estado diz 4 meses. Alguém conseguiu via judicialização mais rápido?`),
  t("b21-br-cns-whatsapp", "BR", (x) =>
    `Plantão de pediatria: ${$.name("Ana Clara Bezerra")}, 7 meses, bronquiolite, CNS ${$.plan(K.cns(x.r))}. Mãe mandou vídeo pelo WhatsApp ${$.phone("(81) 99734-2218")} mostrando tiragem. Alto fluxo disponível só na capital. Transferir ou CPAP de bolha?`),
  t("b21-mx-curp", "MX", (x) =>
    `Colegas, la Sra. ${$.name("Guadalupe Hernández Olvera")}, CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Olvera", nombre: "Guadalupe", dob: { d: 17, m: 1, y: 1982 }, female: true, state: "DF" }))}, de ${$.addr("Iztapalapa")}, lupus con nefritis, el IMSS-Bienestar no tiene micofenolato. ¿Ciclofosfamida Euro-Lupus mientras tanto?`),
  t("b21-mx-imss", "MX", (x) =>
    `Medicina del trabajo: trabajador ${$.name("Ulises Cárdenas")}, NSS ${$.plan(K.imssNss(x.r))}, tel. ${$.phone("55 4132 8876")}, lumbalgia crónica, el IMSS no le da incapacidad y su empresa lo quiere regresar a cargar. ¿Cómo documento restricción laboral?`),
  t("b21-ar-voseo", "AR", () =>
    `Che, consulta rápida: ${$.name("Facundo Echeverría")}, DNI ${$.ssn("28.417.903")}, vive en ${$.addr("Rosario")}, 47, hipertensión resistente con 4 drogas. ¿Vos le pedirías aldosterona/renina antes de sumar espironolactona o directo?`),

  // ---------------------------------------------------------------- East / South-East Asia
  t("b21-jp-setagaya-fax", "JP", () =>
    `Japanese GP here, sorry for my English. ${$.name("Watanabe Keiko")}-san, ${$.age("93")}歳, lives alone in ${$.addr("Setagaya-ku")}, family want us to send results by fax to home: ${$.fax("03-3412-7785")}. In Japan this is still common. Is fax ok in your country for elderly patients?`),
  t("b21-jp-hokensho", "JP", () =>
    `健康保険証 記号・番号: ${$.plan("3120・48")} — ${$.name("Sato Hiroshi")}, 58M, referred to us for colonoscopy but the card was expired because of the My Number card switch. Can we still bill as insured this month?`),
  t("b21-kr-rrn", "KR", (x) =>
    `From Seoul. ${$.name("Park Ji-hoon")}, RRN ${$.ssn(K.krRrn(x.r, { d: 15, m: 8, y: 1975 }, false))}, lives ${$.addr("Bundang-gu, Seongnam")}, hepatocellular carcinoma with HBV, Child-Pugh B7. Is atezolizumab-bevacizumab reasonable at B7 or sorafenib?`),
  t("b21-kr-kakao", "KR", () =>
    `소아청소년과 question. Mother of ${$.name("Kim Min-ji")} (6yo, Kawasaki disease, IVIG-resistant) keeps messaging me on KakaoTalk, ID ${$.oid("minji_mom0412")}. Should I move the conversation to the hospital app? How do Korean colleagues handle this?`),
  t("b21-cn-id", "CN", (x) =>
    `Colleagues, 陈晓玲 / ${$.name("Chen Xiaoling")}, ID ${$.ssn(K.cnId(x.r, "330106", { d: 9, m: 4, y: 1984 }, true))}, from ${$.addr("Xihu District, Hangzhou")}, thyroid nodule TI-RADS 4, FNA Bethesda III twice. Surgery or molecular testing? Molecular testing is not covered in Zhejiang.`),
  t("b21-cn-wechat", "CN", () =>
    `Psychiatry in Shanghai: patient's mother added me on WeChat (${$.oid("wxid_lmf19730822")}) and sends me her daughter ${$.name("Liang Meifang")}'s mood charts daily. Is it common for you to accept this? Our hospital has no policy.`),
  t("b21-vn-bhyt", "VN", () =>
    `Chào các anh chị. BN ${$.name("Nguyễn Thị Thu Hà")}, 45 tuổi, ở ${$.addr("quận Bình Thạnh")}, thẻ BHYT ${$.plan("DN4797921003188")}, SĐT ${$.phone("0903 128 475")}, sốt xuất huyết Dengue ngày 5, tiểu cầu 15 G/L. Should I transfuse platelets without bleeding?`),
);

const negatives: Negative[] = [
  n("b21n-gbs-brighton", "US", `Has anyone seen Guillain-Barré after the RSV vaccine in older adults? The FDA label update (January 2025) mentions it. Our case met Brighton level 2, nerve conduction showed AIDP. IVIG 0.4 g/kg/day x5. Would you report to VAERS even if causality is doubtful?`),
  n("b21n-nct-trial", "US", `Journal club tomorrow: NCT03036124 (DAPA-HF) vs NCT03057977 (EMPEROR-Reduced). Anyone have a one-slide summary of why the absolute risk reductions differ? NNT was ~21 in DAPA-HF over 18.2 months median follow-up.`),
  n("b21n-lab-table", "UK", `Lab pattern question, no clinical details needed:

| Test | Result | Ref range |
|---|---|---|
| Na | 128 | 133-146 mmol/L |
| K | 5.9 | 3.5-5.3 mmol/L |
| Glucose | 3.1 | 3.5-7.8 mmol/L |
| Cortisol 09:00 | 82 | 133-537 nmol/L |
| ACTH | 410 | <46 ng/L |

Straightforward Addison's, or is there something I'm missing with the glucose?`),
  n("b21n-vanc-schedule", "AU", `Vanc dosing in our ICU (eTG 2024): loading 25-30 mg/kg, then 15-20 mg/kg q12h, trough before 4th dose. Our nurses give at 08:00 and 20:00 and draw troughs at 07:30. Has anyone moved to AUC-guided dosing with the DoseMeRx app? Worth the subscription?`),
  n("b21n-okafor-lecture", "NG", `Prof. Okafor's lecture on sickle cell nephropathy at the WACP annual general and scientific meeting (Abuja, 14-16 March) was excellent — slides are on the college website. Does anyone have the reference for the hydroxyurea-albuminuria study he cited?`),
  n("b21n-phineas-gage", "US", `Teaching residents about frontal lobe syndrome. I always start with Phineas Gage (1848, the tamping iron) and then Patient H.M. for memory. Any newer, better-documented cases you use that students relate to?`),
  n("b21n-typhoid-mary", "US", `For the public health lecture: Mary Mallon ("Typhoid Mary") was forcibly isolated on North Brother Island for decades. Does anyone have a modern parallel to discuss compulsory TB detention ethics — our state statute is from 1947.`),
  n("b21n-helplines-uk", "UK", `Reminder for juniors: after-hours crisis line for patients is NHS 111 option 2, Samaritans on 116 123, and Shout on text 85258. Our ward extension for the psych liaison bleep is 4432. Please put these in the discharge letters.`),
  n("b21n-ndc-insulin", "US", `PSA: pharmacy switched our formulary insulin lispro from NDC 0002-7510-01 to the unbranded NDC 0002-7737-01. Same molecule, Lilly makes both. Patients are calling confused because the pen colour changed.`),
  n("b21n-lot-vaccine", "CA", `Our clinic received a recall notice for influenza vaccine lot U7K213AA (expiry 2025-06-30). Anyone know if PHAC wants us to recall patients who received it or just pull the remaining stock?`),
  n("b21n-device-model", "AU", `Which closed-loop pump are people starting teens on? We've used the Medtronic MiniMed 780G with Guardian 4 and the Tandem t:slim X2 with Control-IQ. The 780G's auto-correction every 5 minutes seems to help with missed boluses. Any data on the Omnipod 5 in Australia yet?`),
  n("b21n-pmid-doi", "UK", `Reference for the 2023 sepsis fluids debate: CLOVERS trial, N Engl J Med 2023;388:499-510, doi:10.1056/NEJMoa2212663, PMID 36688507. Conclusion: no difference in 90-day mortality between restrictive and liberal strategies.`),
  n("b21n-icd-codes", "IN", `Coding question for PM-JAY packages: we use ICD-10 I21.4 for NSTEMI and procedure code MC011A for PTCA. The claim got rejected saying mismatch. Anyone know the current package master version (HBP 2022)?`),
  n("b21n-bleep-rota", "UK", `F1 here. Which bleep covers surgical wards overnight? Rota says 2109 but switchboard says it was changed to 2117 from August. Hospital at Night coordinator is on 6020.`),
  n("b21n-daughter-roles", "US", `Family conflict question. Patient is a woman in her 80s with advanced dementia. The daughter wants a PEG, the son says mom never wanted tubes, there's no written advance directive. Ethics consult is 2 weeks out. How do you mediate in the meantime?`),
  n("b21n-ottawa-wells", "CA", `Teaching point from the department: the Ottawa ankle rules have ~99% sensitivity in adults, and the Canadian CT Head Rule excludes patients over 65 from the low-risk category. Combine with Wells score for DVT and you have the trifecta of Canadian decision tools.`),
  n("b21n-trained-aiims", "IN", `Anyone here trained at AIIMS Delhi in the 2000s? Trying to track down the old neurology residency handbook by Prof. Prasad — the one with the Guillain-Barré plasmapheresis protocol.`),
  n("b21n-takotsubo", "JP", `Takotsubo cardiomyopathy was first described in Japan in 1990 by Sato and colleagues in Hiroshima. I am preparing a talk for the Japanese Circulation Society meeting in Yokohama, and would like the original reference. Does anybody have it?`),
  n("b21n-isbn-textbook", "US", `Best ICU textbook for a new fellow? Marino's The ICU Book, 4th ed. (ISBN 978-1-4511-2163-1) or Oh's Intensive Care Manual? The program gives us $500 for books.`),
  n("b21n-clinic-hours", "IE", `Our rapid access chest pain clinic now runs Monday to Friday 08:30-16:30, referrals via Healthlink only. Fax referrals stopped from the start of this year. The secretary line is on the HSE website.`),
  n("b21n-switchboard", "UK", `If you need the on-call vascular team at Guy's and St Thomas', the switchboard is 020 7188 7188 — ask for the vascular registrar. Much faster than waiting for the network referral portal.`),
  n("b21n-nice-guideline", "UK", `NICE NG136 (hypertension, 2019, updated 2023) vs ESC 2024 — the ESC now says target 120-129 systolic for most adults. Are UK GPs changing practice or waiting for NICE?`),
  n("b21n-age-89", "DE", `Nephrology colleagues: would you start dialysis in an 89-year-old with eGFR 7, fully independent, who wants it? Our hospital has no formal age cut-off but the senior consultant is reluctant.`),
  n("b21n-rcp-address", "UK", `Exam candidates: the MRCP PACES venue for the spring diet is the RCP, 11 St Andrews Place, London NW1 4LE. Arrive 30 min before your carousel slot. Photo ID needed.`),
  n("b21n-nice-url", "UK", `Is there a quick link for the NICE diabetes in pregnancy guidance? I keep landing on the old version — https://www.nice.org.uk/guidance/ng3 is the right one, last updated December 2020.`),
  n("b21n-pacs-ip", "US", `Informatics PSA: our PACS viewer moved to a new server. If your workstation still points to 10.20.4.15 you'll get a blank study list. IT says clear the cache and use the new address in the shortcut on the desktop.`),
  n("b21n-ambulance-fleet", "ZA", `EMS colleagues in Gauteng: are you still running the old Toyota Quantum ambulances or have the Mercedes Sprinter conversions arrived? Our response times in the township areas are 90+ min.`),
  n("b21n-esc-congress", "FR", `Who's going to ESC Congress 2025 in Madrid (29 Aug - 1 Sep)? Looking for people to share an Airbnb near IFEMA. I'm presenting a poster on Saturday afternoon.`),
  n("b21n-apache-sofa", "US", `ICU question: APACHE II 24, SOFA 9 on day 1, lactate 6.8, two pressors. Family asks what the chance of survival is. How do you translate these scores into words for a family meeting?`),
  n("b21n-nonnative-roles", "CN", `Dear colleagues, I want to ask about one case. The patient is old man about 70 years, farmer, with the cough and weight lose for 3 months. CT show the cavity in right upper lobe. Sputum AFB negative three times. His son say he smoke since young. TB or cancer first?`),
  n("b21n-spanish-guideline", "MX", `Colegas, ¿ya revisaron la NOM-015-SSA2-2010 para diabetes? Hablan de metas de HbA1c <7% y la GPC IMSS-718-14. ¿Alguien sabe si hay actualización 2024?`),
  n("b21n-chinese-policy", "CN", `医保 question: from this year, the national drug list (NRDL 2024) includes semaglutide only for T2DM after metformin failure. Patients want it for weight loss. How do you explain self-pay vs 医保 to them?`),
  n("b21n-vn-moh-decision", "VN", `Bộ Y tế guideline Quyết định 2760/QĐ-BYT (2023) on dengue says platelet transfusion only when <10 G/L or bleeding. Many hospitals still transfuse at 20. What do you do in your hospital?`),
  n("b21n-br-portaria", "BR", `Alguém sabe se a Portaria GM/MS nº 3.088/2011 ainda rege os CAPS? O município quer fechar o CAPS AD III e abrir leitos em hospital geral. CID-10 F10.2 é maioria dos nossos usuários.`),
  n("b21n-de-awmf", "DE", `Die S3-Leitlinie Nicht-spezifischer Kreuzschmerz (AWMF-Registernummer nvl-007) rät von Opioiden ab. Trotzdem verlangen viele Patienten Tilidin. Wie argumentiert ihr in der Hausarztpraxis?`),
  n("b21n-fr-samu", "FR", `Régulation SAMU 15 : depuis la mise en place du SAS (service d'accès aux soins) dans notre département, les appels pour la permanence des soins passent par le 116 117. Retour d'expérience ?`),
  n("b21n-knh-kemri", "ZA", `Anyone attending the KEMRI annual scientific conference in Nairobi next month? The malaria vaccine (RTS,S/AS01) rollout data in western Kenya will be presented. I trained at Kenyatta National Hospital so happy to meet old colleagues.`, "Kenya; tagged ZA"),
  n("b21n-kasr-alainy", "NG", `Greetings. I graduated from Kasr Al Ainy (Cairo University) in 2009 and am preparing for the PLAB 1. Does anyone know if the GMC still accepts the Egyptian internship year as equivalent to F1?`, "Egypt; tagged NG"),
  n("b21n-birads", "US", `Radiology: BI-RADS 4A vs 3 for a 7 mm oval circumscribed mass on first screening mammogram in a woman in her 40s. The ACR atlas (5th ed., 2013) says 3 is fine for baseline if typically benign. Do you biopsy anyway because of follow-up adherence?`),
  n("b21n-lirads-fleischner", "KR", `Radiology in Seoul: we use LI-RADS v2018 for HCC and Fleischner 2017 for incidental lung nodules. Korean Liver Cancer Association guidelines (2022) differ slightly on LR-4 management. Which do you follow for reports?`),
  n("b21n-cap-protocol", "US", `Path: is anyone using CAP Colon protocol version 4.3.0.0 yet? Our LIS template still has 4.2.0.1 and the synoptic fields for tumor budding are missing.`),
  n("b21n-henrietta-lacks", "US", `For our ethics seminar, we'll discuss Henrietta Lacks and HeLa cells, then the 2013 NIH agreement with the family. Good second reading: The Immortal Life of Henrietta Lacks (Skloot, 2010).`),
  n("b21n-harley-street", "UK", `Is private practice on Harley Street still worth it for a new consultant? Room rental seems to be £150 per session. A colleague at the London Clinic says most referrals now come via insurers like Bupa and AXA.`),
  n("b21n-place-diseases", "US", `Quiz for residents: Lyme, Ebola, Marburg, Coxsackie, Norwalk, Hendra, West Nile — name the place each virus or disease is named after. Bonus: which one is a river?`),
  n("b21n-epi-schedule", "IN", `Universal Immunization Programme schedule reminder: BCG, OPV-0, Hep B birth dose at birth; pentavalent, OPV, RVV, fIPV at 6, 10, 14 weeks; MR at 9-12 months. Are your PHCs giving PCV at 6 and 14 weeks with booster at 9 months?`),
  n("b21n-ozempic-titration", "AU", `Ozempic titration: 0.25 mg weekly x 4 weeks, then 0.5 mg, then 1 mg after another 4 weeks if needed. With the TGA shortage notice, are you switching patients to Mounjaro 2.5 mg? PBS doesn't cover it for weight alone.`),
  n("b21n-kd-criteria", "JP", `Kawasaki disease criteria were revised by the Japanese Society of Pediatric Cardiology in 2020 (6th edition). Incomplete KD is now more common in our hospital in Tokyo. Do you give IVIG 2 g/kg when only 3 principal features?`),
  n("b21n-hashimoto-encephalopathy", "ES", `Encefalopatía de Hashimoto (SREAT): ¿alguien tiene experiencia con metilprednisolona 1 g x 5 días? Anti-TPO 1200 UI/mL. El neurólogo de guardia duda del diagnóstico.`),
  n("b21n-ward-extensions", "IE", `New doctors in the Mater: ED resus is ext 2219, ICU outreach bleep 301, and the microbiology SpR can be reached via switch after 17:00. Lab closes routine haematology at 20:00.`),
  n("b21n-software-versions", "US", `Epic upgrade to November 2024 version broke our sepsis BPA — the SIRS criteria fire on every post-op patient. Cerner sites seeing similar? Our build team says it'll be fixed in the 2025 Q1 package.`),
  n("b21n-conf-dates-ph", "US", `Philippine College of Physicians annual convention is on May 7-10 at the SMX Convention Center, Pasay. CME units: 40. Who is presenting from Visayas?`, "Philippines; tagged US"),
  n("b21n-za-nhls-codes", "ZA", `NHLS test codes changed: CD4 is now requested under code HCD4 and viral load under HVL. The old forms are rejected at the Groote Schuur lab. Anyone have the new request form PDF?`),
  n("b21n-gcs-intubate", "CA", `GCS 8 → intubate is a rule of thumb, but with alcohol intoxication we often watch. Our trauma team leader (Dr. Lavoie) says the 2018 EAST guideline is clear. Where do you draw the line?`),
  n("b21n-insurance-names", "US", `Prior auth nightmare: UnitedHealthcare, Aetna and Cigna all want a different form for the same GLP-1. Any practice found a vendor (CoverMyMeds?) that actually handles them all?`),
  n("b21n-sbar-template", "UK", `Sharing our SBAR template for escalation:
S: [age/sex] with [problem]
B: [relevant history]
A: NEWS2 score, obs trend
R: what you need and by when
Feel free to adapt, it's from the 2017 RCP NEWS2 guidance.`),
  n("b21n-historical-case-report", "FR", `Petit rappel historique : le premier cas de la maladie de Creutzfeldt-Jakob iatrogène par hormone de croissance en France a été décrit en 1989. Le procès de l'hormone de croissance a duré jusqu'en 2011. Bon sujet pour la formation des internes.`),
  n("b21n-kr-codes", "KR", `KCD-8 code for long COVID is U09.9. The HIRA is rejecting our claims for pulmonary rehab under this code. Any Korean colleagues found the right combination?`),
  n("b21n-mx-hours", "MX", `El Centro de Salud de nuestro municipio atiende lunes a viernes de 8:00 a 14:00 y sábado de 8:00 a 12:00. La línea de la vida para salud mental es 800 911 2000. ¿En sus estados funciona 24 h?`),
  n("b21n-ar-conference", "AR", `Congreso Argentino de Cardiología, 17 al 19 de octubre en La Rural, Buenos Aires. ¿Alguien va a la mesa de insuficiencia cardíaca con el Dr. Belziti?`),
  n("b21n-de-mdr-device", "DE", `MDR-Frage: Unsere Sonografiegeräte (Siemens Acuson Sequoia, Softwareversion VA30) brauchen ein Update nach BfArM-Meldung. Hat jemand die Kundeninformation erhalten?`),
  n("b21n-tr-conference", "DE", `Türk Kardiyoloji Derneği congress in Antalya (October) — anyone going? I trained in Ankara at Hacettepe and would like to meet German colleagues who work on FMF amyloidosis.`, "Turkey; tagged DE"),
  n("b21n-pk-guideline", "IN", `Pakistan Hypertension League guideline (2018) vs ISH 2020 — which do you follow in Karachi OPDs? Amlodipine 5 mg is the most available, telmisartan often short.`, "Pakistan; tagged IN"),
  n("b21n-it-italian", "ES", `Domanda: per la nota AIFA 97 sugli anticoagulanti, il piano terapeutico non è più necessario per i DOAC dal 2020? Il farmacista dell'ASL insiste ancora.`, "Italy; tagged ES"),
  n("b21n-pt-sns24", "ES", `Em Portugal, a linha SNS 24 (808 24 24 24) faz triagem antes da urgência desde 2023 em vários hospitais. Está a funcionar na vossa ULS?`, "Portugal; tagged ES"),
  n("b21n-chat-lowercase", "US", `lol anyone else on nights tonight. 3rd admit for etoh withdrawal, ciwa 22 on arrival. phenobarb load 10mg/kg or stick with benzos? our pharmacist is a benzo purist`),
  n("b21n-voice-neg", "NZ", `dictated sorry general question how are people managing the gap between hospital discharge and first GP appointment for patients on new insulin in rural Northland the district nursing service says three weeks minimum`),
  n("b21n-sms-style", "AU", `anyone know if the RFDS base in Broken Hill still takes direct calls from rural GPs or does it all go thru the state retrieval line now? thx`),
  n("b21n-ie-hse-numbers", "IE", `HSE Live is 1800 700 700 for patient queries about medical cards, and the Primary Care Reimbursement Service line for GPs is on the PCRS website. Medical card eligibility thresholds changed in 2024.`),
  n("b21n-ng-drug-codes", "NG", `NAFDAC registration numbers: genuine Coartem shows A4-0298 on the pack and the Mobile Authentication Service scratch code. We're seeing fakes in Onitsha markets with no MAS panel. Pharmacovigilance form is on the NAFDAC site.`),
  n("b21n-vn-mixed", "VN", `Anh chị cho em hỏi: BV Bạch Mai and BV Chợ Rẫy have different protocols for paraquat poisoning. Chợ Rẫy uses cyclophosphamide + methylprednisolone. Evidence is weak. What is your experience?`),
  n("b21n-jp-age", "JP", `高齢者 polypharmacy: the Japan Geriatrics Society list (2015) for patients 75 and older. Do you routinely deprescribe PPIs? Average number of drugs in our clinic is 8.`),
  n("b21n-soap-deid", "US", `Sharing for teaching, fully de-identified:
S: Woman in her 60s, progressive dyspnea x 6 months, dry crackles.
O: FVC 62%, DLCO 41%, HRCT UIP pattern.
A: IPF vs fibrotic HP (bird exposure at home).
P: MDD next month, antifibrotic if IPF.
Would you start nintedanib before the MDD?`),
];

export const batch21: Batch = { name: "batch-21", positives, negatives };
