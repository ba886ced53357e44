/**
 * Batch 20 of the PHI train split, written by hand as an outsider would, blind to the scanner.
 * Emphasis: pairs. Many identifier-free negatives have a near-twin positive — the same kind of
 * sentence, reworded, in another country and specialty — where the detail belongs to the patient
 * (a poison-centre number vs. a daughter's mobile, a protocol date vs. a visit date, "trained in X"
 * vs. "farms outside X", an eponym vs. a patient who carries that surname). Twins are marked with
 * the same "pair:" word in a comment so a reader can see both sides of the line.
 * Italy has no Country code: Italian items are tagged FR (nearest) and say so in `note`.
 */
import * as K from "./check-digits";
import type { Country } from "./locales";
import { $, type Ctx, type Batch, type Made, type Negative, type Template } from "./markup";

const t = (key: string, c: Country, make: (x: Ctx) => Made): Template => ({ key, countries: [c], make });
const n = (key: string, country: Country, text: string, note?: string): Negative =>
  note === undefined ? { key, country, text } : { key, country, text, note };
const ITALY = "setting: Italy (tagged FR, the nearest available Country code)";

const positives: Template[] = [
  // pair: poison line
  t("b20-es-peds-ingesta-madre", "ES", () =>
    `Lactante de 14 meses, ingesta accidental de ibuprofeno de la abuela (calculamos unos 28 mg/kg). Asintomático a las 4 h, tolera biberón. La madre, ${$.name("Rocío Benítez Ferrer")}, pide que la llamen al ${$.phone("612 48 93 07")} y no al fijo de casa. ¿Alguien daría el alta ya o esperáis a las 6 h?`),
  // pair: protocol date
  t("b20-au-ed-pleuritic-dates", "AU", () =>
    `45M, seen in our ED ${$.date("02/11/2024")} with pleuritic chest pain, landed from a 14 h flight on ${$.date("29/10")}. Wells 4.5, D-dimer 0.9, CTPA clear. GP is asking whether he needs an echo or whether we're done with him. Thoughts?`),
  // pair: trained in
  t("b20-ca-gp-farm-calf", "CA", () =>
    `Rural GP question. Beef farmer, 61, farms outside ${$.addr("Carberry")}, Manitoba; a heifer pinned his leg against the chute 10 days ago. Now a tense shiny calf, pain on passive stretch, pulses fine, CK 2100. Late compartment syndrome or a DVT? Nearest CT is 50 min away and the roads are bad.`),
  // pair: colleague presented
  t("b20-us-gi-uc-breastfeeding", "US", () =>
    `${$.name("Kayla Brooks")}, 34, presented with 3 weeks of bloody diarrhea, 8-10 BMs/day, CRP 87, Hgb 10.1. Scope: continuous inflammation from the rectum to the splenic flexure, Mayo 3. ${$.name("Kayla")} is 5 months postpartum and wants to keep breastfeeding — anyone comfortable with IV steroids then vedolizumab in that setting?`),
  // pair: lot number
  t("b20-in-med-dengue-uhid", "IN", () =>
    `Pt details
Name: ${$.name("Rekha Venkataraman")}
UHID: ${$.mrn("2023/MED/48817B")}
IP No.: ${$.mrn("11924")}
DOA: ${$.date("04-01-2025")}
Dx: dengue shock syndrome, platelets 18,000, Hct rising 38 -> 46
Query: second bolus colloid or crystalloid? Our unit still argues about this every monsoon.`),
  // pair: NDC recall
  t("b20-ca-peds-ohip-expired", "CA", (x) =>
    `Ontario kiddo, 7, moderate asthma flare, settled after 3 back-to-back ventolin + dex. His health card ${$.plan(K.ohip(x.r))} bounced at triage because the version code expired last month. Mom (${$.name("Brittany Lalonde")}) is panicking about a bill — am I right that he's still covered while she renews?`),
  // pair: eponym Hashimoto
  t("b20-us-endo-hashimoto-surname", "US", () =>
    `Mrs. ${$.name("Hashimoto")} (${$.name("Naomi")}), 58, third-generation Japanese American from ${$.addr("Gardena")}, TSH <0.01, FT4 3.9, uptake 2% at 24 h. TPO Ab >1000. So a painless thyroiditis / hashitoxicosis picture rather than Graves — and yes, the irony of her getting Hashimoto's has not been lost on her. Beta-blocker and wait?`),
  // pair: eponym Parkinson
  t("b20-ie-geri-parkinson-surname", "IE", () =>
    `Mr ${$.name("Parkinson")} — yes really — ${$.name("Tadhg Parkinson")}, 81, from ${$.addr("Ennis")}, referred to the day hospital as "?Parkinson's" by the out-of-hours doctor. No tremor at all, MMSE 22, visual hallucinations of children in the garden, fluctuating. Reads like DLB to me. DaTscan or just avoid the haloperidol and move on?`),
  // pair: colleague lecture
  t("b20-za-haem-sickle-soshanguve", "ZA", () =>
    `Sickle cell is rare in our unit so asking the group. ${$.name("Thandiwe Mokoena")}, 17, HbSS (father from Malawi), lives in ${$.addr("Soshanguve")} with her gran. Fourth vaso-occlusive crisis this year, never been on hydroxyurea. Is it reasonable to start it here or should she go to the haematology clinic at Steve Biko?`),
  // pair: poison helpline
  t("b20-uk-gp-son-mobile", "UK", () =>
    `Housebound lady, profoundly deaf, on warfarin, INR came back 7.8 on the district nurse sample. She can't hear the landline so ring her son ${$.name("Gareth")} on ${$.phone("07946 318 552")} — he'll pop round. Hold 2 doses and vitamin K 2 mg oral, or is that overdoing it with no bleeding?`),
  // pair: ward extension
  t("b20-us-nephro-homehd-landline", "US", () =>
    `home HD pt, 68F, lives alone out in ${$.addr("Twin Falls")}, ID. K 6.8 on the home draw this am, EKG via telehealth looks ok-ish (peaked T in V2-V3). daughter-in-law checks on her, landline ${$.phone("208-733-4190")}, she doesnt text. extra run today or lokelma and bring her in tmrw?`),
  // pair: clinic fax
  t("b20-jp-onc-home-fax", "JP", () =>
    `Palliative home-care question from Kanagawa. 78M, pancreatic Ca, refuses admission. The family asked us to send the care summary to the home fax — ${$.fax("0467-22-3815")} — because the daughter works from home in ${$.addr("Kamakura")} and handles everything. Is faxing still acceptable under your hospital's privacy rules? 在宅の先生方どうしてますか。`),
  // pair: DOI
  t("b20-mx-neuro-gofundme", "MX", () =>
    `Paciente con ELA bulbar, 54 años, ya con PEG. La familia abrió una página de donativos para el ventilador no invasivo: ${$.url("https://www.gofundme.com/f/ventilador-para-don-aurelio")} y nos pidieron compartirla con otros neurólogos. ¿Es ético hacerlo desde la cuenta del servicio?`),
  // pair: NCT number
  t("b20-fr-onc-randomisation", "FR", () =>
    `${$.name("LEROUX Josiane")}, 64 ans, carcinome séreux de haut grade de l'ovaire, incluse dans l'essai de maintenance (n° de randomisation ${$.oid("0412-017")}). Thrombopénie grade 3 au cycle 2. Le protocole autorise une réduction à 200 mg — quelqu'un a déjà dû sortir une patiente de l'essai pour ça ?`),
  // pair: PACS IP
  t("b20-de-psych-portal-ip", "DE", () =>
    `Kurze Frage zur Schweigepflicht. Ein Patient (paranoide Schizophrenie, teilstationär) schreibt nachts Drohmails an das Stationsteam. Laut IT kamen alle von ${$.ip("84.152.33.201")}, also seinem Heimanschluss. Dürfen wir die IP-Adresse ohne Einwilligung an die Polizei weitergeben?`),
  // pair: device model
  t("b20-kr-cardio-icd-serial", "KR", () =>
    `VT storm 질문입니다. ${$.name("정민호")} (58M), ischemic CMP EF 25%, ICD shocks x3 overnight. Device: Boston Scientific DYNAGEN, S/N ${$.dev("DG4719308")}. Interrogation shows VT 190 bpm, ATP failed. Amiodarone 이미 loading 중 — ablation 바로 가시나요?`),
  // pair: in her 80s
  t("b20-it-geri-novantatre", "FR", () => ({
    text: `Signora di ${$.age("93")} anni, vive sola a ${$.addr("Clusone")} in alta Val Seriana, trovata a terra dal vicino dopo una notte intera. CK 14.000, creatinina 2,1. Idratazione e basta, o qualcuno la manderebbe comunque in ortogeriatria per la frattura pubica composta?`,
    note: ITALY,
  })),
  // pair: the patient's daughter
  t("b20-vn-icu-con-gai", "VN", () =>
    `ICU Chợ Rẫy hỏi nhanh: BN nữ 71t, sốc nhiễm khuẩn đường mật, norad 0.4 mcg/kg/min, lactate 6. Con gái là chị ${$.name("Lê Thị Mai")}, SĐT ${$.phone("0912 384 706")}, muốn chuyển mẹ về ${$.addr("Cần Thơ")} gần nhà. Is transfer ever safe at this dose?`),
  // pair: HiLux MVA
  t("b20-us-em-truck-plate", "US", () =>
    `Pt eloped from bay 6 — intoxicated, GCS 14, scalp lac stapled. Security says his truck (white F-150, Texas plate ${$.veh("LKR-4927")}) is still in the ambulance lot with keys in it. Do we call PD to stop him driving or is that a HIPAA problem?`),
  // pair: ICD coding
  t("b20-in-ortho-aadhaar", "IN", (x) =>
    `PMJAY claim rejected for a shaft femur nailing because the Aadhaar on the form (${$.ssn(K.aadhaar(x.r))}) didn't match the card. Patient is ${$.name("Sunil Yadav")}, 52, daily-wage labourer, already discharged. Billing wants me to re-sign the pre-auth. Has anyone had PMJAY reverse one of these?`),
  // pair: guideline years
  t("b20-de-rheum-geb-datum", "DE", (x) =>
    `Überweisung Rheumatologie
Pat.: ${$.name("Brigitte Hoffmeister")}, geb. ${$.date("27.08.1949")}
KVNR: ${$.plan(K.kvnr(x.r))}
Fragestellung: PMR vs. Riesenzellarteriitis — BSG 78, Kieferclaudicatio fraglich, Sono Temporalis ohne Halo.
Prednisolon 15 mg seit 5 Tagen deutlich besser. Biopsie trotzdem?`),
  // pair: conference dates
  t("b20-br-cardio-internacao", "BR", () =>
    `Paciente ${$.name("José Ribamar Sousa")}, 66a, internado ${$.date("30/ago")} por ICC descompensada (FEVE 22%), alta ${$.date("02/set")} com sacubitril/valsartana. Voltou hoje com K 6,1 e Cr 2,4. Suspendo tudo ou só o espironolactona?`),
  // pair: org email
  t("b20-ng-derm-email", "NG", () =>
    `Teledermatology referral from a PHC in Kwara. ${$.name("Ngozi Eze")}, 29, hypopigmented anaesthetic patches on both forearms for 8 months. She sent photos herself from ${$.email("ngozi.eze84@yahoo.com")}. Thickened ulnar nerve on palpation per the CHO. Start MDT-MB or get slit-skin smears first?`),
  // pair: switchboard
  t("b20-cn-neuro-family-phone", "CN", () =>
    `急诊卒中会诊：患者${$.name("王建国")}，男，67岁，左侧肢体无力3小时，NIHSS 9，CT未见出血。家属（儿子）在外地，电话 ${$.phone("138 1024 7763")}，溶栓知情同意只能电话确认。各位医院电话同意加录音是否可以？`),
  // pair: hotline
  t("b20-kr-peds-guardian", "KR", () =>
    `5세 남아 열성경련 두번째 — 24시간 내 재발. 보호자(엄마) 연락처 ${$.phone("010-4827-3391")}, 아빠는 해외. LP 해야 할까요? 예방접종은 다 했고 목 경직 없음.`),
  // pair: SIGTAP code
  t("b20-br-gp-cns-dona", "BR", (x) =>
    `UBS do interior, dúvida de regulação: dona ${$.name("Francisca")}, 72, DPOC GOLD E, precisa de oxigênio domiciliar. O SISREG recusou porque o Cartão SUS (${$.plan(K.cns(x.r))}) está vinculado a outro município. Alguém já conseguiu corrigir isso sem ela ter que viajar?`),
  // pair: GPC IMSS code
  t("b20-mx-occ-nss-curp", "MX", (x) =>
    `Medicina del trabajo, estado de Chihuahua. Trabajadora de maquiladora, 38 años, dermatitis de contacto por resinas epóxicas, 3er periodo de incapacidad. ${$.name("Guadalupe Hernández Ortiz")}, NSS ${$.ssn(K.imssNss(x.r))}, CURP ${$.ssn(K.curp(x.r, { paterno: "Hernández", materno: "Ortiz", nombre: "Guadalupe", dob: { d: 19, m: 7, y: 1986 }, female: true, state: "CH" }))}. ¿La califico como riesgo de trabajo (ST-7) o la empresa va a pelear?`),
  // pair: mental-health helpline
  t("b20-in-psych-brother", "IN", () =>
    `22M, first-episode mania, brought by elder brother, no insight, stopped lithium after 9 days. Brother is the only one he listens to — his no. ${$.phone("+91 98450 27316")}. Planning depot? Family wants discharge before Diwali. Sir, what would you do?`),
  // pair: NHLS reference ranges
  t("b20-za-ob-id", "ZA", (x) =>
    `G3P2 at 34/40, BP 168/112, 3+ protein, platelets 88. ${$.name("Nomvula Dlamini")}, ID ${$.ssn(K.zaId(x.r, { d: 15, m: 3, y: 1991 }, true))} — booked late so no early bloods. MgSO4 running. Deliver now or steroids first? Theatre list is full till 16:00.`),
  // pair: trained in Bologna
  t("b20-es-derm-village", "ES", () =>
    `Agricultor de 67 años de ${$.addr("Villanueva de la Serena")} (Badajoz), toda la vida al sol sin gorra. Placa eritematodescamativa en hélix de 1,5 cm, sangra al roce, dermatoscopia con vasos glomerulares. ¿Biopsia o directamente cirugía de Mohs?`),
  // pair: Giftnotruf
  t("b20-fr-geri-fille", "FR", () =>
    `EHPAD, 86 ans, chute avec TC sous apixaban, pas de PC. Sa fille, Mme ${$.name("Sandrine Lefèvre")}, joignable au ${$.phone("06 71 48 20 93")}, refuse le transfert aux urgences. Scanner systématique ou surveillance neuro sur place ?`),
  // pair: Patient H.M.
  t("b20-ca-neuro-initials", "CA", () =>
    `Seeking a second opinion. ${$.name("M.-È. T.")}, 38, grade 4 teacher in ${$.addr("Rimouski")}, 3 episodes of transient aphasia over 2 months, MRI normal, EEG shows left temporal sharp waves. Starting levetiracetam — does she need to stop driving under Quebec rules if it's focal aware only?`),
  // pair: 72-year-old
  t("b20-us-ortho-92", "US", () =>
    `${$.age("92")}-year-old woman, intertrochanteric hip fx, lives independently, uses a cane. Cardiology cleared her but anesthesia wants an echo first (murmur). We're at 40 h from injury. Operate without the echo?`),
  // pair: born in the 1940s
  t("b20-ie-cardio-born-3rd-may", "IE", () =>
    `Pacing clinic query. Gentleman born ${$.date("3rd May 1941")}, CHB on the ECG today, asymptomatic, still cutting turf. Pacemaker check shows 4% RV pacing back in 2021. Any reason not to upgrade to CRT now?`),
  // pair: Sydney criteria
  t("b20-au-renal-mount-druitt", "AU", () =>
    `Renal clinic, Westmead: 49F, APS (triple positive), lupus nephritis class IV. Lives in ${$.addr("Mount Druitt NSW 2770")} with 3 kids, misses bloods because of 2 bus changes. Warfarin INR all over the place — is a DOAC ever defensible here despite the trial data?`),
  // pair: Kawasaki protocol
  t("b20-jp-peds-kawasaki-surname", "JP", () =>
    `Real case, not a joke: ${$.name("Kawasaki Haruto")}-kun, 4歳, fever day 6, conjunctival injection, strawberry tongue, BCG site redness. His surname really is ${$.name("Kawasaki")}, and yes, it looks like Kawasaki disease. IVIG 2 g/kg started; CRP 12. Add prednisolone up front given Kobayashi score 6?`),
  // pair: Uniklinik switchboard
  t("b20-de-gp-festnetz", "DE", () =>
    `Hausbesuch-Frage: Herr ${$.name("Schuler")}, 84, Herzinsuffizienz NYHA III, seit gestern verwirrt. Seine Frau erreicht man nur übers Festnetz, ${$.phone("07633 948217")}, Handy hat sie keins. Kann ich ihm die Diurese zu Hause steigern oder ist das fahrlässig?`),
  // pair: NCDC line
  t("b20-ng-ob-husband", "NG", () =>
    `PPH after home delivery, brought in by okada, Hb 5.2. Husband has to consent for transfusion per family, his line ${$.phone("0803 418 2276")} — he is at the market. We are giving blood anyway under emergency. Abeg, how do your units document this?`),

  // --- further positives, not twins ---
  t("b20-uk-dvla-licence", "UK", (x) =>
    `DVLA query. ${$.name("Leanne Whitfield")}, 46, first unprovoked seizure on ${$.date("9 Nov")} while at work, MRI normal. She drives a school minibus (category D1 on her licence, no. ${$.lic(K.ukLicence(x.r, "Whitfield", "Leanne", { d: 9, m: 11, y: 1978 }, true))}). She's asking me to tell her employer nothing. Is the 5-year group 2 rule right?`),
  t("b20-us-fwd-billing-ssn", "US", (x) =>
    `---------- Forwarded message ---------
From: billing office
Subject: RE: denial appeal
Doc, we need you to sign the appeal for ${$.name("Darnell Whitaker")}. Medicare (MBI ${$.plan(K.mbi(x.r))}) denied the home O2 because the qualifying sat was from the ED visit. SSN on file ${$.ssn(K.ssn(x.r))} doesn't match SSA either, so expect a second denial.
---
Anyone know if a 6MWT in clinic counts as the qualifying test?`),
  t("b20-us-har-account", "US", () =>
    `Patient financial services keeps calling me about HAR ${$.acct("30049817226")} — a 9-day ICU stay, they want me to change the DRG because my note says "septic shock" but no lactate >4. I'm not changing a diagnosis for billing. Anyone dealt with CDI pushback like this?`),
  t("b20-au-medicare-sms", "AU", (x) => {
    const m = K.auMedicare(x.r);
    return `SMS from practice nurse: "Hi Dr, ${$.name("Jarrah")} (the 15yo with T1DM) missed his HbA1c again. Mum says Medicare card ${$.plan(m.number)} was rejected at the path collection centre. Can u fill a bulk-bill form?" — how are other GPs handling this with teenagers?`;
  }),
  t("b20-fr-nir-table", "FR", (x) =>
    `| Champ | Valeur |
|---|---|
| Patiente | Mme ${$.name("Ghislaine Perrot")} |
| Née le | ${$.date("12/04/1947")} |
| NIR | ${$.ssn(K.nir(x.r, true, { m: 4, y: 1947 }))} |
| Motif | néphropathie diabétique, DFG 18 |

Dossier d'inscription sur liste de greffe : à 77 ans, vous l'inscririez ?`),
  t("b20-es-dni-soap", "ES", (x) =>
    `S: varón 55a, dolor lumbar irradiado a MII 6 semanas, sin síntomas esfinterianos.
O: Lasègue + a 40º, ROT aquíleo abolido izq. RM: hernia L5-S1 extruida.
A: ciática S1 izq.
P: derivo a neurocirugía; ${$.name("Antonio Jiménez Salas")}, DNI ${$.ssn(K.dni(x.r))}, NUSS ${$.plan(K.nuss(x.r))}.
¿Esperaríais más con fisio o cirugía ya?`),
  t("b20-kr-rrn-dialysis", "KR", (x) =>
    `신장내과 질문. 환자 ${$.name("김순자")}, 주민번호 ${$.ssn(K.krRrn(x.r, { d: 3, m: 6, y: 1958 }, true))}, 혈액투석 12년, AVF 폐색 3번째. 이번에 tunneled catheter vs AVG 고민중입니다. 경험 공유 부탁드립니다.`),
  t("b20-cn-id-hep", "CN", (x) =>
    `乙肝母婴阻断咨询：孕妇${$.name("陈晓燕")}，身份证号 ${$.ssn(K.cnId(x.r, "320106", { d: 21, m: 9, y: 1993 }, true))}，孕28周，HBV DNA 2.3×10^7 IU/mL。现在开始替诺福韦还是等到32周？`),
  t("b20-vn-bhyt", "VN", () =>
    `Quick Q on insurance. BN nam 63t, ung thư gan, cần TACE lần 2. Thẻ BHYT ${$.plan("HT3797920341166")} chỉ đăng ký ở tuyến huyện nên bị từ chối thanh toán. Anyone in Hanoi know if a referral letter fixes it retroactively?`),
  t("b20-ng-nin-nhia", "NG", (x) =>
    `HMO wahala again. ${$.name("Babatunde Oladipo-Hassan")}, 44, needs MRI for a cervical myelopathy, NHIA enrolee no. ${$.plan("NHIA/LAG/0449127")}. HMO insists on NIN verification — NIN ${$.ssn(K.nigeriaNin(x.r))} fails on their portal. Do you proceed and bill later?`),
  t("b20-za-medical-aid", "ZA", () =>
    `Medical aid ran out of chronic benefits in August. ${$.name("Pieter van der Merwe")}, 59, boilermaker from ${$.addr("Vanderbijlpark")}, asbestosis + new pleural thickening. Member no. ${$.plan("318442906")}, dependant 00. Scheme says PET-CT not a PMB. Any precedent for getting it approved as a prescribed minimum benefit?`),
  t("b20-ie-ppsn-gms", "IE", (x) =>
    `Medical card saga: ${$.name("Clodagh Ní Fhlatharta")}, 33, lives on one of the islands off ${$.addr("Connemara")}, medical card lapsed so she's paying for her methotrexate. PPSN ${$.ssn(K.ppsn(x.r))}. Anyone know a quicker route than the PCRS online form? She has a ferry to catch for every bloods.`),
  t("b20-ca-ramq", "CA", (x) =>
    `Question en néphro : Mme ${$.name("Sylvie Tremblay")}, 58 ans, RAMQ ${$.plan(K.ramq(x.r, "Tremblay", "Sylvie", { d: 11, m: 2, y: 1966 }, true))}, DFGe 24 stable. Le patiromer n'est pas couvert sans code d'exception — quelqu'un a le bon code pour l'hyperkaliémie sous IECA?`),
  t("b20-br-cpf-plate", "BR", (x) =>
    `Plantão de trauma: motoboy de 24 anos, ${$.name("Wellington")} ("${$.name("Lingo")}"), CPF ${$.ssn(K.cpf(x.r))}, fratura exposta de tíbia. A PM pediu a placa da moto pro B.O.: ${$.veh("QPT2F47")}. Posso informar ou preciso de ordem judicial?`),
  t("b20-uk-nhs-referral", "UK", (x) =>
    `Dear Colleague,
Re: Mr ${$.name("Callum MacLeod")}, NHS no. ${$.plan(K.nhsNumber(x.r))}, ${$.addr("14 Glebe Road, Inverurie, AB51 4TQ")}
Thank you for seeing this 57-year-old offshore worker with 3 months of painless jaundice and weight loss. CA19-9 640. CT: 3 cm pancreatic head mass abutting the SMV. He is keen to know if he can keep working rotations.
Yours sincerely`),
  t("b20-jp-hoken", "JP", () =>
    `外来で困っています。患者 ${$.name("佐々木 美咲")} さん（34歳）、保険証の記号・番号 ${$.plan("都03-1157・4482")} がマイナ保険証と一致せず、10割負担になってしまいました。生物学的製剤の月額が大変で…同じケースどう対応されましたか？`),
  t("b20-it-codice-fiscale", "FR", () => ({
    text: `Certificato INPS per invalidità: Sig. ${$.name("Giuseppe Frangi")}, codice fiscale ${$.ssn("FRNGPP38T22A794P")}, BPCO in O2-terapia 16 h/die, FEV1 28%. Il CAF dice che serve la firma del pneumologo, non del MMG. È vero o è solo burocrazia?`,
    note: ITALY,
  })),
  t("b20-us-dl-seizure", "US", () =>
    `California docs: I have to file a CMR for a lapse of consciousness. Pt ${$.name("Hector Villaseñor")}, DL ${$.lic("D4829163")}, syncope at the wheel, rear-ended someone on the freeway. Tilt table positive. Do I report him if it's clearly vasovagal?`),
  t("b20-uk-filename", "UK", () =>
    `Can someone sanity-check this ECG before I send it on? Attaching ${$.name("Osei-Bonsu")}_${$.name("Kwabena")}_ECG_2024.pdf — 19-year-old footballer, deep T inversion V1-V4, pre-participation screen. Athlete's heart or ARVC?`),
  t("b20-us-pump-serial", "US", () =>
    `Tandem pump recall question. 16yo with T1D, t:slim X2 serial ${$.dev("1148392")}, pump alarmed "malfunction 16" twice this week and she woke up at 420. Family got a replacement shipped but needs a bridge plan — basal Lantus at 80% of pump basal?`),
  t("b20-au-cochlear", "AU", () =>
    `Paeds ENT query from Townsville. 6yo girl, bilateral cochlear implants, new headaches and fluid behind the left processor. Implant serial ${$.dev("CI-612-4301278955")} per the card. Is MRI ok at 1.5T with magnets in, or do we need the magnets removed first?`),
  t("b20-ie-reg-plate", "IE", () =>
    `Unusual one for the occ health crowd: delivery driver, 29, recurrent hypos on gliclazide, crashed the van into a wall last week. Garda asked for the van reg to match the report — ${$.veh("161-D-28374")}. Does an occ physician have any duty to disclose?`),
  t("b20-us-vin", "US", (x) =>
    `Odd medico-legal: pt's family says the truck airbag failed to deploy and his sternal fx is the manufacturer's fault. Lawyer wants the VIN in my note — ${$.veh(K.vin(x.r, "1FT"))}. I'm not writing that in the chart, right?`),
  t("b20-in-instagram-eating", "IN", () =>
    `Adolescent psych: 16F, restrictive AN, BMI 14.1. Mother found she posts "progress" pics at ${$.url("instagram.com/thinspo.aanya_07")} and has 4k followers. Should we report the account? Family wants us to talk to her about it first.`),
  t("b20-uk-ip-telederm", "UK", () =>
    `Our teledermatology portal flagged a login to a patient's account from ${$.ip("86.142.77.203")} — it turned out to be her ex-partner. She's asked us to lock it. IG says only she can request that. Anyone dealt with this?`),
  t("b20-fr-email-chat", "FR", () =>
    `dites moi si je me trompe mais un patient qui m'envoie ses glycémies par mail depuis ${$.email("c.moreau.1962@orange.fr")} tous les soirs, je suis obligé de répondre ? c un DT2 sous insuline basale, 61a, très anxieux`),
  t("b20-mx-chat-de-la-cruz", "MX", () =>
    `oigan una duda rapida, tengo a la señora ${$.name("maría de la cruz")} 54 años con dolor abdominal y lipasa 3x, pero TAC sin pancreatitis... la hija dice q toma ${$.name("maría")} un te de hierbas de su pueblo, ${$.addr("san juan chamula")}. alguien ha visto pancreatitis x herbolaria?`),
  t("b20-za-cape-address", "ZA", () =>
    `TB contact tracing: index case, 31M, MDR-TB, lives at ${$.addr("22 Boundary Road, Athlone, Cape Town 7764")} with 6 household members including 2 under-5s. Clinic wants to know if we start levofloxacin preventive therapy in the kids.`),
  t("b20-uk-discharge", "UK", () =>
    `DISCHARGE SUMMARY
Patient: ${$.name("AL-RASHID")}, ${$.name("Yusuf")}
DOB: ${$.date("02/02/1958")}
Admitted: ${$.date("17/01/2025")} Discharged: ${$.date("24/01/2025")}
Diagnosis: NSTEMI, 2-vessel disease, PCI to LAD.
Plan: DAPT 12 months, cardiac rehab. Query from GP: he fasts for Ramadan from late Feb — how would you adjust his meds?`),
  t("b20-us-voice-al", "US", () =>
    `voice memo transcribed sorry for typos patient is ${$.name("earl tubbs")} goes by ${$.name("bubba")} sixty seven years old ESRD on peritoneal dialysis came in with cloudy effluent white count in the fluid four hundred and twenty mostly neutrophils started intraperitoneal vanc and ceftaz should I pull the catheter if it doesnt clear in five days`),
  t("b20-ng-yoruba-mixed", "NG", () =>
    `E kaaro colleagues. Mama ${$.name("Adunni Afolabi")}, 62, hypertensive, brought from her home in ${$.addr("Ogbomoso")} with sudden right-sided weakness since yesterday. Family say "o kan subu lulẹ̀" — just collapsed. No CT in our facility. Aspirin now or wait till transfer to UCH?`),
  t("b20-in-hindi-mixed", "IN", () =>
    `Sir, emergency mein ek case hai — ${$.name("Ramesh Chandra Tiwari")}, 58, ${$.addr("Gorakhpur")} ke paas gaon se aaye hain, snake bite 6 ghante pehle, ptosis hai, 20WBCT clotted. Neuro-toxic lag raha hai. ASV 10 vials de diya, neostigmine bhi start karein kya?`),
  t("b20-br-apelido", "BR", () =>
    `Gente, paciente psiquiátrico conhecido do CAPS, ${$.name("Antônio Carlos Menezes")}, todo mundo chama ele de "${$.name("Toninho")}", 45a, esquizofrenia, chegou com rigidez, febre 40 e CPK 28.000 após haloperidol depot. SNM né? Dantrolene a gente não tem — bromocriptina resolve?`),
  t("b20-de-hyphen", "DE", () =>
    `Onko-Board Frage: Frau ${$.name("Anne-Sophie Müller-Krause")}, 41, triple-negatives Mammakarzinom, BRCA1 pos., pCR nach KEYNOTE-522-Schema. Wohnt in ${$.addr("Bad Krozingen")}, will keine Mastektomie der Gegenseite. Wie würdet ihr beraten?`),
  t("b20-cn-screenshot", "CN", () =>
    `Screenshot from the family WeChat group (translated): "${$.name("刘伟")}'s dad, 81, can't swallow since the stroke, nurses at 人民医院 want a PEG." The son also pasted his dad's ward room and ID card photo — I blurred it. Question: PEG vs NG long-term in severe dysphagia at 81?`),
  t("b20-vn-tsv", "VN", () =>
    `Pasted from our ward sheet:
Họ tên\tTuổi\tChẩn đoán\tGhi chú
${$.name("NGUYỄN Văn Hùng")}\t58\tXHTH do vỡ giãn TMTQ\tChild B, đã thắt 2 lần
${$.name("TRẦN Thị Lan")}\t47\tViêm tụy cấp\tTG 2800
Which of these would you prioritise for the single endoscopy slot tonight?`),
  t("b20-au-march-of", "AU", () =>
    `Old fella in the memory clinic, knows he was born in ${$.date("March of '43")} but not the year it is now. MoCA 14. Wife says he's driving to the pub in ${$.addr("Goondiwindi")} daily. Reporting to TMR — who do you ring first, him or the wife?`),
  t("b20-us-ninety-four", "US", () =>
    `Geri psych consult: widower, aged ${$.age("ninety-four")}, lives with his granddaughter, new paranoid delusions that the neighbours poison his water. No delirium on CAM. Low-dose risperidone or avoid antipsychotics entirely at his age?`),
  t("b20-ie-osullivan-bullets", "IE", () =>
    `Quick one re a patient on the ward:
- ${$.name("Eimear O'Sullivan")}, 27, 3 days post-partum
- headache + BP 162/104, no proteinuria
- lives in ${$.addr("Castleisland, Co. Kerry")}, 90 min from us
- already gone home once and come back
Postpartum pre-eclampsia without proteinuria — labetalol and observe or MgSO4?`),
  t("b20-jp-mixed-ophtho", "JP", () =>
    `眼科の先生へ質問です。${$.name("山田 健一")} 様、67歳、糖尿病網膜症 PDR、VA 0.1 (右). Anti-VEGF か PRP か、どちらを先に？ He lives alone in ${$.addr("Asahikawa")} (Hokkaido) and can't come monthly for injections.`),
  t("b20-es-bold-labels", "ES", () =>
    `**Pte:** ${$.name("Iñaki Etxeberria Goikoetxea")}
**Edad:** 71
**Tlf. esposa:** ${$.phone("688 902 415")}
**Motivo:** FA de reciente diagnóstico, CHA2DS2-VASc 4, HAS-BLED 3, anemia ferropénica sin filiar.
**Duda:** ¿anticoagular antes de la colonoscopia o después?`),
  t("b20-it-phone-bold", "FR", () => ({
    text: `**Paziente:** ${$.name("Rosaria Esposito")}, 58 anni
**Recapito:** ${$.phone("338 471 2290")} (figlio)
**Quesito:** nodulo tiroideo TI-RADS 4, FNA Bethesda III due volte. Ripetere, molecolare o lobectomia?`,
    note: ITALY,
  })),
  t("b20-uk-derm-mole-map", "UK", () =>
    `Mole-mapping photos arrived via the portal with a name in the EXIF — ${$.name("Rhiannon Pryce-Jones")}, taken ${$.date("14 Aug")} at home in ${$.addr("Llandeilo")}. Lesion on the left calf, 8 mm, asymmetric, blue-white veil. 2WW referral is obvious; question is whether I strip the metadata before forwarding.`),
  t("b20-cn-radiology-accession", "CN", () =>
    `放射科请教：住院号 ${$.mrn("ZY20240983")} 的患者，右肺上叶 2.1 cm 磨玻璃结节，实性成分 6 mm，1年前 1.6 cm。Lung-RADS 4B？直接胸外科还是穿刺？`),
  t("b20-ng-igbo-ophtho", "NG", () =>
    `Ophthalmology: ${$.name("Chiamaka Nwosu-Obi")}, 11, sudden painless visual loss L eye after a fall at school, VA HM. Father ${$.name("Obinna")} says she's "always been clumsy" since. Fundus: macula-off RD. Vitreoretinal surgeon only comes on Fridays — who would you call?`),
  t("b20-de-account-iban", "DE", () =>
    `Abrechnung, etwas peinlich: ein Patient hat seine IGeL-Leistung doppelt überwiesen und will das Geld auf sein Konto zurück, IBAN ${$.acct(K.iban("DE", "50010517" + "5419273064"))}. Darf die MFA das per E-Mail bestätigen?`),
  t("b20-us-peds-nickname-quotes", "US", () =>
    `Peds, 9mo, "${$.name("Junebug")}" (everyone at daycare calls her that, real name ${$.name("Juniper Castellanos")}), fever 39.6 x 4 days, no source, UA clean. Daycare in ${$.addr("Hialeah")} has had 3 kids with roseola. Wait it out or blood cx?`),
  t("b20-kr-device-pacemaker", "KR", () =>
    `MRI 문의드립니다. 78F pacemaker (Medtronic Advisa MRI), serial ${$.dev("PZK208194H")}, leads 5076 x2. MRI conditional인데 epicardial abandoned lead가 하나 있어요. Brain MRI 진행하시겠습니까?`),
  t("b20-ca-email-sms", "CA", () =>
    `txt from my patient this am: "hi dr its ${$.name("Gurpreet")} (${$.email("gurpreet.sandhu.bc@gmail.com")}) my sugars 22 since starting the prednisone for my knee what do i do" — 54M T2DM on metformin + jardiance. Add NPH in the am?`),
  t("b20-fr-urg-address", "FR", () =>
    `Urgences, question médico-légale : patient de 48 ans amené par les pompiers pour ivresse, agressif, réside ${$.addr("7 rue des Tanneurs, 67000 Strasbourg")} selon sa carte. Les policiers veulent l'adresse confirmée par nous. On a le droit ?`),
  t("b20-mx-ob-date-spanish", "MX", () =>
    `FUM ${$.date("3 de febrero")}, así que va en 37.2 SDG; primigesta de 19 años con TA 150/95 y cefalea. ${$.name("Yesenia")} dice que vive en ${$.addr("Tlalnepantla")} y no quiere quedarse. ¿Inducción hoy o manejo ambulatorio con sulfato?`),
  t("b20-ie-radiology-mrn", "IE", () =>
    `Rad reg here. Got a request card with MRN ${$.mrn("H0829471")} — 34F, "?appendicitis, pregnant 9/40". Requesting team wants CT. I'd rather do US then MRI. How hard do you push back?`),
  t("b20-in-lab-license-driver", "IN", () =>
    `Occupational fitness: truck driver, 47, uncontrolled DM (HbA1c 11.8), diabetic retinopathy, renewal of heavy vehicle licence. DL no. ${$.lic("MH12 20090045817")}. RTO wants Form 1-A signed. I'm not comfortable — how do you refuse politely?`),
];

