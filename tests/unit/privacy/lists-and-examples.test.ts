import { describe, expect, it } from "vitest";
import type { PhiCategory } from "../../../src/server/privacy/index";
import { blockedAs, blocks } from "./helpers";

/**
 * Case lists, comma-separated pastes, dictated dates, school towns and plot addresses block
 * (labelled-values.ts, dates.ts, addresses.ts, contact.ts); values shown as examples, product
 * codes, event dates and hotel chains do not (public-text.ts, clinical-allowlist.ts).
 */
const blocked = blockedAs;

describe("patient identifiers in lists, pastes and dictation", () => {
  it.each<[string, string, PhiCategory, string]>([
    ["a numbered case list with a slash year", "1. ABERNETHY K 440193/19 - sigmoid Ca, for surgery", "mrn", "440193/19"],
    ["a numbered case list with a plain number", "2) MOREAU J 7730214 - lung nodule, CT review", "mrn", "7730214"],
    ["a comma-separated paste", "Name,DOB,Hosp no,Town\nBrigid Kealy,03/04/1951,K552019,Listowel", "mrn", "K552019"],
    ["a town column of a comma-separated paste", "Name,DOB,Hosp no,Town\nBrigid Kealy,03/04/1951,K552019,Listowel", "address", "Listowel"],
    ["an Italian admission label", "nosologico: 19/004417", "mrn", "19/004417"],
    ["an Austrian admission label", "Aufnahmezahl: 552019334", "mrn", "552019334"],
    ["a PhilHealth number", "PhilHealth PIN: 12-401928374-6", "health_plan", "12-401928374-6"],
    ["a Kenyan SHA number", "SHA no. CR4410293847561-2", "health_plan", "CR4410293847561-2"],
    ["a dictated date of birth", "date of birth second of March one nine four four", "date", "second of March"],
    ["a dictated date with a spoken year", "admitted on the twenty first of May nineteen ninety", "date", "twenty first of May"],
    ["a school town", "The teacher at the primary school, Lisdoonvarna noticed bruising.", "address", "Lisdoonvarna"],
    ["a Pakistani plot address", "Address House 41, Street 9, Sector F-8/3, Islamabad", "address", "House 41, Street 9"],
    ["a Philippine lot address", "lives at Lot 3 Phase 2, Rizal St., Brgy. San Roque", "address", "Lot 3 Phase 2, Rizal St"],
    ["a Ghana digital address", "She lives at AK-039-5521, Kumasi.", "address", "AK-039-5521"],
    ["a dictated home town", "seen today lives alone in portrush son's number is oh two eight", "address", "portrush"],
    ["a phone after 'reached on'", "Her brother can be reached on 601-448-273.", "phone", "601-448-273"],
  ])("%s", (_label, text, category, span) => {
    // The span may be merged with a neighbouring finding ("Address House 41, …").
    expect(blocked(text, category).some((b) => b.includes(span))).toBe(true);
  });
});

describe("values that are not a patient's", () => {
  it.each([
    ["an example after 'e.g.'", "Our sample IDs look like e.g. 'LB25-004411' in the lab system."],
    ["an example after 'for example'", "Plates are written for example XY19 KLM on the form."],
    ["a German example", "Die Nummer hat das Format z.B. 4411-2233-55 auf der Karte."],
    ["an Italian drug code", "La farmacia propone il codice AIC 041122339 come equivalente."],
    ["a webinar date", "Webinar on sepsis bundles, 14-15 marzo 2026, online, 8 credits."],
    ["a hotel chain", "The conference delegates stayed at the Novotel near the station."],
    ["a workplace near a town", "Pesticide exposure at a tea plantation near Kericho: all sprayers screened."],
    ["a dictated home that is not a place", "lives alone in sheltered housing with a carer full stop"],
    ["a list line that is a citation", "1. SMITH J 2019-2021 - cohort of 400 patients"],
  ])("%s", (_label, text) => {
    expect(blocks(text)).toEqual([]);
  });

  it("a farm where the patient lives stays the patient's place", () => {
    expect(blocked("Aged 93, she lives on the family farm outside Ballinrobe with her son.", "address")).toContain("Ballinrobe");
  });
});

describe("values that stay the patient's near example-like words", () => {
  it("a course of treatment keeps its dates", () => {
    expect(blocked("She finished her course of steroids on 12 March 2024 and relapsed in May.", "date")).toContain("12 March 2024");
  });

  it("a documentation-range address in a patient's log is still an address", () => {
    expect(blocked("The portal log shows his login from 203.0.113.45 at 02:00.", "ip")).toContain("203.0.113.45");
  });
});
