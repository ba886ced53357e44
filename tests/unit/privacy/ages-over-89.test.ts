import { describe, expect, it } from "vitest";
import { blocks, flagged } from "./helpers";

/**
 * Ages of 90 and over in any phrasing (src/server/privacy/detectors/ages.ts). Safe Harbor allows
 * only the single aggregate "90 or older"; a decade band inside it ("in her late 90s") is narrower
 * and counts as the age. Sentences are written for these tests.
 */
function expectAge(text: string, span: string): void {
  expect(blocks(text)).toContainEqual({ category: "age_over_89", level: "block", text: span });
}

function ageFindings(text: string) {
  return flagged(text).filter((f) => f.category === "age_over_89");
}

describe("ages over 89 are blocked", () => {
  it.each([
    ["sex, comma, age", "F, 95, with new AF and falls.", "95"],
    ["a listed name, comma, age", "Edna, 93, lives alone and manages her own pills.", "93"],
    ["an unlisted surname before a person verb", "Whitfield, 93, lives alone.", "93"],
    ["aged and a number in words", "Referred a woman aged ninety-four with syncope.", "ninety-four"],
    ["yo with a space", "97 yo with a hip fracture.", "97 yo"],
    ["yo without a space", "97yo with a hip fracture.", "97yo"],
    ["yo with the sex attached", "97yoF with a hip fracture.", "97yoF"],
    ["a hyphenated year-old", "Saw a 91-year-old with pneumonia.", "91-year-old"],
    ["age and sex run together", "92M with AKI on CKD.", "92M"],
    ["sex slash age", "M/96 with AKI on CKD.", "96"],
    ["age slash sex", "96/F with AKI on CKD.", "96/F"],
    ["y.o.", "96 y.o. female with delirium.", "96 y.o."],
    ["turned", "She turned 100 last week and now has pneumonia.", "turned 100"],
    ["age before the number", "Pt is age 101 and wants surgery.", "age 101"],
    ["a person noun and 'of'", "A woman of 94 came in with a hip fracture.", "94"],
    ["a bracketed age after a titled name", "Mrs. Okafor (92) fell again.", "92"],
    ["a birthday ordinal", "She celebrated her 100th birthday on the ward.", "100th birthday"],
    ["a person and 'is'", "Grandma is 96 and on warfarin.", "96"],
    ["a number in words after an appositive comma", "The patient, ninety-two, lives alone.", "ninety-two"],
    ["a markdown table Age column", "| Name | Age | Issue |\n|---|---|---|\n| A. Smith | 96 | falls |", "96"],
    ["a key-value table row", "| Age | 93 |", "Age | 93"],
    ["a birth year that implies 90+", "Pt born in 1931 insists she does not need a walker.", "1931"],
  ])("blocks %s", (_kind, text, span) => {
    expectAge(text, span);
  });
});

describe("ages over 89 in other languages", () => {
  it.each([
    ["French", "Patiente de 95 ans, chute à domicile.", "95 ans"],
    ["German", "Patientin, 95 Jahre, Sturz zu Hause.", "95 Jahre"],
    ["German abbreviated", "Pat. Brenner, 93 J., aus dem Pflegeheim.", "93 J."],
    ["Spanish", "Paciente de 95 años con neumonía.", "95 años"],
    ["Portuguese", "Paciente de 95 anos com pneumonia.", "95 anos"],
    ["Spanish after a courtesy title", "Doña Lucía, de 94, con fractura vertebral.", "94"],
    ["Vietnamese", "Bệnh nhân 91 tuổi, gãy cổ xương đùi.", "91 tuổi"],
    ["Hindi in Latin script", "Dadi ji, 96 saal ki, bilkul alert hai.", "96 saal"],
  ])("blocks an age in %s", (_kind, text, span) => {
    expectAge(text, span);
  });
});

describe("decade bands", () => {
  it("blocks a band tied to a person, with its qualifier", () => {
    expectAge("She is in her late 90s and lives alone.", "late 90s");
  });
  it("blocks a decade in words tied to a person", () => {
    expectAge("He is in his nineties and still drives.", "nineties");
  });
  it("warns, not blocks, on 'nonagenarian' (no number)", () => {
    expect(ageFindings("A nonagenarian with severe AS.")).toEqual([
      { category: "age_over_89", level: "warn", text: "nonagenarian" },
    ]);
  });
});

describe("not ages over 89: nothing is reported", () => {
  it.each([
    ["an age range of a trial", "The trial enrolled patients aged 65-90 in the trial."],
    ["minutes", "Symptoms for 90 minutes before arrival."],
    ["a saturation percentage", "95% sat on room air."],
    ["SpO2", "SpO2 92 on 2L."],
    ["a blood pressure and heart rate", "BP 96/60, HR 94."],
    ["a percentile", "Weight is at the 95th percentile."],
    ["a decimal lab", "Hb 9.5 today."],
    ["days of therapy", "Over 90 days of therapy."],
    ["a dose", "Gave 90 mg of ticagrelor."],
    ["eGFR", "eGFR 92, Cr 0.8."],
    ["a decade of years", "Born in the 1990s."],
    ["a room number", "Room 95 is the isolation room."],
    ["saturations in the 90s", "Sats in the 90s on 2L."],
    ["temperatures in the 90s", "Temps in the 90s overnight."],
    ["a lab in apposition", "Glucose, 95, was normal."],
    ["the Safe Harbor aggregate", "Patients aged 90 or older were excluded."],
    ["an aggregate before the number", "Patients over 90 years old were excluded."],
    ["a span of years", "That was 95 years ago."],
    ["a lab table value", "| Test | Result |\n|---|---|\n| Glucose | 96 |"],
  ])("does not report %s", (_kind, text) => {
    expect(ageFindings(text).filter((f) => f.level === "block")).toEqual([]);
  });
});
