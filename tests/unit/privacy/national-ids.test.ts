import { describe, expect, it } from "vitest";
import * as check from "../../../src/server/privacy/detectors/id-check-digits";
import { blocks, expectLinearScan } from "./helpers";

/**
 * Identifiers beyond the US: national, social-security and health-insurance numbers (found by
 * their check digits, with or without a keyword), hospital numbers, licences, vehicle plates,
 * social-media handles and device serials. Numbers are made up for these tests; each valid one
 * was built with its issuer's check rule, and each invalid one differs in its last character.
 */
function expectBlocked(text: string, span: string): void {
  const found = blocks(text);
  const start = text.indexOf(span);
  expect(found.some((f) => text.indexOf(f.text) <= start && text.indexOf(f.text) + f.text.length >= start + span.length)).toBe(true);
}

function expectBlockedAs(text: string, category: string, span: string): void {
  expect(blocks(text)).toContainEqual({ category, level: "block", text: span });
}

function expectClean(text: string): void {
  expect(blocks(text)).toEqual([]);
}

describe("check digits", () => {
  const cases: ReadonlyArray<[string, (s: string) => boolean, string, string]> = [
    ["NHS number (mod 11)", check.nhsNumberValid, "4802495307", "4802495308"],
    ["Scottish CHI (date + mod 11)", check.chiNumberValid, "1503856623", "1503856624"],
    ["Aadhaar (Verhoeff)", check.aadhaarValid, "756986598718", "756986598719"],
    ["Brazilian CPF (two mod-11 digits)", check.cpfValid, "33890681557", "33890681558"],
    ["Brazilian CNS", check.cnsValid, "700999990206550", "700999990206551"],
    ["Canadian SIN (Luhn)", check.canadianSinValid, "578362006", "578362007"],
    ["Australian Medicare (weighted)", check.australianMedicareValid, "3556385361", "3556385371"],
    ["Australian IHI (Luhn)", check.australianIhiValid, "8003604784813783", "8003604784813784"],
    ["German KVNR", check.kvnrValid, "M220404175", "M220404176"],
    ["French NIR (key 97 - n mod 97)", check.frenchNirValid, "272087515018176", "272087515018177"],
    ["Irish PPSN (mod 23)", check.irishPpsnValid, "2606636R", "2606636S"],
    ["Spanish DNI (control letter)", check.spanishDniValid, "73122745H", "73122745J"],
    ["Spanish NIE (control letter)", check.spanishDniValid, "Y1154023N", "Y1154023P"],
    ["South African ID (date + Luhn)", check.southAfricanIdValid, "8804125105087", "8804125105088"],
    ["New Zealand NHI (old format)", check.nzNhiValid, "ZLB2745", "ZLB2746"],
    ["Singapore NRIC", check.singaporeNricValid, "T1002086C", "T1002086D"],
    ["Chinese resident ID (MOD 11-2)", check.chineseResidentIdValid, "440106198706231022", "440106198706231023"],
    ["Swedish personnummer (Luhn)", check.swedishPersonnummerValid, "7903148851", "7903148852"],
    ["IBAN (mod 97)", check.ibanValid, "GB82WEST12345698765432", "GB82WEST12345698765433"],
  ];
  it.each(cases)("%s accepts a valid number and refuses a changed last character", (_name, valid, good, bad) => {
    expect(valid(good)).toBe(true);
    expect(valid(bad)).toBe(false);
  });

  it("refuses an Aadhaar number starting with 0 or 1", () => {
    expect(check.aadhaarValid("156986598718")).toBe(false);
  });
  it("refuses a CPF of one repeated digit", () => {
    expect(check.cpfValid("11111111111")).toBe(false);
  });
  it("checks the Julian issue date of a Medi-Cal BIC", () => {
    expect(check.mediCalBicValid("91234567A12345")).toBe(true);
    expect(check.mediCalBicValid("91234567A12399")).toBe(false);
  });
  it("refuses a UK National Insurance number with a prefix never issued", () => {
    expect(check.ukNinoValid("JT482915C")).toBe(true);
    expect(check.ukNinoValid("BG482915C")).toBe(false);
  });
});

