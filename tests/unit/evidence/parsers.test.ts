import { describe, expect, it } from "vitest";
import { parseCrossrefWork } from "../../../src/server/evidence/parse-crossref";
import { parseEsummary } from "../../../src/server/evidence/parse-esummary";

const crossref = (message: Record<string, unknown>) => ({ status: "ok", "message-type": "work", message: { DOI: "10.1000/x", title: ["T"], ...message } });

describe("reading Crossref works", () => {
  it("does not badge a retraction notice (its own update-to) as retracted", () => {
    const notice = parseCrossrefWork(crossref({ "update-to": [{ DOI: "10.1000/original", type: "retraction", label: "Retraction" }] }));
    expect(notice).toMatchObject({ kind: "found", work: { retracted: false } });
  });

  it("reads a relation is-retracted-by as a retraction, and a withdrawal too", () => {
    expect(parseCrossrefWork(crossref({ relation: { "is-retracted-by": [{ "id-type": "doi", id: "10.1000/notice", "asserted-by": "subject" }] } }))).toMatchObject({
      work: { retracted: true },
    });
    expect(parseCrossrefWork(crossref({ "updated-by": [{ DOI: "10.1000/w", type: "withdrawal" }] }))).toMatchObject({ work: { retracted: true } });
  });

  it("prefers the author marked first, and the container title as the journal", () => {
    const work = parseCrossrefWork(
      crossref({
        author: [
          { given: "B", family: "Second", sequence: "additional" },
          { given: "A", family: "First", sequence: "first" },
        ],
        "container-title": ["BMJ"],
        issued: { "date-parts": [[2019]] },
      }),
    );
    expect(work).toMatchObject({ work: { firstAuthor: "A First", journal: "BMJ", year: 2019 } });
  });

  it("refuses an answer that is not a work", () => {
    expect(parseCrossrefWork({ status: "failed", message: [] })).toMatchObject({ kind: "unreachable", reason: "malformed" });
  });
});

describe("reading PubMed esummary", () => {
  const summary = (record: Record<string, unknown>) => ({
    header: {},
    result: {
      uids: ["1"],
      "1": {
        uid: "1",
        title: "T.",
        pubdate: "2019 Dec",
        authors: [
          { name: "Group X", authtype: "CollectiveName" },
          { name: "Doe J", authtype: "Author" },
        ],
        ...record,
      },
    },
  });

  it("skips a collective name for the first author and reads the year from pubdate", () => {
    expect(parseEsummary(summary({}), "1")).toMatchObject({ work: { firstAuthor: "Doe J", year: 2019, retracted: false } });
  });

  it("reads Retraction in and Erratum in links", () => {
    expect(parseEsummary(summary({ references: [{ reftype: "Retraction in", pmid: 2 }] }), "1")).toMatchObject({ work: { retracted: true } });
    expect(parseEsummary(summary({ references: [{ reftype: "Erratum in", pmid: 3 }] }), "1")).toMatchObject({ work: { retracted: false, corrected: true } });
  });

  it("calls an answer about other uids, or NCBI's error, not found", () => {
    expect(parseEsummary(summary({}), "2")).toEqual({ kind: "not_found" });
    expect(parseEsummary({ header: {}, esummaryresult: ["Invalid uid 0 at position=0"] }, "0")).toEqual({ kind: "not_found" });
  });
});
