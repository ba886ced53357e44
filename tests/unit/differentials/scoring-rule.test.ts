import { describe, expect, it } from "vitest";
import { scoreDifferential } from "../../../src/server/differentials/brier";
import { collectiveDifferential } from "../../../src/server/differentials/collective";
import { diagnosisKey, groupKeys, sameSpelling } from "../../../src/server/differentials/diagnosis-keys";
import { othersDifferentialsVisible } from "../../../src/server/differentials/visibility";

describe("the Brier rule of ADR 0025", () => {
  it("scores a certain right answer 0 and a certain wrong one 2", () => {
    expect(scoreDifferential([{ probability: 100, matches: true }])).toMatchObject({ brier: 0, correctRank: 1, top1: true, top3: true });
    expect(scoreDifferential([{ probability: 100, matches: false }])).toMatchObject({ brier: 2, correctRank: null, top1: false, top3: false });
  });

  it("ranks by probability, keeping the member's order on a tie", () => {
    const items = [
      { probability: 20, matches: false },
      { probability: 20, matches: false },
      { probability: 20, matches: false },
      { probability: 30, matches: true },
    ];
    expect(scoreDifferential(items)).toMatchObject({ correctRank: 1 });
    expect(scoreDifferential(items.map((item, index) => ({ ...item, matches: index === 2 })))).toMatchObject({ correctRank: 4, top3: false });
  });
});

describe("diagnosis keys", () => {
  it("ignore case, accents, punctuation and spacing", () => {
    expect(diagnosisKey("  Löfgren's   Syndrome! ")).toBe("lofgren s syndrome");
  });

  it("treat a small misspelling of a long enough name as the same diagnosis, never of a short one", () => {
    expect(sameSpelling("sarcoidosis", "sarcoidsis")).toBe(true);
    expect(sameSpelling("sarcoidosis", "sarcodiosis")).toBe(true);
    expect(sameSpelling("hus", "ttp")).toBe(false);
    expect(sameSpelling("copd", "cops")).toBe(false);
    expect(sameSpelling("pulmonary embolism", "pulmonary embolsim")).toBe(true);
  });

  it("follow the author's merges, and survive a cycle", () => {
    const groups = groupKeys(
      new Map([
        ["tb", 2],
        ["tuberculosis", 1],
      ]),
      { tb: "tuberculosis", tuberculosis: "tb" },
    );
    expect(new Set(groups.values()).size).toBe(1);
  });
});

describe("the collective differential", () => {
  it("averages over every submitter, counting a diagnosis a differential lists twice once", () => {
    const { lines } = collectiveDifferential(
      [
        [
          { diagnosis: "Sarcoidosis", probability: 60 },
          { diagnosis: "Sarcoidsis", probability: 10 },
        ],
        [{ diagnosis: "Lymphoma", probability: 50 }],
      ],
      {},
    );
    expect(lines.map((line) => [line.label, line.meanProbability, line.namedBy])).toEqual([
      ["Sarcoidosis", 35, 1],
      ["Lymphoma", 25, 1],
    ]);
  });
});

describe("blindness", () => {
  it("shows others' differentials only after submitting one's own or once the case is solved", () => {
    expect(othersDifferentialsVisible({ viewerHasSubmitted: false, caseSolved: false })).toBe(false);
    expect(othersDifferentialsVisible({ viewerHasSubmitted: true, caseSolved: false })).toBe(true);
    expect(othersDifferentialsVisible({ viewerHasSubmitted: false, caseSolved: true })).toBe(true);
  });
});
