import { describe, expect, it } from "vitest";
import { blocks } from "./helpers";

/** Identifier-shaped text that belongs to no patient (sentences written for these tests). */
describe("numbers of medicines, schedules and codes are nobody's", () => {
  it.each([
    "NAPPI 704512-002 is the generic dolutegravir; the script needs the ICD-10 too.",
    "Check the CDSCO registration 077319 before you stock that brand of ceftriaxone.",
    "NAFDAC Reg No. B2-1187 is printed on the genuine pack of the antimalarial.",
    "Search for no 1052451000000101 review code in the last year, then recall.",
    "Text the scratch code to 45151 to check the pack is genuine.",
    "Is it Authority Required (STREAMLINED 4097) or a normal PBS item?",
  ])("%s", (text) => {
    expect(blocks(text)).toEqual([]);
  });
});

describe("places that are not anyone's home", () => {
  it.each([
    "Dr. Imogen Castellanos here, internist in Fresno. Journal club on deprescribing next Tuesday.",
    "Crimean-Congo fever cases reported from Ferozepur district again this month; any experience with ribavirin?",
    "Fieber nach Rückkehr aus Westafrika: gibt es eine aktuelle Empfehlung für das Malaria-Screening?",
  ])("%s", (text) => {
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
  });
});
