import { describe, expect, it } from "vitest";
import { isValidNpi, npiCheckDigit, npiSchema } from "../../../src/server/auth/npi";
import { evaluateNppesEvidence, namesMatch, normalizeName, type NppesRecord } from "../../../src/server/auth/nppes";
import { parseInput } from "../../../src/server/validation";

describe("npiCheckDigit", () => {
  it("computes 3 for 123456789 (the CMS example 1234567893)", () => {
    expect(npiCheckDigit("123456789")).toBe("3");
  });

  it("computes the Luhn digit over the number prefixed with 80840", () => {
    // Plain Luhn over "80840" + 9 digits + check digit sums to a multiple of 10.
    for (const first9 of ["100000000", "199999999", "200000000", "987654321", "155555555"]) {
      const full = `80840${first9}${npiCheckDigit(first9)}`;
      let sum = 0;
      [...full].reverse().forEach((char, i) => {
        let d = Number(char);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      });
      expect(sum % 10).toBe(0);
    }
  });

  it("refuses anything but 9 digits", () => {
    expect(() => npiCheckDigit("12345678")).toThrow(RangeError);
    expect(() => npiCheckDigit("12345678a")).toThrow(RangeError);
  });
});

describe("isValidNpi", () => {
  it("accepts 1234567893", () => {
    expect(isValidNpi("1234567893")).toBe(true);
  });

  it("rejects 1234567890 (wrong check digit)", () => {
    expect(isValidNpi("1234567890")).toBe(false);
  });

  it("rejects every single-digit typo of a valid NPI", () => {
    const valid = "1234567893";
    for (let i = 1; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        if (typo !== valid) expect(isValidNpi(typo)).toBe(false);
      }
    }
  });

  it("accepts an organisation NPI starting with 2", () => {
    const first9 = "200000003";
    expect(isValidNpi(first9 + npiCheckDigit(first9))).toBe(true);
  });

  it("rejects a number starting with anything but 1 or 2, even with a correct Luhn digit", () => {
    const first9 = "323456789";
    expect(isValidNpi(first9 + npiCheckDigit(first9))).toBe(false);
  });

  it("rejects 9 or 11 digits, letters and inner spaces", () => {
    for (const value of ["123456789", "12345678930", "123456789X", "1234 567893", ""]) expect(isValidNpi(value)).toBe(false);
  });
});

describe("npiSchema", () => {
  it("trims spaces around and inside the number", () => {
    expect(npiSchema.parse("  1234 567 893 ")).toBe("1234567893");
  });

  it("says an NPI has exactly 10 digits when it is too short", () => {
    expect(() => parseInput(npiSchema, "123456789")).toThrow("An NPI has exactly 10 digits.");
  });

  it("says an NPI has exactly 10 digits when it has letters", () => {
    expect(() => parseInput(npiSchema, "12345678ab")).toThrow("An NPI has exactly 10 digits.");
  });

  it("says an NPI has exactly 10 digits when it is not a string", () => {
    expect(() => parseInput(npiSchema, 1234567893)).toThrow("An NPI has exactly 10 digits.");
  });

  it("says an NPI starts with 1 or 2", () => {
    expect(() => parseInput(npiSchema, "3234567893")).toThrow("An NPI starts with 1 or 2.");
  });

  it("points to a typo when the check digit is wrong", () => {
    expect(() => parseInput(npiSchema, "1234567890")).toThrow("This NPI's check digit is wrong: please check for a typo.");
  });

  it("reports one problem per bad value", () => {
    const result = npiSchema.safeParse("9");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
  });

  it("never echoes the value in its error", () => {
    const result = npiSchema.safeParse("1234567890");
    expect(JSON.stringify(result.error?.issues)).not.toContain("1234567890");
  });
});

const record = (overrides: Partial<NppesRecord> = {}): NppesRecord => ({
  number: "1234567893",
  enumerationType: "NPI-1",
  status: "A",
  firstName: "ROBERT",
  middleName: "JAMES",
  lastName: "O'BRIEN-SMITH",
  organizationName: null,
  credential: "M.D.",
  taxonomies: [
    { code: "207Q00000X", description: "Family Medicine", primary: true, state: "TX", licence: "A1234" },
    { code: "207QA0505X", description: "Adult Medicine", primary: false, state: "ok", licence: "B55" },
    { code: "207Q00000X", description: "Family Medicine", primary: false, state: "TX", licence: "A1234" },
  ],
  ...overrides,
});