describe("national numbers without a keyword", () => {
  it("blocks a spaced NHS number", () => {
    expectBlockedAs("Seen in the TIA clinic, 480 249 5307, for recurrent amaurosis.", "health_plan", "480 249 5307");
  });
  it("blocks a dotted CPF on its shape", () => {
    expectBlockedAs("Paciente 338.906.815-57 com dor torácica.", "ssn", "338.906.815-57");
  });
  it("blocks an Aadhaar number in groups of four", () => {
    expectBlockedAs("Referral note lists 7569 8659 8718 at the top.", "ssn", "7569 8659 8718");
  });
  it("blocks a spaced French NIR", () => {
    expectBlockedAs("Prise en charge: 2 72 08 75 150 181 76, ALD 30.", "ssn", "2 72 08 75 150 181 76");
  });
  it("blocks a German KVNR", () => {
    expectBlockedAs("eGK M220404175 liegt vor.", "health_plan", "M220404175");
  });
  it("blocks a South African ID number", () => {
    expectBlockedAs("Pt 8804125105087 presented with TB meningitis.", "ssn", "8804125105087");
  });
  it("blocks a Spanish DNI with its control letter", () => {
    expectBlockedAs("Consta 73122745H en el informe.", "ssn", "73122745H");
  });
  it("does not block a number that fails its check", () => {
    expectClean("Reading on the analyser was 4802495308 counts.");
  });
  it("gives a phone number with a cue to the phone category", () => {
    expectBlockedAs("pt asks for a callback at 4802495307 re: refills", "phone", "4802495307");
  });
});

describe("national numbers after a keyword", () => {
  it("blocks a PPSN after its keyword", () => {
    expectBlockedAs("Medical card renewal refused (PPSN 2606636R), Ennis.", "ssn", "2606636R");
  });
  it("blocks a keyed number whatever its check digit", () => {
    expectBlocked("Aadhaar 7569 8659 8719 on the form.", "7569 8659 8719");
  });
  it("blocks an NHI after its keyword", () => {
    expectBlocked("Gout flare, NHI ZLB2745, on allopurinol.", "ZLB2745");
  });
  it("blocks a Medi-Cal BIC", () => {
    expectBlocked("Medi-Cal BIC 91234567A12345 shows eligible.", "91234567A12345");
  });
  it("blocks a number after an issuer's acronym and a word", () => {
    expectBlocked("NSS IMSS 42109876543, vive en Zapopan.", "42109876543");
  });
  it("blocks a German compound number word", () => {
    expectBlocked("Abrechnungsfrage: Fallnummer 72409632, Aufnahme über die ZNA.", "72409632");
  });
  it("blocks a number after 'número de'", () => {
    expectBlocked("El número de afiliado 12345678 no aparece.", "12345678");
  });
});

describe("health plan, claim and encounter numbers under unusual labels", () => {
  it.each([
    ["a Spanish TSI", "La TSI MRPQ550918771 sale de otra comunidad.", "health_plan", "MRPQ550918771"],
    ["an Irish medical card number", "Medical card no. 5531208K was renewed.", "health_plan", "5531208K"],
    ["an Irish GMS number", "GMS number 8812045P on the script.", "health_plan", "8812045P"],
    ["an Ontario health card with its version code", "HCN 5512904438KT at registration.", "health_plan", "5512904438KT"],
    ["an Argentine prepaid plan card", "credencial 31 774201 05 de la prepaga", "health_plan", "31 774201 05"],
    ["a Chilean ISAPRE contract", "ISAPRE Banmédica, contrato 55012934, GES.", "health_plan", "55012934"],
    ["a Mexican IMSS agregado", "Agregado: 2M1966OR", "health_plan", "2M1966OR"],
    ["a banner's visit number", "Visit 512093377 on the banner", "account", "512093377"],
    ["a German case without its number word", "Fall 33018274 ist noch offen", "account", "33018274"],
    ["a Brazilian encounter", "Atendimento: 44019327", "account", "44019327"],
    ["a hospital bill", "final bill no. IPB/24/66120 is on hold", "account", "IPB/24/66120"],
    ["a Colombian cédula after 'CC'", "paciente con CC 51.884.203 y EPS", "ssn", "51.884.203"],
  ])("blocks %s", (_kind, text, category, span) => {
    expectBlockedAs(text, category, span);
  });
  it("takes the category from the noun of a number word", () => {
    expectBlockedAs("Krankenkassennummer 104212908 fehlt.", "health_plan", "104212908");
    expectBlockedAs("Führerscheinnummer J44X01RR7 laut Polizei.", "license", "J44X01RR7");
  });
  it("reads a value after words and a copula", () => {
    expectBlockedAs("The hospital number on the request was 'T 448 1203'.", "mrn", "T 448 1203");
  });
});

