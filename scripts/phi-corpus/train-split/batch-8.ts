/**
 * Batch 8 of the train split: structured text pasted into posts (EHR headers from several systems,
 * markdown tables with odd column names, bold labels, key: value forms, bullet notes) and the
 * numbers they carry: health-plan numbers of many countries with and without labels and with odd
 * label spellings, encounter/claim/invoice numbers, hospital numbers with slashes, letters and
 * spaces, licences held by patients, plates and VINs, implant and device serials, accession,
 * specimen and passport numbers, relatives' handles and emails, file names and links; plus hard
 * negatives in the same shapes (tables of lab values, codes, model numbers, trial numbers).
 */
import * as K from "./check-digits";
import { dmy, full, fullHisp, mdy, monthAbbr, type Dob } from "./locales";
import { $, type Batch } from "./markup";
import { pad } from "./rng";

const slug = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "");
const dMonY = (d: Dob): string => `${pad(d.d, 2)}-${monthAbbr(d.m)}-${d.y}`;
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
/** Nigerian NUBAN: 9-digit serial + check digit over the bank's 3-digit code and the serial (CBN weights 3,7,3). */
const nuban = (bankCode: string, serial: string): string => {
  const all = bankCode + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(all[i]) * (i % 3 === 1 ? 7 : 3);
  return serial + String((10 - (sum % 10)) % 10);
};

