/**
 * Batch 23: written blind to the scanner, aimed at the identifiers that are hardest in real posts -
 * names in forms nobody expects (surname first, ALL-CAPS surnames, lower-case chat, particles and
 * hyphens, names in quotes, "introduced herself as", nicknames, initials with an occupation, a
 * relative's first name alone, names inside file names and folder paths, names in native scripts,
 * table cells and "Patient:" lines); places smaller than a state in weak contexts ("daycare in X",
 * "(retired miner, X)", "daughter drives up from X", postcodes, villages, counties, rural routes,
 * PO boxes, barrios, wards); ages of 90 and over in many phrasings and languages; and dates without
 * a year or in compact forms. Every post is a hand-written literal; only check-digit numbers come
 * from the Rng. Writers without a corpus country code are filed under the nearest one and `note`
 * names the real setting. Negatives put the same kinds of words where they are not the patient's:
 * training and conference cities, diseases and criteria named after places, hospitals named after
 * people, eponyms, famous historical patients, trial names, public helplines, the posting
 * physician's own name, ages under 90, lab tables and guideline years.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Negative, type Template } from "./markup";

/** One hand-written positive for one country; `note` records the real setting or a labelling choice. */
const t = (key: string, c: Country, make: (x: Ctx) => string, note?: string): Template => ({
  key: `b23-${key}`,
  countries: [c],
  make: note === undefined ? make : (x: Ctx) => ({ text: make(x), note }),
});

/** One hand-written identifier-free negative. */
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key: `b23n-${key}`, country, text } : { key: `b23n-${key}`, country, text, note };

