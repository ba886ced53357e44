/**
 * Batch 16 (train split): hand-written posts in voices from Portugal and Lusophone Africa (Angola,
 * Mozambique), Francophone Africa (Senegal, Côte d'Ivoire, Cameroon) and Québec, Russia and Ukraine
 * (romanised), Iran and Afghanistan (romanised Persian), Bangladesh and Sri Lanka (Tamil and
 * Sinhala names), Thailand, Ethiopia, Peru and Bolivia (Quechua and Aymara names), Greece, Romania,
 * Hungary (family name first), Czechia, a US rural clinic and a New Zealand GP.
 * The Country type has none of most of these, so each item is filed under the nearest code and its
 * note says which voice it is: Portugal -> ES, Angola -> BR, Mozambique/Ethiopia -> ZA,
 * Senegal/Côte d'Ivoire/Greece/Romania -> FR, Cameroon -> NG, Québec -> CA,
 * Russia/Ukraine/Hungary/Czechia -> DE, Iran/Afghanistan/Bangladesh/Sri Lanka -> IN, Thailand -> VN,
 * Peru -> CO, Bolivia -> AR, US rural -> US, New Zealand -> NZ.
 * National identity numbers are labelled ssn, health-insurance numbers health_plan, hospital,
 * clinic and national health-index numbers mrn, tax numbers, passports, social handles and claim
 * numbers other_id, bank and billing accounts account.
 * Check-digit values for countries without a helper (SNILS, kod melli, Thai ID, CNP, TAJ, rodné
 * číslo, AMKA, RNOKPP) were computed by hand once and written in as literals.
 */
import * as K from "./check-digits";
import { $, notedNegative, notedTemplate, type Batch, type Negative, type Template } from "./markup";

const t = notedTemplate;
const n = notedNegative;

