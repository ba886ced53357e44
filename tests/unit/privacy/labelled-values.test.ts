import { describe, expect, it } from "vitest";
import { detectLabelledValues } from "../../../src/server/privacy/detectors/labelled-values";
import { blocks, expectLinearScan } from "./helpers";

/**
 * Values under a label that names an identifier (src/server/privacy/detectors/labelled-values.ts):
 * the value blocks in the label's category, the span is the value only, and values that say
 * there is no value, or that are not of the label's kind, never block.
 * The first group reads the detector alone, so each test shows this detector's own rule.
 */
function labelled(text: string): Array<{ category: string; text: string }> {
  return detectLabelledValues({ text, referenceYear: 2025 }).map((f) => ({ category: f.category, text: text.slice(f.start, f.end) }));
}

function expectLabelled(text: string, category: string, span: string): void {
  expect(labelled(text)).toContainEqual({ category, text: span });
}

describe("label: value lines", () => {
  it.each([
    ["a bold label", "**Pt:** Marguerite Lanvin", "name", "Marguerite Lanvin"],
    ["dotted initials", "**D.O.B.:** 12.03.1949", "date", "12.03.1949"],
    ["a bullet and a hash", "- Hosp #: 12/3456", "mrn", "12/3456"],
    ["'Record no.'", "Record no. 882211", "mrn", "882211"],
    ["'Encounter #'", "Encounter # 45120987", "account", "45120987"],
    ["'Accession number'", "Accession number 24-SP-01234", "other_id", "24-SP-01234"],
    ["'UR no'", "UR no 3345678", "mrn", "3345678"],
    ["a dash separator", "Name - Karel Novák", "name", "Karel Novák"],
    ["an equals sign", "Address = 14 Kings Road, Brighton BN1 2AB", "address", "14 Kings Road, Brighton BN1 2AB"],
    ["an abbreviation's period", "Tel. 01273 555 123", "phone", "01273 555 123"],
    ["a 'Last, First M' name", "Patient: GONZALEZ, MARIA E   DOB: 07/22/1961", "name", "GONZALEZ, MARIA E"],
    ["a value followed by the next field", "Patient: GONZALEZ, MARIA E   DOB: 07/22/1961", "date", "07/22/1961"],
    ["a member ID", "Member: XKP884217530", "health_plan", "XKP884217530"],
    ["a city", "City: Wausau", "address", "Wausau"],
    ["a plate", "Rego: ABC-123", "vehicle", "ABC-123"],
    ["a handle", "Instagram: @sunny_rae_92", "other_id", "@sunny_rae_92"],
    ["a German compound number word", "**Auftragsnr.:** 520002392", "other_id", "520002392"],
  ])("reads %s", (_kind, text, category, span) => {
    expectLabelled(text, category, span);
  });

  it("ends a value before a parenthesis", () => {
    expectLabelled("SSN: 349-11-6020 (for the charity-care application)", "ssn", "349-11-6020");
  });
  it("reads each field of a line with several labels", () => {
    expect(labelled("Nom: Dupont  Prénom: Hélène  Date de naissance: 14/03/1952")).toEqual([
      { category: "name", text: "Dupont" },
      { category: "name", text: "Hélène" },
      { category: "date", text: "14/03/1952" },
    ]);
  });
});

describe("ward lists", () => {
  it("reads a surname followed by an age after a bay number", () => {
    expectLabelled("- Bay 2: Fairbairn, 64, DKA resolving", "name", "Fairbairn");
  });
  it("reads a titled name after a bed number", () => {
    expectLabelled("- Bed 14: Mrs Okafor (CAP)", "name", "Okafor");
  });
  it("does not read a diagnosis after a bay number", () => {
    expect(labelled("Bay 4: CAP, 3 days IV abx")).toEqual([]);
  });
  it("does not read a description after a bed number", () => {
    expect(labelled("Bed 3: 72M with sepsis, on pip-tazo.")).toEqual([]);
  });
});