export const batch8: Batch = {
  name: "batch-8",
  positives: [
    // --- EHR headers pasted whole ---------------------------------------------------------------
    {
      key: "b8-ehr-epic-header",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1928, maxYear: 1933 });
        const age = 2024 - p.dob.y;
        return { text: `Pasting the banner because the question is about the insurance bit:\n\n${$.name(`${p.family.toUpperCase()}, ${p.given.toUpperCase()}`)}   MRN: ${$.mrn(x.digits(8))}   CSN: ${$.acct(x.digits(10))}\nDOB: ${$.date(mdy(p.dob))} (${$.age(`${age} y.o.`)})   Sex: F   Code: DNR\nCoverage: Humana Gold Plus HMO   Member ID: ${$.plan(`H${x.digits(8)}`)}\n\nHumana wants a peer-to-peer before they'll cover SNF after a 2-day stay. Is it worth fighting or do we just keep her as obs?`, note: "EHR banner: CSN is the encounter (account) number" };
      },
    },
    {
      key: "b8-ehr-cerner-fin",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1960, maxYear: 1985 });
        const d = x.recent();
        return `Cerner printout, header only:\nName: ${$.name(`${p.family}, ${p.given} ${p.extra ? p.extra.charAt(0) : x.letters(1)}`)}\nFIN: ${$.acct(`${x.digits(3)}${x.digits(7)}`)}   MRN: ${$.mrn(`${x.pick(["E", "M", "N"])}${x.digits(7)}`)}\nAdmit: ${$.date(mdy(d))}   Attending: (me)\nLooking at the LOS report, this encounter shows as 14 days but the patient was only inpatient for 3 - the rest was observation that never got converted. Who fixes this, UM or HIM?`;
      },
    },
    {
      key: "b8-ehr-uk-systmone",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1935, maxYear: 1955 });
        const pl = x.pl();
        const age = 2024 - p.dob.y;
        return `Copied from SystmOne (sorry, should have cropped):\n\n${p.female ? "Mrs" : "Mr"} ${$.name(`${p.given} ${p.family.toUpperCase()}`)} (${p.female ? "F" : "M"})  DOB ${$.date(dMonY(p.dob))} (${age}y)\nNHS ${$.plan(K.nhsNumber(x.r))}\n${$.addr(`${x.street()}, ${pl.area !== pl.city ? `${pl.area}, ` : ""}${pl.city}, ${pl.post}`)}\nMob ${$.phone(x.mob(false))}\n\nShe's on 9 regular meds and the pharmacist flagged an ACB score of 7. Where would you start?`;
      },
    },
    {
      key: "b8-ehr-au-header",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1960 });
        const mc = K.auMedicare(x.r);
        return `iPM sticker transcribed:\n${$.name(`${p.family.toUpperCase()}, ${p.given}`)}  UR ${$.mrn(x.digits(7))}\nDOB ${$.date(dmy(p.dob))}  Medicare ${$.plan(`${mc.number.replace(/ /g, "")}-${mc.irn}`)}\nDVA ${$.plan(K.dvaFile(x.r))}\nWard 4B. He's a Korea vet with a DVA white card for hearing only - does that cover his new hearing aids or just tinnitus meds?`;
      },
    },
    {
      key: "b8-ehr-de-kis",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ minYear: 1938, maxYear: 1960 });
        return `Aus dem KIS kopiert:\nPat-ID ${$.mrn(x.digits(8))} | Fall ${$.acct(`${x.digits(2)}${x.digits(6)}`)} | ${$.name(`${p.family}, ${p.given}`)} | geb. ${$.date(dmy(p.dob, "."))}\nKasse: ${x.pick(["AOK Plus", "TK", "Barmer", "DAK"])} | Vers.-Nr. ${$.plan(K.kvnr(x.r))}\n\nFrage: Die Kasse lehnt die Reha nach TAVI ab, "nicht erforderlich". Widerspruch lohnt sich? Er ist 78 und lebt allein.`;
      },
    },
    {
      key: "b8-ehr-fr-dpi",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1945, maxYear: 1965 });
        const used = x.p({ female: false });
        return `Bandeau du DPI :\nNom de naissance : ${$.name(p.family.toUpperCase())}  Nom d'usage : ${$.name(used.family.toUpperCase())}\nPrénom : ${$.name(p.given)}  Née le : ${$.date(dmy(p.dob))}\nIPP : ${$.mrn(x.digits(9))}  NDA : ${$.acct(x.digits(9))}\n\nLe problème : le labo a créé un deuxième IPP sous le nom d'usage, du coup deux dossiers. Qui gère les doublons chez vous, l'identitovigilance ou le DIM ?`;
      },
    },
    {
      key: "b8-ehr-in-his",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ minYear: 1955, maxYear: 1990 });
        return `HIS screenshot text:\nUHID: ${$.mrn(`${x.pick(["MH", "KA", "DL", "TN"])}.${x.digits(10)}`)}   Bill No: ${$.acct(`OP/${x.int(24, 25)}/${x.digits(6)}`)}\nPatient: ${$.name(full(p).toUpperCase())}   ABHA: ${$.plan(K.abha(x.r))}\nPMJAY ID: ${$.plan(x.letters(9, ALNUM))}\n\nScheme portal rejected the pre-auth for PTCA saying "package mismatch". He had an inferior STEMI, we did primary PCI. Which package code do you people use?`;
      },
    },
    {
      key: "b8-ehr-br-mv",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1980 });
        return `Cabeçalho do sistema (MV):\nAtendimento: ${$.acct(x.digits(8))} | Prontuário: ${$.mrn(x.digits(7))}\nPaciente: ${$.name(full(p).toUpperCase())} | Nasc.: ${$.date(dmy(p.dob))}\nConvênio: ${x.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"])} | Carteirinha: ${$.plan(`${x.digits(1)} ${x.digits(3)} ${x.digits(12)} ${x.digits(1)}`)}\n\nO convênio glosou a diária de UTI do dia 3 dizendo que o paciente "já estava estável". Estava em noradrenalina. Recurso de glosa: vocês anexam o quê?`;
      },
    },
    {
      key: "b8-ehr-za-header",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ minYear: 1960, maxYear: 1990 });
        return `Private hospital sticker:\n${$.name(`${p.family.toUpperCase()} ${p.given.charAt(0)}`)} | Hosp no ${$.mrn(`${x.digits(2)}/${x.digits(6)}`)} | Adm no ${$.acct(x.digits(8))}\nMed aid: ${x.pick(["Discovery KeyCare", "Bonitas", "Medshield", "GEMS Emerald"])} ${$.plan(x.digits(9))} dep 0${x.int(0, 3)}\nID ${$.ssn(K.zaId(x.r, p.dob, p.female))}\n\nScheme says PMB doesn't cover the second stent. Anyone had success appealing with the PMB DTP codes?`;
      },
    },
    {
      key: "b8-ehr-ca-header",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1975 });
        return `From the Cerner banner at our site:\n${$.name(`${p.family.toUpperCase()}, ${p.given}`)}  MRN ${$.mrn(`${x.letters(1, "HMRT")}${x.digits(7)}`)}  Visit ${$.acct(x.digits(9))}\nHCN ${$.plan(K.ohip(x.r, ""))}  DOB ${$.date(`${p.dob.y}-${pad(p.dob.m, 2)}-${pad(p.dob.d, 2)}`)}\nAllergies: sulfa\nPharmacy says the version code on the health card is expired so ODB won't cover her apixaban. Do you just write a stat script for 30 days while she renews?`;
      },
    },
    {
      key: "b8-ehr-ie-header",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1975 });
        return `iPMS label as it came out:\n${$.name(`${p.family.toUpperCase()}, ${p.given}`)}\nMRN ${$.mrn(x.digits(7))}   DOB ${$.date(dmy(p.dob))}\nGMS ${$.plan(`${x.digits(7)}${x.letters(1)}`)}   PPSN ${$.ssn(K.ppsn(x.r))}\nRelevant bit: medical card expired last month so the community pharmacy won't dispense his LMWH. Who do I ring in PCRS for an emergency extension?`;
      },
    },
    {
      key: "b8-ehr-ng-card",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ minYear: 1970, maxYear: 1995 });
        return `Folder front page (typed out):\nHospital No: ${$.mrn(`${x.digits(3)}/${x.digits(3)}/${x.int(18, 24)}`)}\nName: ${$.name(`${p.family.toUpperCase()} ${p.given} ${p.extra || x.p().given}`)}\nNHIA No: ${$.plan(`${x.digits(3)}-${x.digits(7)}-${x.letters(1)}`)}\nNOK: ${$.name(x.p({ female: !p.female }).given)} (spouse), ${$.phone(x.mob(false).replace(/ /g, ""))}\nCase: acute abdomen in a 35-y-o, HMO refusing CT authorisation at night. How do you people handle after-hours HMO approvals?`;
      },
    },
    // --- Tables with odd column names ---------------------------------------------------------
    {
      key: "b8-table-us-odd",
      countries: ["US"],
      make: (x) => {
        const a = x.p({ minYear: 1940, maxYear: 1990 });
        const b = x.p({ minYear: 1940, maxYear: 1990 });
        return `Denials this week, tell me if you see a pattern:\n\n| Pt | Bday | Acct | Payer / ID | Denied for |\n|---|---|---|---|---|\n| ${$.name(`${a.given.charAt(0)}. ${a.family}`)} | ${$.date(mdy(a.dob, "-"))} | ${$.acct(x.digits(9))} | Aetna ${$.plan(`W${x.digits(9)}`)} | "not medically necessary" |\n| ${$.name(`${b.given.charAt(0)}. ${b.family}`)} | ${$.date(mdy(b.dob, "-"))} | ${$.acct(x.digits(9))} | Medicare ${$.plan(K.mbi(x.r, ""))} | observation vs inpatient |\n\nBoth were chest pain admits with positive troponins.`;
      },
    },
    {
      key: "b8-table-uk-bays",
      countries: ["UK"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `Board round crib sheet (I know, I know - will delete after):\n\n| Bay/Bed | Who | Hosp no | NOK tel | Issue |\n|---|---|---|---|---|\n| B2/4 | ${$.name(`${a.family.toUpperCase()}, ${a.given}`)} | ${$.mrn(`RX${x.digits(6)}`)} | ${$.phone(x.mob(false))} | MFFD, awaiting POC |\n| B3/1 | ${$.name(`${b.family.toUpperCase()}, ${b.given}`)} | ${$.mrn(`RX${x.digits(6)}`)} | ${$.phone(x.tel(false))} | ?PE, CTPA today |\n\nReal question: how do you make board rounds faster than 90 minutes?`;
      },
    },
    {
      key: "b8-table-au-room",
      countries: ["AU"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `| Rm | Surname | UR | NOK | Plan |\n|---|---|---|---|---|\n| 12 | ${$.name(a.family)} | ${$.mrn(`${x.digits(2)} ${x.digits(2)} ${x.digits(2)}`)} | wife ${$.name(x.p({ female: true }).given)} | home Fri |\n| 14 | ${$.name(b.family)} | ${$.mrn(`${x.digits(2)} ${x.digits(2)} ${x.digits(2)}`)} | son, ${$.phone(x.mob(true))} | ACAT |\n\nHow are other wards documenting NOK preferences for overnight calls?`;
      },
    },
    {
      key: "b8-table-de-station",
      countries: ["DE"],
      make: (x) => {
        const a = x.p({ minYear: 1935, maxYear: 1960 });
        const b = x.p({ minYear: 1935, maxYear: 1960 });
        return `Übergabe Station 3:\n\n| Zi. | Pat. | Geb. | Fall-Nr. | To do |\n|---|---|---|---|---|\n| 301 | ${$.name(`${a.family}, ${a.given.charAt(0)}.`)} | ${$.date(dmy(a.dob, "."))} | ${$.acct(x.digits(9))} | Kalium 2,9 - substituieren |\n| 304 | ${$.name(`${b.family}, ${b.given.charAt(0)}.`)} | ${$.date(dmy(b.dob, "."))} | ${$.acct(x.digits(9))} | Delir, Haloperidol? |\n\nBei 304: Haloperidol oder lieber Melperon bei Parkinson in der Vorgeschichte?`;
      },
    },
    {
      key: "b8-table-in-ward",
      countries: ["IN"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `Ward list (female medical):\n\n| Bed | Pt name | IP no | Attender mob | Dx |\n|---|---|---|---|---|\n| 7 | ${$.name(full(a))} | ${$.mrn(`${x.digits(6)}/${x.int(24, 25)}`)} | ${$.phone(x.mob(false))} | Scrub typhus, MODS |\n| 9 | ${$.name(full(b))} | ${$.mrn(`${x.digits(6)}/${x.int(24, 25)}`)} | ${$.phone(x.mob(false))} | OP poisoning, day 2 |\n\nBed 7 platelets 22k, no bleeding - transfuse?`;
      },
    },
    {
      key: "b8-table-es-planta",
      countries: ["ES"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `Lista de planta (Medicina Interna):\n\n| Cama | Paciente | NHC | CIP | Pendiente |\n|---|---|---|---|---|\n| 512-A | ${$.name(fullHisp(a))} | ${$.mrn(x.digits(7))} | ${$.plan(`${x.letters(4, "ABCDEFGHJKLMNPRSTVZ")}${x.digits(6)}${x.digits(3)}`)} | ecocardio |\n| 514-B | ${$.name(fullHisp(b))} | ${$.mrn(x.digits(7))} | ${$.plan(`${x.letters(4, "ABCDEFGHJKLMNPRSTVZ")}${x.digits(6)}${x.digits(3)}`)} | TAC tórax |\n\n¿Cómo priorizáis las pruebas cuando radiología solo da 4 huecos al día?`;
      },
    },
    {
      key: "b8-table-ng-lagos",
      countries: ["NG"],
      make: (x) => {
        const a = x.p();
        const b = x.p();
        return `ICU census:\n\n| Cubicle | Surname/Other names | Hosp No | Sponsor phone |\n|---|---|---|---|\n| 1 | ${$.name(`${a.family.toUpperCase()} ${a.given}`)} | ${$.mrn(`${x.pick(["LASUTH", "LUTH"])}/${x.digits(5)}`)} | ${$.phone(x.mob(true))} |\n| 2 | ${$.name(`${b.family.toUpperCase()} ${b.given}`)} | ${$.mrn(`${x.pick(["LASUTH", "LUTH"])}/${x.digits(5)}`)} | ${$.phone(x.mob(false))} |\n\nBoth ventilated, both families unable to pay for the next 48 h of consumables. What do other teaching hospitals do?`;
      },
    },
    // --- Bold labels and key: value --------------------------------------------------------------
    {
      key: "b8-bold-us-dl",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1980, maxYear: 2000 });
        const st = x.pick(["CA", "TX", "FL", "IL"]);
        const dl = st === "CA" ? `${x.letters(1)}${x.digits(7)}` : st === "TX" ? x.digits(8) : st === "FL" ? `${x.letters(1)}${x.digits(3)}-${x.digits(3)}-${x.digits(2)}-${x.digits(3)}-${x.digits(1)}` : `${x.letters(1)}${x.digits(3)}-${x.digits(4)}-${x.digits(4)}`;
        return `Police left this form at the nurses' station for the blood alcohol:\n**Subject:** ${$.name(`${p.given} ${p.family}`)}\n**DOB:** ${$.date(mdy(p.dob))}\n**DL# (${st}):** ${$.lic(dl)}\n**Veh plate:** ${$.veh(x.plate())}\n**Requesting officer:** badge on file\nNo warrant, he's GCS 14 and refusing. We don't draw, right?`;
      },
    },
    {
      key: "b8-bold-ca-pal",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1965, maxYear: 1990 });
        return `Safety plan notes (de-identified... mostly):\n**Pt:** ${$.name(p.given)}\n**Firearms:** yes, 4 long guns, PAL ${$.lic(`${x.digits(7)}.${pad(x.int(1, 4), 4)}`)}\n**Where stored:** hunting camp near ${$.addr(x.pick(["Chapleau", "Hearst", "Cochrane", "Kapuskasing", "Dryden"]))}\n**Means restriction:** brother agreed to hold them\nIs a verbal agreement with a family member enough, or should I be calling the CFO?`;
      },
    },
    {
      key: "b8-bold-nz",
      countries: ["NZ"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1990 });
        return `**Name:** ${$.name(`${p.given} ${p.family}`)}\n**NHI:** ${$.plan(K.nzNhi(x.r).toLowerCase())}\n**Address:** ${$.addr(x.addr())}\n**Issue:** ACC declined the claim for his rotator cuff tear as "degenerative" even though he fell off a ladder\nAny tips for the ACC review? The MRI report says "acute on chronic".`;
      },
    },
    {
      key: "b8-kv-us-claim",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1975, maxYear: 1995 });
        const sub = x.p({ female: false });
        return `EOB she brought in, relevant lines:\nClaim #: ${$.acct(`${x.int(24, 25)}${x.digits(3)}E${x.digits(5)}`)}\nPatient: ${$.name(`${p.given} ${p.family}`)}\nSubscriber: ${$.name(`${sub.given} ${p.family}`)}\nSubscriber ID: ${$.plan(`${x.letters(3)}${x.digits(9)}`)}\nAmount you owe: $2,840.00\nThe "you owe" is for an ER facility fee at an in-network hospital. Is this a No Surprises Act thing or is she just stuck?`;
      },
    },
    {
      key: "b8-kv-mx-imss",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ minYear: 1955, maxYear: 1985 });
        const pl = x.pl();
        return `Hoja de referencia:\nNombre: ${$.name(fullHisp(p))}\nNSS: ${$.ssn(K.imssNss(x.r))}\nAgregado: ${$.plan(`${x.int(1, 4)}${p.female ? "F" : "M"}${p.dob.y}${x.pick(["OR", "PE", "ES"])}`)}\nDomicilio: ${$.addr(`${x.street()}, ${pl.area}`)}\nUMF: ${x.int(1, 90)}\nMotivo: IRC KDIGO 5, sin acceso vascular. El segundo nivel lo rebota por "falta de estudios". ¿Qué estudios piden en su HGZ para aceptar a diálisis?`;
      },
    },
    {
      key: "b8-kv-jp-hoken",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1940, maxYear: 1970 });
        return { text: `Insurance card details for the claim question (保険証):\n氏名: ${$.name(`${p.family} ${p.given}`)}\n保険者番号: 06${x.digits(6)}\n記号: ${$.plan(`${x.digits(2)}-${x.digits(3)}`)}  番号: ${$.plan(x.digits(4))}\nThe 高額療養費 limit application was rejected because the card changed mid-month when he retired. Does the old insurer or the new one pay for the whole month?`, note: "the insurer number identifies the insurer; the symbol and number identify the insured" };
      },
    },
    {
      key: "b8-kv-kr-nhis",
      countries: ["KR"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1975 });
        return `Outside clinic form:\n성명: ${$.name(`${p.family} ${p.given}`)}\n주민등록번호: ${$.ssn(K.krRrn(x.r, p.dob, p.female))}\n건강보험증번호: ${$.plan(`${x.digits(1)}-${x.digits(10)}`)}\n진단: 만성 B형 간염, 간경변\nThey want to continue tenofovir here in the UK while he's on a 2-year contract. NHS or private, and does the Korean insurer reimburse?`;
      },
    },
    {
      key: "b8-kv-cn-yibao",
      countries: ["CN"],
      make: (x) => {
        const p = x.p({ minYear: 1950, maxYear: 1975 });
        return `Referral sheet our interpreter translated:\n姓名 Name: ${$.name(`${p.family} ${p.given}`)}\n身份证号 ID: ${$.ssn(K.cnId(x.r, x.pick(["110105", "310104", "440106", "420106"]), p.dob, p.female))}\n医保卡号 Insurance card: ${$.plan(x.digits(10))}\nDiagnosis: nasopharyngeal carcinoma, post chemoradiation, now with trismus and hearing loss. Any rehab resources for trismus in the UK?`;
      },
    },
    {
      key: "b8-kv-za-medaid",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ minYear: 1975, maxYear: 1995 });
        const main = x.p({ female: !p.female });
        return `Pre-auth form:\nPatient: ${$.name(full(p))}\nMain member: ${$.name(full(main))}\nScheme / option: ${x.pick(["Bonitas BonCap", "Momentum Ingwe", "Discovery Classic Saver"])}\nMembership no: ${$.plan(`${x.digits(3)} ${x.digits(3)} ${x.digits(3)}`)}  Dep code: 0${x.int(1, 4)}\nICD-10: K35.8  Procedure: lap appendicectomy\nThey're asking for a "clinical motivation" for an emergency appendix. Seriously?`;
      },
    },
    // --- Health-plan numbers with odd labels or none -----------------------------------------------
    {
      key: "b8-plan-nhs-odd",
      countries: ["UK"],
      make: (x) => {
        const p = x.p();
        const label = x.pick(["nhs#", "N.H.S. no.", "NHSno:", "nhs num"]);
        return `Typed fast from the ED board: "${$.name(p.family.toLowerCase())} ${label} ${$.plan(K.nhsNumber(x.r).replace(/ /g, x.pick(["", "-", " "])))} ?PE, wells 6, d-dimer pending". Would you anticoagulate before the CTPA if it's 5 hours away?`;
      },
    },
    {
      key: "b8-plan-chi",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ minYear: 1945, maxYear: 1975 });
        return { text: `Scottish GP: the referral bounced because I typed the CHI with a space in it - ${$.plan(K.chiNumber(x.r, p.dob))} for ${$.name(`${p.given} ${p.family}`)}, ${$.addr(x.pick(["Cumnock", "Kirkcaldy", "Wick", "Dingwall", "Girvan"]))}. Query haematological malignancy, WCC 48 with blasts on the film. Phoned the haem reg instead. Is that still the right move?`, note: "CHI number (ddmmyy + 4 digits)" };
      },
    },
    {
      key: "b8-plan-hc-ni",
      countries: ["UK"],
      make: (x) => {
        const p = x.p();
        return `NI colleagues: ${$.name(p.given)}'s H&C number (${$.plan(K.nhsNumber(x.r, "3"))}) isn't recognised by the English trust she's been admitted to while on holiday, so they won't release her insulin pump supplies. She's from ${$.addr(x.pick(["Dungiven", "Ballymoney", "Kilkeel", "Coalisland", "Portaferry"]))}. Who sorts cross-border supplies?`;
      },
    },
    {
      key: "b8-plan-au-medicare-odd",
      countries: ["AU"],
      make: (x) => {
        const mc = K.auMedicare(x.r);
        const p = x.p({ female: true });
        return `Locum GP q: the med cert software wants the medicare no. and ref in one field - I entered "${$.plan(`${mc.number} ref ${mc.irn}`)}" for ${$.name(`${p.given} ${p.family}`)} and it rejected it. Anyone know the format Best Practice expects? Off topic but she needs a script for her Mirena today.`;
      },
    },
    {
      key: "b8-plan-ihi",
      countries: ["AU"],
      make: (x) => {
        const p = x.p();
        return `My Health Record upload failed for ${$.name(full(p))} - "IHI ${$.plan(K.ihi(x.r))} not verified". The discharge summary is sitting in limbo. Does your health service have a workaround or do you fax the GP like it's 1995?`;
      },
    },
    {
      key: "b8-plan-ohip-nolabel",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true });
        return `${$.name(p.given)} showed me her card at the walk-in - ${$.plan(K.ohip(x.r, " "))} - and the version code's expired, so technically the visit isn't billable. She has a UTI with flank pain. I saw her anyway. What do you do with uninsured-on-paper patients?`;
      },
    },
    {
      key: "b8-plan-bc-phn",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: false });
        return `BC doc here. PHN ${$.plan(K.bcPhn(x.r))} belongs to my patient ${$.name(`${p.given} ${p.family}`)} who's moved to ${$.addr(x.pick(["Smithers", "Prince Rupert", "Fort St. John", "Williams Lake", "Quesnel"]))} - PharmaCare says Special Authority for his ticagrelor lapsed. Do I re-apply or does his new GP?`;
      },
    },
    {
      key: "b8-plan-kvnr-nolabel",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: true });
        return `eGK liest nicht, also händisch: ${$.plan(K.kvnr(x.r))}, ${$.name(`${p.given} ${p.family}`)}. Die Praxissoftware meckert "Prüfziffer ungültig" - tippe ich falsch oder ist die Karte kaputt? Nebenbei: Sie braucht dringend ein Rezept für Insulin.`;
      },
    },
    {
      key: "b8-plan-cns-nolabel",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `O SISREG só aceita com o número do cartão, que a família mandou por foto: ${$.plan(K.cns(x.r))}. ${$.name(`${p.given} ${p.family}`)}, 68 anos, AVC isquêmico há 5 dias, precisa de vaga em reabilitação. A fila tá em 4 meses. Alguém conhece serviço filantrópico?`;
      },
    },
    {
      key: "b8-plan-us-medicare-odd",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1940, maxYear: 1955 });
        return `The DME supplier keeps rejecting the oxygen order because the MBI I wrote (${$.plan(K.mbi(x.r))}) "doesn't match" - turns out his card still has the old HICN. ${$.name(p.family)} is on 3L at home. Anyone know who at the DME MAC actually answers the phone?`;
      },
    },
    {
      key: "b8-plan-medi-cal",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1985, maxYear: 2000 });
        return `Medi-Cal BIC ${$.plan(K.mediCalBic(x.r))} - ${$.name(p.given)}'s coverage got switched to a new managed care plan overnight and her buprenorphine PA didn't carry over. She's at the pharmacy now. Emergency 72-hour supply rules in CA?`;
      },
    },
    {
      key: "b8-plan-us-commercial",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ minYear: 1975, maxYear: 1995 });
        const id = x.pick([`${x.letters(3)}${x.digits(9)}`, `${x.digits(9)}${x.digits(2)}`, `U${x.digits(8)}`]);
        return `${x.pick(["BCBS", "Cigna", "UHC"])} ID ${$.plan(id)} on the PA form, patient ${$.name(`${p.given.charAt(0)}${p.family.charAt(0)}`)}. They want "failure of two conventional DMARDs" before adalimumab for HS - but methotrexate isn't even used for HS. Anyone got a template appeal letter?`;
      },
    },
    {
      key: "b8-plan-ie-medical-card",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Medical card number ${$.plan(`${x.digits(7)}${x.letters(1, "ABCDEFGHJKLMNPRSTVWX")}`)} (${$.name(`${p.given} ${p.family}`)}) keeps failing on the PCRS system. Long-term illness card is separate, isn't it? He's type 1 and ran out of strips.`;
      },
    },
    {
      key: "b8-plan-es-tsi",
      countries: ["ES"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Receta electrónica: no me deja prescribir a ${$.name(fullHisp(p))} porque la TSI ${$.plan(`${x.letters(4, "ABCDEFGHJKLMNPRSTVZ")}${x.digits(6)}${x.digits(3)}`)} figura como "de otra comunidad". Vive aquí desde hace meses. ¿Cómo lo resolvéis sin mandarla a admisión?`;
      },
    },
    {
      key: "b8-plan-fr-mutuelle",
      countries: ["FR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `La mutuelle de M. ${$.name(p.family.toUpperCase())} (n° adhérent ${$.plan(`${x.digits(4)}${x.letters(2)}${x.digits(5)}`)}) refuse le tiers payant pour ses semelles orthopédiques. Carte Vitale à jour, NIR ${$.ssn(K.nir(x.r, false, p.dob))}. C'est moi qui dois refaire l'ordonnance ?`;
      },
    },
    {
      key: "b8-plan-ar-prepaga",
      countries: ["AR"],
      make: (x) => {
        const p = x.p({ female: true });
        return `La prepaga (${x.pick(["OSDE", "Swiss Medical", "Galeno"])}) de ${$.name(fullHisp(p))}, credencial ${$.plan(`${x.digits(2)} ${x.digits(6)} ${x.digits(2)}`)}, rechaza la resonancia de mama por "no corresponder por edad". Tiene BRCA2. ¿Carta documento o amparo?`;
      },
    },
    {
      key: "b8-plan-cl-fonasa",
      countries: ["CL"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Paciente ${$.name(fullHisp(p))}, ISAPRE ${x.pick(["Colmena", "Banmédica", "Cruz Blanca"])}, contrato ${$.plan(x.digits(8))}, con GES por cáncer colorrectal. La ISAPRE le asigna un prestador a 3 horas. ¿Puede pedir cambio de prestador?`;
      },
    },
    // --- Account, encounter and billing numbers ---------------------------------------------------
    {
      key: "b8-acct-uk-private",
      countries: ["UK"],
      make: (x) => {
        const p = x.p();
        return `Private hospital sent ${$.name(`${p.given} ${p.family}`)} an invoice (ref ${$.acct(`INV-${x.digits(6)}`)}) for a "self-pay top up" after her insurer capped the anaesthetist's fee. She was never told. Is the consultant or the hospital meant to warn about shortfalls?`;
      },
    },
    {
      key: "b8-acct-au-episode",
      countries: ["AU"],
      make: (x) => {
        const d = x.recent();
        return `Episode no. ${$.acct(x.digits(10))} shows the ED presentation on ${$.date(`${d.d}/${d.m}`)} was coded as "did not wait", but I saw him, sutured his hand and wrote notes. Coding won't fix it without a "clinical amendment". Is that a form or an email?`;
      },
    },
    {
      key: "b8-acct-de-rechnung",
      countries: ["DE"],
      make: (x) => {
        const p = x.p();
        return `Privatpatient ${$.name(p.family)} hat die Rechnung Nr. ${$.acct(`${x.int(2024, 2025)}-${x.digits(5)}`)} nach GOÄ nicht bezahlt, weil die PKV den 3,5-fachen Satz nicht erstattet. Begründung war dokumentiert. Mahnung oder Gespräch?`;
      },
    },
    {
      key: "b8-acct-in-bill",
      countries: ["IN"],
      make: (x) => {
        const p = x.p();
        return `TPA has put on hold final bill no. ${$.acct(`IP/${x.int(24, 25)}/${x.digits(5)}`)} for ${$.name(full(p))} asking for "indoor case papers". It was a 2-day admission for dengue. Is it legal for them to demand the whole file?`;
      },
    },
    {
      key: "b8-acct-br-guia",
      countries: ["BR"],
      make: (x) => {
        return `Guia TISS nº ${$.acct(x.digits(9))} glosada por "procedimento não autorizado" - a autorização (senha ${$.acct(x.digits(8))}) saiu depois da cirurgia, que foi de urgência. Alguém já reverteu isso com a ANS?`;
      },
    },
    {
      key: "b8-acct-es-episodio",
      countries: ["ES"],
      make: (x) => {
        const d = x.recent();
        return `El episodio ${$.acct(x.digits(8))} (urgencias del ${$.date(`${d.d}/${d.m}`)}) aparece cerrado sin informe porque el sistema se cayó. El paciente lo necesita para la mutua laboral. ¿Se puede reabrir un episodio cerrado en vuestro hospital?`;
      },
    },
    {
      key: "b8-acct-card-ng",
      countries: ["NG"],
      make: (x) => {
        const p = x.p({ female: true });
        const [bank, code] = x.pick<[string, string]>([["UBA", "033"], ["Zenith", "057"], ["Fidelity", "070"], ["Wema", "035"]]);
        return `Family of ${$.name(`${p.given} ${p.family}`)} paid the theatre fee into the wrong account - they used ${$.acct(nuban(code, x.digits(9)))} (${bank}) from an old WhatsApp broadcast, not the hospital's revenue account. Surgery is on hold. Any hospital managed to reclaim such payments?`;
      },
    },
    // --- Hospital numbers with slashes, letters and spaces ----------------------------------------
    {
      key: "b8-mrn-uk-space",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: true });
        return `Blood bank rejected the sample because the hospital number on the form was "${$.mrn(`${x.letters(1, "KMRS")} ${x.digits(3)} ${x.digits(4)}`)}" and on the tube "${$.mrn(`${x.letters(1, "KMRS")}${x.digits(7)}`)}" - different numbers, same ${$.name(p.family)}. Two registrations. Group and save needed for a 4 am laparotomy. Ideas?`;
      },
    },
    {
      key: "b8-mrn-ie-slash",
      countries: ["IE"],
      make: (x) => {
        return `Old chart number ${$.mrn(`${x.digits(2)}/${x.digits(5)}`)} from the 90s and a new MRN ${$.mrn(x.digits(7))} for the same woman - her previous echo (rheumatic MS) is only on the old paper chart in storage. How long does your records dept take to retrieve archived charts?`;
      },
    },
    {
      key: "b8-mrn-ca-chart",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ minYear: 1990, maxYear: 2005 });
        return `Chart # ${$.mrn(`${x.digits(3)}-${x.digits(3)}-${x.digits(3)}`)} - ${$.name(`${p.given} ${p.family}`)}, eating disorder admission, HR 38 overnight, phosphate 0.6. Refeeding protocol says start at 1400 kcal. Our dietitian says 2000. Newer evidence supports the higher start?`;
      },
    },
    {
      key: "b8-mrn-fr-ipp",
      countries: ["FR"],
      make: (x) => {
        return `IPP ${$.mrn(`${x.digits(2)} ${x.digits(3)} ${x.digits(3)}`)} : patiente de 58 ans, PR sous tocilizumab, neutropénie à 0,8. Suspension ou réduction à 4 mg/kg ? La rhumato d'astreinte dit suspension systématique en dessous de 1.`;
      },
    },
    {
      key: "b8-mrn-mx-expediente",
      countries: ["MX"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Expediente ${$.mrn(`${x.digits(4)}/${x.digits(2)}-${x.letters(1, "ABCDH")}`)}, ${$.name(`${p.given} ${p.family}`)}: pie diabético Wagner 4, amputación supracondílea propuesta. Él quiere ir a su pueblo a "pensarlo". ¿Alta voluntaria con qué documentación?`;
      },
    },
    {
      key: "b8-mrn-jp-id",
      countries: ["JP"],
      make: (x) => {
        const p = x.p({ female: true });
        return `患者ID ${$.mrn(x.digits(10))} - ${$.name(`${p.family} ${p.given}`)}, 74F, bisphosphonate for 8 years, atypical femoral fracture on the other side now. Drug holiday was never done. Teriparatide while fixing this one?`;
      },
    },
    // --- Licences held by patients ------------------------------------------------------------
    {
      key: "b8-lic-uk-shotgun",
      countries: ["UK"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1975 });
        return `GP firearms marker flagged: ${$.name(`${p.given} ${p.family}`)} holds shotgun certificate ${$.lic(`${x.pick(["SG", "S"])}${x.digits(5)}/${x.int(18, 24)}`)} and has just been diagnosed with early frontotemporal dementia. Do I contact the police firearms licensing directly with his consent, or without?`;
      },
    },
    {
      key: "b8-lic-in-mci",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: true });
        return { text: `Delicate one: the patient is herself a doctor, Dr. ${$.name(full(p))}, ${x.pick(["MMC", "KMC", "DMC", "TNMC"])} Reg. No. ${$.lic(`${x.int(2005, 2020)}/${pad(x.int(1, 12), 2)}/${x.digits(4)}`)}, and is self-prescribing pentazocine injections. Medical council or de-addiction first?`, note: "a patient's professional registration number" };
      },
    },
    {
      key: "b8-lic-br-crm",
      countries: ["BR"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Paciente é médico (CRM-${x.pick(["SP", "RJ", "MG", "BA"])} ${$.lic(x.digits(6))}), ${$.name(p.given)}, com transtorno bipolar e episódio maníaco dando plantão. A família pediu sigilo absoluto. Tenho obrigação de comunicar ao CRM?`;
      },
    },
    {
      key: "b8-lic-ca-nurse",
      countries: ["CA"],
      make: (x) => {
        const p = x.p({ female: true });
        return `My patient ${$.name(p.given)} is an RN (college registration ${$.lic(x.digits(8))}) with opioid use disorder on Suboxone. She's asking me to fill in the college's fitness-to-practise form. Do I disclose the OUD if it's in remission?`;
      },
    },
    {
      key: "b8-lic-ie-dl",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ female: false });
        return `D501 form for ${$.name(`${p.given} ${p.family}`)}, licence no. ${$.lic(x.digits(9))}, after his second syncope with no cause found. Implantable loop recorder going in next week. Do I sign him off driving until we have the ILR data?`;
      },
    },
    {
      key: "b8-lic-za-prdp",
      countries: ["ZA"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Taxi driver, ${$.name(p.given)}, PrDP on licence no. ${$.lic(`${x.digits(4)}${x.digits(4)}${x.letters(2)}${x.digits(2)}`)}, epilepsy with a breakthrough seizure last month. He begs me not to report. What does the National Road Traffic Act actually require of doctors?`;
      },
    },
    {
      key: "b8-lic-de-jagd",
      countries: ["DE"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1950, maxYear: 1970 });
        return `Jäger, ${$.name(p.family)}, Jagdschein Nr. ${$.lic(`${x.digits(3)}/${x.int(2010, 2023)}`)}, neu diagnostizierte Demenz (MMST 21). Er will weiter jagen. Muss ich die Waffenbehörde informieren oder darf ich das gar nicht?`;
      },
    },
    {
      key: "b8-lic-us-pilot",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false });
        return `AME question: private pilot (FAA certificate no. ${$.lic(x.digits(7))}), ${$.name(`${p.given} ${p.family}`)}, started sertraline 3 months ago. BasicMed or go through the SSRI special issuance? He flies a Cessna on weekends.`;
      },
    },
    // --- Plates and VINs ----------------------------------------------------------------------
    {
      key: "b8-veh-us-state",
      countries: ["US"],
      make: (x) => {
        return `Hospital security towed a car from the ED ambulance bay - ${x.pick(["Ohio", "Georgia", "Texas", "Arizona"])} plate ${$.veh(x.plate())} - and it turned out to belong to our STEMI patient who drove himself in. He's asking who pays the tow. Is there any policy for this?`;
      },
    },
    {
      key: "b8-veh-vin-de",
      countries: ["DE"],
      make: (x) => {
        return { text: `Notarzt-Protokoll: Unfallfahrzeug FIN ${$.veh(K.vin(x.r, x.pick(["WVW", "WBA", "WDD", "WAU"])))}, Fahrer eingeklemmt, GCS 7. Polizei fragt nach Blutalkohol. Wir haben kein Einverständnis. Ohne richterliche Anordnung?`, note: "FIN is the German VIN" };
      },
    },
    {
      key: "b8-veh-in-twowheeler",
      countries: ["IN"],
      make: (x) => {
        return `MLC case: two-wheeler ${$.veh(x.plate())} skid, rider with EDH 18 mm, operated. Police want the MLC copy, family wants it suppressed because the rider had no licence. Doctor's duty?`;
      },
    },
    {
      key: "b8-veh-za-bakkie",
      countries: ["ZA"],
      make: (x) => {
        return `Farm worker brought in on the back of a bakkie (reg ${$.veh(x.plate())}), paraquat ingestion 4 h ago. No activated charcoal left. Fuller's earth? And is there any point in immunosuppression?`;
      },
    },
    {
      key: "b8-veh-jp-plate",
      countries: ["JP"],
      make: (x) => {
        const plate = `${x.pick(["品川", "練馬", "なにわ", "横浜", "名古屋"])} ${x.int(300, 599)} ${x.pick(["あ", "さ", "た", "な", "わ"])} ${x.int(10, 99)}-${x.int(10, 99)}`;
        return { text: `Elderly driver case: the police report lists the car as ${$.veh(plate)}, 87-year-old driver with mild cognitive impairment, hit a pedestrian. Japan's license renewal cognitive test - does it catch MCI at all?`, note: "Japanese plate with kana" };
      },
    },
    {
      key: "b8-veh-fr-plaque",
      countries: ["FR"],
      make: (x) => {
        return `Patient diabétique insulinotraité, hypoglycémie au volant, accident sans blessé. Les gendarmes ont noté l'immatriculation ${$.veh(x.plate())} et me demandent son dossier. Je refuse, évidemment. Mais est-ce que je dois signaler quelque chose à la préfecture ?`;
      },
    },
    {
      key: "b8-veh-au-caravan",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: false, minYear: 1945, maxYear: 1958 });
        return `Grey nomad ${$.name(p.given)}, travelling with a caravan (rego ${$.veh(x.plate())}) around WA, turned up with a STEMI at a remote clinic. Lysed, now stable, wants to keep driving north. Licensing rules after ACS - 2 weeks private?`;
      },
    },
    // --- Devices -----------------------------------------------------------------------------
    {
      key: "b8-dev-icd-us",
      countries: ["US"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Merlin remote alert for ${$.name(p.family)}: ICD (Gallant HF, SN ${$.dev(x.digits(9))}) reports RV lead impedance jumping 400 -> 1800 ohms. Lead fracture? He's not pacer-dependent. Program off tachy therapy until revision, or leave on?`;
      },
    },
    {
      key: "b8-dev-libre-uk",
      countries: ["UK"],
      make: (x) => {
        return `Abbott want the sensor serial to replace a failed Libre 2 - it's ${$.dev(`0M${x.digits(4)}${x.letters(4, ALNUM)}`)} - but the patient threw away the applicator. Anyone know if they'll replace it without the box? Third failure this month.`;
      },
    },
    {
      key: "b8-dev-hip-au",
      countries: ["AU"],
      make: (x) => {
        const p = x.p({ female: true, minYear: 1945, maxYear: 1960 });
        return `Joint registry query: ${$.name(p.given)}'s hip from 2011 - cup REF 1${x.digits(5)}, SN ${$.dev(`${x.letters(2)}${x.digits(7)}`)} - is that one of the recalled metal-on-metal ones? Cobalt is 14 ppb and she has groin pain. Revision referral regardless?`;
      },
    },
    {
      key: "b8-dev-cpap-ca",
      countries: ["CA"],
      make: (x) => {
        return `Philips recall follow-up: patient still using his DreamStation, serial ${$.dev(`J${x.digits(11)}`)}, because the replacement never came. He's a truck driver with AHI 60. Switch him to a rental ResMed at his cost, or is there a program?`;
      },
    },
    {
      key: "b8-dev-hearing-ie",
      countries: ["IE"],
      make: (x) => {
        const p = x.p({ minYear: 1935, maxYear: 1950 });
        return `Lost hearing aids in the ward again - ${$.name(`${p.given} ${p.family}`)}'s left aid, serial ${$.dev(x.digits(8))}, found in the laundry. The HSE won't replace them for 4 years. Anyone have a ward system for hearing aids and dentures?`;
      },
    },
    {
      key: "b8-dev-pump-de",
      countries: ["DE"],
      make: (x) => {
        return `Insulinpumpe (Ypsomed, SN ${$.dev(x.digits(8))}) mit Okklusionsalarmen, Patient im DKA-Grenzbereich. Der Hersteller will die Seriennummer und den Fehlerlog, bevor sie eine Ersatzpumpe schicken. Bis dahin ICT - welche Basalrate?`;
      },
    },
    {
      key: "b8-dev-pacer-in",
      countries: ["IN"],
      make: (x) => {
        const p = x.p({ female: false });
        return `Pacemaker card shows: Model Endurity DR, SN ${$.dev(x.digits(7))}, implanted at another centre. ${$.name(full(p))} wants MRI for his back pain. The card doesn't say MR-conditional. How do you verify with Abbott quickly?`;
      },
    },
    {
      key: "b8-dev-udi-us",
      countries: ["US"],
      make: (x) => {
        return { text: `Implant record for the breast tissue expander: "${$.dev(`(01)00${x.digits(12)}(10)${x.letters(1)}${x.digits(5)}(21)${x.digits(8)}`)}" - is there a way to look up BIA-ALCL risk by UDI? The patient is anxious after the news.`, note: "UDI with lot and serial" };
      },
    },
    // --- Other identifiers, emails, handles, links --------------------------------------------------
    {
      key: "b8-oid-accession-us",
      countries: ["US"],
      make: (x) => {
        return `Path accession ${$.oid(`${x.pick(["SP", "S", "CS"])}${x.int(24, 25)}-${x.digits(5)}`)} came back as "malignant melanoma, Breslow 1.2 mm" on a shave that was sent as a seborrheic keratosis. WLE with 1 cm margins and SLNB, or do you image first?`;
      },
    },
    {
      key: "b8-oid-specimen-uk",
      countries: ["UK", "IE"],
      make: (x) => {
        return `Micro phoned a positive blood culture on specimen ${$.oid(`${x.pick(["M", "B", "H"])}${x.int(24, 25)}.${x.digits(7)}.${x.letters(1, "ABCDEFGHJKLMNPRSTUVWXYZ")}`)} - Strep bovis. Patient already discharged. How quickly do you recall for an echo and colonoscopy?`;
      },
    },
    {
      key: "b8-oid-passport",
      countries: ["NG", "IN"],
      make: (x) => {
        const p = x.p();
        const pass = x.c === "NG" ? `A${x.digits(8)}` : `${x.letters(1, "JKLMNPRSTUVWZ")}${x.digits(7)}`;
        return `Embassy wants a medical report with the passport number (${$.oid(pass)}) for ${$.name(full(p))} to travel for a kidney transplant abroad. The donor is a "cousin" I've never met. Should I be worried about transplant tourism here?`;
      },
    },
    {
      key: "b8-oid-handle-relative",
      countries: ["US", "AU"],
      make: (x) => {
        const d = x.p({ female: true });
        return `The patient's daughter has been posting his ICU photos on TikTok as ${$.oid(`@${slug(d.given)}${x.pick(["_", ".", ""])}${x.pick(["vibes", "daily", "x", "official"])}${x.int(1, 99)}`)}, including the monitor and our name badges. Our comms team wants us to ask her to take them down. Who should have that conversation?`;
      },
    },
    {
      key: "b8-email-relative",
      countries: ["AU", "CA", "UK"],
      make: (x) => {
        const s = x.p({ female: x.chance(0.5) });
        const dom = x.c === "AU" ? x.pick(["bigpond.com", "optusnet.com.au", "gmail.com"]) : x.c === "CA" ? x.pick(["sympatico.ca", "shaw.ca", "rogers.com"]) : x.pick(["btinternet.com", "sky.com", "hotmail.co.uk"]);
        return `His ${s.female ? "daughter" : "son"} emails me from ${$.email(`${slug(s.given)}${x.pick([".", "_", ""])}${slug(s.family)}${x.pick(["", String(x.int(1, 99))])}@${dom}`)} after every appointment asking for a "summary". The patient has capacity and says fine. Is email OK for that?`;
      },
    },
    {
      key: "b8-oid-filename",
      countries: ["DE", "FR"],
      make: (x) => {
        const p = x.p();
        const f = (x.c === "DE" ? `Befund_${p.family}_${p.given}_Echo.pdf` : `CR_${p.family.toUpperCase()}_${p.given}_IRM.pdf`).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ /g, "_");
        return x.c === "DE"
          ? `Ich habe das Bild angehängt - Dateiname ${$.oid(f)}, bitte umbenennen, Mods. Frage: LV-Thrombus 14 mm nach Vorderwandinfarkt, Apixaban oder Warfarin?`
          : `J'ai joint l'image - le fichier s'appelle ${$.oid(f)}, merci aux modérateurs de le renommer. Question : thrombus VG de 14 mm après un infarctus antérieur, apixaban ou AVK ?`;
      },
    },
    {
      key: "b8-url-gofundme",
      countries: ["US", "CA"],
      make: (x) => {
        const p = x.p();
        return `Family started a fundraiser (${$.url(`https://www.gofundme.com/f/help-${slug(p.given)}-${slug(p.family)}-${x.pick(["fight-cancer", "get-home", "transplant-fund", "recovery"])}`)}) and quoted me by name saying "the doctors have given up". I never said that. Do I respond, or let it go?`;
      },
    },
    {
      key: "b8-url-portal-mrn",
      countries: ["UK", "US"],
      make: (x) => {
        return `Someone pasted this in the junior doctors' group chat: ${$.url(`https://${x.pick(["ice", "results", "pathlink"])}.${x.pick(["trust", "hospital", "health"])}.${x.c === "UK" ? "nhs.uk" : "org"}/viewer?mrn=${x.digits(8)}&rpt=${x.digits(6)}`)} - the MRN is right there in the link. Do I report it, or just ask them to delete it?`;
      },
    },
    {
      key: "b8-fax-gp",
      countries: ["AU", "CA"],
      make: (x) => {
        const p = x.p({ female: false });
        return `${$.name(full(p))}'s home fax (${$.fax(x.tel(false))}) is on the referral as "preferred contact" - he's a retired accountant and refuses email. Is faxing results to a patient's home still OK under your privacy rules?`;
      },
    },
    {
      key: "b8-ip-home-monitor",
      countries: ["US", "DE"],
      make: (x) => {
        return `Remote monitoring log shows the patient's home hub connecting from ${$.ip(`${x.int(24, 98)}.${x.int(10, 250)}.${x.int(0, 255)}.${x.int(2, 254)}`)} at 3 am daily, then dropping. IT says it's his router. Any device teams here dealt with this?`;
      },
    },
  ],
  negatives: [
    { key: "b8n-lab-table-cbc", country: "US", text: "| Test | HD1 | HD2 | HD3 |\n|---|---|---|---|\n| WBC | 14.2 | 11.8 | 9.1 |\n| Hgb | 8.4 | 7.9 | 8.8 |\n| Plt | 512 | 488 | 430 |\n| Cr | 1.9 | 1.6 | 1.3 |\n\nTransfuse at 7.9 with a history of CAD, or hold to 7 per TRICS/MINT?", note: "hospital days, not dates" },
    { key: "b8n-lab-table-de", country: "DE", text: "| Parameter | Aufnahme | Tag 3 | Tag 7 |\n|---|---|---|---|\n| Natrium | 118 | 124 | 131 |\n| Osmolalität | 248 | 262 | 278 |\n| Urin-Na | 62 | 48 | 35 |\n\nSIADH unter Carbamazepin. Tolvaptan oder weiter Trinkmengenbeschränkung?" },
    { key: "b8n-lab-table-in", country: "IN", text: "| Investigation | Value | Unit |\n|---|---|---|\n| Hb | 6.8 | g/dL |\n| MCV | 112 | fL |\n| B12 | 98 | pg/mL |\n| Folate | 2.1 | ng/mL |\n| LDH | 2100 | U/L |\n\nMegaloblastic anaemia with very high LDH - start B12 before folate, and do we need a bone marrow?" },
    { key: "b8n-abg-kv", country: "UK", text: "ABG on 15L NRB:\npH: 7.29\npCO2: 7.8\npO2: 8.1\nHCO3: 27\nLactate: 2.4\nBE: +1\nType 2 RF in an obese man with no COPD history - OHS? NIV settings to start?" },
    { key: "b8n-kv-not-ids", country: "AU", text: "Admission: unplanned\nSource: ED\nMode of separation: discharged home\nPayer: Medicare (public)\nDRG: F62B\nLOS: 4 days\nFunding model question: why does the DRG for HF drop so much if LOS is under 3 days?", note: "key: value pairs with no identifier" },
    { key: "b8n-bold-not-ids", country: "CA", text: "**Name:** not documented (John Doe protocol)\n**Age:** estimated 40s\n**Found:** on the street, hypothermic\n**Temp:** 28.4\nECMO rewarming vs bypass vs warm lavage - what does your centre use first?", note: "placeholder name" },
    { key: "b8n-bold-drugs", country: "US", text: "**Home meds:** metoprolol 25 bid, lisinopril 20, atorvastatin 80, apixaban 5 bid\n**New:** amiodarone 200 daily\n**Interaction:** apixaban + amiodarone - dose reduce or not? Weight 82 kg, Cr 1.1, age 71." },
    { key: "b8n-table-trials", country: "UK", text: "| Trial | Drug | n | Primary outcome |\n|---|---|---|---|\n| DAPA-CKD | dapagliflozin | 4304 | eGFR decline |\n| EMPA-KIDNEY | empagliflozin | 6609 | kidney progression |\n| CREDENCE | canagliflozin | 4401 | ESKD |\n\nWhich do you quote to patients without diabetes?" },
    { key: "b8n-nct-numbers", country: "US", text: "Anyone enrolling in NCT04564742 or NCT05093933? Both looking at Lp(a) lowering. Our site has capacity but screening failure is about 70%." , note: "trial registry numbers" },
    { key: "b8n-device-models", country: "US", text: "Medtronic 5076 lead vs SelectSecure 3830 for conduction system pacing - the 3830 seems to win for LBBAP. Anyone using the Boston Scientific Ingevity+ with a stylet-driven approach?", note: "device model numbers" },
    { key: "b8n-device-models-2", country: "AU", text: "Tandem t:slim X2, Medtronic 780G, Omnipod 5, CamAPS FX with the Ypsomed mylife - which is funded under the NDSS CGM scheme now? Our clinic is confused about the 2024 changes." },
    { key: "b8n-device-lot-public", country: "UK", text: "MHRA alert: Philips DreamStation recall - affected units include the DreamStation Go and System One 60 series. Check the model numbers in the MHRA field safety notice, not the serials.", note: "public recall notice" },
    { key: "b8n-icd-codes-table", country: "US", text: "| Dx | ICD-10 |\n|---|---|\n| Sepsis, unspecified | A41.9 |\n| Severe sepsis with shock | R65.21 |\n| AKI | N17.9 |\n| Acute resp failure w/ hypoxia | J96.01 |\n\nOur CDI team wants R65.21 on anyone who got a pressor. Fair?" },
    { key: "b8n-cpt-codes", country: "US", text: "CPT 99223 vs 99222 for admits since the 2023 E/M changes - MDM high vs moderate. Also 99291 for critical care over 30 min. Are your hospitalists coding high MDM more often now?" },
    { key: "b8n-opcs-snomed", country: "UK", text: "OPCS-4 K49.1 for PCI, Y14.2 for the radial approach, and SNOMED 414545008 for ischaemic heart disease on the discharge. Anyone else have coders who want both?" },
    { key: "b8n-drg-au", country: "AU", text: "AR-DRG E65A vs E65B depends on the complexity score. Adding delirium (F05) moved two of our COPD patients from B to A. Is this gaming or accurate documentation?" },
    { key: "b8n-fr-codes", country: "FR", text: "Cotation CCAM : DEQP003 pour l'ECG, YYYY600 pour le supplément. Et la consultation complexe APC à 55 euros - vous l'utilisez pour les avis ponctuels de consultant ?" },
    { key: "b8n-de-ops", country: "DE", text: "OPS 8-98b.11 für die neurologische Komplexbehandlung, mindestens 24 Stunden. Der MD prüft jetzt jede Minute der Monitoring-Doku. Wie dokumentiert ihr das?" },
    { key: "b8n-br-tuss", country: "BR", text: "Código TUSS 30911036 para a angioplastia e 30904021 para o cateterismo. O convênio aceita os dois no mesmo dia? Sempre dá glosa aqui." },
    { key: "b8n-doses-table", country: "CA", text: "| Drug | Dose | Freq |\n|---|---|---|\n| Vancomycin | 25 mg/kg | load |\n| Cefepime | 2 g | q8h |\n| Metronidazole | 500 mg | q12h |\n| Acyclovir | 10 mg/kg | q8h |\n\nEmpiric meningitis in a 70-year-old with a shunt - anything to add?" },
    { key: "b8n-scores-list", country: "IE", text: "- CURB-65: 3\n- PSI: class IV\n- SMART-COP: 5\n- qSOFA: 2\nWhich one actually guides ICU referral in your hospital? Ours uses SMART-COP but nobody calculates it." },
    { key: "b8n-apache-gcs", country: "ZA", text: "APACHE II 24, SOFA 9, GCS 9/15 (E2V2M5), lactate 6. Family asking for percentages. How do you talk about prognosis without quoting the APACHE mortality as if it's their dad's number?" },
    { key: "b8n-vitals-times", country: "NG", text: "Obs chart: 22:00 BP 150/95, 23:00 160/100, 00:00 170/110, 01:00 MgSO4 started, 02:00 150/95. Labetalol or nifedipine as the second agent if it climbs again?" },
    { key: "b8n-phone-like-numbers", country: "UK", text: "Platelets 1,024 x10^9/L, ferritin 2,310, LDH 1,204. JAK2 pending. Hydroxycarbamide now or wait for the haem clinic in 2 weeks? Aspirin started." , note: "lab values with thousands separators" },
    { key: "b8n-ecg-numbers", country: "JP", text: "ECG: HR 42, PR 280 ms, QRS 148 ms (RBBB + LAFB), QTc 480 ms. Trifascicular block with syncope - pacemaker without EP study? Our cardiologists always do the EPS first." },
    { key: "b8n-echo-table", country: "KR", text: "| Echo | Value |\n|---|---|\n| LVEF | 35% |\n| LVEDD | 64 mm |\n| E/e' | 18 |\n| TAPSE | 14 mm |\n| RVSP | 52 mmHg |\n\nDilated cardiomyopathy. Sacubitril/valsartan start dose 24/26 or 49/51 with BP 108/70?" },
    { key: "b8n-insulin-table-mx", country: "MX", text: "| Glucosa capilar (mg/dL) | Insulina rápida (UI) |\n|---|---|\n| 150-199 | 2 |\n| 200-249 | 4 |\n| 250-299 | 6 |\n| ≥300 | 8 y avisar |\n\n¿Seguís usando escalas móviles en hospitalizados o solo basal-bolo?" },
    { key: "b8n-es-kv-noid", country: "ES", text: "Motivo de consulta: disnea\nAntecedentes: HTA, DM2, FA\nTratamiento: apixabán 5 mg/12 h, metformina, enalapril\nExploración: crepitantes bibasales, edemas ++\nPregunta: ¿furosemida IV en bolo o perfusión?" },
    { key: "b8n-fr-kv-noid", country: "FR", text: "Motif : douleur thoracique\nATCD : tabac 30 PA, HTA\nECG : sus-décalage en territoire inférieur\nDélai : 90 min du premier contact\nQuestion : thrombolyse pré-hospitalière si la salle de cathé est à 110 min ?" },
    { key: "b8n-br-kv-noid", country: "BR", text: "Queixa: dor lombar há 3 meses\nHDA: piora noturna, perda de peso 6 kg\nExames: VHS 95, Ca 11,8, creatinina 1,9\nHipótese: mieloma?\nPróximo passo: eletroforese + cadeias leves ou já mielograma?" },
    { key: "b8n-in-kv-noid", country: "IN", text: "C/o: fever with chills x 5 days\nO/E: splenomegaly 4 cm, pallor\nInv: MP negative x3, Widal 1:160, NS1 negative\nQ: Widal is useless, I know. Blood culture takes 5 days. Empirical ceftriaxone or azithromycin?" },
    { key: "b8n-za-kv-noid", country: "ZA", text: "Presenting complaint: cough > 2 weeks\nHIV: positive, CD4 38\nGeneXpert: MTB detected, rif resistance not detected\nCrAg: negative\nWhen to start ART after TB treatment in a CD4 under 50 - 2 weeks still?" },
    { key: "b8n-ng-kv-noid", country: "NG", text: "Presenting complaint: jaundice x 3 weeks\nHBsAg: reactive\nAFP: 1,800 ng/mL\nUSS: 8 cm liver mass\nPlease what palliative options exist here when sorafenib costs 10 times the monthly minimum wage?" },
    { key: "b8n-url-public", country: "CA", text: "Useful links for the residents: https://www.cardiosmart.org and https://www.ccs.ca/guidelines for the AF pathway. Also https://www.mdcalc.com for everything else.", note: "public websites" },
    { key: "b8n-email-society", country: "IE", text: "ICGP's clinical queries inbox (the one on their website) answered my question about the new HRT guidance within a day. Worth using. Don't email patient details though.", note: "a professional body's inbox, not a person" },
    { key: "b8n-handle-journal", country: "UK", text: "Follow @BMJ_latest and @TheLancet for the new hypertension trial drops this week. Also the #MedEd community on Bluesky is very active.", note: "journal handles" },
    { key: "b8n-ip-version", country: "DE", text: "Das PVS-Update 4.12.0.7 hat die Medikationsplan-Schnittstelle zerschossen. BMP-Barcodes werden nicht mehr gelesen. Habt ihr das auch?", note: "software version that looks like an IP address" },
    { key: "b8n-vin-like-codes", country: "US", text: "Epic order code LAB3201124, Pyxis item 00074-4552-01, and the supply chain ID 1004517782 for the same heparin bag. Three numbers for one drug. Anyone's pharmacy simplified this?", note: "order, NDC and supply codes" },
    { key: "b8n-plate-like-codes", country: "UK", text: "Bleeps for the new F1s: med reg 2234, surgical SHO 4410, outreach 5050, crash call 2222. Half of them still try to phone switchboard first. Do your trusts still use bleeps at all?", note: "internal bleep numbers" },
    { key: "b8n-accession-public", country: "US", text: "GenBank accession NC_045512.2 is the reference SARS-CoV-2 genome our lab aligns to. Anyone seeing lots of KP.3 in their sequencing this winter?", note: "public sequence accession" },
    { key: "b8n-lot-drug-notied", country: "AU", text: "TGA recall: amoxicillin suspension batches AB2314 and AB2315 had dosing cups with wrong markings. Check your pharmacy's stock.", note: "drug batch numbers not tied to a patient" },
    { key: "b8n-hosp-address", country: "IE", text: "For referrals to the national ECMO service, send the form to the Mater, Eccles Street, Dublin 7 - the ICU registrar on call takes it from there. Criteria are on the HSE site.", note: "a hospital's address" },
    { key: "b8n-hosp-phone", country: "NZ", text: "Healthline 0800 611 116 is free for advice, and the Starship switchboard will put you through to paeds on call. Anyone have the direct line for the PICU retrieval team?", note: "public helpline" },
    { key: "b8n-hotline-us", country: "US", text: "Poison Control is 1-800-222-1222, 988 for the crisis line, and 911 obviously. We print these on every discharge for overdose patients. Anything else you add?", note: "public numbers" },
    { key: "b8n-hotline-uk", country: "UK", text: "NHS 111, 999 and the Samaritans on 116 123 on the leaflet. Also the local crisis team number, which is on the trust's website. What else goes on your self-harm discharge sheet?" },
    { key: "b8n-hotline-fr", country: "FR", text: "15, 112, et le 3114 pour la prévention du suicide. Le centre antipoison de Paris a aussi une ligne pour les professionnels. Vous donnez quoi aux familles ?" },
    { key: "b8n-hotline-za", country: "ZA", text: "SADAG 0800 567 567 and the Poisons Information Helpline 0861 555 777 are on our wall. Anyone have a number for after-hours snakebite advice in KZN?" },
    { key: "b8n-hotline-in", country: "IN", text: "108 ambulance, 104 health helpline and Tele-MANAS 14416 - we give these at discharge. Patients mostly call the ward directly though." },
    { key: "b8n-guideline-years-table", country: "UK", text: "| Guideline | Year | Target BP |\n|---|---|---|\n| NICE NG136 | 2019 (upd. 2023) | <140/90 |\n| ESC | 2024 | 120-129 |\n| ACC/AHA | 2017 | <130/80 |\n\nWhich do you follow in an 80-year-old?" },
    { key: "b8n-ward-bed-table", country: "AU", text: "| Ward | Beds | Occupancy |\n|---|---|---|\n| 4A | 28 | 104% |\n| 4B | 28 | 98% |\n| 6C | 24 | 110% |\n\nExec wants us to open 6 surge beds on 4A. With which nurses?" },
    { key: "b8n-shift-roster", country: "NZ", text: "Roster: 0800-1630 days, 1400-2230 lates, 2200-0830 nights. 4 nights in a row then 4 off. Is this better or worse than 7 nights every 5 weeks?" },
    { key: "b8n-percentiles-peds", country: "US", text: "Weight at the 3rd percentile, height 50th, head circumference 97th. Macrocephaly with FTT at 9 months. MRI brain first or genetics?" },
    { key: "b8n-ratios-ventilator", country: "FR", text: "VT 420 mL, PEP 12, FiO2 0,6, Pplat 29, driving pressure 17, P/F 110. Décubitus ventral maintenant ou curarisation d'abord ?" },
    { key: "b8n-chemo-regimen", country: "ES", text: "FOLFIRINOX modificado: oxaliplatino 85 mg/m², irinotecán 150 mg/m², leucovorina 400 mg/m², 5-FU 2400 mg/m² en 46 h, sin bolo. ¿Alguien da el bolo todavía?" },
    { key: "b8n-jp-kv-noid", country: "JP", text: "主訴: chest pain\n既往歴: HT, DL\nECG: ST elevation V1-V4\nTime from onset: 3 h\nWe do primary PCI for all. Do rural hospitals in other countries still lyse?" },
    { key: "b8n-cn-kv-noid", country: "CN", text: "Diagnosis: acute pancreatitis (hypertriglyceridemia, TG 28 mmol/L)\nTreatment: insulin infusion, fasting\nQuestion: plasmapheresis - do you use it when TG > 20, or only if there's hypocalcemia and lactic acidosis?" },
    { key: "b8n-kr-kv-noid", country: "KR", text: "Dx: scrub typhus (eschar on the groin), day 6 of fever\nTx: doxycycline 100 mg bid\nQ: if no defervescence in 48 h, switch to azithromycin or add rifampin?" },
    { key: "b8n-vn-kv-noid", country: "VN", text: "Chẩn đoán: viêm màng não mủ\nĐiều trị: ceftriaxone 2 g x 2\nCâu hỏi: có dùng dexamethasone cho người lớn nếu đã kháng sinh 12 giờ trước không?" },
    { key: "b8n-ar-kv-noid", country: "AR", text: "Motivo de ingreso: síndrome febril\nEpidemiología: zona endémica de hantavirus\nLaboratorio: plaquetas 60.000, Hto 52 %\n¿Traslado a UTI preventivo o esperar signos de distrés?" },
    { key: "b8n-co-kv-noid", country: "CO", text: "Diagnóstico: dengue grave\nPlaquetas: 18.000\nHematocrito: 54 %\nPregunta: ¿transfusión de plaquetas sin sangrado activo? El protocolo del INS dice que no." },
    { key: "b8n-cl-kv-noid", country: "CL", text: "Diagnóstico: neumonía grave adquirida en la comunidad\nCURB-65: 4\nConducta: UCI\n¿Agregáis corticoides según CAPE COD o solo en shock?" },
    { key: "b8n-in-opd-numbers", country: "IN", text: "OPD census today: 412 patients, 38 admissions, 6 referrals to higher centre. Token numbers went past 400 by 11 am. How do other district hospitals manage this load with 3 doctors?", note: "counts and token numbers" },
    { key: "b8n-ca-billing-codes", country: "CA", text: "OHIP fee codes A007 and A008 for the same visit got rejected with error code EH4. Billing agent says use K-codes for counselling. Anyone understand the new rules?", note: "fee and error codes" },
    { key: "b8n-de-pzn", country: "DE", text: "PZN 01234567 für Apixaban 5 mg ist nicht lieferbar, Alternative PZN mit gleicher Wirkstärke hat Rabattvertrag mit einer anderen Kasse. Aut-idem-Kreuz setzen?", note: "pharmaceutical product number" },
    { key: "b8n-ie-codes", country: "IE", text: "HIPE coding: I21.4 with the NSTEMI, procedure 38306-00 for the PCI. Our coders want the troponin values in the discharge summary. Is that normal?" },
    { key: "b8n-nz-pharmac", country: "NZ", text: "Pharmac special authority SA1796 for empagliflozin and SA2065 for the GLP-1. The criteria changed again last month. Anyone have the updated checklist?", note: "special authority form numbers" },
    { key: "b8n-ng-drug-table", country: "NG", text: "| Drug | Dose | Route |\n|---|---|---|\n| Artesunate | 2.4 mg/kg | IV at 0, 12, 24 h |\n| Ceftriaxone | 2 g | IV daily |\n| Paracetamol | 1 g | PO 6-hourly |\n\nCerebral malaria in an adult. Add anything?" },
  ],
};
