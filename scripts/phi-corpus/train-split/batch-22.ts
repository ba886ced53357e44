/**
 * Batch 22: physicians posting from a phone in a hurry - short posts, abbreviations, typos, missing
 * capitals, emoji, voice dictation, pasted fragments of notes and lab printouts, forwarded messages -
 * from many countries. Written as a held-out check: every post is a hand-written literal; only
 * check-digit numbers come from the Rng. Writers without a corpus country code are filed under the
 * nearest one and the real setting is given in `note`: Pakistan, Bangladesh, Saudi Arabia and the UAE
 * under IN; Ghana and Egypt under NG; the Philippines under US; Malaysia and Indonesia under VN;
 * Poland, Russia and Ukraine under DE.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Negative, type Template } from "./markup";

/** One hand-written positive for one country; `note` records the real setting when the code is a stand-in. */
const t = (key: string, c: Country, make: (x: Ctx) => string, note?: string): Template => ({
  key: `b22-${key}`,
  countries: [c],
  make: note === undefined ? make : (x: Ctx) => ({ text: make(x), note }),
});

/** One hand-written identifier-free negative. */
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key: `b22n-${key}`, country, text } : { key: `b22n-${key}`, country, text, note };

const positives: Template[] = [
  // --- United States ---------------------------------------------------------------------------
  t("us-ed-nh", "US", () =>
    `anyone seen this? ${$.age("91yo")} F from the NH, lactate 6.2 on 4 of levo, son ${$.name("Dwayne")} wants full code and "everything" 🙏 what do u guys actually do here`,
    "EM attending, Texas"),
  t("us-voice-rr", "US", () =>
    `ok this is voice to text sorry. 67 year old male farmer lives out on ${$.addr("rural route 3 box 214 Mound City")} presents with pinpoint pupils and drooling question mark organophosphate period atropine 2 milligrams times 4 period does poison control follow up out there or do we`,
    "rural Missouri ED, dictated"),
  t("us-fwd-mrn", "US", () =>
    `Fwd from our charge nurse 👇\n\n> pt in 14B (MRN ${$.mrn("00482917")}) pulled his PICC again, wife says call her cell ${$.phone("(313) 408-2276")} not the house\n\nmitts vs sitter? we're so short tonight`),
  t("us-lab-print", "US", () =>
    `sorry for pic quality, typed it out:\n\nLAB REPORT   pg 1/2\nPT: ${$.name("HOLLOWAY, RHONDA J")}   DOB: ${$.date("04/19/1958")}   ACCT# ${$.acct("7740021983")}\nNa   128  L  (135-145)\nK    5.9  H  (3.5-5.1)\nCr   2.4  H  (0.6-1.1)\n\nis this just her CKD or do i worry abt the K, she's on lisinopril + bactrim 😬`),
  t("us-derm-insta", "US", () =>
    `derm q — teen w acne fulminans, mom keeps DMing me on insta from ${$.oid("@kayleemarie.nailz")} asking for isotretinoin refills. iPLEDGE doesnt work like that 😩 how do u handle the boundary thing`),
  t("us-mbi", "US", (x) =>
    `billing q, medicare denied 99490 CCM again. MBI ${$.plan(K.mbi(x.r))} — dashes or no dashes when u resubmit?? front desk and i are arguing lol`),
  t("us-icd-serial", "US", () =>
    `ICD shocked him x3 in the walmart parking lot 😳 Medtronic Cobalt XT s/n ${$.dev("BLF603117H")}, rep thinks lead noise. EP fellow is out, anyone know how to read the T-wave oversensing on the carelink report`),
  t("us-mvc-plate", "US", () =>
    `EMS run sheet pasted: "MVC rollover, driver ejected, F-150 TX plate ${$.veh("LKD-4471")}, ETOH on scene" — PD now asking me for BAL without a warrant. do i have to give it?`,
    "trauma surgeon, Texas"),
  t("us-fax-grandma", "US", () =>
    `peds - grandma has guardianship but only has a fax at her work 🙄 ${$.fax("(601) 982-4417")}. is faxing the consent form ok or do i need a wet signature for the LP`,
    "pediatric hospitalist, Mississippi"),
  t("us-portal-ip", "US", () =>
    `weird one: portal flagged a login to his account from ${$.ip("73.162.48.201")} while he was inpatient on our floor. IT says prob his brother. do we have to report that as a breach??`),
  t("us-cdl", "US", () =>
    `occ med DOT physical - trucker, CDL ${$.lic("M246-7793-1048")}, A1c 10.9, just started insulin. can i still certify him? thought FMCSA changed the ITDM rule in 2018`,
    "occupational medicine, Illinois"),
  t("us-fwd-email-dob", "US", () =>
    `---------- Forwarded message ---------\nFrom: ${$.email("t.benally.1962@yahoo.com")}\nSubject: my mom\n\nDr its her son, she fell again sunday, born ${$.date("Feb 3 1931")} if u need it for the chart\n----------\nhow do you all reply to these w/o getting in trouble`,
    "geriatrics, Arizona"),

  // --- United Kingdom ------------------------------------------------------------------------------
  t("uk-nhs-renal", "UK", (x) =>
    `GP here. any renal reg awake? eGFR 52→31 in 3 wks on ramipril + spiro, K 5.8. NHS ${$.plan(K.nhsNumber(x.r))} if anyone at LTHT wants to look on PPM+`),
  t("uk-s136", "UK", () =>
    `on call psych. 19M brought in on s136 from ${$.addr("Blackbird Leys, OX4 6QD")}, says he's being followed by MI5, mum on ${$.phone("07845 219366")} - tried 3x no answer 🙄 anyone know if the s136 suite at the Warneford is open?`),
  t("uk-hospno", "UK", () =>
    `bleep 4471 if anyone's around — pt ${$.name("PRITCHARD")} ${$.name("Gemma")} hosp no ${$.mrn("K2049817")} needs a CT head tonight and radiology want "discussion with consultant" every single time ffs`),
  t("uk-tto", "UK", () =>
    `pasted from the TTO:\n**Name:** ${$.name("Harvey Threlfall")}\n**DOB:** ${$.date("02/11/1941")}\n**Dx:** CAP + delirium\n**Abx:** amox 500 tds 5/7\n\nwhy does pharmacy keep changing the amox to 1g 🤦`),
  t("uk-ni-no", "UK", (x) =>
    `occ health - forklift driver with new epilepsy dx. HR emailed me his NI no ${$.ssn(K.niNumber(x.r))} in the subject line 😬 do I have to flag that to IG?`),
  t("uk-daughter-email", "UK", () =>
    `daughter keeps emailing me directly at night (${$.email("sharon.cartwright64@btinternet.com")}) about her dad's warfarin + INRs. practice policy says no. how do you lot manage this without sounding rude`),
  t("uk-voice-dob", "UK", () =>
    `voice note transcribed sorry: right so the lady in bay 4 date of birth ${$.date("twelfth of June 1938")} came in with a fall query long lie CK 14000 is she for fluids or for dialysis question mark renal not answering`),

  // --- Ireland -------------------------------------------------------------------------------------
  t("ie-eircode", "IE", () =>
    `GP Kerry: elderly man living alone at ${$.addr("Ballyheigue, V92 R6T4")}, 3 falls this mth, PHN can't go out til tues. anyone got a number for the CIT in UHK?`),
  t("ie-ppsn", "IE", (x) =>
    `medical card renewal wants PPSN ${$.ssn(K.ppsn(x.r))} + GP stamp, pt ${$.name("Tadhg Ó Briain")} can't get to the post office. can I just scan + email it?`),
  t("ie-fwd-sms", "IE", () =>
    `Fwd: text from a pt's wife\n"hi dr its ${$.name("Orla")} ${$.name("Kavanagh")} here he's not right since the new tablets ring me on ${$.phone("087 914 3320")}"\n\n84M, donepezil 2 wks, HR 48 at the pharmacy. stop it?`),
  t("ie-age", "IE", () =>
    `GP Cavan, nursing home round: lady of ${$.age("ninety-seven")}, new AF rate 130s, eats like a bird. anticoag at that age? her son (pharmacist himself 🙄) wants a DOAC`),

  // --- Canada --------------------------------------------------------------------------------------
  t("ca-ohip", "CA", (x) =>
    `ON fam med. walk-in billed my rostered pt ${$.plan(K.ohip(x.r))} same day and now I get the outside use negation 🙃 anyone fought this successfully`),
  t("ca-ramq", "CA", (x) =>
    `urgence Sherbrooke, excuse my english. Mme ${$.name("Thibodeau")}, ${$.age("93 ans")}, chute, INR 4.8, HSD 8mm. famille veut pas chirurgie. RAMQ ${$.plan(K.ramq(x.r, "Thibodeau", "Gisèle", { d: 14, m: 8, y: 1932 }, true))} si quelqu'un au CHUS peut voir au DSQ`),
  t("ca-postal", "CA", () =>
    `rural NS - family lives way out at ${$.addr("Sheet Harbour, B0J 3B0")}, 2 hrs to the IWK. any1 done home NG feeds out there w/o VON?`),

  // --- Australia ----------------------------------------------------------------------------------
  t("au-medicare", "AU", (x) =>
    `GP Dubbo. medicare no. ${$.plan(K.auMedicare(x.r).number)} - bulk bill rejected item 721 again, "card issue no. invalid". hate this system`),
  t("au-snake", "AU", () =>
    `ED Townsville, 4yo bitten by a brown in the backyard at ${$.addr("Kirwan QLD 4817")}, no coag, 20WBCT fine. obs 12h or 24h? 🐍`),
  t("au-dva", "AU", (x) =>
    `geri reg - DVA gold card ${$.plan(K.dvaFile(x.r))}, ${$.age("94 yo")} korea vet, granddaughter ${$.name("Kirra")} is main contact. can DVA cover a hospital bed at home?`),
  t("au-libre", "AU", () =>
    `T1D teen, Libre 3 sensor s/n ${$.dev("3MH00142XYT3")} died on day 2 again, abbott want the serial + a photo. NDSS replacing? 3rd one this month`),
  t("au-gofundme", "AU", () =>
    `pt's wife set up a gofundme ${$.url("gofundme.com/f/help-brett-beat-mnd")} and tagged our clinic in it 😬 do we respond or ignore? Perth`),

  // --- India ---------------------------------------------------------------------------------------
  t("in-whatsapp-aadhaar", "IN", (x) =>
    `[WhatsApp fwd] Sir pls see. Pt ${$.name("Ramesh Kumar Yadav")} aadhar ${$.ssn(K.aadhaar(x.r))} PMJAY pre auth rejected for CABG. what to do sir??`),
  t("in-uhid-delhi", "IN", () =>
    `dengue w warning signs, plt 18k, UHID ${$.mrn("104733829")}, from ${$.addr("Sangam Vihar, New Delhi 110080")}, no beds in medicine. send to LNJP or keep on trolley?`),
  t("in-abha", "IN", (x) =>
    `ABHA ${$.plan(K.abha(x.r))} linked but reports not showing. father's mob ${$.phone("+91 98110 47263")}, he keeps calling 😅 how to push from LIS to the PHR app?`),
  t("in-hinglish", "IN", () =>
    `bhai ek case hai - 34F G3P2 32 wks, BP 170/110, urine alb 3+. MgSO4 shuru kar diya. naam ${$.name("Sunita Devi")}, gaon ${$.addr("Rampur Maniharan")} se aayi hai. referral kahan karein? 🙏`),
  t("in-lab-paste", "IN", () =>
    `pasted from the lab report:\nName : Mr. ${$.name("PRAKASH NAIR")}\nAge/Sex : 58Y/M\nLab No : ${$.oid("2309417760")}\nCollected : ${$.date("12/Mar/2025")} 08:41\nHbA1c 11.2 %\n\nalready on metformin 1g bd + glimi 2. start insulin or add SGLT2?`),
  t("in-discharge", "IN", () =>
    `DISCHARGE SUMMARY (pg 2, pasted)\nIP No: ${$.mrn("IP/24/118342")}\nDOA: ${$.date("02-01-2025")}  DOD: ${$.date("09-01-2025")}\nDx: Scrub typhus with MODS\nAdv: Doxy 100 bd x 7d\n\nis 7d enough after an ICU stay? consultant on leave`,
    "Bengaluru"),
  t("pk-cnic", "IN", () =>
    `Lahore. sehat card claim stuck, CNIC ${$.ssn("35202-8841937-5")}, pt on HD 3x/wk. admin says "system down" since 3 days 🙄 any1 at Mayo hospital know who to call`,
    "Pakistan (Lahore); CNIC is the national identity card number"),
  t("pk-karachi", "IN", () =>
    `peds ER Karachi, 2yo severe dehydration + ?XDR typhoid. father ${$.name("Imran")} number ${$.phone("0321-2847719")}, he went to get money for meropenem 😞 start now or wait`,
    "Pakistan (Karachi)"),
  t("pk-snakebite", "IN", () =>
    `MR# ${$.mrn("KTH-24-118307")} - 45M krait? bite, 20 vials ASV already, still bleeding from gums, 20WBCT unclotted. more ASV or FFP? Peshawar`,
    "Pakistan (Peshawar)"),
  t("bd-nid", "IN", () =>
    `DMCH medicine unit 3. reg no ${$.mrn("24-118732")}, dengue shock 2nd episode. attendants want BSMMU transfer, ICU beds all full 😩 any1 have a contact?`,
    "Bangladesh (Dhaka); hospital registration number"),
  t("bd-cholera", "IN", () =>
    `?cholera cluster - 6 pts from same para in ${$.addr("Kamrangirchar")}, one kid's mother ${$.name("Rokeya Begum")} says all use the same tube well. IEDCR hotline not picking up`,
    "Bangladesh (Dhaka)"),
  t("sa-jeddah", "IN", () =>
    `Jeddah. 28F G1 32 wk, SCD in crisis. MRN ${$.mrn("1108-447-29")}, husband ${$.name("Faisal al-Harbi")} asking for exchange transfusion. who does it here?`,
    "Saudi Arabia (Jeddah)"),
  t("ae-eid", "IN", () =>
    `Dubai. Emirates ID ${$.ssn("784-1979-4418302-6")} not matching her insurance card — pharmacy won't dispense insulin. she's a nurse, scared of losing her job. who do I call at DHA?`,
    "UAE (Dubai)"),
  t("ae-email", "IN", () =>
    `Abu Dhabi. patient's son emails me at 2am from ${$.email("rashid.almansoori87@gmail.com")} with lab screenshots 😅 how do u set boundaries w/o offending the family`,
    "UAE (Abu Dhabi)"),

  // --- Nigeria, Ghana, Egypt ---------------------------------------------------------------------
  t("ng-handover", "NG", () =>
    `handover pls 🙏\nbed 7 - Mr ${$.name("Chukwuemeka")} ${$.name("Obi")}, DKA, insulin infusion, RBS 2hrly\nbed 12 - baby of ${$.name("Funmilayo")}, NNJ, SBR 18, ?exchange\nbed 15 - sickler, crisis, on pentazocine\nreg is Dr Okafor tonight`),
  t("ng-facebook", "NG", () =>
    `pt's sister is posting his wound photos on facebook for donations ${$.url("facebook.com/groups/helpemekahealfast")} 😩 should we ask her to take it down? UCH surgery`),
  t("ng-luth", "NG", () =>
    `consultant wants me to call relations. hosp no ${$.mrn("LUTH/19/44827")}, brother's line ${$.phone("0803 457 2219")} keeps saying not reachable. SCD crisis, PCV 14%`),
  t("ng-iya", "NG", () =>
    `abeg who get anti-D for Ikeja side? mama ${$.name("Yetunde")}, everyone calls her Iya ${$.name("Bolaji")}, Rh neg, 28 wks, last delivery was with TBA 😩`),
  t("ng-kano-dob", "NG", () =>
    `NYSC doc in Kano. child ${$.name("Abdullahi Musa")}, DOB ${$.date("11th Nov 2022")}, no measles doses at all, now rash + conjunctivitis. vit A 200k IU today and tomorrow abi?`),
  t("gh-nhis", "NG", () =>
    `Korle Bu. NHIS card ${$.plan("07431928")} expired, family can't renew till monday. can we give the ceftriaxone on credit? 😭`,
    "Ghana (Accra)"),
  t("gh-ghanacard", "NG", () =>
    `pt brought Ghana card ${$.ssn("GHA-718402293-6")}, name on it ${$.name("Akosua Mensah-Bonsu")} but she says everyone knows her as ${$.name("Adwoa")}. which do we use on the folder?`,
    "Ghana (Kumasi); Ghana card is the national identity number"),
  t("eg-stroke", "NG", () =>
    `Kasr Al Ainy ER, sorry my english. old man ${$.age("93 years")}, stroke 3 hr, NIHSS 14. tPA? family refuse. national ID ${$.ssn("23207120102318")} in the file, can they refuse for him?`,
    "Egypt (Cairo); 14-digit national ID"),
  t("eg-whatsapp", "NG", () =>
    `Alex: 3yo FB aspiration, bronch tomorrow 8am. father ${$.name("Mahmoud")} wants me on whatsapp ${$.phone("+20 100 482 7716")} 📱 should i give it?`,
    "Egypt (Alexandria)"),

  // --- South Africa --------------------------------------------------------------------------------
  t("za-id", "ZA", (x) =>
    `GP Soweto. SA ID ${$.ssn(K.zaId(x.r, { d: 3, m: 9, y: 1967 }, false))} on the disability grant form and SASSA wants "doctor's stamp on every page" 🙄`),
  t("za-medaid", "ZA", () =>
    `Discovery auth for MRI lumbar, member no ${$.plan("281604973")} dep 01. declined bcs "no conservative Rx" - 6 wks physio documented. anyone won an appeal?`),
  t("za-bara", "ZA", () =>
    `Bara peds - mom ${$.name("Nomvula")} cell ${$.phone("072 418 9930")}, HEU baby, birth PCR neg, 10wk PCR never done, she moved to ${$.addr("Orange Farm")}. tracing team?`),
  t("za-nicu-date", "ZA", () =>
    `NICU Chris Hani Bara: baby born ${$.date("14/02")} at 29 wks, now d+40. ROP screen overdue? ophth only comes Thursdays`),

  // --- South-East Asia -----------------------------------------------------------------------------
  t("ph-philhealth", "US", () =>
    `PGH ER super toxic. 5yo lepto, PhilHealth ${$.plan("19-051127384-6")}, family from ${$.addr("Tondo")} after the flood. can we do HD sa kids here?`,
    "Philippines (Manila)"),
  t("ph-ofw", "US", () =>
    `pa-help naman, OFW nurse ${$.name("Rowena Dimaculangan")} PRC license ${$.lic("0481927")} needs clearance, CXR has old PTB scar. contact her sis ${$.phone("0917 482 3361")} kasi she's abroad na`,
    "Philippines (Batangas)"),
  t("my-ic", "VN", () =>
    `HKL. pt IC ${$.ssn("520914-10-5387")}, 72yo lady, dengue + DKA. family all in Sabah, who consents for central line?`,
    "Malaysia (Kuala Lumpur); MyKad number"),
  t("my-kelantan", "VN", () =>
    `klinik kesihatan Kelantan. TB defaulter ${$.name("Mohd Azlan bin Yusof")}, hp ${$.phone("013-948 2271")}, alamat ${$.addr("Kampung Pulau Panjang, 16100 Kota Bharu")}. dah 3x home visit tak jumpa`,
    "Malaysia (Kelantan)"),
  t("id-bpjs", "VN", () =>
    `RSUD Sleman. BPJS ${$.plan("0001847206193")} pt ditolak rujukan ke Sardjito krn "kuota habis". anak 6 thn DBD grade 3 😡`,
    "Indonesia (Yogyakarta)"),
  t("id-nik", "VN", () =>
    `NIK ${$.ssn("3471065208910003")} - hamil 34 mg, preeklampsia berat. suami kerja di Malaysia. who signs for SC? bidan bilang ibunya boleh`,
    "Indonesia (Yogyakarta); NIK is the national identity number"),

  // --- Brazil, Mexico, Colombia -------------------------------------------------------------------
  t("br-cpf", "BR", (x) =>
    `plantão UPA. pcte CPF ${$.ssn(K.cpf(x.r))}, regulação não aceita sem CNS. alguém sabe gerar CNS na hora?`),
  t("br-cns-cep", "BR", (x) =>
    `bom dia gente, encaminhamento pra onco: CNS ${$.plan(K.cns(x.r))}, mora em ${$.addr("Parelheiros, CEP 04890-000")}, 2h de ônibus até o ICESP 😔 vale pedir TFD?`),
  t("br-zap", "BR", () =>
    `filha da dona ${$.name("Cida")} mandou zap ${$.phone("(11) 98472-3316")} perguntando se pode dipirona junto com tramal. 88a, DRC. pode?`),
  t("mx-curp", "MX", (x) =>
    `IMSS consulta externa. CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Cruz", nombre: "María Guadalupe", dob: { d: 2, m: 11, y: 1974 }, female: true, state: "DF" }))} no aparece en el sistema y sin eso no le dan la insulina 😤`),
  t("mx-nss", "MX", (x) =>
    `urgencias Monterrey, 19M herida x arma blanca, NSS ${$.ssn(K.imssNss(x.r))}, mamá al ${$.phone("81 1498 2273")}. MP ya vino. tenemos que darles copia del expediente?`),
  t("mx-oaxaca", "MX", () =>
    `servicio social Oaxaca - señora de ${$.addr("San Juan Bautista Coixtlahuaca")}, preeclampsia severa, 4h a la ciudad por terracería. ideas para el sulfato en el camino?`),
  t("co-cc", "CO", () =>
    `Medellín urgencias. CC ${$.ssn("1.036.684.219")} - EPS no autoriza la TAC. pcte de ${$.addr("Rionegro")}, 41a, cefalea en trueno 🚨`),
  t("co-cali", "CO", () =>
    `pediatría Cali: niña 3a, ingesta de soda cáustica. abuela ${$.name("Luz Dary Mosquera")} al ${$.phone("310 847 2219")}, papás en España. endoscopia ya o esperar 24h?`),

  // --- Spain, France, Germany ---------------------------------------------------------------------
  t("es-dni", "ES", (x) =>
    `Urgencias. pac. ${$.name("Jordi Puig i Serra")} DNI ${$.ssn(K.dni(x.r))}, FA rápida. apixaban 2,5 o 5 con Cr 1,6, 82a, 58kg?`,
    "Barcelona"),
  t("es-nuhsa", "ES", () =>
    `AP Sevilla: el NUHSA ${$.plan("AN1047339821")} no carga en Diraya y la señora (84a) viene sola desde ${$.addr("Dos Hermanas")} 🙃 alguien más con caída del sistema?`),
  t("es-moto", "ES", () =>
    `mutua: accidente in itinere, repartidor, su moto matrícula ${$.veh("4821 KLM")}, fx escafoides. la mutua pide el atestado antes de aceptar la contingencia, es normal? 🙄`,
    "occupational medicine, Valencia"),
  t("fr-nir", "FR", (x) =>
    `vite fait: NIR ${$.ssn(K.nir(x.r, false, { m: 6, y: 1949 }))} pour le bon de transport VSL, la secrétaire veut aussi l'adresse: ${$.addr("14 rue des Tanneurs, 69007 Lyon")}. ça passe en ALD?`),
  t("fr-sos", "FR", () =>
    `SOS médecins - dame ${$.age("94 ans")}, seule, chute, sa fille Mme ${$.name("Brigitte Lefèvre")} au ${$.phone("06 72 41 88 19")} ne répond pas. je la laisse à domicile? 😕`),
  t("fr-pedopsy", "FR", () =>
    `pédopsy: ado 15a, TS paracétamol le ${$.date("3 mars")} au soir, ~10g, NAC débutée H+9. ok pour arrêter à 21h si bilan normal?`),
  t("de-hausbesuch", "DE", () =>
    `Hausbesuch bei Frau ${$.name("Kowalczyk")}, ${$.addr("Am Lindenhof 7, 34560 Fritzlar")}, Sturz, V.a. SHF, Sohn erreichbar unter ${$.phone("0171 4482913")}. RTW dauert 50 min 🙄`),
  t("de-fax", "DE", () =>
    `Tochter hat nur Fax (${$.fax("05661 924817")}) für die Patientenverfügung. wer faxt noch 2025 😂 reicht das rechtlich?`),
  t("de-iban", "DE", () =>
    `Privatpat. will Rückerstattung überwiesen, schickt per WhatsApp seine IBAN ${$.acct(K.iban("DE", "520604100004417263"))}. darf ich die im PVS speichern?`),
  t("pl-pesel", "DE", () =>
    `SOR Kraków, pacjent nieprzytomny, PESEL z dowodu ${$.ssn("57031204813")}. rodzina? nikt nie odbiera, policja szuka`,
    "Poland (Kraków); PESEL"),
  t("ru-snils", "DE", () =>
    `Moscow ER, pasted from приёмный: "СНИЛС ${$.ssn("174-829-361 07")}, полис ОМС ${$.plan("7751490288301164")}" — does ОМС cover PCI for migrants? nobody knows here`,
    "Russia (Moscow); SNILS is the pension number, OMS the compulsory insurance policy"),
  t("ua-viber", "DE", () =>
    `Lviv, blast injury 24M, 30% TBSA burns. mom's viber ${$.phone("+380 67 418 2294")}. anyone coordinating burn beds in Germany/Poland?`,
    "Ukraine (Lviv)"),

  // --- Japan, China --------------------------------------------------------------------------------
  t("jp-mynumber", "JP", (x) =>
    `Tokyo ER night shift 😵 lady ${$.age("96歳")} 大腿骨頸部骨折, card reader broken so front desk typed her マイナンバー ${$.ssn(K.myNumber(x.r))} into the team chat. delete?`),
  t("jp-referral", "JP", () =>
    `開業医 referral: ${$.name("田中 花子")}さん、連絡先 ${$.phone("090-4471-2836")}、CKD G4 eGFR 18. anyone know a nephrologist in Sapporo taking new pts?`),
  t("cn-id", "CN", (x) =>
    `ICU, ECMO d9. family wants 中医 herbs via NG. someone pasted 身份证 ${$.ssn(K.cnId(x.r, "110105", { d: 9, m: 4, y: 1934 }, true))} into the consent chat. ${$.age("91岁")}, is this even legal?`,
    "Beijing"),
  t("cn-wechat", "CN", () =>
    `ward WeChat group screenshot: "29床 ${$.name("王秀英")} 家属微信 ${$.oid("wxid_lk39dh2m")}" — is it ok to add family on wechat? admin says no 🤷`),
];