const positives: Template[] = [
  // --- United States ---------------------------------------------------------------------------
  t("us-banner-compact-dob", "US", () =>
    `Pasted the banner because the question is about the med list, not her:\n\nPatient: ${$.name("VILLANUEVA-OROZCO, MARISOL")}   DOB: ${$.date("19850611")}   Sex: F\nAllergies: PCN (hives)\n\nShe's on lamotrigine 200 bid and just got started on an estrogen-containing OCP by an outside gyn. Do I need to bump the lamotrigine or just switch her to a progestin-only pill?`),
  t("us-lower-kevin", "US", () =>
    `so our patient ${$.name("kevin")} (he asked the whole team to call him that, hates "mr. ${$.name("hollenbeck")}") is back for the 4th time this month with etoh withdrawal. ciwa 22 on arrival, phenobarb load worked great last time. anyone doing phenobarb-only protocols on the floor or still icu only?`),
  t("us-nh-hurricane", "US", () =>
    `The nursing home in ${$.addr("Hurricane")} (WV, not the storm lol) keeps sending him back with "altered mental status" that turns out to be a full bladder every time. 84M, BPH, refuses a foley. What's worked for you in getting SNFs to do a bladder scan before calling 911?`,
    "IM hospitalist, West Virginia; the small town where the patient lives is an address"),
  t("us-po-box-chinle", "US", () =>
    `IHS question. Mailing the Paxlovid follow-up letter to ${$.addr("PO Box 1187, Chinle, AZ 86503")} takes 10 days and she doesn't have a phone that works out past the wash. How do you all do follow-up for renally dosed meds when you genuinely cannot reach the patient for two weeks?`),
  t("us-file-name", "US", () =>
    `Can a neurorad take a look? The outside CD only had one usable file, ${$.oid("CT_HEAD_WO_RODRIGUEZ_THIAGO_0312.dcm")}, and it looks like a subacute SDH over the left convexity, maybe 7 mm. 71M on apixaban for AF. Our neurosurg wants a repeat in 6h, family wants transfer.`,
    "file name holding the patient's name is other_id"),
  t("us-initials-lineman", "US", () =>
    `Occ med pearl from this week. ${$.name("J.T.")}, a retired lineman from ${$.addr("Gallipolis")}, came in with "arthritis" in both hands. Turned out to be bilateral hand-arm vibration syndrome plus CTS. Anyone have a good handout for workers' comp on HAVS? OSHA's page is useless.`),
  t("us-daughter-ocala", "US", () =>
    `Hospice question. 88F, end-stage HFrEF, home with hospice. Her daughter drives up from ${$.addr("Ocala")} every weekend and each time she restarts the furosemide we stopped, then calls us when mom is orthostatic. How do you handle a relative who keeps overriding the plan when the patient herself can't weigh in?`),
  t("us-tran-garden-grove", "US", () =>
    `Mr. ${$.name("Tran Van Duc")} (he goes by ${$.name("Duc")}, family name first on every form he fills out, which confused registration into making two charts) moved down from ${$.addr("Garden Grove")} last year. HBV, e-antigen negative, DNA 3,400, ALT normal. Treat or monitor? He's 52.`),
  t("us-intro-deedee", "US", () =>
    `Long post, bear with me.\n\nShe introduced herself as "${$.name("Dee-Dee")}" and it took me three visits to realize the chart name was ${$.name("Delphine Arceneaux")}. 67F (retired shrimper's wife, ${$.addr("Chauvin")}), came in for "tiredness". Hgb 9.1, MCV 104, B12 low-normal, MMA up.\n\nI started IM B12 and she felt better within two weeks. My question is the neuropathy: stocking distribution, vibration gone at the toes. Will it come back, and how long do you keep giving injections before switching to oral?`),
  t("us-age-ninety-four", "US", () =>
    `Geri consult. Woman aged ${$.age("ninety-four")}, lives alone, still drives (!!). Daughter wants me to "take the keys". Trails B way over time, clock draw ok. In Ohio do physicians have any duty to report, or is it just a recommendation to the BMV?`),
  t("us-dates-compact", "US", () =>
    `Admitted ${$.date("02-09-23")} with necrotizing pancreatitis, drained ${$.date("Sept. 9")}, now has a walled-off collection again. GI wants to wait till 4 wks from the last drain. Reasonable or are we just delaying the inevitable?`),
  t("us-rural-route-county", "US", () =>
    `Peds ID. 6yo with fever, rash on palms and soles, lives on ${$.addr("Rural Route 2, Linn County")} next to a creek with lots of ticks. RMSF until proven otherwise? Doxy started. Mom worried about teeth staining, I told her the data.`,
    "Kansas"),

  t("us-daycare-hamtramck", "US", () =>
    `peds urgent care. 3yo w HFMD, mom says the daycare in ${$.addr("Hamtramck")} has "like 6 kids out" with the same thing. Now she has onychomadesis starting on two fingernails, 5 wks later. Reassurance only? Mom is convinced it's a fungus.`),
  t("us-zip-only", "US", () =>
    `Medicaid transport denied again because "member's ZIP ${$.addr("71457")} is outside the service area" - she's on home O2 and has no car. Anyone in LA know the appeal route for NEMT?`,
    "Louisiana; a ZIP code alone tied to the patient is an address"),
  t("us-march-52", "US", () =>
    `He can't remember his own DOB half the time but he always says he was born in ${$.date("March of '52")}, "same week the mine flooded". 73M, MoCA 17, lives alone in a trailer. APS or just home health? Daughter won't return calls.`),
  t("us-banner-osullivan", "US", () =>
    `EHR merged two charts: ${$.name("O'SULLIVAN, BRIDGET M")} and ${$.name("OSULLIVAN, BRIDGET")} (no apostrophe, registration typo). MRN ${$.mrn("30418876")} now shows a PCN allergy she doesn't have and an insulin order that's not hers. Who do you call first, HIM or pharmacy?`),

  // --- United Kingdom --------------------------------------------------------------------------
  t("uk-f95-hebden", "UK", () =>
    `F, ${$.age("95")}, care home in ${$.addr("Hebden Bridge")}, recurrent UTIs x5 this year, now ESBL E. coli, only sensitive to fosfomycin and nitrofurantoin. eGFR 41. Prophylaxis? Methenamine? Or accept it at this point.`),
  t("uk-son-tiago", "UK", () =>
    `GP in Norfolk. Portuguese-speaking lady, 63, new T2DM, HbA1c 94. Her son ${$.name("Tiago")} interprets, drives her in from ${$.addr("Thetford")} after his shifts at the chicken factory. He's asking whether she can fast for a religious festival on SGLT2. Sensible answer?`),
  t("uk-table-cell", "UK", (x) =>
    `Referral got bounced by the hub for "incomplete info". This is literally what I sent:\n\n| Field | Detail |\n|---|---|\n| Patient | ${$.name("NWACHUKWU, Adaeze")} |\n| NHS no. | ${$.plan(K.nhsNumber(x.r))} |\n| Reason | 2WW breast, 3cm mass L UOQ |\n\nWhat else do they want?`),
  t("uk-thursday-11-april", "UK", () =>
    `Had a man in clinic booked for ${$.date("Thursday 11 April")} for his biologic review, he DNA'd, and today he's in ED with a psoriatic flare covering 40% BSA. Anyone else's department doing DNA follow-up calls for biologics?`),
  t("uk-boston-lincs", "UK", () =>
    `Hungarian lady, ${$.name("Nagy Erzsébet")} on her passport (family name first, she says just call her ${$.name("Erzsi")}), works in the packhouses round ${$.addr("Boston, Lincolnshire")}. Recurrent cellulitis both legs, lymphoedema, BMI 41. Prophylactic pen V after 2 episodes or wait for 3?`),
  t("uk-folder-path", "UK", () =>
    `IG question. A locum saved the clinical photos to ${$.oid("S:\\Derm\\Clinical Photos\\2025\\OKONKWO_Chidi\\")} on the shared drive instead of the PACS upload. Everyone in the building can open S:. Do I have to report that as an incident or just move them?`,
    "folder path holding the patient's name is other_id"),
  t("uk-mcilwraith-lochgilphead", "UK", (x) =>
    `Rural GP, Argyll. Mrs ${$.name("McIlwraith")}, CHI ${$.plan(K.chiNumber(x.r, { d: 14, m: 6, y: 1946 }))}, from ${$.addr("Ardrishaig, PA30 8")}. New AF, CHA2DS2-VASc 4, falls twice a year. Our nearest anticoag clinic is in Lochgilphead. Warfarin or DOAC given the distance for monitoring?`),
  t("uk-aged-ninety-one-dates", "UK", () =>
    `M&M write-up (anonymised, I thought). Gentleman aged ${$.age("ninety-one")}, admitted on the ${$.date("7th of March")} with a fractured NOF, to theatre ${$.date("9/3")}, died ${$.date("14/3")} of HAP. Trust reviewer says the 48h delay was "within standard". Was it?`),
  t("uk-nickname-bones", "UK", () =>
    `Old miner from ${$.addr("Ashington")}, everyone in the village calls him "${$.name("Bones")}". IPF, FVC 58%, on nintedanib and the diarrhoea is wrecking him. Drop to 100 bd or switch to pirfenidone?`),

  t("uk-al-rubaie", "UK", () =>
    `Mr ${$.name("al-Rubaie")}'s daughter ${$.name("Zainab")} phoned again asking for his results to be sent to her. They live in ${$.addr("Sparkhill, B11")}. He's 77, has capacity, and said on the phone "tell her everything". Is a verbal consent documented in the notes enough, or do I need it in writing?`),
  t("uk-barrow-54m", "UK", () =>
    `${$.addr("Barrow-in-Furness")}, 54M, shipyard welder 30 yrs. Cough, weight loss, CT shows pleural plaques + a 3cm RUL mass. He's asking about compensation before we've even got histology. Which form do I point him to?`),
  // --- Ireland ---------------------------------------------------------------------------------
  t("ie-odowd-belmullet", "IE", () =>
    `${$.name("Peadar O'Dowd")}, 81, ${$.addr("Belmullet, F26")} - emphysema, on home O2 2L, smokes beside the concentrator 😱. Fire service will do a home visit. Do I have to tell them he smokes or is that a breach?`),
  t("ie-ni-fhlatharta", "IE", () =>
    `GP Connemara. ${$.name("Máire Ní Fhlatharta")} from ${$.addr("Carna")}, 79, Irish speaker, English is poor. New haemoptysis. The RAC in UHG wants a phone triage "in English or with an interpreter". Does anyone know if the HSE interpreting line does Irish?`),
  t("ie-retired-farmer", "IE", () =>
    `(retired farmer, ${$.addr("Ballinamore")}) 76M, farmer's lung history, now progressive fibrosis on HRCT. He still goes into the hay shed every day. Is there any point in antifibrotics if the exposure continues?`),
  t("ie-mossy", "IE", () =>
    `${$.name("Maurice Fitzgibbon")}, everyone calls him ${$.name("Mossy")}, lives at ${$.addr("Coolavokig, Ballyvourney, P12 XK73")} on his own. T2DM, foot ulcer, refuses the PHN because "they'll put me in a home". How do ye handle capacity for that kind of refusal?`),
  t("ie-96-in-june", "IE", (x) =>
    `Nursing home GP. She'll be ${$.age("96")} in ${$.date("June")}, on 11 meds. PPSN ${$.ssn(K.ppsn(x.r))} on the kardex. Which ones would you stop first? Statin, bisoprolol, alendronate (on it 9 yrs), PPI, mirtazapine, donepezil...`,
    "her birthday month is an element of her date of birth, so it is a date"),
  t("ie-daughter-abroad", "IE", () =>
    `her daughter ${$.name("Caoimhe")} rings from ${$.addr("Boston")} every night wanting updates, mam is ${$.age("93")}, with delirium on the ward. Data protection says I can't give updates by phone without consent. Mam lacks capacity. What do people actually do?`),

  // --- Canada ----------------------------------------------------------------------------------
  t("ca-qc-caps", "CA", () =>
    `Gériatrie, Bas-Saint-Laurent. Mme ${$.name("BOUCHARD-LÉVESQUE, Ginette")}, ${$.age("92 ans")}, de ${$.addr("Saint-Jean-Port-Joli, G0R 3G0")}. Délirium hypoactif, CAM positif. La famille demande l'arrêt de la quétiapine prescrite à l'urgence. Vous l'arrêtez d'emblée?`),
  t("ca-sandy-lake", "CA", () =>
    `Fly-in from ${$.addr("Sandy Lake First Nation")}, 14yo with 3rd ARF episode, severe MR. Cardiac surg in Winnipeg says wait. Family wants him home for ceremonies. Benzathine q3 weeks up there is a challenge, anyone with experience in NW Ontario?`),
  t("ca-glace-bay", "CA", () =>
    `Cape Breton. Mr. ${$.name("MacNeil")} (retired miner, ${$.addr("Glace Bay")}), PMF on CXR. Is he eligible for the federal black lung program if he worked in NS mines?`),
  t("ca-gurpreet-brampton", "CA", () =>
    `her son ${$.name("Gurpreet")} drives her from ${$.addr("Brampton")} every Tuesday for the INR. she's 81, Punjabi only. He asked if she could switch to a DOAC to save him the trips - mechanical mitral valve. Obviously no, but how do you explain it so it lands?`),
  t("ca-humboldt-97", "CA", () =>
    `${$.age("97 yo")} (retired grain farmer, ${$.addr("Humboldt")}) with aortic stenosis, AVA 0.7, syncope x2. TAVI team in Saskatoon says "frailty". Family is split. Wording for a goals-of-care chat that isn't "you're too old"?`,
    "Saskatchewan; the patient's home town is given only as an occupation aside"),
  t("ca-sept-9", "CA", () =>
    `peds ED Halifax - 4yo, Kawasaki-ish, fever since ${$.date("Sept 9")}, today day 8. echo pending. IVIG now or wait for echo?`),

  // --- Australia -------------------------------------------------------------------------------
  t("au-cabramatta", "AU", () =>
    `GP Fairfield. Mrs ${$.name("Nguyễn Thị Hoa")}, ${$.age("91")}, from ${$.addr("Cabramatta NSW 2166")}, daughter interprets. Hip fracture 6 wks ago, now back home, denosumab or zoledronic acid?`),
  t("au-greek-oakleigh", "AU", () =>
    `Referral letter header came through in Greek from a GP in ${$.addr("Oakleigh VIC 3166")}: "Ασθενής: ${$.name("Παναγιώτα Κωνσταντινίδου")}". Lady is 87, Parkinson's with falls. Anyone have a Greek-speaking movement disorders clinic in Melbourne?`),
  t("au-yuendumu", "AU", () =>
    `RAN here. Young fella from ${$.addr("Yuendumu")}, crusted scabies again, 3rd time this year. Whole household needs treating and he's the one the clinic always sees. Ivermectin schedule for crusted?`),
  t("au-toowoomba-nh", "AU", () =>
    `the nursing home in ${$.addr("Toowoomba")} is asking us to deprescribe for a lady of ${$.age("ninety-seven")} who is on 14 meds. Where do you even start`),
  t("au-mt-gambier", "AU", () =>
    `${$.age("92")}F, lives on her own in ${$.addr("Mt Gambier")}, NSTEMI. Our nearest cath lab is 5h away in Adelaide. RFDS will take her but she says "I'm not going to die in Adelaide". Conservative management it is?`),
  t("au-file-name", "AU", () =>
    `uploaded ${$.oid("discharge_summary_TAYLOR-WHITE_J_19-8.docx")} to the shared folder by mistake - anyone know how to delete a file from MyHealthRecord once it's uploaded?`,
    "file name holding the patient's name and discharge date is other_id"),
  t("au-date-2-aug", "AU", () =>
    `Farmer from out near ${$.addr("Wagga")}, brown snake bite ${$.date("Sat 2/8")} on his own property, got 1 vial. Now fever, arthralgia, urticarial rash 8 days out - serum sickness. Pred 1mg/kg, how long a course?`),

  // --- New Zealand -----------------------------------------------------------------------------
  t("nz-kaitaia", "NZ", () =>
    `GP Far North. ${$.name("Hēmi Te Awa-Parata")}, 46, from ${$.addr("Kaitaia 0410")}, gout flare x6 this year. Allopurinol 300 and urate still 0.48. Whānau want rongoā alongside. Any issue with kawakawa and allopurinol?`),
  t("nz-rd-waipukurau", "NZ", () =>
    `Mail to ${$.addr("RD 2, Waipukurau")} keeps getting returned. Elderly farmer, ${$.age("ninety-three")}, CKD 4, needs his ESA injection. Can the district nurse give it at the farm?`),
  t("nz-samoan-otara", "NZ", () =>
    `Peds Middlemore. ${$.name("Faʻamoe Tuilagi")} (mum), lives in ${$.addr("Ōtara")}, 4 kids, 3 with skin sores. Strep A throats in the household. Rheumatic fever prevention: treat the whole family?`),
  t("nz-tuesday-3-june", "NZ", () =>
    `his last dose of ceftriaxone was ${$.date("Tuesday 3 June")}, since then afebrile. 67M, endocarditis (strep), TOE clean. Switch to oral amoxicillin per POET for the rest?`),
  t("nz-nickname-wiremu", "NZ", (x) =>
    `"${$.name("Hoss")}" is what everyone calls him on the ward, real name ${$.name("Wiremu Hohaia")}, NHI ${$.plan(K.nzNhi(x.r))}. Alcohol hepatitis, Maddrey 48. Pred or no pred in 2025?`),

  // --- India -----------------------------------------------------------------------------------
  t("in-devanagari-palwal", "IN", () =>
    `Sir please guide. Pt ${$.name("Rampyari Devi")} (${$.name("रामप्यारी देवी")}), ${$.age("95 yrs")}, r/o ${$.addr("village Aurangabad, Palwal 121102")}. Hip fracture 3 wks old, bedbound, family not wanting surgery. Conservative mgmt plan pls?`),
  t("in-initial-first-tn", "IN", () =>
    `Tamil Nadu. ${$.name("R. Muthulakshmi")}, 68F, ${$.addr("Palayamkottai, Tirunelveli 627002")}. Recurrent hypoglycaemia on glimepiride 4mg + insulin. Son works in the Gulf, she lives alone. Switch to DPP4?`),
  t("in-alias-kunjumon", "IN", () =>
    `Mr. ${$.name("Thomas Kuriakose")} alias "${$.name("Kunjumon")}", from ${$.addr("Pala, Kottayam")}. Rubber tapper, 58M, snake bite, ptosis, no local signs. Which ASV protocol for neurotoxic in Kerala?`),
  t("in-compact-date", "IN", () =>
    `Pt admitted on ${$.date("2-9-23")} with dengue shock syndrome. Discharged ${$.date("09/09")}. Now back with post-dengue fatigue and low platelets. Any specific follow-up protocol?`),
  t("in-aged-93-chawl", "IN", () =>
    `Elderly lady, aged ${$.age("93")}, lives in ${$.addr("BDD chawl, Worli")}, 4th floor no lift. Severe AS, syncope. Family asking for TAVR. Cost issue. Suggestions?`),
  t("in-hyd-tolichowki", "IN", () =>
    `Hyderabad. 3yo from ${$.addr("Tolichowki")}, measles + pneumonia, unvaccinated. Father ${$.name("Syed Arshad")} says family elders don't believe in vaccines. Counselling approach?`),
  t("in-bin-uhid", "IN", () =>
    `UHID ${$.mrn("2411300472")} - ${$.name("Abdul Rahman bin Yusuf")}, 34M, from ${$.addr("Mappila Bay, Kannur")}. Scrub typhus with ARDS. Doxy + azithro, still spiking. Rifampicin add?`,
    "Kerala; the patient's name carries the Arabic patronymic particle bin"),

  // --- France ----------------------------------------------------------------------------------
  t("fr-caps-douarnenez", "FR", () =>
    `Avis pneumo svp. M. ${$.name("DUPONT-MORVAN Yannick")}, 71 ans, ${$.addr("Douarnenez (29100)")}, ancien marin-pêcheur, BPCO GOLD 3 avec 4 exacerbations l'an dernier dont 2 hospitalisées, éosinophiles 120. Azithromycine au long cours 250 mg x3/sem? ECG QTc 440, audiogramme déjà limite (il était sur le pont 40 ans). Vous faites l'audio avant ou vous lancez?`),
  t("fr-le-goff", "FR", () =>
    `Mme ${$.name("LE GOFF")}, de ${$.addr("Pont-l'Abbé")}, se présente comme "${$.name("Nénette")}" à tout le monde, même à nous. Démence mixte modérée, agitation vespérale qui épuise son mari. On a tout essayé en non-médicamenteux. Rispéridone 0,25 mg le soir, vous osez chez une patiente qui a fait un AIT en 2019?`),
  t("fr-quatre-vingt-seize", "FR", () =>
    `Garde de médecine générale, visite en EHPAD. Patiente de ${$.age("quatre-vingt-seize ans")}, pneumopathie d'inhalation probable, sat 91% en AA, pas de signes de choc. Famille ne veut pas d'hospitalisation, directives anticipées dans le dossier. Augmentin per os en EHPAD, c'est raisonnable ou vous passez d'emblée en ceftriaxone SC?`),
  t("fr-11-avril", "FR", () =>
    `Question ortho. Opérée le ${$.date("11 avril")} d'une PTH droite (tige non cimentée), depuis douleur de cuisse à la marche qui ne cède pas. Radio: liseré autour de la tige, descellement? CRP 18, VS 30. Ponction avant toute chose ou on attend la scinti?`),
  t("fr-nguyen-ivry", "FR", () =>
    `Consultation hépato. Mme ${$.name("NGUYEN Thi Lan")} (nom de famille d'abord, comme sur son passeport), ${$.addr("Ivry-sur-Seine 94200")}, 62 ans, hépatite B chronique AgHBe négatif, ADN 2 log, ALAT normales, Fibroscan 5,8 kPa. Sa soeur est décédée d'un CHC. Avec cet antécédent familial, vous traitez?`),
  t("fr-fille-clermont", "FR", () =>
    `Sa fille vient de ${$.addr("Clermont-Ferrand")} chaque week-end et elle insiste pour qu'on arrête le donépézil ("ça le rend agressif"). Patient de 84 ans, MMS 14, bradycarde à 52. Honnêtement elle a peut-être raison. Vous arrêtez d'un coup ou vous diminuez?`),
  t("fr-ehpad-saint-flour", "FR", () =>
    `L'EHPAD de ${$.addr("Saint-Flour")} refuse de reprendre Mme ${$.name("Chabrier")} après 10 jours d'hospit pour pneumopathie, motif "charge en soins trop lourde". Elle a ${$.age("98 ans")}, marchait avec un déambulateur avant. On est coincés en court séjour gériatrique. Quels recours?`),
  t("fr-arabic-name", "FR", () =>
    `Consultation avec interprète hier: la patiente a écrit son nom elle-même sur le questionnaire, ${$.name("بن علي فتيحة")}, et la secrétaire a créé un 2e dossier au nom de ${$.name("Fatiha Benali")} 🙄. 54 ans, DT2 sous insuline, veut faire le ramadan. Schéma basal seul à 70%?`),

  // --- Germany / Switzerland / Austria ----------------------------------------------------------
  t("de-96-lebensjahr", "DE", () =>
    `Hausärztliche Frage: Patientin im ${$.age("96. Lebensjahr")}, Pflegeheim, Pneumonie (CRB-65 = 2). Angehörige und Patientenverfügung: keine Klinikeinweisung. Orale Antibiose im Heim mit Amoxicillin/Clavulansäure vertretbar, oder i.m. Ceftriaxon?`),
  t("de-von-der-heyde", "DE", () =>
    `Frau ${$.name("von der Heyde-Brandt")} aus dem Pflegeheim in ${$.addr("Bad Salzuflen")}, 89 J., hyperaktives Delir nach Harnwegsinfekt, schlägt nach den Pflegekräften. Haloperidol 0,5 mg oder Quetiapin 12,5? Parkinson ist nicht bekannt.`),
  t("de-yilmaz-marxloh", "DE", () =>
    `Herr ${$.name("Yılmaz")} aus ${$.addr("Duisburg-Marxloh")}, sein Sohn ${$.name("Emre")} dolmetscht immer. KHK, Z.n. Stent 2022, raucht weiter 30/Tag, jetzt auch depressiv (PHQ-9 16). Vareniclin trotz Depression? Die alten Warnhinweise sind ja raus.`),
  t("de-cyrillic", "DE", () =>
    `Spätaussiedlerin, Name im Brief auf Kyrillisch ${$.name("Ольга Шмидт")}, bei uns im System ${$.name("Olga Schmidt")}, 78 J., lebt in ${$.addr("Lahr")}. Spricht nur Russisch. HFrEF, EF 30%, NYHA III, RR 105/60. Sacubitril/Valsartan in niedrigster Dosis oder erst SGLT2?`),
  t("de-date-19-3", "DE", () =>
    `Aufnahme am ${$.date("19.3.")} mit Vorderwand-STEMI, PCI RIVA. Jetzt 3 Wochen später Fieber, Pleuraerguss, Perikarderguss 8 mm, CRP 89. Dressler? Colchicin + ASS hochdosiert trotz DAPT?`),
  t("ch-zermatt", "DE", () =>
    `Bergführer aus ${$.addr("3920 Zermatt")}, 52 J., zweimal HAPE am Aconcagua. Will nächsten Frühling auf den Manaslu. Nifedipin retard prophylaktisch plus langsamer Aufstieg, oder lieber Tadalafil?`,
    "Switzerland (the writer's canton is not given; the patient's village is)"),
  t("at-mittersill", "DE", () =>
    `Landwirt aus ${$.addr("Mittersill")}, 67 J., Zeckenstich vor 10 Tagen, jetzt Erythema migrans 8 cm am Oberschenkel. FSME geimpft. Doxycyclin 14 Tage reicht oder 21?`,
    "Austria (Pinzgau)"),
  t("de-ruf-name", "DE", (x) =>
    `Im Heim heißt sie nur "Oma ${$.name("Lotti")}", offiziell ${$.name("Charlotte Wiegand-Oelschläger")}, KVNR ${$.plan(K.kvnr(x.r))}, ${$.age("neunundneunzig")}. Die Enkelin ${$.name("Jana")} ist Betreuerin und will die Statine absetzen lassen. Zu Recht?`),

  // --- Spain -----------------------------------------------------------------------------------
  t("es-nonagenaria", "ES", () =>
    `Nonagenaria de ${$.age("92 años")}, vive sola en ${$.addr("Villanueva de la Serena")}, fractura pertrocantérea. Traumatología dice que es candidata, la familia no quiere cirugía "para que no sufra". Yo creo que con tratamiento conservador el dolor va a ser peor. ¿Cómo lo habéis planteado vosotros?`),
  t("es-de-la-fuente", "ES", () =>
    `Reumatología. Paciente ${$.name("María del Carmen de la Fuente Ortiz")}, 73 años, ${$.addr("Calle del Nuncio 9, 28005 Madrid")}. AR seropositiva con MTX 20 mg + leflunomida 20, GPT 3x el límite en dos controles. ¿Quitáis la leflunomida primero o bajáis el MTX?`),
  t("es-ojos-negros", "ES", () =>
    `El hijo, ${$.name("Álvaro")}, viene desde ${$.addr("Ojos Negros")} cada semana para las consultas. Su padre tiene ELA bulbar, FVC 52%, pierde peso. Quiere PEG ya. ¿Con FVC >50% lo indicáis o esperáis a que baje?`),
  t("es-galician-village", "ES", () =>
    `Médico de familia en Lugo. O señor vive nunha aldea, ${$.addr("Vilamor, Folgoso do Courel")}, a 1h del centro de salud. EPOC con O2 domiciliario, el concentrador se queda sin luz cada vez que hay temporal. ¿Alguien ha conseguido bombonas de reserva por el SERGAS?`),

  // --- Mexico ----------------------------------------------------------------------------------
  t("mx-dona-chayo", "MX", () =>
    `Todos en la clínica le dicen doña ${$.name("Chayo")}, vive en la ${$.addr("Colonia Santo Domingo, Coyoacán")}, 81 años. Diabética de 30 años, pie diabético Wagner 3 con osteomielitis del primer metatarsiano. Cirugía vascular dice amputación transmetatarsiana. ¿Alguien ha salvado pies así con antibiótico prolongado?`),
  t("mx-noventa", "MX", () =>
    `Guardia de medicina interna. Señor de ${$.age("noventa y tres años")}, originario de ${$.addr("Tlacotalpan")}, neumonía multilobar, PaFi 140. Los hijos quieren "todo". Él antes dijo que no quería tubos. ¿Cómo manejan ustedes cuando no hay voluntad anticipada por escrito?`),
  t("mx-file", "MX", () =>
    `Me llegó por WhatsApp el archivo ${$.oid("ECO_HIGADO_RAMIREZ_LUZ_MARIA.jpg")} de un particular: esteatosis grado 2, bazo normal. 45 años, ALT 88. ¿Seguimiento con FIB-4 o elastografía directo?`,
    "file name holding the patient's name is other_id"),

  // --- Argentina -------------------------------------------------------------------------------
  t("ar-el-tano", "AR", () =>
    `Don ${$.name("Ernesto")} ("el ${$.name("Tano")}" para todo el barrio) vive en ${$.addr("Villa Soldati")} y tiene ${$.age("97 pirulos")}, como dice él. IC descompensada, 5 kg arriba, no se quiere internar. ¿Furosemida SC en domicilio alguien la usa acá?`),
  t("ar-villa-gesell", "AR", () =>
    `Paciente de ${$.addr("Villa Gesell")}, 72 años, ACV isquémico, NIHSS 16, 3h de evolución. Acá no hay trombectomía, derivar a Mar del Plata son 1h40 en ambulancia. ¿Trombolizamos y derivamos o derivamos directo?`),
  t("ar-fecha", "AR", () =>
    `Internada el ${$.date("7 de marzo")} por neumonía por influenza, alta el ${$.date("14/3")}. Nunca se vacunó contra neumococo. ¿La vacunamos ahora o esperamos 4 semanas?`),

  // --- Colombia --------------------------------------------------------------------------------
  t("co-vereda", "CO", () =>
    `Rural en Risaralda. Paciente de la ${$.addr("vereda La Esperanza, Guática")}, 45 años, mordedura de mapaná (Bothrops) en el pie hace 5h, edema hasta la rodilla, sangra por encías. Suero antiofídico polivalente del INS, ¿cuántos viales de inicio, 6 o 10?`),
  t("co-ninety", "CO", () =>
    `La abuela tiene ${$.age("90 años")}, vive en ${$.addr("Santa Fe de Antioquia")}, caída desde su altura, fractura distal de radio desplazada. Ortopedia ofrece cirugía. Independiente para todo. ¿Yeso y ya?`),
  t("co-fecha", "CO", () =>
    `Ingresó el ${$.date("9 de septiembre")} por dengue grave con choque, 3 días en UCI. Ya sale mañana. ¿Control de plaquetas a las 48h o no hace falta?`),

  // --- Chile -----------------------------------------------------------------------------------
  t("cl-la-victoria", "CL", () =>
    `APS Santiago. Paciente de la ${$.addr("población La Victoria, Pedro Aguirre Cerda")}, 68 años, EPOC severo, PaO2 52. ¿El oxígeno domiciliario entra por GES o por el programa AVNI?`),
  t("cl-lota", "CL", () =>
    `Ex minero del carbón, de ${$.addr("Lota")}, 79 años, neumoconiosis con fibrosis masiva. Quiere tramitar pensión de invalidez por enfermedad profesional. ¿Qué informe pide la mutual?`),
  t("cl-rut", "CL", (x) =>
    `El RUT ${$.ssn(K.rut(x.r))} no aparece en FONASA y la señora tiene ${$.age("94 años")}, necesita GES de cataratas. ¿Qué hago?`),

  // --- Brazil ----------------------------------------------------------------------------------
  t("br-dona-sebastiana", "BR", () =>
    `Dona ${$.name("Sebastiana")}, ${$.age("98 anos")}, mora no ${$.addr("Capão Redondo")} com a neta. ICC FE 25%, 3 internações em 2 meses. Família quer levar pra casa e não voltar mais. Alguém com experiência de paliativo domiciliar pelo SUS?`),
  t("br-seu-ze", "BR", () =>
    `Seu ${$.name("Zé")}, como todo mundo chama (no prontuário é ${$.name("José Inácio Farias")}), de ${$.addr("Campina Grande, CEP 58400-000")}, 76 anos, doença de Chagas com BAVT intermitente. Marcapasso definitivo ou CDI direto? FE 38%.`),
  t("br-dia-7-3", "BR", () =>
    `Internado dia ${$.date("7/3")} com pielonefrite por Klebsiella ESBL, alta dia ${$.date("14")} com ertapenem. Agora 3ª ITU em 6 meses. Profilaxia com nitrofurantoína ou fosfomicina semanal?`),
  t("br-cpf-pai", "BR", (x) =>
    `Plano negou o home care do meu pai, ${$.age("91 anos")}, pós-AVC. O advogado pediu relatório com CPF ${$.ssn(K.cpf(x.r))} e CID. Alguém tem modelo de relatório que funcionou?`),
  t("br-japones", "BR", () =>
    `Sr. ${$.name("Takeshi Nakamura")} (${$.name("中村武")} no documento antigo), nissei, mora na ${$.addr("Liberdade")}, 84 anos, DA moderada. A filha ${$.name("Yuki")} pergunta se vale trocar donepezila por memantina. CDR 2.`),

  // --- Nigeria ---------------------------------------------------------------------------------
  t("ng-chidubem", "NG", () =>
    `her son ${$.name("Chidubem")} brings her from ${$.addr("Nnewi")} for dialysis twice a week, 3h each way on bad road. CKD 5, 58F, diabetic. Family is running out of money. Anybody running a home PD programme in the South-East?`),
  t("ng-alhaji", "NG", () =>
    `Alhaji ${$.name("Musa Danjuma")}, ${$.age("92")}, from ${$.addr("Unguwar Rimi, Kaduna")}, dense left MCA stroke, not swallowing. Family refuses NG tube - "if Allah wills he will eat". How do you counsel?`),
  t("ng-baba-oja-oba", "NG", () =>
    `Baba ${$.name("Alaro")} (that's what the whole compound calls him) from ${$.addr("Oja-Oba, Ilorin")}, 78M, prostate ca with bone mets, pain 9/10 on tramadol. Morphine is never in stock in our pharmacy. Anyone has a reliable supplier?`),
  t("ng-date-compact", "NG", () =>
    `Admitted ${$.date("19/06")}, discharged ${$.date("23/06")}, severe malaria + AKI (creat peaked 4.1). Came back today creat 1.6. Repeat when?`),
  t("ng-hausa-script", "NG", () =>
    `Mother's name written on the card in ajami: ${$.name("حَفْصَة")}, the clerk wrote ${$.name("Hafsat Ibrahim")} 🙄. Baby 6 weeks, PCR positive, from ${$.addr("Gwale, Kano")}. Start ART today?`,
    "Kano; Hausa name in Arabic script (ajami) and its romanised form"),

  // --- South Africa ----------------------------------------------------------------------------
  t("za-gogo", "ZA", () =>
    `Gogo ${$.name("Nomsa")} as everyone calls her, from ${$.addr("Mthatha")}, ${$.age("94")}. HTN, T2DM. Grandchildren want to move her to ${$.addr("Soshanguve")} where they live. How do I transfer her chronic meds between provinces?`),
  t("za-van-der-merwe", "ZA", () =>
    `Mrs ${$.name("van der Merwe")}, farmer's wife from ${$.addr("Kuruman")}, 67F, ER+ breast ca post-mastectomy. Nearest oncology is Kimberley, 300 km. Oral capecitabine with phone follow-up?`),
  t("za-tembisa", "ZA", () =>
    `Peds Tembisa Hospital. 2yo from ${$.addr("Tembisa 1632")}, kwashiorkor. Mom ${$.name("Lerato")} unemployed, SASSA grant not coming. Social worker referral?`),

  // --- China -----------------------------------------------------------------------------------
  t("cn-wang-jianguo", "CN", () =>
    `老年科会诊求助. 病人 ${$.name("王建国")} (${$.name("WANG Jianguo")} on the transfer letter), ${$.age("93岁")}, 来自${$.addr("湖南省浏阳市")}, 吸入性肺炎第三次, 白蛋白 26. 家属要求保守治疗, 不插管. Do you still put in a PEG at this point or comfort feeding only?`),
  t("cn-date", "CN", () =>
    `STEMI 病人 ${$.date("3月7日")}入院, 前壁, PCI 到 LAD, EF 35%. 出院带药 ARNI + SGLT2 + 倍他乐克 + DAPT, 血压只有 95/60. Which one do you drop first?`),
  t("cn-county", "CN", () =>
    `Rural doc in ${$.addr("云南省西双版纳州勐腊县")}. 62M rubber farmer, crosses to Laos for work, P. falciparum 3% parasitaemia, creatinine 280. Artesunate IV we have. Any need for exchange transfusion at that level?`),
  t("cn-lower-pinyin", "CN", () =>
    `quick q from a GP in Shenzhen — pt registered as "${$.name("chen xiaoli")}" (all lower case, the kiosk does that), 34F, from ${$.addr("广东省梅州市兴宁市")}, TSH 0.01, TRAb high, 8 wks pregnant. PTU now and switch to MMI in T2?`),

  // --- Japan -----------------------------------------------------------------------------------
  t("jp-suzuki", "JP", () =>
    `Home-visit doctor in Hokkaido. ${$.name("SUZUKI Kazuo")}さん, ${$.age("95歳")}, ${$.addr("北海道上川郡美瑛町")}の農家, 誤嚥性肺炎で3回目. 家族は延命希望なし, 本人も「病院には行かない」. 在宅で CTRX 1g qd, how long do you go before calling it?`),
  t("jp-tamura", "JP", () =>
    `整形 consult: ${$.name("田村 ミツ")}さん ${$.age("98歳")}, 老健入所中, 大腿骨転子部骨折. 施設長は「手術しないと寝たきり」, 長男は反対. Would your hospitals operate at that age?`),
  t("jp-date", "JP", () =>
    `${$.date("4月11日")}入院の脳梗塞 (左MCA), rt-PA後 NIHSS 14→8. 回復期リハ病院 waiting list 6 weeks. Anyone know a 回復期 that takes aphasia patients faster?`),
  t("jp-nickname-chan", "JP", () =>
    `Peds ward, 5yo boy, everyone (nurses too) calls him "${$.name("Haru-chan")}", from ${$.addr("沖縄県宮古島市")}. Recurrent HSP nephritis, proteinuria 1.2 g/day. Steroid pulse or ACEi alone first?`),

  // --- Korea -----------------------------------------------------------------------------------
  t("kr-park", "KR", () =>
    `Family medicine, Gangwon. ${$.name("PARK Soon-ja")} (${$.name("박순자")}) 할머니, ${$.age("96세")}, ${$.addr("강원도 정선군 고한읍")} 사심. 폐렴 재발, 가족은 DNR 원함, but the eldest son wants transfer to a tertiary hospital. How do you handle split families here?`),
  t("kr-rrn", "KR", (x) =>
    `Billing headache: 주민번호 ${$.ssn(K.krRrn(x.r, { d: 11, m: 6, y: 1985 }, true))} was typed with the wrong gender digit at registration and now the 건강보험 claim for her prenatal US is rejected. Anyone know how to fix it without re-registering?`),
  t("kr-date", "KR", () =>
    `${$.date("9월 9일")} 입원한 급성 췌장염 (alcohol), day 10 now, CT 상 ANC 4 cm. 경구 식이 started. Discharge with follow-up CT in 4 weeks or keep?`),
  t("kr-caps-kim", "KR", () =>
    `Referral from Busan came in as "${$.name("KIM, MIN-JUN")}" in one system and "${$.name("김민준")}" in the other, so we had two charts. 41M, IgA nephropathy, UPCR 1.8. Anyone using sparsentan yet in Korea?`),

  // --- Vietnam ---------------------------------------------------------------------------------
  t("vn-nguyen", "VN", () =>
    `Bác sĩ tuyến huyện hỏi: BN ${$.name("NGUYỄN Văn Hùng")}, 67 tuổi, ở ${$.addr("xã Tân Phú, huyện Đồng Phú, Bình Phước")}, làm rẫy cao su, sốt rét ác tính P. falciparum, creatinin 310. Artesunate IV có sẵn. Chuyển lên Chợ Rẫy hay điều trị tại chỗ?`),
  t("vn-ba-cu", "VN", () =>
    `Bà cụ ${$.age("94 tuổi")}, sống với con gái ở ${$.addr("phường 12, quận 10")}, viêm phổi hít lần 2. Gia đình không muốn nhập viện, muốn truyền kháng sinh tại nhà. Có bác sĩ nào làm dịch vụ này ở Sài Gòn?`),
  t("vn-date", "VN", () =>
    `Cháu bé 7 tuổi nhập viện ngày ${$.date("9/9")}, sốt xuất huyết Dengue nặng, sốc ngày 4. Giờ tiểu cầu 60k, hết sốt 48h. Cho ra viện được chưa anh chị?`),
  t("vn-diaspora-english", "VN", () =>
    `English is not my first language sorry. Patient ${$.name("TRẦN Thị Mai")} (she write name family first), ${$.age("ninety-one years")}, her grandson ${$.name("Khoa")} bring her from ${$.addr("Biên Hòa")} for dialysis 3 times a week. She want stop. Can family decide in Vietnam law?`),
  t("my-binti", "VN", () =>
    `Klinik kesihatan Terengganu. ${$.name("Siti Aishah binti Abdullah")}, 29, G3P2, from ${$.addr("Kampung Raja, Besut")}, GDM on insulin, HbA1c 8.4. Husband works offshore. Any tips to get her to the 32 week scan in KT?`,
    "Malaysia (Terengganu); the name carries binti"),
];

