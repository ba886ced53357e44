/**
 * Name and age-after-name cues that carry across languages (src/server/privacy/detectors/names.ts,
 * the person-before-age reading of detectors/ages.ts, lexicon/name-shapes.ts).
 *
 * Rules under test, each with sentences written for the rule (not taken from a corpus) and hard
 * negatives:
 * - courtesy titles of Malay, Indonesian, Swahili, Gulf Arabic, Dutch and Scandinavian usage
 *   ("Pn.", "En.", "Pak", "Mzee", "Hajja", "Sheikh", "Mevrouw", "Fru"); a title that heads a
 *   hospital's name is not a person ("Sheikh Khalifa Medical City");
 * - the patient noun in Polish, Turkish, Indonesian, Swahili, Dutch ("pacjentka", "hastam",
 *   "pasien", "mgonjwa", "patiënte"), the child noun ("mtoto", "bambino"), Turkish "hanım"/"bey"
 *   after a name;
 * - capitalised Italian particles ("De Santis"), Malaysian "a/l", "a/p", "binti" inside a name;
 * - nicknames in other languages ("detta", "genannt"), an aside saying what a person is called;
 * - dotted identifier labels after a name ("t.z. ...", "nr ks. gł. ..."), "LAST, First M. 64F",
 *   a family name in capitals after given names before an age, "name on the card '...'";
 * - one word opening a sentence before an age (after a dash too), a bracketed age and a person's
 *   verb ("(41) wants ..."), a birth date (", DOB ...");
 * - name shapes: Kalenjin "Kip-"/"Chep-", Finnish "-nen", Turkish "-gül";
 * - ages after titled names and asides ("Mzee ..., 93,", "Pani ..., 95,", "(… calls him ...), 101,").
 */
import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

const blockedNames = (text: string): string[] => blockedAs(text, "name");

const BLOCKED: ReadonlyArray<[string, string, string]> = [
  ["a Malay title, Pn.", "Pn. Rohana binti Ismail, T2DM, asks about SGLT2i during puasa.", "Rohana binti Ismail"],
  ["a Malay title, En., with a/l", "En. Ganesan a/l Subramaniam, 71, on PD for two years.", "Ganesan a/l Subramaniam"],
  ["an Indonesian title, Pak", "Pak Slamet, petani, datang dengan sesak napas.", "Slamet"],
  ["a Swahili title, Mzee", "Mzee Otieno had a stroke last month and cannot swallow.", "Otieno"],
  ["a Gulf title, Hajja", "Hajja Latifa refuses insulin during the fast.", "Latifa"],
  ["a Dutch title, Mevrouw", "Mevrouw Kuipers kreeg een pacemaker vorig jaar.", "Kuipers"],
  ["a Polish patient noun, lower case, with a record number", "pacjent tomasz zieliński, nr hist. 2023/44120, ostry brzuch", "tomasz zieliński"],
  ["a Turkish patient noun and hanım", "Hastam Gülseren hanım, 58, kontrole gelmedi.", "Gülseren"],
  ["an Indonesian patient noun", "Pasien Wahyuni Lestari, demam sejak 5 hari.", "Wahyuni Lestari"],
  ["a Swahili child noun and a Kalenjin name", "Baba anasema mtoto Kiptoo ana homa tangu jana.", "Kiptoo"],
  ["an Italian particle after a patient noun", "La paziente Lucia Di Stefano ha una recidiva.", "Lucia Di Stefano"],
  ["an Italian nickname, detto", "Giuseppe Ferrante (detto Peppino), 80, COPD.", "Peppino"],
  ["an aside about what a person is called", "Dorothea (the whole street calls her Dot) fell again last night.", "Dorothea"],
  ["an Israeli ID label after a name", "Avner Shalev, t.z. 059812364, for a second opinion.", "Avner Shalev"],
  ["LAST, First M. with age and sex", "S: MALABANAN, Rosalinda T. 59F, dizziness", "MALABANAN, Rosalinda T."],
  ["LAST, First with an identifier", "O'Flaherty, Ciarán, NHS 485 777 3456, new AF.", "O'Flaherty, Ciarán"],
  ["a capitals family name after given names, before an age", "Zehra Nur ÖZKAN, 7 J., recurrent otitis.", "Zehra Nur ÖZKAN"],
  ["a name on a document, quoted", 'the name on the card "Marta Wilkowska" is not hers', "Marta Wilkowska"],
  ["one word after a dash, with an age", "Mazel tov all — Noa, 27, monochorionic twins.", "Noa"],
  ["one word with a bracketed age and a person's verb", "Sjoerd (41) wants his ACL done privately.", "Sjoerd"],
  ["one word with a birth date", "Handover: Kerensa, DOB 120388, overdose.", "Kerensa"],
];

const NOT_NAMES: ReadonlyArray<[string, string]> = [
  ["a hospital after a Gulf title", "Sheikh Khalifa Medical City protocol for DKA in Ramadan?"],
  ["an army after Pak", "He served in the Pak Army Medical Corps before training."],
  ["Swahili words after the child noun", "Mama alikuja na mtoto wa miezi 8, severe pneumonia."],
  ["a drug and its brand", "Metformin (known as Glucophage here) was stopped."],
  ["a lab value in brackets", "Troponin (32) rising, repeat at 3h."],
  ["a figure in brackets", "Figure (3) shows the curve."],
  ["Spanish hasta", "Dosis ajustada hasta Navidad, luego bajar."],
  ["a courtesy title alone before an age", "Mevrouw, 58, LVAD, suspected pump thrombosis."],
  ["a pasted key-value sheet's labels", "Patient\tSalma Noor Bhatti\nLab No\t24-55102\nContact\t021-3456789"],
  ["a famous case's nickname", "Mary Mallon ('Typhoid Mary') infected dozens."],
];

describe("name cues across languages", () => {
  it.each(BLOCKED)("blocks %s", (_kind, text, name) => {
    expect(blockedNames(text).some((found) => found.includes(name) || name.includes(found))).toBe(true);
  });
  it.each(NOT_NAMES)("does not block %s", (_kind, text) => {
    const names = blockedNames(text).filter((n) => !/Salma Noor Bhatti/.test(n));
    expect(names).toEqual([]);
  });
});

const AGES: ReadonlyArray<[string, string, string]> = [
  ["after a Swahili title", "Mzee Wekesa, 93, retired fisherman, on warfarin.", "93"],
  ["after a Polish title", "Pani Zofia, 95, mieszka sama.", "95"],
  ["after a Filipino kin title, with Tagalog na", "Si Lolo Andres, 91 na, may pneumonia.", "91"],
  ["after an aside about what he is called", "Bartholomew (the family calls him Barty), 101, hip fracture.", "101"],
  ["in words after a name pair opening the post", "Yael Friedmann, ninety-four, lives with her son.", "ninety-four"],
];

describe("ages after names across languages", () => {
  it.each(AGES)("blocks an age %s", (_kind, text, age) => {
    expect(blockedAs(text, "age_over_89")).toContain(age);
  });
  it("does not read a vital sign after two capitalised words as an age", () => {
    expect(blockedAs("Heart Rate, 96, regular.", "age_over_89")).toEqual([]);
  });
  it("keeps the whole text scannable", () => {
    expect(blocks("Pak Slamet, 94, datang.").length).toBeGreaterThan(0);
  });
});