describe("numbers under Chinese, Japanese and Korean labels", () => {
  it.each([
    ["a Chinese inpatient number", "患者住院号 30418822，肝癌", "mrn", "30418822"],
    ["a Korean registration number", "등록번호 55012947 환자", "mrn", "55012947"],
    ["a Japanese insurance card's symbol and number", "保険証 記号: 41-208  番号: 5519", "health_plan", "5519"],
  ])("blocks %s", (_kind, text, category, span) => {
    expectBlockedAs(text, category, span);
  });
  it("does not block an insurer's own number as the patient's", () => {
    expect(blocks("保険者番号: 138800").filter((f) => f.text === "138800")).toEqual([]);
  });
});

describe("hospital numbers", () => {
  it.each([
    ["UR 12/345678 from the Alfred", "12/345678"],
    ["MRN 2023/001234 on the label", "2023/001234"],
    ["Hosp No. K/12/3344 on the sticker", "K/12/3344"],
    ["UHID 20240012345, admitted last night", "20240012345"],
    ["Expediente 683940/2022, mordedura de alacrán", "683940/2022"],
  ])("blocks %s", (text, span) => {
    expectBlocked(text, span);
  });
});

describe("licences", () => {
  it.each([
    ["firearms licence FL-2231-0098 was suspended", "FL-2231-0098"],
    ["his gun permit 44-118-2093 is current", "44-118-2093"],
    ["CCW 0012345 expires next year", "0012345"],
    ["DL# S530-7712-8831 on the police sheet", "S530-7712-8831"],
    ["Führerschein vor (Nr. B072RRE2I55), Klasse C", "B072RRE2I55"],
    ["carnet de conducir 73122745H retirado", "73122745H"],
    ["Jagdschein Nr. 112/2009, neue Demenz", "112/2009"],
    ["a Canadian firearms licence: PAL 3318204.0007", "3318204.0007"],
    ["her college registration 71203384 (she is an RN)", "71203384"],
    ["the patient, a doctor, Reg. No. 2011/07/5521", "2011/07/5521"],
  ])("blocks %s", (text, span) => {
    expectBlocked(text, span);
  });
  it("does not block a doctor's own registration in a signature", () => {
    expectClean("Dr Aled Pritchard, GP partner (GMC 6043311), Swansea.");
  });
  it("does not block the poster's own registration", () => {
    expectClean("My GMC registration 7120458 is on the rota.");
  });
});

describe("vehicle plates", () => {
  it.each([
    ["rego ABC-123, white ute", "ABC-123"],
    ["his car, rego 1ABC 234, was towed", "1ABC 234"],
    ["reg. WF12 JZS outside the surgery", "WF12 JZS"],
    ["Kennzeichen K-C 6901, trotzdem selbst gefahren", "K-C 6901"],
    ["immatriculation VV-637-CD, moteur allumé", "VV-637-CD"],
    ["placa da moto GFD0B01, fratura exposta", "GFD0B01"],
    ["rode his motorbike (DU23 WKX) to the ED", "DU23 WKX"],
    ["auto-rickshaw (MH 27 BL 8392) overturned", "MH 27 BL 8392"],
    ["the bakkie (reg CA 904-117) rolled", "CA 904-117"],
    ["事故車は 品川 330 な 12-34 でした", "品川 330 な 12-34"],
    ["차량 34나 5678 운전자", "34나 5678"],
  ])("blocks %s", (text, span) => {
    expectBlockedAs(text, "vehicle", span);
  });
  it.each([
    ["a score after a crash", "He crashed his car: AIS 3 chest, ISS 25, GCS 14, T12-L1 fracture."],
    ["a drug class beside a driver", "Truck driver on an SGLT2 inhibitor and a GLP1 agonist."],
    ["a stroke timeline", "Timeline: LKW 06:10, door 07:05, CTA 07:22, TICI 3 at 08:40."],
    ["a PET value", "PET SUV 9 in the RUL nodule."],
    ["a regimen after 'Reg:'", "Reg: FOLFOX q2w, cycle 4."],
    ["an orthopaedic plate", "Plate: 3.5 mm LCP, 7 holes."],
    ["colleagues' bleeps after 'reg'", "Bleeps: med reg 3341, surgical SHO 5520, crash 2222."],
  ])("does not block %s", (_kind, text) => {
    expectClean(text);
  });
});

describe("social-media handles and payment IDs", () => {
  it.each([
    ["@sunny_rae_92 on Instagram posts from her bed", "@sunny_rae_92"],
    ["her insta is rae.sunshine_04", "rae.sunshine_04"],
    ["Her mother messages me on KakaoTalk (yoonmom72) daily", "yoonmom72"],
    ["Found his Reddit posts (u/ts_rjsa36) about buying semaglutide", "ts_rjsa36"],
    ["the refund should go to the UPI inder83@okaxis today", "inder83@okaxis"],
  ])("blocks %s", (text, span) => {
    expectBlocked(text, span);
  });
  it("does not block public accounts in a conference sentence", () => {
    expectClean("Follow @ACCinTouch and @AHAScience for live-tweets from the meeting.");
  });
  it("does not block a colleague mentioned by handle", () => {
    expectClean("@dr_patel what do you think about this ECG?");
  });
});

