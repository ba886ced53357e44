/**
 * Batch 13 of the train split: hand-written posts in the voices of Appalachia, the Texas border,
 * Navajo Nation IHS, Ireland, Canada (Ontario, BC, Nunavut), Australia (rural NSW, NT), New Zealand,
 * India (Kerala, Punjab, Maharashtra), Nigeria (Yoruba, Igbo, Hausa), South Africa, and romanised
 * Chinese and Japanese names. Values are invented; `x` is used only for check-digit numbers.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Made, type Negative, type Template } from "./markup";

const t = (key: string, c: Country, make: (x: Ctx) => Made): Template => ({ key, countries: [c], make });
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key, country, text } : { key, country, text, note };

const positives: Template[] = [
  // ---------------------------------------------------------------- US: Appalachia
  t("b13-appal-voice-holler", "US", () =>
    `ok so voice memo from the truck sorry for typos pt is 68 lives way up ${$.addr("Caney Fork Rd")} outside ${$.addr("Hindman")} no running water since the flood daughter is the one who calls ${$.phone("606-785-3318")} because moms phone dont get signal up the holler anyway question is do I keep pushing the SGLT2 with her UTIs coming back every couple months or just go back to glipizide and accept the lows`),
  t("b13-appal-blacklung", "US", () =>
    `Occ med q.\n**Pt:** ${$.name('Delmer "Bub" Slone')}, 61, 32 yrs underground, roof bolter\n**OWCP black lung file:** ${$.oid("BL-7734120")}\n**CXR:** ILO 2/1 q/t, large opacity cat A RUL\nB-reader at the clinic and the DOL's B-reader disagree. Do I get a CT now or let the DOL exam sort it out? He's short of breath walking to the mailbox.`),
  t("b13-appal-cdl", "US", () =>
    `FM, eastern KY. Long-haul driver had a syncopal episode at the truck stop, Holter shows 6 s pauses. He's begging me not to report it — his Class A CDL (${$.lic("T03511882")}) is the only income for five people. I know the FMCSA rule, I'm asking how you all handle the conversation.`),
  t("b13-appal-wv-sms", "US", () =>
    `txt from the home health nurse fwd: "mrs ${$.name("Mullins")} on ${$.addr("Rt 3 Box 118, War, WV 24892")} sats 84 on 2L, wont go to ER says shes ${$.age("90")} and done" — thoughts on hospice eval vs just upping the O2`),

  // ---------------------------------------------------------------- US: Texas border
  t("b13-tx-colonia-kawasaki", "US", () =>
    `Peds, Rio Grande Valley. La abuelita brought the 4 y/o in from ${$.addr("Colonia Las Brisas, FM 1015, Progreso, TX 78579")} — fever x6 days, strawberry tongue, peeling fingers. Mamá's cel ${$.phone("(956) 351-0442")}, habla sólo español. Echo tech isn't in until Monday. IVIG now on clinical criteria or wait for the echo?`),
  t("b13-tx-rollover", "US", (x) =>
    `EM, Eagle Pass. 23M unrestrained, rollover on 277, GCS 13 → 9 in the bay. DPS needed the vehicle info for their report so it's stuck in my note: 2016 Silverado VIN ${$.veh(K.vin(x.r, "1GC"))}. Question is about the CT read, not the truck — is a 4 mm SDH with 2 mm shift a transfer to San Antonio or can neurosurg tele-consult?`),
  t("b13-tx-viuda", "US", () =>
    `Laredo geri clinic. Sra. ${$.name("Eulalia Cantú vda. de Saldívar")}, ${$.age("91")} años, cumpleaños el ${$.date("12 de diciembre")} — family wants to know if she can still fly to Mexico for the party. Severe AS, valve area 0.7, she refuses TAVR. "Ya viví bastante, doctor." Any data on flying with critical AS?`),
  t("b13-tx-fax-ssn", "US", (x) =>
    `Disability paperwork got bounced: the SSA form had his SSN as ${$.ssn(K.ssn(x.r))} and the lawyer says one digit is off vs the card. Also the patient insists on getting copies faxed to his home fax ${$.fax("(915) 584-2276")} rather than picking them up. Is faxing records to a patient's personal fax even allowed under our policy?`),

  // ---------------------------------------------------------------- US: Navajo Nation IHS
  t("b13-ihs-rough-rock", "US", () =>
    `IHS, Chinle. Elder, ${$.age("94")}, lives at her home site near ${$.addr("Rough Rock")} — hauls water, wood stove, sheep. Speaks only Diné bizaad; her grandson ${$.name("Kee Yazzie")} interprets. Third fall this winter. Anyone had luck getting PT to do home visits that far out on dirt roads?`),
  t("b13-ihs-transfer", "US", () =>
    `Transfer note (pasted):\nPatient: ${$.name("TSOSIE, Harrison")}\nHRN: ${$.mrn("0048213")}\nTribal census #: ${$.oid("N-305417")}\nDx: DKA, new HHS overlap, glucose 1,120\nSending: Chinle Comprehensive → Flagstaff\nWas 8 L of NS too much before transfer? Receiving ICU seemed annoyed.`),
  t("b13-ihs-phone-daughter", "US", () =>
    `Navajo Area, Shiprock. Plague workup — prairie dog die-off near the family's place, 50s man with a fluctuant inguinal node and fever. Daughter is the contact, ${$.phone("(505) 368-4471")} (her home landline — no cell coverage out there). State lab has the aspirate. Gent + doxy or streptomycin if we can get it?`),

  // ---------------------------------------------------------------- US: misc
  t("b13-us-icu-dc", "US", () =>
    `Pasting the header of the discharge summary because the dates are the point:\n\nDISCHARGE SUMMARY\nName: ${$.name("KOWALCZYK, Stanisław J.")}   DOB: ${$.date("19380214")}\nAdmit: ${$.date("09/11")}   Discharge: ${$.date("09/26")}\n\nHe was on pip-tazo 15 days for a non-drained empyema. Too long? ID signed off on day 10.`),
  t("b13-us-derm-filename", "US", () =>
    `Derm — can't get the upload to work, the file is ${$.name("Oyelaran")}_${$.name("Bisi")}_dermoscopy_${$.date("0412")}.jpg if anyone on the shared drive wants a look. Acral pigmented lesion on the heel, parallel ridge pattern. 3 mm. Punch or excise?`),
  t("b13-us-mbi", "US", (x) =>
    `Geri. ${$.age("97")}F, Medicare ${$.plan(K.mbi(x.r))}, admitted from SNF with hyperNa 163. Do I correct at 10/day or is 8 safer at her age? She's on nothing but a thickened diet.`),
  t("b13-us-youtube", "US", () =>
    `Neuro. 16F, PNES vs frontal lobe seizures. Mom films every spell and posts them to ${$.url("youtube.com/@SaylorsSeizureDiary")} — honestly the videos are better than our EMU capture. Pelvic thrusting, eyes closed, 4 min. Is it ok to cite a public video in my note?`),
  t("b13-us-portal-ip", "US", () =>
    `Psych/admin question. Ex-patient sending threatening portal messages. IT traced the logins to ${$.ip("73.142.208.19")} and security wants me to confirm it's him. Do I have a duty to warn the colleague he names, or is this a police matter first?`),
  t("b13-us-billing-acct", "US", () =>
    `Nephro. My dialysis patient got a $41k bill for a fistulagram that should have been covered. Billing gave me her hospital account no. ${$.acct("4400918273")} to "escalate." Is this really something the nephrologist has to chase?`),
  t("b13-us-fwd-email", "US", () =>
    `---------- Forwarded message ---------\nFrom: ${$.email("jhatfield.rn1987@gmail.com")}\nSubject: re: my son\n\nForwarded to me by the ER. A mother (she's an ICU nurse) asking whether her son's 3rd psychotic break means he needs clozapine. He's 19, failed risperidone and aripiprazole. How do you answer family by email without overstepping?`),

  // ---------------------------------------------------------------- Ireland
  t("b13-ie-gaeltacht", "IE", () =>
    `GP, Donegal. ${$.name("Séamus Mac Giolla Bhríde")} (on the GMS list as ${$.name("Jimmy Gilbride")}, which is how the hospital lost his bloods) from ${$.addr("Machaire Chlochair, Gaoth Dobhair")}. Creatinine 212 and rising. Worth a direct call to renal in Galway or send in through ED?`),
  t("b13-ie-dublin3", "IE", () =>
    `Geriatrics. Mrs ${$.name("Bridie O'Shaughnessy")}, ${$.age("96")}, delirious again — lives alone at ${$.addr("17 Clonliffe Gardens, Drumcondra, Dublin 3, D03 KX62")}. Home help twice a day. Fair to push for a nursing home or is that our bias talking?`),
  t("b13-ie-ppsn-letter", "IE", (x) =>
    `Referral letter, psych (pasted):\n\nRe: Ms ${$.name("Aoife Ní Chonaill")}\nPPSN: ${$.ssn(K.ppsn(x.r))}\n\nDear Colleague, I would be grateful if you could see this 34-year-old woman with a 10-year history of recurrent depression ...\n\nIs a PPSN meant to be on a referral at all? Our practice software adds it automatically.`),
  t("b13-ie-medcard-kerry", "IE", () =>
    `Kerry GP. Farmer in his 70s from ${$.addr("Cahersiveen")}, medical card no. ${$.plan("0912344A")} — the card lapsed during his admission and the pharmacy won't dispense the apixaban. Anyone know a fast route with the PCRS?`),
  t("b13-ie-lowercase-ectopic", "IE", () =>
    `quick one - pt ${$.name("niamh o'reilly")} 22 in ed w/ ?ectopic, bhcg 1800, nothing on tvus, lmp ${$.date("the 14th")} so she's ~6/40 by dates. mtx or repeat bhcg in 48h? she's rh neg, anti-d already given`),
  t("b13-ie-rtc-jeep", "IE", () =>
    `ED, Tralee. RTC on the N70, elderly farmer pinned under his own jeep (${$.veh("212-KY-1043")}) for about 40 min before a neighbour found him. CK 38,000 on arrival. Aggressive fluids vs early renal input — what's your threshold?`),
  t("b13-ie-fax-son", "IE", () =>
    `GP, Cork. Her son faxes me her med list every Monday from his office (${$.fax("021 427 5518")}) because she "can't manage the app". Twenty-two items including three PPIs. Where do I even start deprescribing?`),
  t("b13-ie-eircode", "IE", () =>
    `Community psych. Man in his 40s, lives alone at ${$.addr("H91 X2E4")}, stopped his depot and the team can't get in. His brother answers on ${$.phone("086 213 7745")} but rarely visits. Garda welfare check vs mental health act assessment at home — which first?`),
  t("b13-ie-rheum-dob", "IE", () =>
    `Rheum. ${$.name("Mícheál Ó Dálaigh")}, DOB ${$.date("02/03/41")}, GCA with jaw claudication, ESR 94. Temporal artery US negative. Still biopsy, or treat and move on?`),
  t("b13-ie-neuro-mrn", "IE", () =>
    `Neuro clinic. Seen ${$.date("Tues 4th")}, MRN ${$.mrn("2210398")}: 29F, new daily persistent headache for 5 months, normal MRI/MRV. Occipital block helped for a week. What next?`),

  // ---------------------------------------------------------------- Canada: Ontario
  t("b13-on-sudbury-ohip", "CA", (x) =>
    `Sudbury. Retired nickel miner, OHIP ${$.plan(K.ohip(x.r))}, lives on ${$.addr("RR 2, Chelmsford")} and his wife calls whenever his legs swell. HFrEF, EF 25%. Anyone using SQ furosemide at home up here?`),
  t("b13-on-brampton-peds", "CA", () =>
    `Peds, Brampton. 6 mo with failure to thrive, mummy ji keeps saying "bacha dudh nahi peenda". Family lives near ${$.addr("Mayfield Rd & Bramalea Rd, Brampton")}, three generations in the house. Sweat test pending. What else in the first-line workup?`),
  t("b13-on-hearst-caps", "CA", () =>
    `Hôpital Notre-Dame, Hearst. ${$.name("TREMBLAY, Marie-Ève")}, admise le ${$.date("3 février")} pour pneumonie, now with a new AF. CHA2DS2-VASc 2. Anticoagulate for AF triggered by sepsis?`),
  t("b13-on-plate", "CA", () =>
    `Ottawa ED. Pedestrian struck in a parking lot by her own car — it rolled while she was loading groceries (Ontario plate ${$.veh("CKRW 218")}, per the police). Tib plateau + pelvic ring. Who do you call first at 2 am?`),

  // ---------------------------------------------------------------- Canada: BC
  t("b13-bc-phn", "CA", (x) =>
    `Northern Health. Logger from ${$.addr("Vanderhoof")}, PHN ${$.plan(K.bcPhn(x.r))}, chainsaw kickback to the thigh. Tetanus fine, wound contaminated. Close primarily after washout or leave open?`),
  t("b13-bc-worksafe", "CA", () =>
    `Occ med, Kamloops. WorkSafeBC claim ${$.oid("50871344")} — sawmill worker with bilateral CTS, employer disputes. Nerve conduction moderate both sides. Do you release one hand at a time or both?`),
  t("b13-bc-haida", "CA", () =>
    `Haida Gwaii. Elder, ${$.age("90")}, from ${$.addr("Old Massett")}, hip fracture. Ferry/flight out to Prince Rupert is a 2-day wait. Anyone managed a hip nonoperatively for a week with a fascia iliaca catheter?`),
  t("b13-bc-richmond", "CA", () =>
    `Richmond. ${$.name("WONG Siu-Ming")} (English name ${$.name("Raymond")}), HBV e-Ag neg, ALT normal, DNA 3,800. Daughter (${$.phone("604-273-8850")}, she handles everything) is asking if he should start TDF before a long trip back to China. I'd observe — thoughts?`),

  // ---------------------------------------------------------------- Canada: Nunavut
  t("b13-nu-healthcard", "CA", () =>
    `Iqaluit. 30s woman, Nunavut health card ${$.plan("100254871")}, TB contact, IGRA positive, CXR clear. 3HP or 4R? She works shifts and a weekly DOT visit is doable.`),
  t("b13-nu-pang-medevac", "CA", () =>
    `Young woman from ${$.addr("Pangnirtung")}, medevac'd ${$.date("Oct 3")} with a ruptured appendix, now day 5 post-op. Her family is asking when she can fly home — nursing station can do IV abx. When would you send her?`),
  t("b13-nu-disc", "CA", () =>
    `Nunavut elder, ${$.age("91")}, still recites his disc number ${$.oid("E5-1182")} when asked his name — staff find it upsetting. Dementia screening in Inuktitut: anyone using the KICA adapted for here?`),
  t("b13-nu-newborn", "CA", () =>
    `Baby born in ${$.addr("Sanirajak")} on ${$.date("the 19th")}, 35 weeks, delivered by the nurses before the plane made it. Now 4 days, bili 290. Threshold curves for a late preterm with no lab for 2 days?`),

  // ---------------------------------------------------------------- Australia: rural NSW
  t("b13-nsw-lot-medicare", "AU", (x) =>
    `GP, Warrumbungles. Grazier at ${$.addr("Lot 12 Bundella Rd, via Coonabarabran NSW 2357")}, Medicare ${$.plan(K.auMedicare(x.r).number)}, Q fever serology positive. Phase II IgG 1:1600. Chronic Q fever workup — TTE first or PET?`),
  t("b13-nsw-dubbo-ur", "AU", () =>
    `Dubbo Base. UR ${$.mrn("0714432")}, adm ${$.date("23/7")} with snakebite — brown, venom detection kit not used, INR >12. One vial enough? Got pushback from a locum who wanted two.`),
  t("b13-nsw-ute", "AU", () =>
    `ED, Mudgee. Bloke rolled his ute (rego ${$.veh("CXP21L")}) into a dam on the property outside ${$.addr("Gulgong")} — near-drowning, GCS 15 now, SpO2 91% on 6L. Admit for 24h or obs 8h and home?`),
  t("b13-nsw-niece", "AU", () =>
    `Aged care, rural NSW. Resident aged ${$.age("ninety-two")}, new AF with RVR. Niece is the only NOK, mobile ${$.phone("0428 615 903")}, wants "everything done". How hard do you push rate vs rhythm here?`),
  t("b13-nsw-dva", "AU", (x) =>
    `GP, Griffith. Korea veteran, ${$.age("93")}, "${$.name("Snow")}" to everyone at the RSL, DVA gold card ${$.plan(K.dvaFile(x.r))}. Wants a hearing aid upgrade and the audiologist says DVA won't cover the rechargeables. Anyone sorted this?`),
  t("b13-nsw-pacer-sn", "AU", () =>
    `Orange. 81M with a PPM, Medtronic Azure SN ${$.dev("RNB418822S")}, showing frequent mode switches. Remote transmission says AT/AF burden 18%. Anticoagulate on device-detected AF at that burden?`),

  // ---------------------------------------------------------------- Australia: NT
  t("b13-nt-galiwinku", "AU", () =>
    `East Arnhem. Young woman from ${$.addr("Galiwin'ku")} with RHD, missed 3 bicillin doses. Her sister's landline ${$.phone("(08) 8970 5214")} is the only reliable way to reach her. Ideas to improve adherence that aren't just "more recalls"?`),
  t("b13-nt-yuendumu", "AU", () =>
    `Central Australia. ${$.name("Cecil Jampijinpa")} from ${$.addr("Yuendumu")}, RHD, next bicillin due ${$.date("the 28th")}, and he's heading to a funeral in another community. Can the clinic there give it?`),
  t("b13-nt-rdh-hrn", "AU", () =>
    `Royal Darwin. HRN ${$.mrn("0412277")}, DOB ${$.date("030761")}, Tiwi woman with melioidosis — splenic and liver abscesses on CT, blood cultures cleared day 4. Meropenem 2 weeks enough before cotrimoxazole eradication, or 4 weeks for deep-seated?`),
  t("b13-nt-email", "AU", () =>
    `Katherine hospital. Patient keeps emailing me her BSLs from ${$.email("shaz.katho87@bigpond.com")} — all 15s and 18s. Do you reply by email? Our health service says no, but she lives 300 km out.`),
  t("b13-nt-licence", "AU", () =>
    `NT. First unprovoked seizure, 26M, mine site truck driver. NT licence ${$.lic("1208834")}. Austroads says 6 months private, but he drives heavy vehicles. Do I have to notify or does he?`),

  // ---------------------------------------------------------------- New Zealand
  t("b13-nz-nhi-opotiki", "NZ", (x) =>
    `Bay of Plenty. ${$.name("Hēmi Pōmare")} (NHI ${$.mrn(K.nzNhi(x.r))}), gout, urate 0.62, already on allopurinol 300. Febuxostat or push allopurinol higher with his eGFR of 48?`),
  t("b13-nz-kuia", "NZ", () =>
    `Kuia ${$.name("Mere Te Awe Awe")}, ${$.age("93")}, whānau want to take her home to the marae rather than die in hospital. Her moko is coordinating on ${$.phone("021 447 9302")}. Syringe driver on a long car trip — anyone done this?`),
  t("b13-nz-kaitaia", "NZ", () =>
    `GP, Far North. Man in his 50s living at ${$.addr("14 Kōwhai Street, Kaitaia 0410")}, HbA1c 112. Dietitian is 2 months out. Start a GLP-1 now or insulin first?`),
  t("b13-nz-ruatoria", "NZ", () =>
    `Tairāwhiti. ${$.name("Wiremu Kerekere")} (goes by ${$.name("Bill")}) on ${$.addr("RD 2, Ruatoria")}, road washed out again, can't get to dialysis. Home haemo training in Gisborne — realistic for a 64-year-old?`),
  t("b13-nz-cochlear", "NZ", () =>
    `ENT question from a GP. Child's cochlear implant processor (SN ${$.dev("4430918-N7")}) keeps dropping out after a fall on the playground. Sent to Auckland already. Should I image for device migration?`),
  t("b13-nz-acc", "NZ", () =>
    `ACC claim ${$.oid("10048273519")} — shearer with a shoulder, they declined as "degenerative". MRI shows a full-thickness supraspinatus tear, 22 yrs shearing. How do you word the review letter?`),
  t("b13-nz-tangi", "NZ", () =>
    `Coroner question. ${$.name("Hōhepa Tāwhai")} passed away at home on ${$.date("the 6th")}, I saw him 3 weeks ago. Whānau want the tangi to go ahead tomorrow. Can I sign the MCCD for known COPD?`),
  t("b13-nz-fb-handle", "NZ", () =>
    `Teen posting self-harm content under ${$.oid("@tui.manawa.nz")} on Insta — school counsellor flagged it to me, the GP. Is there a process to get Meta to take it down, or is that not my job?`),

  // ---------------------------------------------------------------- India: Kerala
  t("b13-kl-house-name", "IN", () =>
    `Kuttanad. ${$.name("Thekkekara Varghese Mathew")} (signs as ${$.name("T.V. Mathew")}), paddy farmer, leptospirosis, creat 4.1, urine output falling. Dialysis now or give one more day of fluids?`),
  t("b13-kl-gulf", "IN", () =>
    `Malappuram. Gulf returnee, 48M, with ESRD, brother in the Gulf handles money, reachable on ${$.phone("+971 50 338 2147")}. Family wants transplant in Kochi, donor is his wife, ABO incompatible. Desensitisation experience anyone?`),
  t("b13-kl-kunju", "IN", () =>
    `Thrissur. ${$.name("Aleyamma Kurian")} — everyone calls her ${$.name("Kunju")} — ${$.age("96")} years old, Hb 6.2, iron deficient, refuses scope. IV iron and leave it there?`),
  t("b13-kl-aadhaar", "IN", (x) =>
    `Trivandrum. Government scheme paperwork needs the Aadhaar ${$.ssn(K.aadhaar(x.r))} typed in the discharge summary itself — is that normal elsewhere? Feels wrong to have it on a clinical document.`),
  t("b13-kl-ipno", "IN", () =>
    `Kottayam MCH. IP No: ${$.mrn("24/18332")}, adm ${$.date("14/08")}, 19F with scrub typhus, eschar in the groin, now ARDS. Doxy + azithro or add IV chloramphenicol?`),

  // ---------------------------------------------------------------- India: Punjab
  t("b13-pb-vpo", "IN", () =>
    `Jalandhar. ${$.name("Sukhwinder Singh")} s/o ${$.name("Gurnam Singh")}, ${$.addr("VPO Bundala, Teh. Phillaur, Distt. Jalandhar")} — organophosphate, 3rd day, still needs atropine. Pralidoxime worth continuing?`),
  t("b13-pb-tractor", "IN", () =>
    `Ludhiana DMC. Tractor overturned in the field, driver trapped 2 hrs. Police report lists tractor no. ${$.veh("PB 10 CX 2231")}. Compartment pressure 38 in the leg — fasciotomy now, no question?`),
  t("b13-pb-kaur", "IN", () =>
    `Amritsar. ${$.name("Harbhajan Kaur")}, 72, diabetic foot. "Beta Canada vich hai, main kalli haan" — lives alone, son abroad. Neighbour's mobile ${$.phone("98140 33716")} for dressings. Home care options in villages?`),
  t("b13-pb-nri-email", "IN", () =>
    `Bathinda. Son in Canada emails me for every INR result — ${$.email("jaspal.gill.bramptn@outlook.com")}. Mother on warfarin for MVR, INR swings 1.6 to 4.8. Switch to ... oh wait, mechanical valve, stuck with warfarin. Self-testing machines in rural Punjab, anyone?`),

  // ---------------------------------------------------------------- India: Maharashtra
  t("b13-mh-patil", "IN", () =>
    `Sassoon, Pune. ${$.name("PATIL Sunanda Dattatray")}, CR No. ${$.mrn("2024/0071846")}, 38F, post-partum cardiomyopathy, EF 30. Bromocriptine — do you use it routinely now?`),
  t("b13-mh-mjpjay", "IN", () =>
    `Nashik. Farmer, 55, needs CABG. MJPJAY card ${$.plan("MH27-4410082917")} — the scheme rejected the pre-auth for "incomplete documents". Anyone know what they actually want?`),
  t("b13-mh-chawl", "IN", () =>
    `KEM, Mumbai. 8 y boy from ${$.addr("Room 14, Shivaji Chawl, Lalbaug, Mumbai 400012")} — 5 family members, one room, mother on TB treatment. Boy's CXR hilar nodes, Mantoux 14 mm. Start full ATT or TPT?`),
  t("b13-mh-pump", "IN", () =>
    `Pune peds endo. 11 y, T1DM on Medtronic 780G, pump serial ${$.dev("NG2281734H")} throwing "insulin flow blocked" repeatedly. Company rep says site issue. Anyone seen this with lipohypertrophy?`),

  // ---------------------------------------------------------------- Nigeria: Yoruba
  t("b13-ng-surulere", "NG", () =>
    `Lagos. Alhaja ${$.name("Sikirat Adunni Balogun")}, ${$.addr("12 Alhaji Masha Rd, Surulere")}, 67, HTN + CKD 4. Can't afford dialysis. Conservative kidney management — what does it look like in your place?`),
  t("b13-ng-luth", "NG", () =>
    `LUTH. Hosp. No. ${$.mrn("LUTH/19/04521")}, sickle cell, priapism 14 hrs. Urology says aspiration failed. Husband reachable on ${$.phone("0803 417 2290")}. Shunt tonight?`),
  t("b13-ng-mama-adeola", "NG", () =>
    `Ibadan, O&G. "Mama ${$.name("Adéọlá")}" as the ward calls her — delivered ${$.date("the 3rd")}, now PPH day 2 secondary, Hb 5.9. "Ẹ jọ̀ọ́ doctor, no blood transfusion" — she's JW. Options beyond TXA and iron?`),
  t("b13-ng-nhis", "NG", () =>
    `Ogbomoso. Civil servant, 50s, NHIA enrolee no. ${$.plan("OY/2210/0442187")}, needs MRI spine. The HMO says it's not covered. Is that the usual line?`),

  // ---------------------------------------------------------------- Nigeria: Igbo
  t("b13-ng-emeka", "NG", () =>
    `Nnewi. ${$.name("Chukwuemeka Obi-Nwosu")} (everyone calls him ${$.name("Emeka")}), 45, TB spine with paraparesis, from ${$.addr("Umudim, Nnewi")}. Surgery or ATT alone?`),
  t("b13-ng-nne", "NG", () =>
    `Enugu. Grandmother, ${$.age("91")}, brought from the village for "swollen belly" — ascites, CA-125 1,200. Daughter in the US on ${$.phone("+1 832 614 0931")} wants full workup. How far do you go?`),
  t("b13-ng-plate", "NG", () =>
    `Enugu-Onitsha expressway crash, bus driver brought in by FRSC, plate ${$.veh("KTU 482 KJ")}. Open book pelvis. No binder in the ED — sheet works?`),

  // ---------------------------------------------------------------- Nigeria: Hausa
  t("b13-ng-akth", "NG", () =>
    `Kano, AKTH. Malam ${$.name("Abdullahi Sani Dan-Musa")}, Hosp No: ${$.mrn("AKTH/0322918")}, tetanus, spasms every 10 min. Magnesium infusion — what's your target level?`),
  t("b13-ng-dala", "NG", () =>
    `Hajiya ${$.name("Hauwa'u Lawan")} from ${$.addr("Gwammaja, Dala LGA")}, 60, VVF from a delivery 30 years ago, never repaired. Referral to the fistula centre — anyone have a contact there?`),
  t("b13-ng-gofundme", "NG", () =>
    `Kaduna. Family set up ${$.url("gofundme.com/f/help-aisha-bello-heart-surgery")} for a VSD repair abroad. They asked me for a letter. Is it ok to write one for a public fundraiser?`),

  // ---------------------------------------------------------------- South Africa
  t("b13-za-id-soap", "ZA", (x) =>
    `HIV clinic, Bara. SOAP from this morning, ID no. left in because the lab form needs it:\n\nS: 45F, on TLD 2 yrs, says she "never misses", lives with 2 grandkids\nO: ID ${$.ssn(K.zaId(x.r, { d: 14, m: 6, y: 1979 }, true))} | VL 1,200 (prev LDL) | CD4 410 | wt stable\nA: low-level viraemia on DTG\nP: enhanced adherence counselling x3, repeat VL in 3 months\n\nWould you send a resistance test now instead of waiting? DTG resistance is still rare but not zero.`),
  t("b13-za-discovery-screenshot", "ZA", () =>
    `Derm, Cape Town. Screenshot of the scheme's reply (cropping it out here): "Member no. ${$.plan("388104522")} — application for biologic therapy declined, PASI criteria not met." He's PASI 9 but it's palms, soles and scalp and he's a chef. Anyone had a motivation for special sites succeed?`),
  t("b13-za-soweto", "ZA", () =>
    `Paeds neuro, Soweto. 15-year-old, lives with her gogo at ${$.addr("1187 Mphuthi St, Dobsonville")}, TBM stage II, GCS 12, hydrocephalus on CT. Dex started. VP shunt now or trial of acetazolamide + furosemide first? Neurosurg here prefer to wait.`),
  t("b13-za-oupa", "ZA", () =>
    `Oupa ${$.name("Koos van der Merwe")}, ${$.age("92")}, van ${$.addr("Calvinia")} — complete heart block, HR 34, dizzy spells. "Ek wil nie Kaapstad toe gaan nie," but the nearest pacing lab is 400 km. Family is split. Isoprenaline and transfer anyway, or respect it and go home?`),
  t("b13-za-mthatha", "ZA", () =>
    `Mthatha. 19-year-old initiate, penile gangrene after traditional circumcision, family reachable on ${$.phone("082 449 1706")} but the school elders are gatekeeping. Urology wants to debride tonight. How do you handle consent and the secrecy side respectfully?`),
  t("b13-za-folio-table", "ZA", () =>
    `MDR-TB, Chris Hani Bara — folio ${$.mrn("2019/118734")}, DOB ${$.date("781103")}\n\n| week | regimen | audiogram | K+ |\n|---|---|---|---|\n| 0 | BPaLM | normal | 4.1 |\n| 8 | BPaLM | normal | 3.2 |\n| 12 | BPaLM | normal | 2.9 |\n\nNo aminoglycoside, so why is the potassium falling? Only other drug is a PPI.`),
  t("b13-za-bank", "ZA", () =>
    `Pretoria practice. A patient emailed us a screenshot of her debit order for the account, showing bank account ${$.acct("62849105533")}, asking us to "fix the double charge". Our practice manager wants to know: do we have to purge that from the clinical file under POPIA?`),
  t("b13-za-phonak-bullets", "ZA", () =>
    `Durban, ward round notes:\n- 85M, CAP, day 3, improving\n- hearing aid (Phonak, SN ${$.dev("2214X0QL8")}) lost somewhere between casualty and the ward\n- he's now "confused" — or just can't hear us\n- family furious\nWho pays for replacement in a public hospital, and has anyone ever got one back from lost property?`),

  // ---------------------------------------------------------------- China (romanised)
  t("b13-cn-zhang", "CN", () =>
    `Dear colleagues, I am oncologist in Beijing. My patient ${$.name("ZHANG Weiguo")}, male 58, NSCLC EGFR exon 19 del, progress after osimertinib 22 months. His son ask me about amivantamab plus chemo, he call me every day from ${$.phone("+86 139 1024 7756")}. Is MARIPOSA-2 data enough for recommend? Thank you for advise.`),
  t("b13-cn-lau", "CN", () =>
    `Rheum, Shenzhen. ${$.name("Lau Ka-Wai")} (goes by ${$.name("Karen")}), 33F, class IV lupus nephritis in remission, now 10 weeks pregnant (unplanned). MMF stopped at 6 wks, switched to azathioprine + HCQ. Anything you add — aspirin from 12 weeks, sure, but tacrolimus if proteinuria returns?`),
  t("b13-cn-path-id", "CN", (x) =>
    `Pathology, Chengdu. Our hospital's new report template:\nPatient ID: ${$.ssn(K.cnId(x.r, "510104", { d: 7, m: 3, y: 1962 }, false))}\nSpecimen: gastric biopsy x4\nDiagnosis: signet ring cell carcinoma\nInsurance wants the resident ID on every path report. Is that normal in your countries? Feels like too much on a document that travels everywhere.`),
  t("b13-cn-wechat", "CN", () =>
    `Derm from Shanghai. Patient daughter add me on WeChat (${$.oid("liuhy_1962sh")}) and send many photo of her mother rash, every night 11pm. Look like bullous pemphigoid. Is okay to make diagnosis from WeChat? Hospital have no rule about this yet.`),
  t("b13-cn-chen-95", "CN", () =>
    `Ortho, Guangzhou. ${$.name("Chen Guiying")}, ${$.age("95")}, intertrochanteric fracture, family refuses surgery. Current meds (pasted):\nparacetamol\t1 g\tq6h\noxycodone\t2.5 mg\tq4h prn\nenoxaparin\t40 mg\tdaily\nWould you add a fascia iliaca block? How long do you keep VTE prophylaxis when she'll be bed-bound?`),

  // ---------------------------------------------------------------- Japan (romanised)
  t("b13-jp-sato", "JP", () =>
    `From Tokyo, internal medicine. ${$.name("Sato Hanako")}-san, ${$.age("98")} years, third aspiration pneumonia this year. Family request PEG because "we cannot let her starve". In Japan this is still common but I feel it is not benefit. How do you explain to family in your country?`),
  t("b13-jp-showa", "JP", () =>
    `Hepatology, Osaka. ${$.name("Takahashi Kenji")}, DOB written ${$.date("S23.5.12")} on the old paper chart (Showa era — took the resident a while). HCC 2.8 cm, segment 6, Child-Pugh A, NASH background. TACE or RFA first?`),
  t("b13-jp-kokuho", "JP", () =>
    `Nephrology, Sapporo. Kokuho insured no. ${$.plan("01234567")} — city office says his coverage lapsed because premiums unpaid for 18 months. He needs HD three times weekly. Any experience with the short-term card route while welfare application processes?`),
  t("b13-jp-cpap", "JP", () =>
    `Sleep clinic, Fukuoka. 72M with Lewy body dementia, CPAP (ResMed, serial ${$.dev("23181234567")}) download shows 1.5 h/night use. Daughter on ${$.phone("090-4418-2736")} says he pulls it off in his sleep. Stop CPAP, or try a full-face mask?`),
  t("b13-jp-mynumber", "JP", (x) =>
    `Kyoto GP. A referral letter from another clinic had the patient's My Number ${$.ssn(K.myNumber(x.r))} printed in the header. Should I redact before scanning into our system? The law says we shouldn't even collect it.`),
];

const negatives: Negative[] = [
  // US
  n("b13n-us-blacklung-grandrounds", "US",
    "Anyone catch Dr. Cecil Caudill's grand rounds at UK HealthCare on Nov 14 about the black lung resurgence? His slides had PMF in miners under 50 in eastern Kentucky and southwest Virginia. Looking for the NIOSH Coal Workers' Health Surveillance Program link and the 2018 MMWR he cited.",
    "colleague by name, conference date, regions not tied to a patient"),
  n("b13n-us-ihs-bicillin-lot", "US",
    "IHS pharmacy heads-up: Bicillin L-A 2.4 million units, NDC 60793-0700-10, lot 4HK227, exp 06/2026 is what we have left for the whole service unit. Rationing to syphilis in pregnancy and RHD secondary prophylaxis per the FDA shortage guidance. Is anyone in the Navajo Area using the imported Extencilline?",
    "NDC and lot numbers"),
  n("b13n-us-tx-poison", "US",
    "For the Valley folks: Texas Poison Center Network is 1-800-222-1222, 24/7, Spanish-speaking specialists. Scorpion season — Centruroides envenomation is rarer than in Arizona but we see it out toward Big Bend. Anascorp is stocked at the regional center; call before you transfer.",
    "public helpline"),
  n("b13n-us-cbc-tsv", "US",
    "Labs from an 89-year-old with fatigue (pasted from our LIS):\nWBC\t2.1\t4.0-11.0 K/uL\nHgb\t8.4\t12.0-16.0 g/dL\nMCV\t112\t80-100 fL\nPlt\t88\t150-400 K/uL\nRetic\t0.4\t0.5-2.5 %\nB12 and folate normal. MDS until proven otherwise? Is a marrow reasonable in her late 80s?",
    "lab table with reference ranges, age under 90"),
  n("b13n-us-phineas", "US",
    "Teaching question for the neuro folks: do you still open frontal lobe lectures with Phineas Gage, or has the revised history (Macmillan's work) made it too messy? I've switched to the orbitofrontal case series from the 1990s.",
    "historical literature patient"),
  n("b13n-us-insulin-drip", "US",
    "Our DKA protocol: regular insulin 0.1 U/kg/h, BG checks q1h at 0600, 0700, 0800 etc., BMP q4h at 0800, 1200, 1600, 2000. Add D5 when BG < 250. Switch to subQ when gap closes x2. Why do our nurses keep stopping the drip before the overlap dose?",
    "dosing schedule with times"),
  n("b13n-us-colonia-generic", "US",
    "Border medicine question. A lot of our families in the colonias share one vehicle and one phone between three households, so appointment reminders fail. Has anyone tried community health workers (promotoras) doing in-person reminders? Our FQHC has a grant through 2026.",
    "roles only, no identifiers"),

  // Ireland
  n("b13n-ie-helplines", "IE",
    "For the discharge leaflet: Samaritans 116 123, Pieta 1800 247 247, text HELLO to 50808. If the patient needs us after hours, ward ext is 4417 and the psych SHO is on bleep 231. Anything I'm missing for under-18s?",
    "helplines, extension, bleep"),
  n("b13n-ie-eponyms-rcpi", "IE",
    "Prof. Ní Mhurchú's talk at the RCPI on 12 March was great on Hashitoxicosis vs Graves' — the take-home was that TRAb is underused in Irish primary care. Slides are on the RCPI site.",
    "colleague by name, conference date, eponyms"),
  n("b13n-ie-farmer-generic", "IE",
    "Man in his 80s, farms alone in the west, daughter abroad calls weekly. Falls x2, BP 100/60 standing on three antihypertensives. I'm going to deprescribe two of them — which would you stop first: amlodipine, ramipril or indapamide?",
    "roles and ranges only"),
  n("b13n-ie-ppsn-policy", "IE",
    "Admin query. Our practice software puts the PPSN, GMS number and IHI on every referral letter by default. Is there any guidance from the HSE or the DPC on whether those need to be there? I'd rather strip them.",
    "identifier types named, no values"),

  // Canada
  n("b13n-ca-ottawa-rules", "CA",
    "Do you still apply the Ottawa SAH rule in patients over 80? The derivation excluded them, and the Canadian CT Head Rule excludes anticoagulated patients. In our Sudbury ED half the headaches are both old and on apixaban.",
    "eponymous rules with place names"),
  n("b13n-ca-nu-helplines", "CA",
    "Nunavut resources for your lists: Kamatsiaqtut Help Line 1-800-265-3333 (Inuktitut and English), 9-8-8 suicide crisis line, and the Hope for Wellness line 1-855-242-3310. Medevac requests still go through the territorial line, not the nursing station.",
    "public helplines"),
  n("b13n-ca-ohip-billing", "CA",
    "Billing question: can I bill K013 after an A007 on the same day for the same patient? The 2024 Schedule of Benefits seems to say yes if it's a separate counselling session > 20 min. Also is E078 still a premium on chronic disease visits?",
    "fee codes that look like identifiers"),
  n("b13n-ca-dapahf", "CA",
    "Journal club: DAPA-HF (NCT03036124) vs EMPEROR-Reduced (NCT03057977). Our Prince George group is split on whether the SGLT2 benefit holds in people with eGFR < 30. DOI for the pooled analysis: 10.1016/S0140-6736(20)31824-9.",
    "trial numbers and DOI"),
  n("b13n-ca-fr-generic", "CA",
    "Question de Hearst : patiente dans la soixantaine, FA nouvelle après une pneumonie, CHA2DS2-VASc à 2. On anticoagule pour une FA « provoquée » ? Les lignes directrices de la SCC 2020 ne sont pas claires là-dessus.",
    "de-identified post in French, range of age"),
  n("b13n-ca-bc-tb-clinic", "CA",
    "BCCDC TB clinic hours: Mon–Fri 08:30–16:30, referrals by fax only through the provincial form (TB 2022-03). Anyone know if they'll accept IGRA-positive contacts from the Interior without a CXR first?",
    "clinic hours, form number"),

  // Australia
  n("b13n-au-lifeline", "AU",
    "Crisis numbers for the remote clinics: Lifeline 13 11 14, 13YARN 13 92 76 for mob, Beyond Blue 1300 22 4636. RFDS medical chest items list was updated in 2023 — worth re-checking your cupboards.",
    "public helplines"),
  n("b13n-au-antivenom", "AU",
    "Snakebite update: CSL brown snake antivenom 1,000 U per vial, batch 0571-12 in our fridge, exp 11/2025. The ASP data (Isbister et al.) say one vial is enough. Anyone in western NSW still giving two?",
    "batch numbers, authors"),
  n("b13n-au-carpa", "AU",
    "The CARPA Standard Treatment Manual 8th edition (2022, ISBN 978-0-6481063-3-6) is the bible out here. Page 302 for ARF. Does anyone use it outside the NT and Central Australia?",
    "ISBN and edition"),
  n("b13n-au-arbo-table", "AU",
    "Arbovirus serology, returned traveller from up north:\n\n| test | result | ref |\n|---|---|---|\n| RRV IgM | 2.8 | <0.9 |\n| RRV IgG | 0.6 | <0.9 |\n| BFV IgM | 0.4 | <0.9 |\n| Dengue NS1 | neg | neg |\n\nIsolated IgM — real acute Ross River or cross-reactivity?",
    "lab table"),
  n("b13n-au-workshop", "AU",
    "Dr Amanda Kiernan from Dubbo is running the rural procedural skills workshop again on 2 May at Orange. Last year's session on lateral canthotomy was gold. Registration through the RDN.",
    "colleague, event date, towns not tied to a patient"),

  // New Zealand
  n("b13n-nz-helplines", "NZ",
    "For the Tairāwhiti folks: Healthline 0800 611 116, free call or text 1737 to talk to a counsellor. After-hours GP in Gisborne is 9am–9pm weekends. Kia kaha.",
    "public helplines, clinic hours"),
  n("b13n-nz-whanau-hui", "NZ",
    "Kia ora koutou. Reflecting on a whānau hui last week: rangatahi with new T1DM, koro spoke first, then mum, then us. Doing it on the marae rather than in the ward changed everything. Anyone else doing family meetings off-site?",
    "roles only, te reo"),
  n("b13n-nz-pharmac", "NZ",
    "Pharmac Special Authority for empagliflozin: SA2198 form, criteria are HbA1c ≥ 53 plus Māori or Pacific ethnicity or high CV risk. Renewal every 12 months? Or is it lifelong now?",
    "SA form numbers"),
  n("b13n-nz-rheumfever", "NZ",
    "Rheumatic fever notifications in Counties Manukau are still the highest in the country per the 2023 ESR report. Our sore throat programme in South Auckland schools lost funding. Anyone have data on the Whangārei pilot?",
    "places not tied to a patient"),

  // India
  n("b13n-in-helplines", "IN",
    "Save these: Tele-MANAS 14416 for mental health (Malayalam, Punjabi, Marathi all available), 108 for ambulance, 104 health helpline in Kerala. DISHA 1056 also works.",
    "public helplines"),
  n("b13n-in-op-hours", "IN",
    "District hospital OP timings: 8 am to 1 pm, Sunday closed. Casualty ext 2204, labour room ext 2231. Any idea how to get the evening NCD clinic started without extra staff?",
    "clinic hours and extensions"),
  n("b13n-in-asv-protocol", "IN",
    "Snakebite, Kerala: ICMR Standard Treatment Workflow says 10 vials polyvalent ASV stat, repeat 6 hourly if 20WBCT still unclotted, max 25-30 vials. Our Russell's viper cases in Kuttanad rarely need more than 20. Thoughts?",
    "dosing schedule, guideline, place not tied to a patient"),
  n("b13n-in-dengue-table", "IN",
    "Dengue ward, Pune — typical day 5 picture:\nPlatelets\t38,000\t(150,000-450,000)\nHct\t46%\t(36-46)\nAST\t412\t(<40)\nALT\t198\t(<41)\nAlbumin\t2.9\t(3.5-5.2)\nWarning signs present — fluid per WHO 2009 or 2012 handbook?",
    "lab table"),
  n("b13n-in-cmc-training", "IN",
    "I trained at CMC Vellore under Prof. Rekha Pillai, now in Ludhiana. The Vellore approach to scrub typhus (doxy 100 bd x7 days, azithro in pregnancy) still works fine up here in Punjab.",
    "training place, colleague"),
  n("b13n-in-hinglish", "IN",
    "Mareez ki umar 70 ke aas paas hai, sugar 400 se upar, ketones negative. Family kehti hai 'insulin nahi lagwana'. HHS management without ICU — fluids kitna aggressive?",
    "de-identified, Hindi mix, age range"),

  // Nigeria
  n("b13n-ng-ncdc", "NG",
    "Lassa season again. NCDC toll-free line is 6232. Ribavirin per the Irrua protocol: 33 mg/kg loading, then 16 mg/kg q6h for 4 days, then 8 mg/kg q8h for 6 days. Anyone giving favipiravir yet outside a trial?",
    "public line, dosing, place name that is a treatment centre"),
  n("b13n-ng-burkitt", "NG",
    "Trained at UCH Ibadan, now in Kano. Prof. Adesina's old lecture on Burkitt lymphoma in the jaw still shapes how I examine every child with a facial swelling. Do you still see the classic endemic form in the north?",
    "eponym, colleague, places"),
  n("b13n-ng-yoruba-act", "NG",
    "Ẹ kú iṣẹ́ o, colleagues. Artemether-lumefantrine 80/480 from the new supplier (batch AL2409B, NAFDAC reg A4-1064) — anyone else getting treatment failures? Could be fake stock.",
    "batch and registration numbers"),
  n("b13n-ng-generic-fistula", "NG",
    "Woman in her 30s, Hausa-speaking, husband present for every consult. Obstetric fistula 8 years, divorced once because of it. How do you create space to talk to her alone without offending the family?",
    "roles only"),
  n("b13n-ng-igbo-proverb", "NG",
    "As my oga in Enugu used to say, 'Igwe bu ike'. Anyway — hydroxyurea for sickle cell in under-5s: 20 mg/kg/day start, escalate to MTD. Do your pharmacies stock the 500 mg capsules or do you compound?",
    "dosing, place of a colleague"),

  // South Africa
  n("b13n-za-helplines", "ZA",
    "SADAG suicide crisis line 0800 567 567, Childline 116, GBV command centre 0800 428 428. Put them on the ward poster — patients ask.",
    "public helplines"),
  n("b13n-za-rabies", "ZA",
    "Rabies PEP per the NICD 2022 guideline: HRIG 20 IU/kg infiltrated, Verorab 0.5 mL days 0, 3, 7, 14. Lot K1A932V expired in our stock. Anyone in KZN have spare?",
    "guideline, days of a schedule, lot number"),
  n("b13n-za-washkansky", "ZA",
    "Groote Schuur tour for the registrars: the Barnard theatre where Louis Washkansky got the first human heart transplant in 1967. Still gives me chills. Anyone know if the museum reopened?",
    "historical patient"),
  n("b13n-za-nhls-table", "ZA",
    "NHLS results for a client in her 40s:\n\n| test | result |\n|---|---|\n| CD4 | 88 cells/µL |\n| VL | 410,000 copies/mL |\n| CrAg | positive |\n| LP opening pressure | 31 cmH2O |\n\nCrAg-positive but no meningitis signs clinically — still LP-driven management?",
    "lab table"),

  // China
  n("b13n-cn-checkmate", "CN",
    "Oncology, Wuhan. CheckMate 649 (NCT02872116) gave nivolumab + chemo for gastric; in China we also have the ORIENT-16 data for sintilimab. Our CSCO 2023 guideline lists both. PD-L1 CPS cutoff you use?",
    "trial numbers, guideline year"),
  n("b13n-cn-kikuchi", "CN",
    "Teaching point: Kikuchi-Fujimoto disease is common among young Asian women with tender cervical nodes — don't confuse with TB or SLE. Excision biopsy, not FNA. Which textbook has the best histology pictures?",
    "eponyms that look like names"),

  // Japan
  n("b13n-jp-eponyms", "JP",
    "Japanese eponym quiz for the residents: Hashimoto, Takayasu, Kawasaki, Moyamoya (not an eponym), Kikuchi, Kimura. Score 6/6 and I buy the coffee.",
    "eponyms that are Japanese surnames"),
  n("b13n-jp-jrhythm", "JP",
    "Warfarin in Japan: J-RHYTHM registry supports INR 1.6–2.6 for patients 70 and over (JCS/JHRS 2020 guideline). Do Western guidelines accept that lower range in Asian elderly?",
    "guideline, INR ranges"),
];

export const batch13: Batch = { name: "batch-13", positives, negatives };
