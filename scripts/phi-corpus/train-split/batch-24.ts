/**
 * Batch 24: identifiers of many shapes, under labels and without them. Hospital numbers with slashes,
 * years and ward prefixes (in tables, bold labels, key: value lines and bare in handovers); accession,
 * specimen, study, referral, passport and prisoner numbers, social handles and file names or folder
 * paths holding a patient's name; device serials (pumps, pacemakers, ICDs, CGMs, hearing aids,
 * cochlear implants, wheelchairs, home ventilators); vehicle registrations of many countries and
 * VINs; driving, firearm, pilot and taxi licences and a patient's own professional registration; and
 * health-plan, national and account numbers outside the US. The negatives are dense with ID-like
 * text that identifies no patient: lot, NDC, PZN and DIN codes, device model and catalogue numbers,
 * software versions, trial registrations, guideline and statute numbers, ICD/SNOMED/LOINC/CPT codes,
 * bed, bay and ward numbers, bleeps, extensions, reference ranges, order sets, form numbers, public
 * lines and dosing tables. Written blind; every post is a hand-written literal and only check-digit
 * numbers come from the Rng. Writers without a corpus country code are filed under the nearest one
 * and the real setting is given in `note`. Claim numbers follow the corpus README (account), not
 * other_id.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Negative, type Template } from "./markup";

/** One hand-written positive for one country; `note` records the real setting or a labelling choice. */
const t = (key: string, c: Country, make: (x: Ctx) => string, note?: string): Template => ({
  key: `b24-${key}`,
  countries: [c],
  make: note === undefined ? make : (x: Ctx) => ({ text: make(x), note }),
});

/** One hand-written identifier-free negative. */
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key: `b24n-${key}`, country, text } : { key: `b24n-${key}`, country, text, note };

