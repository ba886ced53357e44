/**
 * Batch 15 (train split): hand-written posts in voices from the Arabic-speaking Gulf and Egypt,
 * Pakistan, the Philippines, Kenya, Ghana, Turkey, Poland, Italy, the Netherlands and Scandinavia,
 * Israel, Singapore and Malaysia, Jamaica and Trinidad, Indonesia, US telehealth and a UK locum.
 * The Country type has none of most of these, so each item is filed under the nearest code and its
 * note says which voice it is: Gulf/Pakistan -> IN, Egypt/Italy/Israel -> FR, Turkey/Poland/
 * Netherlands/Scandinavia -> DE, Kenya -> ZA, Ghana -> NG, Philippines/Singapore/Malaysia -> VN,
 * Indonesia -> AU, Jamaica -> US, Trinidad -> CO.
 * National identity numbers are labelled ssn, health-insurance numbers health_plan, hospital and
 * clinic numbers mrn, other personal numbers and handles other_id.
 */
import * as K from "./check-digits";
import { $, notedNegative, notedTemplate, type Batch, type Negative, type Template } from "./markup";

const t = notedTemplate;
const n = notedNegative;

const positives: Template[] = [
  // --- Arabic-speaking Gulf (filed IN) and Egypt (filed FR) ---------------------------------
  t("b15-gulf-derm-bold", "IN", "voice: UAE dermatology; filed under IN; Emirates ID labelled ssn", () =>
    `**Pt:** ${$.name("Saeed bin Hamdan Al-Ketbi")}, Emirati, 60s
**EID:** ${$.ssn("784-1952-1047385-6")}
**Work:** outdoors (camel farm, Al Ain road)
**Issue:** chronic actinic dermatitis vs photo-aggravated eczema, patch + photopatch negative so far. On tacrolimus 0.1% and strict UV avoidance is impossible for him. Anyone tried dupilumab for CAD in this climate?`),
  t("b15-egypt-onc-letter", "FR", "voice: Egypt (Alexandria) oncology referral, non-native English; filed under FR", () =>
    `Dear colleague,
Kindly I am referring to you the patient Mrs. ${$.name("Nagwa Abdel-Fattah El-Sayed")}, resident in ${$.addr("14 Port Said St., Camp Shezar, Alexandria")}, file no. ${$.mrn("ALX-ONC/2291/23")}, case of left breast IDC, ER+/PR+/HER2 2+ and FISH not amplified. She received 4 cycles AC then paclitaxel weekly x12. Now there is new bone pain lumbar. Please evaluate for the CDK4/6 inhibitor availability in your centre as we do not have it here.
Her son mobile is ${$.phone("+20 122 481 7360")} for the appointment.
With my best regards`),
  t("b15-gulf-peds-whatsapp", "IN", "voice: Saudi paediatrics, WhatsApp group; filed under IN; father's national ID labelled ssn", () =>
    `salam all, quick q from NICU. baby of ${$.name("Hessa bint Fahad al-Dosari")}, MRN ${$.mrn("1187452")}, 34+2 wks, bili rising 48h despite phototherapy, DAT positive. mother O+, baby A+. father is abroad so consent by phone lol. IVIG or straight to exchange at what level? using AAP 2022 curves`),
  t("b15-gulf-geri-hijri", "IN", "voice: Qatar geriatrics; filed under IN; Hijri date without year", () =>
    `Hajja ${$.name("Moza")}, ${$.age("97")}, admitted ${$.date("3 Ramadan")} with delirium after she insisted on fasting. Na 124, urea up. Family wants her home for Eid. How do you counsel fasting in the very old with CKD 3b and on a loop? We use the IDF-DAR risk score but she scores "very high" on everything.`),
  t("b15-egypt-ophth-franco", "FR", "voice: Egypt (Cairo) ophthalmology, Arabizi chat; filed under FR", () =>
    `ya gama3a, 3ayan ${$.name("Mahmoud Abou El-Enein")} came back with the same thing, recurrent pterygium after 2 excisions, no graft last time (not me!). ana planning conjunctival autograft + MMC 0.02%. his house phone ${$.phone("02 2735 1846")}, he wants surgery before ${$.date("25/12")} because he travels. enough time for healing? 5 weeks?`),
  t("b15-gulf-em-plate", "IN", "voice: Oman emergency medicine; filed under IN", () =>
    `RTA triage note (de-id'd mostly): 4x4 rollover on the Sur highway, driver unrestrained, GCS 13, seatbelt sign absent, FAST neg. Police asked us to confirm the car plate ${$.veh("24817 RB")} matches. Is the ED allowed to confirm that to ROP without consent in your systems?`),
  t("b15-egypt-psych-email", "FR", "voice: Egypt psychiatry; filed under FR", () =>
    `A 30-year-old woman keeps emailing me at 3am from ${$.email("nour.elhoda.sami94@yahoo.com")}, long messages, suicidal ideation without plan, then denies in clinic. She refuses admission, family is supportive but far. How do you set boundaries for email contact in outpatient psych without losing the alliance?`),

  // --- Pakistan (filed IN) --------------------------------------------------------------------
  t("b15-pk-nephro-cnic", "IN", "voice: Pakistan (Lahore) nephrology; filed under IN; CNIC labelled ssn", () =>
    `Need advice. ${$.name("Rana Muhammad Aslam")}, CNIC ${$.ssn("35202-4417853-1")}, 58 M, on MHD twice weekly (cannot afford thrice), IDWG 4-5 kg, Hb 7.9 on EPO 4000 U twice weekly. Iron studies TSAT 14%. Is IV iron sucrose 200 mg x5 reasonable before increasing EPO?`),
  t("b15-pk-ob-voice", "IN", "voice: Pakistan obstetrics, voice-to-text without punctuation; filed under IN", () =>
    `gravida 5 para 4 ${$.name("Shazia Parveen")} from ${$.addr("Mohalla Islampura Gujranwala")} came at 36 weeks with BP 170 over 110 protein plus 3 headache no fits given magsulf loading pritchard regime now asking should we deliver tonight or after steroids the cervix is unfavourable bishop 3`),
  t("b15-pk-peds-roman-urdu", "IN", "voice: Pakistan paediatrics, Roman Urdu mix; filed under IN; Aga Khan style MR number", () =>
    `bachay ka naam ${$.name("Hamza")}, MR# ${$.mrn("904-31-72")}, born ${$.date("14 Aug")}, 9 months, HBsAg mother positive tha but birth dose nahi lagi. Ab HBsAg positive, ALT normal. Is umar mein koi treatment hai ya sirf monitoring? Parents bohat pareshan hain.`),
  t("b15-pk-ortho-sehat", "IN", "voice: Pakistan orthopaedics, Sehat card; filed under IN", () =>
    `Sehat card patient, card ref ${$.plan("SSP-PB-22-0093417")}, intertrochanteric # left, 71 yrs. The package covers DHS but not PFN. Unstable pattern (AO 31A2). Do you go DHS anyway or ask family to pay difference? Ethics of this is killing me.`),
  t("b15-pk-geri-default-dob", "IN", "voice: Pakistan geriatrics; filed under IN; NADRA default 1 January DOB", () =>
    `${$.name("Bibi Jan")} (that's what the whole ward calls her) says she is ${$.age("100")}, her card says ${$.date("1/1/1925")} which we all know is the NADRA default. Hip fracture, wants surgery. How do you estimate frailty when the paper age is meaningless? CFS 5 at baseline per grandson.`),
  t("b15-pk-id-tsv", "IN", "voice: Pakistan infectious disease, pasted TSV lab report; filed under IN; lab number labelled other_id", () =>
    `dengue pt, platelets dropping, pasting the lab sheet:
Patient\t${$.name("Waqas Ahmed Khan")}
Lab No\t${$.oid("23-114877")}
Contact\t${$.phone("042-35761842")}
PLT\t18\t(150-400)
HCT\t47\t(40-52)
NS1\tPositive
No bleeding, warning signs: abdominal pain. Transfuse platelets or not?`),

  // --- Philippines (filed VN) -----------------------------------------------------------------
  t("b15-ph-tb-taglish", "VN", "voice: Philippines, Taglish; filed under VN; PhilHealth PIN", () =>
    `Si Lola ${$.name("Remedios")}, ${$.age("92")} na po, PTB relapse, GeneXpert MTB detected, RIF resistance not detected. PhilHealth ${$.plan("12-050917384-6")} covers the TB-DOTS package. Pero ang hirap ng 4 tablets FDC sa kanya, she has dysphagia. Can we crush? Anyone with experience with loose-dose in the very elderly?`),
  t("b15-ph-em-nickname", "VN", "voice: Philippines emergency medicine; filed under VN", () =>
    `Pt is ${$.name("Rodrigo Dela Cruz")} (everyone calls him ${$.name("Jun-Jun")}), 19M, from ${$.addr("Brgy. San Isidro, Antipolo City")}, stab wound left 5th ICS, BP 80/50, Beck's triad incomplete. No thoracotomy set in our district hospital. Transfer 1 hr vs pericardiocentesis here?`),
  t("b15-ph-ob-sms", "VN", "voice: Philippines obstetrics, SMS style; filed under VN", () =>
    `doc gud am, pt ${$.name("Ma. Cristina Bautista-Ocampo")} txtd me, LMP ${$.date("Dec 8")}, +PT, now spotting w/ cramps. her # ${$.phone("0917 842 3361")}. TVS tom pa. pls advise if progesterone ok na muna? ty`),
  t("b15-ph-ophth-plate", "VN", "voice: Philippines ophthalmology, occupational; filed under VN", () =>
    `Jeepney driver, vision 20/200 OD from untreated PDR, still driving. LTO licence ${$.lic("N03-12-004571")}, unit plate ${$.veh("NDQ 7281")}. Am I obliged to report to LTO? Nothing in our medical certificate rules is clear.`),
  t("b15-ph-nephro-soap", "VN", "voice: Philippines nephrology SOAP; filed under VN; SSS number labelled ssn", () =>
    `S: ${$.name("GALLARDO, Erlinda P.")} 64F, c/o body malaise, pruritus
O: BP 150/90, Crea 7.8, K 6.1, Hgb 8.2
A: CKD 5 not yet on HD
P: AV fistula referral; SSS ${$.ssn("34-5678912-3")} for the dialysis benefit forms. Question: do you start HD at this K with no ECG changes, or try Ca polystyrene first?`),
  t("b15-ph-peds-url", "VN", "voice: Philippines paediatrics; filed under VN", () =>
    `Mom posted her son's whole seizure video publicly at ${$.url("facebook.com/marites.lacson.77")} and asked me to comment there. She means well but it's a 4-year-old's face. How do you handle parents who crowdsource diagnosis on social media?`),
  t("b15-ph-rad-device", "VN", "voice: Philippines radiology; filed under VN", () =>
    `MRI request for a patient with a Medtronic Azure XT DR MRI SureScan, device serial ${$.dev("RNB627493S")}, leads 5076. He needs lumbar MRI. Our 1.5T is conditional but the cardiologist is in Cebu until Monday. Who reprograms in your setup?`),

  // --- Kenya (filed ZA) -----------------------------------------------------------------------
  t("b15-ke-id-ccc", "ZA", "voice: Kenya HIV care; filed under ZA; CCC number labelled other_id", () =>
    `CCC no. ${$.oid("13939-04127")} — 29F on TLD, VL 1,240 copies after 3 years suppressed. Lives ${$.addr("Kariobangi North")}, works night shifts, admits missing doses. EAC x3 then repeat VL? Or switch now given the DTG resistance reports?`),
  t("b15-ke-ob-nhif", "ZA", "voice: Kenya obstetrics; filed under ZA", () =>
    `- ${$.name("Akinyi Otieno")}, G2P1, previous CS
- husband refuses TOLAC, she wants it
- NHIF ${$.plan("0481 7729")} only covers CS at our level 4
How do you handle spousal refusal when the woman consents?`),
  t("b15-ke-peds-swahili", "ZA", "voice: Kenya paediatrics, Swahili mix; filed under ZA", () =>
    `Mama anasema mtoto ${$.name("Kiprono")} alianza kukohoa tarehe ${$.date("14/6")}, now 5 weeks whooping cough picture, unvaccinated. They came from ${$.addr("Kapsabet")}. Azithro for the household contacts too? What dose for the 2-month-old sibling?`),
  t("b15-ke-ortho-boda", "ZA", "voice: Kenya orthopaedics; filed under ZA", () =>
    `Another boda boda: rider in his 20s, open tib/fib Gustilo IIIA, motorbike ${$.veh("KMEF 218Q")} impounded by police so family can't sell it to pay for the ex-fix. External fixator or IM nail after debridement if we get theatre within 24h?`),
  t("b15-ke-geri-pobox", "ZA", "voice: Kenya geriatrics; filed under ZA", () =>
    `Mzee ${$.name("Kipchumba")}, ${$.age("94")}, retired teacher, address ${$.addr("P.O. Box 1187-30100, Eldoret")}, refuses to stop taking his herbal mixture with warfarin. INR 6.8, no bleeding. Vit K oral 2 mg and hold? Family wants to switch to a DOAC but cost is an issue.`),
  t("b15-ke-psych-mpesa", "ZA", "voice: Kenya psychiatry teleconsult; filed under ZA; M-Pesa code labelled account", () =>
    `Teleconsult follow-up: 27F, bipolar I, paid via M-Pesa (conf. ${$.acct("QJK4TR8W2P")}) then logged into the video call from ${$.ip("41.90.64.137")} and was clearly manic. Lithium level 0.4. Can I uptitrate remotely or must she come in?`),
  t("b15-ke-onc-knh", "ZA", "voice: Kenya oncology; filed under ZA; national ID labelled ssn", () =>
    `Cervical ca IIIB, waiting 4 months for radiotherapy at the national referral hospital, IP no. ${$.mrn("1044738")}, ID ${$.ssn("28847163")} (needed for the SHA pre-auth). Is neoadjuvant chemo while waiting reasonable or just harm?`),

  // --- Ghana (filed NG) -----------------------------------------------------------------------
  t("b15-gh-cardio-card", "NG", "voice: Ghana cardiology; filed under NG; Ghana Card labelled ssn", () =>
    `${$.name("Kwabena Owusu-Ansah")}, 52, rheumatic MS, MVA 0.9 cm², AF. Ghana Card ${$.ssn("GHA-718240935-3")} registered for the surgical fund. PTMC candidate? Wilkins 9, mild MR.`),
  t("b15-gh-nhis-kumasi", "NG", "voice: Ghana general practice; filed under NG", () =>
    `Patient: ${$.name("Abena Serwaa Mensah")}
NHIS: ${$.plan("08746219")}
Area: ${$.addr("Adum, Kumasi")}
Sickle cell SC, 3rd crisis this year, hydroxyurea not on NHIS list. Any access programme you know of in Ashanti?`),
  t("b15-gh-em-folder", "NG", "voice: Ghana emergency medicine; filed under NG", () =>
    `snakebite, probably carpet viper, 20WBCT not clotting. 40s man, folder ${$.mrn("KBTH/ED/04417")}, relative on ${$.phone("024 371 9958")}. we have only 2 vials of polyvalent. give both now or wait for the next 20WBCT?`),
  t("b15-gh-peds-digital", "NG", "voice: Ghana paediatrics; GhanaPost GPS digital address; filed under NG", () =>
    `Home visit planned for ${$.name("Ama Dede Tetteh")}, 6, severe acute malnutrition relapse. Digital address ${$.addr("GA-492-7731")}. Community nurse says RUTF is being shared with siblings. Any tips on household-level interventions?`),
  t("b15-gh-derm-email", "NG", "voice: Ghana dermatology; filed under NG", () =>
    `Forwarded message:
From: ${$.email("kojo.boateng88@gmail.com")}
Subject: my skin
"Doctor the cream you gave is making it lighter in patches"
— ${$.name("Kojo Boateng")} was on clobetasol for 4 months from a chemist before he saw me. Now hypopigmentation + striae. Stop abruptly? Taper?`),
  t("b15-gh-neuro-nana", "NG", "voice: Ghana neurology; filed under NG", () =>
    `${$.name("Nana Ama Pokuaa")}, aged ${$.age("ninety-one")}, came in on ${$.date("the 3rd")} with a dense left hemiplegia, 9 hours from onset, CT shows early changes. Family asking about "the injection" they saw on TV. How do you explain thrombolysis windows to a family in Twi without crushing hope?`),
  t("b15-gh-ob-plate", "NG", "voice: Ghana obstetrics; filed under NG", () =>
    `Eclamptic brought in the back of a taxi ${$.veh("GR 4471-19")}, driver refused to wait. She is stable now on MgSO4. The driver is asking for transport money from the hospital. Is this a thing in your facilities too? How do you pay them?`),

  // --- Turkey (filed DE) ----------------------------------------------------------------------
  t("b15-tr-cardio-tc", "DE", "voice: Turkey cardiology; filed under DE; T.C. Kimlik No labelled ssn", () =>
    `Hasta: ${$.name("Hüseyin Çelik")}, T.C. ${$.ssn("38401927510")}, 66 E. TAVI sonrası 3. gün tam AV blok gelişti, geçici pace takılı. Kalıcı pacemaker için ne kadar bekliyorsunuz? Our team says 48h, the TAVI team says 7 days.`),
  t("b15-tr-ortho-address", "DE", "voice: Turkey orthopaedics; filed under DE", () =>
    `Osteoporotic vertebral fractures x3 in a 58F on long-term steroids for RA. ${$.name("Fatma Nur Yıldırım")}, ${$.addr("Bahçelievler Mah. 1245. Sok. No:7 D:3, Keçiören")}, lives on the 4th floor without an elevator. Teriparatide or denosumab first? SGK reimbursement wants two fractures documented.`),
  t("b15-tr-ophth-phone", "DE", "voice: Turkey ophthalmology, Turkish mix; filed under DE", () =>
    `Hastam ${$.name("Ayşegül")} hanım, keratoconus, CXL yapıldı ama ${$.date("19 Mayıs")} kontrolünde Kmax yine artmış, she wants a second opinion. Repeat CXL or go straight to ICRS?`),
  t("b15-tr-peds-ci", "DE", "voice: Turkey paediatric ENT, Turkish-German family; filed under DE", () =>
    `${$.name("Elif Su KARAKAYA")}, 3 J., bilateral CI, right side Cochlear Nucleus CI632 S/N ${$.dev("5481926")}. Family moves between Gaziantep and Duisburg. Mapping in two countries with different audiologists, anyone done shared-care?`),
  t("b15-tr-geri-hanim", "DE", "voice: Turkey geriatrics; filed under DE", () =>
    `${$.name("Emine")} Hanım ${$.age("92")} yaşında, son 6 ayda 3 düşme, ortostatik hipotansiyon. On tamsulosin from urology for... she is a woman. Nobody knows who started it. Polypharmacy review: 14 drugs. Where do you start?`),
  t("b15-tr-neuro-dbs", "DE", "voice: Turkey neurology; filed under DE; SGK provision number labelled health_plan", () =>
    `DBS STN for PD, Medtronic Percept PC S/N ${$.dev("NPC712846H")}. Battery estimate dropping faster than expected. SGK provizyon ${$.plan("7431892055")} approved replacement, but is it the device or the settings (130 Hz, 60 µs, 3.2 mA)?`),
  t("b15-tr-em-plate", "DE", "voice: Turkey emergency medicine; filed under DE", () =>
    `CO poisoning from a car heater: 34M found in his car ${$.veh("34 BHK 127")} in a closed garage, COHb 32%. No HBO chamber nearby. 100% O2 via NRB for how long before transfer is pointless?`),

  // --- Poland (filed DE) ----------------------------------------------------------------------
  t("b15-pl-nephro-pesel", "DE", "voice: Poland nephrology; filed under DE; PESEL labelled ssn", () =>
    `Pacjent ${$.name("Krzysztof Wiśniewski")}, PESEL ${$.ssn("57082204817")}, ADPKD, eGFR 38, TKV growing. NFZ programme for tolvaptan requires Mayo class 1C-1E. He is 1D. Anyone had trouble with hepatotoxicity monitoring logistics?`),
  t("b15-pl-geri-pesel", "DE", "voice: Poland geriatrics; filed under DE", () =>
    `Pani ${$.name("Halina")}, ${$.age("93")} lata. Zespół kruchości, refuses PEG after stroke, daughter insists. Ethics committee meeting next week. How is this handled in your countries when the patient has capacity?`),
  t("b15-pl-derm-address", "DE", "voice: Poland dermatology; filed under DE", () =>
    `Pemphigus vulgaris, rituximab 2 x 1 g. ${$.name("Grzegorz Zieliński-Mróz")}, ${$.addr("ul. Piotrkowska 118/4, 90-006 Łódź")}. Wants to get the 2nd dose at a private clinic closer to home. Any problems splitting RTX cycles across centres?`),
  t("b15-pl-psych-nye", "DE", "voice: Poland psychiatry; filed under DE", () =>
    `${$.name("Kasia")}, 22, paracetamol OD on ${$.date("31.12")}, NAC done, now medically fit. Her mother keeps calling from ${$.phone("+48 604 381 227")} asking for details. Kasia said no disclosure. Standard answer, but the mother threatens to complain to the NFZ.`),
  t("b15-pl-ob-lowercase", "DE", "voice: Poland obstetrics, lower-case chat; filed under DE", () =>
    `pacjentka ${$.name("agnieszka dąbrowska")}, nr ks. gł. ${$.mrn("2024/08813")}, 39 tc, cholestasis, bile acids 62. induction today or wait for 40? polish guidelines vs RCOG differ`),
  t("b15-pl-ortho-plate", "DE", "voice: Poland orthopaedics, occupational; filed under DE", () =>
    `Truck driver, ACL + meniscus. He wants to return to driving the lorry (${$.veh("WX 4827K")}) in 2 weeks because he is paid per km. Clutch leg is the operated one. When do you sign him fit?`),

  // --- Italy (filed FR) -----------------------------------------------------------------------
  t("b15-it-geri-cf", "FR", "voice: Italy geriatrics; filed under FR; codice fiscale labelled ssn", () =>
    `Paziente di ${$.age("96")} anni, CF ${$.ssn("BNCLDA29E12H501H")}. Fibrillazione atriale, CHA2DS2-VASc 5, HAS-BLED 3, falls. The family doctor stopped apixaban. LAAO at his age, or just accept the risk?`),
  t("b15-it-onc-pina", "FR", "voice: Italy oncology; filed under FR", () =>
    `${$.name("Giuseppa Russo")} (detta ${$.name("Pina")}), CF ${$.ssn("RSSGPP31B54F839C")}, metastatic NSCLC, PD-L1 80%. Pembrolizumab mono at her age is what I'd do, but the family wants "everything". Same experience?`),
  t("b15-it-em-team", "FR", "voice: Italy emergency medicine; filed under FR; TEAM card number labelled health_plan", () =>
    `Night shift in Bolzano, a visitor from the south: ${$.name("Salvatore Esposito")}, TEAM card ${$.plan("80380001200012345678")}, anaphylaxis to wasp, 2x IM adrenaline. Observation 6h or 12h given biphasic risk?`),
  t("b15-it-ortho-torino", "FR", "voice: Italy orthopaedics, key-value note; filed under FR", () =>
    `Indirizzo: ${$.addr("Corso Vittorio Emanuele II 214, 10139 Torino")}
Tel: ${$.phone("011 437 8826")}
Dx: frattura di Colles scomposta, 74F
Q: ORIF vs conservative in a low-demand patient — the daughter says she still plays the piano.`),
  t("b15-it-peds-agosto", "FR", "voice: Italy paediatrics, Italian mix; filed under FR", () =>
    `Bimbo nato il ${$.date("2 agosto")}, ex-prematuro 28 sett., BPD. RSV season coming: nirsevimab or palivizumab still for him in the second season? Regione says one thing, AIFA another.`),
  t("b15-it-derm-fax", "FR", "voice: Italy dermatology; filed under FR", () =>
    `La paziente ${$.name("Ornella De Santis")} non usa email, only fax at her shop: ${$.fax("0541 782 315")}. I need to send her the isotretinoin pregnancy prevention forms. Is fax acceptable for the PPP documentation in your regions?`),
  t("b15-it-rad-accession", "FR", "voice: Italy radiology; filed under FR; accession number labelled other_id", () =>
    `Paziente 67 anni, n. accettazione ${$.oid("24RX0193384")}: incidental 9 mm adrenal nodule, 28 HU unenhanced. Washout CT or MRI chemical shift? Fleischner style rules for adrenals?`),

  // --- Netherlands and Scandinavia (filed DE) -------------------------------------------------
  t("b15-nl-gp-bsn", "DE", "voice: Netherlands general practice; filed under DE; BSN labelled ssn", () =>
    `Mevrouw ${$.name("Willemijn van der Heijden")}, BSN ${$.ssn("238471007")}, 44, wants euthanasia for treatment-resistant depression. Second SCEN consult pending. How do other GPs carry the weight of these cases?`),
  t("b15-nl-ortho-iban", "DE", "voice: Netherlands orthopaedics; filed under DE", (_x) =>
    `${$.name("Joost")} (32) paid for his own ACL revision abroad and wants us to do the rehab. He lives ${$.addr("Oudegracht 231-bis, 3511 NK Utrecht")} and sent his IBAN ${$.acct(K.iban("NL", "ABNA0417164300"))} for a refund claim he thinks we handle. Any idea how insurers deal with this?`),
  t("b15-se-psych-pnr", "DE", "voice: Sweden psychiatry; filed under DE; personnummer labelled ssn", () =>
    `${$.name("Britt-Marie Lindqvist")}, personnummer ${$.ssn("19310517-4324")}, late-onset psychosis, MRI shows small vessel disease. Quetiapine 12.5 mg helped. Anyone use pimavanserin in the Nordics?`),
  t("b15-no-neuro-file", "DE", "voice: Norway neurology, file name; filed under DE; fødselsnummer labelled ssn", () =>
    `Attached: ${$.name("Haugland")}_${$.name("Solveig")}_MR_caput.pdf — f.nr. ${$.ssn("12033040065")}. Progressive gait, MRI shows ventriculomegaly, Evans 0.34. NPH tap test next week. What volume do you take?`),
  t("b15-dk-icu-phone", "DE", "voice: Denmark ICU; filed under DE", () =>
    `ICU note: 71M extubated ${$.date("4/7")}, now delirious, wife on ${$.phone("+45 28 71 43 96")} asks if he can come home by the weekend. Dexmedetomidine taper or haloperidol for the ward?`),
  t("b15-nl-rheum-blog", "DE", "voice: Netherlands rheumatology; filed under DE", () =>
    `My patient writes a very honest blog at ${$.url("https://www.levenmetlupus-marloes.nl")} and quotes our consultations. Nothing false, but it feels strange. Have you asked a patient to remove content?`),
  t("b15-fi-occ-hetu", "DE", "voice: Finland occupational medicine; filed under DE; henkilötunnus labelled ssn", () =>
    `Pension board asks for an opinion on a former sawmill worker, ${$.name("Aino Heikkilä")}, hetu ${$.ssn("150428A936A")}, hearing loss and vibration white finger. Can occupational causation still be argued decades later?`),
  t("b15-nl-icu-lvad", "DE", "voice: Netherlands cardiac ICU; filed under DE", () =>
    `Mevrouw, 58, HeartMate 3 LVAD, serial ${$.dev("MLP-318042")}, power spikes + LDH 1,800. Suspected pump thrombosis. Thrombolysis vs pump exchange in your centres?`),

  // --- Israel (filed FR) ----------------------------------------------------------------------
  t("b15-il-onc-tz", "FR", "voice: Israel oncology; filed under FR; Teudat Zehut labelled ssn", () =>
    `${$.name("Yosef Ben-David")}, t.z. ${$.ssn("031748528")}, BRCA2 carrier, metastatic prostate. Olaparib approved by the kupa? Ours says only after abiraterone.`),
  t("b15-il-ob-maccabi", "FR", "voice: Israel obstetrics, Hebrew mix; filed under FR; kupat holim membership labelled health_plan", () =>
    `B'sha'ah tova — ${$.name("Shira")}, 31, twins MCDA, TTTS stage II. Maccabi member ${$.plan("0041-7728315")}. Laser at 19 weeks here or refer to Europe?`),
  t("b15-il-em-address", "FR", "voice: Israel emergency medicine; filed under FR", () =>
    `Rocket alert, elderly man fell running to the shelter at ${$.addr("Rehov Herzl 42, Kiryat Motzkin")}. Hip fracture, on apixaban. Son's phone ${$.phone("054-781-3309")}. Reversal with andexanet not available; PCC 25 or 50 U/kg?`),
  t("b15-il-geri-survivor", "FR", "voice: Israel geriatrics; filed under FR", () =>
    `${$.name("Rivka Goldshtein")}, ${$.age("ninety-six")}, survivor, refuses the hoist because of memories. Staff keep trying. How do you adapt care for trauma in dementia?`),
  t("b15-il-psych-army", "FR", "voice: Israel psychiatry; filed under FR; military ID labelled other_id", () =>
    `Soldier, 19F, mispar ishi ${$.oid("7384152")}, panic attacks after an event. Commanding officer wants a fitness-for-duty letter. What do you put and what do you leave out?`),
  t("b15-il-derm-email", "FR", "voice: Israel dermatology; filed under FR", () =>
    `A patient emailed photos from ${$.email("tamar.azoulay@walla.co.il")} of a changing naevus. Quality is poor. Do you triage from patient-taken photos?`),

  // --- Singapore and Malaysia (filed VN) ------------------------------------------------------
  t("b15-sg-gp-nric", "VN", "voice: Singapore general practice; filed under VN; NRIC labelled ssn", () =>
    `${$.name("TAN Ah Kow")}, NRIC ${$.ssn("S1843572A")}, 78, Pioneer Generation. CHAS subsidy for his DM meds. HbA1c 9.1 on metformin + gliclazide. Add SGLT2i or DPP4i first for cost reasons?`),
  t("b15-sg-em-hdb", "VN", "voice: Singapore emergency medicine; filed under VN", () =>
    `Elderly woman found down in her HDB flat at ${$.addr("Blk 415 Ang Mo Kio Ave 10 #08-1243, S560415")}, rhabdo CK 48,000. Neighbour's HP ${$.phone("9147 2286")}. Fluids target urine 200 ml/h?`),
  t("b15-my-nephro-mykad", "VN", "voice: Malaysia nephrology; filed under VN; MyKad labelled ssn", () =>
    `En. ${$.name("Muthusamy a/l Ramasamy")}, MyKad ${$.ssn("310722-08-5127")}, ESRF, family asking conservative vs PD. He is still farming durian. Experience with assisted PD at home in rural Perak?`),
  t("b15-my-ob-binti", "VN", "voice: Malaysia obstetrics; filed under VN", () =>
    `Pn. ${$.name("Nurul Ain binti Zulkifli")}, GDM on insulin, wants to fast in Ramadan. HP ${$.phone("+60 12-418 7736")}. Insulin adjustments: basal 20% reduction and switch prandial to the iftar meal?`),
  t("b15-sg-peds-singlish", "VN", "voice: Singapore paediatrics, Singlish; filed under VN", () =>
    `This boy born ${$.date("29 Feb")} lah, so parents always confused about his vaccine schedule haha. Anyway 12mo now, egg allergy confirmed, MMR can give as normal right?`),
  t("b15-my-ortho-plate", "VN", "voice: Malaysia orthopaedics; filed under VN", () =>
    `Motorcyclist, Kapcai ${$.veh("JQT 8215")}, degloving foot. Flap vs skin graft? Plastic surgery on leave.`),
  t("b15-sg-onc-mrn", "VN", "voice: Singapore oncology; filed under VN", () =>
    `Auntie, 66, MRN ${$.mrn("9107-34821")}, HER2+ MBC. T-DXd pneumonitis grade 2. Rechallenge after steroids?`),

  // --- Jamaica (filed US) and Trinidad (filed CO) ---------------------------------------------
  t("b15-jm-em-portmore", "US", "voice: Jamaica emergency medicine, patois; filed under US; parish-level address", () =>
    `${$.name("Delroy Campbell")}, everybody call him ${$.name("Bigga")}, from ${$.addr("Lot 14, Greater Portmore, St. Catherine")}, came in wid chest pain. Troponin rising, STEMI missed by the private doctor. Cath lab is closed. Lysis at 14 hours or no?`),
  t("b15-jm-onc-trn", "US", "voice: Jamaica oncology; filed under US; TRN labelled other_id, NHF card health_plan", () =>
    `Prostate ca pt, TRN ${$.oid("117-482-963")}, NHF card ${$.plan("04718823")}. Abiraterone not on NHF list. Bicalutamide + ADT is what we have. Thoughts?`),
  t("b15-tt-nephro-chaguanas", "CO", "voice: Trinidad nephrology; filed under CO", () =>
    `Mr. ${$.name("Ramkissoon")}, ${$.age("91")}, from ${$.addr("Chaguanas")}, creatinine 3.2 baseline, now 5.8. Pilgrimage to India planned. Conservative kidney management abroad?`),
  t("b15-tt-peds-phone", "CO", "voice: Trinidad paediatrics; filed under CO", () =>
    `Dengue in a 7-year-old girl, mom on ${$.phone("1-868-753-4418")}. Platelets 42, no bleeding. Home or admit?`),
  t("b15-jm-psych-insta", "US", "voice: Jamaica psychiatry; filed under US; Instagram handle labelled other_id", () =>
    `Teen posting self-harm content on IG as ${$.oid("@shanty_gyal_876")}. She said I could look. Do you use social media in risk assessment?`),
  t("b15-tt-ob-posgh", "CO", "voice: Trinidad obstetrics, discharge summary; filed under CO", () =>
    `DISCHARGE SUMMARY
Hosp no: ${$.mrn("POSGH 0447218")}
Delivered: ${$.date("22/2")}, SVD, PPH 1.2 L
Follow-up: Hb 7.1 on discharge. Q: IV iron in postpartum, what's your threshold?`),

  // --- Indonesia (filed AU) -------------------------------------------------------------------
  t("b15-id-id-nik", "AU", "voice: Indonesia internal medicine; filed under AU; NIK labelled ssn", () =>
    `Ibu ${$.name("Siti Rahayu")}, NIK ${$.ssn("3174054508620003")}, typhoid with perforation suspected. Surgery refused by family. Conservative with ceftriaxone + NGT? Ada pengalaman?`),
  t("b15-id-bpjs-bambang", "AU", "voice: Indonesia general practice; filed under AU; single-name patient", () =>
    `Pak ${$.name("Bambang")}, BPJS ${$.plan("0001437829164")}, COPD exacerbation, 3rd this year. Tiotropium not covered at faskes 1. Options?`),
  t("b15-id-addr-sleman", "AU", "voice: Indonesia paediatrics, Indonesian mix; filed under AU", () =>
    `Pasien anak, demam 5 hari, rumah di ${$.addr("Jl. Kaliurang KM 7,5 Gg. Mawar No. 12, Sleman")}. Ayah WA ${$.phone("0812-2741-6093")}. Kawasaki incomplete? Echo normal.`),
  t("b15-id-peds-agustus", "AU", "voice: Indonesia paediatrics; filed under AU", () =>
    `Bayi perempuan lahir ${$.date("17 Agustus")}, 6 bulan, BB stagnant. Breastfed only. Start MPASI now?`),
  t("b15-id-neuro-mbah", "AU", "voice: Indonesia neurology; filed under AU; Mbah is an honorific", () =>
    `Mbah ${$.name("Sastro")}, ${$.age("90")} tahun, trigeminal neuralgia, carbamazepine causes hyponatremia. Oxcarbazepine also. Gamma knife far away.`),
  t("b15-id-rad-rm", "AU", "voice: Indonesia radiology; filed under AU", () =>
    `No. RM ${$.mrn("01-23-45-67")}, ${$.name("Hendrawan Saputra")}: CT shows ring-enhancing lesions multiple, HIV negative. Neurocysticercosis vs TB?`),

  // --- US telehealth (US) ---------------------------------------------------------------------
  t("b15-us-tele-ip", "US", "voice: US telehealth, screenshot described in text", () =>
    `Screenshot of the platform log (cropped): session 14:02-14:19, patient joined from ${$.ip("73.162.48.211")}, which geolocates to a state where I hold no licence. She says she's "visiting". Am I practising across state lines for this one visit?`),
  t("b15-us-tele-ssn", "US", "voice: US telehealth intake", (x) =>
    `Intake form came through with everything in the free-text box: SSN ${$.ssn(K.ssn(x.r))}, Medicare ${$.plan(K.mbi(x.r))}, "please refill my Eliquis". Do you delete these from the chart or leave them?`),
  t("b15-us-tele-address", "US", "voice: US telehealth, tribal health", () =>
    `Video visit with ${$.name("Wynema Harjo")}, home at ${$.addr("4417 Chickasaw Trl, Yukon, OK 73099")}, no broadband, connected from a McDonald's parking lot. BP 190/110 on her home cuff. Send to ED or titrate?`),
  t("b15-us-tele-license", "US", "voice: US telehealth, Florida driver licence", () =>
    `ID verification for a controlled substance tele-visit: patient held up DL ${$.lic("H352-418-79-602-0")} — name on license "${$.name("Harold Vanderpool")}", but he introduced himself as someone else. Do I proceed?`),
  t("b15-us-tele-vin", "US", "voice: US telehealth, lives in his truck", (x) =>
    `Patient lives in his pickup, VIN ${$.veh(K.vin(x.r, "1FT"))} on the registration he sent for the address form. No fixed address for the pharmacy. Workarounds for mail-order insulin?`),
  t("b15-us-tele-account", "US", "voice: US telehealth billing, forwarded email", () =>
    `---------- Forwarded message ---------
From: billing
Re: acct #${$.acct("448190273")}
Patient (${$.email("dwight.kessler.44@outlook.com")}) disputes the $89 telehealth fee, says audio-only. Is audio-only billable under the current waiver?`),
  t("b15-us-tele-farm-fax", "US", "voice: US telehealth, rural farmer with a home fax", () =>
    `Old school farmer, no email, wants his records faxed to his home fax ${$.fax("(580) 362-0418")}, cell ${$.phone("(580) 362-7734")} for callbacks. HIPAA-wise fax to a home machine is fine if he requests it, right?`),

  // --- UK locum (UK) --------------------------------------------------------------------------
  t("b15-uk-locum-nhs", "UK", "voice: UK locum GP, surname-first", (x) =>
    `Locum here, no access to the practice's templates. ${$.name("O'Driscoll, Peadar")}, NHS ${$.plan(K.nhsNumber(x.r))}, DVT, on rivaroxaban 15 bd. Day 21 falls on a bank holiday, can I give 20 od early?`),
  t("b15-uk-locum-partington", "UK", "voice: UK locum GP, home visit", () =>
    `Home visit list: Mrs ${$.name("Begum")}, ${$.addr("Flat 3, 22 Moss Lane, Partington, M31 4DU")}, housebound, interpreter needed (Sylheti). Leg ulcer not healing 6 months. ABPI never done. Who does it in your area?`),
  t("b15-uk-locum-hospno", "UK", "voice: UK locum medical registrar, discharge letter", () =>
    `Discharge letter says hosp no ${$.mrn("RM0447193")}, but no med rec. 48M on 5 antihypertensives. The GP asked me which are new. Hmm.`),
  t("b15-uk-locum-compact-dob", "UK", "voice: UK locum A&E, compact DOB", () =>
    `Triage: ${$.name("Jade")}, DOB ${$.date("030947")} per the ambulance sheet (so 78), staggered paracetamol OD over 2 days, ALT 212, INR 1.6. Nomogram not applicable, NAC regardless, but how long do you continue?`),
  t("b15-uk-locum-auntie-win", "UK", "voice: UK locum geriatrics, nickname", () =>
    `${$.name("Winifred")} (the care home calls her ${$.name("Auntie Win")}), ${$.age("103")}, hearing aid lost again. Not medical, but she's isolated. Any NHS audiology fast-track?`),
  t("b15-uk-locum-pump", "UK", "voice: UK locum paediatric diabetes", () =>
    `t:slim X2 pump serial ${$.dev("1184273")}, 15-year-old boy, DKA twice. Site failures? Or omitting boluses?`),
];

