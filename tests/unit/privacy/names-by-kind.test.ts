/**
 * Names the scanner missed, by kind (issue 11). Each family has sentences written for its rule,
 * in several languages, and hard negatives that must not block as names.
 *
 * 1. A person label's value in a form layout blocks: a "key: value" line over or under another
 *    field, a markdown row "| Name | … |", a column headed by a person label ("| Who |"). In a form
 *    even a weak person label ("Pt:", "Doente:", "Pte:") is sure when its value is only name
 *    words; "Pt: 54M with chest pain", "Patient: Noncompliant", "Mother: Worried about …" and
 *    clinical abbreviations in capitals under a "Who" column stay silent.
 * 2. Person slots in lower case: the words before a bed, bay or room with its number ("w … in bed
 *    4", "a … do leito 3"), after "patient name" without a colon, and after "patient is" when a
 *    list knows one of two words. Person nouns, states, diseases and noun phrases with a
 *    determiner ("the septic gent in bed 4") stay silent.
 * 3. Kin and nicknames: more relative words ("aunty", "mamá", Portuguese "o neto", German "Enkel",
 *    "Tochter"), a quote after the relative's separator ('partner ("Jonno")'), one lower-case
 *    word alone in a relative's parentheses ("la nieta (flor)"), a given name or nickname alone in
 *    parentheses right after a name ("Mrs BEGUM (Ruksana)", 'Wellington ("Lingo")'), a nickname
 *    after "goes by" / "calls him" in lower case, "chama ele de", 'llaman "tía …"', and a quoted
 *    word before "(… calls her that". Korean given names with a common first part ("Young-ho").
 *    Not: "goes by bus", "(Cardiology)", "(Jr)", "Set-up".
 * 4. A surname spelled letter by letter ("O-K-O-N-K-W-O") when a list or a name's shape knows the
 *    word (not "F-A-S-T", "S-B-A-R"); a file name with two name-like segments blocks as an
 *    identifier, a segment in capitals counting when it has a name's shape ("MBEKI_Thandeka_…";
 *    not "ECG_Lead_II_Final.pdf").
 * 6. A name that only warned blocks within 80 characters of a blocked identifier of another kind
 *    on the same line (cross-findings.ts): the identifier's person. A warned name alone, or on
 *    another line, still only warns, so no identifier-free post blocks from it.
 * 5. Registry formats: "LAST, First [Second] [I.]" heading a line before record data or an age and
 *    sex ("— 68M"), "SURNAME I | Hosp no …" before a record's cells, and the person of a numbered
 *    case list row ("2. OKAFOR B 4417302/22 - …"); problem lists and scan rows stay silent.
 */
import { describe, expect, it } from "vitest";
import { blockedAs, blocks, expectLinearScan } from "./helpers";

const blockedNames = (text: string): string[] => blockedAs(text, "name");

const FORMS: ReadonlyArray<[string, string, string]> = [
  ["a bold weak label over another field", "Crisis plan:\n**Pt:** Gideon\n**Weapons:** none at home", "Gideon"],
  ["a Portuguese form", "Doente: Filomena Rebelo Antunes\nIdade: 81 anos\nQueixa: dispneia", "Filomena Rebelo Antunes"],
  ["a Spanish abbreviated label", "**Pcte:** Begoña Arrieta Zubizarreta\n**Edad:** 64", "Begoña Arrieta Zubizarreta"],
  ["a Russian full-name label", "FIO: Sokolova Tatiana Igorevna\nPolis: pending", "Sokolova Tatiana Igorevna"],
  ["a Dutch label under a field", "Datum: vandaag\nPatiënt: Wouter Brinkhuis\nKlacht: pijn op de borst", "Wouter Brinkhuis"],
  ["a Ukrainian label in a field/value table", "| Field | Value |\n|---|---|\n| PIB | Hnatiuk Oksana Petrivna |\n| Dx | lymphoma |", "Hnatiuk Oksana Petrivna"],
  ["an initial in a name row", "| Field | Value |\n|---|---|\n| Name | R. Venkataramanan |\n| Village | far |", "R. Venkataramanan"],
  ["a Who column of surnames in capitals", "| Who | Yrs | Issue |\n|---|---|---|\n| FAIRWEATHER | 88 | CKD, falls |\n| BPSD | 2 | x |", "FAIRWEATHER"],
  ["a Polish label in a list", "- Pacjentka: Zofia\n- Wiek: 77", "Zofia"],
];

