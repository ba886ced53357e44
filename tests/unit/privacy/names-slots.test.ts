/**
 * Name slots added for text nobody tuned for (src/server/privacy/detectors/names.ts).
 *
 * Rules under test, each with sentences written for the rule and hard negatives:
 * - titles of West African and Vietnamese usage ("Hajiya", "Malam", "bà"), and a title typed in
 *   lower case before a capitalised name ("mrs Mullins", "mr Barraclough wants ...");
 * - "la señora" / "una señora" followed by a verb is the noun, not a title;
 * - "Frau Dr. ..." is a patient when the apposition says so ("Privatpatientin");
 * - "English name ...", "on the GP list as ...", "todo el pueblo la llama ...": a name follows;
 * - regional relative words ("Mam - Glenys", "her lad Gaz"), a dash after a relative word;
 * - an aside about what a person is called after a capitalised pair ("(everyone calls him ...)",
 *   "— everyone calls her ... —", "(… on Korean docs)", "(he writes it ... on his forms)");
 * - a full name restated after a dash ('"Bubba" - Lonnie Ray Pruitt -'), a quoted nickname inside
 *   a name ('Delmer "Bub" Slone'), a quoted nickname "to everyone";
 * - "LAST, First" records with hyphenated or two given names, or a verb after listed parts;
 * - Irish particles ("Ó", "Ní"), lower-case "s/o", kinship honorifics after a name ("halmeoni");
 * - an unlisted capitalised pair before a clinical predicate ("passed away at home") or after a
 *   record's noun ("the note header for ...");
 * - a Portuguese or Spanish article before a listed given name and a verb ("a Márcia tem");
 * - not names: person nouns before an age ("Grandmother, 91,"), book authors with an edition,
 *   cities read as surname-first pairs ("Nha Trang"), key-value tables ("| Geb. | ... |").
 */
import { describe, expect, it } from "vitest";
import { blockedAs, blocks, expectLinearScan } from "./helpers";

const blockedNames = (text: string): string[] => blockedAs(text, "name");

const BLOCKED: ReadonlyArray<[string, string, string]> = [
  ["a Hausa title, Hajiya", "Hajiya Zainab Bello, 54, from Kofar Mata, presented with a goitre.", "Zainab Bello"],
  ["a Hausa title, Malam", "Malam Idris Garba has had fevers for a fortnight.", "Idris Garba"],
  ["a Vietnamese title in lower case", "bà Hoa (72) refuses the NG tube.", "Hoa"],
  ["a lower-case title, capitalised family name", "home visit: mrs Pennington had another fall", "Pennington"],
  ["lower-case mr and a person's verb", "mr Ackroyd wants to know if he can fly next week", "Ackroyd"],
  ["Frau Dr. as a private patient", "Frau Dr. Waltraud Meissner (Privatpatientin) möchte eine Zweitmeinung.", "Waltraud Meissner"],
  ["an English name given", "CHAN Tai-Man (English name Desmond), HBsAg positive.", "Desmond"],
  ["a name on a list", "Listed on the practice register as Gerard Tierney since 2019.", "Gerard Tierney"],
  ["Spanish llaman", 'Una paciente a la que todos llaman "la Chari" vino con disnea.', "Chari"],
  ["a Welsh mam with a dash", "Re: Mam - Bethan\n\nShe fell again on Sunday.", "Bethan"],
  ["a northern lad", "his lad Kyle drove him in at midnight", "Kyle"],
  ["an aside: calls him", "Olumide Farotimi-Bakare (his mates call him Femi) has new haematuria.", "Olumide Farotimi-Bakare"],
  ["an aside between dashes", "Gwladys Pritchard — everyone calls her Glad — is 94 and still driving.", "Gwladys Pritchard"],
  ["an aside about documents", "Minji Seo (Seo Min-ji on her passport) needs a repeat audiogram.", "Minji Seo"],
  ["a full name restated after a dash", 'The whole ward calls him "Tiny" - Clifford Dean Haskins - back again with pancreatitis.', "Clifford Dean Haskins"],
  ["a quoted nickname inside a name", 'Pt: Earl "Buck" Tolliver, 70, COPD.', 'Earl "Buck" Tolliver'],
  ["a quoted nickname to everyone", 'Retired shearer, 91, "Blue" to everyone at the club, new AF.', "Blue"],
  ["LAST, First with a hyphenated given name", "GAGNON, Anne-Sophie, admise pour pyélonéphrite.", "GAGNON, Anne-Sophie"],
  ["Last, two given names", "Exp. 2.391.004 — Herrera, María José\nDolor torácico atípico.", "Herrera, María José"],
  ["Last, First and a verb", "Quick one: Sullivan, Karen is a pharmacist here and wants her own results.", "Sullivan, Karen"],
  ["an Irish particle", "Ophth. Síle Ní Bhriain, DOB 14/07/52, sudden painless loss of vision.", "Síle Ní Bhriain"],
  ["lower-case s/o", "Harpal Singh s/o Kartar Singh, 3 days of melaena.", "Kartar Singh"],
  ["a Korean honorific after the name", "Lee Mi-sook halmeoni lives alone and keeps missing her insulin.", "Lee Mi-sook"],
  ["an unlisted pair that passed away", "Tamati Hohaia passed away at home overnight; whānau are with him.", "Tamati Hohaia"],
  ["a record's noun before the pair", "Why is the discharge summary for Brayden Stoltzfus still unsigned?", "Brayden Stoltzfus"],
  ["an article before a Portuguese given name", "Fono: a Juliana tem disfagia desde a cirurgia.", "Juliana"],
];

