import { describe, expect, it } from "vitest";
import { GENERATED_TOWNS_CODED, GENERATED_WORD_TOWNS_CODED } from "../../../src/server/privacy/lexicon/generated-towns";
import * as browserTowns from "../../../src/server/privacy/lexicon/generated-towns.browser";
import { isListedCity } from "../../../src/server/privacy/lexicon/city-lookup";
import { blockedAs, blocks, warns } from "./helpers";

/**
 * Towns far below the browser's cities (ADR 0039): the server knows ~20,000 towns of 15,000+
 * inhabitants, so a weak cue ("her daughter in", "a daycare in") ties them to the patient. The
 * sentences are written for these tests.
 */
describe("towns the server knows after a weak cue", () => {
  it.each([
    ["Her daughter in Inverness visits monthly; she is 84 and on apixaban.", "Inverness"],
    ["The nursing home in Toowoomba rang about her falls.", "Toowoomba"],
    ["The school in Bendigo called about his absence seizures.", "Bendigo"],
    ["Grandson in Kirkcaldy wants to be the contact for decisions.", "Kirkcaldy"],
    ["Son in Hialeah has power of attorney.", "Hialeah"],
  ])("%s", (text, town) => {
    expect(blockedAs(text, "address")).toContain(town);
  });
});

describe("what the towns do not change", () => {
  it("a town named like a word of another language is read only when written with a capital", () => {
    expect(blocks("La paciente vive con su hija en una zona rural, 86 años, caídas.").filter((f) => f.category === "address")).toEqual([]);
  });

  it("a disease named for a place is not a home: 'fiebre de La Oroya'", () => {
    expect(blocks("Murió de fiebre de La Oroya, la misma enfermedad que la verruga peruana.").filter((f) => f.category === "address")).toEqual([]);
  });

  it("where a patient was hospitalised or transferred warns and does not block", () => {
    const text = "Homme de 87 ans, hospitalisé à Lyon pour décompensation, transféré ensuite à Villeurbanne.";
    expect(blocks(text).filter((f) => f.category === "address")).toEqual([]);
    expect(warns(text).map((f) => f.text)).toContain("Villeurbanne");
  });

  it("a person's name is never dropped for being a small town's name too (names ask the cities alone)", () => {
    expect(isListedCity("Ballarat")).toBe(true);
    expect(isListedCity("Ballarat", "cities")).toBe(false);
  });
});

describe("the towns stay on the server", () => {
  it("the server's list holds thousands of towns and the browser's copy none", () => {
    expect(GENERATED_TOWNS_CODED.length).toBeGreaterThan(50_000);
    expect(GENERATED_WORD_TOWNS_CODED.length).toBeGreaterThan(1_000);
    expect(browserTowns.GENERATED_TOWNS_CODED).toBe("");
    expect(browserTowns.GENERATED_WORD_TOWNS_CODED).toBe("");
  });
});