const positives: Template[] = [
  // --- Portugal (filed ES) --------------------------------------------------------------------
  t("b16-pt-ortho-kv", "ES", "voice: Portugal (Porto) orthopaedics, key: value header in Portuguese; filed under ES", () =>
    `Doente: ${$.name("Maria da Conceição Figueiredo")}
Nº utente SNS: ${$.plan("284 716 093")}
Idade: ${$.age("93 anos")}
Q: fratura do colo do fémur Garden IV, ASA III, apixabano 2,5 mg bid (última toma ontem 20h). Hemiartroplastia amanhã de manhã ou esperar 48h? Our anaesthesia team is split and the family wants it "done quickly".`),
  t("b16-pt-derm-chat", "ES", "voice: Portugal dermatology, lower-case chat, lower-case name repeated; filed under ES", () =>
    `alguém já viu isto?? sr ${$.name("joaquim")} — ${$.name("joaquim teles")}, 58, pescador da ${$.addr("nazaré")} — lesão ulcerada lábio inferior ~2cm, endurecida, 4 meses de evolução. queilite actínica de base claro. biopsia marcada mas ele so vem a consulta quando o mar esta mau. mando logo a plastica ou espero histologia?`),
  t("b16-pt-onc-fwd", "ES", "voice: Portugal pulmonology, forwarded email from the patient's son; filed under ES", () =>
    `---------- Mensagem reencaminhada ---------
De: ${$.email("rui.marques.1961@sapo.pt")}
Assunto: TAC do meu pai

"Sr. Dr., segue a TAC do meu pai feita no dia ${$.date("3 de fevereiro")}, ele não tem email."

Son forwarded the report. 3.1 cm spiculated RUL mass, ipsilateral hilar node 14 mm, small left adrenal nodule (HU 32). PS 1, ex-smoker 50 pack-years. With our PET wait times would you go straight to EBUS + adrenal biopsy?`),
  t("b16-pt-anaes-plate", "ES", "voice: Portugal (Coimbra) anaesthesia curbside; filed under ES", () =>
    `Curbside: outpatient colonoscopy under propofol, 71M insists on driving himself home, his car (${$.veh("AT-52-RX")}, grey Clio) is in our car park. Processo ${$.mrn("HUC/2019/047731")}. Security say they can't hold keys. What do your units do — call the PSP, or just document and let him go?`),
  t("b16-pt-peds-files", "ES", "voice: Portugal paediatric cardiology, file names with name and compact date; filed under ES", () =>
    `peds cardio q — attached ${$.name("Lopes_Beatriz")}_ecocardio_${$.date("20240611")}.pdf and ${$.name("Lopes_Beatriz")}_ECG.png (mãe autorizou partilha no grupo fechado). 7 anos, sopro incidental, echo: small perimembranous VSD 3 mm with aneurysmal tissue, L->R, no LV dilation, normal PAP. Federado de futebol — clearance ok with yearly echo?`),

  // --- Angola (filed BR) -------------------------------------------------------------------------
  t("b16-ao-heme-guia", "BR", "voice: Angola (Luanda) haematology referral form, Portuguese/English mix; filed under BR; BI labelled ssn", () =>
    `Hospital Américo Boavida — Guia de referência
Nome: ${$.name("Domingos Kiala Nzinga")}
B.I. n.º ${$.ssn("004813927LA042")}
Motivo: drepanocitose, 3.ª crise vaso-oclusiva este ano, Hb 6,1 g/dL, reticulócitos 14%. Solicita-se avaliação para hidroxiureia — we have stock only until end of quarter. Experiences with dose escalation without regular CBC?`),
  t("b16-ao-id-malaria", "BR", "voice: Angola infectious diseases, non-native English; filed under BR", () =>
    `Severe malaria child 4 years, parasitemia 12%, GCS 10, artesunate IV started 2.4 mg/kg at 0-12-24h. Grandmother is the one who brings him, her number ${$.phone("936 221 574")}. Question: exchange transfusion still have a place above 10% when artesunate available? Our lab cannot repeat smear at night.`),
  t("b16-ao-ob-sms", "BR", "voice: Angola obstetrics SMS between colleagues; filed under BR", () =>
    `Dra, a paciente ${$.name("Esperança")} G5P4 38s chegou c/ TA 170/110 e cefaleia, proteinuria 3+. DPP era ${$.date("28/08")}. Ja fiz sulfato de Mg dose de ataque. Induzimos ou cesariana? Bloco ocupado ate 14h`),

  // --- Mozambique (filed ZA) ---------------------------------------------------------------------
  t("b16-mz-hiv-table", "ZA", "voice: Mozambique (Maputo) HIV clinic, markdown table; filed under ZA; NID (TARV) labelled mrn", () =>
    `| Campo | Valor |
|---|---|
| Nome | ${$.name("Celeste Mucavele")} |
| NID (TARV) | ${$.mrn("0111040701/2019/00452")} |
| Regime | TDF/3TC/DTG desde 2021 |
| CV | 84 000 cp/mL (x2, 3 meses de intervalo) |

Adherence counselling done, pill counts fine. Genotype takes ~8 weeks here. Switch empirically to second line or wait?`),
  t("b16-mz-peds-voice", "ZA", "voice: Mozambique paediatrics voice-to-text; filed under ZA", () =>
    `ok so the child is ${$.name("Tomás Cossa")} two years old from the south mother says swelling of feet and face for two weeks hair changed colour weight for height minus two point five kwashiorkor yes or nephrotic I did urine dipstick protein trace albumin eighteen what do you think`),
  t("b16-mz-neuro-bi", "ZA", "voice: Mozambique neurology, konzo question; filed under ZA; BI labelled ssn", () =>
    `Spastic paraparesis, abrupt onset, 16-year-old from a cassava-dependent district during drought. BI ${$.ssn("110502783416B")} noted because the family want a disability certificate. Is there still any role for thiocyanate levels, or clinical diagnosis of konzo is enough for the certificate?`),

  // --- Senegal (filed FR) ------------------------------------------------------------------------
  t("b16-sn-psych-bold", "FR", "voice: Senegal (Dakar) psychiatry, bold labels in French; filed under FR", () =>
    `**Patient :** ${$.name("Mamadou Lamine Diop")}, 23 ans
**Quartier :** ${$.addr("Parcelles Assainies, Unité 17")}
**Motif :** premier épisode psychotique, 6 semaines chez le marabout avant de venir. Olanzapine 10 mg, bonne réponse mais prise de poids 5 kg en 1 mois. Switch to aripiprazole this early?`),
  t("b16-sn-em-jakarta", "FR", "voice: Senegal emergency medicine, moto-taxi crash; filed under FR", () =>
    `Jakarta (moto-taxi) vs car, driver is our patient, open tib/fib, plate ${$.veh("DK-3817-AH")} written on the police form. Police ask us for blood alcohol result — do we have to give it without a requisition? Différence entre la réquisition judiciaire et la simple demande?`),
  t("b16-sn-geri-age", "FR", "voice: Senegal geriatrics, age from ID card; filed under FR", () =>
    `Mame ${$.name("Fatou Ndiaye")}, ${$.age("97 ans")} selon sa carte d'identité (the family say older). Chute, fracture du poignet, sinon autonome, pile à l'heure pour la prière. Plâtre ou rien? Ostéoporose: bisphosphonate at this age worth it?`),

  // --- Côte d'Ivoire (filed FR) ------------------------------------------------------------------
  t("b16-ci-nephro-letter", "FR", "voice: Côte d'Ivoire (Abidjan) nephrology referral letter; filed under FR; CMU labelled health_plan", () =>
    `Cher confrère,
Je vous adresse M. ${$.name("KOUASSI Yao Serge")}, 44 ans, pour prise en charge d'une IRC stade 5 (créat 1240 µmol/L, K 6,2). CMU n° ${$.plan("0214 8837 1109")}. HTA ancienne, pas de diabète. Il accepte l'hémodialyse. Merci de le recevoir rapidement.
Confraternellement.

-- posting here because the unit has no fax, anyone at Treichville who can take him this week?`),
  t("b16-ci-derm-buruli", "FR", "voice: Côte d'Ivoire dermatology, Buruli ulcer; filed under FR", () =>
    `Buruli ulcer, category II, girl of 9 from ${$.addr("Taabo")}, PCR IS2404 positive. Rifampicin + clarithromycin 8 weeks started. Lesion bigger at week 4 — paradoxical reaction or failure? Skin graft timing?`),
  t("b16-ci-ob-tsv", "FR", "voice: Côte d'Ivoire obstetrics, pasted TSV row; filed under FR", () =>
    `Nom\tÂge\tCommune\tG/P\tTerme
${$.name("Adjoua Bamba")}\t31\t${$.addr("Yopougon")}\tG3P2\t34 SA
Placenta praevia recouvrant, 2 épisodes de saignement, Hb 9,4. Corticoïdes faits. Chez nous pas de banque de sang la nuit — transfert ou césarienne programmée à 36 SA?`),

  // --- Cameroon (filed NG) -----------------------------------------------------------------------
  t("b16-cm-snakebite-kv", "NG", "voice: Cameroon (anglophone South-West) emergency, key: value; filed under NG", () =>
    `Patient: ${$.name("Nkongho Ebai Blessing")}
Residence: ${$.addr("Mile 16, Buea")}
Issue: snakebite left foot 6 h ago, 20WBCT not clotting, local swelling to knee. We have 4 vials of polyvalent antivenom (expired 3 months). Use it or refer 2 h to Limbe?`),
  t("b16-cm-ortho-pidgin", "NG", "voice: Cameroon orthopaedics, non-native English with pidgin; filed under NG", () =>
    `Pa ${$.name("Fru")} is ${$.age("ninety-two")}, fall for farm, intertrochanteric fracture. Family say "make una no cut am". Traction for 8 weeks at this age na death sentence. Anyone do surgery under spinal with no ICU backup?`),
  t("b16-cm-path-fax", "NG", "voice: Cameroon pathology, report to a relative's fax; filed under NG", () =>
    `Histology of the cervical biopsy came back (SCC, moderately differentiated). The patient's son runs a print shop in town and wants the report on his fax ${$.fax("233 44 12 87")}. Is faxing to a relative even acceptable without written consent? Our chef de service says ok.`),

  // --- Québec (filed CA) -------------------------------------------------------------------------
  t("b16-qc-geri-ramq", "CA", "voice: Québec geriatrics in French; filed under CA", (x) =>
    `Mme ${$.name("Thérèse Lapointe-Gagné")}, ${$.age("94 ans")}, RAMQ ${$.plan(K.ramq(x.r, "Lapointe", "Thérese", { d: 3, m: 9, y: 1931 }, true))}, CHSLD. Délirium hypoactif depuis 3 jours, pas de fièvre, SU négatif, constipée. On cesse l'oxybutynine et on attend, ou bilan complet?`),
  t("b16-qc-em-chat", "CA", "voice: Québec emergency, franglais chat; filed under CA", () =>
    `quick one — le pt de cette nuit (syncope + QTc 520 sur citalopram) a quitté AMA avant le 2e ECG. laissé un message, rappeler au ${$.phone("418 659-2271")}. vous appelez la police pour un welfare check dans ce cas-là ou juste documenter?`),
  t("b16-qc-psych-soap", "CA", "voice: Québec psychiatry SOAP note; filed under CA", () =>
    `S: M. ${$.name("Bouchard-Paré")} dit dormir 3 h/nuit, dépenses impulsives (VTT neuf)
O: logorrhée, fuite des idées, pas d'idées suicidaires
A: épisode maniaque, TB1, sous lithium 900 mg (Li 0,5)
P: augmenter lithium, revoir le ${$.date("1er décembre")}
Q for the group: quetiapine add-on or push lithium to 0,8 first?`),
  t("b16-qc-peds-blog", "CA", "voice: Québec paediatric oncology, parent's public blog; filed under CA", () =>
    `Heads-up for peds onc colleagues: the mother of ${$.name("Léa")} (ALL, in maintenance) posts every CBC and the MRD results on her blog ${$.url("https://combatdelea.wordpress.com")} and asks us to comment publicly. How do you set limits without damaging the relationship?`),
  t("b16-qc-ophtho-permis", "CA", "voice: Québec ophthalmology, driving licence; filed under CA", () =>
    `Glaucome avancé, champ visuel binoculaire < 100° horizontal. Truck driver, permis ${$.lic("B6254-170389-07")}. He begged me not to report to the SAAQ. Obligation de déclarer vs discretionary in Québec — what do you actually do?`),

  // --- Russia (filed DE) -------------------------------------------------------------------------
  t("b16-ru-neuro-kv", "DE", "voice: Russia neurology, romanised key: value, surname-first FIO; filed under DE", () =>
    `FIO: ${$.name("Kuznetsova Valentina Petrovna")}
SNILS: ${$.ssn("148-203-775 60")}
Polis OMS: ${$.plan("7751 2093 4486 1207")}
Dx: RRMS, 2 relapses on interferon beta-1a in 14 months, new Gd+ lesion. Regional formulary offers teriflunomide or nothing; federal program has ocrelizumab with 6-month wait. What would you bridge with?`),
  t("b16-ru-cardio-pm", "DE", "voice: Russia cardiology, non-native English; filed under DE", () =>
    `Patient is woman ${$.age("91 years")}, lives alone, pacemaker Biotronik serial ${$.dev("68412957")} implanted 2016, ERI reached on last check. She refuses replacement "I lived enough". Is it ethical just to let battery deplete if she is not pacemaker-dependent (escape rhythm 38)?`),
  t("b16-ru-em-plate", "DE", "voice: Russia emergency medicine, romanised plate; filed under DE", () =>
    `RTA last night, driver unrestrained, car ${$.veh("E 745 KX 197")}. Splenic injury grade III, stable after 1 L. Surgeons want splenectomy, I would try angioembolization but IR is only daytime here. Thoughts?`),
  t("b16-ru-peds-email", "DE", "voice: Russia paediatrics, mother's email and login IP; filed under DE", () =>
    `Mother keeps writing to the clinic portal from ${$.email("olga.sych84@mail.ru")} at 3am with photos of the rash (child 3 y, likely urticaria multiforme after amoxicillin). Security flagged logins from ${$.ip("95.165.22.131")} as unusual. Not a clinical question really — how do you handle parents who need that much reassurance?`),

  // --- Ukraine (filed DE) ------------------------------------------------------------------------
  t("b16-ua-trauma-voice", "DE", "voice: Ukraine trauma surgery, romanised voice-to-text; filed under DE", () =>
    `patient ${$.name("Bondarenko Mykola")} forty six shrapnel left thigh arrived from ${$.addr("Izium")} eighteen hours after injury tourniquet time unknown CK forty thousand creatinine rising do we amputate now or try fasciotomy debridement first`),
  t("b16-ua-ophtho-rnokpp", "DE", "voice: Ukraine ophthalmology, tax number on a disability form; filed under DE; RNOKPP labelled other_id", () =>
    `Filling the MSEK disability form for a woman in her 40s: bilateral optic atrophy after methanol. Form wants RNOKPP ${$.oid("2431905873")} and VA, I wrote 0.02 OU. Is counting fingers at 1 m enough for group I or do they need ERG documentation?`),
  t("b16-ua-onc-table", "DE", "voice: Ukraine oncology, markdown table, surname-first name; filed under DE", () =>
    `| Field | Value |
|---|---|
| PIB | ${$.name("Kovalenko Iryna Vasylivna")} |
| Data narodzhennia | ${$.date("17.04.1958")} |
| Dx | HER2+ breast ca, cT3N1 |

Neoadjuvant TCHP done 6 cycles, residual disease 1.2 cm. T-DM1 not available through the state program this quarter. Trastuzumab alone for 14 cycles acceptable?`),
  t("b16-ua-peds-portal", "DE", "voice: Ukraine paediatrics, Helsi login IP; filed under DE", () =>
    `We had an odd login to a child's record on Helsi from ${$.ip("176.36.118.204")} — the father (separated, no custody order) now knows about ${$.name("Danylo")}'s diagnosis. Who is responsible, and do we inform the mother?`),

  // --- Iran (filed IN) ---------------------------------------------------------------------------
  t("b16-ir-nephro-melli", "IN", "voice: Iran nephrology, romanised Persian name, kod melli; filed under IN; Tamin insurance labelled health_plan", () =>
    `Agha-ye ${$.name("Gholamreza Tabatabaei")}, code melli ${$.ssn("0043278159")}, Tamin-e Ejtemaei ${$.plan("1209458876")}. Transplant 2018, BK viremia 10^5, creatinine 1.4 -> 2.1. Reduced MMF by half already. Leflunomide or IVIG, which is easier to get covered here?`),
  t("b16-ir-derm-address", "IN", "voice: Iran dermatology, romanised street address; filed under IN", () =>
    `Khanom (pemphigus vulgaris, rituximab 2 cycles) lives at ${$.addr("Kuche-ye Shahid Rezaei, Khiaban-e Enghelab, Isfahan")} and cannot come for infusions in Tehran. Any centre in Isfahan giving rituximab for PV with Salamat insurance?`),
  t("b16-ir-geri-solar", "IN", "voice: Iran geriatrics, solar hijri birth date; filed under IN", () =>
    `Haj Agha ${$.name("Rahimi")}, born ${$.date("12 Farvardin 1310")} (solar hijri), so ${$.age("93")}. Severe AS, Vmax 4.8, syncope twice. Family want TAVI. Frailty: walks to mosque daily. Go?`),
  t("b16-ir-em-plate", "IN", "voice: Iran emergency, romanised plate and mobile; filed under IN", () =>
    `Hit-and-run, pedestrian 30s, witnesses gave plate ${$.veh("22 B 418 Iran 11")}. The victim's wife keeps calling from ${$.phone("0912 481 7730")} asking if the driver came to the hospital. Are we allowed to tell police the plate from our triage notes?`),

  // --- Afghanistan (filed IN) --------------------------------------------------------------------
  t("b16-af-ob-chat", "IN", "voice: Afghanistan (Kabul) obstetrics, non-native English chat; filed under IN", () =>
    `salam colleagues, patient ${$.name("Gul Bibi")} from ${$.addr("Khair Khana")} G9P8 PPH after home birth, arrived with Hb 4. we gave 4 units, TXA, oxytocin. now she want go home because husband say. how you manage this when female doctor cannot override family?`),
  t("b16-af-peds-tazkira", "IN", "voice: Afghanistan paediatrics, e-tazkira number; filed under IN; e-tazkira labelled ssn", () =>
    `For the cleft-lip charity surgery list they need the father's e-tazkira ${$.ssn("1400-0101-18473")} and the child's age; no birth certificate. Bilateral cleft lip + palate, 14 months, weight 7.1 kg. Rule of 10s — operate or feed-up first?`),
  t("b16-af-id-tb", "IN", "voice: Afghanistan infectious diseases, TB contact tracing; filed under IN", () =>
    `MDR-TB in a 19-year-old, household of 11 in ${$.addr("Qarabagh district")}. Only way to reach them is the brother's phone ${$.phone("+93 79 482 1066")}. Levofloxacin preventive therapy for under-5 contacts — are you doing it?`),

  // --- Bangladesh (filed IN) ---------------------------------------------------------------------
  t("b16-bd-peds-address", "IN", "voice: Bangladesh (Dhaka) paediatrics; filed under IN", () =>
    `Thalassaemia major, 6 y, ferritin 4800 on deferasirox. Father is ${$.name("Md. Rafiqul Islam")}, address ${$.addr("House 23, Road 7, Block C, Mirpur-10, Dhaka 1216")}. Charity wants address to deliver chelator. Splenectomy at this ferritin, or intensify chelation first?`),
  t("b16-bd-nid", "IN", "voice: Bangladesh medicine, 17-digit NID; filed under IN", () =>
    `Govt insulin program form: name ${$.name("Nasrin Akter")}, NID ${$.ssn("19847512639004217")}. Type 1 DM, 22, HbA1c 13. They only give human mixed insulin 70/30. Any way to do basal-bolus with only 70/30 + regular?`),
  t("b16-bd-em-plate", "IN", "voice: Bangladesh emergency, Dhaka plate and Bengali calendar date; filed under IN", () =>
    `CNG vs bus, CNG plate ${$.veh("Dhaka Metro-Tha 11-4418")}, accident on ${$.date("21 Falgun")}. Driver: flail chest, we have 2 ventilators and both occupied. Internal pneumatic stabilisation with bag-valve for hours — anyone done it?`),
  t("b16-bd-onc-fwd", "IN", "voice: Bangladesh oncology, forwarded email from daughter; filed under IN", () =>
    `Fwd: from ${$.email("shahana.parvin.bd@gmail.com")}
"Dear Sir, my Abba has been told gallbladder cancer and to go to India. Is it possible here?"
Stage III GB ca, jaundice, bilirubin 14. Stent first obviously. Does anyone in Dhaka do radical cholecystectomy with CBD resection?`),

  // --- Sri Lanka (filed IN) ----------------------------------------------------------------------
  t("b16-lk-nephro-ckdu", "IN", "voice: Sri Lanka nephrology, Sinhala name with initials; filed under IN; NIC labelled ssn", () =>
    `CKDu again — ${$.name("W.A. Nimal Perera")}, paddy farmer, NIC ${$.ssn("853456789V")}, eGFR 28, no DM/HTN, bland urine. Same village as 4 others on our list. Is anyone still sending well water for fluoride/cadmium, or is that considered useless now?`),
  t("b16-lk-psych-tamil", "IN", "voice: Sri Lanka (Jaffna) psychiatry, Tamil name; filed under IN", () =>
    `${$.name("Tharshini Sivakumar")}, 24, from ${$.addr("Nallur")}, referred after self-poisoning with oleander seeds (survived, temporary pacing). Depression, conflict-related trauma in family. Fluoxetine started. Follow-up is hard because of distance — telepsychiatry acceptable for the first month?`),
  t("b16-lk-clinic-bht", "IN", "voice: Sri Lanka medicine, clinic number and BHT; filed under IN", () =>
    `A known diabetic (clinic no ${$.mrn("NHSL/DM/2291")}) admitted again, BHT ${$.mrn("4821/23")}, DKA third time this year. Insulin stored in a clay pot at home as no fridge. What cheap storage advice do you give?`),
  t("b16-lk-geri-age", "IN", "voice: Sri Lanka geriatrics, age in words; filed under IN", () =>
    `Aachchi is ${$.age("ninety-five")}, bedbound, grade 4 sacral sore. Daughter doing dressings with king coconut water (!). Negative pressure is not available in our base hospital. Honey dressings — anyone using Sri Lankan bee honey with results?`),

  // --- Thailand (filed VN) -----------------------------------------------------------------------
  t("b16-th-derm-nickname", "VN", "voice: Thailand dermatology, nickname plus real name, Thai ID; filed under VN; Thai ID labelled ssn", () =>
    `Khun ${$.name("Ploy")} (real name ${$.name("Siriporn Chaiyaphum")}), ID ${$.ssn("3-1005-00782-41-9")}, melasma + exogenous ochronosis from years of imported hydroquinone cream. Stop everything obviously. Q-switched laser makes it worse in my experience — anybody has success with anything?`),
  t("b16-th-em-songkran", "VN", "voice: Thailand emergency, Songkran motorbike crash, Thai-script plate; filed under VN", () =>
    `Songkran again: motorbike, no helmet, plate ${$.veh("กท 4827")} Chiang Mai, arrived 02:40, GCS 7, EDH 2 cm. Neurosurgeon coming from 90 km, his mother calling every 10 min from ${$.phone("089 734 2259")}. Burr hole by EP in the meantime — has anyone here done it?`),
  t("b16-th-ortho-voice", "VN", "voice: Thailand orthopaedics voice-to-text, lower-case name and village; filed under VN", () =>
    `patient name ${$.name("somchai rattanapong")} seventy eight rice farmer lives ${$.addr("moo 4 tambon mae hia")} knee OA grade four both sides cannot squat for toilet wants TKA but no one at home for rehab what do you advise`),
  t("b16-th-onc-line", "VN", "voice: Thailand oncology, LINE handle; filed under VN; handle labelled other_id", () =>
    `Cholangiocarcinoma from the Northeast, post-Whipple. The patient added me on LINE (${$.oid("@noknoi_bkk")}) and sends photos of the drain every day. I like her but it is 24/7. How do you set boundaries with LINE in Thai practice?`),

  // --- Ethiopia (filed ZA) -----------------------------------------------------------------------
  t("b16-et-peds-calendar", "ZA", "voice: Ethiopia paediatrics, Ethiopian calendar birth date and kebele; filed under ZA", () =>
    `Baby girl born ${$.date("Meskerem 12")} by the Ethiopian calendar, so about 11 months. From ${$.addr("Kebele 07, Bahir Dar")}. Severe acute malnutrition with oedema +++, F-75 started. Refeeding hypophosphataemia — we cannot measure phosphate. Empirical K-Phos?`),
  t("b16-et-id-kv", "ZA", "voice: Ethiopia (Addis Ababa) infectious diseases, key: value; filed under ZA", () =>
    `Card No: ${$.mrn("TASH-0457819")}
Phone: ${$.phone("0911 42 73 18")}
Dx: visceral leishmaniasis relapse, HIV+, CD4 90
Q: Our AmBisome stock gone; SSG + paromomycin in HIV coinfection — acceptable or too toxic?`),
  t("b16-et-geri-age", "ZA", "voice: Ethiopia internal medicine, age by family account; filed under ZA", () =>
    `Ato ${$.name("Gebremedhin")}, ${$.age("ninety-eight")} by family account (remembers the Italian occupation). Urinary retention, prostate 110 mL. Long-term catheter vs TURP under spinal? Family insists he can handle surgery.`),
  t("b16-et-ob-fayda", "ZA", "voice: Ethiopia obstetrics, Fayda digital ID; filed under ZA; Fayda labelled ssn", () =>
    `Obstetric fistula repair list — each woman needs Fayda ID now for the free program. ${$.name("Meseret Haile")}, ${$.ssn("4172 9036 5518")}, 19 y, vesicovaginal fistula after 3-day labour. Repair at 3 months or wait till 6?`),

  // --- Peru (filed CO) ---------------------------------------------------------------------------
  t("b16-pe-quechua-kv", "CO", "voice: Peru (Cusco) rural medicine, Quechua name, key: value; filed under CO; SIS labelled health_plan", () =>
    `Paciente: ${$.name("Wayra Quispe Mamani")}
SIS: ${$.plan("4000587213")}
Comunidad: ${$.addr("Chinchero, Urubamba")}
Motivo: policitemia, Hb 23, SatO2 78% — mal de montaña crónico (Monge). Flebotomía periódica o acetazolamida? Vive a 3,800 m y no quiere bajar.`),
  t("b16-pe-em-rinconada", "CO", "voice: Peru emergency, high-altitude mining town; filed under CO", () =>
    `pt from ${$.addr("La Rinconada")}, 38 y, miner, HAPE after descending and going back up in 24 h. Nifedipine + O2. His wife wants him flown to Juliaca. Is air transfer useful if he's already improving?`),
  t("b16-pe-derm-leish", "CO", "voice: Peru dermatology, cutaneous leishmaniasis; filed under CO", () =>
    `${$.name("Illari Condori Huamán")}, úlcera en la pierna desde el ${$.date("9 de julio")}, from the selva (Madre de Dios). Frotis positivo. Antimoniales 20 mg/kg x 20 días vs. miltefosina, that one not available in MINSA here. Intralesional ok for one lesion 3 cm?`),
  t("b16-pe-occ-mototaxi", "CO", "voice: Peru occupational medicine, mototaxi driver licence; filed under CO", () =>
    `Mototaxi driver with new diagnosed epilepsy, licencia ${$.lic("Q45812379")}, HC ${$.mrn("00-482731")}. He will keep driving — it's his only income. MTC rules say 1 year seizure free. Do you report him or counsel and document?`),

  // --- Bolivia (filed AR) ------------------------------------------------------------------------
  t("b16-bo-ci-aymara", "AR", "voice: Bolivia (El Alto) internal medicine, Aymara/Quechua name, CI; filed under AR", () =>
    `Señora de 50 y pico, CI ${$.ssn("4567823 LP")}, vive en ${$.addr("Zona 16 de Julio, El Alto")}. Chagas cardiomyopathy, EF 25%, frequent NSVT. ICD from SUS only with long waiting list. Amiodarone + bisoprolol for now — ok?`),
  t("b16-bo-chagas-soap", "AR", "voice: Bolivia cardiology SOAP; filed under AR", () =>
    `S: varón, 34, palpitaciones, disnea CF II
O: RBBB + LAFB, Holter 2,300 EV/24h
A: cardiopatía chagásica crónica
P: benznidazol? (mayor de 30 y con cardiopatía = BENEFIT negativo). Cel ${$.phone("71583204")} para control
Would you still treat?`),
  t("b16-bo-geri-age", "AR", "voice: Bolivia geriatrics, claimed age; filed under AR", () =>
    `Doña ${$.name("Asunta")} dice tener ${$.age("104 años")}, no hay partida de nacimiento. Hipotiroidismo, TSH 48. Levotiroxina a qué dosis empezar en una centenaria? 12.5 mcg?`),
  t("b16-bo-peds-email", "AR", "voice: Bolivia paediatrics, father's email and a date; filed under AR", () =>
    `Father writes to ${$.email("ticonaf.elalto@hotmail.com")} every week asking for the growth chart. Child 8 months, weight flat since 5 months, breast-fed + api (corn drink). Celiac screen negative. Calorie-dense complementary foods on a tight budget — ideas?`),

  // --- Greece (filed FR) -------------------------------------------------------------------------
  t("b16-gr-amka", "FR", "voice: Greece internal medicine, ALL-CAPS surname first, AMKA; filed under FR; AMKA labelled ssn", () =>
    `Ασθενής / patient: ${$.name("PAPADOPOULOU Eleni")}, AMKA ${$.ssn("19033402181")}. Hyponatraemia 118 on SSRI + thiazide. EOPYY wants a diagnosis code before approving tolvaptan. Is fluid restriction enough first?`),
  t("b16-gr-cardio-address", "FR", "voice: Greece (Thessaloniki) cardiology; filed under FR", () =>
    `Post-MI patient lives at ${$.addr("Odos Tsimiski 88, 546 22 Thessaloniki")}, 4th floor, no lift. Cardiac rehab centre wants him 3x/week. Home-based rehab protocols anyone using in Greece?`),
  t("b16-gr-derm-file", "FR", "voice: Greece dermatology, file name with name and compact date; filed under FR", () =>
    `Dermoscopy attached: ${$.name("Karagiannis_Dimitrios")}_dermoscopy_${$.date("0309")}.jpg — 7 mm lesion, upper back, atypical network + regression. Excise with 2 mm margin or short-term monitoring 3 months?`),
  t("b16-gr-ortho-afm", "FR", "voice: Greece orthopaedics, plate and tax number; filed under FR; AFM labelled other_id", () =>
    `Insurance company asks for plate ${$.veh("IKY-4521")} and AFM ${$.oid("047382915")} on my report for the whiplash claim. I only write the clinical findings. Am I obliged to include these, or is it the patient's job?`),

  // --- Romania (filed FR) ------------------------------------------------------------------------
  t("b16-ro-cnp-age", "FR", "voice: Romania geriatrics, CNP; filed under FR; CNP labelled ssn", () =>
    `Dl. ${$.name("Gheorghe Dumitrescu")}, CNP ${$.ssn("1320415400712")}, ${$.age("93 de ani")}, fibrilație atrială nou descoperită, CHA2DS2-VASc 4, HAS-BLED 3. Apixaban 2,5 sau 5? Creat 1,4, greutate 58 kg.`),
  t("b16-ro-address", "FR", "voice: Romania (Cluj) neurology, block/apartment address; filed under FR", () =>
    `29F, narcolepsy type 1, lives ${$.addr("Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 17, Cluj-Napoca")}. Sodium oxybate not reimbursed by CNAS. Pitolisant via compassionate use — has anybody managed it in Romania?`),
  t("b16-ro-plate-fo", "FR", "voice: Romania surgery, plate and FO number; filed under FR; FO labelled mrn", () =>
    `FO nr. ${$.mrn("18427/2024")}: car crash, driver, car ${$.veh("CJ 12 XTR")}. Police want the blood sample for alcool — we took it at 2h after arrival. Is the time gap still legally fine?`),
  t("b16-ro-fundraiser", "FR", "voice: Romania oncology, family fundraiser with IBAN; filed under FR", () =>
    `The family of my patient (young woman, sarcoma) posted a fundraiser with her IBAN ${$.acct(K.iban("RO", "BTRL0130120588317100"))} and asked me to share it with colleagues. Is it ok for a doctor to share this?`),

  // --- Hungary (filed DE) ------------------------------------------------------------------------
  t("b16-hu-taj", "DE", "voice: Hungary endocrinology, family name first, TAJ; filed under DE; TAJ labelled health_plan", () =>
    `${$.name("Kovács Erzsébet")}, TAJ ${$.plan("045 812 738")}. Graves, 2nd relapse after methimazole. RAI vs thyroidectomy; she has mild orbitopathy (CAS 2). Steroid cover with RAI — how much in your practice?`),
  t("b16-hu-address", "DE", "voice: Hungary (Budapest) nephrology, address with postcode first; filed under DE", () =>
    `${$.name("Nagy-Tóth Gábor")}, peritoneal dialysis, address ${$.addr("1082 Budapest, Üllői út 26. 3/12")}. Third peritonitis with Pseudomonas. Catheter removal now, or one more course?`),
  t("b16-hu-neni", "DE", "voice: Hungary geriatrics, surname + néni, age and date; filed under DE", () =>
    `${$.name("Szabó")} néni, ${$.age("92")} éves, elesett ${$.date("március 15.")} este, csípőtáji törés, operáció másnap. Post-op delirium. Haloperidol 0,5 mg or do you avoid totally?`),
  t("b16-hu-cpap", "DE", "voice: Hungary sleep medicine, CPAP serial; filed under DE", () =>
    `This patient's CPAP (ResMed AirSense 10, SN ${$.dev("23172849301")}) data card shows usage 2.1 h/night. Truck driver. AHI 54 untreated. I have to write to the licensing authority — do you give a trial period first?`),

  // --- Czechia (filed DE) ------------------------------------------------------------------------
  t("b16-cz-rc", "DE", "voice: Czechia rheumatology, rodné číslo; filed under DE; RČ labelled ssn", () =>
    `Pacientka ${$.name("Jana Dvořáková")}, RČ ${$.ssn("575314/0525")}, polymyalgia rheumatica + new jaw claudication. CRP 86. Temporal US halo sign positive. Prednisone 60 mg and fast-track, yes?`),
  t("b16-cz-phone-fax", "DE", "voice: Czechia cardiology, daughter's phone and fax; filed under DE", () =>
    `Daughter wants all discharge reports sent to her office fax ${$.fax("+420 541 218 907")} and calls from ${$.phone("+420 603 418 227")} daily. Mother is competent and hasn't consented. Politely refuse?`),
  t("b16-cz-plate", "DE", "voice: Czechia emergency, plate and date with no year; filed under DE", () =>
    `${$.date("24. 12.")} v noci: car ${$.veh("5T2 4578")} into a tree, driver 20s, blood alcohol 2.1‰. Liver laceration, stable. Family asking us to not report alcohol to police. What do you do in Czechia?`),
  t("b16-cz-pump", "DE", "voice: Czechia diabetology, insulin pump serial; filed under DE", () =>
    `Medtronic MiniMed 780G, SN ${$.dev("NG2817463H")}, keeps giving "insulin flow blocked" with Mio infusion sets. Anyone had the same series issue? Changed to Sure-T and fine so far.`),

  // --- US rural clinic (US) -----------------------------------------------------------------------
  t("b16-us-rural-rr", "US", "voice: US rural (eastern Kentucky) family medicine; filed under US", () =>
    `Home visit list for tomorrow: ${$.name("Darlene Sizemore")}, ${$.addr("RR 2 Box 118, Hyden, KY 41749")} — no cell service past the creek. O2 concentrator keeps tripping the breaker. Anybody know a program that pays for a generator?`),
  t("b16-us-rural-medicaid", "US", "voice: US rural clinic, Medicaid id and MRN; filed under US", () =>
    `Prior auth denied again for buprenorphine film, KY Medicaid ${$.plan("7021849336")}, MRN ${$.mrn("ARH-0092817")}. They want tablets instead. 3 years stable on film. Is a peer-to-peer worth it or just switch?`),
  t("b16-us-rural-cdl", "US", "voice: US rural occupational medicine, CDL and billing account; filed under US", () =>
    `Long-haul trucker, first unprovoked seizure, CDL ${$.lic("H04918276")}. He paid cash and asked me to put the visit on his account ${$.acct("4400918273")} "so his company won't see". FMCSA says off for years. What do you tell the company doctor when they call?`),
  t("b16-us-rural-age", "US", "voice: US rural clinic, veteran aged 99; filed under US", () =>
    `Mr. ${$.name("Earl Hensley")}, ${$.age("99 yo")}, WWII vet, still splits his own wood. New anemia Hb 9.1, ferritin 12. Colonoscopy at 99? I'm thinking iron and watch, son wants "everything".`),
  t("b16-us-rural-youtube", "US", "voice: US rural clinic, patient's public channel; filed under US", () =>
    `Heads up: a patient of ours posts her wound-care videos at ${$.url("youtube.com/@hollerhomestead_kayla")} and showed my face in one. Ask her to take it down or let it go?`),

  // --- New Zealand GP (NZ) -----------------------------------------------------------------------
  t("b16-nz-nhi", "NZ", "voice: NZ GP (Bay of Plenty), NHI; filed under NZ; NHI labelled mrn", (x) =>
    `Wahine in her 20s, NHI ${$.mrn(K.nzNhi(x.r))}, ${$.addr("RD 3, Ōpōtiki")}. Rheumatic heart disease, on monthly bicillin, missed three. Whānau say the needle is the problem. Anyone using lignocaine-mixed bicillin in general practice?`),
  t("b16-nz-mum", "NZ", "voice: NZ GP, mum's mobile; filed under NZ", () =>
    `${$.name("Mereana")} (4) — recurrent skin infections, three courses of fluclox this winter. Mum's mobile is ${$.phone("021 448 3017")} if anyone from the Healthy Homes team reads this. Decolonisation for the whole household worth it?`),
  t("b16-nz-address", "NZ", "voice: NZ GP, street address and date without year; filed under NZ", () =>
    `Patient at ${$.addr("14 Kowhai Street, Te Awamutu 3800")} had a CT on ${$.date("6/2")} — incidental 9 mm thyroid nodule, TI-RADS 3. Refer or repeat US in a year?`),
  t("b16-nz-acc-plate", "NZ", "voice: NZ GP, ACC claim number and plate; filed under NZ; ACC claim labelled other_id", () =>
    `ACC claim ${$.oid("CD21847739")} declined for a shoulder after a crash (car ${$.veh("LKT492")}). Now ACC says "degenerative". Has anyone won a review with an MRI showing an acute tear on old tendinopathy?`),
  t("b16-nz-rest-home", "NZ", "voice: NZ GP, rest home resident aged 96; filed under NZ", () =>
    `${$.age("96")}-year-old at the rest home in ${$.addr("Waipukurau")}, recurrent UTIs, on cefalexin prophylaxis. Methenamine instead? The pharmacist says no evidence over 90.`),
];

