import { describe, expect, it } from "vitest";
import { referenceInQuery, referenceUrl, scanIdentifiers, uniqueReferences } from "../../../src/server/evidence/identifiers";
import { linkReferencesInHtml } from "../../../src/server/evidence/link-references";

const keys = (text: string) => uniqueReferences(scanIdentifiers(text)).map((key) => `${key.kind}:${key.identifier}`);

describe("identifiers in text", () => {
  it("recognises a labelled PMID, a DOI and an NCT number, in order", () => {
    expect(keys("See PMID: 12345678, then 10.1056/NEJMoa2021436 and nct04381936.")).toEqual(["pmid:12345678", "doi:10.1056/nejmoa2021436", "nct:NCT04381936"]);
  });

  it("never reads a bare number as a PMID", () => {
    expect(keys("gave 12345678 units, MRN 12345678")).toEqual([]);
  });

  it("keeps a DOI's own parentheses and drops the sentence's", () => {
    expect(keys("(doi 10.1016/S0140-6736(20)31180-6).")).toEqual(["doi:10.1016/s0140-6736(20)31180-6"]);
  });

  it("counts a work cited twice once", () => {
    expect(keys("PMID 1 and again PMID:1")).toEqual(["pmid:1"]);
  });

  it("reads a search query that is exactly one identifier", () => {
    expect(referenceInQuery(" PMID: 123 ")).toEqual({ kind: "pmid", identifier: "123" });
    expect(referenceInQuery("https://doi.org/10.1056/NEJMoa2021436")).toEqual({ kind: "doi", identifier: "10.1056/nejmoa2021436" });
    expect(referenceInQuery("sepsis PMID: 123")).toBeNull();
  });

  it("links each source's public page", () => {
    expect(referenceUrl({ kind: "pmid", identifier: "123" })).toBe("https://pubmed.ncbi.nlm.nih.gov/123/");
    expect(referenceUrl({ kind: "doi", identifier: "10.1016/s0140-6736(20)31180-6" })).toBe("https://doi.org/10.1016/s0140-6736%2820%2931180-6");
    expect(referenceUrl({ kind: "nct", identifier: "NCT04381936" })).toBe("https://clinicaltrials.gov/study/NCT04381936");
  });
});

describe("linking identifiers in rendered HTML", () => {
  it("links identifiers in text but not in code, and cites an autolinked DOI without a second link", () => {
    const { html, references } = linkReferencesInHtml('<p>PMID: 42 and <a href="https://doi.org/10.1000/abcd">https://doi.org/10.1000/abcd</a></p><pre><code>PMID: 7</code></pre>');
    expect(html).toBe(
      '<p><a class="evidence-link" rel="nofollow noopener ugc" href="https://pubmed.ncbi.nlm.nih.gov/42/">PMID: 42</a> and <a href="https://doi.org/10.1000/abcd">https://doi.org/10.1000/abcd</a></p><pre><code>PMID: 7</code></pre>',
    );
    expect(references).toEqual([
      { kind: "pmid", identifier: "42" },
      { kind: "doi", identifier: "10.1000/abcd" },
    ]);
  });
});
