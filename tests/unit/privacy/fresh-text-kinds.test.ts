import { describe, expect, it } from "vitest";
import { blockedAs, blocks } from "./helpers";

/**
 * Kinds of writing found on text written blind to the scanner (train batches 13 and 14), each
 * tested here in new words: elders' honorifics before an age, Romance ages in words, event-bound
 * ordinals, era-lettered and day/short-month dates, streets after a residence cue, Indian and
 * Vietnamese local units, record and card labels of more countries, call verbs in other
 * languages, and the public numbers (service lines, medicine registrations) that must stay silent.
 */

describe("ages over 89 after an elder's honorific or kinship word", () => {
  it.each([
    ["an elder in apposition", "Remote clinic. Elder, 94, from the north shore, new AF.", "94"],
    ["a lower-case elder", "Our community elder, 96, declines dialysis.", "96"],
    ["a Māori kuia with a long name", "Kuia Hine Te Rangi Moana, 91, wants to go home.", "91"],
    ["an Afrikaans oupa with particles", "Oupa Gert van den Berg, 97, fell at home.", "97"],
    ["a Korean grandmother word", "Kim Young-hee halmeoni, 92, lives alone.", "92"],
    ["a pronoun without its apostrophe", "daughter texted: hes 93 and wont go to hospital", "93"],
    ["a Spanish age in words after tener", "El abuelo tiene noventa y cuatro, vive solo.", "noventa y cuatro"],
    ["a Portuguese age in words after ter", "A senhora tem noventa e seis e mora sozinha.", "noventa e seis"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "age_over_89")).toContainEqual(span);
  });

  it.each([
    ["a lab value after tener", "La glucosa tiene noventa y dos mg por decilitro."],
    ["elder abuse rates", "Elder abuse rates, 90, 95 per 1000 in the survey."],
    ["a score after has", "The HbA1c she has is 93 and rising."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "age_over_89")).toEqual([]);
  });
});

describe("dates tied to an event", () => {
  it.each([
    ["an ordinal after LMP in lower case", "lnmp the 21st so about 5 weeks now", "the 21st"],
    ["an ordinal after 'due'", "next depot due the 9th, then he travels", "the 9th"],
    ["an ordinal after 'delivered'", "She delivered the 17th, now febrile.", "the 17th"],
    ["a day and a Spanish short month after FUM", "FUM 3/mar, beta positiva.", "3/mar"],
    ["a French day/month after 'jusqu'au'", "Arrêt prolongé jusqu'au 22/09, reprise ensuite.", "22/09"],
    ["a date after a syncope", "Fainted at work Oct. 14, no injury.", "Oct. 14"],
    ["a Heisei date after DOB", "DOB H4.11.23 on his insurance card.", "H4.11.23"],
    ["a YYMMDD birth date", "Name band: DOB 650412, ward 7.", "650412"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "date")).toContainEqual(span);
  });

  it.each([
    ["an ordinal of a day", "Rash appeared on the 4th day of amoxicillin."],
    ["an ordinal of a dose", "She delivered the 2nd dose late."],
    ["ordinals of cycles", "The 3rd and 4th cycles were delayed."],
    ["an ILO profusion", "CXR: ILO 1/2 p/s, no large opacity."],
    ["a section number", "See section S2.4.1 of the guideline."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "date")).toEqual([]);
  });
});