describe("name matching against the registry", () => {
  const registry = record();

  it("folds case, accents, punctuation, hyphens and extra spaces", () => {
    expect(normalizeName("  José-María  O'Neil ")).toBe("josemariaoneil");
    expect(normalizeName("ZOË")).toBe(normalizeName("zoe"));
  });

  it("matches the exact name in any case", () => {
    expect(namesMatch(registry, { firstName: "robert", lastName: "o'brien-smith" })).toBe(true);
  });

  it("matches a last name typed without punctuation or with spaces for hyphens", () => {
    expect(namesMatch(registry, { firstName: "Robert", lastName: "OBrien Smith" })).toBe(true);
    expect(namesMatch(registry, { firstName: "Robert", lastName: "O’Brien–Smith" })).toBe(true);
  });

  it("matches an accented name against the registry's unaccented upper case", () => {
    expect(namesMatch(record({ firstName: "JOSE", lastName: "NUNEZ" }), { firstName: "José", lastName: "Núñez" })).toBe(true);
  });

  it("matches a letter Unicode does not decompose, by its usual transliteration", () => {
    expect(namesMatch(record({ firstName: "LUKASZ", lastName: "STRASSER" }), { firstName: "Łukasz", lastName: "Straßer" })).toBe(true);
  });

  it("ignores a generational suffix on the last name", () => {
    expect(namesMatch(record({ lastName: "DOE" }), { firstName: "Robert", lastName: "Doe Jr." })).toBe(true);
  });

  it("matches a first name that starts the registry's with at least 3 letters", () => {
    expect(namesMatch(registry, { firstName: "Rob", lastName: "O'Brien-Smith" })).toBe(true);
  });

  it("does not match a first-name prefix shorter than 3 letters", () => {
    expect(namesMatch(registry, { firstName: "Ro", lastName: "O'Brien-Smith" })).toBe(false);
    expect(namesMatch(registry, { firstName: "R.", lastName: "O'Brien-Smith" })).toBe(false);
  });

  it("matches a short first name that equals the registry's exactly", () => {
    expect(namesMatch(record({ firstName: "AL" }), { firstName: "Al", lastName: "O'Brien-Smith" })).toBe(true);
  });

  it("matches first and middle names typed together", () => {
    expect(namesMatch(registry, { firstName: "Robert James", lastName: "O'Brien-Smith" })).toBe(true);
  });

  it("does not match a nickname that is not a prefix", () => {
    expect(namesMatch(registry, { firstName: "Bob", lastName: "O'Brien-Smith" })).toBe(false);
  });

  it("does not match a first name longer than the registry's", () => {
    expect(namesMatch(record({ firstName: "JANE" }), { firstName: "Janet", lastName: "O'Brien-Smith" })).toBe(false);
  });

  it("does not match a last name that only starts the registry's", () => {
    expect(namesMatch(registry, { firstName: "Robert", lastName: "O'Brien" })).toBe(false);
  });

  it("does not match empty names", () => {
    expect(namesMatch(registry, { firstName: "", lastName: "" })).toBe(false);
    expect(namesMatch(record({ firstName: null, lastName: null }), { firstName: "", lastName: "" })).toBe(false);
  });
});

describe("evaluateNppesEvidence", () => {
  const applicant = { firstName: "Rob", lastName: "O'Brien-Smith", licenceState: "ok " };

  it("lists every licence state once, upper case, and matches the declared state case-insensitively", () => {
    const evidence = evaluateNppesEvidence(record(), applicant);
    expect(evidence.licenceStates).toEqual(["TX", "OK"]);
    expect(evidence.licenceStateMatches).toBe(true);
  });

  it("takes the primary taxonomy's description, not the first one listed", () => {
    const taxonomies = [
      { code: "207QA0505X", description: "Adult Medicine", primary: false, state: "TX", licence: "1" },
      { code: "207Q00000X", description: "Family Medicine", primary: true, state: "TX", licence: "1" },
    ];
    expect(evaluateNppesEvidence(record({ taxonomies }), applicant).primaryTaxonomy).toBe("Family Medicine");
  });

  it("is a full match when everything agrees", () => {
    expect(evaluateNppesEvidence(record(), applicant).fullMatch).toBe(true);
  });

  it("is not a full match without a primary taxonomy", () => {
    const taxonomies = [{ code: "207Q00000X", description: "Family Medicine", primary: false, state: "OK", licence: "1" }];
    const evidence = evaluateNppesEvidence(record({ taxonomies }), applicant);
    expect(evidence).toMatchObject({ primaryTaxonomy: null, licenceStateMatches: true, fullMatch: false });
  });

  it("is not a full match when the primary taxonomy is not a physician's (a nurse practitioner)", () => {
    const taxonomies = [{ code: "363L00000X", description: "Nurse Practitioner", primary: true, state: "OK", licence: "1" }];
    const evidence = evaluateNppesEvidence(record({ taxonomies }), applicant);
    expect(evidence).toMatchObject({ primaryTaxonomy: "Nurse Practitioner", physicianTaxonomy: false, fullMatch: false });
  });

  it("is not a full match with no licence state on record", () => {
    const taxonomies = [{ code: "207Q00000X", description: "Family Medicine", primary: true, state: null, licence: null }];
    expect(evaluateNppesEvidence(record({ taxonomies }), applicant)).toMatchObject({ licenceStates: [], fullMatch: false });
  });

  it("omits checkedAt unless a time is given", () => {
    expect(evaluateNppesEvidence(record(), applicant)).not.toHaveProperty("checkedAt");
    expect(evaluateNppesEvidence(record(), applicant, 42).checkedAt).toBe(42);
  });
});