describe("name slots in fresh text", () => {
  it.each(BLOCKED)("blocks %s", (_label, text, name) => {
    expect(blockedNames(text).join(" | ")).toContain(name);
  });
});

const CLEAN: ReadonlyArray<[string, string]> = [
  ["Spanish señora as a noun", "La señora dice que no toma nada y una señora vende cremas en el mercado."],
  ["lower-case mr as mitral regurgitation", "Echo: moderate mr Holter next week, severe mr Grade 3."],
  ["lower-case s/o as suggestive of", "CXR s/o Consolidation in the right lower zone."],
  ["Herr Dr. as a colleague", "Herr Dr. Klaus Berger, der Hausarzt, hat sie überwiesen."],
  ["a person noun before an age", "Lagos. Grandmother, 92, brought in by her family with confusion."],
  ["an elder before an age", "Remote clinic. Elder, 95, lives with family."],
  ["a book author with an edition", 'Read the chapter in "Urgencias" (Moya Mir, 3ª ed., ISBN 978-84-0000-000-0).'],
  ["a Vietnamese city after an institute", "Antivenom from IVAC Nha Trang, 2-3 vials initially."],
  ["a Vietnamese city before an identifier-like value", "ED Hà Nội: motorbike 31-B2 118.42 vs bus."],
  ["a chart phrase before a clinical word", "It was documented in the chart as Rheumatoid arthritis."],
  ["a key-value table", "| Feld | Wert |\n|---|---|\n| Geb. | 1938 |\n| KV-Nr. | none |\n| Kasse | AOK |"],
  ["a book author with an English edition", "See the Oxford Handbook (Longmore Wilkinson, 10th ed.) for this."],
];

describe("name slots stay silent on", () => {
  it.each(CLEAN)("%s", (_label, text) => {
    expect(blocks(text).filter((f) => f.category === "name")).toEqual([]);
  });
});

describe("key-value rows are not a table header", () => {
  it("reads the name once, and not the labels under it", () => {
    const text = "| Feld | Wert |\n|---|---|\n| Name | Oberhauser, Gisela |\n| Geb. | 02.09.1938 |\n| Kasse | AOK Nordost |";
    expect(blockedNames(text)).toEqual(["Oberhauser, Gisela"]);
  });
});

describe("linear time", () => {
  it("stays linear on asides, quoted nicknames and lower-case titles", () => {
    expectLinearScan('mrs Pennington (everyone calls her "Penny" - Ann Pennington - ) a Juliana tem, Herrera, María José\n| Name | X |\n');
  });
});