describe("places of a person", () => {
  it.each([
    ["a bare street after 'lives way up'", "she lives way up Turkey Creek Rd, no phone signal", "Turkey Creek Rd"],
    ["a bare street after 'lives off'", "Lives off Millbrook Lane with her son.", "Millbrook Lane"],
    ["a street name with a macron", "He lives at 9 Pōhutukawa Road, Whangārei.", "9 Pōhutukawa Road, Whangārei"],
    ["a capitalised occupation opening a sentence", "Welder from Tumbler Ridge, eye injury.", "Tumbler Ridge"],
    ["a French nursing home", "Résidente d'un EHPAD à Montbrison depuis 2019.", "Montbrison"],
    ["a town after an age and 'de'", "Señor de 77 años de Los Ángeles, disneico.", "Los Ángeles"],
    ["an Indian village post office", "Ramesh, VPO Kheri, Distt. Sonipat, snake bite.", "VPO Kheri"],
    ["an Indian tehsil abbreviation", "From Teh. Nakodar, farmer, paraquat.", "Teh. Nakodar"],
    ["a Vietnamese district in lower case", "Bệnh nhân ở quận Bình Thạnh, sốt cao.", "quận Bình Thạnh"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "address")).toContainEqual(span);
  });

  it.each([
    ["a doctor's town", "Dr Fiona Walsh from Mudgee is teaching the course again."],
    ["a region after 'the'", "We take referrals from the Kootenays and from the Interior."],
    ["a colleague role", "Researcher from Geneva presented the data."],
    ["training between a home cue and a town", "Home dialysis training in Napier takes six weeks."],
    ["a transplant city", "The family wants a transplant in Chennai."],
  ])("does not block %s", (_kind, text) => {
    expect(blockedAs(text, "address")).toEqual([]);
  });
});

describe("identifier labels of more countries and records", () => {
  it.each([
    ["a Spanish ficha", "Ficha 2209314, asma severa.", "mrn", "2209314"],
    ["a folio", "folio 2021/440918, TB resistente", "mrn", "2021/440918"],
    ["a Vietnamese patient code", "Mã bệnh nhân 24.118093, viêm phổi.", "mrn", "24.118093"],
    ["a Colombian TI", "Menor con TI 1.098.334.571, fractura.", "ssn", "1.098.334.571"],
    ["an Argentine prepaga number", "Afiliada a OSDE 62 118433 9 02, rechazo.", "health_plan", "62 118433 9 02"],
    ["a Vietnamese insurance card", "thẻ BHYT HC4012345678901 hết hạn", "health_plan", "HC4012345678901"],
    ["a census number", "Census no.: K-220914 on the band list.", "other_id", "K-220914"],
    ["a court file", "Court file: FC-5531870, custody hearing.", "other_id", "FC-5531870"],
    ["a German serial abbreviation", "Pumpe (Seriennr. PX-4410932) defekt.", "device", "PX-4410932"],
    ["a Chilean plate with a middle dot", "Conductor con PPU HKLR·35, sin cinturón.", "vehicle", "HKLR·35"],
  ] as const)("blocks %s", (_kind, text, category, span) => {
    expect(blockedAs(text, category)).toContainEqual(span);
  });

  it.each([
    ["a medicine registration (NAFDAC)", "Amoxiclav from a new supplier, NAFDAC reg B2-7781, failing?"],
    ["a medicine registration (ANVISA)", "ANVISA registro 1.2214.0077.003-1 do genérico."],
    ["a tricuspid TI", "TI moderada, PSAP 52 mmHg."],
    ["a drug data sheet", "Ver la ficha técnica del producto."],
  ])("does not block %s", (_kind, text) => {
    expect(blocks(text)).toEqual([]);
  });
});

describe("phones after call verbs of other languages, and public lines", () => {
  it.each([
    ["a Spanish call verb", "La hija pide que la llamen al 33 2817 4409 por la tarde.", "33 2817 4409"],
    ["a Vietnamese call word without accents", "con trai goi 0912 554 781 hoi ket qua", "0912 554 781"],
    ["a Vietnamese name 'chi' before a mobile", "chi Mai (con gai) 0987 221 443 moi toi", "0987 221 443"],
  ])("blocks %s", (_kind, text, span) => {
    expect(blockedAs(text, "phone")).toContainEqual(span);
  });

  it.each([
    ["a Chilean shared-cost line", "Fono Salud 600 420 1100 atiende 24 horas."],
    ["a Spanish freephone", "Línea gratuita 900 202 202 para dudas."],
  ])("does not block %s", (_kind, text) => {
    expect(blocks(text)).toEqual([]);
  });
});
