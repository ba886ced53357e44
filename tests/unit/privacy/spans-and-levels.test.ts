import { describe, expect, it } from "vitest";
import { hintFor, PHI_CATEGORIES } from "../../../src/server/privacy/index";
import { blocks, flagged, scan, warns } from "./helpers";

describe("spans", () => {
  it("points start/end at exactly the identifier", () => {
    const text = "Ms. Ingrid Solberg, MRN 5521093, DOB 04/11/1957, cell 415-555-0133.";
    const spans = scan(text).map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(["Ingrid Solberg", "5521093", "04/11/1957", "415-555-0133"]);
  });
  it("excludes the keyword from an identifier's span", () => {
    const text = "SSN: 219-09-9999";
    const [f] = scan(text);
    expect(f && text.slice(f.start, f.end)).toBe("219-09-9999");
  });
  it("returns findings sorted by start and never overlapping", () => {
    const text = "Pt: KRAMER, JOSEPH T   DOB: 12/03/1944   Acct#: 7781204\nLives at 7 Harbor View Terrace, Unit 12, Gloucester MA 01930. Wife Deborah (deb.kramer@aol.com).";
    const findings = scan(text);
    for (let i = 1; i < findings.length; i++) {
      const prev = findings[i - 1];
      const cur = findings[i];
      expect(prev && cur && prev.end <= cur.start).toBe(true);
    }
  });
  it("keeps an identifier inside a patient link as one link finding", () => {
    const text = "He sent https://portal.example.org/billing?acct=5590213 - opens without login.";
    expect(flagged(text)).toEqual([{ category: "url", level: "block", text: "https://portal.example.org/billing?acct=5590213" }]);
  });
  it("returns nothing for empty text", () => {
    expect(scan("")).toEqual([]);
  });
  it("uses UTF-16 offsets so accented text slices correctly", () => {
    const text = "Señora José Núñez-García, 64, con disnea.";
    expect(blocks(text).map((f) => f.text)).toContain("José Núñez-García");
  });
});

describe("levels", () => {
  it("warns, not blocks, on the physician's own phone line", () => {
    expect(warns("If you need the order set, call my cell, 646-555-0191.")).toEqual([{ category: "phone", level: "warn", text: "646-555-0191" }]);
  });
  it("warns on an institution's line with no person attached", () => {
    expect(flagged("Call the transfer center at 312-555-0100 for direct admits.")).toEqual([{ category: "phone", level: "warn", text: "312-555-0100" }]);
  });
  it("blocks an institution's line that belongs to the patient's circle", () => {
    expect(blocks("Fax it to her employer's HR department at 919-555-0126.")).toEqual([{ category: "fax", level: "block", text: "919-555-0126" }]);
  });
  it("warns on a first name and surname with no cue", () => {
    expect(flagged("Reading Carl Sagan on the night shift again.")).toEqual([{ category: "name", level: "warn", text: "Carl Sagan" }]);
  });
  it("blocks a decade band over 89 tied to a person (narrower than the 90+ aggregate)", () => {
    expect(flagged("She is in her late 90s and lives alone.")).toEqual([{ category: "age_over_89", level: "block", text: "late 90s" }]);
  });
  it("warns on a month and day with no cue", () => {
    expect(flagged("Daylight saving ended Nov 5 and half our clinic no-showed.")).toEqual([{ category: "date", level: "warn", text: "Nov 5" }]);
  });
  it("warns on an unkeyed seven-digit number", () => {
    expect(flagged("Reference 4471823 came back on the fax.")).toEqual([{ category: "other_id", level: "warn", text: "4471823" }]);
  });
  it("does not report a social handle without a platform cue (forum mentions)", () => {
    expect(flagged("Agree with @cardsfellow22 on this one.")).toEqual([]);
  });
});

describe("messages", () => {
  it("gives every category a concrete hint", () => {
    for (const c of PHI_CATEGORIES) expect(hintFor(c).length).toBeGreaterThan(20);
  });
  it("tells the physician how to rewrite a date", () => {
    const [f] = scan("Admitted 03/14/2024 with DKA.");
    expect(f?.message).toContain("day 3 of admission");
  });
  it("tells the physician to use an age band", () => {
    const [f] = scan("A 94-year-old with syncope.");
    expect(f?.message).toContain("90 or older");
  });
  it("asks for confirmation on warn findings", () => {
    const [f] = scan("Reading Carl Sagan on the night shift again.");
    expect(f?.message).toMatch(/not patient information/);
  });
});