const NOT_NAMES: ReadonlyArray<[string, string]> = [
  ["an age and sex after Pt:", "Pt: 54M with chest pain\nPlan: CT coronary angiogram"],
  ["an adjective after Patient:", "Patient: Noncompliant\nPlan: discuss at MDT"],
  ["a sentence after Mother:", "Mother: Worried about the rash\nPlan: reassure"],
  ["a diagnosis after Patient:", "Patient: Sepsis\nPlan: antibiotics within the hour"],
  ["clinical abbreviations under Who", "| Who | Yrs | Issue |\n|---|---|---|\n| COPD | 3 | x |\n| CKD | 4 | y |"],
  ["a drug in a form", "Pt: Ozempic\nDose: 0.5 mg"],
  ["a colleague after Dr in prose", "Pt: seen by Dr. Halvorsen yesterday\nPlan: repeat ECG"],
];

describe("a person label's value in a form", () => {
  it.each(FORMS)("blocks %s", (_label, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
  it.each(NOT_NAMES)("stays silent on %s", (_label, text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});

const REGISTRY: ReadonlyArray<[string, string, string]> = [
  ["surname first with two given names and an age", "DLAMINI, Sipho Bongani — 71M, Umlazi. Hosp no. 88/12021.", "DLAMINI, Sipho Bongani"],
  ["surname first with an initial and a dash", "KOWALCZYK, Agnieszka M. — 44F, booked for ERCP.", "KOWALCZYK, Agnieszka M."],
  ["a capitals surname and initial on a sticker", "Sticker:\nNAIDOO P | Hosp no 61/220931 | DOB 03.02.1950", "NAIDOO P"],
  ["a numbered MDT row", "MDT:\n1. BRENNAN T 2023-118204 - rectal Ca, post-TNT\n2. HOLLOWAY M 2022-771903 - ?recurrence", "HOLLOWAY M"],
];

const NOT_REGISTRY: ReadonlyArray<[string, string]> = [
  ["a problem list with an age", "Hypertension, Diabetes Mellitus — 68M, on insulin."],
  ["a numbered scan row", "Imaging:\n1. CT HEAD 20240311 - no bleed"],
  ["an abbreviation and a letter in a cell", "| COPD A | 2024 |\n| CKD G | 3 |"],
];

describe("registry formats", () => {
  it.each(REGISTRY)("blocks %s", (_label, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
  it.each(NOT_REGISTRY)("stays silent on %s", (_label, text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});

const SLOTS: ReadonlyArray<[string, string, string]> = [
  ["two unlisted words before a bed", "can someone review w darnell voss in bed 11, sats 88% on 4L", "darnell voss"],
  ["a listed name before a bay", "quick one: fatima in bay 3 has a new AF rate 140", "fatima"],
  ["a Portuguese leito", "o rodrigo do leito 7 fez febre de novo", "rodrigo"],
  ["a Spanish cama", "la pilar de la cama 12 no tolera la vía oral", "pilar"],
  ["a dictated patient name", "patient name wiremu tane seventy one retired shearer", "wiremu tane"],
  ["patient is with a listed English-word name", "dictation: patient is rusty mcbride eighty four with a fall", "rusty mcbride"],
];

const NOT_SLOTS: ReadonlyArray<[string, string]> = [
  ["a described person in a bed", "the septic gent in bed 4 is crashing"],
  ["an adjective and a person noun", "confused lady in bed 4 keeps pulling her cannula"],
  ["a state before a bed", "hypo in bed 3 again, BM 2.1"],
  ["a lab value before a bed", "K is 6.2 in bed 4"],
  ["a disease before a bed", "pt sepsis in bed 4, lactate 5"],
  ["a state after patient is", "patient is wheelchair bound since the stroke"],
  ["a disease after patient is", "patient is sickle cell disease with a crisis"],
  ["sitting up in bed", "he was sitting up in bed 4 eating breakfast"],
];

describe("person slots in lower case", () => {
  it.each(SLOTS)("blocks %s", (_label, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
  it.each(NOT_SLOTS)("stays silent on %s", (_label, text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});

const KIN: ReadonlyArray<[string, string, string]> = [
  ["an aunty", "Her aunty Moana does the insulin now.", "Moana"],
  ["a Spanish mamá", "Su mamá Eulalia no habla español.", "Eulalia"],
  ["a Portuguese neta", "A neta Jéssica liga todos os dias.", "Jéssica"],
  ["a German Enkel without article", "Spricht nur Türkisch, Enkelin Derya übersetzt.", "Derya"],
  ["a quoted name after a relative's parenthesis", 'Her ex-partner ("Shane") keeps ringing the ward.', "Shane"],
  ["a lower-case name in a relative's parentheses", "la hija (maribel) trae la medicación", "maribel"],
  ["a given name in parentheses after a titled surname", "Mrs OKAFOR (Chiamaka) back from Enugu with malaria.", "Chiamaka"],
  ["a quoted nickname in parentheses after a name", 'Bricklayer, Anderson ("Tank"), 52, crush injury.', "Tank"],
  ["a lower-case nickname after goes by", "the patient goes by skeeter and wants no visitors", "skeeter"],
  ["a Portuguese nickname", 'todo mundo chama ela de "Preta", 60a, DPOC', "Preta"],
  ["a Spanish nickname with a kin title", 'En el pueblo la llaman "tía Chona".', "Chona"],
  ["a quoted nickname before an aside", 'Toddler, "Peanut" (the whole nursery calls him that), 2y.', "Peanut"],
  ["a Korean given name after Son", "Son Min-ho translates for his mother.", "Min-ho"],
];

const NOT_KIN: ReadonlyArray<[string, string]> = [
  ["a vehicle after goes by", "he goes by bus to dialysis three times a week"],
  ["a department in parentheses", "Mrs Jones (Cardiology) reviewed the echo."],
  ["a suffix in parentheses", "Seen with Mr Patel (Jr) from the practice."],
  ["a hyphenated word with a common last part", "Son Set-up is fine."],
];

describe("kin and nicknames", () => {
  it.each(KIN)("blocks %s", (_label, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
  it.each(NOT_KIN)("stays silent on %s", (_label, text) => {
    const names = blockedNames(text);
    expect(names.filter((n) => !/^(?:Jones|Patel)$/.test(n))).toEqual([]);
  });
});

describe("spelled-out names and names in file names", () => {
  it.each([
    ["a spelled surname", 'She spelled it for me: "N-D-L-O-V-U", first name Sipho.', "N-D-L-O-V-U"],
    ["a spelled listed surname of four letters", "Surname is K-A-U-R, not Kumar.", "K-A-U-R"],
    ["a file name with a surname in capitals", 'Uploaded "NKOSI_Ayanda_CXR.png" — any bleed?', "Ayanda"],
  ])("blocks %s", (_label, text, name) => {
    // A file name may also block whole as an identifier: any block over the name counts.
    expect(
      blocks(text)
        .map((f) => f.text)
        .join(" | "),
    ).toContain(name);
  });
  it("stays silent on spelled mnemonics", () => {
    expect(blockedNames("Teach F-A-S-T and S-B-A-R, then S-T-O-P.")).toEqual([]);
  });
  it("does not block a file name of clinical words", () => {
    expect(blocks("Uploaded ECG_LEAD_II_FINAL.pdf and CHEST_XRAY_PA.png")).toEqual([]);
  });
});

describe("a warned name beside a blocked identifier", () => {
  it.each([
    ["a licence number", "Firearms query: Desmond Akintola holds shotgun certificate SG55102/19 and wants it back.", "Desmond Akintola"],
    ["a birth date", "Bonjour. M. Gwenaël KERJEAN, né le 03/09/1941, FA sous apixaban.", "Gwenaël KERJEAN"],
  ])("blocks it next to %s", (_label, text, name) => {
    expect(
      blocks(text)
        .map((f) => f.text)
        .join(" | "),
    ).toContain(name);
  });
  it("leaves a warned name without an identifier as a warning", () => {
    const text = "Desmond Akintola holds strong views on statins.";
    expect(blocks(text)).toEqual([]);
  });
  it("leaves a warned name on another line as it was", () => {
    const text = "Desmond Akintola holds strong views on statins.\nMRN 48812093 is a different case.";
    expect(blockedNames(text)).toEqual([]);
  });
});

describe("linear time", () => {
  it("stays linear on form lines", () => {
    expectLinearScan("**Pt:** Gideon\n**Age:** 61\n| Who | Yrs |\n|---|---|\n| ADAMS | 9 |\n");
  });
  it("stays linear on bed slots and dictated labels", () => {
    expectLinearScan("w darnell voss in bed 11 and patient name wiremu tane, patient is rusty mcbride ");
  });
  it("stays linear on kin and asides", () => {
    expectLinearScan('Mrs OKAFOR (Chiamaka) la hija (maribel) goes by skeeter "Peanut" (calls him that) ');
  });
  it("stays linear on spelled names and file names", () => {
    expectLinearScan("N-D-L-O-V-U A_B_C_D_E_F_G_H_I_J_K MTHEMBU_Zanele_CT.png ");
  });
  it("stays linear on registry lines", () => {
    expectLinearScan("DLAMINI, Sipho Bongani — 71M\nNAIDOO P | Hosp no 61/220931\n1. BRENNAN T 2023-118204 - x\n");
  });
});