describe("device serials", () => {
  it.each([
    ["pacemaker serial PJN704512H", "PJN704512H"],
    ["Sensor is a Guardian 4, transmitter GT5780922.", "GT5780922"],
    ["boîtier Percept PC, n° de série BNF832669N", "BNF832669N"],
    ["prótese texturizada (lote 2502742, série 39105648-316)", "39105648-316"],
    ["Implant log: (01)00423849872884(17)290828(21)SJP959773N", "(01)00423849872884(17)290828(21)SJP959773N"],
  ])("blocks %s", (text, span) => {
    expectBlocked(text, span);
  });
  it.each([
    ["a pump model", "Insulin pump 670G vs 780G: which auto mode?"],
    ["a pacing mode", "Pacemaker DDD 60, RV threshold 3.5 V."],
    ["a drug lot", "Cefazolin lot 23H041 was recalled."],
  ])("does not block %s", (_kind, text) => {
    expectClean(text);
  });
});

describe("hard negatives", () => {
  it.each([
    ["trial and guideline names", "SPRINT and KDIGO 2024 both favour SBP <120."],
    ["a gene variant", "BRCA1 c.5266dupC carrier, HLA-B*57:01 negative."],
    ["ICD-10 and CPT codes", "ICD-10 I21.4, CPT 99223 billed."],
    ["disease codes and scores", "T2DM, NYHA III, G2P1, CURB-65 2."],
    ["a public trial id and a DOI", "NCT01234567; doi:10.1056/NEJMoa2034577; PMID 31234567."],
    ["a protocol number", "Protocol 2021-0042 amendment 3 allows crossover."],
    ["a public service's phone number", "Call poison control at 1-800-222-1222."],
    ["an ORCID", "ORCID 0000-0002-1825-0097 of the first author."],
    ["a clinical token after 'ID'", "ID consult: COVID-19 pneumonia on remdesivir day 3."],
    ["a German pharmacy product number", "PZN 04471182 ist nicht lieferbar."],
    ["a supply-chain ID", "The supply chain ID 2004418830 differs from the Pyxis one."],
    ["an order code", "Epic order code LAB4471203 for the same test."],
    ["a trial registration", "Trial registration ISRCTN 55120934 is in the methods."],
    ["a span of years after 'contrato'", "Contrato 2024-2026 de la residencia."],
    ["a thyroid antibody after 'TSI'", "TSI 3.2 IU/L, so Graves."],
  ])("does not block %s", (_kind, text) => {
    expectClean(text);
  });
});

describe("linear time on number-like input", () => {
  it.each(["1 2 3 4 ", "AB12 CDE ", "car AB 12 ", "CPF 1", "x@okaxis ", "insta is a_1 "])("scans repeated %j in time linear in its length", (unit) => {
    expectLinearScan(unit);
  });
});

describe("check rules of more countries' personal numbers", () => {
  it.each([
    ["T.C. Kimlik", check.turkishKimlikValid, "51720398410", "51720398411"],
    ["PESEL", check.peselValid, "63111501271", "63111501272"],
    ["fødselsnummer", check.norwegianFnrValid, "24097500939", "24097500938"],
    ["CPR (mod 11)", check.danishCprValid, "1103625838", "1103625839"],
    ["henkilötunnus", check.finnishHetuValid, "031189-4720", "031189-4721"],
    ["Teudat Zehut", check.israeliIdValid, "031255433", "031255434"],
    ["Emirates ID", check.emiratesIdValid, "784198700071271", "784198700071272"],
    ["MyKad (date and birthplace)", check.myKadValid, "881203105521", "881203205521"],
    ["NIK (province and date)", check.indonesianNikValid, "3374115507007919", "2074115507007919"],
    ["BSN (11-proof)", check.dutchBsnValid, "245907919", "245907918"],
    ["codice fiscale", check.codiceFiscaleValid, "RSSMRA85T10A562S", "RSSMRA85T10A562T"],
  ])("%s: accepts a valid number and refuses its neighbour", (_name, valid, good, bad) => {
    expect(valid(good)).toBe(true);
    expect(valid(bad)).toBe(false);
  });
});
