import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "../../../src/server/search/query-parser";

const match = (q: string) => parseSearchQuery(q).match;
const refusal = (q: string) => {
  try {
    parseSearchQuery(q);
    return null;
  } catch (error) {
    return error as { code: string; message: string };
  }
};

describe("parseSearchQuery writes FTS5 MATCH expressions", () => {
  it("quotes every word and ANDs them", () => {
    expect(match("lactate clearance")).toBe('"lactate" AND "clearance"');
  });

  it("keeps an exact phrase as one FTS5 string", () => {
    expect(match('"septic shock" vasopressin')).toBe('"septic shock" AND "vasopressin"');
  });

  it("groups terms joined by OR", () => {
    expect(match("sepsis OR bacteremia OR fungemia lactate")).toBe('("sepsis" OR "bacteremia" OR "fungemia") AND "lactate"');
    expect(match('"septic shock" OR sepsis')).toBe('("septic shock" OR "sepsis")');
  });

  it("puts exclusions after NOT, with - or NOT", () => {
    expect(match("sepsis -neonatal")).toBe('("sepsis") NOT "neonatal"');
    expect(match('sepsis -neonatal -"preterm infant"')).toBe('("sepsis") NOT ("neonatal" OR "preterm infant")');
    expect(match("sepsis NOT neonatal")).toBe('("sepsis") NOT "neonatal"');
  });

  it("marks a trailing * as a prefix, on a word or a phrase", () => {
    expect(match("lact*")).toBe('"lact"*');
    expect(match('"septic sho"*')).toBe('"septic sho"*');
  });

  it("ignores a capitalised AND, and treats lower-case or/and/not as words", () => {
    expect(match("sepsis AND lactate")).toBe('"sepsis" AND "lactate"');
    expect(match("sepsis or lactate not")).toBe('"sepsis" AND "or" AND "lactate" AND "not"');
  });

  it("turns FTS5 syntax that was typed into quoted text", () => {
    expect(match("title:sepsis")).toBe('"title:sepsis"');
    expect(match("NEAR(a b)")).toBe('"NEAR(a" AND "b)"');
    expect(match("^start {title body}:x")).toBe('"^start" AND "{title" AND "body}:x"');
    expect(match("COVID-19")).toBe('"COVID-19"');
  });

  it("drops terms with nothing to search for, and a dash standing alone", () => {
    expect(match("sepsis - ... * lactate")).toBe('"sepsis" AND "lactate"');
    expect(match('sepsis ""')).toBe('"sepsis"');
  });

  it("treats control characters as spaces", () => {
    expect(match("sepsis\u0000lactate\u0007")).toBe('"sepsis" AND "lactate"');
  });
});

describe("parseSearchQuery refuses, naming the problem", () => {
  it.each([
    ["", "Type a word or phrase to search for."],
    ["   \n ", "Type a word or phrase to search for."],
    ['lactate "septic shock', 'Close the quotation mark after "septic shock.'],
    ['"', "Close the quotation mark, or remove it."],
    ["-sepsis", "Add a word to look for: -sepsis only leaves posts out."],
    ['-"septic shock"', 'Add a word to look for: -"septic shock" only leaves posts out.'],
    ["OR sepsis", 'Put a word on each side of OR, as in "sepsis OR bacteremia".'],
    ["sepsis OR OR shock", 'Put a word on each side of OR, as in "sepsis OR bacteremia".'],
    ["sepsis OR -shock", "OR joins words to look for; an excluded word (-shock) cannot be one of them."],
    ["la*", "Type at least 3 letters before * (as in lact*), not la*."],
    ["...", "Type a word or phrase to search for: it needs letters or numbers."],
    ["x".repeat(201), "Your search is 201 characters long; keep it to 200 or fewer."],
    [Array.from({ length: 21 }, (_, i) => `w${i}`).join(" "), "Your search has 21 terms; use 20 or fewer."],
  ])("%j", (q, message) => {
    expect(refusal(q)).toMatchObject({ code: "INVALID", message, fields: { q: message } });
  });

  it("accepts exactly 200 characters and 20 terms", () => {
    expect(refusal("x".repeat(200))).toBeNull();
    expect(refusal(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toBeNull();
  });

  it("cuts a long unclosed phrase short in the message", () => {
    expect(refusal(`"${"a".repeat(60)}`)?.message).toBe(`Close the quotation mark after "${"a".repeat(40)}….`);
  });
});