describe("labels in other languages", () => {
  it.each([
    ["Spanish name", "Nombre: Lucía Fernández", "name", "Lucía Fernández"],
    ["Spanish birth date", "Fecha de nacimiento: 3 de mayo de 1960", "date", "3 de mayo de 1960"],
    ["Spanish address", "Dirección: Calle Mayor 12, Zaragoza", "address", "Calle Mayor 12, Zaragoza"],
    ["Spanish phone", "Teléfono: 976 123 456", "phone", "976 123 456"],
    ["German birth date", "Geburtsdatum: 02.11.1948", "date", "02.11.1948"],
    ["German address", "Adresse: Hauptstraße 5, 80331 München", "address", "Hauptstraße 5, 80331 München"],
    ["German combined label", "Name, Vorname: Müller, Hans", "name", "Müller, Hans"],
    ["Portuguese name", "Nome completo: Ana Paula Souza", "name", "Ana Paula Souza"],
    ["Portuguese address", "Endereço: Rua Augusta 500, São Paulo", "address", "Rua Augusta 500, São Paulo"],
    ["Italian name", "Cognome e nome: Rossi Marco", "name", "Rossi Marco"],
    ["French postcode with a space before the colon", "Code postal : 75011", "address", "75011"],
  ])("reads a %s", (_kind, text, category, span) => {
    expectLabelled(text, category, span);
  });
});

describe("markdown and tab tables", () => {
  const table = "| Patient | DOB | MRN |\n|---|---|---|\n| Jane Roe | 03/04/1950 | 1234567 |\n| Okonkwo, Chidi | 1961-07-22 | K0093371 |";
  it("blocks every cell of an identifier column", () => {
    expect(labelled(table)).toEqual([
      { category: "name", text: "Jane Roe" },
      { category: "date", text: "03/04/1950" },
      { category: "mrn", text: "1234567" },
      { category: "name", text: "Okonkwo, Chidi" },
      { category: "date", text: "1961-07-22" },
      { category: "mrn", text: "K0093371" },
    ]);
  });
  it("reads a two-column table of label and value", () => {
    expectLabelled("| Field | Value |\n|---|---|\n| DOB | 1961-07-22 |\n| MRN | 88123456 |", "mrn", "88123456");
  });
  it("reads a tab-separated table", () => {
    expectLabelled("Name\tDOB\tMRN\nGreta Lindqvist\t1944-02-11\t5566778", "name", "Greta Lindqvist");
  });
  it("does not read a lab table's reference ranges as identifiers", () => {
    expect(labelled("| Test | Result | Ref |\n|---|---|---|\n| Ferritin | 1942 | 30-400 |\n| TSAT | 84% | 20-50 |")).toEqual([]);
  });
  it("does not read placeholders in a patient column as names", () => {
    expect(labelled("| Patient | Age | Dx |\n|---|---|---|\n| Pt 1 | 54 | CAP |\n| B | 71 | UTI |")).toEqual([]);
  });
});

describe("label spellings and number words", () => {
  it.each([
    ["'n.º' after the label", "Afiliado n.º: 44120937", "health_plan", "44120937"],
    ["'Nº de' before the noun", "Nº de historia clínica: 00338127", "mrn", "00338127"],
    ["a German compound cut by a hyphen", "Versicherten-Nr.: Q804417263", "health_plan", "Q804417263"],
    ["a German case number", "Fall-Nr.: 660213884", "account", "660213884"],
    ["a bill number", "Bill No: IPB/22/507731", "account", "IPB/22/507731"],
    ["a membership number", "Membership no: 731 004 882", "health_plan", "731 004 882"],
    ["a Spanish regional health card code", "CIP: PRGL770512338", "health_plan", "PRGL770512338"],
  ])("reads %s", (_kind, text, category, span) => {
    expectLabelled(text, category, span);
  });
});

describe("table headers", () => {
  it("reads a German case-number column", () => {
    expectLabelled("| Zi. | Pat. | Fall-Nr. |\n|---|---|---|\n| 12 | Brandt, U. | 771045329 |", "account", "771045329");
  });
  it("reads a phone column whose header says whose phone it is", () => {
    expectLabelled("| Bed | Pt name | Son's mob |\n|---|---|---|\n| 3 | Kamala Iyer | 99012 43387 |", "phone", "99012 43387");
  });
  it("does not read a practice's phone column as the patient's", () => {
    expect(labelled("| Patient | GP phone |\n|---|---|\n| Pt 2 | 01632 960 418 |")).toEqual([]);
  });
  it("does not read the phone column of a staff directory", () => {
    expect(labelled("| Consultant | Mobile |\n|---|---|\n| Dr R. Vance | 07700 900 614 |")).toEqual([]);
  });
});