const negatives: Negative[] = [
  // --- places that are not the patient's, diseases and criteria named after places ---------------
  n("us-boston-criteria", "US", `Boston criteria v2.0 for CAA - is anyone actually using them to decide on anticoagulation? Probable CAA with 4 lobar microbleeds and cortical superficial siderosis, 78M with AF, CHA2DS2-VASc 5. Neuro says LAAO, cards says apixaban.`),
  n("us-west-nile", "US", `West Nile neuroinvasive season is starting early in Colorado this year per the state alert. Anything beyond supportive care worth trying? The IVIG data always looked thin to me.`),
  n("us-trained-baltimore", "US", `I trained in Baltimore and we ran DKA on the Hopkins two-bag system. Now I'm in Albuquerque and they still titrate single-bag with hourly BMPs. Any real data that two-bag closes the gap faster?`),
  n("us-rmsf-texas", "US", `Teaching point from our ID conference in Dallas last week: Rocky Mountain spotted fever is more common in Arkansas and Oklahoma than in the Rockies. Don't wait for the rash before starting doxy.`),
  n("uk-lyme-new-forest", "UK", `Lyme is endemic round the New Forest and the Highlands. NICE NG95 says treat EM clinically, no serology. Still seeing colleagues send serology at day 3 and reassure when it's negative.`),
  n("uk-trained-leeds", "UK", `Did my F1 in Leeds and my GPST in Truro - the difference in access to community IV antibiotics is wild. Do any Cornwall colleagues still have the OPAT nurses?`),
  n("ie-congress-killarney", "IE", `ICGP AGM in Killarney 16-18 May, early bird closes Friday. Anyone presenting the antibiotic stewardship audit from the North West?`),
  n("ca-ottawa-rules", "CA", `ottawa ankle rules negative, parents still insisting on an x-ray "just to be sure". how do you all say no nicely at 3 am?`),
  n("ca-trained-mcgill", "CA", `Did residency at McGill, now practising in Kelowna. Billing codes for a complex geriatric assessment in BC vs the RAMQ equivalents? The MSP guide is impenetrable.`),
  n("au-ross-river", "AU", `Ross River virus numbers up around Perth and the South West this summer per WA Health. Arthralgia lasting months in a few of ours. Anyone using prednisolone or is it NSAIDs and time?`),
  n("au-murray-valley", "AU", `Murray Valley encephalitis vs Kunjin on the arbovirus panel - PathWest turnaround is 10 days from Kununurra. Do you treat empirically for HSV while waiting? Of course, but what else?`),
  n("nz-hendra", "NZ", `Vet students going to Queensland on placement asked about Hendra. No human vaccine, horse vaccine only. Anything we should tell them beyond PPE?`),
  n("in-kyasanur", "IN", `Kyasanur Forest disease cases reported from Shivamogga district again (KFD, monkey fever). Any clinician here has seen the haemorrhagic phase? Vaccine supply seems patchy.`),
  n("fr-trained-paris", "FR", `J'ai fait mon internat à Paris, je suis maintenant à Lyon et les protocoles AVC sont très différents (thrombolyse jusqu'à 4h30 partout mais l'accès à la thrombectomie...). Qui a un protocole ténectéplase à partager?`),
  n("de-marburg", "DE", `Marburg-Virus-Fälle in Ruanda 2024, jetzt Rückkehrer-Screening. Gibt es eine aktuelle RKI-Empfehlung für Fieber nach Rückkehr aus Ostafrika?`),
  n("es-congreso", "ES", `Congreso SEMI en Palma, 20-22 de noviembre. ¿Alguien presenta casos clínicos de medicina interna rural? Busco compañeros para compartir piso.`),
  n("ar-chagas", "AR", `Chagas en el Gran Chaco: ¿benznidazol en mayores de 50 sin cardiopatía? La guía 2018 dice individualizar, y eso no me ayuda mucho.`),
  n("br-febre-oropouche", "BR", `Febre Oropouche se espalhando do Amazonas para o litoral. Alguém já viu caso com transmissão vertical? Boletim epidemiológico saiu ontem.`),
  n("ng-lassa", "NG", `Lassa fever cases up in Ondo and Edo per NCDC situation report week 6. Ribavirin stock in the South-West is low - who has supply for a state hospital?`),

  // --- hospitals named after people, eponyms ----------------------------------------------------
  n("us-johns-hopkins", "US", `Anyone have a contact in the Johns Hopkins Hospital transplant ID team? Our fellow wants to rotate there for the Strongyloides screening protocol.`),
  n("uk-john-radcliffe", "UK", `John Radcliffe ED at OPEL 4 tonight, Horton diverting. Any beds at Stoke Mandeville for GP admits or is everyone going to Milton Keynes?`),
  n("ie-mater", "IE", `Mater Misericordiae and Beaumont both on trolley watch over 40 this morning. Anyone know if St Vincent's is taking GP direct admits?`),
  n("au-sir-charles", "AU", `Sir Charles Gairdner has a long wait for EBUS. Is Fiona Stanley quicker for lung nodule work-up these days?`),
  n("in-ram-manohar", "IN", `Dr. Ram Manohar Lohia Hospital and Safdarjung both refusing dengue admissions due to bed shortage. Is Lady Hardinge taking adults?`),
  n("fr-necker", "FR", `Hôpital Necker-Enfants malades, service de néphro pédiatrique - quelqu'un a une ligne directe pour avis sur un syndrome néphrotique cortico-résistant?`),
  n("de-behring", "DE", `Helios Klinikum Emil von Behring, Lungenklinik Heckeshorn: Wartezeit für eine EBUS aktuell 3 Wochen. Charité schneller?`),
  n("mx-juarez", "MX", `El Hospital Juárez y el Hospital General Dr. Manuel Gea González ya no reciben traslados de trauma de la periferia. ¿A dónde están mandando ustedes?`),
  n("ar-garrahan", "AR", `Garrahan y el Hospital Fernández con demora de 3 semanas para RMN. ¿Algún privado que acepte PAMI rápido?`),
  n("co-pablo-tobon", "CO", `El Pablo Tobón Uribe abrió convocatoria para fellowship de hepatología. ¿Alguien sabe si piden examen o solo entrevista?`),
  n("br-einstein", "BR", `Hospital Israelita Albert Einstein e Sírio-Libanês com UTI lotada. Alguém sabe se o Oswaldo Cruz está aceitando transferência de convênio?`),
  n("za-rahima-moosa", "ZA", `Rahima Moosa and Charlotte Maxeke neonatal units both full tonight. Is Helen Joseph taking term babies for cooling?`),
  n("kr-severance", "KR", `세브란스병원 감염내과 consult 대기 2주. Asan is faster? 결핵 MDR 의심 환자 referral 어디로 하세요?`),
  n("vn-nguyen-tri-phuong", "VN", `Bệnh viện Nguyễn Tri Phương và Chợ Rẫy đều quá tải khoa hồi sức. Có ai biết bệnh viện Thống Nhất còn nhận chuyển viện không?`),
  n("de-eponyms", "DE", `Lehrvisite heute: Virchow-Trias, Courvoisier-Zeichen, Trousseau-Syndrom und Kussmaul-Atmung in einem Fall. Die Studierenden waren begeistert.`),

  // --- famous historical patients, trial names ---------------------------------------------------
  n("us-henrietta-lacks", "US", `Henrietta Lacks' story is required reading for our residents before the research ethics block. HeLa cells still in every lab. Good companion readings on consent?`),
  n("us-typhoid-mary", "US", `Typhoid Mary (Mary Mallon) as a case study for the public health ethics seminar - anyone have a good paper on asymptomatic carriers and quarantine law?`),
  n("uk-charlie-gard", "UK", `Teaching session on best interests: Charlie Gard and Alfie Evans vs the Bland case. Any good summaries for FY doctors that aren't 40 pages?`),
  n("fr-vincent-lambert", "FR", `Cours d'éthique: l'affaire Vincent Lambert et la loi Claeys-Leonetti de 2016. Quelqu'un a un bon support pour les externes?`),
  n("es-sampedro", "ES", `Sesión de bioética: Ramón Sampedro, la película y la ley de eutanasia de 2021. ¿Algún material para residentes?`),
  n("in-aruna-shanbaug", "IN", `Journal club next week on passive euthanasia in India: Aruna Shanbaug (2011) and the Common Cause judgment (2018). Volunteers to present?`),
  n("us-trials", "US", `ARISTOTLE vs RE-LY vs ENGAGE AF: which DOAC for an 82-year-old with CrCl 35 and a prior GI bleed? I keep going back and forth.`),
  n("uk-recovery", "UK", `RECOVERY showed dexamethasone 6mg for hypoxic COVID. Anyone still giving it for non-hypoxic? Our ED does and I can't work out why.`),

  // --- public helplines, the posting physician's own details --------------------------------------
  n("us-988", "US", `Reminder: 988 Suicide & Crisis Lifeline, call or text, and the Veterans Crisis Line is 988 then press 1. Put both on every discharge AVS for self-harm.`),
  n("uk-samaritans", "UK", `Samaritans 116 123 free 24/7, Shout text 85258. Worth adding to the practice website banner for December.`),
  n("au-lifeline", "AU", `Lifeline 13 11 14, Beyond Blue 1300 22 4636, 13YARN 13 92 76 for Aboriginal and Torres Strait Islander people. Print these for the waiting room.`),
  n("za-sadag", "ZA", `SADAG suicide crisis line 0800 567 567, free from any phone. Put it on every discharge from casualty.`),
  n("fr-3114", "FR", `Numéro national de prévention du suicide: 3114, 24h/24. SAMU 15. À mettre sur toutes les ordonnances de sortie des urgences psy.`),
  n("ng-own-signature", "NG", `Happy to share our sickle cell hydroxyurea protocol with anyone who needs it. Dr. Ngozi Ibekwe, Consultant Haematologist, UNTH Enugu. Email me through the forum DM, not my hospital mail.`),
  n("us-dr-self", "US", `Dr. Rebecca Sandoval here, family med in Tucson. Starting a virtual journal club on deprescribing, first Tuesday of each month at 7 pm MST. Reply if you want the Zoom link.`),

  // --- ages under 90, populations, lab tables, guideline years ------------------------------------
  n("us-age-89", "US", `89yo with new AF, CHA2DS2-VASc 5, weight 54 kg, Cr 1.4. Apixaban 2.5 or 5 bid? Two of the three criteria is borderline.`),
  n("uk-eighty-nine", "UK", `Lady of eighty-nine with a fractured neck of femur on a DOAC. Anaesthetist wants to wait 48h. Ortho wants to go tomorrow. Who's right?`),
  n("fr-89-ans", "FR", `Patiente de 89 ans, FA permanente, chutes répétées. Vous maintenez l'anticoagulation? Les données sont rassurantes mais la famille a peur.`),
  n("us-nonagenarians", "US", `Population question: our health system now has more than 4,000 nonagenarians on panel. Anyone have a proactive geriatric screening workflow for over-90s that isn't a burden on clinic?`),
  n("us-lab-table", "US", `BMP: Na 132, K 5.1, Cl 98, HCO3 18, BUN 45, Cr 2.3, Glu 289. AG 16, beta-hydroxybutyrate 2.1. Euglycemic-ish DKA on empagliflozin or just starvation?`),
  n("in-lab-table", "IN", `CBC this morning: Hb 7.8, TLC 2100, Plt 42k. Peripheral smear: macrocytes, hypersegmented neutrophils. B12 98 pg/mL. Pancytopenia from B12 alone possible?`),
  n("uk-nice-2019", "UK", `NICE NG136 (2019) hypertension: clinic target below 140/90 under 80, below 150/90 at 80 and over. Are you using ABPM for everyone over 80?`),
  n("cn-guideline-2020", "CN", `中国高血压防治指南 2018 vs ACC/AHA 2017: 130/80 or 140/90 for 65岁以上? Our department is split.`),
  n("jp-kobayashi", "JP", `Kobayashi score ≥4 for IVIG-resistant Kawasaki - add prednisolone up front per the 2020 JCS guideline? 小児科 colleagues please share.`),
  n("cl-fonasa", "CL", `¿FONASA tramo A cubre los pañales para pacientes postrados de 88 años? La municipalidad dice que no les corresponde.`),
];

export const batch23: Batch = { name: "batch-23", positives, negatives };
