import { describe, expect, it } from "vitest";
import { matchesWhere } from "../../../src/server/privacy/context";

describe("matchesWhere (a slow u-flag regex tried only where a cheap one matches)", () => {
  it("finds exactly the matches matchAll finds, in order, when the cheap regex accepts wherever the exact one matches", () => {
    const exact = /(?<![\p{L}])(?:village|gram)[ \t]{1,2}/uy;
    const global = new RegExp(exact.source, "gu");
    const candidate = /(?:village|gram)[ \t]{1,2}/g;
    for (const text of ["village Kakori, gram Sabha", "Övillage x village y", "programgram village", "éclat gram  village", "no place here"]) {
      const found = matchesWhere(text, candidate, exact).map((m) => [m.index, m[0]]);
      expect(found).toEqual([...text.matchAll(global)].map((m) => [m.index, m[0]]));
    }
  });
});
