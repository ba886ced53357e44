import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupDoi, lookupNct, lookupPmid, type EvidenceSources } from "../../../src/server/evidence/sources";
import { lookupPmids } from "../../../src/server/evidence/pubmed-client";
import { crossrefFound, esummaryFound, startEvidenceStub, studyFound, troubleAnswers, type EvidenceStub } from "../../support/evidence-stub-server";

let stub: EvidenceStub;
let sources: EvidenceSources;

beforeAll(async () => {
  stub = await startEvidenceStub([
    ["pmid:31000001", esummaryFound("31000001", { title: "Early goal-directed therapy in septic shock.", authors: ["Rivers E", "Nguyen B"], year: 2001 })],
    ["pmid:31000002", esummaryFound("31000002", { title: "A retracted trial.", retracted: true })],
    ["pmid:31000003", troubleAnswers.slow(800, esummaryFound("31000003", { title: "Slow." }))],
    ["pmid:31000004", troubleAnswers.malformed()],
    ["pmid:31000005", troubleAnswers.serverError()],
    [
      "doi:10.1016/s0140-6736(20)31180-6",
      crossrefFound("10.1016/S0140-6736(20)31180-6", { title: "Hydroxychloroquine or chloroquine with or without a macrolide", retracted: true, year: 2020 }),
    ],
    [
      "doi:10.1056/nejmoa2021436",
      crossrefFound("10.1056/NEJMoa2021436", {
        title: "Dexamethasone in Hospitalized Patients with Covid-19",
        authors: ["Peter Horby"],
        journal: "New England Journal of Medicine",
        year: 2021,
        corrected: true,
      }),
    ],
    ["doi:10.1000/slow", troubleAnswers.slow(800, crossrefFound("10.1000/slow", { title: "Slow" }))],
    ["doi:10.1000/malformed", { kind: "json", body: { status: "ok", "message-type": "work", message: { title: "not a list" } } }],
    [
      "nct:NCT04381936",
      studyFound("NCT04381936", { title: "Randomised Evaluation of COVID-19 Therapy", official: "Peter Horby", sponsor: "University of Oxford", startDate: "2020-03-19" }),
    ],
    ["nct:NCT00000009", troubleAnswers.slow(800, studyFound("NCT00000009", { title: "Slow" }))],
    ["nct:NCT00000010", { kind: "json", body: { studies: [] } }],
  ]);
  sources = { pubmedBaseUrl: stub.url, crossrefBaseUrl: `${stub.url}/`, clinicalTrialsBaseUrl: stub.url, timeoutMs: 2000 };
});

afterAll(async () => {
  await stub.close();
});

describe("PubMed esummary client", () => {
  it("reads a found PMID's title, first author, journal and year", async () => {
    expect(await lookupPmid("31000001", sources)).toEqual({
      kind: "found",
      work: {
        title: "Early goal-directed therapy in septic shock.",
        firstAuthor: "Rivers E",
        journal: "The New England journal of medicine",
        year: 2001,
        retracted: false,
        corrected: false,
      },
    });
  });

  it("calls an unknown PMID not found", async () => {
    expect(await lookupPmid("39999999", sources)).toEqual({ kind: "not_found" });
  });

  it("flags the publication type Retracted Publication", async () => {
    const result = await lookupPmid("31000002", sources);
    expect(result.kind === "found" && result.work.retracted).toBe(true);
  });

  it("gives up on a slow answer after the timeout, as unreachable", async () => {
    const result = await lookupPmid("31000003", { ...sources, timeoutMs: 200 });
    expect(result).toMatchObject({ kind: "unreachable", reason: "timeout" });
  });

  it("calls malformed JSON and server errors unreachable, never a not-found", async () => {
    expect(await lookupPmid("31000004", sources)).toMatchObject({ kind: "unreachable", reason: "malformed" });
    expect(await lookupPmid("31000005", sources)).toMatchObject({ kind: "unreachable", reason: "http_status" });
  });

  it("asks for several PMIDs in one request and answers each", async () => {
    stub.requests.length = 0;
    const answers = await lookupPmids(["31000001", "31000002", "39999998"], sources);
    expect(stub.requests).toEqual(["/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=31000001,31000002,39999998"]);
    expect([...answers.entries()].map(([pmid, answer]) => [pmid, answer.kind === "found" ? answer.work.retracted : answer.kind])).toEqual([
      ["31000001", false],
      ["31000002", true],
      ["39999998", "not_found"],
    ]);
  });

  it("reports a refused connection as unreachable", async () => {
    expect(await lookupPmid("31000001", { ...sources, pubmedBaseUrl: "http://127.0.0.1:1" })).toMatchObject({ kind: "unreachable", reason: "network" });
  });
});

describe("Crossref client", () => {
  it("reads a found DOI and flags an updated-by retraction", async () => {
    const result = await lookupDoi("10.1016/s0140-6736(20)31180-6", sources);
    expect(result).toMatchObject({
      kind: "found",
      work: { title: "Hydroxychloroquine or chloroquine with or without a macrolide", firstAuthor: "Ada Smith", journal: "The Lancet", year: 2020, retracted: true },
    });
  });

  it("flags an updated-by correction without calling the work retracted", async () => {
    const result = await lookupDoi("10.1056/nejmoa2021436", sources);
    expect(result).toMatchObject({
      kind: "found",
      work: { firstAuthor: "Peter Horby", journal: "New England Journal of Medicine", year: 2021, retracted: false, corrected: true },
    });
  });

  it("calls a 404 not found", async () => {
    expect(await lookupDoi("10.1000/nothing-here", sources)).toEqual({ kind: "not_found" });
  });

  it("times out on a slow answer and refuses an unexpected shape", async () => {
    expect(await lookupDoi("10.1000/slow", { ...sources, timeoutMs: 200 })).toMatchObject({ kind: "unreachable", reason: "timeout" });
    expect(await lookupDoi("10.1000/malformed", sources)).toMatchObject({ kind: "unreachable", reason: "malformed" });
  });
});

describe("ClinicalTrials.gov v2 client", () => {
  it("reads a study's title, official, sponsor and start year", async () => {
    expect(await lookupNct("NCT04381936", sources)).toEqual({
      kind: "found",
      work: { title: "Randomised Evaluation of COVID-19 Therapy", firstAuthor: "Peter Horby", journal: "University of Oxford", year: 2020, retracted: false, corrected: false },
    });
  });

  it("calls a 404 not found, a slow answer a timeout and a foreign shape malformed", async () => {
    expect(await lookupNct("NCT00000001", sources)).toEqual({ kind: "not_found" });
    expect(await lookupNct("NCT00000009", { ...sources, timeoutMs: 200 })).toMatchObject({ kind: "unreachable", reason: "timeout" });
    expect(await lookupNct("NCT00000010", sources)).toMatchObject({ kind: "unreachable", reason: "malformed" });
  });
});
