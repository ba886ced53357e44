import { describe, expect, it } from "vitest";
import { blocks, flagged } from "./helpers";

/**
 * Places smaller than a state, anywhere in the world (src/server/privacy/detectors/addresses.ts):
 * towns and cities after a residence cue or beside a person, suburbs with their postcodes, rural
 * routes and mail boxes. Places that are not anyone's home (a score, a disease, a hospital, a
 * congress, a country or a state) never block.
 */
function addressBlocks(text: string): string[] {
  return blocks(text)
    .filter((f) => f.category === "address")
    .map((f) => f.text);
}

function expectAddress(text: string, span: string): void {
  expect(addressBlocks(text)).toContainEqual(span);
}

function expectNoAddressBlock(text: string): void {
  expect(addressBlocks(text)).toEqual([]);
}

describe("towns and cities tied to a person", () => {
  it.each([
    ["an unlisted town after 'lives in'", "Pt lives in Wagga Wagga and can't get to clinic.", "Wagga Wagga"],
    ["a listed city after a person and 'from'", "A 45-year-old farmer from Ibadan with fever.", "Ibadan"],
    ["a relative's city", "Her son in Leicester is the main carer.", "Leicester"],
    ["a city after 'moved from'", "He moved from Maracaibo last year.", "Maracaibo"],
    ["a county after a residence cue", "Lives alone in Harris County, no car.", "Harris County"],
    ["a town after a named person and 'from'", "Busisiwe Venter from Mthatha, TB meningitis.", "Mthatha"],
    ["a Spanish residence cue", "Paciente de 54 años, vive en Guadalajara con su hija.", "Guadalajara"],
    ["a Portuguese residence cue", "Gestante de 32 semanas, mora em Campinas.", "Campinas"],
    ["a German cue with a listed city", "Patient aus Köln, 67 Jahre, mit Fieber.", "Köln"],
    ["a public role's town", "My new patient is the mayor of Tralee.", "Tralee"],
    ["a place named after 'village ... called'", "Three children from a village near Ibadan called Lalupon.", "Lalupon"],
    ["a Korean district", "Question from Busan: Cho Hye-jin (Haeundae-gu) had a lobectomy.", "Haeundae-gu"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });

  it("keeps a locality and its city together", () => {
    expect(addressBlocks("Vidya, 32/F, housewife from Kothrud, Pune, admitted with fever.")).toContainEqual("Kothrud, Pune");
  });
});

describe("postcodes and the towns beside them", () => {
  it.each([
    ["an Australian suburb, state and postcode", "Address: 12 Church St, Parramatta NSW 2150", "12 Church St, Parramatta NSW 2150"],
    ["a UK town and postcode", "Registered at Leeds LS6 2QT since 2019.", "Leeds LS6 2QT"],
    ["a French postcode and city", "Domicile : 12 rue Victor Hugo, 69003 Lyon", "12 rue Victor Hugo, 69003 Lyon"],
    ["a German postcode and city", "Wohnt in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5, 10115 Berlin"],
    ["an Indian locality, city and PIN", "Lives at #45, 2nd Main Road, Koramangala, Bengaluru 560034.", "#45, 2nd Main Road, Koramangala, Bengaluru 560034"],
    ["a Canadian postcode", "Postal code K1A 0B1 on the referral.", "K1A 0B1"],
    ["a US ZIP after a keyword", "Pt's zip 79936, nearest endo is far.", "79936"],
    ["a Brazilian CEP after its keyword", "Endereço com CEP 08210-000 na ficha.", "08210-000"],
    ["an Irish Eircode", "Ennis, Co. Clare V95 N5H3 on the card.", "V95 N5H3"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });
});

describe("rural routes and mail boxes", () => {
  it.each([
    ["a rural route with its box", "Home health can't find her at Rural Route 4 Box 18.", "Rural Route 4 Box 18"],
    ["a short route form with a box", "Address on file is RR 3 Box 94, no street.", "RR 3 Box 94"],
    ["a route followed by its town", "Wiremu, 66, RD 2, Ruatoria, had a STEMI.", "RD 2"],
    ["a PO box", "Mail goes to PO Box 4412 now.", "PO Box 4412"],
    ["a francophone boîte postale", "Adresse: BP 1234 Yaoundé", "BP 1234 Yaoundé"],
    ["a German Postfach", "Post an Postfach 12 34 56 bitte.", "Postfach 12 34 56"],
  ])("blocks %s", (_kind, text, span) => {
    expectAddress(text, span);
  });
});

describe("places that are not anyone's home", () => {
  it.each([
    ["a training place", "She trained at Mayo before moving here."],
    ["an eponymous criterion", "We applied the Boston criteria for CAA."],
    ["a decision rule", "Ottawa ankle rules were negative."],
    ["a risk model", "The Seattle Heart Failure Model gave 20% one-year mortality."],
    ["a congress city", "I presented at a congress in Lisbon last year."],
    ["a hospital", "Referred to Mass General for TAVR."],
    ["a disease", "Lyme disease serology positive, West Nile IgM pending."],
    ["a virus", "Marburg virus outbreak reported."],
    ["a spotted fever", "Rocky Mountain spotted fever suspected."],
    ["a country", "She emigrated from Peru in 2010."],
    ["a state", "Lives in Texas with her sister."],
    ["provinces", "Moved from Ontario to British Columbia."],
    ["a world region", "Patients from Southeast Asia need a melioidosis workup."],
    ["five-digit lab values", "Platelets 150000, WBC 11000."],
    ["a coma scale", "Glasgow coma scale 14 on arrival."],
    ["a classification named for a city", "Atlanta classification: moderately severe pancreatitis."],
    ["a definition named for a city", "The Berlin definition of ARDS applies."],
    ["a year before a city", "In 2019 Paris hosted the ESC congress."],
    ["a state code and a year", "The NSW 2019 guidelines changed this."],
    ["a respiratory rate", "RR 18, HR 92, SpO2 95%."],
    ["a head circumference", "HC 34 cm at birth."],
    ["a reference lab's postcode", "Send the films to the national reference lab at Colindale (NW9 5EQ)."],
    ["the physician's own city", "I work in Birmingham and see this often."],
    ["a listed city with no cue", "Leicester won the league that year."],
  ])("does not block %s", (_kind, text) => {
    expectNoAddressBlock(text);
  });

  it("warns, not blocks, on a listed city where care happened", () => {
    expect(flagged("He was seen in Manchester last week.")).toContainEqual({ category: "address", level: "warn", text: "Manchester" });
  });
});
