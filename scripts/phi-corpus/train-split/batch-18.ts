/**
 * Batch 18: hand-written posts aimed at what scanners miss most: names in unexpected forms
 * (surname-first, ALL-CAPS, lower-case, particles, nicknames, names inside file names, initials with
 * an occupation, relatives named in passing), ages of 90+ phrased in many languages, record numbers,
 * accession numbers, device serials, insurance/employee/student/prisoner/case numbers with and
 * without labels, and sub-state places (villages, townships, barangays, colonias, wards, rural routes,
 * postcodes) in many countries. The Country type has no code for Pakistan, Bangladesh, Egypt, Ghana,
 * Kenya, the Philippines, Indonesia, Portugal, Poland or Turkey: posts set there carry the nearest
 * listed code and a note naming the real setting, so per-country stats stay honest about it.
 * Negatives are identifier-free texts that look risky (codes, model and lot numbers, eponyms,
 * colleagues, public numbers, places that are not the patient's).
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Made, type Negative, type Template } from "./markup";

const t = (key: string, c: Country, make: (x: Ctx) => string): Template => ({ key: `b18-${key}`, countries: [c], make });
/** A positive set in a country the Country type lacks: the note records the real setting. */
const tn = (key: string, c: Country, setting: string, make: (x: Ctx) => string): Template => ({
  key: `b18-${key}`,
  countries: [c],
  make: (x: Ctx): Made => ({ text: make(x), note: `setting: ${setting} (no code in Country; tagged ${c})` }),
});
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key: `b18n-${key}`, country, text } : { key: `b18n-${key}`, country, text, note };

