import { describe, expect, it } from "vitest";
import { blocks, flagged } from "./helpers";

/**
 * Phone and fax numbers in every country's writing (src/server/privacy/detectors/contact.ts with
 * the numbering plans in lexicon/phone-plans.ts): with a country code, with a trunk prefix, or
 * after a cue. Numbers that are not a person's (helplines, freephone lines, lab values, dates,
 * codes and other identifiers) are not read as phones.
 */
function phoneBlocks(text: string): Array<{ category: string; text: string }> {
  return blocks(text)
    .filter((f) => f.category === "phone" || f.category === "fax")
    .map((f) => ({ category: f.category, text: f.text }));
}

describe("phone numbers with a country code", () => {
  it.each([
    ["French", "Call the son on +33 1 42 68 53 00.", "+33 1 42 68 53 00"],
    ["French with the written trunk", "Fille : +33 (0)6 12 34 56 78", "+33 (0)6 12 34 56 78"],
    ["Brazilian", "whatsapp +55 11 98765 4321", "+55 11 98765 4321"],
    ["Indian", "Son: +91 98765 43210", "+91 98765 43210"],
    ["German", "Tel. +49 30 1234567", "+49 30 1234567"],
    ["Nigerian", "Brother +234 803 123 4567", "+234 803 123 4567"],
    ["UK dialled with 00", "Dial 0044 20 7946 0123 for the daughter.", "0044 20 7946 0123"],
  ])("blocks a %s number", (_kind, text, span) => {
    expect(phoneBlocks(text)).toContainEqual({ category: "phone", text: span });
  });
});

describe("national numbers without a country code", () => {
  it.each([
    ["French mobile in pairs", "Her mobile is 06 12 34 56 78.", "06 12 34 56 78"],
    ["Australian mobile", "Daughter's mobile 0412 345 678.", "0412 345 678"],
    ["Australian landline with area code", "Home (02) 9876 5432.", "(02) 9876 5432"],
    ["Brazilian mobile", "Wife's cell (11) 98765-4321.", "(11) 98765-4321"],
    ["Indian landline", "Landline 022-24567890.", "022-24567890"],
    ["UK mobile", "Mrs O'Malley, mobile 07700 900461, rang.", "07700 900461"],
    ["UK London landline", "His number is 020 7946 0123.", "020 7946 0123"],
    ["German mobile", "Tochter 0151 23456789", "0151 23456789"],
    ["German landline with a slash", "Telefon 030/1234567", "030/1234567"],
    ["South African mobile", "Call his mother on 082 555 1234.", "082 555 1234"],
    ["Irish mobile", "Irish mobile 087 123 4567", "087 123 4567"],
    ["Japanese mobile", "Daughter's keitai 090-1234-5678", "090-1234-5678"],
    ["Nigerian mobile", "Mobile 0803 123 4567", "0803 123 4567"],
    ["Spanish mobile after a cue", "Spanish mobile 612 345 678", "612 345 678"],
    ["Chinese mobile after a Chinese cue", "电话 138 5430 6650", "138 5430 6650"],
    ["a local number after a cue", "Pt's phone 9123 4567", "9123 4567"],
  ])("blocks a %s", (_kind, text, span) => {
    expect(phoneBlocks(text)).toContainEqual({ category: "phone", text: span });
  });

  it("reads a number after 'fax' as a fax", () => {
    expect(phoneBlocks("Fax: 01 23 45 67 89")).toEqual([{ category: "fax", text: "01 23 45 67 89" }]);
  });

  it("blocks the number a patient called from, even into the physician's clinic", () => {
    expect(phoneBlocks("I think she's the one who rang our clinic yesterday from 0401 674 942.")).toEqual([{ category: "phone", text: "0401 674 942" }]);
  });

  it("leaves a number after the phone out of its span", () => {
    expect(phoneBlocks("Call 0412 345 678 2 times a day if needed")).toEqual([{ category: "phone", text: "0412 345 678" }]);
  });
});

describe("phones after unusual cues and in unusual writing", () => {
  it.each([
    ["a relative's number after 'on'", "and the local attender on 97311-20458 says otherwise", "97311-20458"],
    ["a Brazilian number after 'zap'", "Mandei o laudo no zap do filho, 21 9 8123-4410.", "21 9 8123-4410"],
    ["a number a relative rang the poster from", "Her nephew telephoned me at 01 47 22 18 09 about her.", "01 47 22 18 09"],
    ["a number in a quoted voicemail", 'Voicemail: "hi it\'s Dot about dad, call me back on 021 447 3308 ta"', "021 447 3308"],
    ["a dictated number in words", "NOK the son, mobile oh four one two seven seven three oh nine one", "oh four one two seven seven three oh nine one"],
    ["a dictated number with 'double'", "ring the daughter on oh seven seven double oh nine one two three four", "oh seven seven double oh nine one two three four"],
  ])("blocks %s", (_kind, text, span) => {
    expect(phoneBlocks(text)).toContainEqual({ category: "phone", text: span });
  });
});

describe("numbers that are not a person's phone", () => {
  it.each([
    ["lab values", "Hb 12.3, WBC 11 000, plt 150 000"],
    ["a platelet count", "platelets 150000"],
    ["a date and a time", "Seen 03.12.2023 10:30 in clinic"],
    ["UK helplines", "NHS 111 or call 0800 123 4567"],
    ["an Australian helpline", "Lifeline 13 11 14"],
    ["an Australian freecall number", "Call 1800 123 456"],
    ["a clinic's line", "Call the clinic on 0300 123 4567"],
    ["a run of measurements", "Readings 120 140 160 180 200"],
    ["measurements with a unit", "Reading 12 34 56 78 90 mmHg"],
    ["decimals", "Pt was 0.5 1.5 2.5 3.5"],
    ["a device serial number", "Her pump (Tandem t:slim X2, SN 90412277) keeps alarming"],
    ["a study count", "The study enrolled 12 345 678 patients"],
    ["the poster's own WhatsApp in Portuguese", "Meu zap pra quem quiser o protocolo: 21 98811-2044"],
    ["a colleague's number", "Call Dr Okoro, the on-call nephrologist, on 07700 900 552."],
    ["the registrar's number", "The surgical reg is on 0161 496 0731 tonight."],
    ["a pharmacy item code", "Pyxis item 00074-4552-01 is out of stock."],
    ["counting in words", "One two three four five six seven, breathe out slowly."],
  ])("does not block %s as a phone", (_kind, text) => {
    expect(phoneBlocks(text)).toEqual([]);
  });

  it("warns, not blocks, on a grouped number after the label of another identifier", () => {
    expect(flagged("Ref 0123 4567 89")).toContainEqual({ category: "phone", level: "warn", text: "0123 4567 89" });
  });
});