const positives: Template[] = [
  // --- United States ---------------------------------------------------------------------------
  t("us-banner-table", "US", () =>
    `Pasting the banner so you can see what I mean about the duplicate chart:\n\n| Patient | MRN | CSN | DOB |\n|---|---|---|---|\n| ${$.name("Brandvold, Lacey M")} | ${$.mrn("E10472893")} | ${$.acct("204418827761")} | ${$.date("07/22/1961")} |\n| (merged) | ${$.mrn("E00938114")} | — | — |\n\nHIM says the old MRN stays "inactive" forever. Her 2019 echo only lives under the old one. Is there a way to force the merge or do I just document both numbers in every note?`,
    "hospitalist, Minnesota"),
  t("us-hosp-hash", "US", () =>
    `dialysis unit sign-out, bare bones:\nHosp #: ${$.mrn("88-41-0972")}\nchair 6, missed Sat, K 6.8, peaked T's\ngave Ca gluc + insulin/D50, running extra 2h\nnephro fellow asking if we bump to 4x/wk. thoughts?`),
  t("us-tslim", "US", () =>
    `peds endo — 13yo, t:slim X2 SN ${$.dev("4806016")} throwing occlusion alarms every night, site looks fine. Tandem wants the serial + pump history upload before they'll swap it. Mom (${$.name("Corliss Mabry")}) says she's "done with tubes". Omnipod 5 bridge worth it?`,
    "pediatric endocrinology, Alabama"),
  t("us-ca-plate", "US", () =>
    `ED, Bakersfield. 54M drove himself in with crushing CP, STEMI, went straight to the lab and is now intubated on the CVICU. Security keeps paging me because his truck is in the ambulance bay — CA plate ${$.veh("8KVN291")}. Is it on us to get it towed or do I call the wife? (Not really a medical q, I know.)`),
  t("us-vin-farm", "US", (x) =>
    `Rural FM, Nebraska. Farmer, 61, PTO entanglement, forearm degloving — flown to Omaha. Today his crop insurer faxed us a form that lists the pickup's VIN ${$.veh(K.vin(x.r, "1FT"))} at the top "for the accident file" and asks me to certify he "was not operating the vehicle". I only saw him in clinic afterwards. Do I sign anything?`),
  t("us-passport", "US", () =>
    `San Diego, border clinic. 38F from ${$.addr("Tijuana")}, crosses daily for work, new dx of HER2+ breast ca. The cancer center wants her passport number before scheduling — Mexican passport ${$.oid("G18472930")} — and a US address, which she doesn't have. Anyone navigated the emergency Medi-Cal vs charity care mess for a cross-border worker?`,
    "family physician, California; a passport number is other_id"),
  t("us-doc-number", "US", () =>
    `Correctional health, TX. Inmate TDCJ #${$.oid("02184473")}, 47M, HCV genotype 1a, F3 on elastography. The pharmacy committee keeps deferring DAAs "until release". His release date is 2031. Anybody successfully argued the Eighth Amendment angle in TX?`,
    "Texas; a prisoner number is other_id"),
  t("us-accession", "US", () =>
    `Path/onc question. Core bx accession ${$.oid("S24-72931")} (MRN ${$.mrn("4471893")}) came back "atypical lymphoid infiltrate, cannot exclude low-grade B-cell lymphoma, recommend excisional". Surgeon doesn't want to take a 1.2 cm axillary node. Flow on the core was non-diagnostic. Push for excision or repeat core?`),
  t("us-study-id", "US", () =>
    `Research ethics q. My patient is enrolled in the ALS biomarker study (participant ${$.oid("ALS-0419-077")}) and the coordinator emailed me his LP results with the study ID in the subject line and his full name in the body. Is that a reportable deviation or am I overthinking it?`),
  t("us-pistol-permit", "US", () =>
    `Psych ED, upstate NY. 44M, SI with plan, owns handguns. Sheriff's office asked for his pistol permit number for the SAFE Act report — it's ${$.lic("PP-2209-48817")} on the copy his wife brought in. Am I allowed to give it over the phone or does it go through the NICS portal only?`),
  t("us-faa", "US", () =>
    `AME question. Regional airline FO, 36, new SSRI for MDD. FAA airman certificate no. ${$.lic("3804248")}, first-class medical due next month. He asked whether he has to disclose a 6-week trial of sertraline that he stopped. SSRI pathway is 6 months stable — what do HIMS AMEs actually do with a short past course?`,
    "aviation medical examiner, Georgia"),
  t("us-dicom-path", "US", () =>
    `IT is useless so asking here. Our PACS export dumps CDs into folders named like ${$.oid("C:\\PACS_EXPORT\\EZEANYA_JUDITH_20240611\\DICOM\\")} and the outside hospital's viewer chokes on the underscore. Anyone know a free DICOM viewer that reads the folder as-is?`,
    "radiologist, Maryland; a folder path holding a name is other_id"),
  t("us-oticon", "US", () =>
    `ENT/geri. ${$.age("92 y/o")} veteran, bilateral Oticon More 1 (L serial ${$.dev("23AB9670")}), keeps getting feedback and cerumen impaction every 6 weeks. VA audiology says "needs new domes" — anyone had luck with a ceruminolytic that doesn't gunk up the receivers?`),
  t("us-permobil", "US", () =>
    `PM&R. C5 ASIA A, Permobil M3 Corpus serial ${$.dev("PMB-3S-727974")}, seat elevator died and the DME company says Medicare won't cover the repair because elevating seats are "convenience". LCD changed in 2023 I thought? Anyone have template language for the appeal?`),
  t("us-tiktok-handle", "US", () =>
    `adolescent med — 16F w/ restrictive ED, her "what I eat in a day" account ${$.oid("@lilbit.kenzie.eats")} has 40k followers and she's filming in the inpatient unit. parents want it down, she says it's her recovery journey. do we put it in the behavioral contract?`),

  // --- United Kingdom ------------------------------------------------------------------------------
  t("uk-kch-keyvalue", "UK", (x) =>
    `Renal reg. Referral from a DGH just landed:\nName: ${$.name("Nkechi Bamgbose")}\nHosp no: ${$.mrn("KCH/2023/002831")}\nNHS no: ${$.plan(K.nhsNumber(x.r))}\nCr 612, K 6.4, HCO3 11, obstructed solitary kidney on CT\nThey've asked for "urgent transfer for nephrostomy". Isn't this an IR job at their end? Their IR doesn't do out of hours apparently.`),
  t("uk-handover-bare", "UK", () =>
    `Night handover (copied from the jobs list):\n- Bay 3 bed 2, ${$.name("Morag Lindsay")} ${$.mrn("M0059982")}, NOF # POD2, Hb 71, needs 1 unit + repeat FBC\n- Side room 4, CAP, on the NIV, ceiling of care documented\n- Bed 11 fine\nWas I wrong to leave the transfusion for the day team? Reg said it's fine, nurse disagreed.`),
  t("uk-unit-no", "UK", () =>
    `**Unit No:** ${$.mrn("0933812")}\n**Ward:** 22 (acute frailty)\n**Issue:** ${$.age("ninety-four")}-year-old with hypernatraemia 161, GCS 13\n\nHow fast do you correct in the very old? Team want 5% dextrose at 100/h; I think that's too quick.`),
  t("uk-dvla-licence", "UK", (x) =>
    `GP, Stoke. Van driver with new insulin-treated T2DM and two hypos needing third-party help this month. I've told him he must tell DVLA. He came to today's appointment driving (white Transit, ${$.veh("YJ68 KZP")}) and showed me his licence ${$.lic(K.ukLicence(x.r, "Clewlow", "Darren", { d: 9, m: 4, y: 1977 }, false))} "to prove he's still allowed". At what point do I breach confidentiality?`),
  t("uk-pco-badge", "UK", () =>
    `Occ health / GP: black cab driver, 63, two episodes of syncope, loop recorder fitted. TfL wants a Group 2 medical and has put his PCO badge number ${$.lic("786011")} on the form. Is a negative ILR at 3 months enough to sign him fit?`),
  t("uk-gmc-patient", "UK", () =>
    `Awkward one. Patient is a fellow GP (GMC ${$.lic("7048112")}) with what looks like relapsing alcohol use. She's still doing sessions. Practitioner Health is involved. At what point does the treating doctor have to tell the GMC? I don't want to be the one who ends her career but I also don't want a patient harmed.`),
  t("uk-home-office", "UK", () =>
    `Asylum seeker, 27M, TB suspected, housed in a hotel. Home Office ref ${$.oid("H1973649")} on his ARC card, but the hotel moves people every few weeks. UKHSA wants a stable address for DOT. Anyone done DOT via video for someone in initial accommodation?`,
    "a Home Office reference is other_id"),
  t("uk-cochlear", "UK", () =>
    `Paeds ENT: 4yo with bilateral implants, the right Nucleus 8 processor (S/N ${$.dev("5110427")}) fell in the sea on holiday. Mum's distraught. Is a replacement covered by the implant centre or does she have to go via the insurance on the home contents?`),
  t("uk-prison-number", "UK", () =>
    `Prison GP, Cat B. ${$.name("Lee Fenwick")}, prison no. ${$.oid("A4668BX")}, opioid substitution, has been diverting buvenorphine (the weekly injection, so how?). Healthcare manager wants him stopped. Anyone with experience of this in custody?`),
  t("uk-eeg-file", "UK", () =>
    `Neuro SpR. Uploaded the trace here — sorry, the file came out as ${$.oid("EEG_ASHCROFT_Poppy_0312.edf")}, mods please rename. 19F, episodes of staring and lip-smacking; I see left temporal sharp waves on the sleep record. Agree or am I over-reading wicket spikes?`),
  t("uk-fac", "UK", () =>
    `Rural GP, Powys. Sheep farmer with worsening depression, holds a firearm certificate (FAC ${$.lic("12/3722")}) and a shotgun cert. Police firearms licensing sent the "medical marker" letter. He's not suicidal today but scored 19 on PHQ-9. Do I tell licensing now?`,
    "Wales"),
  t("uk-chi-glasgow", "UK", (x) =>
    `Glasgow, acute receiving. Lady born ${$.date("14/03/1949")}, CHI ${$.plan(K.chiNumber(x.r, { d: 14, m: 3, y: 1949 }))}, Stage 3 AKI on ACEi + NSAID + diuretic ("triple whammy"). Pharmacist asks whether we restart the ACEi before discharge or leave it to the GP. Views?`,
    "Scotland"),
  t("uk-specimen", "UK", () =>
    `Micro question. Lab no ${$.oid("24K654174")} — CSF from a neonate with Gram +ve cocci in chains, but the culture grew nothing at 48 h. Baby's been on cefotaxime since before the LP. GBS PCR pending. Treat 14 days as GBS meningitis anyway?`),

  // --- Ireland -------------------------------------------------------------------------------------
  t("ie-mrn-ppsn", "IE", (x) =>
    `NCHD in Mayo. Patient's MRN ${$.mrn("0418772")}, PPSN ${$.ssn(K.ppsn(x.r))} — the nursing home discharge form wants both, plus a "Fair Deal" number we don't have. Where would I even find that?`),
  t("ie-gms", "IE", () =>
    `GP Sligo. Medical card (GMS no. ${$.plan("8847192L")}) lapsed for a man with COPD on triple therapy and he's been rationing the inhalers. PCRS says renewal takes 6 weeks. Any way to expedite on medical grounds?`),
  t("ie-plate", "IE", () =>
    `ED Castlebar. RTC, 19M driver, car went into a ditch on the way home to ${$.addr("Belcarra")}, gardaí ran the reg (${$.veh("231-MO-4482")}) and it's his father's. Breathalyser refused, now unconscious. Do we take bloods for the gardaí or not?`),
  t("ie-spsv", "IE", () =>
    `GP Dublin. Taxi driver, SPSV licence ${$.lic("70998")}, had a TIA last week. NTA medical form asks whether he's fit to carry passengers. RSA "Sláinte agus Tiomáint" says 1 month off for TIA — anyone know whether SPSV is treated as Group 2?`),
  t("ie-passport", "IE", () =>
    `Travel health clinic Cork. ${$.name("Clodagh Ní Laoire")}, 22, going to Malawi, her passport (${$.oid("PA4574829")}) is on the yellow fever certificate and it's misspelled as Ní Laoiré. Do I reissue the ICVP or just annotate it?`),
  t("ie-hearing", "IE", () =>
    `GP, Tullamore. ${$.age("ninety-one")} year old man, new confusion — turns out his left hearing aid (Phonak Audéo, serial ${$.dev("2214X0Q8P")}) has been dead for a month and he's been nodding along to everyone. HSE audiology waiting list is 18 months. Any private options that do home visits in the midlands?`),

  // --- Canada --------------------------------------------------------------------------------------
  t("ca-ohip-chart", "CA", (x) =>
    `ON FM, Sudbury. Pt's chart # ${$.mrn("SUD-0057018")} and OHIP ${$.plan(K.ohip(x.r))} on the specialist referral got rejected by the central intake because "version code mismatch". She renewed the card last week. Do I resubmit or wait for the system to sync?`),
  t("ca-ramq", "CA", (x) =>
    `Urgentologue à Rimouski. Patiente ${$.name("Lucie Bergeron")}, RAMQ ${$.plan(K.ramq(x.r, "Bergeron", "Lucie", { d: 2, m: 11, y: 1958 }, true))}, embolie pulmonaire sous apixaban depuis 3 mois, saignement GI. On arrête et filtre VCI ou on réduit la dose? Le dossier au DSQ ne montre pas l'endoscopie de l'hôpital régional.`,
    "Quebec"),
  t("ca-bcphn", "CA", (x) =>
    `Prince George, BC. PHN ${$.plan(K.bcPhn(x.r))} — patient from a fly-in community, needs MRI brain for new seizures. The imaging booking form wants a home address and she gives "${$.addr("General Delivery, Fort St. James")}". Will PHSA accept that?`),
  t("ca-sin", "CA", (x) =>
    `Occ med Alberta. WCB wants his SIN ${$.ssn(K.sin(x.r))} and claim number ${$.acct("7104472")} on my progress report for a crush injury. Is the SIN actually needed or can I leave it off?`,
    "claim numbers are account per the corpus README"),
  t("ca-astral", "CA", () =>
    `Home vent program, Halifax. DMD, 22, on ResMed Astral 150 (SN ${$.dev("22181490217")}) at night and MPV in the day. The unit failed its internal battery test and the vendor says 10 days for a loaner. What backup do you send home in the meantime?`),
  t("ca-plate", "CA", () =>
    `ER Brampton. Dad brought in a 3yo with a possible magnet ingestion but left the car running out front (ON plate ${$.veh("CKRT 482")}) and security is on me. Film shows two magnets stuck across loops. Scope now or surgery?`),
  t("ca-tc-pilot", "CA", () =>
    `Bush pilot from ${$.addr("Yellowknife")}, 48, Transport Canada ATPL ${$.lic("181447")}, new AF, CHA2DS2-VASc 1. Category 1 medical — what's TC's position on DOACs for pilots? Civil aviation medical officer isn't answering.`),

  // --- Australia ----------------------------------------------------------------------------------
  t("au-ur-medicare", "AU", (x) =>
    `ED reg, Geelong. UR ${$.mrn("778123")}, Medicare ${$.plan(K.auMedicare(x.r).number)}. 71F, third ED presentation with falls this month, lives alone. Family want RACF, she refuses. Capacity assessment on the ward or in ED?`),
  t("au-ihi", "AU", (x) =>
    `My Health Record q. IHI ${$.plan(K.ihi(x.r))} — pt insists his hospital discharge summary from Wagga should be there but it isn't. Anyone know how long the upload lag is for NSW LHDs?`),
  t("au-vic-plate", "AU", () =>
    `Rural GP in the Wimmera. 82yo bloke out at ${$.addr("Jeparit")} with moderate dementia still driving the ute (${$.veh("1XY 2AB")}) to the pub daily. VicRoads medical review form done, he tore it up. Can I notify VicRoads myself without consent?`),
  t("au-tfn-dva", "AU", (x) =>
    `Townsville. Veteran, DVA file ${$.plan(K.dvaFile(x.r))}, PTSD + AUD. Centrelink needs his TFN ${$.ssn(K.tfn(x.r))} for the income support paperwork and he's asked me to fill it in on the form with him. Is it ok for the GP to do that?`),
  t("au-casa", "AU", () =>
    `DAME question. Ag pilot from ${$.addr("Moree")}, CASA ARN ${$.lic("1048822")}, new T2DM on metformin + empagliflozin. Class 2 for crop dusting — do SGLT2s cause issues with CASA?`),
  t("au-ahpra", "AU", () =>
    `Patient is a nurse (AHPRA reg ${$.lic("NMW0003628291")}) with opioid diversion from the theatre. Employer already notified. As her treating GP do I also have mandatory notification obligations? WA is different from the other states, right?`,
    "Western Australia; the AHPRA registration number includes its NMW profession prefix"),
  t("au-dexcom", "AU", () =>
    `Paeds diabetes, Darwin. Dexcom G7 sensor SN ${$.dev("G7-4294-XK02")} giving ??? for 3 hours then reading 2.1 when fingerprick is 8.4. Mum wants to take it off the NDSS list. Anyone else seeing compression lows in hot weather?`),
  t("au-qld-plate", "AU", () =>
    `Retrieval, Mt Isa. Single-vehicle rollover on the Barkly, the Hilux (QLD ${$.veh("482 KTV")}) registered to the pt's employer, a cattle station. Employer wants to know his injuries "for insurance". What can we tell them?`),

  // --- New Zealand --------------------------------------------------------------------------------
  t("nz-nhi", "NZ", (x) =>
    `GP Whanganui. NHI ${$.plan(K.nzNhi(x.r))}, rheumatic heart disease, monthly bicillin. Whānau moved to ${$.addr("Ōpōtiki")} and the new practice can't see our records in the HealthOne system. Who do I call to transfer the secondary prophylaxis register?`),
  t("nz-acc", "NZ", () =>
    `ACC claim ${$.acct("10047188291")} got declined for a rotator cuff tear because "degenerative". 52M, scaffolder, fell 2m. Anyone had luck with ACC review on the gradual-process vs accident thing?`,
    "claim numbers are account per the corpus README"),
  t("nz-plate", "NZ", () =>
    `ED Dunedin. Tourist campervan rollover on SH6, driver's licence from Germany, rental rego ${$.veh("MKR482")}. Police want BAC. He's conscious and refusing. What's the NZ rule on blood specimens from an unconscious-then-conscious driver?`),
  t("nz-prison", "NZ", () =>
    `Forensic psych, Auckland. Remand prisoner PRN ${$.oid("70739029")}, first-episode psychosis, section 46 transfer to the unit was refused for bed reasons. How long do you wait before escalating to the DAMHS?`),

  // --- India --------------------------------------------------------------------------------------
  t("in-cr-no", "IN", () =>
    `Respected seniors, kindly guide. CR No. ${$.mrn("2024/55671")}, 26M, Guillain-Barré, bed 14 neuro, FVC dropping 1.9→1.4 L. IVIG not available in our institute supply, family can arrange 40% only. Plasmapheresis vs partial IVIG?`,
    "PGIMER-style CR number"),
  t("in-ip-no", "IN", () =>
    `Chennai. ${$.mrn("IP-22-118734")} readmitted, hepatic encephalopathy grade 3 after a GI bleed. Lactulose + rifaximin going. Family asking for TIPS. MELD 24. Sir, is TIPS even reasonable here?`,
    "inpatient number printed with its IP- prefix, labelled whole as printed"),
  t("in-aadhaar-uhid", "IN", (x) =>
    `**Patient:** ${$.name("Lakshmi Ammal")}\n**UHID:** ${$.mrn("MHB/2025/0010150")}\n**Aadhaar:** ${$.ssn(K.aadhaar(x.r))}\n**Dx:** Snake bite (hump-nosed viper?), AKI\n\nHump-nosed viper has no antivenom in India. Supportive only? Pt from ${$.addr("Kuttanad")}.`,
    "Kerala"),
  t("in-pan", "IN", (x) =>
    `Pvt hospital billing asking PAN ${$.ssn(K.pan(x.r, "Sahu"))} of the patient's son for the cash payment above 2 lakh. Son is in Dubai. Can they refuse to discharge? Ethics committee says it's "policy".`,
    "Odisha"),
  t("in-abha-cghs", "IN", (x) =>
    `Retd central govt employee, CGHS ben ID ${$.plan("5810329")}, ABHA ${$.plan(K.abha(x.r))}. Empanelled hospital won't do the TAVI without "special permission". Any senior knows the CGHS route for TAVI?`),
  t("in-kerala-plate", "IN", () =>
    `RTA, Thrissur. Two-wheeler vs bus, helmetless rider, bike reg ${$.veh("KL 07 CD 9533")}. Police intimation done. Relatives not traced yet, MLC registered. Can we go ahead with decompressive craniectomy with 2 doctors' consent?`),
  t("in-dl", "IN", () =>
    `Bengaluru, occupational. Cab aggregator driver with uncontrolled epilepsy, driving licence ${$.lic("KA05 20110047182")}. The company wants a "fitness certificate" from me. Legally can I refuse? He needs the job.`),
  t("in-smc-reg", "IN", () =>
    `Patient is a resident doctor (TNMC reg. no. ${$.lic("845516")}) admitted after an overdose. Dean wants details for "disciplinary". Confidentiality? She's 25 and has capacity.`),
  t("in-histo", "IN", () =>
    `Kindly see. Histopath no. ${$.oid("HP-9919/25")}: "poorly differentiated carcinoma, IHC advised". Block sent to Tata, ref no. ${$.oid("TMH-REF-88143")}. Pt from ${$.addr("Basirhat")}, can't travel to Mumbai again. Empirical chemo while waiting?`),
  t("pk-mr-bare", "IN", () =>
    `ward round list:\n1) ${$.name("Shazia Parveen")} ${$.mrn("24/0081473")} eclampsia PPD2 MgSO4 stopped\n2) bed 9 PPH, Hb 6.1, 2 pints done\n3) ${$.name("Nasreen Akhtar")} ${$.mrn("24/0081519")} ?sepsis\nMO says 24h MgSO4 from delivery or from last fit, which one?`,
    "Pakistan (Multan); hospital numbers bare in a round list"),

  // --- France -------------------------------------------------------------------------------------
  t("fr-ipp-nda", "FR", () =>
    `Interne à Rouen. IPP ${$.mrn("8008783823")}, NDA ${$.acct("24010612")}, le dossier Crossway a deux séjours fusionnés et les résultats de la bio d'hier sont dans le mauvais séjour. Quelqu'un sait qui appeler au DIM un dimanche?`),
  t("fr-nir", "FR", (x) =>
    `Médecin généraliste, Vendée. Carte Vitale refusée, le NIR ${$.ssn(K.nir(x.r, true, { m: 6, y: 1952 }, "85"))} ne correspond pas à l'AMO. Patiente de 73 ans, ALD diabète. Feuille de soins papier ou je patiente?`),
  t("fr-plate", "FR", () =>
    `SMUR Annecy, accident de ski-bus? non, voiture dans le lac 😳 immatriculation ${$.veh("GK-482-TS")}, le conducteur hypotherme 28 °C. ECMO à Grenoble ou réchauffement actif local? Notre réa n'a pas d'ECMO.`),
  t("fr-dicom-file", "FR", () =>
    `Radiologue. Quelqu'un a posté dans le groupe d'internat le fichier ${$.oid("IRM_DUBOSCQ_Marthe_genou.dcm")} avec toutes les métadonnées. J'ai signalé. Pour la question clinique: rupture LCA + fracture de Segond, plastie d'emblée?`),
  t("fr-rpps-patient", "FR", () =>
    `Patient médecin (RPPS ${$.lic("10004718293")}) en burn-out sévère, veut continuer ses gardes. L'Ordre doit-il être informé par moi ou par lui? Je suis son médecin traitant.`),
  t("fr-mutuelle", "FR", () =>
    `Pédiatre Lille. La mutuelle exige le numéro d'adhérent ${$.plan("MGN-0971482")} sur chaque ordonnance de lait spécial (APLV). Jamais vu ça. Normal?`),

  // --- Germany / Austria / Switzerland -----------------------------------------------------------
  t("de-kvnr-fall", "DE", (x) =>
    `Assistenzarzt, Bremen. Pat.-Nr. ${$.mrn("7019343")}, Fallnr. ${$.acct("240152233")}, KVNR ${$.plan(K.kvnr(x.r))}. Abrechnung sagt, der Fall wurde storniert weil die eGK "gesperrt" ist. Pat. liegt seit 5 Tagen auf Station. Wer zahlt jetzt?`),
  t("de-plate-bremen", "DE", () =>
    `Notaufnahme: Patient ist mit eigenem PKW (${$.veh("HB-KM 412")}) gekommen, Hypoglykämie mit GCS 9 auf dem Parkplatz. Polizei fragt, ob er weiterfahren darf. BZ jetzt 6,1 mmol/l. Dürfen wir überhaupt etwas sagen?`),
  t("de-fuehrerschein", "DE", () =>
    `Hausarzt in Karlsruhe. Patient mit Alkoholabhängigkeit, Führerschein-Nr. ${$.lic("B072RRE2I55")}, die Führerscheinstelle will ein ärztliches Gutachten. Ich bin Hausarzt, nicht Verkehrsmediziner. Muss ich das schreiben?`),
  t("de-wbk", "DE", () =>
    `Psychiatrie. Sportschütze, schwere depressive Episode mit Suizidgedanken, Waffenbesitzkarte Nr. ${$.lic("118/2019")} laut Ehefrau. Darf ich die Waffenbehörde ohne Einwilligung informieren? §34 StGB?`),
  t("de-iban", "DE", (x) =>
    `Pflegegeld-Antrag: Tochter hat mir ihre IBAN ${$.acct(K.iban("DE", "50010517" + x.digits(10)))} auf den Arztbrief geschrieben, damit "alles an einem Ort" ist. Ich soll das an die Pflegekasse faxen. Nein, oder?`),
  t("de-pacer", "DE", () =>
    `Kardio: Schrittmacher Biotronik Enitra 8 DR-T, SN ${$.dev("68471925")}, Home Monitoring meldet seit 3 Tagen keine Daten. Pat. ${$.age("93-jährig")}, lebt allein in ${$.addr("Worpswede")}. Hausbesuch oder Anruf beim Nachbarn?`),
  t("at-svnr", "DE", () =>
    `Wien. Sozialversicherungsnummer ${$.ssn("1841 140352")} steht auf der e-card-Kopie, die der Sohn per WhatsApp geschickt hat. ÖGK will das Original. Patient liegt im Wachkoma. Wie machen das andere?`,
    "Austria; SVNR is the social-security number"),
  t("ch-fallnummer", "DE", () =>
    `Spital Thun. Fallnummer ${$.acct("3005073882")}, Patientin ${$.name("Verena Zurbuchen")}, Sturz mit Beckenringfraktur, Krankenkasse will "vor Eintritt" eine Kostengutsprache für die Reha. Wie schnell geht das bei euch?`,
    "Switzerland"),

  // --- Spain / Latin America ----------------------------------------------------------------------
  t("es-nhc-dni", "ES", (x) =>
    `Urgencias Cáceres. NHC ${$.mrn("2847193")}, DNI ${$.ssn(K.dni(x.r))}. Paciente de 79 con FA rápida y TSH indetectable — el endocrino dice "amiodarona no". ¿Betabloqueo y metimazol ya o esperamos gammagrafía?`),
  t("es-nuss-cip", "ES", (x) =>
    `MAP en Huesca. NUSS ${$.ssn(K.nuss(x.r))} y CIP ${$.plan("ARAG440718291")} en el informe del especialista, pero no ve la analítica de atención primaria. ¿Alguien sabe si la historia clínica compartida de Aragón se puede pedir?`),
  t("es-plate", "ES", () =>
    `SUMMA 112: atropello, el conductor se dio a la fuga pero la víctima iba en su moto (${$.veh("6723 KTR")}) y la Guardia Civil nos pide la alcoholemia de la víctima. ¿Es obligatorio?`),
  t("mx-curp-imss", "MX", (x) =>
    `Urgencias, Zapopan. CURP ${$.ssn(K.curp(x.r, { paterno: "Villaseñor", materno: "Ocampo", nombre: "Rogelio", dob: { d: 18, m: 5, y: 1969 }, female: false, state: "JC" }))}, NSS ${$.ssn(K.imssNss(x.r))}. El IMSS no lo tiene vigente por cambio de patrón y necesita cateterismo. ¿Lo mando al Civil?`),
  t("mx-expediente", "MX", () =>
    `Residente de pediatría, Monterrey. Expediente ${$.mrn("HU-317644/24")}, lactante de 7 meses con kawasaki incompleto y aneurisma coronario 4 mm. La IVIG no llega hasta el lunes. ¿Infliximab de rescate?`),
  t("ar-osde", "AR", () =>
    `Clínica en Rosario. Socio OSDE ${$.plan("61 154929 3 01")}, la prepaga rechaza el PET porque "no está en el PMO". Linfoma Hodgkin estadio II. ¿Alguien consiguió que lo cubran por amparo?`),
  t("ar-dni-plate", "AR", () =>
    `Guardia en Mendoza. Choque en la ruta 7, conductor 33 años, DNI ${$.ssn("32.447.819")}, auto patente ${$.veh("AE 418 KT")}. Policía pide informe de lesiones ya. ¿Qué se pone con TEC leve y alcoholemia pendiente?`),
  t("co-pasaporte", "CO", () =>
    `Medellín, urgencias. Paciente venezolano sin cédula, solo pasaporte ${$.oid("157154229")} vencido. La EPS dice que sin PPT no hay afiliación. Necesita diálisis. ¿Qué hacen ustedes?`),
  t("co-plate", "CO", () =>
    `Bogotá. Motociclista, placa ${$.veh("KTR 48F")}, TEC severo. SOAT de la moto vencido. ¿Quién paga la UCI, la ADRES?`),
  t("cl-rut-ficha", "CL", (x) =>
    `Temuco, medicina interna. Ficha ${$.mrn("449512")}, RUT ${$.ssn(K.rut(x.r))}. Paciente GES por cáncer gástrico pero Fonasa dice que no está en la red. ¿Se puede activar garantía desde urgencia?`),
  t("cl-patente", "CL", () =>
    `Antofagasta. Minero de 45 años, sincope manejando la camioneta de la empresa (patente ${$.veh("HKRT-42")}). La mutual pide que certifique si puede volver a conducir. Holter normal. ¿Cuánto esperan ustedes?`),

  // --- Brazil -------------------------------------------------------------------------------------
  t("br-prontuario-cns", "BR", (x) =>
    `Plantão em Campinas. Prontuário ${$.mrn("7395293")}, CNS ${$.plan(K.cns(x.r))}. Paciente com LES e nefrite classe IV, ciclofosfamida ou micofenolato? A farmácia de alto custo só libera o MMF com laudo de biópsia.`),
  t("br-cpf-plate", "BR", (x) =>
    `Emergência em Joinville. Motoqueiro, placa ${$.veh("QTR4E71")}, CPF ${$.ssn(K.cpf(x.r))}, fratura exposta de tíbia. O DPVAT acabou, quem paga o fixador?`),
  t("br-crm-patient", "BR", () =>
    `Paciente é colega (CRM-MG ${$.lic("48172")}), médico de família, com quadro compatível com transtorno bipolar tipo I em mania. Ele quer continuar atendendo. Tenho obrigação de comunicar ao CRM?`),
  t("br-rg-unimed", "BR", (x) =>
    `Pediatra em Sorocaba. Mãe trouxe RG ${$.ssn(K.rgSp(x.r))} e carteirinha Unimed ${$.plan("0 032 803629471003 8")}, mas a criança não está no plano ainda. Vacina de rotavírus atrasada, aplico pelo SUS?`),
  t("br-chassi", "BR", (x) =>
    `Medicina do trabalho, Goiânia. Motorista de caminhão com apneia grave, empresa mandou o chassi ${$.veh(K.vin(x.r, "9BM"))} do caminhão no e-mail pedindo "liberação". Eu libero pra dirigir com CPAP há 2 semanas?`),

  // --- Nigeria, Ghana, Kenya ----------------------------------------------------------------------
  t("ng-uch-no", "NG", () =>
    `Ibadan. Hosp no ${$.mrn("UCH/2024/08814")}, 9yo SCA with priapism 8 hours, aspiration done twice. Uro SR wants shunt tonight, haematology says exchange first. Abeg who has done this?`),
  t("ng-abuth", "NG", () =>
    `**Folder No.:** ${$.mrn("ABUTH/AD/80308")}\n**Dx:** snakebite (carpet viper), 20WBCT > 20 min\n**Given:** 6 vials EchiTAb-Plus\n\nZaria here. Still bleeding from the venepuncture sites at 6h. Repeat dose or wait for the 12h 20WBCT?`),
  t("ng-nin-nhia", "NG", (x) =>
    `HMO don dey vex me. NIN ${$.ssn(K.nigeriaNin(x.r))}, NHIA no ${$.plan("NHIA/OYO/1021472")}. Pt needs dialysis x2/wk and the HMO says only 6 sessions per year are covered. Any support programme in Oyo state?`),
  t("ng-nuban", "NG", () =>
    `Social worker says the family should post the patient's account details for crowdfunding. Brother sent me: "GTBank ${$.acct("0123847299")}, ${$.name("Ifeanyi Chukwuma-Nwosu")}". Should I even be in this loop?`),
  t("ng-plate", "NG", () =>
    `RTA, Lagos-Ibadan expressway, 4 casualties. Driver of the danfo (${$.veh("KJA-482FX")}) has a flail chest. FRSC officer wants the driver's name for their report. Can I give it?`),
  t("ng-passport", "NG", () =>
    `Abuja. Patient travelling to India for renal transplant, embassy wants a medical letter quoting his passport ${$.oid("A58890693")}. Is it normal to put the passport number in a medical letter?`),
  t("gh-ghcard", "NG", () =>
    `Tamale. NHIS ${$.plan("39778394")} and Ghana card both in the folder but the name on the NHIS is ${$.name("Abdul-Rahman Issahaku")} and Ghana card says ${$.name("Abdulai Issahaku")}. Lab won't release results. Which do we use?`,
    "Ghana"),
  t("ke-nhif", "NG", () =>
    `Kisumu. SHA number ${$.plan("CR-2664829-1")} not activating, pt on chemo for Burkitt's. Hospital says cash. Anyone know the SHA escalation path?`,
    "Kenya; the Social Health Authority number is the health plan"),

  // --- South Africa --------------------------------------------------------------------------------
  t("za-folder-id", "ZA", (x) =>
    `Tygerberg. Folder no ${$.mrn("9952823")}, ID ${$.ssn(K.zaId(x.r, { d: 11, m: 2, y: 1988 }, true))}, 36F with TB meningitis stage II. HIV neg. Dex + RHZE. Do you add high-dose rif? SA guidelines don't say.`),
  t("za-plate-cape", "ZA", () =>
    `MVA on the N2. Taxi (${$.veh("CA 418-222")}) rolled, 14 pax. Driver has a GCS 8. Traffic cop wants blood for alcohol. Who draws it, us or the district surgeon?`),
  t("za-gp-plate", "ZA", () =>
    `Joburg. Patient drives an Uber, car reg ${$.veh("KT 47 MX GP")}, came in with new seizures. Uber wants a letter. Do I inform Uber or just tell him not to drive?`),
  t("za-firearm", "ZA", () =>
    `Psych reg, Bloemfontein. Security guard with psychosis, SAPS firearm licence ${$.lic("1184/2019/FS")}. His employer keeps the gun. Who do I inform, SAPS or the company?`),
  t("za-medaid", "ZA", () =>
    `Bonitas member no ${$.plan("877919274")} dep 02 — a 6yo with cerebral palsy, the scheme refuses to pay for the Permobil wheelchair. The child's current chair (serial ${$.dev("WCH-23998")}) is broken. Any PMB argument?`),

  // --- China, Japan, Korea, Vietnam --------------------------------------------------------------
  t("cn-zhuyuan", "CN", () =>
    `Guangzhou, 肝病科. 住院号 ${$.mrn("2024010480")}, 57M HBV-ACLF, MELD 32. 家属问人工肝还是等肝移植. What would you do?`),
  t("cn-id-plate", "CN", (x) =>
    `交通事故, Shenzhen. 患者 ${$.name("郑晓东")}, 身份证 ${$.ssn(K.cnId(x.r, "440304", { d: 23, m: 7, y: 1981 }, false))}, 车牌 ${$.veh("粤B·7K29Q")}. Police need blood alcohol. Can we do it without consent?`),
  t("cn-yibao", "CN", () =>
    `医保卡号 ${$.plan("P44085752913")} 异地就医 not registered, patient from Hunan working in ${$.addr("Dongguan")}, needs dialysis 3x/wk. Anyone knows how fast 异地备案 works?`),
  t("cn-pathology", "CN", () =>
    `病理号 ${$.oid("B24-17106")}: "高级别浆液性癌". Pt 62F, CA125 1840. Neoadjuvant or primary debulking? Our gyn-onc team split.`),
  t("jp-karte", "JP", () =>
    `救急外来. カルテ番号 ${$.mrn("0094642")}, 85歳男性, 誤嚥性肺炎 3回目. 家族は胃瘻希望. 日本だと胃瘻はまだ普通? Western colleagues always surprised.`),
  t("jp-plate-mynumber", "JP", (x) =>
    `交通外傷. 車両 ${$.veh("品川 330 す 47-12")}, 運転者 マイナンバー ${$.ssn(K.myNumber(x.r))} がメモに. 警察 wants the alcohol level. 同意なしで出せる?`),
  t("jp-hoken", "JP", () =>
    `保険証 記号 ${$.plan("2694")} 番号 ${$.plan("22")}, 国保. 患者 wants to use マイナ保険証 but reader broken. Can we bill with the old card number until March?`),
  t("kr-reg-rrn", "KR", (x) =>
    `Seoul, ER. 등록번호 ${$.mrn("12847193")}, 주민번호 ${$.ssn(K.krRrn(x.r, { d: 8, m: 1, y: 1952 }, true))}. 73F, GI bleed, on ticagrelor. Hold for endoscopy?`),
  t("kr-plate", "KR", () =>
    `Busan trauma center. 오토바이 사고, 번호판 ${$.veh("123가 4567")}. Driver's helmet off. Police asking blood alcohol. Korean law requires consent?`),
  t("kr-nhis", "KR", () =>
    `건강보험증 번호 ${$.plan("5-5239899471")}, patient says 의료급여 1종 but system shows 건강보험. Copay difference huge. Who fixes it?`),
  t("vn-mabn-bhyt", "VN", () =>
    `BV Chợ Rẫy. Mã BN ${$.mrn("24019349")}, BHYT ${$.plan("DN4797966231829")}, sốt xuất huyết nặng. BHYT chỉ trả 80%. Gia đình không đủ tiền. Any charity fund for dengue in HCMC?`),
  t("vn-cccd-plate", "VN", () =>
    `Tai nạn giao thông, Đà Nẵng. CCCD ${$.ssn("001587029471")}, xe máy biển số ${$.veh("43B1-482.17")}. CSGT muốn xét nghiệm nồng độ cồn. Có cần đồng ý của bệnh nhân không?`),

  // --- More shapes, late additions -------------------------------------------------------------
  t("uk-ubrn", "UK", () =>
    `Can anyone at the Royal Free look at an e-RS referral that's been "awaiting booking" since the summer? UBRN ${$.oid("0004 4718 2931")}. 68M, ?pancreatic mass on CT, should have been a 2WW but the GP clicked routine. I've re-sent it as urgent but nothing moves.`,
    "a referral (UBRN) number is other_id"),
  t("us-ny-plate", "US", () =>
    `EMS narrative (pasted, PCR pg 2): "Pt found in driver seat of gray Camry NY ${$.veh("KHT-8064")} on shoulder of I-87, unresponsive, agonal resp, pinpoint pupils, narcan 4mg IN x2 with response." He's now awake and wants to leave AMA to "go get his car". Capacity? He's clearly still under the influence of something.`,
    "emergency physician, New York"),
  t("us-tx-late", "US", () =>
    `Long one, sorry. 58M with poorly controlled T2DM (A1c 12.4), CKD 3b, and a new 3 cm heel ulcer with probe-to-bone positive. MRI confirms calcaneal osteo. Podiatry wants partial calcanectomy, vascular says ABI 0.6 and wants an angiogram first, ID wants bone biopsy before abx. He's been bounced between three clinics for a month.\n\nThe practical problem: he's a long-haul trucker and won't stop driving. His rig is on the lot right now (TX plate ${$.veh("NBR-2284")}) and he plans to leave for Amarillo in the morning. How do you sequence angio/biopsy/surgery when you realistically have one admission to do all of it?`),
  t("de-plate-icd", "DE", () =>
    `Kardiologie Karlsruhe. ICD-Schock beim Autofahren, Pat. hat den Wagen (${$.veh("KA-ZR 77")}) noch in die Leitplanke gesetzt. Boston Scientific Resonate EL ICD, Seriennummer ${$.dev("847193")}. Fahrverbot 3 Monate laut Leitlinie — wer sagt ihm das, wir oder der Hausarzt?`),
  t("in-mrd-plate", "IN", () =>
    `Pune. MRD No. ${$.mrn("MRD/7713/2025")}, 19M, bike skid, ${$.veh("MH 12 KT 8814")}, EDH 18 mm, GCS 13 → 10. Neurosurgeon 40 min away. Burr hole by general surgeon OK?`),
  t("au-record-no", "AU", () =>
    `**Record no.** ${$.mrn("A0042138")}\n**Ward:** 4B (gen med)\n**Home vent:** Philips Trilogy Evo, SN ${$.dev("TV219004731")}\n\nMND, 66M, NIV 22 h/day now. Family asking for trach. Who has done a trach-vent for MND at home in Perth and how did the carers cope?`),
  t("jp-license", "JP", () =>
    `認知症外来. 82歳男性, MMSE 19, still driving. 運転免許証番号 ${$.lic("304718291740")} on the 診断書 form from 公安委員会. Family relieved, he's furious. 皆さんどう説明してます?`),
  t("kr-icd", "KR", () =>
    `아산 심장내과. ICD (Abbott Gallant, S/N ${$.dev("81524982")}) 환자 MRI 찍어도 되나? Conditional model but one lead is abandoned. Radiology refuses.`),
  t("us-dictation-mrn", "US", () =>
    `dictated on the way home, sorry for typos: patient is a 71 year old female medical record number ${$.mrn("6612048")} with a new left bundle and troponin flat times 2, cardiology wants a cath in the morning but she's on apixaban last dose 8 pm, do we need to hold 48 hours for a radial approach or is 24 fine`),
  t("nz-libre", "NZ", () =>
    `Type 1, 17yo, FreeStyle Libre 2 sensor serial ${$.dev("0M0009F9653K")} fell off after 3 days, third time. Pharmac funded since Oct. Anyone got a trick with Skin Tac in rugby players?`),
  t("za-dcs", "ZA", () =>
    `Correctional services clinic, Western Cape. Sentenced offender, DCS reg no ${$.oid("217063193")}, MDR-TB, refusing injectables (on BPaL now anyway). Can DOT be done by custodial staff?`,
    "South Africa; a prisoner number is other_id"),
  t("us-referral-no", "US", () =>
    `HMO referral # ${$.oid("RF-2024-147043")} expired the day before her scheduled EGD so the GI office cancelled. She's got a Hb of 7.2 and dark stools. Do I send her to the ED just to get it done?`,
    "a referral number is other_id"),
  t("fr-eeg-path", "FR", () =>
    `Neurologue à Nancy. Le serveur d'EEG range les tracés sous ${$.oid("/mnt/eeg/2024/MARCHAND_Yvette/")} et l'interne a collé le chemin dans le forum. Bref: état de mal non convulsif chez une patiente de 84 ans, lévétiracétam 60 mg/kg, pas de réponse. Valproate ou lacosamide?`,
    "a folder path holding a name is other_id"),
  t("uk-medtronic-pump", "UK", () =>
    `Paeds diabetes, Leicester. MiniMed 780G serial ${$.dev("NG2847193H")} — pump fell in the bath and now "critical pump error". Medtronic UK says replacement 48 h. Mum (${$.name("Harpreet")}) asking whether to go back to pens or use the old 640G in the drawer?`),
];

