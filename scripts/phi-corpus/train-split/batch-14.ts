/**
 * Batch 14: hand-written posts in the voices of UK (London, Yorkshire, Wales), French, German,
 * Spanish, Mexican, Argentine, Colombian, Chilean, Brazilian (Portuguese-English), Vietnamese and
 * Korean (romanised) physicians, a US academic centre and a US rural ED; plus identifier-free hard
 * negatives in the same voices.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Batch, type Ctx, type Negative, type Template } from "./markup";

const t = (key: string, country: Country, make: (x: Ctx) => string | { text: string; note: string }): Template => ({
  key,
  countries: [country],
  make,
});
const tn = (key: string, country: Country, note: string, make: (x: Ctx) => string): Template => ({
  key,
  countries: [country],
  make: (x) => ({ text: make(x), note }),
});
const n = (key: string, country: Country, text: string, note?: string): Negative => (note ? { key, country, text, note } : { key, country, text });

const positives: Template[] = [
  // ---------------------------------------------------------------- UK: London
  t("b14-uk-lon-01", "UK", () =>
    `${$.age("92M")} fall at home in ${$.addr("Walthamstow")}, on apixaban, GCS 15, CT head clear. Would you still admit for 24h obs or is that just defensive medicine at this point?`),
  t("b14-uk-lon-02", "UK", (x) => `Dear Dr Okafor,

Re: Mrs ${$.name("Oluwaseun ADEYEMI-COLE")}    NHS No: ${$.plan(K.nhsNumber(x.r))}
${$.addr("Flat 4, 27 Chalkhill Road, Wembley HA9 9DZ")}

Thank you for seeing this 66-year-old lady with a 7 mm asymmetric pigmented lesion on the left calf, changed over ~3 months per her husband. Dermoscopy: atypical network, blue-white veil at the 5 o'clock edge. 2WW criteria met.

Kind regards,
Dr H. Mistry (GP registrar)`),
  t("b14-uk-lon-03", "UK", () =>
    `lol no. ok actual q - 34F on our acute ward keeps livestreaming the ward round on tiktok as ${$.oid("@sadgirl.bermondsey")}, other pts furious. consent/capacity issue or just a ward rules issue? trust comms team useless`),
  t("b14-uk-lon-04", "UK", () =>
    `Uploaded her OCT - file is ${$.oid("Nwachukwu_Chidinma_OCT_R.png")}, sorry, forgot to rename before posting, mods pls redact. Anyway: subretinal fluid temporal to fovea, no haem. VA 6/12. CSCR vs early CNV?`),
  // ---------------------------------------------------------------- UK: Yorkshire
  t("b14-uk-yks-01", "UK", () =>
    `had a lass in this morn, 89, still does her own allotment up in ${$.addr("Heckmondwike")}, BP 212/108 sat in chair, no symptoms whatsoever. her lad ${$.name("Gaz")} rang after on ${$.phone("01924 503117")} asking if she can still drive. where do we even start`),
  t("b14-uk-yks-02", "UK", () => `DISCHARGE SUMMARY - Ward 27 (Elderly Care)
Patient: ${$.name("HAWORTH, Edna May")}     Hosp No: ${$.mrn("L4471902")}
Address: ${$.addr("14 Moorside Terrace, Bramley, Leeds LS13 2QR")}
Presenting complaint: 3/7 confusion, UTI, AKI stage 2 (Cr 188 from baseline 96).
Follow-up: GP to repeat U&E in 1 week. Family aware.`),
  t("b14-uk-yks-03", "UK", () =>
    `right so this is a 58 year old roofer from ${$.addr("Barnsley")} fell off a ladder last week open calcaneal fracture full stop mr ${$.name("Barraclough")} wants to know when he can drive his van again it's a transit reg ${$.veh("YD68 KMV")} new paragraph he's self employed so this matters a lot to him`),
  t("b14-uk-yks-04", "UK", () =>
    `ICU reg here. Bed 6 - the patient's daughter ${$.name("Kirsty")} wants all updates via her mobile only (${$.phone("07811 342660")}), NOT the home landline - estranged brother keeps ringing. Is a note in the chart enough or do we need a formal flag?`),
  // ---------------------------------------------------------------- UK: Wales
  t("b14-uk-wal-01", "UK", () =>
    `Bore da pawb. Farmer from ${$.addr("Llanuwchllyn")}, late 80s, Welsh first language, increasingly only speaks Welsh since the delirium started ("dw i ddim yn teimlo'n dda"). Son ${$.name("Dafydd ap Rhys")} translating but I worry about accuracy for capacity. Anyone got access to a Welsh-speaking IMCA?`),
  t("b14-uk-wal-02", "UK", (x) => `Name: ${$.name("Cerys Haf Llewellyn-Jones")}
DOB: ${$.date("2019-08-22")}
NHS no: ${$.plan(K.nhsNumber(x.r))}
Issue: 3rd febrile UTI in 12 months, DMSA pending. Paeds surgeons or nephro first?`),
  t("b14-uk-wal-03", "UK", (x) => `- 47M, overhead crane driver at the steelworks
- lives ${$.addr("Sandfields, Port Talbot SA12 7PL")}
- first unprovoked seizure Sunday, normal CT, EEG booked
- holds C+E entitlement, licence no. ${$.lic(K.ukLicence(x.r, "Bevan", "Gethin", { d: 9, m: 5, y: 1977 }, false))} (he brought it in)
- Q: he is asking whether I have to tell DVLA myself. I thought the duty is his?`),
  t("b14-uk-wal-04", "UK", () => `---------- Forwarded message ---------
From: ${$.email("rhodri.bevan62@btinternet.com")}
Subject: Mam - ${$.name("Glenys")}

Dr, she had another one of her turns on Saturday, went stiff then floppy for about a minute, lips blue. She's on the levetiracetam still.

-- forwarding for advice, neuro clinic not until spring. Is this worth an EEG re-look?`),

  // ---------------------------------------------------------------- France
  t("b14-fr-01", "FR", () =>
    `Patiente de ${$.age("96")} ans, EHPAD à ${$.addr("Villeurbanne")}, chute ce matin, pas de PC. Sous AOD. Do you scan every fall in the nursing home or do you risk it? Chez nous c'est systématique.`),
  t("b14-fr-02", "FR", (x) => `Nom : ${$.name("LEFEBVRE-MARCHAL")}
Prénom : ${$.name("Anne-Sophie")}
N° sécu : ${$.ssn(K.nir(x.r, true, { m: 3, y: 1967 }, "59"))}
IPP : ${$.mrn("20231048877")}
RCP sein : T2N1, RH+ HER2-low. T-DXd en 2e ligne ou on reste sur l'hormonothérapie + iCDK4/6 ?`),
  t("b14-fr-03", "FR", () =>
    `rdv pris pour le ${$.date("12 mars")} pour IVT, patient 78 ans, DMLA exsudative OD réfractaire à l'aflibercept. Switch to faricimab worth it?`),
  t("b14-fr-04", "FR", () =>
    `Screenshot from the Doctolib message (transcribed): "Bonjour docteur, c'est Mme ${$.name("Bouvier")}, ma tache dans le dos a grossi et saigne un peu, vous pouvez me rappeler au ${$.phone("06 72 18 44 90")} ?" — I have no slot for 5 weeks. Would you ask her to send a photo first?`),
  t("b14-fr-05", "FR", () =>
    `Hello colleagues, we have in reanimation one patient of 87 years, with pacemaker Medtronic, serial ${$.dev("PJN604218S")}, and the electrocautery make interference during the laparotomy. The rythmologist is not available in the night. How you manage this?`),
  t("b14-fr-06", "FR", () =>
    `Maman de ${$.name("Lucas")} (${$.name("Lucas Nguyen-Thévenot")}, 4 ans) demande les résultats de la BU par mail : ${$.email("c.thevenot83@orange.fr")}. Is sending results by personal email ok in your practice?`),
  t("b14-fr-07", "FR", () =>
    `Accident de scooter, immatriculation ${$.veh("GH-417-PX")}, jeune homme, TDM: fracture de l'odontoïde type II. Neurochir says halo, I say surgery. Thoughts?`),
  tn("b14-fr-08", "FR", "the employer's fax counts as an identifier", () =>
    `Médecine du travail: arrêt de travail jusqu'au ${$.date("17/06")}, l'employeur (petite boulangerie) demande qu'on lui faxe l'avis d'aptitude au ${$.fax("03 88 21 47 90")}. Am I allowed to send anything more than apte/inapte?`),

  // ---------------------------------------------------------------- Germany
  t("b14-de-01", "DE", () =>
    `Pat. ${$.age("94")}-jährig, Z.n. TAVI 2019, wohnt allein in ${$.addr("Gelsenkirchen-Buer")}, jetzt NYHA III, EF 35%. Re-do valve-in-valve oder palliativ? Tochter will "alles".`),
  t("b14-de-02", "DE", (x) => `| Feld | Wert |
|---|---|
| Name | ${$.name("Schmidt-Rottluff, Hannelore")} |
| Geb. | ${$.date("02.09.1938")} |
| KV-Nr. | ${$.plan(K.kvnr(x.r))} |
| Kasse | AOK Nordost |
| Dx | Ulcus cruris venosum li., 6 Monate |

Kompression verweigert. Alternativen?`),
  t("b14-de-03", "DE", () =>
    `Neuro question: Pat. mit JME, nicht adhärent, fährt trotzdem täglich (Kennzeichen ${$.veh("DO-KW 4471")}). Ärztliche Schweigepflicht vs. Meldung an die Führerscheinstelle - how do you handle this in Germany?`),
  tn("b14-de-04", "DE", "Fallnummer is account; the employer's phone counts as an identifier", () =>
    `BG-Fall, Fallnummer ${$.acct("2024-118734")}, Sturz vom Gerüst, distale Radiusfraktur. Arbeitgeber (Dachdeckerei) ruft ständig an - Tel. ${$.phone("0521 9874320")} - will wissen wann er wieder aufs Dach kann. D-Arzt sagt 8 Wochen. Realistic?`),
  t("b14-de-05", "DE", () =>
    `dialysepat, geb. ${$.date("24.12.29")} — ja wirklich, ${$.age("95")} — shunt thrombosiert zum 3. mal. gefäßchirurgie will nicht mehr. katheter dauerhaft oder auf PD umstellen?? erfahrungen bei hochbetagten`),
  t("b14-de-06", "DE", () =>
    `Frau Dr. ${$.name("Ingeborg von der Heydt")} (Privatpatientin, pensionierte Richterin) verlangt, dass die IGeL-Erstattung auf ihr Konto ${$.acct(K.iban("DE", "370400440532013000"))} geht. Billing question mostly, but is it OK to note her IBAN in the chart?`),
  t("b14-de-07", "DE", () =>
    `Anästhesie: Pat. mit Cochlea-Implantat links (Seriennr. ${$.dev("CI-1027745-AB3")}), OP am ${$.date("3.7.")} - monopolar im Kopf-Hals-Bereich ok oder nur bipolar?`),
  t("b14-de-08", "DE", () =>
    `Hausbesuch bei Herrn ${$.name("Yıldırım")}, ${$.addr("Lindenstraße 12, 31134 Hildesheim")}, 3. Stock ohne Aufzug. Palliativ, Morphin-Pumpe. SAPV sagt voll. Wie organisiert ihr das?`),

  // ---------------------------------------------------------------- Spain
  t("b14-es-01", "ES", () =>
    `Paciente de ${$.age("97")} años, FA rápida, hipotensa. Family wants "todo lo posible". Amiodarona iv en planta o UCI? Nadie en UCI la quiere.`),
  t("b14-es-02", "ES", (x) => `**Paciente:** ${$.name("GARCÍA DE LA TORRE, María del Pilar")}
**DNI:** ${$.ssn(K.dni(x.r))}
**NHC:** ${$.mrn("00871243")}
**Motivo:** LES con nefritis clase IV, no respuesta a MMF. ¿Belimumab o voclosporina?`),
  t("b14-es-03", "ES", () =>
    `Chaval de 19, moto (matrícula ${$.veh("4821 KLM")}), TCE leve hace 6 h, ahora cefalea + vómitos. TAC inicial normal. Repetís TAC o RM?`),
  t("b14-es-04", "ES", () =>
    `la madre (${$.name("Rocío")}) me escribe por whatsapp al ${$.phone("654 88 21 07")} cada 2h con fotos de la fiebre del niño... how do you set boundaries sin quedar fatal?`),
  t("b14-es-05", "ES", () => `Pegado del listado de comité:
NHC\tApellidos\tNombre\tF. nac\tDx
${$.mrn("4471028")}\t${$.name("Ibáñez Otxoa")}\t${$.name("Itziar")}\t${$.date("19610309")}\tCa. mama luminal B
Pregunta: ¿Oncotype en premenopáusica con 2 ganglios?`),
  t("b14-es-06", "ES", () =>
    `Psiquiatria, Barcelona. Pacient amb psicosi, viu sol a ${$.addr("Carrer de la Riera 33, 2n 1a, 08830 Sant Boi de Llobregat")}, CIP ${$.plan("RIFE0480921007")}. No va a la visita, els veïns truquen. Treatment order threshold here vs UK?`),
  t("b14-es-07", "ES", () =>
    `Forwarded by the daughter (${$.email("pepi.fdez.alcala@hotmail.es")}): "mi madre tiene ${$.age("noventa y dos")} años y le han quitado el sintrom, ¿es normal?" — I did stop the acenocumarol after the GI bleed. How do you explain this to families?`),
  t("b14-es-08", "ES", () =>
    `Medicina rural en Aragón. A una señora que todo el pueblo llama "la ${$.name("Encarni")}" la vi el ${$.date("2 de enero")} con disnea y edemas. Sin eco en 80 km. NT-proBNP 4.200. Diuréticos y a casa?`),

  // ---------------------------------------------------------------- Mexico
  t("b14-mx-01", "MX", (x) => `Nombre: ${$.name("Hernández Solís Ma. Guadalupe")}
CURP: ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Solís", nombre: "Guadalupe", dob: { d: 7, m: 4, y: 1983 }, female: true, state: "OC" }))}
Motivo: G4P3, preeclampsia con datos de severidad a las 31 SDG. ¿Sulfato y esquema de maduración o interrumpir ya?`),
  t("b14-mx-02", "MX", (x) =>
    `IMSS, NSS ${$.ssn(K.imssNss(x.r))}, paciente con pie diabético Wagner 3, el hijo pide que le llamen al ${$.phone("55 4128 9073")}. Amputación infracondílea vs. intentar revascularizar?`),
  t("b14-mx-03", "MX", () =>
    `voice note transcrito: señor de ${$.age("90")} años vive en la colonia ${$.addr("Santa María la Ribera")} llega con retención urinaria 1200 cc sondeo y hematuria ex vacuo qué hacen ustedes pinzan o drenan todo`),
  t("b14-mx-04", "MX", () =>
    `OB quickie: ${$.name("Lupita")}, FUM ${$.date("14/feb")}, USG con saco sin embrión de 28 mm. Misoprostol ambulatorio or AMEU?`),
  t("b14-mx-05", "MX", () =>
    `Derma: una señora vende "pomadas" en ${$.url("facebook.com/dona.chayo.remedios")} y llegó con dermatitis por contacto a su propio producto lol. Parche? She won't tell me what's in it.`),
  t("b14-mx-06", "MX", () =>
    `Choque en periférico, conductor con placas ${$.veh("JHG-812-A")}, tórax inestable. Fijación costal - anybody doing it in public hospitals?`),
  t("b14-mx-07", "MX", () => `Infecto, cultivos (expediente ${$.mrn("0084-2291")}):
- HC x2 ${$.date("9 de julio")}: K. pneumoniae BLEE
- meropenem MIC 0.5
- colistina no disponible
¿Ertapenem para step-down o mantener mero?`),
  t("b14-mx-08", "MX", () =>
    `pregunta rápida peds, bebé de 3 meses de una comunidad muy lejana, la mamá solo tiene el cel ${$.phone("+52 1 951 284 6619")} y no hay señal casi. follow-up de la displasia de cadera como lo hacen?`),

  // ---------------------------------------------------------------- Argentina
  t("b14-ar-01", "AR", () =>
    `Che, consulta: ${$.name("Néstor Fabián Gauna")}, DNI ${$.ssn("23.456.789")}, EPOC GOLD E, sigue fumando 40/día. Vale la pena triple terapia o es tirar la plata?`),
  t("b14-ar-02", "AR", () =>
    `Paciente de 88 años, socio OSDE ${$.plan("61 234567 8 01")}, la prepaga rechaza la internación domiciliaria. Anyone had luck with an amparo for this?`),
  t("b14-ar-03", "AR", () =>
    `vive en ${$.addr("Villa Crespo")} con la hermana, celular de la hermana ${$.phone("+54 9 11 5482-3907")}. Anorexia restrictiva, IMC 13. Internación involuntaria - cómo la manejan en CABA?`),
  t("b14-ar-04", "AR", () =>
    `Trauma: auto (patente ${$.veh("AE 482 KD")}) vs. colectivo el ${$.date("17/3")}. Lesión de Lisfranc que se pasó en la guardia. Cirugía tardía a las 3 semanas, tiene sentido?`),
  t("b14-ar-05", "AR", () => `HC ${$.mrn("1.204.338")} — ${$.name("Gómez, Ana Beatriz")}
Ca. de ovario seroso alto grado, BRCA1+. Progresión a los 4 meses de olaparib. Y ahora qué?`),
  t("b14-ar-06", "AR", () =>
    `psiquiatría, pibe de 22, ${$.name("luciano")}, sube todo a ig (${$.oid("@lucho_tatoo_mdq")}), incluidas las autolesiones. los padres quieren que pidamos que baje la cuenta. we can't, right?`),
  t("b14-ar-07", "AR", () =>
    `Medicina rural en Chubut, la señora tiene ${$.age("noventa y uno")}, vive en el paraje ${$.addr("Cerro Centinela")}, 200 km de ripio. Fractura de cadera. Derivar o tratamiento conservador?`),

  // ---------------------------------------------------------------- Colombia
  t("b14-co-01", "CO", () =>
    `Urgencias Bogotá: ${$.name("Yeison Andrés Mosquera")}, CC ${$.ssn("1.020.445.871")}, herida por arma cortopunzante zona II del cuello, estable. Exploración o angioTAC primero?`),
  t("b14-co-02", "CO", () =>
    `Afiliado EPS Sura N° ${$.plan("8012-447193-02")}. La EPS no autoriza el biológico para la psoriasis. Tutela?`),
  t("b14-co-03", "CO", () =>
    `Her husband's number is ${$.phone("+57 311 482 9067")}, he says she started bleeding el ${$.date("8 de diciembre")} pero no consultó por las fiestas. 34 sem, placenta previa. Cesárea ya?`),
  t("b14-co-04", "CO", () =>
    `Oncología: HC ${$.mrn("80412233")}, LLA-B Ph-like, recaída medular temprana. Blinatumomab aprobado por el comité pero la farmacia no lo tiene. Alternativas?`),
  t("b14-co-05", "CO", () =>
    `Médico rural, vereda ${$.addr("La Esperanza, Fómeque")}. Abuelo de 86 años, 3 horas a caballo hasta el puesto. Sospecha de ACV de hace 2 días. Qué le ofrezco?`),
  t("b14-co-06", "CO", () =>
    `Derma: paciente de 23, me manda fotos del melasma desde ${$.email("dayana.rm2001@gmail.com")}. Tranexámico oral en mujeres con ACO, ustedes lo dan?`),
  tn("b14-co-07", "CO", "tarjeta de identidad (minor's national id) labelled ssn", () =>
    `NICU: 29 sem, la mamá es menor de edad, TI ${$.ssn("1.034.887.220")}. Quién firma el consentimiento para la cirugía de la enterocolitis?`),

  // ---------------------------------------------------------------- Chile
  t("b14-cl-01", "CL", (x) =>
    `${$.name("Ignacia Sepúlveda Araya")}, RUT ${$.ssn(K.rut(x.r))}, 31 años, ERC etapa 5 por nefropatía IgA, quiere embarazarse. Trasplante primero o embarazo en diálisis?`),
  t("b14-cl-02", "CL", () =>
    `Geriatría APS: señora de 89 años de ${$.addr("La Pintana")}, vive con el nieto, sospecha de maltrato económico. Cómo activan la red en sus comunas?`),
  t("b14-cl-03", "CL", () =>
    `Urgencia: camioneta PPU ${$.veh("FXRT·62")} volcada en la ruta, el conductor llegó anoche con cinturón de seguridad marcado. Seatbelt sign + FAST neg - CT abdomen always?`),
  t("b14-cl-04", "CL", () =>
    `Ficha ${$.mrn("1024887")}: fibrosis quística, colonización por Burkholderia. La mamá pide que llame al ${$.phone("+56 9 8127 4430")} antes de cada cambio de antibiótico. Normal o demasiado?`),
  t("b14-cl-05", "CL", () =>
    `Endocrino peds: niño de 8a, bomba Medtronic 780G serie ${$.dev("NG4471920H")}, se cayó al agua y ahora da error. Paso a multidosis mientras?`),
  tn("b14-cl-06", "CL", "Isapre contract number is health_plan; family-court RIT case number is other_id", () =>
    `Isapre Colmena, contrato N° ${$.plan("10-447193")}. Madre con causa en tribunal de familia (RIT ${$.oid("C-1284-2023")}) por cuidado personal; me piden informe psiquiátrico del niño. Lo hacemos nosotros o perito externo?`),
  t("b14-cl-07", "CL", () =>
    `Telemedicina: la señora dice que nunca entró al portal, pero el log muestra accesos desde ${$.ip("181.43.207.19")} a las 3 am. Sospechamos del yerno. Esto se reporta a quién?`),

  // ---------------------------------------------------------------- Brazil (PT/EN)
  t("b14-br-01", "BR", (x) => `Paciente: ${$.name("Thiago Henrique dos Santos")}
CPF: ${$.ssn(K.cpf(x.r))}
CNS: ${$.plan(K.cns(x.r))}
HIV recém-diagnosticado, CD4 38, criptococo no líquor. Start ART when? Guidance here is 4-6 weeks but the ID team wants 2.`),
  t("b14-br-02", "BR", () =>
    `Dona ${$.name("Cida")} (prontuário ${$.mrn("0447192-3")}), DPOC, O2 domiciliar, mas continua cozinhando no fogão a lenha. Any advice on counselling that actually works?`),
  t("b14-br-03", "BR", () =>
    `mãe mandou zap do ${$.phone("(21) 98847-3021")} com vídeo de crise febril, 2a crise em 3 meses. EEG precisa ou não?`),
  t("b14-br-04", "BR", () =>
    `Senhor de ${$.age("91")} anos ainda dirigindo, placa ${$.veh("RIO2A18")}, MEEM 19. A família pede laudo pra tirar a CNH dele. How do you handle this ethically?`),
  t("b14-br-05", "BR", () =>
    `Carteirinha Unimed ${$.plan("0 054 812340001839 4")} — o plano negou a PET-CT para estadiamento de linfoma. Anyone has a template for the recurso?`),
  t("b14-br-06", "BR", () =>
    `ELA: a ${$.name("Márcia")} tem um canal (${$.url("youtube.com/@vidacomELA_marcia")}) e quer filmar a consulta de gastrostomia. Vocês deixam filmar?`),
  t("b14-br-07", "BR", () =>
    `Endereço p/ visita domiciliar: ${$.addr("Rua Tupinambás 412, apto 33, Vila Mariana, 04117-000 São Paulo")}. Alta dia ${$.date("14/08")} pós-AVC, afasia. Fono domiciliar via SUS, alguém consegue?`),
  t("b14-br-08", "BR", () =>
    `Sleep med: caminhoneiro, CPAP ResMed, nº série ${$.dev("23172419847")}, diz que usa toda noite mas o cartão mostra 40 min/noite. Do I report?`),

  // ---------------------------------------------------------------- Vietnam
  t("b14-vn-01", "VN", () =>
    `Geriatrics question from Hà Nội: bà ${$.name("Nguyễn Thị Hồng Nhung")}, ${$.age("96")} tuổi, gãy cổ xương đùi. Family refuses surgery. Pain control options without NSAID (eGFR 22)?`),
  t("b14-vn-02", "VN", () =>
    `chi ${$.name("Lan")} (vợ bệnh nhân) goi ${$.phone("0903 418 227")} moi ngay hoi ket qua. pt has HBV + HCC BCLC B, TACE lan 3. anybody using atezo-bev after TACE failure here?`),
  t("b14-vn-03", "VN", () =>
    `Peds ID, HCMC. Bé 4 tuổi ở ${$.addr("phường 12, quận Gò Vấp")}, sốt xuất huyết ngày 5, tiểu cầu 18k, sốc đã bù. Fluid: switch to colloid now?`),
  t("b14-vn-04", "VN", () =>
    `Pt ${$.name("TRẦN Văn Phúc")}, thẻ BHYT ${$.plan("GD4797931245881")}, insurance won't cover the DOAC so he's on warfarin with INR 1.4-4.0 all over the place. Any tips?`),
  tn("b14-vn-05", "VN", "CCCD citizen identity number labelled ssn", () =>
    `Occupational med: công nhân giày da, CCCD ${$.ssn("079187004512")}, neuropathy after n-hexane exposure. The factory wants him back next week. How long off work?`),
  t("b14-vn-06", "VN", () =>
    `Mã BN ${$.mrn("23.044718")} — ${$.name("Vinh Le")} (he writes it the western way on his forms), TB màng não, kháng rifampicin. BPaL in meningitis, any data?`),
  t("b14-vn-07", "VN", () =>
    `ED Hà Nội: motorbike ${$.veh("29-B1 425.68")} vs truck, rider no helmet, GCS 7. CT: EDH 40 mL. Neurosurg 1 hr away. Burr hole by ED doc, has anyone done it?`),

  // ---------------------------------------------------------------- Korea (romanised)
  t("b14-kr-01", "KR", (x) =>
    `Name ${$.name("KIM Min-seo")} / RRN ${$.ssn(K.krRrn(x.r, { d: 17, m: 6, y: 2003 }, true))} — college student, Graves with thyroid storm after stopping methimazole. Plasmapheresis before thyroidectomy?`),
  t("b14-kr-02", "KR", () =>
    `${$.name("Park Soon-ja")} halmeoni, ${$.age("93")}, lives alone, refuses to move to yoyangwon. Mild dementia, falls. How do you assess capacity in Korea when the family disagrees?`),
  t("b14-kr-03", "KR", () =>
    `Mother's cell ${$.phone("010-4827-3916")}, they live in ${$.addr("Hwagok-dong, Gangseo-gu")}. Kid (6) with Kawasaki, IVIG-resistant. Second IVIG or infliximab?`),
  t("b14-kr-04", "KR", () =>
    `Deungnok beonho ${$.mrn("12447190")}, biopsy showed IgG4-related disease, pancreas + salivary glands. Steroid taper length?`),
  t("b14-kr-05", "KR", () =>
    `Psych: teenage pt messaged me on KakaoTalk (ID ${$.oid("jiwoo_mom88")} - actually her mom's account) at midnight with suicidal thoughts. Now what's my duty?`),
  tn("b14-kr-06", "KR", "NHIS card number labelled health_plan", () =>
    `NHIS card no. ${$.plan("72841193025")} - the pt is a medical-aid class 1 beneficiary so copay is zero but the pharmacy keeps charging her. Who do I call?`),
  t("b14-kr-07", "KR", () =>
    `Audiology/ENT: ${$.name("Younghee Oh")} (${$.name("Oh Young-hee")} on Korean docs), hearing aid serial ${$.dev("SN 2219-KR-04471")} keeps feedback-whistling after the ear surgery. Refit or wait 6 weeks?`),

  // ---------------------------------------------------------------- US academic center
  tn("b14-us-ac-01", "US", "CSN (encounter number) labelled account", () => `Pasted from the Epic banner:
${$.name("Okonkwo-Reyes, Adaeze")}   MRN: ${$.mrn("04471923")}   CSN: ${$.acct("1182234457")}
Tumor board q: stage IIIA NSCLC, EGFR exon 19, post-resection. Osimertinib adjuvant for 3 years, or chemo first?`),
  tn("b14-us-ac-02", "US", "radiology accession number labelled other_id", () =>
    `Rads: MRI accession ${$.oid("MR240871552")} from ${$.date("3/14")} - read as "nonspecific T2 hyperintensities". I think it's MS. Can someone look at the criteria with me (McDonald 2017)?`),
  t("b14-us-ac-03", "US", (x) =>
    `Can someone tell me why registration put the patient's SSN (${$.ssn(K.ssn(x.r))}) in the free-text note header for ${$.name("Dwayne Hollister")}?? Compliance says "not a breach". Really?`),
  t("b14-us-ac-04", "US", (x) =>
    `89 yo with new DLBCL, Medicare MBI ${$.plan(K.mbi(x.r))} on the hold message for the prior auth team. R-mini-CHOP vs pola-R-mini? Daughter asking about "trying everything".`),
  t("b14-us-ac-05", "US", () =>
    `Portal audit: someone logged into the patient's MyChart from ${$.ip("73.162.48.201")} and changed the proxy email to ${$.email("tcarmichael.fam@outlook.com")}. Patient says she didn't. IT says "not our problem". Who owns this?`),
  t("b14-us-ac-06", "US", () =>
    `Psych consult: ${$.name("Brennan, Megan")} is an ICU nurse here, RN license ${$.lic("RN 2874416")}, admitted after an overdose using diverted fentanyl. Am I obligated to report to the board?`),
  t("b14-us-ac-07", "US", () =>
    `Geri clinic: her daughter ${$.name("Maureen")} wants the POLST faxed to her office (${$.fax("(617) 742-3380")}) because she is the HCP. Fine to fax or insist on portal?`),

  // ---------------------------------------------------------------- US rural ED
  t("b14-us-ru-01", "US", () =>
    `Rural ED, nearest CT 90 min. ${$.age("90F")} from ${$.addr("RR 2 Box 118, Hartsburg")}, found down after ~12 hrs, CK 14,000. Fly or drive?`),
  t("b14-us-ru-02", "US", (x) =>
    `Farm accident - rancher in his 60s rolled the pickup (VIN ${$.veh(K.vin(x.r, "1FT"))} per the deputy's report) in the arroyo. Flail chest, no surgeon tonight. Intubate before transfer?`),
  t("b14-us-ru-03", "US", () =>
    `Everybody in town calls him "${$.name("Bubba")}" - ${$.name("Lonnie Ray Pruitt")} - back tonight for the 6th time this month with alcohol withdrawal. Wife is exhausted. Phenobarb protocol anyone?`),
  t("b14-us-ru-04", "US", () =>
    `Trucker, CDL ${$.lic("K204-118-557")}, syncope at the wheel ${$.date("Sept. 9")}, no crash. Holter neg. DOT says he can't drive until cleared. Who clears him - me?`),
  t("b14-us-ru-05", "US", () =>
    `t1dm brittle, DOB ${$.date("01/07/52")}, tandem pump SN ${$.dev("1104472")}, DKA 3rd time. Pump failure vs ketones from skipping? She lives 40 mi out.`),
  t("b14-us-ru-06", "US", () =>
    `Family set up ${$.url("gofundme.com/f/help-grandpa-earl-heal")} and the mail goes to ${$.addr("PO Box 244, Ekalaka MT 59324")}. He wants to leave AMA to go home. Capacity is fine. Let him go?`),
];

const negatives: Negative[] = [
  // UK
  n("b14n-uk-01", "UK", `Bleep 4471 for the med reg overnight, ext 62019 for the acute floor coordinator. If switchboard (0113 243 3144) puts you through to the wrong team, ask for the "site manager" - it saves about 20 minutes.`, "hospital bleep, extension and public switchboard"),
  n("b14n-uk-02", "UK", `Journal club Thursday 12:30, seminar room 3: Prof. Adeyemi on the RECOVERY dexamethasone arm (NEJM 2021;384:693-704, doi:10.1056/NEJMoa2021436). Sandwiches from the Leeds General canteen, sorry.`, "colleague presenting, trial citation with DOI"),
  n("b14n-uk-03", "UK", `Yorkshire lads teach me something every week: "I'm fair mafted, doctor" = I'm too hot. "Nithered" = freezing. Put that in your Welsh-to-English and Scouse-to-English glossaries for the new FY1s.`, "dialect words, no patient"),
  n("b14n-uk-04", "UK", `Takotsubo vs anterior STEMI in an 89-year-old woman after her husband's funeral - the cath lab still has to go, right? Troponin 1,840 ng/L, ST elevation V2-V4, apical ballooning on bedside echo.`, "age under 90, eponymous syndrome, relative by role"),
  n("b14n-uk-05", "UK", `Welsh GPs: the Llandough referral form now needs the WCCG code and the Read code (XaIuC for COPD, not H3...). Also the new Wales Cancer Network pathway went live 1 April 2024 - anyone seeing faster 2WW letters?`, "Welsh hospital and network, coding and a policy date"),
  n("b14n-uk-06", "UK", `Phineas Gage, H.M. (Henry Molaison, who is in every textbook), and Tan (Leborgne) - my three favourite teaching patients for the frontal/temporal/Broca lecture. Anyone have good slide images with permissions?`, "famous patients from the literature"),
  // France
  n("b14n-fr-01", "FR", `Bilan: Na 128 mmol/L (136-145), K 5,9 mmol/L (3,5-5,0), créat 212 µmol/L (45-90), osmolalité urinaire 180 mOsm/kg. SIADH ou insuffisance surrénale ? Synacthène demain 8h00.`, "lab table with reference ranges and a test time"),
  n("b14n-fr-02", "FR", `Les Journées de Cardiologie Interventionnelle, Paris, 17-19 septembre, Palais des Congrès. Le Pr Lefèvre présente les données de l'essai NOTION-3 (NCT03058627). Qui vient ?`, "conference dates and colleague, NCT number"),
  n("b14n-fr-03", "FR", `Le syndrome de Guillain-Barré post-Campylobacter, c'est toujours IgIV 0,4 g/kg/j pendant 5 jours chez nous. Plasmaphérèse si contre-indication. EGRIS > 4 → réa d'emblée.`, "eponym, dosing, score"),
  n("b14n-fr-04", "FR", `Vaccin Vaxelis lot X039482, péremption 2026-03. Les parents demandent toujours si c'est le "même que Hexyon" - oui, même valences, fabricant différent.`, "vaccine lot number and expiry, parents by role"),
  // Germany
  n("b14n-de-01", "DE", `Visite 7:30, Röntgenbesprechung 8:15, Chefarztvisite Mittwoch 10:00. Funk Station 4B: 2471. Wer Dienst tauschen will: bis Freitag an Frau Dr. Hoffmann (Oberärztin).`, "ward times, extension, colleague"),
  n("b14n-de-02", "DE", `Hashimoto-Thyreoiditis mit TPO-AK 1.240 IU/ml (< 34), TSH 8,7 mU/l (0,27-4,2), fT4 normal. L-Thyroxin 50 µg (PZN 04479156) oder abwarten bei 28-Jähriger mit Kinderwunsch?`, "eponym, lab values, PZN, age under 90"),
  n("b14n-de-03", "DE", `Ich habe in Heidelberg und Zürich gelernt, jetzt Kreiskrankenhaus in Nordhessen. Die "Münchner Kriterien" für Transfusion kennt hier keiner. Is that a thing outside Bavaria?`, "places where the physician trained and works"),
  n("b14n-de-04", "DE", `Medtronic Azure XT DR MRI SureScan (Modell W1DR01), Software-Update 2.3 - seit dem Update häufiger "Lead Impedance out of range" Warnungen. Hat das noch jemand gesehen? FSCA-Nummer FA1352?`, "device model and software version, field safety notice"),
  // Spain
  n("b14n-es-01", "ES", `Guardia de 24h: del jueves a las 8:00 al viernes a las 8:00. Busca de medicina interna 7714. Teléfono de Toxicología (Instituto Nacional): 91 562 04 20, 24 horas.`, "shift times, pager, public poison centre line"),
  n("b14n-es-02", "ES", `Escala de Glasgow 3-15, Rankin modificada 0-6, NIHSS 0-42. En el código ictus de Andalucía el umbral para trombectomía sigue siendo NIHSS ≥ 6 y ASPECTS ≥ 6.`, "scores and ranges, region in a protocol name"),
  n("b14n-es-03", "ES", `La paciente, una mujer de 86 años, vive con su hija en una zona rural. La hija refiere caídas repetidas. Sin más datos identificativos - ¿qué escala de fragilidad usáis en primaria, FRAIL o Clinical Frailty?`, "de-identified by role, age under 90"),
  n("b14n-es-04", "ES", `Libro recomendado: "Manual de Urgencias" (Jiménez Murillo, 7ª ed., ISBN 978-84-9113-852-6). El capítulo de hiponatremia está mucho mejor que el del Harrison.`, "book, author, ISBN"),
  // Mexico
  n("b14n-mx-01", "MX", `Tabla de insulina NPH: 0.2 U/kg a las 22:00, ajustar 2 U cada 3 días según glucemia de ayuno (meta 80-130 mg/dL). Así lo damos en el IMSS de Guadalajara.`, "dosing schedule, institution city"),
  n("b14n-mx-02", "MX", `Línea de la Vida 800 911 2000 y el 911 para crisis. Lo pego en todas las notas de alta de psiquiatría. Horario de consulta externa: lunes a viernes 7:00-14:00.`, "public helplines and clinic hours"),
  n("b14n-mx-03", "MX", `Picadura de alacrán (Centruroides) en Morelos, niño de 6 años: Alacramyn 1 frasco IV, repetir a los 30 min si persisten síntomas. NOM-033-SSA2-2011 lo especifica.`, "antivenom, standard number, child by age only"),
  // Argentina
  n("b14n-ar-01", "AR", `Chagas: benznidazol 5 mg/kg/día en 2 tomas por 60 días. El Dr. Mazza (sí, el de la enfermedad de Mazza-Chagas) sigue en los libros de Córdoba. PMID 30012345 es la revisión Cochrane.`, "eponym, historical physician, PMID"),
  n("b14n-ar-02", "AR", `Guardia del Hospital de Clínicas, teléfono del conmutador 5950-8000. Residentes de primer año: rotación por terapia del 1 al 30, turnos de 12 horas.`, "public switchboard, rotation dates not tied to a patient"),
  n("b14n-ar-03", "AR", `El abuelo de una paciente, de 88 años, le pidió que le lleváramos mate a la sala de internación. Le dijimos que sí. Pequeñas cosas de medicina humana.`, "relative by role, age under 90"),
  // Colombia
  n("b14n-co-01", "CO", `Leishmaniasis cutánea: antimoniato de meglumina 20 mg Sb5+/kg/día x 20 días, EKG semanal (QTc < 500). Miltefosina 2.5 mg/kg en niños. Guía INS 2023.`, "dosing, guideline year"),
  n("b14n-co-02", "CO", `Los criterios de Bogotá para diabetes gestacional no existen, se llaman criterios IADPSG. Vi esa confusión en un examen de residencia, por si acaso.`, "city in a non-existent criteria name"),
  n("b14n-co-03", "CO", `Resultado: VIH Ag/Ac 4ª gen no reactivo, VDRL no reactivo, HBsAg negativo, anti-HCV negativo. Todo de rutina prenatal, semana 12. ¿Repiten en el tercer trimestre?`, "lab results, gestational week"),
  // Chile
  n("b14n-cl-01", "CL", `GES/AUGE: la cardiopatía congénita operable tiene garantía de oportunidad de 180 días para la cirugía. Decreto 22 de 2019. Casos que no cumplen, ¿cómo los escalan?`, "health guarantee law, decree number and year"),
  n("b14n-cl-02", "CL", `Salud Responde 600 360 7777 y el Fono Drogas 1412. Los cuelgo en el diario mural del CESFAM junto al horario de vacunación (martes y jueves 9-13).`, "public helplines and clinic hours"),
  n("b14n-cl-03", "CL", `Hice la beca en Concepción y ahora estoy en Punta Arenas. Hipotermia accidental: protocolo Swiss staging I-IV, ECMO si potasio < 12 mmol/L.`, "physician's training and work places, staging"),
  // Brazil
  n("b14n-br-01", "BR", `Plantão: 19h às 7h, ramal da UTI 4421, bip do residente R2 8812. A tabela de escalas está no drive do departamento, não no grupo do zap, please.`, "shift, extension, pager"),
  n("b14n-br-02", "BR", `Dengue grupo C: SF 0,9% 20 mL/kg em 2h, reavaliar Ht de 2/2h. Protocolo do Ministério da Saúde 6ª edição (2024). Em Manaus a gente tá vendo muito DENV-3.`, "protocol dose, guideline edition, city epidemiology"),
  n("b14n-br-03", "BR", `Doença de Chagas, doença de Jorge Lobo, síndrome de Berardinelli-Seip - tudo nome de brasileiro. Who's doing the eponym quiz at the congress in Gramado, 22-25 de outubro?`, "eponyms, conference city and dates"),
  n("b14n-br-04", "BR", `ANVISA registro 1.0573.0456.001-2 (Xarelto 20 mg). A farmácia popular não cobre, o genérico saiu em 2024. Os pacientes perguntam sempre.`, "drug registration number, brand and strength"),
  // Vietnam
  n("b14n-vn-01", "VN", `Bệnh viện Chợ Rẫy hotline 028 3855 4137, Bạch Mai 1900 888 866. If you need a tertiary referral in the south vs the north. Transfer forms are on the MOH website.`, "public hospital hotlines"),
  n("b14n-vn-02", "VN", `Rắn lục đuôi đỏ (Trimeresurus albolabris) bite: antivenom from IVAC Nha Trang, 2-3 lọ initially. Whole blood clotting test at 20 min. Most cases here are farmers in their 40s-60s.`, "snakebite protocol, manufacturer town, age range"),
  n("b14n-vn-03", "VN", `Nguyễn is the surname of about 38% of Vietnamese people, so "Dr Nguyen" in a referral tells you nothing. Please write the given name (the LAST word) on lab requisitions.`, "surname as a population statistic, no patient"),
  // Korea
  n("b14n-kr-01", "KR", `KTAS level 1-5, with level 2 target physician contact < 10 min. The 2023 revision added a pediatric sheet. Our ED in Seoul is at ~82% compliance.`, "triage scale, revision year"),
  n("b14n-kr-02", "KR", `Dr. Kim Sung-hoon's talk at KSC 2024 (Busan, BEXCO, April 18-20) on the HOST-EXAM extended results was excellent - clopidogrel monotherapy after PCI still looks better than aspirin.`, "colleague lecture, conference city and dates"),
  n("b14n-kr-03", "KR", `Kikuchi-Fujimoto disease in a 24-year-old - fever, tender cervical nodes, leukopenia, LDH 640 U/L (140-280). Biopsy or empiric NSAID and watch?`, "eponym, age under 90, lab with range"),
  // US
  n("b14n-us-01", "US", `Poison Control 1-800-222-1222. Suicide & Crisis Lifeline 988. Our ED social work pager 3-4471 (days), 3-4480 (nights). Put all of this on the discharge template please.`, "national helplines and internal pagers"),
  n("b14n-us-02", "US", `Rural ED: we're 112 miles from the nearest cath lab. TNK 0.5 mg/kg (max 50 mg) for STEMI, then transfer. Our medical director trained in Omaha and swears by it.`, "distance, dosing, director's training city"),
  n("b14n-us-03", "US", `NDC 0409-4888-02 (heparin 5,000 units/mL) recall notice came out today - lot 18-223-DK. Check your Pyxis. Pharmacy hotline is ext. 5-7720.`, "NDC, lot number, extension"),
  n("b14n-us-04", "US", `Grand rounds Friday: "The Boston Criteria 2.0 for cerebral amyloid angiopathy" (Charidimou et al., Lancet Neurol 2022). CME code on the slide at 8:45.`, "criteria named after a city, citation"),
  n("b14n-us-05", "US", `| Test | Result | Ref |
|---|---|---|
| Troponin I hs | 3,420 ng/L | < 34 |
| BNP | 1,180 pg/mL | < 100 |
| Lactate | 4.1 mmol/L | 0.5-2.2 |
| pH | 7.21 | 7.35-7.45 |
84M, cardiogenic shock. Impella or VA-ECMO at a community hospital?`, "lab table with ranges, age under 90"),
];

export const batch14: Batch = { name: "batch-14", positives, negatives };