const negatives: Negative[] = [
  // Gulf / Egypt
  n("b15n-gulf-alawadi", "IN", "voice: Gulf genetics; eponym that is an Arabic surname", `Anyone seen Al-Awadi/Raas-Rothschild syndrome outside Kuwait? Reading the original 1985 report by Al-Awadi et al. The limb findings overlap with Schinzel phocomelia. Consanguinity in the region makes these autosomal recessive syndromes less rare than the textbooks suggest.`),
  n("b15n-egypt-bilharz", "FR", "voice: Egypt ID; historical eponym and Cairo as the place of discovery", `Teaching point for the juniors: Theodor Bilharz found Schistosoma haematobium at Kasr Al Ainy in Cairo in 1851. Praziquantel 40 mg/kg single dose, repeat at 4-6 weeks in heavy infection. The urine egg count cut-off of 50 eggs/10 mL is what we use for "heavy".`),
  n("b15n-gulf-ramadan-doses", "IN", "voice: Gulf diabetes; dosing with times", `Ramadan insulin plan we use: basal glargine reduce 20%, give at iftar (~18:15), gliclazide MR 60 mg move to iftar, skip suhoor SU dose. Check CBG at 10:00, 14:00, 16:30 and before iftar. Break the fast if < 3.9 or > 16.7 mmol/L.`),
  n("b15n-egypt-lab", "FR", "voice: Egypt hepatology; pasted lab table", `| Test | Result | Ref |
|---|---|---|
| ALT | 84 U/L | 7-56 |
| AST | 71 U/L | 10-40 |
| HCV RNA | 1.2 x 10^6 IU/mL | <15 |
| FIB-4 | 2.91 | <1.45 |
Sofosbuvir/daclatasvir 12 weeks per the 2014 national programme protocol still OK, or go sof/vel?`),
  // Pakistan
  n("b15n-pk-helpline", "IN", "voice: Pakistan; public helpline and guideline years", `For those asking about Sehat card coverage: the public helpline is 0800-09009, and the package rates are in the 2023 schedule. Dialysis is covered at empanelled hospitals only. Don't give patients your personal number for this.`),
  n("b15n-pk-lecture", "IN", "voice: Pakistan; colleague by name and conference date", `Prof. Aslam's talk at the KEMU annual symposium on 14 March was excellent, slides on XDR typhoid (the Hyderabad outbreak since 2016). Azithromycin + meropenem combinations. Anyone have the slide deck?`),
  n("b15n-pk-roles", "IN", "voice: Pakistan; de-identified with roles, age under 90", `A man in his late 80s from a village in Punjab, brought by his grandson, with urinary retention. PSA 48. The family does not want him told about cancer. How do you handle non-disclosure requests in our culture?`),
  // Philippines
  n("b15n-ph-circular", "VN", "voice: Philippines; circular numbers and case rates", `PhilHealth Circular 2023-0013 raised the case rate for hemodialysis to PHP 4,000 per session for up to 156 sessions. Z-benefit package for breast ca stage 0-IIIA. Has anyone had claims denied under the new rules?`),
  n("b15n-ph-cbc", "VN", "voice: Philippines; lab values and scores", `Dengue warning signs audit: Hct rise >20% in 41 of 112 admissions, platelets <20,000 in 23. NS1 positive in 88%. Our median LOS was 4 days. Does your hospital use the 2012 WHO or the DOH 2011 algorithm?`),
  n("b15n-ph-taglish-roles", "VN", "voice: Philippines, Taglish; roles only", `Yung pasyente ko, nasa 70s, retired jeepney driver, ayaw mag-insulin kasi "makakabulag daw". How do you counter that myth? Lahat ng kapitbahay nila sinasabi yun.`),
  // Kenya
  n("b15n-ke-trained", "ZA", "voice: Kenya; places not the patient's, trial number", `Trained at Moi Teaching and Referral in Eldoret, now in Kisumu. The KEMRI-Wellcome trial on azithromycin at discharge (NCT02414399) showed no mortality benefit. Are people still giving it?`),
  n("b15n-ke-al-schedule", "ZA", "voice: Kenya; dosing schedule with times", `AL for uncomplicated malaria: doses at 0, 8, 24, 36, 48 and 60 hours, with fatty food. For a 25-34 kg child, 3 tablets per dose. Primaquine 0.25 mg/kg single dose for transmission blocking.`),
  n("b15n-ke-swahili", "ZA", "voice: Kenya, Swahili mix; roles and ranges", `Mama mmoja wa miaka 30 hivi alikuja na mtoto wa miezi 8, severe pneumonia. The CHV who referred her walked 2 hours. How do we pay CHVs fairly? Our county gives KES 2,500 a month.`),
  // Ghana
  n("b15n-gh-burkitt", "NG", "voice: Ghana; historical eponym and places", `Denis Burkitt drove through East and Central Africa in 1961 mapping the lymphoma belt. In Korle Bu we still see jaw tumours. Cyclophosphamide 40 mg/kg, cure rates around 50% in our series.`),
  n("b15n-gh-ambulance", "NG", "voice: Ghana; public emergency numbers", `Reminder: National Ambulance Service is 193, general emergency 112. For snakebites the poison centre line is listed on the GHS website. Please put these on your clinic wall.`),
  n("b15n-gh-buruli", "NG", "voice: Ghana; WHO categories and doses", `Buruli ulcer category III lesions: rifampicin 10 mg/kg + clarithromycin 7.5 mg/kg bd for 8 weeks. Surgery only after 4 weeks. Our district in Ashanti sees about 30 a year.`),
  // Turkey
  n("b15n-tr-behcet", "DE", "voice: Turkey; eponym that is a Turkish surname", `Hulusi Behçet described the triad in Istanbul in 1937. ICBD score ≥4 for diagnosis; pathergy test adds 1 point. Anyone using apremilast for oral ulcers in our population?`),
  n("b15n-tr-fmf", "DE", "voice: Turkey; gene variants and doses", `FMF with M694V homozygous, colchicine 2 mg/day, still attacks. Anakinra 100 mg/day or canakinumab 150 mg q4w? Tel-Hashomer criteria met. SGK requires colchicine resistance documented.`),
  n("b15n-tr-earthquake", "DE", "voice: Turkey; crush syndrome teaching, places not patients'", `After 6 February 2023 Kahramanmaraş, we learned a lot about crush syndrome. Creatine kinase > 75,000 predicted dialysis. Hatay and Adıyaman hospitals had to evacuate. Any papers from the ISN task force?`),
  // Poland
  n("b15n-pl-mikulicz", "DE", "voice: Poland; eponym and colleague by name", `Jan Mikulicz-Radecki described the syndrome in 1888. Now it's IgG4-RD. Prof. Nowak's ward round today: IgG4 > 1.35 g/L, storiform fibrosis on biopsy. Rituximab 1 g x2 is what they use.`),
  n("b15n-pl-ean", "DE", "voice: Poland; drug codes", `Refundacja: program lekowy B.76. Kod EAN 5909990733729 on the box. ICD-10 M05.8. The pharmacy keeps rejecting because of the EAN mismatch. Anyone else?`),
  n("b15n-pl-lab-times", "DE", "voice: Poland; lab table and times", `Stężenie wankomycyny: trough at 05:30 = 9.8 mg/L, peak at 08:00 = 32 mg/L. AUC 380. Dose 1 g q12h. Increase to 1.25 g q12h?`),
  // Italy
  n("b15n-it-marchiafava", "FR", "voice: Italy; eponym and historical case series", `Marchiafava-Bignami: the first cases were Italian wine drinkers described in Rome in 1903. MRI: corpus callosum T2 hyperintensity. Thiamine 500 mg tid IV. Any recovery in your cases?`),
  n("b15n-it-ward", "FR", "voice: Italy; ward extensions and clinic hours", `Ambulatorio di reumatologia: lunedì-venerdì 8:30-13:00, int. 4417, bip 238 for the on-call. Fax del reparto 0541 705 000. Please don't send referrals by WhatsApp anymore.`),
  n("b15n-it-aifa", "FR", "voice: Italy; AIFA note numbers", `Nota AIFA 97 for DOACs in AF, Nota 79 for osteoporosis drugs. Determina 2020 changed the prescribing pathway. GPs can now prescribe directly. Does anyone have the PDF of the updated Nota 97 form?`),
  n("b15n-it-paganini", "FR", "voice: Italy; historical patient", `Fun fact for the Marfan/EDS clinic: Niccolò Paganini's hypermobility is often cited as Ehlers-Danlos. Same for Rachmaninoff and Marfan. Retrospective diagnosis of historical figures is shaky, but students love it.`),
  // Netherlands / Scandinavia
  n("b15n-nl-nijmegen", "DE", "voice: Netherlands; place-named syndromes", `Nijmegen breakage syndrome and Leiden factor V mutation — neither tells you where the patient is from. Our genetics lab in Amsterdam runs the NBN c.657_661del5 assay. Turnaround 3 weeks.`),
  n("b15n-nl-nhg", "DE", "voice: Netherlands; guideline code and INR table", `NHG-standaard M104 (2023). INR targets: 2.0-3.0 for AF, 2.5-3.5 for mechanical mitral valves. Our thrombosis service checks every 3-6 weeks. Acenocoumarol 1 mg tablets.`),
  n("b15n-se-1177", "DE", "voice: Sweden; public helpline and trial registry", `In Sweden, patients can call 1177 for advice. Karolinska's trial EudraCT 2019-003582-31 on early mobilisation after hip fracture is recruiting. Contact via the trial office.`),
  n("b15n-no-refsum", "DE", "voice: Norway; eponym and lab value", `Refsum disease (Sigvald Refsum, Oslo 1946): phytanic acid 312 µmol/L (ref < 10). Diet restriction + plasmapheresis. Ichthyosis improves in months.`),
  n("b15n-dk-stockholm", "DE", "voice: Denmark psychiatry; place-named syndromes", `Stockholm syndrome, Paris syndrome, Jerusalem syndrome — none are DSM-5 diagnoses. In Copenhagen we see tourists with acute psychosis every summer. Any protocols?`),
  // Israel
  n("b15n-il-brca", "FR", "voice: Israel; founder mutations look like identifiers", `Ashkenazi founder mutations: BRCA1 185delAG, 5382insC, BRCA2 6174delT. Our panel also tests GBA N370S. Carrier screening is free via the kupot.`),
  n("b15n-il-mda", "FR", "voice: Israel; public emergency number and shelter times", `Home Front Command instructions: 90 seconds to shelter in the north, 15 in the south. MDA 101. Dialysis units have generators. Anyone else planning for this?`),
  n("b15n-il-doi", "FR", "voice: Israel; colleagues as authors and DOI", `Dr. Ben-Ami and Prof. Levi's NEJM paper (doi 10.1056/NEJMoa2104983) on booster effectiveness. 1.1 million participants. Still the best data?`),
  // Singapore / Malaysia
  n("b15n-my-nipah", "VN", "voice: Malaysia; place-named virus", `Nipah virus first identified in Sungai Nipah, Negeri Sembilan in 1999. Pig farmers. Ribavirin no benefit. Now we see it in Kerala and Bangladesh.`),
  n("b15n-sg-switchboard", "VN", "voice: Singapore; public switchboard and guidelines", `SGH main line 6222 3322, ask for the duty registrar. MOH ACG 2023: HbA1c target ≤ 7.0%. eGFR 48 still ok for metformin at reduced dose.`),
  n("b15n-sg-singlish-roles", "VN", "voice: Singapore, Singlish; roles only", `Auntie in her 80s come with son, insist on TCM with warfarin. INR 4.5. Son say "doctor you tell her lah". How to counsel?`),
  // Jamaica / Trinidad
  n("b15n-jm-ackee", "US", "voice: Jamaica; toxin and lecture", `Jamaican vomiting sickness: ackee hypoglycin A. Unripe fruit. Glucose < 2.5 mmol/L. Prof. Thomas at UWI Mona lectures on it every year in October.`),
  n("b15n-tt-carpha", "CO", "voice: Trinidad; surveillance bulletin numbers", `CARPHA 2024 epi week 32: dengue cases 1,847 in T&T, DENV-3 dominant. Our ward had 12 admissions this week. Anyone seeing more severe cases?`),
  n("b15n-jm-sickle", "US", "voice: Jamaica; historical cohort and scores", `The Jamaican Sickle Cell Cohort Study (1973) is still the best natural history data. Transcranial Doppler > 200 cm/s → transfusion. HbF 18% on hydroxyurea in our clinic average.`),
  // Indonesia
  n("b15n-id-dss", "AU", "voice: Indonesia; WHO grades and lab values", `DSS grade III-IV: Hct 48% → crystalloid 20 mL/kg over 15 min. WHO 2011 grades. Platelet 18,000. Colloid if no response.`),
  n("b15n-id-inacbg", "AU", "voice: Indonesia; INA-CBG codes", `INA-CBG code K-4-17-I for appendectomy. BPJS tariff Rp 7.5 juta class 3. Our hospital loses money on it. Ada yang sama?`),
  n("b15n-id-kawasaki", "AU", "voice: Indonesia; eponym that is a Japanese surname", `Tomisaku Kawasaki described it in Tokyo in 1967. IVIG 2 g/kg + aspirin 30-50 mg/kg. In Indonesia IVIG is expensive; Rp 1 juta per gram.`),
  // US telehealth
  n("b15n-us-cpt", "US", "voice: US telehealth; billing codes", `For audio-only: CPT 99441-99443 retired, now 98008-98015 for 2025. Modifier 93 for audio, 95 for video. POS 10 for home. G2012 virtual check-in.`),
  n("b15n-us-versions", "US", "voice: US telehealth; software versions and ports", `Zoom version 5.17.11 (31580) has the HIPAA BAA. Doxy.me Pro. Epic MyChart 2024 integration. Port 443 must be open. Our IT says IP range 10.0.0.0/8 for internal.`),
  n("b15n-us-ndc", "US", "voice: US telehealth pharmacy; NDC and lot numbers", `Insulin lispro NDC 0002-7510-01, lot D482931 exp 11/2026. Recall notice for lot D471882. Check your patients' pens.`),
  n("b15n-us-lacks", "US", "voice: US; historical patient", `Henrietta Lacks' HeLa cells (1951, Johns Hopkins) — consent issues. Now teaching modules in our residency. Anyone use "The Immortal Life" book in ethics curriculum?`),
  n("b15n-us-roles", "US", "voice: US telehealth; roles only", `Telehealth visit: the patient's daughter was on the call from another state, patient in her 70s. Who consents? The daughter isn't POA.`),
  // UK locum
  n("b15n-uk-bleeps", "UK", "voice: UK locum; bleeps and extensions", `Locum tips for this trust: med reg bleep 4417, outreach ext 2248, switchboard 0161 276 1234. NHS 111 for patients. Don't use your personal phone.`),
  n("b15n-uk-scores", "UK", "voice: UK locum; scores", `Wells 4.5, PERC not applicable, CURB-65 3, NEWS2 7. Sepsis six started at 03:15. Lactate 4.2. Escalated to ICU.`),
  n("b15n-uk-gage", "UK", "voice: UK; historical literature patients", `Phineas Gage, H.M. (Henry Molaison), Anna O. — the famous patients. Modern consent would never allow some of these case reports. Teaching session tomorrow.`),
  n("b15n-uk-caldicott", "UK", "voice: UK locum; guidance names and numbers", `As a locum I keep getting asked to email discharge summaries to personal Gmail. Caldicott principle 7 (2020 revision has 8), GMC Good Medical Practice 2024 para 69, DSPT standard 1.1. What do your trusts actually allow? NHSmail to NHSmail only here.`),
  // Mixed, harder
  n("b15n-gulf-colleague", "IN", "voice: Gulf; colleague by name in a non-patient role", `Dr. Fatima al-Mansouri from the Dubai team presented the camel MERS-CoV data at the 2024 congress. R0 0.7. Healthcare transmission main driver.`),
  n("b15n-ke-kemri", "ZA", "voice: Kenya; lab ranges and lot numbers", `Malaria RDT lot 2024-0417 expired. Hb 6.2 (ref 11-15). Transfusion threshold 5.0 in children without signs.`),
  n("b15n-gh-chw", "NG", "voice: Ghana; roles, ages under 90", `An 85-year-old woman, her grandson brought her, hypertension uncontrolled. Her son is a pastor. They want to stop medicine and use prayer. How to respect?`),
  n("b15n-tr-hashimoto", "DE", "voice: Turkey endocrinology; eponyms and lab values", `Hashimoto + Graves overlap (hashitoxicosis)? TSH 0.02, fT4 2.1 ng/dL (0.9-1.7), anti-TPO 480 IU/mL, TRAb 1.4 (<1.75). Technetium uptake 0.8%. Propranolol 20 mg tid and wait, or methimazole 10 mg?`),
  n("b15n-pl-ages", "DE", "voice: Poland, Polish mix; age under 90 and scores", `Pacjentka 89 lat, zapalenie płuc, CURB-65 3, CRP 214 mg/L, PCT 3.1. Amoksycylina z klawulanianem 1.2 g iv co 8h + klarytromycyna? Or straight to ceftriaxone 2 g? Oddział wewnętrzny, konsultacja ID w poniedziałki 10:00-12:00.`),
  n("b15n-it-gillain", "FR", "voice: Italy neurology; eponyms and scores", `Guillain-Barré vs CIDP: Hughes grade 4, EGRIS 5, mEGOS 9 at day 7. IVIG 0.4 g/kg x5 done. Second course per the ISID trial (Walgaard 2021) showed no benefit. Miller Fisher antibodies GQ1b negative.`),
  n("b15n-nl-takotsubo", "DE", "voice: Netherlands cardiology; eponym, scores and lab values", `Takotsubo in a woman in her 60s after a funeral: apical ballooning, EF 35%, troponin T 412 ng/L, NT-proBNP 3,870. InterTAK score 71. Would you start a beta-blocker at discharge? The InterTAK registry (Templin, NEJM 2015) says no survival benefit.`),
  n("b15n-sg-mers", "VN", "voice: Singapore; public hotline, case counts and clinic hours", `For the dengue cluster questions: the MOH public hotline is 1800 333 9999 and NEA posts cluster maps daily. Our fever clinic runs 08:00-17:30 weekdays, 08:00-12:30 Sat. Week 27 had 412 cases island-wide, DENV-2 rising.`),
  n("b15n-jm-jake", "US", "voice: Jamaica; place-named historical outbreak", `Teaching history: "Jamaica ginger paralysis" (the 1930 Jake leg outbreak, TOCP adulterant) paralysed tens of thousands in the US, none of them Jamaican. Good example for the toxicology module on 24 October; slides from Dr. Whyte's 2019 review.`),
];

export const batch15: Batch = { name: "batch-15", positives, negatives };