const negatives: Negative[] = [
  n("us-acep", "US", `anyone going to ACEP in Salt Lake Sept 6-9? 🍻 Dr. Whitaker's sepsis talk is a must`),
  n("us-pyxis", "US", `ugh pyxis down again. ext 4-2210 for pharm, pager 7734 for on-call. whoever has nights pls cover 🙏`),
  n("us-lot", "US", `is lot # 24K118 of ceftriaxone 1g the recalled one? NDC 0409-7332-01. pharmacist says check the FDA site`),
  n("us-trop", "US", `trop 0.04 → 0.09 → 0.21 (ref <0.04) over 3h, EKG NSR no STE. cards says NSTEMI, load asa 325 + ticag 180, hep gtt. agree?`),
  n("us-chads", "US", `CHA2DS2-VASc 4, HAS-BLED 3. apixaban 5 bid or 2.5 bid? she's in her 80s, 61 kg, Cr 1.3`),
  n("us-pmid", "US", `PMID 31535829 — DAPA-HF, NEJM 2019;381:1995-2008. anyone have suppl table 3? paywall at home`),
  n("us-nct", "US", `NCT04280705 ACTT-1 vs the SIMPLE trial, 5 vs 10 days remdesivir. what r u all doing now`),
  n("us-gage", "US", `Phineas Gage vibes 😅 personality change after a frontal contusion, family says "not the same guy"`),
  n("us-dictation", "US", `ok so voice to text again lady in her late 70s comma CHF exacerbation comma BNP 1400 comma lasix 40 IV BID period daughter at bedside very helpful period echo tomorrow`),
  n("us-780g", "US", `MiniMed 780G, firmware 6.2, Guardian 4 sensor lot G4-23117. known issue w auto mode at altitude? ski trip season 🏔️`),
  n("uk-bleep", "UK", `FY2 here, bleep 2816 went off 40 times last night 😵 is it normal for the med reg to hold 3 bleeps`),
  n("uk-nice", "UK", `NICE NG136: <140/90 if under 80, <150/90 if 80+. so my 86yo on 3 agents at 148/84 — drop one?`),
  n("uk-deanery", "UK", `anyone on the Oxford rotation from Aug 2025? want to swap Stoke Mandeville for the JR`),
  n("uk-ida", "UK", `Hb 84 (115-165) MCV 71 (80-100) ferritin 6 (13-150), FIT 14. 2ww or IV iron first?`),
  n("uk-hm", "UK", `H.M. (Henry Molaison) talk at the Wellcome tonight 7pm, anyone coming? free pizza apparently`),
  n("uk-cqc", "UK", `fwd from practice manager: "CQC inspection Weds 9am, pls have fridge temp logs (2-8°C) ready, room 3"`),
  n("ie-hse", "IE", `HSE live helpline 1800 700 700 for vaccine queries — give patients that, not the practice line 😅`),
  n("ie-rcpi", "IE", `Prof. Ní Bhriain's talk at the RCPI on Tues was class. slides up anywhere?`),
  n("ie-trolley", "IE", `CUH ED trolley count 47 this morning per INMO. ambulances diverting to the Mercy?`),
  n("ca-ohip-code", "CA", `ON folks — A007 vs A001 for a 10 min virtual? schedule of benefits p.47 is useless`),
  n("ca-ottawa", "CA", `ottawa ankle neg, ottawa knee neg, canadian c-spine neg → home 😂 ottawa has a rule for everything`),
  n("ca-tremblay", "CA", `Tremblay's sign? no that's not a thing lol, autocorrect. meant Trendelenburg 🤦`),
  n("au-rfds", "AU", `RFDS Broken Hill → Adelaide is 2h40 in the King Air. retrieval consultant on 1300 number via MedSTAR`),
  n("au-etg", "AU", `eTG: fluclox 2g IV q6h for cellulitis w systemic features, 5 days total. anyone going shorter?`),
  n("au-mve", "AU", `Murray Valley encephalitis cases up this wet season, NT Health alert 14 Feb. get the mozzie spray out 🦟`),
  n("in-harrison", "IN", `which chapter of Harrison 21e (ISBN 978-1-264-26850-4) has the dengue algorithm? 🙏`),
  n("in-neet", "IN", `NEET PG counselling round 2 result 14 Aug? anyone from AIIMS Jodhpur got radio?`),
  n("in-dengue", "IN", `NS1 +, IgM neg day 2, plt 1.4L → 82k → 61k. fluids as per WHO 2009 grp B. when to transfuse, pls don't say <10k 😅`),
  n("in-pmjay", "IN", `PMJAY package SB039A for TKR ₹80,000. ortho friends is that even enough for the implant?`),
  n("in-cbc", "IN", `[screenshot of CBC] Hb 6.9, MCV 62, RDW 19.8, Mentzer 11.6 → thal trait vs IDA? HbA2 pending`),
  n("pk-xdr", "IN", `Dr. Imran Qureshi's lecture at KEMU on XDR typhoid: azithro 500 od + meropenem 1g tds x14d. notes anyone?`, "Pakistan (Lahore)"),
  n("bd-ors", "IN", `ORS + zinc 20mg x10 days (10mg if <6 mo) per icddr,b. some still giving metro for watery diarrhoea 😒`, "Bangladesh (Dhaka)"),
  n("sa-scfhs", "IN", `SCFHS Part 1 on 28 Sep in Riyadh, Jeddah, Dammam. registration closes 1 Aug, don't miss it`, "Saudi Arabia"),
  n("sa-hajj", "IN", `Hajj heat stroke protocol: cool to 39°C within 30 min, ice-water immersion. Mina hospital ext 2251`, "Saudi Arabia (Makkah)"),
  n("ae-dha", "IN", `DHA licensing - 3 yrs post-internship for GP or 2? asking for a friend from Cairo 😅`, "UAE (Dubai)"),
  n("ae-ccad", "IN", `CCAD grand rounds Thursday 7:30 — Dr. Al Mansoori on MIS-C vs Kawasaki post-COVID`, "UAE (Abu Dhabi)"),
  n("ng-strike", "NG", `who dey for the NMA strike Monday? Dr. Adebayo said clinics go run skeleton only. ward 7 & 9 cover pls`),
  n("ng-malaria", "NG", `PCV 19%, WBC 14.2 x10^9/L, MP +++ (P. falciparum), RBS 3.1 mmol/L. IV artesunate 2.4mg/kg at 0, 12, 24h for 14kg child, then ACT?`),
  n("ng-lassa", "NG", `suspected Lassa — NCDC toll free 6232. ribavirin 33mg/kg load. ward D isolation, Irrua for referral`),
  n("gh-hepb", "NG", `HepB vaccine lot GH-2211B, pharm says exp 03/2026. ok to use?`, "Ghana (Accra)"),
  n("gh-wacp", "NG", `Dr. Mensah-Bonsu from KATH presenting the sickle cell data at WACP, Accra, Nov 12-14`, "Ghana"),
  n("eg-exam", "NG", `Kasr Al Ainy residency exam 12/10? syllabus Davidson 24th ed ch 14-19`, "Egypt (Cairo)"),
  n("za-tb", "ZA", `4 FDC tabs for 55-70kg per the 2014 guideline. pt is 62kg. u weigh at every visit?`),
  n("za-gsh", "ZA", `Groote Schuur trauma friday: 23 GSWs before midnight 😮‍💨 who's on the 08:00 handover`),
  n("za-hlabisa", "ZA", `Tanser et al, Science 2013, Hlabisa cohort — still the best ART & life expectancy data imo`),
  n("ph-caserate", "US", `PhilHealth case rate for CAP moderate risk is 15,000 php right? sa amin avg bill 43,997`, "Philippines"),
  n("ph-doh", "US", `DOH advisory on pertussis — azithro 10 mg/kg day 1 then 5 mg/kg x4 days. daming cases sa Cebu`, "Philippines"),
  n("my-cpg", "VN", `MOH CPG dengue — compensated shock: crystalloid 10-20 ml/kg over 1 hr. still 2015 edn or is there a new one?`, "Malaysia"),
  n("my-clinic", "VN", `klinik 8am-5pm Isnin-Jumaat, Sabtu 8-1. after that A&E HTAA. ward 7B ext 4413`, "Malaysia (Kuantan)"),
  n("id-webinar", "VN", `webinar IDI Jakarta 20 Juli jam 19.00 WIB, link di grup. topik: tatalaksana DBD anak`, "Indonesia"),
  n("br-dipirona", "BR", `dipirona 1g 6/6h + tramadol 50mg 8/8h, pcte 82a, DRC TFG 28. posso manter? bulário ANVISA não ajuda`),
  n("br-plantao", "BR", `plantão 19h-7h no HC, ramal 6244, se alguém quiser trocar sábado 🙏`),
  n("br-qtc", "BR", `laudo: "ritmo sinusal, FC 58 bpm, QTc 486 ms" — em uso de azitro + ondansetrona. suspende?`),
  n("mx-nom", "MX", `NOM-007-SSA2-2016 dice mínimo 8 consultas prenatales. en mi rural hacemos 5 🤷`),
  n("mx-sesion", "MX", `la Dra. Hernández Cruz da la sesión de dengue el jueves 17 a las 8:00, auditorio B`),
  n("co-acmi", "CO", `alguien en el congreso ACMI Cartagena 10-12 oct? el Dr. Restrepo presenta lo de Chagas`),
  n("co-news2", "CO", `NEWS2: FR 24 (2), SpO2 91 (3), TAS 98 (2), FC 118 (2), T 38.6 (1), alerta → 10. activamos código?`),
  n("es-mir", "ES", `MIR 2025 nº 2314, cardio en La Paz o Clínic? 😬`),
  n("es-ecg", "ES", `ECG: RS 72 lpm, PR 220 ms, QRS 0,10, BRDHH. BAV 1er grado. ¿suspendemos bisoprolol 2,5?`),
  n("fr-samu", "FR", `garde SAMU 69 ce soir, régul chargée. qqn a la ligne directe du Dr Lefèvre en réa?`),
  n("fr-has", "FR", `HAS: ferritine < 30 µg/L = carence. fer IV si Hb < 10 g/dL en pré-op. Ferinject 1000 mg en 15 min`),
  n("fr-ordo", "FR", `ordo type: amox 1g x3/j 7j, paracétamol 1g x4/j max, renouvelable 0 fois. je suis à Lille si besoin 😉`),
  n("de-dienstplan", "DE", `Dienstplan KW 36: Nacht Mo–Mi Dr. Schulz, Do–So ich 😩 Pieper 3417 falls jemand tauschen will`),
  n("de-labor", "DE", `CRP 187 mg/l (<5), PCT 4,2 ng/ml, Leukos 19,3/nl. Pip/Taz 4,5 g 3x tgl, Fokus Urin. passt?`),
  n("de-takotsubo", "DE", `Takotsubo vs LAD-Verschluss: apikales Ballooning, TnT 812 ng/l. Koro morgen 8 Uhr, HKL Saal 2`),
  n("pl-erecepta", "DE", `błąd walidacji PESEL w e-recepcie od 1 stycznia — ktoś ma obejście?`, "Poland"),
  n("ru-oks", "DE", `клинреки МЗ РФ 2020 по ОКС — тикагрелор 180 мг нагрузка. у нас нет, только клопидогрел 600 😞`, "Russia"),
  n("ua-tccc", "DE", `tourniquet conversion after 2h per TCCC 2023 — anyone got the Pirogov course link? Kyiv`, "Ukraine"),
  n("jp-naika", "JP", `当直明け 😵 日本内科学会 2025年4月 京都. anyone presenting?`),
  n("jp-kawasaki", "JP", `Kawasaki: IVIG 2g/kg + ASA 30-50 mg/kg/d, add PSL if Kobayashi score ≥5 per the Japanese 2020 guideline`),
  n("cn-wechat-rule", "CN", `group rule: no pt names, 床号 only. e.g. "12床 CAP, CURB-65 3, 转ICU" 👍`),
  n("cn-lft", "CN", `化验: ALT 412 U/L (7-40), AST 388, TBil 56 μmol/L, HBV DNA 2.3×10^7 IU/mL. 恩替卡韦 0.5mg qd?`),
];

export const batch22: Batch = { name: "batch-22", positives, negatives };
