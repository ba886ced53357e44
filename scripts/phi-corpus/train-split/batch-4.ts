/**
 * Batch 4 of the train split: other unique identifiers (passports, prison numbers, study ids,
 * referral numbers, social handles and messenger ids), health-plan and national numbers with check
 * digits, and Chinese, Japanese, Korean and Vietnamese names in their home countries and abroad;
 * plus hard negatives.
 */
import * as K from "./check-digits";
import { dmy, full, fullHisp, monthName } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const slug = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "");

export const batch4: Batch = {
  name: "batch-4",
  positives: [
    {
      key: "b4-uk-passport",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1965 });
        return `Fit-to-fly letter request: ${$.name(full(p))}, passport no. ${$.oid(x.digits(9))}, flying to Lagos next week, 10 days post PE on apixaban. Airline form wants the passport number on our letterhead. Do you put it on, or just name and DOB (${$.date(dmy(p.dob))})?`;
      },
    },
    {
      key: "b4-uk-prison",
      countries: ["UK"],
      make: (x) => {
        return `Prison healthcare: prisoner no. ${$.oid(`${x.letters(1, "AG")}${x.digits(4)}${x.letters(2)}`)} sent out with 2 weeks of weight loss and night sweats. CXR clear, but HIV newly positive, CD4 40. Can't get him escorted to clinic more than once a fortnight. Start ART before OI screen is complete?`;
      },
    },
    {
      key: "b4-us-study-id",
      countries: ["US"],
      make: (x) => {
        return `PI question: subject ${$.oid(`${x.int(101, 140)}-${pad(x.int(1, 60), 4)}`)} in our GLP-1 trial (randomization no. ${$.oid(`R${x.digits(5)}`)}) developed pancreatitis, lipase 1800. Unblinding request or treat and report as SAE first? Sponsor's medical monitor isn't answering.`;
      },
    },
    {
      key: "b4-uk-ubrn",
      countries: ["UK"],
      make: (x) => {
        return `e-RS rejected my 2WW for suspected myeloma (UBRN ${$.oid(`${x.digits(4)} ${x.digits(4)} ${x.digits(4)}`)}) because "serum free light chains not included". Paraprotein 28 g/L, Ca 2.9, back pain. I'm going to phone the haematologist directly. Anyone else find this happening more?`;
      },
    },
    {
      key: "b4-au-crn",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1965, maxYear: 1980 });
        return `Centrelink medical certificate for ${$.name(full(p))} (CRN ${$.oid(`${x.digits(3)} ${x.digits(3)} ${x.digits(3)}${x.letters(1, "ABCHJKLSTX")}`)}) - chronic back pain, opioid dependent, on buprenorphine. They want an "impairment table" rating. How do you rate pain-related impairment honestly?`;
      },
    },
    {
      key: "b4-in-voter",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1960 });
        return `Govt scheme needs ID proof for free dialysis; patient ${$.name(full(p))} has only voter ID ${$.oid(`${x.letters(3)}${x.digits(7)}`)}, no Aadhaar linked. Any of you managed enrolment with EPIC card alone? He is on twice-weekly HD, missing sessions because of cost.`;
      },
    },
    {
      key: "b4-us-employee",
      countries: ["US"],
      make: (x) => {
        return `Employee health: one of our own ICU nurses (badge ${$.oid(`E${x.digits(6)}`)}) had a needlestick from a source patient with HCV RNA positive, HIV neg. Baseline labs drawn. Any role for immediate DAA prophylaxis now, or follow RNA at 3 and 6 weeks?`;
      },
    },
    {
      key: "b4-de-asylum",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1990, maxYear: 2004 }, "NG");
        return `Erstaufnahme-Einrichtung: junger Mann, ${$.name(full(p))}, BAMF-Aktenzeichen ${$.oid(`${x.digits(7)}-${x.int(221, 439)}`)}, mit Hämoptysen und Gewichtsverlust. Sputum mikroskopisch positiv. Isolation im Mehrbettzimmer unmöglich. Wie macht ihr das in euren Einrichtungen?`;
      },
    },
    {
      key: "b4-au-coroner",
      countries: ["AU"],
      make: (x) => {
        const d = x.recent();
        return `Got a letter from the coroner (case ${$.oid(`COR ${d.y} ${x.digits(6)}`)}) asking for my notes on a patient who died on ${$.date(`${d.d} ${monthName(d.m)}`)} after I'd prescribed oxycodone for a fracture. Medical defence org says cooperate fully. Any advice on writing the statement?`;
      },
    },
    {
      key: "b4-ca-path",
      countries: ["CA"],
      make: (x) => {
        return `Path came back on ${$.oid(`S${x.int(23, 25)}-${x.digits(5)} A1`)}: "atypical lymphoid infiltrate, recommend excisional biopsy". Core of a 3 cm axillary node in a 45F. Surgeon says cores are enough these days. Do I push for excision?`;
      },
    },
    {
      key: "b4-au-bloodbank",
      countries: ["AU"],
      make: (x) => {
        return `Transfusion near-miss: blood bank wristband no. ${$.oid(`${x.digits(8)}`)} on a patient who had been re-banded after a cannula change, so the crossmatch sample didn't match the band. Caught at the bedside. Does your hospital still use separate transfusion bands?`;
      },
    },
    {
      key: "b4-fr-biobank",
      countries: ["FR"],
      make: (x) => {
        return `Recherche : échantillon biobanque ${$.oid(`CRB-${x.int(2019, 2024)}-${x.digits(5)}`)} d'un patient avec cardiomyopathie dilatée familiale, TTN tronquante. Le patient demande à retirer son consentement. Do we destroy the DNA already sequenced as well?`;
      },
    },
    {
      key: "b4-cn-wechat",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1995 });
        return `Chinese patient's family only communicate through WeChat (ID ${$.oid(`${slug(p.family)}_${slug(p.given)}${x.int(80, 99)}`)}) and keep sending me CT images of her mother's lung nodule. Is it OK to advise over WeChat, given GDPR and all that? I'm in Ireland.`;
      },
    },
    {
      key: "b4-jp-line",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1980, maxYear: 1995 });
        return `Japanese exchange researcher with asthma exacerbation, wants follow-up through LINE (his ID: ${$.oid(`${slug(p.given)}.${slug(p.family)}${x.int(1, 99)}`)}). ${$.name(`${p.family} ${p.given}`)} is on budesonide-formoterol MART. Should he get a step-up to add LAMA before he flies home?`;
      },
    },
    {
      key: "b4-kr-kakao",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1990, maxYear: 2000 });
        return `Korean student at our university, ${$.name(`${p.given} ${p.family}`)}, with anorexia nervosa, BMI 14.5. Her mother in Korea messages me on KakaoTalk (${$.oid(`${slug(p.family)}mom${x.int(60, 75)}`)}) for updates. Student has capacity and said no. How do I handle the mother's messages?`;
      },
    },
    {
      key: "b4-vn-zalo",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1965 });
        return { text: `Anh ${$.name(p.given.split(" ").slice(-1)[0] ?? p.given)} (${$.name(`${p.family} ${p.given}`)}), tăng huyết áp, đột quỵ nhồi máu não 2 lần. Family asks me to follow up via Zalo ${$.phone(x.mob(false))}. Is DAPT for 21 days then clopidogrel alone still standard? Minor stroke NIHSS 3.`, note: "'Anh' is an honorific; the given name alone is labelled" };
      },
    },
    {
      key: "b4-ng-whatsapp",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1990 });
        return `Please help: Mrs ${$.name(p.family)}, 42, breast cancer T4N2, did mastectomy at a private hospital but no histology done. She wants chemo. Her husband sends me everything by WhatsApp ${$.phone(x.mob(true))}. Can we start AC empirically or insist on biopsy of the recurrence first?`;
      },
    },
    {
      key: "b4-br-insta",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1995, maxYear: 2002 });
        return `Influenciadora fitness (${$.oid(`@${slug(p.given)}${x.pick(["fit", ".treino", "_saude", "shape"])}`)}) chegou com rabdomiólise após treino + "termogênico" importado, CK 98.000, creatinina 2,1. Ela quer postar foto da UTI. Alguém já viu DMAA nesses produtos?`;
      },
    },
    {
      key: "b4-uk-x-handle",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1975, maxYear: 1990 });
        return `A patient has been live-tweeting his stay as ${$.oid(`@${p.given}${p.family.replace(/[^A-Za-z]/g, "")}${x.int(1, 99)}`)}, including photos of the drug chart and my name badge. Long COVID, POTS. Trust comms team wants me to "have a word". How would you approach it?`;
      },
    },
    {
      key: "b4-us-reddit",
      countries: ["US"],
      make: (x) => {
        return `Found my patient's Reddit posts (u/${$.oid(`${x.pick(["throwaway_", "anxious", "nightowl_", "ts_"])}${x.letters(4, "abcdefghjkmnpqrstuvwxyz")}${x.int(10, 99)}`)}) describing buying semaglutide from a compounding website and dosing by "feel". She's now here with gallstone pancreatitis. Do I mention I've seen the posts?`;
      },
    },
    {
      key: "b4-us-dicom",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1965 });
        return { text: `Can anyone read this? Outside CD header:\n(0010,0010) PatientName: ${$.name(`${p.family.toUpperCase()}^${p.given.toUpperCase()}`)}\n(0010,0020) PatientID: ${$.mrn(x.digits(9))}\n(0010,0030) PatientBirthDate: ${$.date(`${p.dob.y}${pad(p.dob.m, 2)}${pad(p.dob.d, 2)}`)}\n(0008,0050) AccessionNumber: ${$.oid(`${x.letters(2)}${x.digits(8)}`)}\nThe MRI itself: T2 bright lesion in the pons, no enhancement. Our viewer crashes on it.`, note: "DICOM header fields" };
      },
    },
    {
      key: "b4-mx-expediente",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1970, maxYear: 1985 });
        return `Expediente ${$.mrn(`${x.digits(6)}/${x.int(2022, 2024)}`)}, ${$.name(fullHisp(p))}: mordedura de alacrán (Centruroides) en ${$.addr(x.pick(["Tierra Caliente, Gro.", "Cuautla, Mor.", "Apatzingán, Mich."]))}, con sialorrea y nistagmo. ¿Cuántos frascos de faboterápico? Ya recibió 2.`;
      },
    },
    {
      key: "b4-in-lab-sid",
      countries: ["IN"],
      make: (x) => {
        const d = x.recent();
        return `Lab issue: sample SID ${$.oid(`${String(d.y).slice(2)}${pad(d.m, 2)}${pad(d.d, 2)}${x.digits(4)}`)} reported Hb 4.2 in a walking, talking 30F. Repeat 11.8. Probably drawn from drip arm. How do you handle these critical-value calls at night?`;
      },
    },
    {
      key: "b4-de-pkv",
      countries: ["DE"],
      make: (x) => {
        return `Privatpatient, Versicherungsnummer ${$.plan(`${x.digits(9)}-${x.digits(2)}`)} bei der ${x.pick(["Debeka", "Allianz", "DKV", "Signal Iduna"])}: die PKV lehnt die Kostenübernahme für CAR-T ab (DLBCL, 3. Rezidiv). "Medizinisch nicht notwendig". Widerspruch mit Gutachten? Erfahrungen?`;
      },
    },
    {
      key: "b4-fr-mutuelle",
      countries: ["FR"],
      make: (x) => {
        return `Sa mutuelle (adhérent n° ${$.plan(x.digits(10))}) refuse de prendre en charge le reste à charge de l'hospitalisation en psychiatrie privée au-delà de 30 jours. Anorexie mentale sévère, IMC 13. Des conseils pour l'argumentaire médical ?`;
      },
    },
    {
      key: "b4-in-abha",
      countries: ["IN"],
      make: (x) => {
        return `ABHA ${$.plan(K.abha(x.r))} linked, but previous discharge summaries from the private hospital are not showing in the locker. Patient: post-MI, EF 30%, needs ICD under PM-JAY (beneficiary ID ${$.plan(`${x.letters(2)}${x.digits(7)}`)}). Anyone got ICD approved under the scheme?`;
      },
    },
    {
      key: "b4-au-dva",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1955 });
        return `Vietnam vet, DVA Gold Card ${$.plan(K.dvaFile(x.r))}, ${$.name(full(p))}, chronic PTSD and new Parkinsonism. Agent Orange association - does DVA cover it as accepted disability? He lives alone in ${$.addr(x.pick(["Townsville", "Wodonga", "Nowra", "Ipswich"]))}.`;
      },
    },
    {
      key: "b4-au-ihi",
      countries: ["AU"],
      make: (x) => {
        return `My Health Record upload failed: "IHI ${$.plan(K.ihi(x.r))} does not match demographic data". Pt changed her surname after marriage. Meanwhile her shared health summary shows an old anaphylaxis to penicillin that she says is wrong. How do you get it fixed?`;
      },
    },
    {
      key: "b4-ca-bc-phn",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1980, maxYear: 1995 });
        return `BC folks: ${$.name(full(p))}, PHN ${$.plan(K.bcPhn(x.r))}, Indigenous woman from a community up the coast, presenting with her 3rd ectopic. Rural GP asking me whether MSP covers flights for follow-up bHCG. Ideas?`;
      },
    },
    {
      key: "b4-ca-ramq",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1965 });
        return `Pharmacienne m'appelle : RAMQ ${$.plan(K.ramq(x.r, p.family, p.given, p.dob, true))} refuse le dénosumab en première intention (T-score -3,1, fracture vertébrale). Les codes d'exception - lequel vous utilisez? Mme ${$.name(p.family)} ne tolère pas les bisphosphonates (oesophagite).`;
      },
    },
    {
      key: "b4-us-member-id",
      countries: ["US"],
      make: (x) => {
        return `UHC denied Wegovy for OSA again. Member ID ${$.plan(x.digits(9))}, group 90${x.digits(4)} (group is the employer's, fine). AHI 42, BMI 39, failed CPAP twice. Zepbound has the OSA indication now - should I just switch the PA to tirzepatide?`;
      },
    },
    {
      key: "b4-ng-nhia",
      countries: ["NG"],
      make: (x) => {
        return `NHIA enrolee no. ${$.plan(`${x.digits(8)}${x.letters(1, "ABCDEFG")}`)} - HMO insists on generic amlodipine only, but patient had severe ankle oedema. Anyone succeeded in getting ARBs approved through the HMO? BP 170/100 on current meds.`;
      },
    },
    {
      key: "b4-za-medaid",
      countries: ["ZA"],
      make: (x) => {
        return `Medical aid (${x.pick(["GEMS", "Bonitas", "Momentum", "Discovery"])} member no. ${$.plan(x.digits(9))}, dependant code 0${x.int(1, 3)}) declined the PET-CT for staging her Hodgkin's. Oncologist says CT is inferior for response assessment. Motivation letter templates anyone?`;
      },
    },
    {
      key: "b4-ie-gms",
      countries: ["IE"],
      make: (x) => {
        return `GMS card ${$.plan(`${x.digits(7)}${x.letters(1, "ABCDEFGHJKLMNPRSTVWX")}`)} patient - PCRS won't reimburse Mounjaro for his diabetes under the High Tech scheme without hospital consultant sign-off. HbA1c 85 on metformin + gliclazide + Jardiance. Anyone know the fastest route?`;
      },
    },
    {
      key: "b4-es-nuhsa",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Andalucía: ${$.name(fullHisp(p))}, NUHSA ${$.plan(`AN${x.digits(10)}`)}, trasplantado renal hace 15 años, ahora con carcinoma escamoso cutáneo múltiple. ¿Cambiar tacrolimus a sirolimus? Nefro no quiere tocar nada.`;
      },
    },
    {
      key: "b4-br-unimed",
      countries: ["BR"],
      make: (x) => {
        return `Plano de saúde negou a cirurgia bariátrica (carteirinha ${$.plan(`${x.digits(1)} ${x.digits(3)} ${x.digits(12)} ${x.digits(1)}`)}): IMC 42 com DM2 e apneia. Alegaram "carência". Já tem 3 anos de plano. Alguém conhece o caminho pela ANS?`;
      },
    },
    {
      key: "b4-us-medicaid",
      countries: ["US"],
      make: (x) => {
        return `Medicaid ID ${$.plan(`${x.letters(2)}${x.digits(5)}${x.letters(1)}`)} was terminated during "unwinding" and now my pt can't get her clozapine. ANC monitoring is due this week. Emergency supply options while we reapply?`;
      },
    },
    {
      key: "b4-uk-nhs-nospace",
      countries: ["UK"],
      make: (x) => {
        return `pls can someone tell me why SystmOne won't find NHS no ${$.plan(K.nhsNumber(x.r).replace(/ /g, ""))} - pt is sat in front of me with chest pain and I can't see any of his meds. ECG normal, trop pending. Registered at another practice last month apparently`;
      },
    },
    {
      key: "b4-uk-ni",
      countries: ["UK"],
      make: (x) => {
        return `PIP form asks for the claimant's NI number (${$.ssn(K.niNumber(x.r))}) at the top of my supporting letter - is that normal? Pt has fibromyalgia + severe depression. Do the assessors actually read GP letters?`;
      },
    },
    {
      key: "b4-au-tfn",
      countries: ["AU"],
      make: (x) => {
        return `Super fund early release form on compassionate grounds - pt wrote her TFN ${$.ssn(K.tfn(x.r))} in the box meant for my provider number. Terminal MND, wants access to her super. Can I countersign with it crossed out, or does she need a new form?`;
      },
    },
    {
      key: "b4-jp-mynumber",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1940, maxYear: 1950 });
        return `My Number card ${$.ssn(K.myNumber(x.r))} now doubles as insurance card and the clinic's reader rejected it for ${$.name(`${p.family} ${p.given}`)}. Meanwhile she needs her warfarin INR check. Small-clinic doctors in Japan, how are you coping with the transition?`;
      },
    },
    {
      key: "b4-de-rvnr",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1975 });
        return `Reha-Antrag bei der DRV: Rentenversicherungsnummer ${$.ssn(K.rvnr(x.r, p.dob, p.family, false))}, ${$.name(full(p))}, Bandscheiben-OP L5/S1 vor 6 Wochen, Parese Fußheber 3/5. Anschlussheilbehandlung abgelehnt wegen Fristversäumnis. Widerspruch?`;
      },
    },
    {
      key: "b4-in-pan",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1960, maxYear: 1975 });
        return `Corporate hospital billing wants the patient's PAN (${$.ssn(K.pan(x.r, p.family))}) for a bill above 2 lakh before they'll release the body. Family is distraught. Is that even legal? The patient died of a massive ICH after thrombolysis.`;
      },
    },
    {
      key: "b4-ie-ppsn-w",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1990 });
        return `Illness benefit cert for ${$.name(full(p))}, PPSN ${$.ssn(K.ppsn(x.r, "W"))} - she's been off 9 months with long COVID. DSP asking for a "prognosis". Honest answer is I don't know. How do you word it?`;
      },
    },
    {
      key: "b4-es-nie",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1985, maxYear: 1995 }, "NG");
        return `Paciente extranjero, ${$.name(full(p))}, NIE ${$.ssn(K.nie(x.r))}, trabajador del campo en Almería, con golpe de calor (T 41,8) y rabdo. Recuperado, pero ahora insuficiencia renal aguda. El empleador no le dio agua ni sombra. ¿Parte a Inspección de Trabajo desde urgencias?`;
      },
    },
    {
      key: "b4-br-rg",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1950, maxYear: 1965 });
        return `Regulação de vaga para hemodinâmica pede RG e CPF: ${$.name(full(p))}, RG ${$.ssn(K.rgSp(x.r))}, CPF ${$.ssn(K.cpf(x.r, false))}. IAMCSST há 3h, sem trombolítico disponível na UPA. Transferir sem trombólise ou fazer tenecteplase que chegou ontem?`;
      },
    },
    {
      key: "b4-us-ssn-spaces",
      countries: ["US"],
      make: (x) => {
        return `Workers' comp IME packet came with the claimant's SSN (${$.ssn(K.ssn(x.r, " "))}) on every page and a 300-page record. Lumbar fusion x2, still 8/10 pain, on 90 MME. They want my opinion on "maximum medical improvement". How do you approach these?`;
      },
    },
    {
      key: "b4-ca-sin-dash",
      countries: ["CA"],
      make: (x) => {
        return `CPP Disability form - section B wants the SIN (${$.ssn(K.sin(x.r, "-"))}) and my "medical opinion on whether the condition is severe and prolonged". Pt is 52 with schizoaffective disorder, 4 admissions this year. Pretty clear-cut, but any tips on wording?`;
      },
    },
    {
      key: "b4-fr-nir-contiguous",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1955, maxYear: 1970 });
        return `Arrêt de travail refusé par la CPAM : l'employeur a saisi le NIR ${$.ssn(K.nir(x.r, false, p.dob).replace(/ /g, ""))} avec une erreur, donc pas d'indemnités depuis 2 mois. Patient en dépression sévère, idées suicidaires. Quelqu'un a un contact au service médical de la caisse ?`;
      },
    },
    {
      key: "b4-za-mother-id",
      countries: ["ZA"],
      make: (x) => {
        const mom = x.p({ female: true, minYear: 1995, maxYear: 2005 });
        return `PMTCT: HIV-exposed infant, mother ${$.name(full(mom))} (ID ${$.ssn(K.zaId(x.r, mom.dob, true))}) defaulted ART in pregnancy, VL 48,000 at delivery. Baby started on AZT+NVP high-risk prophylaxis. Birth PCR negative. Extend to 12 weeks?`;
      },
    },
    {
      key: "b4-cn-student-au",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 2000, maxYear: 2005 });
        return `International student, ${$.name(`${p.family.toUpperCase()} ${p.given}`)}, resident ID ${$.ssn(K.cnId(x.r, x.pick(["320102", "330106", "510104"]), p.dob, false))} on his OSHC form, presented with 2 weeks of fever and a liver abscess on CT. Klebsiella hypervirulent? Mobile ${$.phone(x.mob(false, "AU"))}. Eye exam for endophthalmitis?`;
      },
    },
    {
      key: "b4-vn-cccd",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 1995 });
        return `BN nữ ${$.name(`${p.family.toUpperCase()} ${p.given.toUpperCase()}`)}, CCCD ${$.ssn(`0${x.int(1, 96).toString().padStart(2, "0")}${x.int(1, 3)}${x.digits(8)}`)}, mang thai 10 tuần, phát hiện HBsAg (+), HBV DNA 10^8. Tenofovir từ tuần 24-28 hay bắt đầu ngay? Thanks in advance.`;
      },
    },
    {
      key: "b4-cn-flushing",
      countries: ["CN"],
      make: (x) => {
        const pairs = [["Zhang Wei", "张伟"], ["Chen Jie", "陈杰"], ["Wang Qiang", "王强"], ["Liu Yang", "刘洋"]] as const;
        const [rom, han] = x.pick(pairs);
        return `Mr. ${$.name(rom)} (${$.name(han)}), lives in ${$.addr("Flushing, NY 11354")}, Mandarin only, his son ${$.name(x.pick(["Kevin", "Eric", "Tony"]))} translates by phone (${$.phone(x.mob(false, "US"))}). New NPC, EBV DNA high. Any NYC oncologists with Mandarin-speaking navigators?`;
      },
    },
    {
      key: "b4-jp-exchange-us",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 2002, maxYear: 2006 });
        return `College health: Japanese exchange student ${$.name(`${p.given} ${p.family}`)} with syncope during a run, ECG shows a Brugada type 1 pattern with fever 39. Family history: father died suddenly at 42. Needs EP, but her insurance is a Japanese travel policy. Who has dealt with that?`;
      },
    },
    {
      key: "b4-kr-working-holiday",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1995, maxYear: 2002 });
        return `Backpacker on a working holiday visa, ${$.name(`${p.family} ${p.given}`)}, 26, fruit picker near ${$.addr(x.pick(["Bundaberg", "Shepparton", "Griffith", "Mildura"]))}, presents with leptospirosis? Jaundice, AKI, conjunctival suffusion. Mobile ${$.phone(x.mob(false, "AU"))}. Doxy enough or IV penicillin?`;
      },
    },
    {
      key: "b4-vn-cabramatta",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1960 });
        return `Mr ${$.name(`${p.family} ${p.given}`)}, 68, lives in ${$.addr("Cabramatta")} with his daughter: HBV, AFP 400, new 5 cm lesion. He wants to go back to Vietnam for treatment. What can I give him for the journey?`;
      },
    },
    {
      key: "b4-cn-cantonese-uk",
      countries: ["CN"],
      make: (x) => {
        const names = [["Chan Tai-man", "Ah Man"], ["Wong Siu-ling", "Ling"], ["Leung Ka-wai", "Wai"], ["Cheung Mei-ling", "Mei"]] as const;
        const [n, nick] = x.pick(names);
        return { text: `Hong Kong family recently moved to ${$.addr(x.pick(["Sutton", "Manchester", "Reading", "Bristol"]))} on BN(O). The grandmother, ${$.name(n)} ("${$.name(nick)}" to the family), 82, NPC treated in 2009, now osteoradionecrosis of the mandible. Hyperbaric oxygen on the NHS?`, note: "Cantonese name and the family's nickname" };
      },
    },
    {
      key: "b4-kr-toronto",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1960, maxYear: 1970 });
        return `Mrs. ${$.name(p.family)} runs a convenience store in ${$.addr("North York")}, 60, gastric cancer screening every 2 years in Korea, now new dyspepsia. Family doc here won't refer for EGD without alarm features. Her daughter is asking me to push (cell ${$.phone(x.mob(false, "CA"))}). Reasonable?`;
      },
    },
    {
      key: "b4-vn-uk-nails",
      countries: ["VN"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1995, maxYear: 2005 });
        return `Safeguarding concern: young Vietnamese woman working in a nail bar, gave her name as ${$.name(p.given.split(" ").slice(-1)[0] ?? p.given)} but the man who brought her called her ${$.name(`${p.family} ${p.given}`)} and answered all the questions. Contact dermatitis + signs of malnutrition. Modern slavery referral route in A&E?`;
      },
    },
    {
      key: "b4-jp-duesseldorf",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1970, maxYear: 1985 });
        return `Japanischer Expat in ${$.addr("Düsseldorf-Oberkassel")}, ${$.name(`${p.family} ${p.given}`)}, mit akuter Porphyrie? Bauchschmerzen, Hyponatriämie, dunkler Urin nach Fasten. PBG im Urin stark erhöht. Givosiran or hemin first? Telefon der Ehefrau ${$.phone(x.mob(false, "DE"))}.`;
      },
    },
  ],
  negatives: [
    { key: "b4n-asian-eponyms", country: "JP", text: "Nevus of Ota vs nevus of Ito in a 12-year-old - laser now or wait for adolescence? Unrelated, but had Kimura disease and Kikuchi-Fujimoto in clinic the same week. Very Japanese clinic day." },
    { key: "b4n-takotsubo", country: "JP", text: "Takotsubo after a family argument, EF 30% with apical ballooning, LVOT gradient 60 mmHg. Beta-blocker despite the low EF? Avoid inotropes, obviously." },
    { key: "b4n-moyamoya", country: "KR", text: "Moyamoya in a 9-year-old with TIAs when crying. Indirect bypass (EDAS) vs direct? Our Seoul colleagues seem to favor combined revascularization." },
    { key: "b4n-drug-brands-2", country: "US", text: "Mounjaro vs Zepbound vs Wegovy - same molecule pairs, different indications, different coverage. Leqembi and Kisunla similar story. How do you keep your PA team sane?" },
    { key: "b4n-trials-2", country: "UK", text: "After ISCHEMIA, ORBITA-2 and REVIVED, I rarely send stable angina for PCI unless symptoms persist on two agents. Our cardiologists still stent everything at angio. Thoughts?" },
    { key: "b4n-trials-3", country: "DE", text: "DAPA-HF, EMPEROR-Reduced, EMPEROR-Preserved und DELIVER - SGLT2i für alle mit Herzinsuffizienz unabhängig von der EF? Nur bei eGFR unter 20 nicht mehr." },
    { key: "b4n-criteria-places", country: "AU", text: "Duke criteria modified 2023 (ISCVID) vs old Duke - are you using the new ones? Also Jones criteria for ARF in our Kimberley patients: moderate-risk vs high-risk population rules." , note: "region named as a population, no patient place" },
    { key: "b4n-hospital-address", country: "FR", text: "Pour les prélèvements de génétique, envoi au laboratoire de référence à l'Hôpital Pitié-Salpêtrière, 47-83 boulevard de l'Hôpital, 75013 Paris. Délai de rendu 8 semaines. Quelqu'un a un labo plus rapide ?", note: "a laboratory's address, not a patient's" },
    { key: "b4n-hospital-address-2", country: "US", text: "For outside slide reviews, mail to the Mayo Clinic Department of Laboratory Medicine in Rochester - turnaround was 5 days for us. Include the path requisition and the block.", note: "institution address" },
    { key: "b4n-country-origin", country: "DE", text: "Patient aus Syrien, seit 2016 in Deutschland, mit familiärem Mittelmeerfieber, Colchicin-resistent. Canakinumab über die Krankenkasse genehmigt bekommen?", note: "country of origin and a bare year" },
    { key: "b4n-state-level", country: "AU", text: "Queensland Health vs NSW Health - different rules for who can prescribe ADHD meds. Our patients who move across the border lose their stimulant overnight. Anyone found a workaround?", note: "states are not identifiers" },
    { key: "b4n-province-level", country: "CA", text: "Patient moved from Ontario to Alberta and her biologic coverage reset. Three-month waiting period for provincial coverage. Manufacturer bridge programs - which ones are fastest?" },
    { key: "b4n-codes-3", country: "UK", text: "SNOMED 22298006 for MI, READ code G30.., OPCS K40.1 for CABG - our coders want all three in the discharge summary. Does anyone actually use READ codes anymore?" },
    { key: "b4n-atc-hcpcs", country: "US", text: "HCPCS J9271 (pembrolizumab) billed per 1 mg, and the pharmacy billed 200 units instead of 2. Anyone else seen units errors on J-codes? NDC 0006-3026-02." },
    { key: "b4n-model-a219", country: "US", text: "Emblem MRI S-ICD model A219 vs A209 - any difference in inappropriate shocks with the SMART Pass filter? Our EP lab is switching everyone over." },
    { key: "b4n-holidays", country: "IN", text: "Diwali week: every OPD patient has sugars in the 300s. Any practical advice handouts for diabetics during festival season? Ramadan fasting guidance is another topic for March." , note: "festival names, not patient dates" },
    { key: "b4n-residency-dates", country: "US", text: "New interns start July 1 and our July effect data show no difference in mortality since 2015. Still, we double the senior presence for the first two weeks. Anyone else?" },
    { key: "b4n-ages-languages", country: "ES", text: "Anciano de 87 años, frágil, con FA y caídas; otra de 89 con ictus previo. ¿Anticoagulación en ambos? La guía dice que la edad por sí sola no contraindica." },
    { key: "b4n-ages-de", country: "DE", text: "Patientin, 89 J., Z.n. Hüft-TEP, jetzt periprothetische Infektion. Revision zweizeitig oder lebenslange Suppression? Sie ist sehr fit für ihr Alter." },
    { key: "b4n-ages-pt", country: "BR", text: "Senhora de 88 anos, lúcida, com estenose aórtica grave sintomática. TAVI pelo SUS tem fila de 1 ano. Valvoplastia por balão como ponte?" },
    { key: "b4n-relative-days", country: "CA", text: "Hospital day 9, POD 6 from a Whipple, drain output up since yesterday, amylase 4x serum on day 3. Two weeks ago he was running marathons. Fistula management?" },
    { key: "b4n-citation-vol", country: "UK", text: "NEJM 2023;389:1069-84 - the SELECT trial. 20% MACE reduction with semaglutide in non-diabetics. Does that change who you'd prescribe it for in practice?" , note: "journal citation" },
    { key: "b4n-physician-ext", country: "US", text: "If anyone wants our inpatient insulin order set, page me or call my office, ext. 4412 - Sarah Kim, MD, Hospital Medicine.", note: "the posting physician's own name and extension" },
    { key: "b4n-lab-table-3", country: "IN", text: "| Parameter | Day 0 | Day 3 | Day 7 |\n|---|---|---|---|\n| Platelets (x10^3/uL) | 18 | 42 | 110 |\n| Hct (%) | 46 | 41 | 38 |\n| AST (U/L) | 420 | 310 | 96 |\n\nDengue with warning signs, recovering. Discharge on day 7 okay?" },
    { key: "b4n-abg-table", country: "FR", text: "Gaz du sang : pH 7,18 / PaCO2 32 / HCO3- 11 / lactates 6,2 / trou anionique 24. Acidose métabolique à TA élevé. Metformine ? Elle prend 3 g/j avec une clairance à 25." },
    { key: "b4n-serial-word", country: "UK", text: "Serial troponins 14 -> 16 -> 15 ng/L, serial ECGs unchanged, serial lactates falling. Why do we do serial everything on every chest pain? Rant over." , note: "'serial' without a serial number" },
    { key: "b4n-model-names", country: "AU", text: "Tandem t:slim X2 with Control-IQ vs Omnipod 5 vs Medtronic 780G for a 14-year-old who hates tubing? Our diabetes educators are split." },
    { key: "b4n-ip-lookalike", country: "US", text: "Versions matter: our EHR went from 10.4.2.1 to 10.5.0.3 last night and the insulin calculator now rounds differently. Check your order sets before tonight's shift.", note: "software versions that look like IP addresses" },
    { key: "b4n-email-lookalike", country: "UK", text: "Anyone else getting phishing emails spoofed as nhs.net this week? The ones asking to 'verify your smartcard'. IT says report to spamreports@nhs.net only.", note: "public reporting address" },
    { key: "b4n-url-guideline", country: "AU", text: "Great resource for ADHD prescribing in adults: https://www.racgp.org.au and the AADPA guideline. Also https://www.tg.org.au for the eTG antibiotic chapter.", note: "public websites" },
    { key: "b4n-handle-society", country: "US", text: "Follow @ACCinTouch and @AHAScience for live-tweets from the meeting this week. Also the #CardioTwitter hashtag is still somewhat alive on X.", note: "institutional social-media handles" },
    { key: "b4n-cn-herbs", country: "CN", text: "Traditional Chinese medicine interactions: Danshen and Dong quai with warfarin, ginkgo with clopidogrel. Does anyone have a good reference table for patients?" },
    { key: "b4n-vn-hospital", country: "VN", text: "Trained at Chợ Rẫy Hospital, now working in Melbourne. Melioidosis is rarely considered here even in returned travellers. Keep it on your list for diabetic patients from Southeast Asia." , note: "physician's training hospital" },
    { key: "b4n-kr-drug", country: "KR", text: "Lazertinib + amivantamab (MARIPOSA) vs osimertinib first line for EGFR exon 19 NSCLC - Korean centres, what's your practice now?" },
    { key: "b4n-ng-places", country: "NG", text: "I trained at UCH Ibadan and now work in Kano. Lassa fever cases this season are higher than last. Ribavirin supply is a problem. Anyone in the south also seeing more cases?", note: "physician's training and work places" },
  ],
};