const negatives: Negative[] = [
  // pair: poison line
  n("b20n-fr-antipoison", "FR", `Petit rappel pour les internes : paracétamol > 150 mg/kg ou heure d'ingestion inconnue → NAC d'emblée, sans attendre la paracétamolémie. En cas de doute, le centre antipoison de Lyon répond 24h/24 au 04 72 11 69 11. Le nomogramme de Rumack-Matthew n'a de sens que si l'heure est fiable.`),
  // pair: protocol date
  n("b20n-uk-chestpain-protocol", "UK", `FYI the ED chest pain pathway was updated 15/03/2024 — hs-cTnI at 0 and 1 h, rule-out if <5 ng/L and onset >3 h. Please bin the laminated v3.2 (2021) copies in resus and majors.`),
  // pair: trained in
  n("b20n-ie-trained-cork", "IE", `I trained in Cork and the Ottawa ankle rules were drilled into us from day one. Does anyone still X-ray every inverted ankle in a 20-year-old because the patient insists?`),
  // pair: colleague presented
  n("b20n-ie-audit-byrne", "IE", `Dr Aoife Byrne presented the sepsis-six audit at Thursday grand rounds — antibiotic-within-1h compliance up from 61% to 84% since the new trolley. Slides are on the intranet if you want to steal the format.`),
  // pair: lot number
  n("b20n-de-qc-charge", "DE", `QC-Frage aus dem Labor: Charge 41872B, Kontrolllauf 2025-02-24, Level 2 liegt bei +2,3 SD (Westgard 1-2s Warnung), Level 1 unauffällig. Erst Reagenzwechsel oder gleich neu kalibrieren?`),
  // pair: NDC recall
  n("b20n-us-heparin-recall", "US", `Heads up: heparin 5,000 units/mL vials, NDC 0409-2720-01, lot 2119027 is on the recall list for particulate matter. Pharmacy is pulling them from the Pyxis today; check your satellite stock too.`),
  // pair: eponym Hashimoto
  n("b20n-jp-hashimoto-eponym", "JP", `Hashimoto's thyroiditis vs painless thyroiditis in the thyrotoxic phase — do you still do Tc-99m uptake, or is TRAb plus thyroid US enough? Our group in Kyoto uses uptake <0.5% as the cut-off. 橋本病の破壊性甲状腺炎、皆さんどうしてますか。`),
  // pair: eponym Parkinson
  n("b20n-uk-parkinson-plus", "UK", `Parkinson-plus red flags worth teaching the F2s: early falls, vertical gaze palsy, poor and short-lived levodopa response, early dysautonomia. The MDS PSP criteria (Höglinger et al., 2017) are a good read.`),
  // pair: colleague lecture
  n("b20n-ng-lecture-ogunleye", "NG", `Prof. Adebayo Ogunleye's lecture at LUTH on hydroxyurea in HbSS children was excellent — start 15-20 mg/kg/day, escalate by 5 mg/kg every 8 weeks to MTD, FBC monthly. Recording should be up on the college site.`),
  // pair: poison helpline
  n("b20n-au-poisons-line", "AU", `Reminder: the Poisons Information Centre on 13 11 26 is 24/7 Australia-wide. For snake bite after hours, ring them before paging the regional toxicologist — they'll patch you through if needed.`),
  // pair: ward extension
  n("b20n-uk-bleep-ext", "UK", `Ortho reg on bleep 2283, fracture clinic on ext 4417, 08:00-17:00 weekdays. After hours go through switchboard and ask for the on-call T&O SpR, not the consultant.`),
  // pair: clinic fax
  n("b20n-fr-consult-memoire", "FR", `Horaires de la consultation mémoire : lundi-jeudi 9h-12h30. Pour les demandes de bilan, fax du secrétariat au 04 76 76 58 12, avec le dernier MMS et la liste des traitements.`),
  // pair: DOI
  n("b20n-us-doi-review", "US", `Has anyone read the NEJM trial on finerenone in HFpEF (doi:10.1056/NEJMoa2407107, PMID 39225278)? Curious whether people are actually adding it after SGLT2i or waiting for the guideline update.`),
  // pair: NCT number
  n("b20n-us-nct-eligibility", "US", `Eligibility question for NCT05093322 — does prior adjuvant checkpoint inhibitor exclude? Section 5.2 says "prior anti-PD-1 in the metastatic setting" only. The sponsor's medical monitor hasn't answered in 2 weeks.`),
  // pair: PACS IP
  n("b20n-uk-pacs-ip", "UK", `PACS thick client on 10.20.1.15 is down again (IT ticket INC0834172 logged at 07:40). Use the web viewer for now; reporting worklist is unaffected.`),
  // pair: device model
  n("b20n-us-device-model", "US", `Is the Medtronic Azure XT DR MRI SureScan (W1DR01) conditional at 3T with 5076 leads, or only 1.5T? The manufacturer's MRI checklist dated 2023 says both, our physicist says 1.5 only.`),
  // pair: in her 80s
  n("b20n-za-her-80s", "ZA", `Lady in her 80s, lives alone, in and out of delirium since a UTI last week. Daughter visits daily. Haloperidol 0.5 mg nocte or quetiapine 12.5 mg? Trying to avoid both if I can.`),
  // pair: the patient's daughter
  n("b20n-cn-daughter-role", "CN", `The patient's daughter phoned the ward asking for the CT result; she isn't the next of kin on file and the son is. 家属之间意见不一致的时候，你们怎么处理病情告知？`),
  // pair: HiLux MVA
  n("b20n-au-hilux-mva", "AU", `MVA at 80 km/h, Toyota HiLux vs tree, driver restrained, airbags deployed, GCS 15, seatbelt sign across the abdomen. CT clear. Admit for serial exams or discharge with return advice?`),
  // pair: ICD coding
  n("b20n-us-icd-coding", "US", `Coding question: F32.1 vs F33.1 for a second depressive episode 4 years after the first? SNOMED 36923009 maps to F33.9 in our EHR, which the auditors keep flagging.`),
  // pair: guideline years
  n("b20n-uk-nice-years", "UK", `NICE NG28 (2015, updated 2022) vs ADA Standards of Care 2025 — who's actually starting SGLT2i alongside metformin first-line in T2DM with CVD risk?`),
  // pair: conference dates
  n("b20n-es-congress-esc", "ES", `¿Alguien va al congreso de la ESC en Londres, del 30 de agosto al 2 de septiembre de 2024? Hay una sesión de late-breaking sobre ablación de FA el domingo a las 11:00.`),
  // pair: org email
  n("b20n-ie-abstract-email", "IE", `Abstracts for the winter meeting go to abstracts@iscp-meeting.ie by 31 January, max 250 words, no patient images without consent forms attached.`),
  // pair: switchboard
  n("b20n-kr-switchboard", "KR", `서울대병원 응급실 문의는 대표번호 1588-5700으로 하시면 됩니다. 전원 의뢰는 응급의학과 당직 선생님께 직접 연결해 달라고 하세요.`),
  // pair: hotline
  n("b20n-vn-moh-hotline", "VN", `Đường dây nóng của Bộ Y tế 1900 9095 vẫn hoạt động 24/7 cho các câu hỏi về tiêm chủng. Phòng khám chúng tôi mở cửa 7h30-16h30 từ thứ Hai đến thứ Sáu.`),
  // pair: SIGTAP code
  n("b20n-br-sigtap", "BR", `Para faturar a consulta especializada use o código SIGTAP 03.01.01.007-2; o 03.01.01.006-4 é consulta na atenção básica e o sistema glosa automaticamente.`),
  // pair: GPC IMSS code
  n("b20n-mx-gpc-imss", "MX", `La Guía de Práctica Clínica IMSS-031-08 sobre diabetes tipo 2 se actualizó en 2018; la NOM-015-SSA2-2010 sigue vigente. ¿Alguien sabe si ya salió la revisión de 2024?`),
  // pair: mental-health helpline
  n("b20n-in-tele-manas", "IN", `For families who can't reach the OPD, Tele-MANAS on 14416 is free and available in regional languages. Our psychiatry OPD runs Mon-Sat, 9 am to 1 pm, room 214.`),
  // pair: NHLS reference ranges
  n("b20n-za-nhls-ranges", "ZA", `| Test | Result | Ref range |
|---|---|---|
| Platelets | 88 | 150-400 x10^9/L |
| ALT | 64 | 7-35 U/L |
| LDH | 612 | 100-190 U/L |
| Urate | 0.48 | 0.14-0.34 mmol/L |
Is this HELLP yet by Mississippi criteria, or still partial?`),
  // pair: trained in Bologna
  n("b20n-it-trained-bologna", "FR", `Mi sono specializzato a Bologna e lì il dermatoscopio si usava su ogni lesione, anche le cheratosi seborroiche ovvie. Qui a Milano i tempi di visita non lo permettono. Come vi organizzate?`, ITALY),
  // pair: Giftnotruf
  n("b20n-de-giftnotruf", "DE", `Bei unklaren Pilzvergiftungen ruft bitte früh den Giftnotruf Berlin an, 030 19240 — die haben auch einen Pilzsachverständigen auf Abruf. Amanitin-Nachweis im Urin dauert bei uns 6 Stunden.`),
  // pair: Patient H.M.
  n("b20n-us-patient-hm", "US", `Patient H.M. (Henry Molaison) is still the best teaching case for anterograde amnesia after bilateral medial temporal resection in 1953. Anyone have good modern imaging slides to pair with the Scoville and Milner paper?`),
  // pair: 72-year-old
  n("b20n-uk-72yo-hip", "UK", `72-year-old, hip hemiarthroplasty, day 2, Hb 78 from 121, asymptomatic. Transfuse to 80 or sit on it? Our orthogeriatrician says FOCUS trial, the surgeons say 90.`),
  // pair: born in the 1940s
  n("b20n-ca-born-1940s", "CA", `Many of our patients born in the 1940s never got a pneumococcal conjugate vaccine. NACI 2023 now recommends PCV20 for everyone 65+. Is anyone running catch-up clinics?`),
  // pair: Sydney criteria
  n("b20n-au-sydney-criteria", "AU", `Reminder that the revised Sapporo (Sydney) criteria for APS need two positive tests at least 12 weeks apart. The 2023 ACR/EULAR criteria weight things differently — which are you using in clinic?`),
  // pair: Kawasaki protocol
  n("b20n-us-kawasaki-protocol", "US", `Our Kawasaki disease / MIS-C protocol (rev. 06/2023): IVIG 2 g/kg over 10-12 h, ASA 3-5 mg/kg/day, echo at diagnosis, 2 weeks and 6 weeks. Kobayashi score ≥4 → consider adding steroids.`),
  // pair: Uniklinik switchboard
  n("b20n-de-zentrale", "DE", `Notfallsprechstunde Mo–Fr 8–12 Uhr, Tel. Zentrale 0761 270-0, danach über den diensthabenden Oberarzt. Für Rückfragen zu Befunden bitte nicht die Station direkt anrufen.`),
  // pair: NCDC line
  n("b20n-ng-ncdc-lassa", "NG", `Suspected Lassa fever: isolate, start ribavirin per NCDC guideline, and notify the state epidemiologist. The NCDC toll-free line is 6232. Do not wait for PCR to start treatment.`),
  // pair: DVLA licence
  n("b20n-uk-dvla-rules", "UK", `DVLA group 2 after a first unprovoked seizure: 5 years seizure-free off medication, or 10 years if there's an underlying structural cause. Group 1 is 6 months. The "Assessing fitness to drive" guide was updated in 2024.`),
  // pair: HAR account
  n("b20n-us-drg-lactate", "US", `Sepsis-3 defines septic shock as vasopressors to keep MAP ≥65 plus lactate >2 mmol/L after adequate fluids. DRG 871 vs 872 depends on MCC, not on lactate. Our CDI team keeps mixing these up.`),
  // pair: NIR table
  n("b20n-fr-greffe-criteria", "FR", `Critères d'inscription sur liste de greffe rénale selon l'Agence de la biomédecine : DFG < 15 mL/min ou dialyse, sans limite d'âge formelle. Au-delà de 75 ans, évaluation gériatrique systématique dans notre centre.`),
  // pair: DNI SOAP
  n("b20n-es-soap-generic", "ES", `S: mujer de unos 50 años con lumbalgia mecánica de 3 semanas.
O: sin déficit neurológico, Lasègue negativo.
A: lumbalgia inespecífica.
P: AINE 7 días, ejercicio, revisión en 4 semanas. ¿Pedís RM antes de las 6 semanas si no hay banderas rojas?`),
  // pair: BHYT
  n("b20n-vn-bhyt-rules", "VN", `Theo Luật BHYT sửa đổi 2024, bệnh nhân ung thư được chuyển thẳng lên tuyến tỉnh không cần giấy chuyển tuyến. Áp dụng từ 01/07/2025.`),
  // pair: medical aid
  n("b20n-za-pmb-list", "ZA", `The PMB list under the Medical Schemes Act covers 270 diagnosis-treatment pairs plus 27 chronic conditions. Mesothelioma falls under the oncology DTPs, so PET-CT can be argued if it changes management.`),
  // pair: NHS referral
  n("b20n-uk-referral-template", "UK", `Dear Colleague, thank you for seeing this patient in their 50s with painless jaundice and weight loss. [Patient details redacted for the forum.] CA19-9 raised, CT shows a pancreatic head mass. Happy to share the imaging report if helpful.`),
  // pair: Japanese hoken
  n("b20n-jp-mynumber-policy", "JP", `マイナ保険証への移行は2024年12月2日から。従来の保険証は最長1年間使えます。受付での確認方法について厚労省のQ&A（2024年版）を参照してください。`),
  // pair: codice fiscale
  n("b20n-it-inps-rules", "FR", `Per il certificato INPS di invalidità civile serve il certificato introduttivo telematico del medico certificatore, valido 90 giorni. Il codice del certificato si trova nella ricevuta, non serve altro.`, ITALY),
  // pair: DL seizure
  n("b20n-us-cmr-rules", "US", `California Health & Safety Code 103900 requires reporting disorders characterized by lapses of consciousness to the county health officer. Vasovagal syncope with a clear trigger is generally not reportable — check your county's form.`),
  // pair: filename
  n("b20n-uk-file-template", "UK", `Template for ECG uploads: Hospital_Site_ECG_YYYY.pdf, no patient details in the filename please. IG flagged 40 files last month with names in them.`),
  // pair: pump serial
  n("b20n-us-pump-recall", "US", `FDA Class I recall: Tandem t:slim X2 app version 2.7 on iOS can crash and drain the pump battery. Affected lot range per the notice dated March 2024. Update to 2.7.1.`),
  // pair: cochlear
  n("b20n-au-ci-mri", "AU", `Cochlear Nucleus CI600 series are MRI conditional at 1.5T and 3T with the magnet in place per the 2022 manufacturer guidance; older CI500 may need a head wrap kit. Check the model on the implant card.`),
  // pair: Irish plate
  n("b20n-ie-occ-driving", "IE", `RSA Medical Fitness to Drive guidelines (2024 edition): group 2 drivers on sulphonylureas need hypo awareness and glucose monitoring at least twice daily. Occ health doesn't report directly; the driver does.`),
  // pair: VIN
  n("b20n-us-airbag-recall", "US", `NHTSA recall 24V-122 covers certain Ford F-150 models for delayed airbag deployment. Not relevant to most of us, but good to know if a trauma case turns into a lawsuit.`),
  // pair: tele-derm IP
  n("b20n-uk-portal-it", "UK", `Teledermatology portal update: sessions now time out after 15 minutes, and the login audit shows IP and device. Server migration to the new data centre happens on the weekend of 12-13 April.`),
  // pair: email chat
  n("b20n-fr-mail-policy", "FR", `La messagerie sécurisée MSSanté est la seule autorisée pour échanger avec les patients et confrères. Adresse générique du service : cardio.secretariat@chu-exemple.fr, relevée deux fois par jour.`),
  // pair: Cape Town address
  n("b20n-za-tb-guideline", "ZA", `SA 2023 TB preventive therapy guideline: household contacts of MDR-TB under 5 get levofloxacin 15-20 mg/kg daily for 6 months. Clinics in the Cape Town metro should get stock from the district pharmacy.`),
  // pair: discharge summary
  n("b20n-uk-ramadan-advice", "UK", `For patients fasting in Ramadan after PCI: DAPT can usually be given at suhoor and iftar; once-daily ticagrelor isn't an option, so prasugrel or clopidogrel may be easier. The BIMA 2024 guidance is useful.`),
  // pair: Yoruba
  n("b20n-ng-stroke-protocol", "NG", `Stroke protocol at UCH Ibadan: CT within 1 hour of arrival, aspirin 300 mg after haemorrhage excluded, thrombolysis only within 4.5 h. "Ẹ jọ̀ọ́, ẹ má fún wọn ní oògùn kankan" — tell families not to give anything by mouth.`),
  // pair: Hindi snake bite
  n("b20n-in-asv-protocol", "IN", `National snakebite protocol (2017): 20WBCT every 6 hours, ASV 10 vials initial for neurotoxic or haemotoxic envenomation. Neostigmine trial with atropine cover — bas bolne se pehle ptosis dekho.`),
  // pair: nickname NMS
  n("b20n-br-nms-doses", "BR", `Síndrome neuroléptica maligna: bromocriptina 2,5 mg 8/8h, dantrolene 1-2,5 mg/kg IV se disponível. A escala de Levenson e os critérios DSM-5 ajudam no diagnóstico diferencial com serotoninérgica.`),
  // pair: hyphenated oncology
  n("b20n-de-keynote", "DE", `KEYNOTE-522 (Schmid et al., NEJM 2020): Pembrolizumab + Chemo neoadjuvant bei TNBC, pCR 64,8% vs. 51,2%. Die S3-Leitlinie Mammakarzinom (Version 4.4, 2021) empfiehlt es inzwischen.`),
  // pair: WeChat screenshot
  n("b20n-cn-peg-consensus", "CN", `根据《中国卒中后吞咽障碍专家共识（2023）》，预计鼻饲超过4周的患者建议PEG。年龄本身不是禁忌证。`),
  // pair: TSV ward sheet
  n("b20n-vn-tsv-labs", "VN", `Xét nghiệm\tKết quả\tKhoảng tham chiếu
Hb\t7.8\t12-16 g/dL
Tiểu cầu\t92\t150-400 G/L
INR\t1.9\t0.8-1.2
Albumin\t26\t35-50 g/L
Child-Pugh này là B hay C ạ?`),
  // pair: March of '43
  n("b20n-au-memory-clinic", "AU", `Queensland TMR requires doctors to advise patients of their duty to report; doctors may report directly if there's a public safety risk. MoCA <18 in a driver should prompt an OT on-road assessment.`),
  // pair: bold labels Basque name
  n("b20n-es-chads", "ES", `**Recordatorio:** CHA2DS2-VASc ≥2 en varones o ≥3 en mujeres → anticoagular. HAS-BLED ≥3 no contraindica, solo obliga a corregir factores modificables. Guía ESC 2024.`),
  // pair: Italian thyroid
  n("b20n-it-bethesda", "FR", `**Promemoria:** Bethesda III → ripetere FNA o test molecolare; il rischio di malignità è 13-30% secondo il sistema Bethesda 2023. TI-RADS 4 sopra 1,5 cm va aspirato.`, ITALY),
  // pair: MH cousin
  n("b20n-us-mhaus-hotline", "US", `MHAUS hotline for malignant hyperthermia emergencies: 1-800-644-9737, 24/7. Dantrolene 2.5 mg/kg IV, repeat to 10 mg/kg. Keep the cart checked monthly.`),
  // pair: mole EXIF
  n("b20n-uk-2ww-criteria", "UK", `NICE NG12 (2015, updated 2023): refer via suspected cancer pathway if the weighted 7-point checklist scores ≥3. Dermoscopy photos should be taken with the clinic camera, not personal phones.`),
  // pair: accession number
  n("b20n-cn-lung-rads", "CN", `Lung-RADS v2022：部分实性结节，实性成分 ≥6 mm 且 <8 mm 为 4A，≥8 mm 为 4B。随访间隔3个月。`),
  // pair: rego plate QLD
  n("b20n-au-bac-law", "AU", `Queensland law: a doctor must take a blood sample from anyone over 15 attending hospital after a motor vehicle crash if requested under the Transport Operations Act. Document the request, the officer and the time.`),
  // pair: pacemaker serial
  n("b20n-kr-mri-pacer", "KR", `Medtronic Advisa MRI SureScan (A3DR01)는 5076 lead와 함께 1.5T/3T MRI conditional입니다. Abandoned lead가 있으면 conditional 조건이 깨지므로 개별 위험도 평가가 필요합니다.`),
  // pair: Strasbourg address
  n("b20n-fr-certificat-police", "FR", `Réquisition judiciaire : le médecin peut refuser de communiquer des informations non médicales. Le Conseil de l'Ordre (article R.4127-4) rappelle le secret même face aux forces de l'ordre.`),
  // pair: FUM
  n("b20n-mx-naegele", "MX", `Regla de Naegele: FPP = FUM + 7 días − 3 meses. Por ejemplo, si la FUM fuera el 1 de enero, la FPP sería el 8 de octubre. Recordar ajustar por ultrasonido del primer trimestre.`),
  // pair: MRN radiology
  n("b20n-ie-acr-pregnancy", "IE", `ACR Appropriateness Criteria for suspected appendicitis in pregnancy: ultrasound first, then MRI without contrast if equivocal. CT is acceptable if MRI unavailable — radiation dose around 20 mGy to the fetus.`),
  // pair: driving licence India
  n("b20n-in-form1a", "IN", `Form 1-A under the Central Motor Vehicles Rules is the medical certificate for transport vehicle licences. There's no mandatory HbA1c cut-off; the doctor certifies fitness. Valid for 1 year for drivers over 40.`),
  // standalone hard negatives
  n("b20n-uk-isbn-ohcm", "UK", `For the F1s: Oxford Handbook of Clinical Medicine, 10th edition (ISBN 978-0-19-968990-3) — page 840 has the best table on hyponatraemia causes I've seen.`),
  n("b20n-jp-jcs", "JP", `Japan Coma Scale の JCS II-20 は GCS だと E3V4M6 くらい？ 救急隊からの申し送りで混乱します。`),
  n("b20n-ng-peds-growth", "NG", `Growth chart question: WHO 2006 standards put this 18-month-old on the 3rd centile for weight, 25th for length. Do you investigate or just feed?`),
  n("b20n-za-trained-bara", "ZA", `Trained at Bara (Chris Hani Baragwanath), now working in Upington. The difference in resources is brutal — we refer to Kimberley for anything surgical.`),
  n("b20n-in-hindi-vague", "IN", `Sir, ek general doubt: BP 90/60, pulse 120, patient ke bete ne bola ki kal se khana nahi khaya — fluid bolus pehle ya pressor? Koi specific case nahi, bas ward mein aksar hota hai.`),
  n("b20n-vn-generic-case", "VN", `Bệnh nhân nữ khoảng 60 tuổi, tăng huyết áp lâu năm, đau đầu dữ dội đột ngột. CT sọ não bình thường trong 6 giờ đầu thì có cần chọc dịch não tủy không ạ?`),
  n("b20n-mx-nom-004", "MX", `La NOM-004-SSA3-2012 del expediente clínico obliga a conservar el expediente al menos 5 años. ¿Alguien ya migró a expediente electrónico con la NOM-024-SSA3-2012?`),
  n("b20n-au-icu-vent", "AU", `Vent settings at 06:00: VC 420 mL, PEEP 10, FiO2 0.45, P/F 168, plateau 27. Prone now or give it until the 10:00 ABG?`),
  n("b20n-us-typhoid-mary", "US", `Mary Mallon ("Typhoid Mary") is the classic asymptomatic carrier case; useful when explaining chronic Salmonella carriage and why food handlers need three negative stool cultures.`),
  n("b20n-fr-pr-delacroix", "FR", `Le Pr Delacroix du CHU de Rennes recommande, dans sa conférence de 2023, de ne plus doser la procalcitonine aux urgences pour les pneumonies communautaires. Vous suivez ?`),
];

export const batch20: Batch = { name: "batch-20", positives, negatives };