const positives: Template[] = [
  // --- South and Southeast Asia ---------------------------------------------------------------
  tn("ph-lola-brgy", "US", "Philippines", () =>
    `pa-consult po mga doc 🙏 ${$.age("94 y/o")} lola, bedbound x2 yrs, from ${$.addr("Brgy. Malanday, Marikina")}. Family calls her "Lola ${$.name("Ising")}" (${$.name("Isidra Macaraeg")} sa chart). Stage 3 sacral sore, now febrile 38.6, RR 24. Daughter-in-law asking kung pwede home IV abx. PhilHealth PIN ${$.plan("02-025518873-4")} daw, senior citizen so covered? ceftriaxone OD at home vs admit?`),
  tn("ph-ofw-sss", "US", "Philippines", () =>
    `[10:42] Dr. Villanueva: pasa ko lang, referral from RHU
[10:42] Dr. Villanueva: ${$.name("DELA CRUZ, Rowena")} 33F returning OFW from KSA, 3 wks cough + night sweats
[10:43] Dr. Villanueva: address ${$.addr("Purok 3, Brgy. Tagpos, Binangonan")}
[10:43] Dr. Villanueva: SSS ${$.ssn("34-1827364-5")}
[10:44] Dr. Villanueva: GeneXpert MTB detected, Rif resistance NOT detected. pero she needs fit-to-work cert para makabalik abroad. how long before we can sign?`),
  tn("pk-referral-chak", "IN", "Pakistan", () =>
    `Respected Sir,
Kindly examine Mst. ${$.name("Nasreen Bibi")} w/o ${$.name("Muhammad Aslam")}, age about 38 yrs, r/o ${$.addr("Chak No. 214 RB, Tehsil Jaranwala, District Faisalabad")}, MR No. ${$.mrn("2024/FSD/08817")}, CNIC ${$.ssn("33100-4829173-6")}. She is a known case of rheumatic MS with AF, on warfarin, INR not controlling in our setup. Referred for PTMC evaluation please.
Regards,
Medical Officer, RHC`),
  tn("pk-lahore-dialysis", "IN", "Pakistan", () =>
    `nephro colleagues — 52M on MHD twice weekly only (cost), lives ${$.addr("Mohalla Kot Khwaja Saeed, Shalimar Town, Lahore")}. Dialysis reg no ${$.mrn("D-4471/22")}. Son ${$.name("Bilal")} asks abt AV fistula vs continuing permcath #3. Sehat Card is on his CNIC ${$.ssn("35202-7719304-1")} but they say AVF surgery not covered?? anyone know`),
  t("bd-sylhet-fever", "UK", () =>
    `GP here. Mrs ${$.name("BEGUM")} (${$.name("Ruksana")}) just back from 4 months at the family bari in ${$.addr("Jagannathpur, Sunamganj")}. Now fevers, splenomegaly, plt 62. Malaria films neg x2. Was treated "for typhoid" locally with something IV. Kala-azar worth considering? Her nephew ${$.name("Shipon")} translates, says the whole para had "long fever" last year.`),
  tn("bd-dhaka-card", "IN", "Bangladesh", () =>
    `**Pt:** ${$.name("Md. Abul Kashem Mia")}
**Age:** 61
**Add:** ${$.addr("House 12, Road 7, Block C, Mirpur-11, Dhaka-1216")}
**Hosp Reg:** ${$.mrn("DMCH.24.118273")}
**C/C:** chest pain 6 h, ST elevation II, III, aVF
No cath lab available after 8 pm at our place. SK given at 4h. Should we still transfer for PCI next morning or only if ischemia recurs?`),
  t("in-krait-haryana", "IN", () =>
    `Sir ek case discuss karna tha. Patient ${$.name("Ramesh")} s/o Sh. ${$.name("Kishan Lal")}, 67M, gaon ${$.addr("Bhainsa Khera, tehsil Kosli, distt Rewari")}. Krait bite suspected, ptosis +, no local swelling. 10 vials ASV diye, still neuro signs progressing. UHID ${$.mrn("240318/0047")}. Neostigmine trial karein ya seedha ventilator?`),
  t("in-pmjay-table", "IN", (x) =>
    `PMJAY pre-auth rejected for hemiarthroplasty, reason "age". Details as submitted:

| Field | Value |
|---|---|
| Name | ${$.name("K. Lakshmamma")} |
| Age | ${$.age("90 yrs")} |
| Village | ${$.addr("Kothapalle, Mdl. Thimmapur, Karimnagar")} |
| Aadhaar | ${$.ssn(K.aadhaar(x.r))} |
| Dx | #NOF left, Garden IV |

Anyone successfully appealed such a rejection? TMS portal gives no option.`),
  t("in-hindi-saal", "IN", () =>
    `Geriatric query: Amma ji ${$.age("91 saal")} ki hain, ${$.addr("Pocket 4, Sector 23, Rohini")} mein beti ke saath rehti hain. Naam ${$.name("Savitri Devi Aggarwal")}. Recurrent hyponatremia (Na 121-126), on no thiazide. TSH, cortisol normal. Urine osm 480. Fluid restrict kiya but she drinks chai all day 😅 urea tablets available in India?`),
  t("in-histo-accession", "IN", () =>
    `Path query. Biopsy from Shri ${$.name("Venkatesh Gowda")}'s cervical node, our histo no. ${$.oid("H-2417/24")}, shows caseating granuloma but also few atypical cells. IHC sent outside (${$.oid("IHC/B/0933")}). Clinician wants ATT started today. Reasonable or wait for IHC?`),
  tn("id-bogor-bpjs", "AU", "Indonesia", () =>
    `Mohon masukan, colleagues. Ibu ${$.name("Sri Wahyuni")}, 45, dari ${$.addr("Desa Sukamaju, Kec. Cibungbulan, Kab. Bogor")}. No. BPJS ${$.plan("0001284471923")}. Day 5 fever, plt 38k, HCT rising 44 -> 51. Ward full, she refuses to stay because anak kecil at home. Outpatient with daily CBC ok or too risky?`),
  t("vn-tuoi", "VN", () =>
    `Hỏi ý kiến: cụ bà ${$.name("Nguyễn Thị Lài")}, ${$.age("97 tuổi")}, ở ${$.addr("xã Hải Vân, huyện Như Thanh")}, Thanh Hóa. Gãy cổ xương đùi, gia đình không muốn mổ. Our ortho says conservative = death sentence. How do you counsel families in this age group?`),

  // --- Middle East, Africa --------------------------------------------------------------------
  tn("eg-shubra-retention", "UK", "Egypt", () =>
    `Salam colleagues. Haj ${$.name("Mahmoud Abdel-Rahman")}, ${$.age("ninety-one years")}, from ${$.addr("Shubra El-Kheima")} (Qalyubia), file no. ${$.mrn("7731/Q/23")} at our hospital. Known BPH, now retention + AKI creat 3.9. Son (Eng. ${$.name("Tarek")}) refuses catheter "because of his dignity". How you manage this in your centers?`),
  tn("gh-savelugu-jaundice", "NG", "Ghana", () =>
    `Chale quick one from the north. 6yo boy from ${$.addr("Savelugu")}, mum says everyone calls him "${$.name("Rasho")}" (${$.name("Abdul-Rashid Issahaku")} on the folder). Painless jaundice 2/52, no fever, pale stools. NHIS no ${$.plan("04829175")}. LFT pending, we don't have MRCP. What would you do first?`),
  tn("gh-accra-nhis-plain", "NG", "Ghana", () =>
    `nurse sent me this pic of the card: ${$.name("AMPOFO Yaa Serwaa")} / ${$.plan("17448291")} / ${$.addr("Dansoman Last Stop")}. pt is ${$.age("93")}, hypoglycemic on glibenclamide her pharmacist started. sugar 1.9 twice. how long to watch after D50 with a sulfonylurea this long acting?`),
  tn("ke-kangemi-spine", "NG", "Kenya", () =>
    `Pt: ${$.name("Wanjiru Kamau")}
Age/Sex: 47/F
Res: ${$.addr("Kangemi, Westlands")}
IP No: ${$.mrn("KNH/IP/2024/118273")}
NHIF: ${$.plan("28813406")}
Dx: ?TB spine vs metastasis. MRI shows T10-T11 collapse with paravertebral collection. Biopsy first or start empiric RHZE given TB burden here?`),
  tn("ke-court-case", "NG", "Kenya", () =>
    `Medico-legal Q. I examined a 14yo girl (P3 form filled), now summoned as witness in Kibera Law Courts, Cr. Case No. ${$.oid("E1184 of 2024")}. Accused is her uncle ${$.name("Otieno")}. Do I bring the original notes or a certified copy? First time testifying.`),
  t("za-mamelodi-voice", "ZA", () =>
    `okay so this is a ${$.age("93 year old")} gogo from ${$.addr("mamelodi east extension 18")} brought in by her grandson ${$.name("sibusiso")} who says she stopped eating three days ago new onset confusion sodium 118 she is on hydrochlorothiazide from the clinic question mark correct slowly obviously but how slow in someone this old`),
  t("za-upington-peds", "ZA", () =>
    `Paeds Q. Mrs ${$.name("Marlize van der Walt")}'s boy ${$.name("Ruan")} (4) from ${$.addr("Upington")}, third febrile UTI this year, DMSA shows scarring L upper pole. Discovery no. ${$.plan("214883716")}. MCUG booked in Kimberley. Prophylaxis in the meantime: nitrofurantoin or trimethoprim?`),
  t("za-id-tsolo", "ZA", (x) =>
    `Rural DOH hospital. Gogo ${$.name("Nomathemba Mqikela")}, ${$.age("102")} per her ID (${$.ssn(K.zaId(x.r, { d: 3, m: 4, y: 1922 }, true))}), from ${$.addr("Nqadu village, Tsolo")}. Family asks us to sign that she is "too old for the SASSA queue". Any template for a proxy grant letter?`),
  t("za-nhls-lab", "ZA", () =>
    `Anyone seen NHLS do this: episode no. ${$.oid("KX0094471")} came back "specimen rejected – unlabelled", but I labelled it myself. Now ${$.name("Themba")} (my pt, 31M, cryptococcal meningitis) has to have another LP. Is it worth an incident report?`),
  t("ng-okonkwo-caps", "NG", () =>
    `${$.name("OKONKWO, Chidinma A.")} — 29F G2P1, booked at 14/40. Hosp. no. ${$.mrn("LUTH/OBS/23/4471")}. Hb 7.9 at 32/40 despite oral iron. Husband Mr ${$.name("Okonkwo")} refusing transfusion (JW). IV iron options we have: iron sucrose only. Enough time before term?`),
  t("ng-ikorodu-lowercase", "NG", () =>
    `pls who has seen this b4. pt is ${$.name("tunde bakare")} 34m okada rider from ${$.addr("ikorodu")}, fell 10 days ago, now lockjaw and back spasms. no TT ever. we have HTIG? no. only ATS horse. dose?`),
  t("ng-phone-son", "NG", () =>
    `Abeg help: elderly woman, ${$.age("96 years")} by family account, at ${$.addr("Oke-Ado, Ibadan")}, refusing admission for cellulitis. Son ${$.name("Femi")} wants home IV. His number ${$.phone("0803 418 2271")} if any colleague nearby does home visits.`),
  t("ng-nin-file", "NG", (x) =>
    `Filing for NHIA pre-auth, they now need NIN. Patient ${$.name("Chukwuemeka Obiora Eze")} (NIN ${$.ssn(K.nigeriaNin(x.r))}), hospital no ${$.mrn("FMC/AB/17/0093")}. Anybody know if NHIA accepts a slip instead of the card?`),

  // --- Latin America, Iberia ------------------------------------------------------------------
  t("mx-colonia-cadera", "MX", (x) =>
    `Paciente femenina de ${$.age("96 años")}, vive sola en la ${$.addr("Col. Santa Martha Acatitla, alcaldía Iztapalapa, CP 09510")}. NSS ${$.ssn(K.imssNss(x.r))}. Caída desde su altura, fractura de cadera. La hija dice que doña ${$.name("Chuy")} no quiere cirugía. Ortho colleagues: nonop + early mobilization in this age?`),
  t("mx-expediente-oaxaca", "MX", () =>
    `Servicio social en la sierra. Niño de 3 años, ${$.addr("San Juan Yaeé, Villa Alta")}, desnutrición grave + edema. Expediente ${$.mrn("EXP-SSO-2024-003318")}. Su mamá ${$.name("Rufina")} solo habla zapoteco. F-75 no tenemos, ¿receta casera de emergencia?`),
  t("mx-ip-teleconsulta", "MX", () =>
    `Telemedicina: la videollamada con el Sr. ${$.name("Eleuterio Cano")} se cortaba cada 2 min, soporte dice que la IP ${$.ip("189.203.117.45")} estaba bloqueada. Al final lo vimos por WhatsApp. Is WhatsApp video defensible for a documented consult in Mexico?`),
  t("co-vereda-serpiente", "CO", () =>
    `Consulta rural: don ${$.name("Aurelio Gómez Restrepo")}, 58 años, campesino de la ${$.addr("vereda La Esperanza, Sonsón")} (Antioquia). CC ${$.ssn("1.036.452.118")}. Mordedura de serpiente hace 6 h, pie edematoso hasta rodilla, TP no coagula. Tenemos 4 ampollas de suero antiofídico polivalente. ¿Cuántas más pedir?`),
  t("co-eps-carne", "CO", () =>
    `afiliada Nueva EPS, carné ${$.plan("1.152.447.903-01")}, niega la autorización del PET para linfoma. pte ${$.name("Luz Dary Moncada")}, barrio ${$.addr("Manrique Oriental")}. tutela? alguien ha ganado una rápido?`),
  t("ar-pq-patricios", "AR", () =>
    `che alguien con experiencia en anticoagulación en nonagenarios? abuela de ${$.age("99")}, ${$.addr("barrio parque patricios")}, DNI ${$.ssn("3.412.889")}, FA nueva, CHA2DS2-VASc 5, HAS-BLED 3. cardio dice apixaban 2.5, la familia quiere "nada". la nieta (${$.name("flor")}) me manda audios todo el dia jaja`),
  t("ar-pami", "AR", () =>
    `Afiliado PAMI ${$.plan("15-0918273-4-00")}, ${$.age("noventa y dos años")}, vive en ${$.addr("Villa Gesell")}. Le rechazaron el marcapasos por "falta de documentación". Bloqueo AV completo, FC 32. Mientras tanto, ¿isoproterenol o marcapaso transitorio y derivar?`),
  t("cl-poblacion-rut", "CL", (x) =>
    `Paciente ${$.name("Yerko Antileo Huenchuñir")}, RUT ${$.ssn(K.rut(x.r))}, 24 años, de la ${$.addr("población La Victoria, Pedro Aguirre Cerda")}. Consumo de pasta base, endocarditis tricuspídea. Cirugía cardíaca pide "abstinencia demostrada". ¿Cómo lo manejan en sus centros?`),
  t("br-jd-angela-sus", "BR", (x) =>
    `Dona ${$.name("Maria das Graças Ferreira")} (${$.name("Gracinha")}), ${$.age("92 anos")}, mora no ${$.addr("Jardim Ângela")}. Cartão SUS ${$.plan(K.cns(x.r))}. Chegou na UBS com dispneia, BNP 2300. A neta ${$.name("Kelly")} quer saber se dá pra fazer TAVI pelo SUS nessa idade. Alguém tem fluxo pra isso?`),
  t("br-cpf-prontuario", "BR", (x) =>
    `Plantão: Seu ${$.name("Zé")} (${$.name("José Raimundo")} no prontuário ${$.mrn("1.184.273-9")}), 67a, CPF ${$.ssn(K.cpf(x.r))}, etilista, chegou com hematêmese. Endoscopia só amanhã. Terlipressina + ceftriaxona já. Balão de Sengstaken se instabilizar?`),
  tn("pt-gaia-utente", "BR", "Portugal", () =>
    `Utente de ${$.age("90 anos")}, freguesia de ${$.addr("Arcozelo, Vila Nova de Gaia")}. Nº de utente SNS ${$.plan("284 619 073")}. Internamento por pneumonia de aspiração, 3.º episódio este ano. A filha (D. ${$.name("Rosa")}) pede PEG. Opiniões de colegas de geriatria?`),
  tn("pt-alentejo-monte", "BR", "Portugal", () =>
    `MGF no interior. O Sr. ${$.name("Joaquim Pardal")} vive num monte isolado em ${$.addr("Santana da Serra, Ourique")}, 40 km do centro de saúde, só o neto ${$.name("Tiago")} o visita. Insulina 2x/dia e ninguém para administrar. Alguém usa teleconsulta com enfermagem domiciliária?`),
  t("es-pedania-lorca", "ES", () =>
    `Pregunta de primaria: paciente de ${$.age("101 años")}, vive en ${$.addr("La Paca, pedanía de Lorca")}, con su hija. NHC ${$.mrn("00384719")}. Todos la llaman "tía ${$.name("Encarna")}". Úlcera venosa de 8 años que no cierra. ¿Compresión multicapa con ITB 0,7?`),
  t("es-nie-migrante", "ES", (x) =>
    `Urgencias. Trabajador de invernadero, ${$.name("Mamadou Diallo")}, NIE ${$.ssn(K.nie(x.r))}, golpe de calor, Tª 41,2. Vive en un cortijo en ${$.addr("Las Norias de Daza")}. Ya enfriado; ¿dantroleno tiene algún papel? Creo que no.`),
  t("es-file-informe", "ES", () =>
    `Me han mandado por correo "Informe_${$.name("GarciaLozano")}_${$.name("Remedios")}_alta.pdf" sin cifrar, desde otro hospital. ¿Lo notificáis al DPO o solo avisáis al remitente?`),

  // --- Europe ---------------------------------------------------------------------------------
  t("pl-nowy-targ", "UK", () =>
    `Polish gentleman, Mr ${$.name("Zbigniew Wróblewski")}, 61, works nights at a distribution centre (staff no. ${$.oid("DC4-118273")}). PESEL ${$.ssn("63041507314")} on his old papers. Haemoptysis, 40 pack-years; 2WW done. He wants the work-up back home in ${$.addr("Nowy Targ")}. Anyone know a safe way to hand over?`),
  tn("pl-wies-zarzecze", "DE", "Poland", () =>
    `GP in Podkarpacie here. Pani ${$.name("Halina")}, ${$.age("92 lat")}, ${$.addr("wieś Zarzecze, gmina Nisko")}. PESEL ${$.ssn("32070811442")}. Warfarin, INR 6.8, no bleeding. Vit K oral 2 mg and recheck, or just hold? Nearest lab is 25 km.`),
  t("de-marxloh-delir", "DE", () =>
    `Frage an die Geriatrie: Frau ${$.name("Ayşe Öztürk")}, ${$.age("90 J.")}, lebt bei der Tochter in ${$.addr("Duisburg-Marxloh")}, stammt aus ${$.addr("Sorgun")}. Spricht kaum Deutsch, Enkel ${$.name("Emre")} übersetzt. Delir nach Hüft-TEP, Haloperidol ja/nein? Fallnummer ${$.mrn("24-118273-01")}.`),
  t("de-schrittmacher", "DE", () =>
    `Herr ${$.name("Lehmann")}, ${$.age("98 Jahre")}, aus ${$.addr("Kleinmachnow")}, Herzschrittmacher Biotronik Edora 8 DR-T, Seriennr. ${$.dev("68241937")}. Batterie ERI. Familie fragt, ob man "einfach nichts" machen darf. Ethikkonsil oder reicht das Gespräch?`),
  t("de-geb-datum", "DE", (x) =>
    `Pat.: ${$.name("Schmitt-Ohlendorf, Gertrud")}, geb. ${$.date("03.11.1929")}, KVNR ${$.plan(K.kvnr(x.r))}. Pflegeheim ${$.addr("Bad Zwischenahn")}. Harnwegsinfekt mit ESBL, Fosfomycin oral ausreichend?`),
  tn("tr-bornova", "DE", "Turkey", () =>
    `Acil servis. Mr ${$.name("Hüseyin Kara")}, ${$.age("93 yaşında")}, ${$.addr("Kazımdirik Mah., Bornova")}. TC kimlik ${$.ssn("28451730910")}. Syncope, complete heart block. Family wants to "ask the hodja" before pacemaker. How long can we safely wait on temp wire?`),
  t("fr-saint-pol", "FR", (x) =>
    `Patiente de ${$.age("quatre-vingt-quinze ans")}, vit à ${$.addr("Saint-Pol-de-Léon")} chez son fils ${$.name("Yannick")}. Chute, TC sous apixaban, scanner normal. NIR ${$.ssn(K.nir(x.r, true, { m: 5, y: 1929 }))}. On garde 24 h en surveillance ou retour à domicile ?`),
  t("fr-ipp-legoff", "FR", () =>
    `Mme ${$.name("Le Goff")} (IPP ${$.mrn("8012447319")}), agricultrice à ${$.addr("Plouguerneau")}, dermatose bulleuse du tronc. IFD : IgG linéaire + C3. Pemphigoïde chez une femme de 58 ans, dermocorticoïdes forts sur tout le corps, faisable en ambulatoire ?`),
  t("ie-derryloughan", "IE", () =>
    `Mrs ${$.name("Ní Dhomhnaill")}, ${$.age("95")} last week, from the townland of ${$.addr("Derryloughan outside Kiltyclogher, Co. Leitrim")}. Lives alone, son ${$.name("Pádraig")} checks on her. GMS card no. ${$.plan("0462817K")}. Recurrent falls, orthostatic drop of 40 systolic. Fludrocortisone at her age, yay or nay?`),
  t("ie-eircode-ppsn", "IE", (x) =>
    `Locum GP query. Pt: ${$.name("Darragh Mac an tSaoi")} (goes by "${$.name("Dar")}"), PPSN ${$.ssn(K.ppsn(x.r))}, Eircode ${$.addr("F92 K2T8")}. Came in asking for a sick cert for his employer (emp. no. ${$.oid("LTK-00917")}) after a panic attack. How long do you give for first episode?`),
  t("ie-tusla-ref", "IE", () =>
    `Child protection Q. Notified Tusla about a 2yo with a spiral femur #, ref ${$.oid("TUS-DNE-2024-11827")}. Mum's partner ("${$.name("Jonno")}") now phoning the ward demanding info. What can ward staff say?`),
  t("uk-scot-chi", "UK", (x) =>
    `Remote GP, Western Isles. ${$.name("Mòrag MacAulay")}, ${$.age("91")}, croft at ${$.addr("Balallan, Lochs")}. CHI ${$.plan(K.chiNumber(x.r, { d: 14, m: 2, y: 1933 }))}. Her nephew ${$.name("Calum")} found her on the floor, CK 4200, creat 160. Ferry tomorrow 07:30 or helicopter tonight?`),
  t("uk-bin-abdullah", "UK", () =>
    `Uni health service. Mr ${$.name("Ahmad Faiz bin Abdullah")}, Malaysian PhD student, student no. ${$.oid("210487733")}, presented with his 3rd episode of renal colic this term. Stone analysis: uric acid. Any dietary advice that works for a Malaysian diet?`),
  t("uk-initials-postman", "UK", () =>
    `${$.name("J.K.")}, a 41yo postman from ${$.addr("Bootle")}, recurrent lower-leg cellulitis x4 this year. Compression + pen V prophylaxis tried. BMI 38, tinea pedis treated. Next step?`),
  t("uk-pritchard-icd", "UK", () =>
    `Cardiology reg. ${$.name("PRITCHARD Gwenllian")}, hosp. no. ${$.mrn("RH/23/004417")}, Boston Sci ICD serial ${$.dev("117432")}, had 6 shocks overnight, all appropriate for VT. Amio loaded. Anyone used stellate ganglion block in a DGH setting?`),
  t("uk-hmp-prisoner", "UK", () =>
    `Prison healthcare. Inmate ${$.oid("A4821DK")} (surname ${$.name("Haworth")}) on hunger strike day 12. Refeeding risk high. Capacity confirmed. Anyone have the current guidance on when to transfer to outside hospital?`),
  t("uk-bupa-filename", "UK", () =>
    `Insurer's portal rejected my upload "${$.name("threlfall")}_${$.name("amelia")}_MRI_knee.pdf" because BUPA membership ${$.plan("81724636")} "did not match". Anyone know whether they match on DOB or name?`),
  t("uk-dob-f95", "UK", () =>
    `• F, ${$.age("95")}, care home ${$.addr("Heaton Mersey")}
• DOB ${$.date("19/07/1929")}
• AKI on CKD 3b, on ramipril + furosemide
• family want "everything"
→ how do you frame ceiling of care when family is this insistent?`),

  // --- Americas (north) and Oceania -----------------------------------------------------------
  t("ca-mabou-rr", "CA", () =>
    `Cape Breton family doc. ${$.name("Angus")} "${$.name("Big Angus")}" ${$.name("MacIsaac")}, 72, ${$.addr("RR 2 Mabou NS B0E 1X0")}, fisherman. Health card ${$.plan("0012 847 219")}. New painless jaundice, CA19-9 840. Closest ERCP is Halifax. Stent first or wait for biopsy?`),
  t("ca-ramq-91ans", "CA", (x) =>
    `M. ${$.name("Réjean Gagnon")}, ${$.age("91 ans")}, de ${$.addr("Saint-Jean-Port-Joli")}, RAMQ ${$.plan(K.ramq(x.r, "Gagnon", "Réjean", { d: 9, m: 1, y: 1933 }, false))}. Dysphagie progressive, perte de 8 kg. Gastroscopie à cet âge : on la fait?`),
  t("ca-vns-brampton", "CA", (x) =>
    `Neuro. ${$.name("Gurpreet Kaur Sandhu")} (OHIP ${$.plan(K.ohip(x.r))}), 29, lives in ${$.addr("Brampton")}, LivaNova VNS s/n ${$.dev("41827")}, wants to get pregnant. Keep VNS on, obviously, but anyone know data on magnet use during labour?`),
  t("ca-email-tremblay", "CA", () =>
    `Patient keeps emailing me from ${$.email("g.tremblay.1952@videotron.ca")} with photos of his rash instead of booking. Mme ${$.name("Tremblay")} (his wife) also writes from the same address. How do you set boundaries politely?`),
  t("ca-wcb-claim", "CA", () =>
    `Occ med. Sawmill worker, 48M, WCB claim ${$.oid("40182273")}, employee ${$.oid("SM-1187")}, lacerated extensor tendons zone V. Board wants RTW in 4 weeks. Realistic?`),
  t("us-mahnomen-pto", "US", () =>
    `FM in northern MN. 58M farmer, lives off ${$.addr("County Rd 412 near Mahnomen")}, caught his hand in a PTO shaft. Medicaid ID ${$.plan("40918273")}. His brother-in-law ${$.name("Duane")} drove him 70 mi. Degloving of 3 fingers. Transfer or local debridement first?`),
  t("us-chinle-ihs", "US", () =>
    `IHS doc. ${$.age("90 y/o")} grandmother from ${$.addr("Chinle")}, speaks only Diné bizaad, chart # ${$.mrn("0-118-273")}. Her granddaughter ${$.name("Tiana Begay")} translates. Hospice discussion tomorrow; any tips on how to approach death talk culturally?`),
  t("us-bubba-breaux", "US", () =>
    `everyone calls him "${$.name("Bubba")}" — ${$.name("Roy Lee Boudreaux")}, 70, from ${$.addr("Breaux Bridge")}. crawfish farmer, 3rd admission for CHF this yr. won't stop boudin + Tabasco lol. any dietitian tricks that actually work for cajun cooking?`),
  t("us-cdl-trucker", "US", () =>
    `Occ med / DOT exam. Long-haul trucker (initials ${$.name("D.H.")}), CDL ${$.lic("P413-8820-1174")}, new OSA dx, AHI 42. CPAP compliance data needed for recert. How many days of 4h use do examiners actually accept?`),
  t("us-medtronic-serial", "US", (x) =>
    `Device clinic. Mr. ${$.name("Kaminski")}, MRN ${$.mrn("00-482-9917")}, Azure XT DR MRI SureScan, SN ${$.dev("RNB418229S")}, remote transmission shows ERI 3 mo early. Medicare MBI ${$.plan(K.mbi(x.r))}. Gen change scheduled; any issue with leads from 2012?`),
  t("us-tslim-serial", "US", () =>
    `Peds endo. 11yo ${$.name("Jaxon")}'s t:slim X2 (serial ${$.dev("1187734")}) keeps throwing occlusion alarms. Mom ${$.name("Destiny")} started a GoFundMe for supplies: ${$.url("gofundme.com/f/help-jaxon-get-his-pump-supplies")}. Cartridge issue vs site issue?`),
  t("us-bcbs-member", "US", () =>
    `Prior auth hell. BCBS member ID ${$.plan("XQH918274603")} for my patient (${$.name("Hollister, Carly")}) denied GLP-1 for the 3rd time despite A1c 9.4. Anyone found the magic words?`),
  t("us-inmate-cdcr", "US", () =>
    `Correctional medicine. ${$.name("Ramirez")}, CDCR # ${$.oid("BH4417")}, HCV genotype 1a, F3. Release date in 6 weeks, regimen is 8 weeks. Finish outside? Who coordinates?`),
  t("us-osha-employee", "US", () =>
    `Plant occ health. Employee #${$.oid("40917")}, line worker, chemical splash to eye (alkaline degreaser). OSHA 300 log case ${$.oid("2024-017")}. pH 8 after 2L irrigation. Keep going to 7.0-7.2 or good enough?`),
  t("us-dates-rash", "US", () =>
    `derm q: pt first seen ${$.date("3/14")}, started on bactrim, rash by ${$.date("the 21st")}, now mucosal involvement. SJS. Stopped. IVIG vs cyclosporine? Mrs. ${$.name("Whitaker")} is 44.`),
  t("us-filename-echo", "US", () =>
    `Can anyone open this loop? "${$.name("rosaura.perez")}_TTE_clip3.mp4" — looks like a flail posterior leaflet to me but the quality is meh.`),
  t("us-97yo-soap", "US", () =>
    `S: ${$.age("97yo")} M c/o 2d melena, lives with son ${$.name("Earl")} in ${$.addr("Hazard, KY 41701")}
O: HR 104, BP 98/60, Hb 7.1 (baseline 11)
A: UGIB likely, on ASA + clopidogrel
P: PPI, transfuse, GI consult — scope at ${$.age("97")} or no?`),
  t("au-fairfield-medicare", "AU", (x) =>
    `Mr ${$.name("Hussein al-Jabouri")}, 66, ${$.addr("Fairfield NSW 2165")}, Medicare ${$.plan(K.auMedicare(x.r).number)}. Iraqi refugee, TB screening IGRA pos, CXR clear. He's worried about rifampicin + methadone. 3HP an option with methadone?`),
  t("au-dubbo-pump", "AU", () =>
    `Rural endo. ${$.name("Tahlia")} (16), ${$.addr("Dubbo")}, MiniMed 780G SN ${$.dev("NG3827461H")}, DKA twice this term. Her boarding house doesn't let her charge the pump overnight (!). Letter template for the school?`),
  t("au-student-email", "AU", () =>
    `Uni GP. student no. ${$.oid("z5318274")}, emailed from ${$.email("j.nguyen.eng@student.unsw.edu.au")} asking for a special-consideration letter after "mild covid". How much detail do you put?`),
  t("au-rego-mva", "AU", () =>
    `Trauma. 19M driver of rego ${$.veh("EHK-42P")} vs tree. ${$.name("Brodie")} was lucid then GCS 8. Police want blood alcohol from our sample. Can we release without consent in NSW?`),
  t("au-93-nonagenarian", "AU", () =>
    `Nonagenarian (${$.age("93")}) with new AF and CrCl 24. Lives in ${$.addr("Wangaratta")}. Apixaban 2.5 bd per the criteria, or 5? Pharmacist and cardiologist disagree.`),
  t("nz-kaikohe-cochlear", "NZ", (x) =>
    `Audiology/ENT. ${$.name("Aroha Te Whata")}, 7, ${$.addr("Kaikohe")}, NHI ${$.plan(K.nzNhi(x.r))}, Nucleus implant serial ${$.dev("55A61234")}. Magnet site pressure sore. Remove magnet temporarily? Whānau worried she will lose speech progress.`),
  t("nz-koro-99", "NZ", () =>
    `Koro is ${$.age("99")}, lives on the marae at ${$.addr("Rātana Pā")}, refusing hospital for a hip #. GP here. Anyone done a fascia iliaca block at home?`),

  // --- East Asia ------------------------------------------------------------------------------
  t("jp-kesennuma", "JP", () =>
    `Case from our clinic: ${$.name("Watanabe Chiyo")} (family name first), ${$.age("94歳")}, lives in ${$.addr("Kesennuma")}. Aspiration pneumonia x3 this year. Family asks about PEG; our team reluctant. Japanese guidelines vs Western practice?`),
  t("jp-mynumber", "JP", (x) =>
    `Our hospital now scans My Number cards at reception. Someone copied Mr. ${$.name("Ito Kazuo")}'s number (${$.ssn(K.myNumber(x.r))}) into the free-text referral. Do we need to report this as an incident?`),
  t("cn-huairou-93", "CN", () =>
    `Rural Beijing. ${$.name("Zhao Jianguo")}, ${$.age("93岁")}, ${$.addr("Yanqi town, Huairou")}, COPD GOLD E on home O2 (concentrator), exacerbation again. Family prefers TCM. Any combined approaches you've seen work?`),
  t("cn-id-number", "CN", (x) =>
    `resident ID pasted into the WeChat group by mistake: ${$.ssn(K.cnId(x.r, "510105", { d: 12, m: 8, y: 1958 }, false))} — patient ${$.name("Liu Hao")}. Recall the message? Or is deleting enough?`),
  t("kr-hwasun", "KR", (x) =>
    `${$.name("Kim Bok-soon")} halmeoni, ${$.age("95세")}, lives alone in ${$.addr("Hwasun-gun")}. RRN ${$.ssn(K.krRrn(x.r, { d: 2, m: 6, y: 1929 }, true))} appears on the consent. Son is overseas. Severe AS, TAVI?`),
  // --- More unusual name forms / IDs ----------------------------------------------------------
  t("za-file-mbeki", "ZA", () =>
    `Uploaded "${$.name("MBEKI")}_${$.name("Thandeka")}_CXR_v2.png" — miliary pattern? She's 26, HIV+, CD4 41.`),
  t("us-relative-passing", "US", () =>
    `Peds: 9-month-old, bruising. Grandmother (${$.name("Darlene")}, "MeeMaw") brought him, said mom ${$.name("Kayla Pruitt")} at work. Skeletal survey ordered. When do you call CPS vs wait for results?`),
  t("uk-scot-caps-glasgow", "UK", () =>
    `${$.name("MCLAUGHLIN")}, ${$.name("Francis Xavier")} — 68M, ${$.addr("Easterhouse, Glasgow")}. Hosp no. ${$.mrn("G.0482.19")}. Alcohol hepatitis, Maddrey 48, pred?`),
  t("in-abha-whatsapp", "IN", (x) =>
    `Forwarded as received: "Sir pls check reports of ${$.name("Lalitha")} amma, ABHA ${$.plan(K.abha(x.r))}, ${$.addr("Thrikkakara, Kochi 682021")}. Creat 4.2 last week 2.1. Call her son ${$.phone("+91 98470 22815")}". Anyone else get these?`),
  t("br-whatsapp-phone", "BR", () =>
    `Mãe do ${$.name("Davi Lucca")} (4 anos) ligou do ${$.phone("(11) 98472-3310")} — bairro ${$.addr("Capão Redondo")}, febre 5 dias, língua em framboesa, descamação dos dedos. Kawasaki incompleto? Eco só na segunda.`),
  t("mx-curp-peds", "MX", (x) =>
    `Vacunación: niña ${$.name("Ximena Hernández Cruz")}, CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Cruz", nombre: "Ximena", dob: { d: 11, m: 2, y: 2021 }, female: true, state: "PL" }))}, sin esquema. ¿Catch-up de hexavalente a los 3 años?`),
  t("ar-noventa-ushuaia", "AR", () =>
    `Ortogeriatría: señora de ${$.age("noventa y cuatro años")}, ${$.addr("Barrio Andorra, Ushuaia")}, fx de radio distal. Yeso o placa?`),
  t("es-tarjeta-galicia", "ES", () =>
    `AP Galicia. Paciente ${$.name("Xosé Manuel Outeiriño")}, TIS ${$.plan("SRGA 470913 11 0")}, vive en ${$.addr("Cesuras, Oza-Cesuras")}. Debut de DM2 con HbA1c 11.2. Insulinizar de entrada?`),
  t("ie-99-mobile", "IE", () =>
    `Out of hours. ${$.age("99-year-old")} man living alone near ${$.addr("Sneem, Co. Kerry")}, daughter rang from ${$.phone("087 441 9082")} — he's off his legs. Home visit vs ambulance?`),
  t("ng-102-bible", "NG", () =>
    `Mama is ${$.age("102 years")} per the family Bible, lives in ${$.addr("Nsukka")}. Daughter ${$.name("Ngozi")} says new confusion. Glucose fine. CT not available locally. Empirical?`),
  t("ca-fax-referral", "CA", () =>
    `Referral for ${$.name("Étienne Côté")} — please fax the consult note to ${$.fax("(418) 724-9938")}, not the main line. He lives in ${$.addr("Rimouski")}.`),
  t("us-discharge-acct", "US", () =>
    `DISCHARGE SUMMARY
Patient: ${$.name("YAZZIE, Loretta M.")}    Acct#: ${$.acct("7700418823")}
Admit: ${$.date("11/02")}    Disch: ${$.date("11/09")}
Dx: E. coli pyelonephritis with bacteremia, source control n/a
Q for ID folks: home on oral cipro — 7 or 14 days total counting IV days?`),
  t("uk-tsv-handover", "UK", () =>
    `Renal handover pasted from the sheet (sorry, TSV):
${$.mrn("RXH0041827")}\t${$.name("OYELARAN Bisi")}\t${$.addr("BN2 9QA")}\tK 6.8
${$.mrn("RXH0098112")}\t${$.name("HUGHES Dai")}\t${$.addr("BN41 1FL")}\tK 5.9
Both on spironolactone. Patiromer vs SZC for the weekend?`),
];