const negatives: Negative[] = [
  // --- United States ---------------------------------------------------------------------------
  n("us-ndc-lot", "US", `Pharmacy recall notice taped to the Pyxis: heparin 5,000 units/mL, NDC 63323-262-01, lots 6113482 and 6113495, exp 04/2026. Anyone know if the prefilled syringes (NDC 25021-402-01) are affected too? Our PharmD is off till Monday.`),
  n("us-cpt-icd", "US", `Coding q: 99214 + G2211 with Z79.4 and E11.65 keeps bouncing from one MA plan, but 99214 + E11.9 goes through. Is the G2211 add-on the problem or the 5th-character specificity?`),
  n("us-forms", "US", `Civil surgeons — is the I-693 still valid for 2 years or did USCIS change it again? And does anyone else get DS-160 questions from patients thinking we fill those out? (We don't.) CMS-1500 box 17 is a whole other rant.`),
  n("us-model-numbers", "US", `Device clinic teaching: Medtronic Azure XT DR MRI SureScan (model W1DR01) vs Percepta Quad CRT-P (W4TR04). ERI is 2.63 V on both. Anyone have a cheat sheet for Abbott's Assurity MRI PM2272 too?`),
  n("us-epic-version", "US", `Epic Nov 2024 upgrade broke our Haiku 11.3 photo upload, and the Dexcom G7 app v2.4.1 won't sync to the Clarity clinic code. IT ticket INC0471822 sitting for 3 weeks. Anyone else?`),
  n("us-988", "US", `Reminder for the new interns: 988 for crisis, Poison Control 1-800-222-1222, and the state PDMP helpdesk is on the intranet. Don't give out the unit's direct line.`),
  n("us-order-set", "US", `Who owns the "ED Sepsis Adult - 30 mL/kg" order set (OS-1147, v3.2)? It still defaults to LR 2000 mL for a 45 kg patient and nobody can edit it. Informatics says "submit to the P&T subcommittee".`),
  n("us-vanc-table", "US", `Our vanc loading table, for those who asked:\n< 60 kg: 1,250 mg\n60-79 kg: 1,750 mg\n80-99 kg: 2,000 mg\n≥ 100 kg: 2,500 mg (max)\nthen AUC-guided via the InsightRx v4.2 dashboard. Trough-only dosing should be dead by now.`),
  n("us-cfr", "US", `42 CFR Part 2 vs HIPAA 45 CFR 164.512(j) — when a patient in our OTP makes a threat, which one governs disclosure? Compliance gave me a 14-page PDF.`),
  n("us-bed-board", "US", `Bed board at 0700: 5W beds 12, 14, 19 open, 7N bay C bed 4 blocked (C. diff clean), MICU 2 and 9 pending transfer. Hospitalist pager 5079, overnight nocturnist x-63348. Who's taking the 8am admits?`),
  n("us-loinc", "US", `Interface question: our HbA1c comes across as LOINC 4548-4 but the outside lab sends 17856-6 and the registry only counts one. Anyone mapped both?`),
  n("us-nct", "US", `Journal club Thursday: NCT05556512 (semaglutide in HFpEF) and ISRCTN17416082. Room 4-210, pizza from 12. Slides due to the chief by Tuesday.`),

  // --- United Kingdom / Ireland -----------------------------------------------------------------
  n("uk-nice-ta", "UK", `NICE TA875 for semaglutide is "specialist weight management only" — but our tier 3 service has a 2-year wait. Anyone prescribing under NG28 instead for the diabetes indication?`),
  n("uk-bleeps", "UK", `New rota for Aug: med reg bleep 2214, SHO bleeps 2216/2217, outreach ext 63471, site manager 07000 via switch. Stop calling the ward clerk for the crash bleep, it's 2222.`),
  n("uk-forms", "UK", `Form reminders for F1s: FP10 for scripts, MED3 for fit notes, SR1 (used to be DS1500) for special rules. None of them need the consultant's signature, stop chasing us.`),
  n("uk-snomed", "UK", `EMIS search for the QOF audit: SNOMED 44054006 (T2DM) AND latest HbA1c > 75 mmol/mol AND no 1049621000000106 review code in 12 months. Returns 212 pts out of 11,400 list size. Reasonable?`),
  n("uk-ward-board", "UK", `Ward 23 closed to admissions: bays 4 and 5 norovirus, side rooms 1-3 open. Ward 24 taking overflow. Infection control number is on the intranet, not the switchboard.`),
  n("uk-yellow-card", "UK", `Submitted a Yellow Card for the Pfizer batch FK1287 after two local reactions on the same day. MHRA said batch queries go through the Central Alerting System. Anyone else seen this batch?`),
  n("ie-forms", "IE", `For the new GPs: medical card applications are form MC1, the Fair Deal is the NHSS form, and the driving licence medical is D501. RSA helpline is on their site, not the HSE one.`),
  n("ie-trolley", "IE", `INMO trolley watch 09:00: UHL 121, CUH 58, Galway 44. Bay 3 in our ED has had 9 patients in 6 spaces since midnight.`),

  // --- Canada / Australia / New Zealand ----------------------------------------------------------
  n("ca-din", "CA", `Pharmacy says the generic apixaban 5 mg (DIN 02480697) is back-ordered; only DIN 02377233 (Eliquis) in stock. Limited Use code 434 covers it for AF in ON. Anyone know the NS equivalent?`),
  n("ca-ctas", "CA", `Triage audit: CTAS 2 for chest pain (CEDIS 003) should be seen in 15 min; our median is 47. Form 1 under the MHA is a separate stream and doesn't count toward it.`),
  n("au-pbs", "AU", `PBS item 10451X vs 11234Q for the same insulin pen — one is Authority Required (STREAMLINED 5306) and one isn't. MBS items 721/723 don't care. Confusing as hell for the registrars.`),
  n("au-artg", "AU", `TGA recall: ARTG 214472, Philips DreamStation model DSX500H11, firmware 4.2.1. Our sleep lab has 30 units on loan. Anyone got the replacement schedule?`),
  n("au-aircraft", "AU", `RFDS retrieval from Tennant Creek took 5 h because VH-FMC was down for maintenance and VH-MWK was on another job. Anyone know if the PC-24 is back in Alice?`),
  n("nz-pharmac", "NZ", `Pharmac Special Authority SA6071 for empagliflozin — the renewal form changed in Feb. Healthline 0800 611 116 keeps telling pts to "see their GP" for it.`),

  // --- India / Pakistan ---------------------------------------------------------------------------
  n("in-ctri", "IN", `Our dengue fluid trial is registered as CTRI/2023/04/056919, ethics ref IEC/2022/118. Anyone else in South India enrolling? Target 240, we're at 61.`),
  n("in-mtp", "IN", `MTP Act 1971 amended 2021: Form I opinion, Form II reporting, Form III admission register. Beyond 20 wks needs two RMPs. Anyone have the updated Form C?`),
  n("in-bed-list", "IN", `Medicine unit 2 bed status: male ward beds 1-32 full, female 33-60 has 3 vacant (41, 47, 52), ICU bed 6 and 9 on ventilator. Casualty extension 2204, PRO extension 2210.`),
  n("pk-drap", "IN", `DRAP registration 048271 for the local meropenem — anyone trust it for XDR typhoid? Batch MR-2244 had failed dissolution last year.`, "Pakistan"),

  // --- France / Germany ----------------------------------------------------------------------------
  n("fr-cip13", "FR", `Rupture de stock Augmentin 1g/125 sachets, CIP 3400936742115. ANSM dit retour en mars. La fiche cerfa n°12541*02 pour l'ALD, quelqu'un a la version à jour?`),
  n("fr-ccam", "FR", `Cotation: DEQP003 pour l'ECG, YYYY600 pour le supplément de nuit, et l'acte CCAM JKHD001 pour le frottis. La CPAM a rejeté 3 fois sans motif.`),
  n("de-pzn", "DE", `Lieferengpass: Amoxicillin 250 mg/5 ml Saft, PZN 01126111, und Penicillin V PZN 04773217. BfArM-Liste aktualisiert. Alternativen für Kinder unter 6?`),
  n("de-ops", "DE", `Kodierfrage: I21.4 NSTEMI plus OPS 8-837.00 (PTCA) plus 8-83b.0c für den DES. MDK kürzt trotzdem. Muster 16 für die Entlassmedikation reicht?`),
  n("de-bgb", "DE", `§ 630e BGB Aufklärung, § 630f Dokumentation, § 203 StGB Schweigepflicht — für das PJ-Seminar. Folien liegen im Ordner auf Laufwerk S.`),

  // --- Spain / Latin America / Brazil -------------------------------------------------------------
  n("es-protocolo", "ES", `Protocolo de sepsis de la SEMES 2023: 30 ml/kg en 3 h, lactato a las 2 h. Box 7 y 8 de urgencias son los de críticos. Busca 5214 para UCI.`),
  n("mx-nom", "MX", `NOM-004-SSA3-2012 del expediente clínico y NOM-024-SSA3-2012 de sistemas de información. Formato 4-30-8/98 del IMSS para incapacidades. ¿Alguien tiene el formato ST-7 actualizado?`),
  n("ar-pmo", "AR", `PMO Resolución 201/2002 y la Ley 26.682 de prepagas. Cobertura de PET en linfoma: anexo III. Teléfono de la Superintendencia 0800-222-72583.`),
  n("br-sigtap", "BR", `Faturamento: CID-10 J18.9, procedimento SIGTAP 03.03.14.008-2 (tratamento de pneumonia), RDC 222/2018 pra resíduos. Disque Saúde 136 pra dúvida de vacina.`),
  n("br-lote", "BR", `Vacina pentavalente lote 227314, validade 03/2026, chegou com termômetro marcando 9 °C. Descarta ou notifica o CRIE? Ramal da vigilância 4012.`),

  // --- Africa --------------------------------------------------------------------------------------
  n("ng-nafdac", "NG", `Check NAFDAC Reg No. A4-0092 before you prescribe that artemether-lumefantrine brand — MAS code on the pack, text to 38353. Ward 4 has had two fake batches this month.`),
  n("ng-ward-list", "NG", `Call list: Emergency Paed Unit beds 1-12, SCBU cots 1-20, male medical ward bay B. House officers on call extension 117 and 118. Consultant on call Dr. Akpabio.`),
  n("za-nappi", "ZA", `NAPPI 703847-001 for the generic TLD, ICD-10 B20 with Z21 for the script. Mental Health Care Act 17 of 2002 forms MHCA 04 and 05 for the 72-hour assessment.`),
  n("za-paeds-dose", "ZA", `Paeds paracetamol by weight (15 mg/kg 6-hourly):\n5-7 kg: 2.5 ml of 120 mg/5 ml\n8-10 kg: 5 ml\n11-14 kg: 7.5 ml\n15-19 kg: 10 ml\nPrinted on the back of the Road to Health booklet page 23.`),

  // --- East Asia -----------------------------------------------------------------------------------
  n("cn-approval", "CN", `国药准字H20184115 这个批号的阿托伐他汀 集采版本 vs 原研. 药剂科说一致性评价通过. ICD-11 code BA41 for MI in our new 病案 system.`),
  n("jp-yj", "JP", `YJコード 2171022F1022 と レセプト電算コード 620007107 の対応表, 誰か持ってる? 点数表 D007 の算定で返戻された.`),
  n("kr-edi", "KR", `심평원 EDI 코드 641800460, KCD-8 I48.0. 삭감 again. 약제 급여기준 고시 제2024-118호 보셨어요?`),
  n("vn-thongtu", "VN", `Thông tư 46/2018/TT-BYT về hồ sơ bệnh án điện tử, Thông tư 30/2018 về danh mục thuốc BHYT. Khoa Nhiễm phòng 304, số nội bộ 2218.`),

  // --- ID-shaped text that is a format, not a patient's number ------------------------------------
  n("us-mrn-format", "US", `PSA from HIM: after the merger our MRNs are now an "E" plus 8 digits and the old 7-digit numbers get a leading zero. Don't hand-type them into orders, scan the wristband.`),
  n("uk-column-headers", "UK", `Anyone got a better handover template? Ours has columns Bed | Unit No | NHS No | Consultant | Jobs | Escalation, and nobody fills the last two.`),
  n("au-device-catalogue", "AU", `Vascular stock list: Cook Zenith Alpha ZTA-P-22-104 (REF G30512), Gore Excluder PLC231200, Medtronic Endurant ETBF2513C. Lot numbers get scanned into the implant register, not the chart note.`),
  n("de-device-firmware", "DE", `Insulinpumpe Medtronic 780G, Modell MMT-1886, Firmware 6.4, Guardian 4 Sensor REF MMT-7040. Software-Update per CareLink Version 2.1.3. Kennt jemand das Problem mit SmartGuard nach dem Update?`),
  n("uk-lab-ranges", "UK", `Biochem ranges changed on 1 Oct: Na 133-146, K 3.5-5.3, Cr 59-104 (M) / 45-84 (F), eGFR now CKD-EPI 2021 without race. Samples after 17:00 go to the hot lab, tube 1.2 ml minimum.`),
  n("ca-hotline", "CA", `Ontario Telehealth is now Health811, poison centre 1-844-764-7669, and the CritiCall number is on the back of your ID badge. Please stop posting your personal cell in the ED chat.`),
];

export const batch24: Batch = { name: "batch-24", positives, negatives };
