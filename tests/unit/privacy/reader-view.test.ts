import { describe, expect, it } from "vitest";
import { originalSpan, readerView } from "../../../src/server/privacy/reader-view";
import { blockedAs, blocks, scan } from "./helpers";

describe("identifiers written to look plain but not be plain are still found", () => {
  it.each([
    ["zero-width spaces inside a number", "MRN: 1234\u200B5678\u200B90", "mrn", "1234\u200B5678\u200B90"],
    ["a soft hyphen and a word joiner", "Her mobile is 0412\u00AD345\u2060678.", "phone", "0412\u00AD345\u2060678"],
    ["full-width digits", "MRN １２３４５６７８", "mrn", "１２３４５６７８"],
    ["mathematical bold digits", "Her mobile: 𝟎𝟒𝟏𝟐 𝟑𝟒𝟓 𝟔𝟕𝟖", "phone", "𝟎𝟒𝟏𝟐 𝟑𝟒𝟓 𝟔𝟕𝟖"],
    ["Devanagari digits", "बेटे का मोबाइल ९८७६५४३२१० है, please call him", "phone", "९८७६५४३२१०"],
    ["Arabic-Indic digits", "The son's mobile ٠٥٠١٢٣٤٥٦٧, call him", "phone", "٠٥٠١٢٣٤٥٦٧"],
    ["non-breaking hyphens", "SSN 123\u201145\u20116789", "ssn", "123\u201145\u20116789"],
    ["no-break spaces", "Her mobile is 0412\u00A0345\u00A0678.", "phone", "0412\u00A0345\u00A0678"],
    ["Markdown escapes", "Her mobile is 0412\\-345\\-678.", "phone", "0412\\-345\\-678"],
    ["a character reference", "Her mobile is &#48;412 345 678.", "phone", "&#48;412 345 678"],
    ["emphasis inside the number", "Her mobile is 0412**345**678.", "phone", "0412**345**678"],
    ["a letter O for a zero", "Her mobile is O412 345 678.", "phone", "O412 345 678"],
    ["a letter O inside a record number", "MRN: 12O45678", "mrn", "12O45678"],
    ["a label and a number spaced out", "m r n 1 2 3 4 5 6 7 8", "mrn", "1 2 3 4 5 6 7 8"],
  ] as const)("%s", (_kind, text, category, shown) => {
    expect(blockedAs(text, category)).toEqual([shown]);
  });

  it("reads a Cyrillic letter inside a Latin name as the Latin letter", () => {
    const text = "Pt: Mаriа Gonzаlez, seen today."; // а is Cyrillic
    expect(blockedAs(text, "name")).toEqual(["Mаriа Gonzаlez"]);
  });

  it("leaves O2, CO2 and pO2 as they are", () => {
    expect(readerView("On O2 2L, CO2 45, pO2 80.").text).toBe("On O2 2L, CO2 45, pO2 80.");
  });

  it("leaves words wholly in Cyrillic or Greek as they are", () => {
    const view = readerView("Пациентка жалуется на боль; β-блокатор, α = 0.05.");
    expect(view.text).toBe("Пациентка жалуется на боль; β-блокатор, α = 0.05.");
  });
});

describe("the reader's view maps every finding back to the original characters", () => {
  it("returns plain text untouched, with no map", () => {
    const view = readerView("Plain ASCII text, 3*4 = 12 and p < 0.05.");
    expect(view.starts).toBeNull();
    expect(view.text).toBe("Plain ASCII text, 3*4 = 12 and p < 0.05.");
  });

  it("maps a span in the view to the original span that shows it", () => {
    const original = "a\u200Bb\\-c&#48;d";
    const view = readerView(original);
    expect(view.text).toBe("ab-c0d");
    expect(originalSpan(view, 2, 5)).toEqual({ start: 3, end: 11 }); // "-c0" <- "\\-c&#48;"
    expect(original.slice(0, originalSpan(view, 0, 6).end)).toBe(original);
  });

  it("keeps every finding's span inside the text and its findings apart, whatever is inserted", () => {
    const base = "Mrs. Adaeze Okafor, DOB 14/03/1952, MRN 20417733, mobile 0803 123 4567, lives at 12 Adeola Odeku St, Lagos.";
    const inserts = ["\u200B", "\u00AD", "\u00A0", "\\-", "**", "&#48;", "\uFEFF"];
    for (let seed = 1; seed <= 40; seed++) {
      let text = "";
      for (let i = 0; i < base.length; i++) {
        text += base.charAt(i);
        if ((i * 7919 + seed * 104729) % 11 === 0) text += inserts[(i + seed) % inserts.length];
      }
      const findings = scan(text);
      let last = 0;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        last = f.end;
      }
      expect(blocks(text).length, text).toBeGreaterThan(0);
    }
  });
});

describe("form fields and spaced-out words", () => {
  it("reads a value pasted on the line after its label", () => {
    expect(blockedAs("MRN:\n12345678", "mrn")).toEqual(["12345678"]);
    expect(blockedAs("Patient name:\nJohn Smith", "name")).toEqual(["John Smith"]);
  });

  it("does not take the next field as the value of an empty one", () => {
    expect(blockedAs("MRN:\nDOB: 03/14/1952", "mrn")).toEqual([]);
  });

  it("leaves short spaced codes alone", () => {
    expect(blocks("GCS E 3 V 4 M 6, options a b c")).toEqual([]);
  });
});

describe("e-mail addresses written to dodge a filter", () => {
  it.each([
    ["brackets", "Her email is jane.doe [at] gmail [dot] com", "jane.doe [at] gmail [dot] com"],
    ["words", "email: jane.doe at gmail dot com", "jane.doe at gmail dot com"],
    ["parentheses", "contact jane.doe(at)gmail.com", "jane.doe(at)gmail.com"],
  ] as const)("blocks an address with %s", (_kind, text, shown) => {
    expect(blockedAs(text, "email")).toEqual([shown]);
  });

  it("does not read a link after 'at' in prose as an address", () => {
    expect(blocks("Results are available at labcorp.com as usual.")).toEqual([]);
  });
});