const negatives: Negative[] = [
  n("gbs-campy", "UK", "Post-Campylobacter Guillain-Barré in a man in his 70s: IVIG 0.4 g/kg/day for 5 days started day 3. FVC 1.9 L falling to 1.4 L. When do you call ICU — the 20/30/40 rule still the go-to?"),
  n("takotsubo-85", "AU", "85-year-old woman, chest pain after her husband's funeral, apical ballooning on echo, troponin modest. Takotsubo vs LAD occlusion — do you always cath at 85?"),
  n("nct-trials", "US", "For those following the semaglutide HFpEF data: STEP-HFpEF (NCT04788511) and STEP-HFpEF DM (NCT04916470). Anyone changed practice yet?"),
  n("doi-pmid", "UK", "The paper I mentioned: Lancet 2023;401:1499-1507, doi:10.1016/S0140-6736(23)00517-9, PMID 37030317. Methods section is worth reading."),
  n("ndc-insulin", "US", "Pharmacy switched us from NDC 0002-7510-01 to the unbranded 0002-8215-17 insulin lispro. Same molecule, same pen. Just FYI for your med rec."),
  n("vaccine-lot", "CA", "Clinic got a recall notice for Shingrix lot 7H3LX exp 2026-11-30. None of our doses were from that lot. Check your fridges."),
  n("model-numbers", "US", "Medtronic Azure XT DR MRI (W1DR01) vs Boston Accolade MRI L331: anyone found a practical difference in battery longevity in your clinic population?"),
  n("lab-table", "IN", `| Test | Result | Ref range |
|---|---|---|
| Hb | 8.2 g/dL | 12-15 |
| MCV | 62 fL | 80-100 |
| Ferritin | 6 ng/mL | 15-150 |
| HbA2 | 3.1 % | 2.0-3.5 |
Iron deficiency alone or beta-thal trait masked? HbA2 normal in the setting of iron deficiency is a known trap.`),
  n("dosing-times", "UK", "Our ward chart for levodopa: 06:00, 10:00, 14:00, 18:00, 22:00. Nurses keep giving it with meals at 08:00 and 12:30 — anyone got a good teaching resource on time-critical meds?"),
  n("okafor-lecture", "NG", "Prof. Okafor's lecture at the NMA conference in Abuja (14–16 March 2025) on sickle cell nephropathy was superb. Slides anyone?"),
  n("phineas-gage", "US", "Teaching session on frontal lobe syndrome: Phineas Gage, Henry Molaison (H.M.) and Clive Wearing — any better modern cases to use with residents?"),
  n("trained-lagos", "UK", "I trained in Lagos and Ibadan, now in Leeds. The difference in how we approach sickle crisis analgesia is striking."),
  n("sydney-criteria", "AU", "Revised Sydney criteria for APS: does anyone still order anti-β2GP1 routinely or just aCL + LA?"),
  n("bleep-ext", "UK", "Night reg bleep is 2284, ortho on 4471, ward 7B extension 6620. Can we get this on the handover template permanently?"),
  n("helplines", "AU", "For patients in crisis: Lifeline 13 11 14, Beyond Blue 1300 22 4636, 13YARN 13 92 76. Worth having on the discharge sheet."),
  n("helpline-us", "US", "Reminder: 988 Suicide & Crisis Lifeline, Poison Control 1-800-222-1222. Put them on your after-visit summaries."),
  n("deid-daughter", "UK", "Elderly patient in her late 80s, lives alone, daughter visits weekly. Recurrent UTIs vs asymptomatic bacteriuria — the daughter is pushing for antibiotics every time urine is cloudy."),
  n("icd-codes", "US", "Coding Q: AF unspecified is I48.91, but for persistent AF I48.19. Our EHR keeps defaulting. Does it matter for risk adjustment?"),
  n("isbn-harrison", "IN", "For PG entrance prep people recommend Harrison's 21st ed (ISBN 978-1-264-26850-4). Is the older edition fine?"),
  n("drug-names", "UK", "Switching from Humalog Mix 25 to Humulin M3 because of supply. 30/70 vs 25/75 — any dose adjustment?"),
  n("scores", "CA", "CURB-65 of 3, PSI class IV, lactate 2.1. Ward or step-down?"),
  n("guideline-years", "UK", "NICE NG136 (2019, updated 2023) vs ESC/ESH 2023 hypertension targets: we tell over-80s 150/90 still?"),
  n("birads", "US", "BI-RADS 4A lesion, 7 mm, in a 62-year-old. Biopsy vs 6-month follow-up: which do you do in practice?"),
  n("eponyms", "JP", "Hashimoto's with Addison's — Schmidt syndrome. Always start hydrocortisone before levothyroxine. Teaching point for our residents."),
  n("place-diseases", "NG", "Lassa, Ebola, Marburg — all on our VHF triage sheet. Anyone updated for the latest Sudan virus outbreak protocol?"),
  n("cyp-hla", "CN", "HLA-B*5801 screening before allopurinol — we do it for Han Chinese patients. Cost ~200 RMB. Worth it?"),
  n("statistics", "DE", "In the trial, n=1,284, HR 0.82 (95% CI 0.71–0.94), p=0.003. NNT about 27 over 3 years. Modest but real."),
  n("switchboard", "ZA", "Groote Schuur switchboard is 021 404 9111 if anyone needs to reach the burns unit from outside."),
  n("cohorts", "AU", "The Busselton, Framingham and Hisayama cohorts all show the same gradient. Location-specific findings rarely replicate otherwise."),
  n("es-deid", "ES", "Paciente de unos 70 años con EPOC, vive con su mujer. Exacerbación. ¿Corticoides 5 días o 14? El estudio REDUCE dice 5."),
  n("pt-deid", "BR", "Paciente idosa, na faixa dos 80, com fratura de fêmur. Família quer tratamento conservador. Como vocês conversam sobre prognóstico?"),
  n("hinglish-deid", "IN", "Sir ek elderly patient hai, 80s mein, recurrent syncope. Holter normal. Tilt table available nahi hai. Kya karein?"),
  n("years-only", "FR", "Diagnostiqué en 2019, rechute en 2022, auto-greffe en 2023. Maintenant PD-1 ? Myélome à 67 ans."),
  n("times-only", "UK", "Arrived 03:40, CT at 04:15, tPA at 04:38. Door-to-needle 58 min. Could've been better."),
  n("brca-variant", "US", "BRCA2 c.5946delT — founder mutation. Cascade testing recommendations for first-degree relatives?"),
  n("fda-recall", "US", "FDA Class I recall Z-1234-2024 for certain infusion pump models. Check with your biomed team."),
  n("analyzer", "KR", "Our Sysmex XN-1000 flags platelet clumps constantly. Citrate tube fixes it. Pseudothrombocytopenia is common."),
  n("age-89", "UK", "89-year-old, first seizure, no structural lesion. Start levetiracetam after one seizure?"),
  n("peds-dosing", "AU", "Paracetamol 15 mg/kg q4-6h, max 60 mg/kg/day. For a 12 kg toddler that's 180 mg per dose."),
  n("colleague-nephro", "NG", "Dr. Nwosu from nephrology says she'll take the AKI patients after 5 pm. Great team player."),
  n("classifications", "US", "Gustilo IIIB open tib fracture, Salter-Harris II distal radius, Weber B ankle — all in one shift."),
  n("tnm", "DE", "pT3a N1 M0, Gleason 4+3=7, Grade Group 3. Adjuvant RT or early salvage?"),
  n("esc-congress", "FR", "ESC Congress 2024 in London, 30 Aug – 2 Sept. Qui y va ?"),
  n("locum-alice", "AU", "Locum in Alice Springs for 3 months. Anyone done it? Remote clinic hours 8 am to 6 pm."),
  n("post-meta", "UK", "Following up on thread #4471 from last month — any update on the new guidance?"),
  n("barangay-doctor", "US", "I work in a barangay health station in Bicol. We see so much dengue. Supply of NS is the bottleneck.", "setting: Philippines; the place is the doctor's workplace, not a patient's"),
  n("aga-khan-trained", "NG", "Trained at Aga Khan Nairobi, now in a county hospital. Sickle cell hydroxyurea access is patchy.", "setting: Kenya"),
  n("ecg", "CA", "QTc 512 ms on methadone + ondansetron. Switch to what antiemetic? ECG shows ST depression in V1-V3."),
  n("vacc-schedule", "UK", "Vaccine schedule: 8, 12, 16 weeks; 1 year; 3 years 4 months. The 16-week MenB gap is where we lose people."),
  n("pk-deid", "IN", "Rural MO in Punjab (Pakistan side). Elderly man, DM, foot ulcer. Amputation advised, family refused. What else?", "setting: Pakistan; Punjab is a province"),
  n("gh-deid", "NG", "Working in Northern Region. We see lots of Buruli ulcer. Rifampicin + clarithromycin 8 weeks standard here too?", "setting: Ghana; region is first-level"),
  n("tr-deid", "DE", "Acil servisteyiz. Yaşlı hasta, 80'lerinde. Hiponatremi. Tolvaptan kullanıyor musunuz?", "setting: Turkey"),
  n("pl-deid", "DE", "Lekarz rodzinny z Podkarpacia. Pacjentka po 80-tce z AF. NOAC czy warfaryna?", "setting: Poland; Podkarpacie is a voivodeship"),
  n("voice-deid", "US", "okay so seventy something year old male with chest pain radiating to the left arm troponin negative times two stress test tomorrow question mark admit or obs"),
  n("whatsapp-deid", "MX", "[09:14] Dr. García: alguien tiene experiencia con dengue grave en niños? [09:15] Dra. López: sí, fluidos 10 ml/kg y reevaluar."),
  n("bed-occupancy", "UK", "Our trust hit 98% bed occupancy this winter. 12-hour trolley waits in ED are now routine."),
  n("clinic-hours", "IE", "Our diabetes clinic runs Tues and Thurs 9:00–13:00; phone triage 14:00–16:00."),
  n("serial-format-talk", "US", "Anyone else find the device serial fields in Epic confusing? Half our pacemaker records have the model number in the serial box."),
];

export const batch18: Batch = { name: "batch-18", positives, negatives };
