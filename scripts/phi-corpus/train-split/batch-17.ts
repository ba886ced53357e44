/**
 * Batch 17: hand-written forum posts as physicians really write them (curbside one-liners, long case
 * narratives, thread replies, pasted snippets) across twenty-odd countries, plus a large set of
 * identifier-free hard negatives built from public service numbers, department inboxes, conference
 * dates, trial/guideline codes, drug and device codes, historical cases and colleagues in
 * non-patient roles. Every value is invented by hand except check-digit national numbers.
 *
 * Kenya, the Philippines, Italy and the Netherlands have no code in Country; their items are tagged
 * with a neighbouring code and say their real setting in `note`, so per-country stats stay honest.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Made, type Negative, type Template } from "./markup";
import type { Rng } from "./rng";

const t = (key: string, c: Country, make: (x: Ctx) => Made): Template => ({ key, countries: [c], make });
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key, country, text } : { key, country, text, note };

/** Real setting of an item whose country has no Country code. */
const where = (place: string, tag: Country): string => `setting: ${place} (tagged ${tag}; Country has no code for it)`;
const tw = (key: string, c: Country, place: string, make: (x: Ctx) => string): Template =>
  t(key, c, (x) => ({ text: make(x), note: where(place, c) }));

/** Italian codice fiscale check letter over the 15-character body (odd/even position tables). */
const CF_ODD: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
function codiceFiscale(body: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body.charAt(i);
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

/** Dutch BSN: nine digits passing the 11-test (weights 9..2, last digit weighted -1). */
function bsn(r: Rng): string {
  for (;;) {
    const body = String(r.int(1, 6)) + r.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
    const last = sum % 11;
    if (last <= 9) return body + String(last);
  }
}

const positives: Template[] = [
  // ---------------------------------------------------------------- United States
  t("b17-us-derm-curbside", "US", () =>
    `quick derm curbside — ${$.name("tamika boudreaux")}, 34F, month 4 of isotretinoin, now has paronychia-like lesions on 6 fingers + a pyogenic granuloma on the L great toe. stop or push through? derm wait here is 3 months lol`),

  t("b17-us-em-rural-narrative", "US", () =>
    `Long one, sorry. Night shift at a critical access hospital, just me and two nurses.

61M, ${$.name("Dale Whitaker")}, brought in by his neighbour from his place at ${$.addr("RR 2 Box 118, Ardmore, OK 73401")} — she found him on the floor of his shed, probably down for hours. CK 48,000, K 6.9, creatinine 3.4, urine like Coca-Cola. He'd been mixing "something for the hogs" and we never got a straight answer what. Poison control (1-800-222-1222) were great but without the product name there's only so much they can do.

Calcium, insulin/dextrose, bicarb, 6 L of fluid and he made maybe 40 mL of urine. Flew him to OU around 0400 on ${$.date("11/23")}. Mr. ${$.name("Whitaker")} actually called me two weeks later to say thanks, which never happens.

What would you have done differently re: bicarb vs just pushing for early dialysis? Nearest nephrologist is 90 miles.`),

  t("b17-us-peds-thread-reply", "US", () =>
    `> has anyone managed button battery ingestion without CT first?

Replying because I had one last week. 2yo, ${$.name("Jaylen")}, mom said he'd been chewing on the garage door remote. X-ray: halo sign mid-esophagus. Honey at home en route (she'd read the NCPC advice, good mom), scoped within 2h, superficial burn only.

Mom (${$.name("Keisha Holloway")}, ${$.phone("409-738-2216")}) called back the next day wanting to report the remote to CPSC. Is that something we help with or do we just point her to saferproducts.gov?`),

  t("b17-us-geri-bold", "US", (x) =>
    `**Pt:** ${$.age("94 yo")} F, long-term SNF resident
**Ins:** Medicare A/B, MBI ${$.plan(K.mbi(x.r))}
**Issue:** family wants a PEG after her 3rd aspiration pneumonia this year. Palliative has seen her twice. Daughter is HCPOA and "wants everything".
**Q:** how do you all handle this conversation when the SNF keeps sending her straight back to us?`),

  t("b17-us-forwarded-email", "US", () =>
    `---------- Forwarded message ---------
From: ${$.name("Rhonda P")} <${$.email("rpruitt.quilts@gmail.com")}>
Date: Mon, ${$.date("Feb 10, 2025")} at 9:14 PM
Subject: my husbands meds
To: Cardiology Clinic <cardiology.clinic@stlukes-health.org>

Hi Doctor, ${$.name("Earl")} is still dizzy on the new metoprolol dose and his heart rate was 48 this morning on the cuff. Should he skip tonight??

----
Sharing because I genuinely want to know how other small practices triage after-hours portal/email messages like this. We have no nurse line after 5 and the shared inbox is checked at 8 am.`),

  t("b17-us-ep-device", "US", () =>
    `EP folks: device clinic interrogation shows ERI on a Medtronic Adapta ADDR01, serial ${$.dev("PWB612834H")}, implanted 2013 for CHB. Pt is 78M, fully capacitous, refuses gen change because "the Lord will decide". Underlying rhythm is junctional at 32. Do we just document informed refusal or is an ethics consult reasonable here?`),

  t("b17-us-psych-ip", "US", () =>
    `Psych Q, possibly legal Q. A former patient has been leaving comments on our practice's Google reviews and on my personal IG from the handle ${$.oid("@marcus.dlgdo_91")}. Our IT person matched the patient-portal logins to ${$.ip("73.162.44.219")}, same as the comments. Threats are veiled ("I know where you park"). Do I have a Tarasoff-type duty here, is this a police matter, or both? California, if it matters.`),

  t("b17-us-occmed-cdl", "US", (x) =>
    `Occ med / DOT question. CDL driver hit a guardrail after a presumed first seizure; carrier wants me to clear him. Tractor was a Freightliner Cascadia, VIN ${$.veh(K.vin(x.r, "1FU"))} — the insurer puts the VIN and his Illinois CDL (${$.lic("S530-4128-7719")}) at the top of every letter they send me. EEG normal, MRI normal. Anything more recent than the 2014 FMCSA MEP recommendations on first unprovoked seizure and return to CMV driving?`),

  t("b17-us-ob-billing", "US", () =>
    `OB here. Patient got a $14,200 bill for an "out of network anesthesiologist" for her labor epidural at an in-network hospital. Account no. ${$.acct("4471-009-2286")} on the statement she showed me. The No Surprises Act should cover this, right? Does she call the hospital or the CMS help desk (1-800-985-3059)?`),

  t("b17-us-endo-pump-fundraiser", "US", () =>
    `T1D teen, 15, lost his Omnipod 5 controller (SN ${$.dev("2210-4R7-66180")}) at a travel soccer tournament and the plan won't replace it for 90 days. Parents set up ${$.url("https://www.gofundme.com/f/help-brayden-stay-on-his-pump")} which broke my heart a bit. Any manufacturer bridge program? ${$.name("Brayden")}'s A1c was 7.1 before all this and I don't want him back on MDI if we can avoid it.`),

  t("b17-us-soap-neuro", "US", () =>
    `SOAP from today, would love a neuro opinion:
S: 47F, ${$.name("Lorraine Benally")}, lives on the reservation, 3 wks of R hand clumsiness + word-finding trouble. Drives 2 hrs to our IHS clinic.
O: mild R pronator drift, reflexes 3+ R. BP 168/102. Home address on file is a ${$.addr("Chinle, AZ")} PO box so we can't easily send a nurse.
A: ?lacunar vs mass
P: MRI booked in Gallup (next slot 3 wks). Is that acceptable or should I be sending her to Flagstaff today?`),

  // ---------------------------------------------------------------- United Kingdom
  t("b17-uk-gp-referral", "UK", (x) =>
    `Pasting my referral for the neuro folk here because I'm not sure I've framed it right:

Dear Dr Fairbairn,
Re: Mrs ${$.name("Siân LLEWELLYN")}   DOB ${$.date("21.08.1949")}   NHS No. ${$.plan(K.nhsNumber(x.r))}
    ${$.addr("14 Heol y Deri, Rhiwbina, Cardiff CF14 6HF")}

Thank you for seeing this 75 year old lady with a six-month history of intermittent diplopia worse in the evenings and a new nasal quality to her voice. Ice-pack test positive in the surgery. AChR antibodies sent...`),

  t("b17-uk-ortho-licence", "UK", (x) =>
    `Hip # in a 58yo HGV driver, DHS last week. He's already emailed me a photo of his licence (${$.lic(K.ukLicence(x.r, "Haworth", "Craig", { d: 15, m: 9, y: 1966 }, false))} — I know, I know) asking me to "sign him off for work". DVLA guidance leaves car driving to the patient but what do people actually advise for Group 2 after hip fracture fixation?`),

  t("b17-uk-voice-dictation", "UK", () =>
    `dictated on the ward round sorry for typos patient ${$.name("mohammed hussain")} ${$.age("aged ninety one")} lives alone in ${$.addr("dewsbury moor")} daughter visits daily new AF rate 130s on bisoprolol 2.5 do we anticoagulate given falls x3 this year full stop CHA2DS2-VASc 4 HAS-BLED 3 thoughts`),

  t("b17-uk-anaes-nickname", "UK", (x) =>
    `Anaesthetic question for the paeds people. 6yo, ${$.name("Eilidh MACLEOD")} (everyone calls her "${$.name("Ellie")}"), listed for tonsillectomy at our DGH. Mum says she "went blue and they stopped" during a previous GA in Inverness aged 2. No records came with her, only the CHI ${$.plan(K.chiNumber(x.r, { d: 10, m: 3, y: 2019 }))} on the Highland referral. Proceed with a trigger-free technique or insist on records first?`),

  t("b17-uk-psych-sisters", "UK", () =>
    `Replying to @GPwithSI_Derm above – yes we see this a lot. Had a 19yo student, ${$.name("Zara Begum")}, in A&E twice last month after taking her sister's sertraline. Her sister ${$.name("Nadia")} then turned up to the follow-up with the same dosette box. Both referred to the crisis team via SPA on 0300 555 1291. How do you document the sister's meds without making her a patient?`),

  t("b17-uk-email-portal", "UK", (x) =>
    `Bit of an IG question. Patient emailed our generic practice inbox (not me) from ${$.email("gaz.threlfall1972@btinternet.com")} with photos of his leg ulcer and his NHS number ${$.plan(K.nhsNumber(x.r))} in the subject line. Reception forwarded it to my nhs.net. Do I attach the photos to his record and reply, or tell him to use the NHS App? Our DPO is on leave.`),

  // ---------------------------------------------------------------- Ireland
  t("b17-ie-ppsn-eircode", "IE", (x) =>
    `Irish GP, medical card query. Ms ${$.name("Gráinne Ní Dhonnchadha")}, PPSN ${$.ssn(K.ppsn(x.r))}, of ${$.addr("Cnoc na Gréine, Bearna, Co. na Gaillimhe H91 X2T8")}. Lost medical card eligibility after a tiny pension increase and now can't afford her Trimbow. Anyone had luck getting PCRS to expedite a review on hardship grounds?`),

  t("b17-ie-lowercase-farmer", "IE", () =>
    `lads anyone ever see this. farmer, 67, ${$.name("seán ó briain")} from out the road past ${$.addr("kilkee")}, came in w bilateral calf pain after silage week, CK 9000. atorvastatin started 3 wks ago by the cardiologist. hold it obviously but do i need a myositis panel or is that overkill`),

  t("b17-ie-discharge-summary", "IE", () =>
    `DISCHARGE SUMMARY (pasted)
Patient: ${$.name("Cathal DOYLE")}    MRN: ${$.mrn("0084413")}
Admitted: ${$.date("02/11")}    Discharged: ${$.date("09/11")}
Dx: CAP, CURB-65 2; background COPD (GOLD E), ex-smoker 40 pk-yr
Abx: co-amoxiclav + clarithromycin, 5/7 total
GP: Dr A. Moloney, Castlebar

My question: 6-week CXR still shows RLL consolidation. Straight to CT or repeat at 10 weeks? He's feeling grand.`),

  t("b17-ie-camhs-mum", "IE", () =>
    `CAMHS waiting list is 14 months here. 15yo with restrictive eating, BMI 15.8, HR 44 lying. Mum (${$.name("Róisín")}) rings me most days from ${$.phone("087 214 9930")} and I honestly don't blame her. Any private pathway in Munster people have had luck with? Bodywhys (01 210 7906) is great for support but it isn't treatment.`),

  // ---------------------------------------------------------------- Canada
  t("b17-ca-ohip-fit", "CA", (x) =>
    `Ontario FM. 41F, ${$.name("Meaghan Sinclair")}, OHIP ${$.plan(K.ohip(x.r))}, FIT positive in October, endo office says colonoscopy wait is 9 months. Is the Ontario Health 8-week target enforceable in any way, or do I just keep faxing?`),

  t("b17-ca-quebec-bilingual", "CA", (x) =>
    `Question en français/English mix, désolée. Mme ${$.name("Chantal Bouchard")}, RAMQ ${$.plan(K.ramq(x.r, "Bouchard", "Chantal", { d: 24, m: 7, y: 1946 }, true))}, 78 ans, vit seule au ${$.addr("412 rue des Forges, Trois-Rivières (Québec) G9A 2H1")}. Chutes ×4 depuis Noël. Her son lives in ${$.addr("Calgary")} and wants her in a CHSLD; she refuses. Aptitude évaluée: elle est apte. Qu'est-ce que vous feriez?`),

  t("b17-ca-bc-icu", "CA", (x) =>
    `ICU, interior BC. 52M logger pinned under a skidder for ~5h — ${$.name("Gurdeep Grewal")}, PHN ${$.plan(K.bcPhn(x.r))}. Crush syndrome, K 7.4 on arrival, CRRT day 3. Wife asked to be called on ${$.phone("250-319-4472")} before any procedure, which is fine, but she also wants the daily labs texted. Is there a BC guidance doc on texting results to family?`),

  t("b17-ca-punjabi-family", "CA", () =>
    `Family-med dilemma. Patient is ${$.name("Jaspreet Kaur Dhillon")}, 84, lives with her son in ${$.addr("Brampton")}, Punjabi only. Son ${$.name("Mandeep")} manages everything and insists we don't tell her the CT shows likely pancreatic ca — "in our culture we don't say it". He gave his cell, ${$.phone("647-882-3150")}, and said to call only him. How do others navigate family requests for non-disclosure?`),

  t("b17-ca-pharmacy-fax", "CA", () =>
    `Weird one. A patient's daughter has been faxing me her mother's BP log every Sunday from her home fax (${$.fax("(902) 468-3391")}) in ${$.addr("Dartmouth")}. Mom is ${$.name("Marguerite MacIsaac")}, 86, on 4 antihypertensives, readings 90s/50s sitting. Deprescribing order — what do you pull first?`),

  // ---------------------------------------------------------------- Australia
  t("b17-au-medicare-gp", "AU", (x) =>
    `GP in Melbourne's north. Mrs ${$.name("Stavroula Anagnostou")}, 82, of ${$.addr("Brunswick West VIC 3055")}, Medicare ${$.plan(K.auMedicare(x.r).number)}. Greek-speaking only, daughter interprets. New dx AF, eGFR 38, weight 51 kg. Apixaban 2.5 or 5 bd? The dose-reduction criteria always trip me up.`),

  t("b17-au-dva-veteran", "AU", (x) =>
    `Gold card holder, ${$.age("93-year-old")} Korea vet, DVA file no. ${$.plan(K.dvaFile(x.r))}. Wants to stop everything "bar the Panadol and the Scotch". 11 meds, two falls this winter. Happy to deprescribe but his cardiologist is not. How do you mediate that without torching the relationship?`),

  t("b17-au-rural-ute", "AU", () =>
    `Rural gen here, 3h from the nearest CT. Bloke rolled his ute on the Stuart Hwy, RFDS retrieved. Police rang asking me to confirm the driver of QLD rego ${$.veh("947 KTZ")} was the guy in bed 4 — he's ${$.name("Shane O'Loughlin")}, 44, from ${$.addr("Tennant Creek")}. Do I have to tell them anything without a warrant? NT rules seem different to QLD.`),

  t("b17-au-sms-nurse", "AU", (x) =>
    `pasting a txt from our practice nurse: "hi doc ${$.name("kylie papadopoulos")} called re her bloods, IHI ${$.plan(K.ihi(x.r))} if u need it for the MHR upload, she's worried abt the ferritin of 9, can u call her b4 4 on ${$.phone("0412 338 607")} ta"

Actual question: ferritin 9, Hb 128, 29yo, heavy periods. Infusion straight away or oral first?`),

  t("b17-au-ndis", "AU", () =>
    `Paeds developmental: 4yo with ASD level 2, NDIS participant no. ${$.oid("431 772 094")}, plan review is due and the planner wants a "functional letter" from me, not the diagnosis letter. Mum's name on the plan is ${$.name("Tahlia Kowalski")}. What do you put in these so they don't cut the OT hours?`),

  // ---------------------------------------------------------------- New Zealand
  t("b17-nz-nhi", "NZ", (x) =>
    `Kia ora koutou. GP in Ōtara. ${$.name("Aroha Te Whata")}, 31, NHI ${$.plan(K.nzNhi(x.r))}, 28/40, new-onset palpitations and TSH <0.01. Can't get her seen by endo for 5 weeks. Is carbimazole in T2 reasonable to start myself or PTU?`),

  t("b17-nz-rf-whanau", "NZ", () =>
    `Re: the thread on rheumatic fever secondary prophylaxis – we had a whānau hui for ${$.name("Wiremu Parata")} (14) last week after he missed 3 bicillin injections. His aunty ${$.name("Mere")} is the main contact now (${$.phone("021 447 9023")}) and she's amazing but works night shift. Has anyone had success with the school-based injection model?`),

  t("b17-nz-derm-melanoma", "NZ", () =>
    `Derm q (no photo, consent pending). Mr ${$.name("Bao Pham")}, 66, lives in ${$.addr("Hamilton East")}, melanoma excised ${$.date("14/03")}, Breslow 1.2 mm, no ulceration. WLE margins 1 cm vs 2 cm? And SLNB — is it still worth it at pT2a given MSLT-II?`),

  // ---------------------------------------------------------------- India
  t("b17-in-hinglish-aadhaar", "IN", (x) =>
    `Sir/ma'am need advice. Patient ${$.name("Sunita Devi")}, 45 yr, from ${$.addr("Bhatpura village, Sahaswan tehsil, Budaun district")}. Aadhaar ${$.ssn(K.aadhaar(x.r))} — PMJAY card linked hai but hospital bol raha hai package mein trastuzumab nahi aata. HER2+ breast ca, stage IIB. Koi option hai biosimilar ke liye at govt rate?`),

  t("b17-in-onc-uhid", "IN", () =>
    `Onco colleagues — Mr. ${$.name("R. Venkataraman")} (UHID ${$.mrn("MH/2023/118734")}), 71, retired bank manager from ${$.addr("Mylapore")}, metastatic CRPC progressing on enzalutamide. Son handles everything and wants updates on ${$.phone("+91 98450 22713")} only. Lu-PSMA availability anywhere in TN?`),

  t("b17-in-hmis-tsv", "IN", (x) =>
    `Pasting from our HMIS export, need help interpreting:

Name\tAge/Sex\tIP No\tABHA
${$.name("Lakshmi Narayanan")}\t58/F\t${$.mrn("IP24-066183")}\t${$.plan(K.abha(x.r))}

Test\tResult\tRef
TSH\t18.2\t0.4-4.0
FT4\t0.41\t0.8-1.8
Anti-TPO\t>600\t<35

On levothyroxine 100 mcg for 6 months. Compliance or absorption? She takes it with her morning filter coffee and pantoprazole.`),

  t("b17-in-whatsapp-neonate", "IN", () =>
    `WhatsApp fwd from a PHC MO: "Sir baby of ${$.name("Anjali Yadav")}, DOB ${$.date("12-09-2024")}, 2.1 kg, jaundice since day 2, TSB 19 today, mother's no. ${$.phone("78954 31206")}, village ${$.addr("Kakori")}. Refer to district hospital or can do phototherapy here?" — what threshold do you use for a 36-weeker on day 4?`),

  t("b17-in-doctor-patient", "IN", () =>
    `Tricky one: the patient is himself a doctor — Dr. ${$.name("Arvind Kulkarni")}, MMC reg. no. ${$.lic("2009/04/1187")}, 52, with alcohol use disorder. He's asked me not to write the diagnosis anywhere because he fears the council. Is there any mandatory reporting obligation in Maharashtra for a treating physician?`),

  // ---------------------------------------------------------------- Nigeria
  t("b17-ng-yoruba-stroke", "NG", () =>
    `Good evening colleagues. Elderly woman, Mama ${$.name("Yetunde Adebayo")} — everyone at the market calls her "${$.name("Iya Oloja")}" — 76, known hypertensive, brought by her son with sudden aphasia and R hemiparesis. Ẹ jọ̀ọ́, no CT within 3 hours' drive of us. Son's line ${$.phone("0803 412 7765")}. Thrombolysis without imaging is out obviously; what's the best we can do at a secondary facility in Ogbomoso?`),

  t("b17-ng-igbo-renal", "NG", (x) =>
    `Case for the renal people: ${$.name("Chinedu Okonkwo-Eze")}, 38, trader, lives at ${$.addr("12 Zik Avenue, Uwani, Enugu")}. Creatinine 1,240 µmol/L at presentation, Hb 6.1, small kidneys. NIN ${$.ssn(K.nigeriaNin(x.r))} submitted for NHIA enrolment but it takes weeks. Family can afford 2 sessions/week only. Is twice-weekly HD defensible long-term here?`),

  t("b17-ng-hausa-eclampsia", "NG", () =>
    `${$.name("Hauwa Abdullahi")}, 19, G1P0, hospital no. ${$.mrn("AKTH/24/08811")}, came in at 34 wks from ${$.addr("Gwale")} with 3 fits at home. MgSO4 Pritchard regimen started. BP 190/120 despite hydralazine. Her husband refuses CS — "wait for the wife's mother". What's your play?`),

  t("b17-ng-diaspora-email", "NG", () =>
    `Mr ${$.name("Olumide Bakare")} (lives in ${$.addr("Lekki Phase 1, Lagos")}) emails me his home BP readings every Monday from ${$.email("o.bakare1962@outlook.com")}. He's 62, on amlodipine/losartan, readings 150s. Anyone have a clean way to do telemonitoring in Nigeria that isn't just email + WhatsApp?`),

  // ---------------------------------------------------------------- South Africa
  t("b17-za-crypto", "ZA", (x) =>
    `Medical ward query. ${$.name("Nomvula Dlamini")}, ID ${$.ssn(K.zaId(x.r, { d: 12, m: 4, y: 1985 }, true))}, from ${$.addr("Orlando East, Soweto")} — RVD, CD4 88, serum CrAg positive, LP opening pressure 32. Defaulted ART twice. Start ART at week 4-6 per guidelines, or is she one of those where waiting is worse?`),

  t("b17-za-afrikaans-tavi", "ZA", () =>
    `Oom ${$.name("Pieter van der Merwe")}, 88, boer van ${$.addr("Philippolis")} se kontrei — severe AS, AVA 0.6, STS 7%. Medical aid no. ${$.plan("178 442 903")} (Discovery Classic). They won't fund TAVI, only SAVR, which he won't survive. Ag nee. Any luck with appeals?`),

  t("b17-za-em-mva", "ZA", () =>
    `MVA, Saturday night. 27M driving his own Polo (reg ${$.veh("CA 481-207")}) into a minibus taxi. GCS 9. Name on the SAPS form is ${$.name("Lwazi Mthembu")}. Family arriving from the Eastern Cape tomorrow. How long do you wait before discussing withdrawal when there's no next of kin on site?`),

  t("b17-za-mdr-tb", "ZA", () =>
    `MDR-TB on BPaL. ${$.name("Sipho Ndlovu")}, folder ${$.mrn("77/4419")}, QTc 512 on the ECG from ${$.date("3 Feb")}, K and Mg replaced. Stop bedaquiline or hold clofazimine first? The NDoH 2023 guideline is vague on this.`),

  // ---------------------------------------------------------------- Kenya (tagged NG)
  tw("b17-ke-nhif", "NG", "Kenya", () =>
    `Nakuru here. ${$.name("Wanjiru Kamau")}, 47, on SHA now (old NHIF no. ${$.plan("2958413")}), needs a hysterectomy for fibroids, Hb 7.2. The facility says the SHA benefit isn't live for her yet. Her number is ${$.phone("+254 722 418 905")} and she calls me daily. Anyone understand the transition rules?`),

  tw("b17-ke-peds-mother", "NG", "Kenya", () =>
    `Peds ward, Kisumu. Baby ${$.name("Otieno")}, 8 months, severe acute malnutrition + oedema. Mother ${$.name("Akinyi Otieno")} (${$.phone("0712 604 338")}) wants to go home for the harvest. F-75 stage, not yet on RUTF. Discharge against advice or can we do outpatient OTP from here?`),

  tw("b17-ke-swahili-elder", "NG", "Kenya", () =>
    `Habari wenzangu. Mzee ${$.name("John Mwangi Kariuki")}, ${$.age("91")}, from ${$.addr("Githunguri")}, admitted KNH IP no. ${$.mrn("2291/24")} with urosepsis and delirium. Family wants him home "to die on his land". Ni sawa — but he's improving on ceftriaxone. How do you weigh that?`),

  // ---------------------------------------------------------------- Philippines (tagged US)
  tw("b17-ph-philhealth", "US", "Philippines", () =>
    `IM here, Quezon City. ${$.name("Ma. Cristina dela Cruz")}, 52, PhilHealth PIN ${$.plan("12-050318247-3")}, newly diagnosed ESRD. Z-benefit package covers how many HD sessions now? The billing section keeps giving different answers.`),

  tw("b17-ph-taglish-lola", "US", "Philippines", () =>
    `Hello po, IM resident sa province. Si Lola ${$.name("Consolacion Reyes")}, ${$.age("96 years old")} na, from ${$.addr("Brgy. San Isidro, Antipolo City")}, dinala ng apo niya kasi hindi na kumakain for 5 days. Na-sodium 118. Correct slowly of course pero gusto ng pamilya i-NGT. Thoughts on feeding in advanced dementia?`),

  tw("b17-ph-ofw-daughter", "US", "Philippines", () =>
    `The daughter is an OFW in the UAE and calls every day via Viber (${$.phone("+971 50 218 4471")}) asking for the "real" prognosis. Patient is Mr. ${$.name("Rodel Bautista")}, 68, stage IV HCC. He asked us to tell her only good news. Anyone dealt with this?`),

  // ---------------------------------------------------------------- Mexico
  t("b17-mx-curp", "MX", (x) =>
    `Consulta de medicina interna / IM consult: ${$.name("José Guadalupe Hernández Ramírez")}, CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Ramírez", nombre: "José", dob: { d: 5, m: 11, y: 1961 }, female: false, state: "JC" }))}, 63a, DM2 20 años, HbA1c 11.4, ya con insulina NPH 40 UI. Quiere cambiar a "la pastilla nueva" que vio en Facebook (tirzepatide, que no es pastilla). ¿Cómo lo manejan ustedes en el seguro popular / IMSS-Bienestar?`),

  t("b17-mx-imss-colonia", "MX", (x) =>
    `UMF del IMSS. Sra. ${$.name("Guadalupe")} "${$.name("Lupita")}" ${$.name("Castañeda Ortiz")}, NSS ${$.ssn(K.imssNss(x.r))}, domicilio ${$.addr("Col. Santa Martha Acatitla, Iztapalapa, C.P. 09510")}. Lupus, nefritis clase IV, no llega a sus citas porque son 2 horas en transporte. ¿Alguien ha logrado teleconsulta formal en IMSS?`),

  t("b17-mx-ob-chiapas", "MX", () =>
    `Ob, Chiapas. ${$.name("Itzel Xóchitl Cruz")}, 17 años, G2P1, FUM ${$.date("14 de febrero")}, de ${$.addr("San Cristóbal de las Casas")}, cel. ${$.phone("967 124 8830")}. Llegó con sangrado y placenta previa total a las 31 sem. La familia quiere llevarla con la partera. ¿Cómo negociar sin perder a la paciente?`),

  t("b17-mx-peds-facebook", "MX", () =>
    `Pediatra en Monterrey. La mamá subió fotos de la lesión del niño a ${$.url("facebook.com/karla.garza.mty")} pidiendo opiniones, y ahora 40 comentarios le dicen que es "mal de ojo". Parece eritema migrans pero no hay garrapatas aquí… ¿o sí? He's 6, afebrile.`),

  // ---------------------------------------------------------------- Brazil
  t("b17-br-cpf", "BR", (x) =>
    `Colegas, paciente ${$.name("Maria das Graças Souza")}, 71a, CPF ${$.ssn(K.cpf(x.r))}, ICC FEr 25%, já em sacubitril/valsartana pelo componente especializado. O estado cortou a dispensação. Alguém conseguiu via judicial rápido?`),

  t("b17-br-cns-address", "BR", (x) =>
    `Caso de geriatria. Sr. ${$.name("Antônio Carlos Ferreira")}, 84, CNS ${$.plan(K.cns(x.r))}, mora sozinho na ${$.addr("Rua Fradique Coutinho 1140, ap. 52, Vila Madalena, São Paulo – SP, 05416-001")}. Quedas de repetição, MEEM 19. O filho mora em ${$.addr("Lisboa")}. ILPI ou cuidador? Como vocês acionam o CREAS nesses casos?`),

  t("b17-br-whatsapp", "BR", () =>
    `"Dra, aqui é a filha do seu ${$.name("Raimundo")}, ele tá com a perna inchada de novo e vermelha" — WhatsApp às 23h de ${$.phone("(85) 98812-4470")}. Third cellulitis this year, lymphedema, diabetic. Profilaxia com penicilina benzatina? What do you use?`),

  t("b17-br-derm-influencer", "BR", () =>
    `Dermato: paciente influencer, ${$.name("Beatriz")}, 24, insta ${$.oid("@bia.fitness.rj")} (180k seguidores), quer isotretinoína "só pra pele ficar perfeita" pra campanha. Acne grau I. Alguém já recusou e foi exposto nos stories?`),

  // ---------------------------------------------------------------- France
  t("b17-fr-nir", "FR", (x) =>
    `Bonjour à tous, MG à Rennes. M. ${$.name("Yannick LE GALL")}, né le ${$.date("12/05/1947")}, NIR ${$.ssn(K.nir(x.r, false, { m: 5, y: 1947 }, "35"))}. Fibrillation atriale, chute il y a 15 jours, hématome sous-dural minime. Reprise de l'apixaban à quel délai ? La neurochir dit 4 semaines, le cardio dit 1.`),

  t("b17-fr-ehpad", "FR", () =>
    `Lettre de liaison (copiée) :
Mme ${$.name("Odette MARCHAL")}, ${$.age("97 ans")}, résidente EHPAD Les Tilleuls, ${$.addr("14 rue des Tanneurs, 67000 Strasbourg")}.
Motif : escarre sacrée stade 4, dénutrition sévère (albumine 22).

Question : la famille demande une antibiothérapie pour ostéite. Est-ce raisonnable à ce stade ?`),

  t("b17-fr-fax-famille", "FR", () =>
    `La fille du patient nous a faxé les directives anticipées depuis son cabinet (fax ${$.fax("01 45 22 87 13")}), mais non signées. Patient : ${$.name("Jean-Pierre Lefèvre")}, 79 ans, SLA avancée. Valables ou pas ? Loi Claeys-Leonetti, je sais, mais en pratique…`),

  t("b17-fr-thread-reply", "FR", () =>
    `Re: Re: hyponatrémie sous thiazidique

Pareil chez nous ! Mme ${$.name("Fatou Diallo")}, 64 ans, de ${$.addr("Saint-Denis")}, Na 114 à J10 d'indapamide. Correction 8 mmol/24h max, évidemment. Vous rechallengez parfois ?`),

  // ---------------------------------------------------------------- Germany
  t("b17-de-kvnr", "DE", (x) =>
    `Hausarzt aus dem Allgäu. ${$.name("Jürgen Schäfer")}, 74, KVNR ${$.plan(K.kvnr(x.r))}, TK-versichert, will unbedingt Testosteron „wie sein Schwager". PSA 3.8. Would you, in a 74-year-old with symptomatic hypogonadism and a borderline PSA?`),

  t("b17-de-arztbrief", "DE", () =>
    `Auszug aus dem Arztbrief, bitte um Meinung:

Pat.: Frau ${$.name("Hildegard Wöhrle")}, geb. ${$.date("02.11.1938")}
wohnhaft ${$.addr("Hauptstr. 17, 74321 Bietigheim-Bissingen")}
Aufnahme am ${$.date("03.01.")} wegen Exsikkose und Delir.

Sie ist wieder zu Hause, aber die Tochter fragt nach Pflegegrad 3. Wie begründet ihr das im Gutachten?`),

  t("b17-de-arbeitsmedizin", "DE", (x) =>
    `Arbeitsmedizin: Schweißer, 49, Herr ${$.name("Kemal Yıldız")}, Rentenversicherungsnummer ${$.ssn(K.rvnr(x.r, { d: 15, m: 3, y: 1976 }, "Yıldız", false))}, Verdacht auf BK 4115 (Siderofibrose). Lufu restriktiv, HRCT mit Milchglas. Wie habt ihr die BK-Anzeige begründet, welche Belege will die BG?`),

  t("b17-de-duisburg", "DE", () =>
    `${$.name("Ayşe Yıldırım")}, 33, aus ${$.addr("Duisburg-Marxloh")}, 2. Trimenon, Hyperemesis, 7 kg Gewichtsverlust. Ihr Mann ${$.name("Mehmet")} ruft täglich von ${$.phone("0176 2381 4490")} an. Ondansetron im 2. Trimenon – do you still avoid it after the 2018 cleft signal was walked back?`),

  // ---------------------------------------------------------------- Italy (tagged FR)
  tw("b17-it-cf-grandmother", "FR", "Italy", () =>
    `Ciao a tutti, MMG a Napoli. Sig.ra ${$.name("Giuseppina Esposito")}, ${$.age("93 anni")}, vive a ${$.addr("Torre del Greco")}, CF ${$.ssn(codiceFiscale("SPSGPP31D49L259"))}. Scompenso, FE 30%, eGFR 24. La figlia chiede se è il caso di sospendere lo spironolattone. Io direi di sì – voi?`),

  tw("b17-it-thread-reply", "FR", "Italy", () =>
    `> qualcuno ha esperienza con il PDTA sclerosi multipla in Lombardia?

Sì: ho un paziente, ${$.name("Alessio Ferraro")}, 29 anni, diagnosi ${$.date("8 settembre")}, ancora senza presa in carico. Cellulare della madre ${$.phone("347 812 6650")} se qualcuno del centro di Bergamo può richiamarla.`),

  tw("b17-it-screenshot", "FR", "Italy", () =>
    `Screenshot of the FSE (fascicolo sanitario) described since I can't upload: header shows "${$.name("RUSSO")} ${$.name("Carmela")}", exemption code 048 (oncology), last access from ${$.ip("151.38.204.17")} which is NOT her home — she thinks her ex-husband logged in. Who do we report this to in Campania?`),

  // ---------------------------------------------------------------- Netherlands (tagged DE)
  tw("b17-nl-bsn", "DE", "Netherlands", (x) =>
    `Huisarts hier. Mevr. ${$.name("Willemijn van den Berg")}, BSN ${$.ssn(bsn(x.r))}, 58, vraagt euthanasie bij progressieve MSA. Tweede SCEN-arts gepland. Question for the non-Dutch: how do you handle requests like this where it's not legal? Curious how it lands.`),

  tw("b17-nl-postcode", "DE", "Netherlands", () =>
    `Dhr. ${$.name("Sjoerd de Vries")}, 81, ${$.addr("Kerkstraat 22, 3581 RD Utrecht")}, woont alleen, beginnende Alzheimer. Zoon woont in Canada. Wijkverpleging 2x/dag. Zorgen om autorijden – hij rijdt nog elke dag naar de Jumbo. Hoe pakken jullie dat aan met het CBR?`),

  tw("b17-nl-filename", "DE", "Netherlands", () =>
    `Uploaded the wrong file to our MDT folder — ${$.name("Bakker")}_${$.name("Johanna")}_MRI_knie_2024.pdf instead of the anonymised one. The folder is shared with the external radiologist. Does this count as a datalek I need to report to the AP within 72h?`),

  // ---------------------------------------------------------------- Japan
  t("b17-jp-mynumber", "JP", (x) =>
    `Japan here. ${$.name("TANAKA Hiroshi")} (${$.name("田中 浩")}), 68, the My Number card (${$.ssn(K.myNumber(x.r))}) was used for online insurance verification and now the pharmacy can see his psychiatric meds. He's furious. Is there an opt-out in the マイナ保険証 system?`),

  t("b17-jp-kanji-address", "JP", () =>
    `紹介状の一部（コピペ）:
患者: ${$.name("佐藤 美咲")} 様
住所: ${$.addr("〒812-0011 福岡県福岡市博多区博多駅前3丁目2-8")}
主訴: 3か月続く微熱と関節痛、抗核抗体 1:640

SLE vs MCTD, which antibody panel do you send first in Japan given what's covered?`),

  t("b17-jp-tokuyo", "JP", () =>
    `Geriatrics: ${$.age("95-year-old")} woman in a tokuyō in ${$.addr("Kanazawa")}, ${$.name("Suzuki")}-san, recurrent aspiration. Family (son, ${$.phone("090-4127-8836")}) want "everything" but she told staff she wants to eat what she likes. How do Japanese colleagues document ACP (人生会議) when family disagrees?`),

  t("b17-jp-insurance", "JP", () =>
    `Occupational health, Osaka. Employee ${$.name("Watanabe Kenji")}, 保険証 記号・番号 ${$.plan("1204・387")}, long hours (>100 h overtime last month), new chest pain. The company wants my report by Friday. Karoshi-risk form – do you file it even if he asks you not to?`),

  // ---------------------------------------------------------------- China
  t("b17-cn-id", "CN", (x) =>
    `Shared from a WeChat group (I removed nothing, sorry): ${$.name("王秀英")}，女，72岁，身份证号 ${$.ssn(K.cnId(x.r, "440106", { d: 3, m: 8, y: 1952 }, true))}，HBV cirrhosis, Child B, new 2.8 cm lesion. TACE vs ablation in your centres?`),

  t("b17-cn-wechat-son", "CN", () =>
    `The son added me on WeChat (ID ${$.oid("liwei_sz1988")}) and sends his father's CGM screenshots at midnight. Father is ${$.name("Li Guoqiang")}, 66, T2DM on insulin glargine. Son's phone ${$.phone("138 2745 9903")}. How do you set boundaries with families on WeChat without offending?`),

  t("b17-cn-inpatient", "CN", () =>
    `Resp ICU, Chengdu. ${$.name("张敏")} (${$.name("Zhang Min")}), 住院号 ${$.mrn("ZY20240318")}, 45F, severe influenza A pneumonia, ECMO day 6. Anyone have experience with baloxavir + oseltamivir combination in ECMO patients? The 2024 CTS guidance is silent.`),

  // ---------------------------------------------------------------- Korea
  t("b17-kr-rrn", "KR", (x) =>
    `Korea, IM. ${$.name("Kim Min-jun")} (${$.name("김민준")}), RRN ${$.ssn(K.krRrn(x.r, { d: 12, m: 4, y: 1985 }, false))}, 39M, new HCV Ab positive at company health check. RNA pending. Insurance now covers DAA regardless of fibrosis — correct?`),

  t("b17-kr-kakao", "KR", () =>
    `| field | value |
|---|---|
| name | ${$.name("Park Ji-yeon")} |
| age | 34 |
| contact | ${$.phone("010-4821-7756")} |
| KakaoTalk | ${$.oid("jiyeon_park0312")} |

Pasted from our intake sheet. She messages me symptoms on Kakao at night; is there a KMA position on messenger consults?`),

  t("b17-kr-address", "KR", () =>
    `Peds, Seoul. ${$.name("이서연")} (${$.name("Lee Seo-yeon")}), 7, from ${$.addr("망원동, 마포구")}, Kawasaki disease, IVIG resistant after 2 doses. Infliximab or steroids next? KSPC 2023 consensus says either.`),

  // ---------------------------------------------------------------- Vietnam
  t("b17-vn-cccd", "VN", () =>
    `Bác sĩ nội trú ở TP.HCM. Bệnh nhân ${$.name("Nguyễn Thị Hồng")}, 66 tuổi, CCCD ${$.ssn("079158004217")}, dengue shock day 5, Hct 52 → 38 after fluids. Colloid or stop? The 2023 MOH dengue guideline vs WHO differ a bit.`),

  t("b17-vn-bhyt", "VN", () =>
    `Nephro, Hà Nội. ${$.name("Trần Văn Bình")}, 58, thẻ BHYT ${$.plan("DN4797935130012")}, CKD 5 from herbal medicine (aristolochic?). Family asks for transplant from his son. Has anyone seen living-donor transplant covered by BHYT?`),

  t("b17-vn-zalo", "VN", () =>
    `anh chị ơi, quick q: pt ${$.name("Lê Minh Tuấn")}, 42M, ${$.addr("Phường 7, Quận 3")}, recurrent gout, uric acid 11, on allopurinol 100 only. Wife sends me his food photos via Zalo (${$.phone("0903 418 227")}). HLA-B*5801 test before uptitrating — needed in Vietnamese patients?`),
];

const negatives: Negative[] = [
  // ---- public service numbers and inboxes
  n("b17n-us-poison-control", "US",
    `PSA for new interns: Poison Control is 1-800-222-1222 from anywhere in the US, and they will call you back. webPOISONCONTROL (triage.webpoisoncontrol.org) is fine for parents with a single ingestion. Save it in your phone.`),
  n("b17n-uk-switchboard-bleep", "UK",
    `Tip for F1s starting at our trust on 6 August: switchboard is 0121 371 2000, the on-call med reg holds bleep 2231, the outreach team is ext. 14420, and the haematology SpR can be reached via switchboard after 17:00. Pharmacy is on 4412 until 20:00 weekdays.`),
  n("b17n-uk-nhs111-inbox", "UK",
    `If you need to refer to the regional TB service, the inbox is england.tbreferrals-midlands@nhs.net and they triage daily Mon–Fri. Out of hours, patients should use NHS 111 or 999. Our local fax (0161 276 4989) was switched off in 2023 so don't bother.`),
  n("b17n-ie-poisons", "IE",
    `For anyone new to Irish EDs: National Poisons Information Centre is 01 809 2166 (healthcare professionals, 24/7). The public line is 01 809 2166, 8am–10pm. HSE Live is 1800 700 700.`),
  n("b17n-ca-poison-centre", "CA",
    `Ontario Poison Centre is 1-844-764-7669 now (the old 1-800-268-9017 still forwards). In Québec it's the CAPQ at 1-800-463-5060. Both happily take physician calls.`),
  n("b17n-au-poisons-nurse", "AU",
    `Poisons Information Centre 13 11 26, 24/7, all states. For the nurse-on-call style line it's healthdirect 1800 022 222. Bookmark both; they've saved me multiple times in the Pilbara.`),
  n("b17n-nz-healthline", "NZ",
    `Healthline is 0800 611 116 and the National Poisons Centre is 0800 764 766 (0800 POISON). Need to talk? Free call or text 1737. Stick these on the back of your lanyard.`),
  n("b17n-in-telemanas", "IN",
    `Sharing for colleagues in primary care: Tele-MANAS 14416 (or 1-800-891-4416) gives free mental health teleconsultation in 20 languages. NIMHANS helpline staff were very responsive when I tried it last week.`),
  n("b17n-za-poison-helpline", "ZA",
    `Poisons Information Helpline of the Western Cape: 0861 555 777, 24h. The Tygerberg and Red Cross centres staff it jointly. Also the AfriTox app is worth the subscription if you're rural.`),
  n("b17n-ke-hotlines", "NG",
    `Kenya Red Cross toll-free is 1199, and the Childline is 116. For the MoH mental health support line dial 1199 too and ask for counselling. Put these on your ward noticeboards.`,
    where("Kenya", "NG")),
  n("b17n-mx-linea-vida", "MX",
    `Para quien no lo tenga: Línea de la Vida 800 911 2000 (24 h, adicciones y salud mental) y el Centro de Información Toxicológica del IMSS en el 55 5627 6900 ext. 21200. Ambos aceptan llamadas de médicos.`),
  n("b17n-br-cvv", "BR",
    `Lembrete: CVV 188 (gratuito, 24h) e Disque-Intoxicação da Anvisa 0800 722 6001. O CIATox de Campinas atende médicos em (19) 3521-7555. Coloquem no mural do PS.`),
  n("b17n-fr-antipoison", "FR",
    `Centre antipoison de Lyon : 04 72 11 69 11. Paris : 01 40 05 48 48. Pour les urgences vitales : 15 ou 112. Le 3114 c'est la ligne nationale de prévention du suicide. À afficher en salle de garde.`),
  n("b17n-jp-chudoku", "JP",
    `Japan Poison Information Center (日本中毒情報センター): Osaka 072-727-2499, Tsukuba 029-852-9999, both 24h for medical professionals. Kids' emergency advice line #8000 in most prefectures.`),
  n("b17n-vn-hotline", "VN",
    `Vietnam MOH hotline 1900 9095 for infectious disease reporting; Bach Mai Poison Control Centre 1900 6179 for toxicology advice, open 24/7. Saved me with a methanol cluster last year.`),

  // ---- conferences, venues, dates
  n("b17n-us-acep-conf", "US",
    `Anyone going to ACEP25 in Salt Lake City, Sept 7–10? I'm presenting a poster on Sunday 9:30am (Hall B, board 214). Would love to meet forum folks — DM me. Registration deadline for early bird was Aug 1.`),
  n("b17n-uk-rcp-conf", "UK",
    `RCP Medicine 2025 is at ExCeL London, 24–25 April. The acute med stream on Thursday afternoon looks strong — Prof. Bhatia on frailty at 14:15. CPD: 12 points. Any trainees want to share a room?`),
  n("b17n-ie-rcpi", "IE",
    `St Luke's Symposium, RCPI, 6 Kildare Street, Dublin 2, 14–15 November. Free for trainees. The Stokes Lecture is Friday 5pm. Parking is grim, take the Luas to St Stephen's Green.`),
  n("b17n-au-anzca", "AU",
    `ANZCA ASM 2025 is in Adelaide, 2–6 May, at the Adelaide Convention Centre, North Terrace. Abstract deadline was 8 November. The airway workshop sells out — book early.`),
  n("b17n-in-apicon", "IN",
    `APICON 2025 at Kolkata, 23–26 January, Biswa Bangla Convention Centre. Dr. Meenakshi Sundaram's oration on snakebite management is on day 2. Registration ₹12,500 for members before 31 Dec.`),

  // ---- trials, guidelines, codes, citations
  n("b17n-us-trials-ncts", "US",
    `Trial names I keep confusing: DAPA-HF (NCT03036124), EMPEROR-Reduced (NCT03057977), EMPA-KIDNEY (NCT03594110), DELIVER (NCT03619213). All SGLT2i, all published 2019–2022 in NEJM. Someone please make a flashcard.`),
  n("b17n-uk-nice-codes", "UK",
    `NICE NG28 (type 2 diabetes, updated 2022) vs NG17 (type 1) vs NG18 (children). SIGN 154 is Scotland's T2DM guideline. For hypertension it's NG136, published August 2019, updated November 2023.`),
  n("b17n-us-ndc-lot", "US",
    `Pharmacy sent a recall notice: NDC 0409-4888-02, lot 21-517-DK, exp 09/2026 — heparin 5,000 units/mL vials, particulate matter. Check your crash carts. FDA MedWatch report ID is on the hospital intranet.`),
  n("b17n-de-icd-ops", "DE",
    `Kodierfrage: I21.4 (NSTEMI) plus OPS 8-837.00 für die PTCA? Der MDK hat die DRG F24A gestrichen, weil I25.11 als Nebendiagnose fehlte. Welche Version nutzt ihr, ICD-10-GM 2025?`),
  n("b17n-fr-citation", "FR",
    `Référence pour ceux qui demandaient : Reignier J, et al. Lancet 2018;391:133-43. doi:10.1016/S0140-6736(17)32146-3 (NUTRIREA-2). PMID 29128300. Pas d'avantage de l'entérale précoce.`),
  n("b17n-ca-cpso-policy", "CA",
    `CPSO policy "Medical Records Documentation" was updated in 2020; the relevant section is 4.2. CMPA case file 17-2231 (public summary) is about exactly this issue. Call CMPA at 1-800-267-6522.`),
  n("b17n-in-icmr-guidelines", "IN",
    `ICMR Standard Treatment Workflows 2022, Vol. 3, page 114 for snakebite; ASV 10 vials initial dose per the National Snakebite Management Protocol 2016. ISBN 978-81-910091-94-8 for the printed edition.`),
  n("b17n-au-tga-artg", "AU",
    `TGA ARTG 317543 is the Dexcom G7 entry; ARTG 302901 was the Libre 2. PBS item 13034X for semaglutide got restricted in 2024. MBS item 721 for GP management plans, 723 for TCAs.`),
  n("b17n-ng-ncdc-guideline", "NG",
    `NCDC Lassa fever case management guideline (2018, revised 2022) recommends IV ribavirin per the modified McCormick protocol. Lassa call line at NCDC: 6232. ISTH Irrua has the most experience.`),
  n("b17n-kr-kdca-codes", "KR",
    `EDI codes for HbA1c (D3041) and OGTT (C3841) changed in the 2024 HIRA update. KCD-8 E11.9 vs E11.65 also matter for audits. HIRA call center 1644-2000.`),

  // ---- device and software, version numbers, IP-like strings
  n("b17n-us-epic-version", "US",
    `Our Epic upgrade to the May 2024 release broke the SmartPhrase @LASTLABS@. IT says it'll be fixed in 10.4.2.1 hotfix. Anyone else on Hyperspace 2024 seeing this? Dragon Medical One 2024.3 also crashing.`),
  n("b17n-uk-emis-ip", "UK",
    `EMIS Web 9.13 keeps dropping the connection to the HSCN gateway at 10.240.18.5 for us — IT says it's the N3 legacy route. SystmOne users: are you seeing the same since the 4 March update?`),
  n("b17n-au-device-models", "AU",
    `Pump comparison for the new peds fellows: MiniMed 780G (firmware 4.3.12), Omnipod 5 (Dexcom G6/G7 compatible), Tandem t:slim X2 with Control-IQ+ v7.8. Loop is open source (v3.4.1) and not TGA approved.`),
  n("b17n-de-medical-device-serial-format", "DE",
    `Für die MDR-Meldung ans BfArM braucht man UDI-DI, Seriennummer und Lot. Bei Medtronic-Schrittmachern steht die SN im Format „PJN123456S" auf der Ausweiskarte. Formular auf bfarm.de, Version 2.3.`),
  n("b17n-nl-software", "DE",
    `We switched from ChipSoft HiX 6.2 to 6.3 last week and the Zorgdomein referrals now arrive without the ICPC code. Version notes say "bugfix 6.3.0.118". Anyone else? Our helpdesk is on 088 755 4000.`,
    where("Netherlands", "DE")),
  n("b17n-jp-app", "JP",
    `Recommended apps for Japanese residents: 今日の治療薬 2025 (Nankodo, iOS v4.2), Join for image sharing, and MedPeer for quick consults. The hospital Wi-Fi is 192.168.10.0/24 so VPN is needed for UpToDate.`),

  // ---- lab tables, dosing schedules with times and dates of assay
  n("b17n-us-lab-qc", "US",
    `Our lab changed troponin assay 3/1/2025 (Abbott Architect hs-TnI → Siemens Atellica TnIH). QC log from the validation:

| Date | Lot | Level 1 | Level 2 |
|---|---|---|---|
| 2025-02-24 | 41872B | 6.1 ng/L | 52.3 ng/L |
| 2025-02-25 | 41872B | 5.8 ng/L | 51.9 ng/L |
| 2025-02-26 | 41990A | 6.3 ng/L | 53.4 ng/L |

99th percentile URL now 45 ng/L (F) / 53 ng/L (M). Update your order sets.`),
  n("b17n-uk-dosing-times", "UK",
    `Our vanc protocol: loading 25 mg/kg, then 15 mg/kg 12-hourly at 06:00 and 18:00; trough before the 4th dose; levels to lab by 11:00 for same-day reporting. Gent: 7 mg/kg once daily at 14:00, Hartford nomogram level 6–14h post dose.`),
  n("b17n-za-lab-ranges", "ZA",
    `NHLS reference ranges (Groote Schuur, updated 01/07/2024):
Na 136–145 mmol/L
K 3.5–5.1 mmol/L
Urea 2.1–7.1 mmol/L
Creat 64–104 µmol/L (M), 49–90 (F)
CD4 500–2010 cells/µL
Reports dated before July use the old creatinine assay.`),
  n("b17n-in-tsv-drug-schedule", "IN",
    `Drug\tDose\tTime
Rifampicin\t600 mg\t06:00 empty stomach
Isoniazid\t300 mg\t06:00
Pyrazinamide\t1500 mg\t06:00
Ethambutol\t1100 mg\t06:00
Pyridoxine\t10 mg\t14:00

Standard NTEP FDC weight-band 55–69 kg. Sharing since the intern asked.`),
  n("b17n-br-dengue-table", "BR",
    `Tabela do MS para hidratação na dengue (grupo C), 5ª edição 2024:
- Fase de expansão: 20 mL/kg em 2h
- Reavaliação: 2h, 4h, 6h
- Manutenção: 25 mL/kg 6/6h
Hematócrito de controle às 08:00 e às 20:00. Protocolo do MS atualizado em 15/03/2024.`),
  n("b17n-fr-chimio-planning", "FR",
    `Planning FOLFOX (cycle J1 = J15) : oxaliplatine 85 mg/m² sur 2 h, acide folinique 400 mg/m² sur 2 h, 5-FU bolus 400 mg/m² puis 2400 mg/m² sur 46 h. Hôpital de jour ouvert 8h–18h, ligne infirmière poste 5512.`),

  // ---- historical and literature cases, eponyms, colleagues in non-patient roles
  n("b17n-us-historical-cases", "US",
    `Teaching session on famous patients: Phineas Gage (1848, tamping iron), Henry Molaison (H.M., bilateral medial temporal lobectomy 1953), Henrietta Lacks (HeLa, 1951), and Mary Mallon ("Typhoid Mary"). Good ethics discussion on consent for all four.`),
  n("b17n-uk-colleague-lecture", "UK",
    `Prof. Chukwuma Okafor's grand round on Takotsubo yesterday was brilliant. Dr Siobhan Keane (our registrar) presented the case series from Leeds and Dr Rhys Pritchard chaired. Slides on the intranet.`),
  n("b17n-ie-eponyms", "IE",
    `Capitalised-eponym quiz for the SHOs: Guillain-Barré, Hashimoto, Takotsubo, Charcot-Marie-Tooth, Wolff-Parkinson-White, Stevens-Johnson, Kawasaki, Henoch-Schönlein, Brugada, Ramsay Hunt. Bonus: who was Graves (Robert, Dublin, Meath Hospital)?`),
  n("b17n-ng-trained-lagos", "NG",
    `I trained at LUTH in Lagos, did my residency at UCH Ibadan under Prof. Adeyemi Ogunleye, then moved to Abuja. The difference in sickle cell care across those three cities is enormous.`),
  n("b17n-ca-colleague-thanks", "CA",
    `Big thanks to Dr. Geneviève Tremblay and Dr. Harjit Sandhu from CHUM for the QI talk. The Ottawa Ankle Rules and Canadian CT Head Rule were both developed by Dr. Ian Stiell's group — he spoke at our grand rounds in 2019.`),
  n("b17n-au-sydney-criteria", "AU",
    `The revised Sapporo (Sydney) criteria for APS were published 2006, and the 2023 ACR/EULAR classification replaced them. I moved from Brisbane to Perth and nobody here uses the Sydney criteria anymore.`),
  n("b17n-mx-eponymous-signs", "MX",
    `Signos que debo repasar: Murphy, Blumberg, Rovsing, McBurney, Cullen, Grey Turner, Chvostek, Trousseau. El Dr. Ignacio Chávez fundó el Instituto Nacional de Cardiología en 1944.`),
  n("b17n-it-colleague-napoli", "FR",
    `Ringrazio il Prof. Gennaro Esposito dell'Università Federico II per il webinar di ieri sulla sindrome di Brugada. Il registro BrS Napoli è coordinato dalla Dr.ssa Rosa Russo.`,
    where("Italy", "FR")),
  n("b17n-kr-professor", "KR",
    `Prof. Kim Jae-won's lecture at Seoul National University Hospital on Moyamoya disease was excellent. The Suzuki staging he used was from 1969. Lee Jong-wook (former WHO DG) was also a Korean physician.`),

  // ---- de-identified cases with roles, age ranges, ages under 90, places not the patient's
  n("b17n-uk-deidentified-ranges", "UK",
    `Woman in her 80s, lives alone in a northern town, the patient's daughter visits weekly. Admitted with a UTI, now delirious, on day 6. The son-in-law is asking about a care home. No capacity for that decision. Best-interests meeting booked.`),
  n("b17n-us-age-89", "US",
    `89-year-old man, retired machinist, Hgb 7.8, melena x2. On apixaban for AF. His wife (also 88) drives him. GI wants to scope tomorrow; reverse or not? Andexanet is $19,000 a dose at our place.`),
  n("b17n-de-alter", "DE",
    `Patientin, Ende 80, Sturz im Bad, Oberschenkelhalsfraktur. Tochter wohnt im Ausland. Operation innerhalb 24 h laut Leitlinie DGU 2023. Die Anästhesie will erst das Echo. Wer hat Recht?`),
  n("b17n-fr-ages", "FR",
    `Homme de 87 ans, insuffisance cardiaque, hospitalisé à Lyon pour décompensation, transféré ensuite à Villeurbanne. Sa petite-fille de 22 ans est sa personne de confiance. Faut-il discuter d'une HAD ?`),
  n("b17n-jp-ages", "JP",
    `80代女性、独居、介護保険 要介護2。The care manager from the city office visits monthly. Transferred from a hospital in Sendai after a hip fracture. Any tips on kaigo-hoken level reassessment?`),
  n("b17n-cn-deidentified", "CN",
    `A woman in her 60s from a rural county in Henan, HBsAg+ for decades, never treated. Her nephew works at our hospital and brought her in. Tenofovir alafenamide or entecavir first line in 2025?`),
  n("b17n-vn-referral-places", "VN",
    `Chuyển viện từ bệnh viện tỉnh Đồng Tháp lên Chợ Rẫy. Man in his 50s, snake bite (Malayan pit viper), 10 vials of antivenom from the Pasteur Institute in Nha Trang. Platelets recovered day 3.`),
  n("b17n-nl-ages-roles", "DE",
    `Man van 78, eerder gezond, nu pneumonie. Zijn partner belt elke dag. De huisarts in Zwolle had al een NR-code vastgelegd. Discussie met de zoon over opschalen naar IC.`,
    where("Netherlands", "DE")),
  n("b17n-ke-deidentified", "NG",
    `Young mother, early 20s, from a pastoralist community in the north, brought by a community health promoter. HIV+, on TLD, viral load suppressed. Baby 6 weeks, PCR pending. Breastfeeding advice per the 2022 Kenya guidelines?`,
    where("Kenya", "NG")),

  // ---- capitalised terms, words that look like names, website/URL for guidelines, drug names
  n("b17n-us-names-not-names", "US",
    `Things my intern flagged as "names" in a note: Grace period (insurance), Hope (the hospice), Faith-based clinic, Dr. Google, Will (as in living will), Rose spots, Mallory-Weiss, Austin Flint murmur. Love the enthusiasm.`),
  n("b17n-uk-guideline-urls", "UK",
    `Links: https://www.nice.org.uk/guidance/ng196 (AF), https://cks.nice.org.uk/topics/hypertension/, BNF at bnf.nice.org.uk. For RCOG green-top 37a see rcog.org.uk. All free in the UK.`),
  n("b17n-br-capital-terms", "BR",
    `Sobre a Síndrome de Guillain-Barré pós-Zika: o estudo do Hospital das Clínicas (FMUSP) com 120 casos de Salvador e Recife, publicado no Lancet Neurology 2017;16:187-95. O Dr. Carlos Chagas descreveu a doença de Chagas em 1909 em Lassance, MG.`),
  n("b17n-in-drug-brands", "IN",
    `Brand names that confuse the juniors: Dolo 650, Crocin Advance, Pan-D, Augmentin Duo, Ecosprin AV 75, Glycomet GP 2, Telma-AM, Rosuvas F 10. Generic names in notes please — NMC circular 2023.`),
  n("b17n-ie-hospital-email-format", "IE",
    `For referrals to the Mater ED consultant group the inbox is edconsultants@mater.ie; for St James's stroke service it's strokereferrals@stjames.ie. Healthlink is preferred now. Don't send patient details by normal email.`),
  n("b17n-za-medical-aid-general", "ZA",
    `Medical aid schemes that cover TAVI in 2024: Discovery (Executive, Comprehensive), Bonitas (BonComprehensive), Medshield (Premium). PMB code 904R for the aortic stenosis DTP. Discovery's provider line is 0860 998 877.`),
  n("b17n-mx-norma", "MX",
    `NOM-007-SSA2-2016 sobre la atención de la mujer durante el embarazo y NOM-004-SSA3-2012 del expediente clínico. La Guía de Práctica Clínica IMSS-058-08 es la de preeclampsia. Todas en cenetec.salud.gob.mx.`),
  n("b17n-au-tga-recall", "AU",
    `TGA recall RC-2024-RN-00812-1: Philips DreamStation CPAP, model DSX500H11, serials from J1234 up affected by foam degradation. Patients to call Philips on 1800 009 579.`),
  n("b17n-ph-philhealth-circular", "US",
    `PhilHealth Circular No. 2024-0012 raised the Z-benefit for CKD stage 5 to 156 HD sessions/year. The PhilHealth hotline is (02) 8441-7442 and the action center email is actioncenter@philhealth.gov.ph.`,
    where("Philippines", "US")),
  n("b17n-ng-pidgin-general", "NG",
    `Abeg, who get the latest Nigerian Hypertension Society guideline? The one from 2020 conference in Calabar (NHS 2020 statement). My HOD say make I present am Thursday 8am for ward round. Na only the PDF from Prof. Ojji we dey see.`),
  n("b17n-kr-address-hospital", "KR",
    `Asan Medical Center is at 88 Olympic-ro 43-gil, Songpa-gu, Seoul; international clinic +82-2-3010-5001. For the liver transplant referral form, use the international inbox international@amc.seoul.kr.`),
  n("b17n-cn-hospital-address", "CN",
    `Peking Union Medical College Hospital (北京协和医院), 1 Shuaifuyuan, Dongcheng District, Beijing. International Medical Services (IMS) line 010-6915 6699. Appointments open 8 days ahead on the 114 platform.`),
  n("b17n-vn-bhyt-rules", "VN",
    `Quy định BHYT mới từ 01/07/2025: mã thẻ đổi sang số CCCD 12 số, bỏ mã DN/HC cũ. Hotline BHXH: 1900 9068. Luật BHYT sửa đổi số 51/2024/QH15.`),
  n("b17n-fr-ameli-general", "FR",
    `Pour les arrêts de travail dématérialisés, le site amelipro.ameli.fr et la ligne PS 36 08. Formulaire Cerfa n°10170*05. Le numéro RPPS du médecin est requis, pas le NIR du patient.`),
  n("b17n-de-kv-hotline", "DE",
    `Die KV Bayerns Hotline für Abrechnungsfragen ist 089 57093-40010, Mo–Fr 8–17 Uhr. EBM-Ziffer 03230 für das problemorientierte Gespräch, 03220 Chronikerpauschale. Quartal 2/2025 endet am 30.06.`),
  n("b17n-jp-kaigo-numbers", "JP",
    `介護保険の要介護認定 levels: 要支援1–2, 要介護1–5. Reassessment every 12–36 months. Osaka City's 介護保険課 is 06-6208-8059. The 主治医意見書 form was revised in 2021.`),
  n("b17n-it-esenzione", "FR",
    `Codici esenzione utili: 048 (neoplasie), 013 (diabete), 0A31 (ipertensione con danno d'organo), 024 (insufficienza renale cronica). DPCM LEA 12 gennaio 2017. Per dubbi la ASL Napoli 1 Centro ha la mail esenzioni@aslnapoli1centro.it.`,
    where("Italy", "FR")),
  n("b17n-ca-snippet-form", "CA",
    `The MOHLTC 4421A form (Ontario Drug Benefit, Limited Use) now takes LU code 431 for SGLT2i in HFrEF. Fax to ODB at 416-327-8123 only for EAP requests. Reason code 1 = clinical.`),
  n("b17n-nz-pharmac", "NZ",
    `Pharmac Special Authority SA2213 for empagliflozin: HbA1c >53 and high CV risk, or Māori/Pacific with eGFR criteria. Form on the Pharmac site, version 12 from 1 February 2024.`),
];

export const batch17: Batch = { name: "batch-17", positives, negatives };