const negatives: Negative[] = [
  // --- Portugal (ES) ---------------------------------------------------------------------------
  n("b16n-pt-machado-joseph", "ES", "voice: Portugal neurology; eponym, Azores founder effect, literature author; filed under ES",
    `Machado-Joseph disease (SCA3) question: the Azorean founder effect in Flores island is well described (Coutinho & Andrade, 1978). We have a new family from the mainland with 74 CAG repeats in the proband's uncle. Predictive testing for the adult children — do you follow the Huntington protocol (2 pre-test sessions, psychologist) or lighter?`),
  n("b16n-pt-corino-andrade", "ES", "voice: Portugal; eponym Corino de Andrade, place not the patient's; filed under ES",
    `For those outside Portugal: "doença dos pezinhos" = hATTR V30M, first described by Corino de Andrade in Póvoa de Varzim in 1952. Tafamidis 20 mg od vs patisiran 0.3 mg/kg q3w — our centre in Porto now starts tafamidis first in early-onset V30M. Anyone switching on NIS progression > 2 points/yr?`),
  n("b16n-pt-sns24", "ES", "voice: Portugal GP; public helpline and clinic hours; filed under ES",
    `Reminder for the weekend rota: SNS 24 line is 808 24 24 24, our USF opens 08:00–20:00 weekdays, and the duty phone is ext. 4102. Flu vaccine for 65+ and for pregnant women from week 2 of October per DGS norm 005/2024.`),
  n("b16n-pt-lab-table", "ES", "voice: Portugal internal medicine; lab table with ranges; filed under ES",
    `| Análise | Resultado | Ref. |
|---|---|---|
| Hb | 10,2 g/dL | 12–15,5 |
| VGM | 71 fL | 80–97 |
| Ferritina | 8 ng/mL | 15–150 |
| TSAT | 6% | 20–50 |
Woman in her 40s with menorrhagia. Ferric carboxymaltose 1000 mg single dose or oral first?`),

  // --- Angola (BR) -----------------------------------------------------------------------------
  n("b16n-ao-trained-luanda", "BR", "voice: Angola/Portugal; places and colleagues not the patient's; filed under BR",
    `Trained in Luanda (Hospital Josina Machel) and now in Lisbon; Prof. Miguel Bettencourt's talk on sickle cell in Angola last month was excellent. Hydroxyurea 20 mg/kg titrated to 35 mg/kg with CBC every 8 weeks is feasible even with our lab limits.`),
  n("b16n-ao-marburg", "BR", "voice: Angola ID; historical outbreak, place and year; filed under BR",
    `The 2005 Marburg outbreak in Uíge (374 cases, CFR ~88%) still shapes our IPC training. Anyone have updated PPE doffing posters in Portuguese? We use the WHO 2014 filovirus guidance adapted.`),
  n("b16n-ao-dosing", "BR", "voice: Angola paediatrics; dosing schedule with times; filed under BR",
    `Artesunate IV: 3 mg/kg if < 20 kg, 2.4 mg/kg if ≥ 20 kg, at 0, 12 and 24 h, then daily until able to take oral ACT. Our ward gives doses at 06:00 and 18:00. Rectal artesunate 10 mg/kg pre-referral for the health posts.`),

  // --- Mozambique (ZA) -------------------------------------------------------------------------
  n("b16n-mz-cism", "ZA", "voice: Mozambique; research centre, NCT number; filed under ZA",
    `The Manhiça cohort (CISM) data on RTS,S are worth reading before the rollout meeting; NCT00866619 is the phase 3 registration. Our district starts the 4-dose schedule at 5 months.`),
  n("b16n-mz-roles", "ZA", "voice: Mozambique HIV clinic; de-identified with roles and ranges; filed under ZA",
    `Advanced HIV disease in a woman in her 30s: CrAg positive, LP opening pressure 32 cmH2O. Her sister is the treatment supporter. Single high-dose liposomal AmB 10 mg/kg + flucytosine 100 mg/kg/d + fluconazole 1200 mg/d for 14 days (AMBITION regimen) — who has access in the provinces?`),
  n("b16n-mz-konzo", "ZA", "voice: Mozambique neurology; literature, places; filed under ZA",
    `Konzo was first described in Mozambique's Nampula province in 1981 (Ministry of Health report, Cliff et al.). Julie Cliff's work remains the reference. Cassava soaking "wetting method" of Bradbury is taught at our health posts.`),

  // --- Senegal (FR) ----------------------------------------------------------------------------
  n("b16n-sn-fann-lecture", "FR", "voice: Senegal psychiatry; colleague names, hospital, dates not tied to patient; filed under FR",
    `Hommage au Pr Henri Collomb et à l'école de Fann : the "pinth" group therapy model is still discussed. Conférence à l'UCAD du 18 au 20 novembre, inscription auprès du secrétariat, poste 2231.`),
  n("b16n-sn-dosing", "FR", "voice: Senegal ID; dosing, lab values; filed under FR",
    `Ceftriaxone 2 g x 2/j pour méningite, dexaméthasone 0,15 mg/kg toutes les 6 h x 4 j. LCR : 1 800 éléments/mm³, 85 % PNN, protéinorachie 2,1 g/L, glycorachie 0,9 mmol/L. Pneumocoque sur la culture. Durée 10 ou 14 jours ?`),
  n("b16n-sn-roles", "FR", "voice: Senegal geriatrics; roles and ranges; filed under FR",
    `Une patiente dans la quatre-vingtaine, hémiplégie droite, la fille aînée et le neveu se disputent la décision de la sonde nasogastrique. L'imam de la famille est impliqué. How do you frame a time-limited trial in this context?`),

  // --- Côte d'Ivoire (FR) ----------------------------------------------------------------------
  n("b16n-ci-buruli-class", "FR", "voice: Côte d'Ivoire dermatology; WHO categories, places not patient's; filed under FR",
    `Buruli ulcer WHO categories: I single lesion < 5 cm, II 5–15 cm, III > 15 cm or multiple or osteomyelitis. Most of our cases come from the Bandama valley; Raoul Follereau Institute in Adzopé does the grafts.`),
  n("b16n-ci-trained", "FR", "voice: Côte d'Ivoire; colleague, places, switchboard-style extension; filed under FR",
    `Formé au CHU de Cocody, now at Bouaké. Dr Ehui from Treichville nephrology says they can take 2 new dialysis patients a month. Call the unit on poste 318 after 14 h.`),
  n("b16n-ci-lab", "FR", "voice: Côte d'Ivoire obstetrics; lab values and scores; filed under FR",
    `Bishop 4, PA 158/104, plaquettes 92 000, ASAT 120, LDH 710, bilirubine 24 µmol/L — HELLP partiel. Femme dans la vingtaine, 33 SA. Corticothérapie + extraction dans les 48 h ?`),

  // --- Cameroon (NG) ---------------------------------------------------------------------------
  n("b16n-cm-antivenom", "NG", "voice: Cameroon emergency; product, lot number, expiry; filed under NG",
    `Antivenom question: Inoserp PAN-AFRICA lot 9IT07013, exp. 06/2025. WHO says expired antivenom may still be used if clear and no alternative. 20WBCT at 0, 6 and 12 h after dose. Anyone with data on efficacy after expiry?`),
  n("b16n-cm-burkitt", "NG", "voice: Cameroon oncology; eponym that is a surname, literature; filed under NG",
    `Burkitt's original 1958 description from Uganda still reads well. In Yaoundé we use the GFAOP cyclophosphamide-only protocol for stage I-II endemic Burkitt: 40 mg/kg day 1, 8, 15 (+ IT MTX). Survival around 50%.`),
  n("b16n-cm-roles", "NG", "voice: Cameroon pathology; roles, no identifiers; filed under NG",
    `Pathology lab problem: slides arrive without requisition forms, often just the ward name. A woman in her 50s had her cervical biopsy mislabelled last month (caught in time). What labelling SOP do you use with limited staff?`),

  // --- Québec (CA) -----------------------------------------------------------------------------
  n("b16n-qc-saguenay", "CA", "voice: Québec genetics; founder mutations by region, eponyms; filed under CA",
    `Founder diseases of Saguenay–Lac-Saint-Jean: ARSACS (Charlevoix-Saguenay spastic ataxia), tyrosinemia type 1, LSFC (Leigh French-Canadian type). Carrier testing is offered free since 2010 to people with roots in the region. Referral via the CIUSSS genetics service.`),
  n("b16n-qc-info-sante", "CA", "voice: Québec; public line, billing code, version; filed under CA",
    `Pour les patients sans médecin : Info-Santé 811 option 3 for psychosocial. GAP registration via the Québec portal. RAMQ billing code 15804 for the CHSLD visit; the new DSQ version 7.2 logs you out every 20 min, anyone else?`),
  n("b16n-qc-tremblay-rounds", "CA", "voice: Québec; colleague with a common surname, conference date; filed under CA",
    `Dr Tremblay's grand rounds on delirium in CHSLDs (jeudi 12 h, amphithéâtre 2) were great — slides on the intranet. CAM-ICU vs 4AT: we switched to the 4AT, score ≥ 4 = probable delirium.`),
  n("b16n-qc-lab", "CA", "voice: Québec EM; QTc values, drug doses; filed under CA",
    `Citalopram max 20 mg chez > 60 ans (FDA 2011). QTc 470–500 = réévaluer, > 500 = cesser. Mg cible > 1,0 mmol/L, K > 4,0. Homme dans la soixantaine, aussi sur ondansétron — stop both?`),

  // --- Russia (DE) -----------------------------------------------------------------------------
  n("b16n-ru-botkin", "DE", "voice: Russia; eponyms Botkin, Korsakoff, Kozhevnikov; filed under DE",
    `Terminology for foreign colleagues: "Botkin's disease" = hepatitis A in older Russian texts; Korsakoff's psychosis is named after Sergei Korsakoff (Moscow, 1887); Kozhevnikov epilepsy = epilepsia partialis continua, often tick-borne encephalitis in Siberia.`),
  n("b16n-ru-lab", "DE", "voice: Russia haematology; lab values with units; filed under DE",
    `OAK: Hb 86 g/L, Er 3.1×10^12/L, MCV 112 fL, Lei 3.4×10^9/L, Tr 118×10^9/L, SOE 32 mm/h. B12 98 pmol/L. Man in his 60s, vegetarian. Cyanocobalamin 1000 mcg IM daily x 7 then weekly — standard here.`),
  n("b16n-ru-roles", "DE", "voice: Russia cardiology; de-identified, roles and ranges; filed under DE",
    `Elderly woman in her late 80s, pacemaker at ERI, her grandson (a surgeon in another city) insists on replacement, she refuses. Capacity intact (MoCA 26). We documented her decision and the palliative team is involved.`),

  // --- Ukraine (DE) ----------------------------------------------------------------------------
  n("b16n-ua-pirogov", "DE", "voice: Ukraine surgery; historical figure, places; filed under DE",
    `Pirogov's rules of military field surgery (Sevastopol, 1854–55 — triage!) still taught in Vinnytsia at his estate museum. For tourniquets: document time, convert within 2 h if possible, never loosen "to check" in transport.`),
  n("b16n-ua-helsi", "DE", "voice: Ukraine; software versions, public line, eHealth; filed under DE",
    `Helsi updated to v4.12; the e-prescription code now comes by SMS from "eHealth". National support line 16-77. Affordable Medicines program list revised in 2024 — insulins added.`),
  n("b16n-ua-doses", "DE", "voice: Ukraine trauma; doses, times, scores; filed under DE",
    `Mass casualty protocol: TXA 1 g IV over 10 min within 3 h, then 1 g over 8 h. Ketamine 0.3 mg/kg for analgesia. GCS, then ISS ≥ 16 to the trauma bay. Handover at 07:30 and 19:30.`),

  // --- Iran (IN) -------------------------------------------------------------------------------
  n("b16n-ir-tlgs", "IN", "voice: Iran; cohort named after a city, author; filed under IN",
    `Tehran Lipid and Glucose Study (TLGS) data show metabolic syndrome in ~30% of adults; Azizi's group papers are the reference. For our Isfahan clinics we use the national joint interim statement cut-off of waist ≥ 95 cm for both sexes.`),
  n("b16n-ir-avicenna", "IN", "voice: Iran; historical author, book, years; filed under IN",
    `Fun fact for the history thread: Avicenna's Canon (al-Qanun, completed 1025) was taught in Montpellier until the 17th century. Razi distinguished smallpox from measles around 910.`),
  n("b16n-ir-melli-explainer", "IN", "voice: Iran; describes ID format without a number; filed under IN",
    `For foreign-trained colleagues: code melli is 10 digits with a mod-11 check digit, written on the kart-e melli; HIS systems in Tamin hospitals use it as the patient key. Please never paste it into WhatsApp groups.`),

  // --- Afghanistan (IN) ------------------------------------------------------------------------
  n("b16n-af-vaccine", "IN", "voice: Afghanistan paediatrics; EPI schedule; filed under IN",
    `EPI schedule here: BCG + OPV0 at birth; Penta, PCV, OPV, Rota at 6, 10, 14 weeks; IPV at 14 weeks; MR at 9 and 18 months. Polio campaign days announced by the ministry — check with provincial EPI manager.`),
  n("b16n-af-trained", "IN", "voice: Afghanistan; places and colleagues not the patient's; filed under IN",
    `Trained at Aliabad Teaching Hospital, Kabul, then Peshawar. Dr. Sima Samar's work on women's health clinics in Hazarajat is inspiring. MSF Boost hospital in Lashkar Gah has an excellent neonatal protocol.`),
  n("b16n-af-tb-doses", "IN", "voice: Afghanistan ID; weight-band dosing; filed under IN",
    `BPaLM for RR-TB: bedaquiline 400 mg daily x 2 weeks then 200 mg three times a week, pretomanid 200 mg, linezolid 600 mg, moxifloxacin 400 mg, 26 weeks. ECG at baseline, 2, 12, 24 weeks (QTcF < 500).`),

  // --- Bangladesh (IN) -------------------------------------------------------------------------
  n("b16n-bd-icddrb", "IN", "voice: Bangladesh; institute, place, protocol; filed under IN",
    `icddr,b Dhaka Hospital cholera protocol: "Dhaka solution" IV for severe dehydration, 100 mL/kg over 3 h in adults, then ORS. Azithromycin 1 g single dose. Their cholera cot with a hole and a bucket is still the best output measure.`),
  n("b16n-bd-lab", "IN", "voice: Bangladesh medicine; lab panel; filed under IN",
    `Dengue day 5: Hct 48% (baseline 38%), platelet 28,000, AST 420, ALT 310, albumin 2.8. NS1 positive. Warning signs present. Crystalloid 5–7 mL/kg/h for 1–2 h then taper per WHO 2009.`),
  n("b16n-bd-roles", "IN", "voice: Bangladesh oncology; roles, ranges; filed under IN",
    `Many of our patients in their 60s are told to "go to India" for cancer care. Our team wrote a WhatsApp script for the eldest son/daughter explaining what is available at NICRH. Happy to share the Bangla version.`),

  // --- Sri Lanka (IN) --------------------------------------------------------------------------
  n("b16n-lk-russell", "IN", "voice: Sri Lanka toxicology; eponym Russell, public guideline, places; filed under IN",
    `Russell's viper envenoming: 20WBCT every 6 h, Indian polyvalent AVS 10 vials. The Anuradhapura cohort (Isbister, Maduwage) showed limited benefit for the neurotoxicity. SLMA guideline 2021 is the one we follow.`),
  n("b16n-lk-ckdu-region", "IN", "voice: Sri Lanka nephrology; region not patient's, WHO definition; filed under IN",
    `CKDu in the North Central Province: the WHO 2013 case definition excludes DM, HTN, snakebite and glomerulonephritis. Over 20,000 patients estimated. Studies from Medawachchiya point to agrochemicals + heat stress but nothing proven.`),
  n("b16n-lk-oleander", "IN", "voice: Sri Lanka; literature trial, doses; filed under IN",
    `Yellow oleander poisoning: the Eddleston trial in Lancet 2003 showed anti-digoxin Fab 1200 mg reversed dysrhythmias. Multiple-dose activated charcoal 50 g every 6 h — later RCT neutral. Temporary pacing threshold 1 mA.`),

  // --- Thailand (VN) ---------------------------------------------------------------------------
  n("b16n-th-siriraj", "VN", "voice: Thailand; hospital, scores, public line; filed under VN",
    `Siriraj stroke score < −1 = infarct, > +1 = haemorrhage, but CT available now in most provincial hospitals. Stroke fast track: call 1669 (national EMS). Door-to-needle target 45 min at our hospital.`),
  n("b16n-th-liver-fluke", "VN", "voice: Thailand; place not patient's, literature; filed under VN",
    `Opisthorchis viverrini + cholangiocarcinoma in the Northeast: the Khon Kaen CASCAP programme (since 2013) screens by ultrasound. Praziquantel 40 mg/kg single dose. Koi pla (raw fish salad) education is the real intervention.`),
  n("b16n-th-nicknames", "VN", "voice: Thailand; explains nicknames without naming anyone; filed under VN",
    `For foreign residents rotating with us: Thai patients often give a nickname (chue len) — a one-syllable word like a bird or fruit — and the registration uses the full name and 13-digit ID. Always verify with the wristband, not the nickname.`),

  // --- Ethiopia (ZA) ---------------------------------------------------------------------------
  n("b16n-et-podoconiosis", "ZA", "voice: Ethiopia dermatology; eponym-free literature, places; filed under ZA",
    `Podoconiosis in the highlands: Gail Davey's studies from Wolaita and Gojjam are the reference. Shoes, foot hygiene, bandaging. Mossy lesions — debridement under local. Not filariasis (no microfilaria, ICT negative).`),
  n("b16n-et-calendar", "ZA", "voice: Ethiopia; calendar explainer, no patient; filed under ZA",
    `Reminder for visiting residents: Ethiopian calendar is ~7–8 years behind; Meskerem 1 = New Year (Enkutatash), 11 or 12 September. Ages on cards are often in Ethiopian years — convert before using growth charts.`),
  n("b16n-et-tikur-anbessa", "ZA", "voice: Ethiopia; hospital, ward extension, hours; filed under ZA",
    `Tikur Anbessa paediatric oncology OPD runs Monday–Thursday 8:30–12:00; the ward extension is 2245. Referral letters must include CBC within 2 weeks.`),
  n("b16n-et-kala-azar", "ZA", "voice: Ethiopia ID; regimen with doses; filed under ZA",
    `VL in HIV coinfection (WHO 2022): liposomal AmB 5 mg/kg on days 1, 3, 5, 7, 9 and 11 (total 30 mg/kg) + miltefosine 100 mg/d x 28 d. Secondary prophylaxis with AmBisome 3 mg/kg every 3 weeks if CD4 < 200.`),

  // --- Peru (CO) -------------------------------------------------------------------------------
  n("b16n-pe-carrion", "CO", "voice: Peru; literature patient Daniel Alcides Carrión; filed under CO",
    `Daniel Alcides Carrión, medical student, inoculated himself in 1885 and died of Oroya fever, proving it and verruga peruana are the same disease (Bartonella bacilliformis). October 5 is Día de la Medicina Peruana in his honour. Chloramphenicol + beta-lactam still first line for the acute phase.`),
  n("b16n-pe-monge", "CO", "voice: Peru; eponym Monge, altitude, scores; filed under CO",
    `Chronic mountain sickness (Monge's disease): Qinghai score ≥ 6 with Hb ≥ 21 g/dL in men, ≥ 19 in women. Carlos Monge Medrano described it in 1925 in Cerro de Pasco miners. Acetazolamide 250 mg/d reduces Hct modestly.`),
  n("b16n-pe-minsa", "CO", "voice: Peru; public line, formulary codes, version; filed under CO",
    `MINSA Línea 113 option 5 for mental health. The PNUME 2023 list added dapagliflozin 10 mg. SIS tarifario code 99213 for consulta externa. Petitorio version 3.1.`),

  // --- Bolivia (AR) ----------------------------------------------------------------------------
  n("b16n-bo-romana", "AR", "voice: Bolivia cardiology; eponym Romaña, trial names; filed under AR",
    `Romaña sign (unilateral palpebral oedema) in acute Chagas — rare in adults now. BENEFIT trial (NEJM 2015): benznidazole did not reduce clinical outcomes in established cardiomyopathy. BENDITA explored shorter regimens. Cochabamba has the highest seroprevalence in our data.`),
  n("b16n-bo-altitude-labs", "AR", "voice: Bolivia (La Paz); altitude-adjusted reference ranges; filed under AR",
    `Reference ranges at 3,600 m: Hb men 15.5–19.5 g/dL, women 13.5–17.5; SpO2 normal 88–92%; PaCO2 28–32 mmHg. Don't transfuse based on sea-level thresholds in visitors coming up from Santa Cruz.`),
  n("b16n-bo-roles", "AR", "voice: Bolivia paediatrics; roles and ranges; filed under AR",
    `Infant between 6 and 9 months, exclusively breast-fed, the grandmother gives api and mate de coca. Weight-for-age −2.3 SD. The mother works in the market all day. Community health worker visits twice a week.`),

  // --- Greece (FR) -----------------------------------------------------------------------------
  n("b16n-gr-kounis", "FR", "voice: Greece cardiology; eponyms Kounis and Papanicolaou; filed under FR",
    `Kounis syndrome (allergic ACS, described by Nicholas Kounis in Patras, 1991) after a wasp sting: type I vasospastic. Avoid beta-blockers, epinephrine with caution. Papanicolaou would be proud of how many Greek eponyms we manage to fit in one morning report.`),
  n("b16n-gr-eopyy", "FR", "voice: Greece; insurer codes, ICD-10, e-prescription version; filed under FR",
    `EOPYY e-prescription needs ICD-10 E87.1 for hyponatraemia; tolvaptan approval form v2.3. Pharmacy hours 8:00–14:30 and 17:30–21:00 Tuesday/Thursday/Friday. Hospital switchboard 2310 892 000.`),

  // --- Romania (FR) ----------------------------------------------------------------------------
  n("b16n-ro-babes", "FR", "voice: Romania; historical scientists, institutes; filed under FR",
    `Victor Babeș (Babesia, Babeș-Ernst bodies) and George Emil Palade (Nobel 1974) — both on our faculty walls in Cluj. Ana Aslan's Gerovital is history, please stop patients buying it online.`),
  n("b16n-ro-cnas", "FR", "voice: Romania; CNAS programs, codes, doses; filed under FR",
    `CNAS national program code P6.1 for oncology drugs; apixaban is compensat 50% on list C1. Dose reduction to 2,5 mg bid if 2 of: age ≥ 80, weight ≤ 60 kg, creatinine ≥ 1,5 mg/dL.`),
  n("b16n-ro-roles", "FR", "voice: Romania surgery; roles, ranges; filed under FR",
    `Driver in his 20s after a crash, the father asked us to "lose" the alcohol sample. We refused, the legal medicine service handles it. The police officer took the sample with our nurse as witness.`),

  // --- Hungary (DE) ----------------------------------------------------------------------------
  n("b16n-hu-semmelweis", "DE", "voice: Hungary; Semmelweis, Szent-Györgyi, university; filed under DE",
    `Semmelweis Ignác (family name first, as we write it) showed chlorine handwashing cut puerperal fever in Vienna in 1847. Szent-Györgyi Albert isolated vitamin C in Szeged. Both names are now universities, not patients.`),
  n("b16n-hu-taj-explainer", "DE", "voice: Hungary; TAJ format described, no number; filed under DE",
    `TAJ szám = 9 digits with a check digit (weights 3 and 7), printed on the blue card. EESZT requires it for every e-prescription. The EESZT helpdesk is on the public number on their website, 0–24.`),

  // --- Czechia (DE) ----------------------------------------------------------------------------
  n("b16n-cz-jansky", "DE", "voice: Czechia; historical scientists; filed under DE",
    `Jan Janský classified blood into four groups in 1907 in Prague; Purkyně (Purkinje fibres) worked in Wrocław and Prague; Mendel in Brno. Czech eponyms beyond Pick's disease (Arnold Pick, Prague).`),
  n("b16n-cz-rc-explainer", "DE", "voice: Czechia; rodné číslo format described, no number; filed under DE",
    `Rodné číslo: yymmdd/xxxx, women have month +50, divisible by 11 since 1954. It is both the ID and the insurance number for VZP. Never put it in the subject line of an email.`),
  n("b16n-cz-pump-lot", "DE", "voice: Czechia diabetology; device model and lot, version; filed under DE",
    `Field safety notice for MiniMed 780G infusion sets, lot numbers starting with 5 from 2023; software 6.8 update fixes the SmartGuard exit loop. Our clinic hotline for pump users is the hospital number ext. 2468, weekdays 7–15.`),

  // --- US rural (US) ---------------------------------------------------------------------------
  n("b16n-us-poison", "US", "voice: US rural clinic; public lines, NDC code; filed under US",
    `Posting on the wall in our clinic: Poison Control 1-800-222-1222, 988 Suicide & Crisis Lifeline, KY QuitLine 1-800-QUIT-NOW. Naloxone 4 mg nasal, NDC 69547-353-02, free at the health department on Tuesdays 9–4.`),
  n("b16n-us-appalachia", "US", "voice: US rural; places not patient's, literature; filed under US",
    `Black lung is back in central Appalachia: NIOSH data show PMF rates in Kentucky, Virginia and West Virginia at 25-year highs. The Blackley 2018 JAMA paper is worth reading before your next miner's exam.`),
  n("b16n-us-roles", "US", "voice: US rural; roles, ranges; filed under US",
    `Hospice patient in his 80s, his granddaughter is the main caregiver and a nurse aide. Morphine 5 mg SL q2h PRN, lorazepam 0.5 mg q4h PRN, atropine drops 1% 2 drops SL q4h for secretions.`),

  // --- New Zealand (NZ) ------------------------------------------------------------------------
  n("b16n-nz-healthline", "NZ", "voice: NZ GP; public lines, ACC form number; filed under NZ",
    `Healthline 0800 611 116, 1737 for mental health (call or text). ACC45 for the injury claim, ACC18 for the medical certificate. PHARMAC funds empagliflozin under special authority since 2021.`),
  n("b16n-nz-dunedin", "NZ", "voice: NZ; cohort named after a city; filed under NZ",
    `The Dunedin Multidisciplinary Health and Development Study (born 1972–73) is still publishing; Moffitt and Caspi's work on childhood self-control is the one I quote to parents.`),
  n("b16n-nz-rhd", "NZ", "voice: NZ GP; rheumatic fever doses, ranges, roles; filed under NZ",
    `Rheumatic fever secondary prophylaxis: benzathine penicillin 1.2 MU IM every 28 days (900 mg), 600,000 U if < 30 kg. Lignocaine 0.5 mL of 2% in the syringe reduces pain. Whānau of a teenager in our practice asked for this.`),
];

export const batch16: Batch = { name: "batch-16", positives, negatives };