describe("values that are not identifiers", () => {
  it.each([
    ["a drug after 'Name of the drug:'", "Name of the drug: apixaban 5 mg BID"],
    ["a relative time after 'Date of onset:'", "Date of onset: 3 days ago"],
    ["an age", "Age: 54"],
    ["'Allergies: none'", "Allergies: none"],
    ["a plan", "Plan: 2 units PRBC, recheck Hgb in 6 h"],
    ["a temperature", "Temp: 38.9"],
    ["'DOB: unknown'", "DOB: unknown"],
    ["a sentence after 'Address:'", "Address: the question of anticoagulation in the elderly"],
    ["an abstract title after 'Address:'", "Address: Anticoagulation Reversal Protocol"],
    ["a description after 'Pt:'", "Pt: 54M with chest pain"],
    ["a sentence after 'Mother:'", "Mother: Worried about anaphylaxis after the first dose."],
    ["abbreviations after a relative", "lives with his daughter: HBV, AFP 400, new lesion"],
    ["'[redacted]'", "Name: [redacted]"],
    ["'N/A'", "MRN: N/A"],
    ["a masked SSN", "SSN: XXX-XX-XXXX"],
    ["a drug regimen after 'Reg:'", "Reg: FOLFOX q2w, cycle 4."],
    ["a clinical token after 'ID:'", "ID: COVID-19 pneumonia on remdesivir"],
    ["a fraction after 'Data:'", "Data: 3/4 patients responded at week 12"],
    ["a bare year after 'Born:'", "Born: 1952"],
    ["a word after an ambiguous platform label", "IG: low, IgA normal."],
    ["a housing type after 'Residence:'", "Residence: SNF"],
    ["an organisation after 'Client:'", "Client: Northgate Health Trust (our locum contract)"],
    ["a protocol after 'Patient:'", "Patient: Sepsis Six Protocol, adult version"],
    ["a count after a generic number word", "N° de lits : 1450 au total"],
    ["a batch number in a German compound", "Chargennummer: 7731204B zurückgerufen"],
    ["a clinician's council number", "Nº de colegiado: 282849917"],
    ["a public number after an ambiguous acronym", "SUS: 136"],
  ])("does not block %s", (_kind, text) => {
    expect(labelled(text)).toEqual([]);
  });
});

describe("the whole scanner with labelled values", () => {
  it("blocks a labelled national number that fails its check digit", () => {
    expect(blocks("KVNR: X110411676")).toContainEqual({ category: "health_plan", level: "block", text: "X110411676" });
  });
  it("blocks a masked SSN that keeps its last four digits", () => {
    expect(blocks("SSN: XXX-XX-6020").some((f) => f.text.includes("6020"))).toBe(true);
  });
});

describe("linear time on label-like input", () => {
  it.each(["| a ", "N° ", "Pt: Ab Cd, ", "| Jane Roe | 1/2/1950 |\n", "MRN: "])("scans repeated %j in time linear in its length", (unit) => {
    expectLinearScan(unit);
  });
});

describe("staff, employee, histology and prison numbers are the patient's identifiers", () => {
  it.each([
    ["Night shift at the depot (staff no. WH7-402918), chest pain.", "WH7-402918"],
    ["Needs a note for work (emp. no. KRT-33108).", "KRT-33108"],
    ["Our histo no. B-1187/25 shows granulomas.", "B-1187/25"],
    ["Inmate Lopez, CDCR # AK2210, HCV treatment.", "AK2210"],
  ])("%s", (text, id) => {
    expect(blocks(text).map((f) => f.text)).toContain(id);
  });
  it.each(["Staff no. of beds: 24", "staff numbers are low, 12 nurses on", "histology no. 2 slide was poor"])("no block: %s", (text) => {
    expect(blocks(text)).toEqual([]);
  });
});
