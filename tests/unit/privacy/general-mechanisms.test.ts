import { describe, expect, it } from "vitest";
import { intlMonthNames, intlWeekdayNames } from "../../../src/server/privacy/lexicon/intl-months";
import { blocks, warns } from "./helpers";

/** The blocked substrings of a text. */
function blocked(text: string): string[] {
  return blocks(text).map((f) => f.text);
}

describe("month and weekday names from the runtime's Intl data", () => {
  it("has the names of every script, lower-cased, with folded accents, and no English ones", () => {
    const months = intlMonthNames();
    expect(months).not.toBeNull();
    for (const m of ["mars", "março", "marco", "марта", "март", "μαρτίου", "μαρτιου", "március", "marcius", "března", "มีนาคม", "stycznia", "farvardin", "ramazan", "መጋቢት"]) {
      expect(months?.has(m), m).toBe(true);
    }
    for (const m of ["march", "mar", "out", "set", "mehr", "tir", "may"]) expect(months?.has(m), m).toBe(false);
    expect(intlWeekdayNames()?.has("sexta-feira")).toBe(true);
    expect(intlWeekdayNames()?.has("monday")).toBe(false);
  });

  it("blocks a day and a month of another language next to a patient's event", () => {
    expect(blocked("Пациентка поступила 3 марта 1952 г. с одышкой.")).toContain("3 марта 1952");
    expect(blocked("Ο ασθενής εισήχθη στις 14 Μαρτίου με πυρετό.")).toContain("14 Μαρτίου");
    expect(blocked("Přijata 3. března 2021 pro dušnost.")).toContain("3. března 2021");
    expect(blocked("ผู้ป่วยเข้ารับการรักษาวันที่ 3 มีนาคม")).toContain("3 มีนาคม");
    expect(blocked("Internada na sexta-feira, 3 de março, por dispneia.").join(" ")).toContain("3 de março");
    expect(blocked("The patient was admitted 3 Farvardin.")).toContain("3 Farvardin");
  });

  it("reads the month-day order (Hungarian) and a month and year after an event", () => {
    expect(blocked("A beteg március 3-án érkezett a sürgősségire.")).toContain("március 3-án");
    expect(blocked("Született 1952. március 14. Budapesten.").join(" ")).toContain("március 14.");
    expect(blocked("Internada em março de 2023 por pneumonia.")).toContain("março de 2023");
  });

  it("leaves words that only look like short month names, public dates and services' dates", () => {
    expect(blocks("1 out of 3 patients improved.")).toEqual([]);
    expect(blocks("We ordered 2 set of labs.")).toEqual([]);
    expect(blocks("The 2023 ESC guidelines were published 3 mars 2023.")).toEqual([]);
    expect(blocks("Línea de atención desde mayo de 2022 para todos.")).toEqual([]);
    expect(blocks("Le congrès aura lieu le 12 mars 2025 à Lyon.")).toEqual([]);
  });
});

describe("an unexplained long number is an identifier", () => {
  it("blocks a 9-16 digit number after a label of any language", () => {
    expect(blocked("CNP: 1520314123456, internată ieri.")).toContain("1520314123456");
    expect(blocked("AMKA 01015212345 της ασθενούς.")).toContain("01015212345");
    expect(blocked("СНИЛС 123-456-789 01 в карте.").join(" ")).toContain("123-456-789");
    expect(blocked("Ausweis-Nr. 4839 2210 77 liegt vor.").join(" ")).toContain("4839 2210 77");
    expect(blocked("Kode № 50231 88412 di kartu.")).toContain("50231 88412");
  });

  it("blocks it in a sentence about the patient or a relative", () => {
    expect(blocked("His card reads 8450 2231 907 on the back.").join(" ")).toContain("8450 2231 907");
    expect(blocked("La paciente trajo 40 221 930 77 en su carnet.").join(" ")).toContain("40 221 930 77");
  });

  it("blocks an unlabelled run that passes a check rule, and warns on one that does not", () => {
    // 79927398713 passes Luhn.
    expect(blocked("Found 79927398713 on the form.")).toContain("79927398713");
    expect(warns("Found 79927398710 on the form.").map((f) => f.text)).toContain("79927398710");
    expect(blocks("Found 79927398710 on the form.")).toEqual([]);
  });

  it("leaves public and clinical numbers", () => {
    for (const text of [
      "World population 8 000 000 000 people by now.",
      "Call 0800 123 4567 for the poison centre.",
      "See ISBN 978-0-306-40615-7, chapter 3.",
      "SNOMED 404684003 is the code we use.",
      "Cohorts of 2019 2020 2021 were pooled.",
      "The lot number 123456789 was recalled.",
      "Platelets 150 000 000 per mL is too precise.",
      "The budget is 1 250 000 000 this year.",
      "Supply chain ID 1004517782 for the heparin bag.",
      "The hotline 600 360 7777 is open all night.",
    ]) {
      expect(blocks(text), text).toEqual([]);
    }
  });
});
