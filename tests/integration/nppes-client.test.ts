import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { npiCheckDigit } from "../../src/server/auth/npi";
import { evaluateNppesEvidence, lookupNpi, type NppesLookupResult, type NppesRecord } from "../../src/server/auth/nppes";
import { individualResult, nppesAnswers, organisationResult, startNppesStub, type NppesStub } from "../support/nppes-stub-server";

/** A valid NPI from its first 9 digits. */
const npi = (first9: string) => first9 + npiCheckDigit(first9);

const numbers = {
  found: npi("123456789"),
  notFound: npi("100000001"),
  inactive: npi("100000002"),
  organisation: npi("200000003"),
  otherName: npi("100000004"),
  slow: npi("100000005"),
  stalledBody: npi("100000006"),
  serverError: npi("100000007"),
  malformed: npi("100000008"),
  errors: npi("100000009"),
  wrongNumber: npi("100000010"),
  legacyNumericNumber: npi("100000011"),
};

const applicant = { firstName: "Jane", lastName: "Doe", licenceState: "MA" };

let stub: NppesStub;

beforeAll(async () => {
  stub = await startNppesStub([
    [numbers.found, nppesAnswers.found(individualResult({ number: numbers.found }))],
    [numbers.inactive, nppesAnswers.found(individualResult({ number: numbers.inactive, status: "D" }))],
    [numbers.organisation, nppesAnswers.found(organisationResult(numbers.organisation))],
    [numbers.otherName, nppesAnswers.found(individualResult({ number: numbers.otherName, firstName: "MARIA", lastName: "GONZALEZ" }))],
    [numbers.slow, nppesAnswers.slow(1000, nppesAnswers.found(individualResult({ number: numbers.slow })))],
    [numbers.stalledBody, nppesAnswers.stalledBody(individualResult({ number: numbers.stalledBody }), 1000)],
    [numbers.serverError, nppesAnswers.serverError()],
    [numbers.malformed, nppesAnswers.malformed()],
    [numbers.errors, nppesAnswers.errors(numbers.errors)],
    [numbers.wrongNumber, nppesAnswers.found(individualResult({ number: numbers.found }))],
    [numbers.legacyNumericNumber, nppesAnswers.found({ ...individualResult({ number: numbers.legacyNumericNumber }), number: Number(numbers.legacyNumericNumber) })],
  ]);
});

afterAll(async () => {
  await stub.close();
});

beforeEach(() => {
  stub.requests.length = 0;
});

const lookup = (number: string, timeoutMs = 2000) => lookupNpi(number, { baseUrl: stub.url, timeoutMs });

function expectFound(result: NppesLookupResult): NppesRecord {
  if (result.kind !== "found") throw new Error(`expected found, got ${JSON.stringify(result)}`);
  return result.record;
}

describe("lookupNpi against a registry in the v2.1 format", () => {
  it("asks GET /api/?version=2.1&number=N, exactly once", async () => {
    await lookup(numbers.found);
    expect(stub.requests).toEqual([`/api/?version=2.1&number=${numbers.found}`]);
  });

  it("returns an individual's record with names, status and taxonomies", async () => {
    const record = expectFound(await lookup(numbers.found));
    expect(record).toEqual({
      number: numbers.found,
      enumerationType: "NPI-1",
      status: "A",
      firstName: "JANE",
      middleName: "Q",
      lastName: "DOE",
      organizationName: null,
      credential: "M.D.",
      taxonomies: [{ code: "207R00000X", description: "Internal Medicine", primary: true, state: "MA", licence: "123456" }],
    });
  });

  it("accepts a base URL with a trailing slash", async () => {
    const result = await lookupNpi(numbers.found, { baseUrl: `${stub.url}/` });
    expect(result.kind).toBe("found");
    expect(stub.requests).toEqual([`/api/?version=2.1&number=${numbers.found}`]);
  });

  it("returns not_found for a number the registry has no record of", async () => {
    expect(await lookup(numbers.notFound)).toEqual({ kind: "not_found" });
    expect(stub.requests).toHaveLength(1);
  });

  it("returns not_found for a number failing the check digit, without asking the registry", async () => {
    expect(await lookup("1234567890")).toEqual({ kind: "not_found" });
    expect(stub.requests).toHaveLength(0);
  });

  it("returns an inactive record as found, with its status", async () => {
    expect(expectFound(await lookup(numbers.inactive)).status).toBe("D");
  });

  it("returns an organisation (NPI-2) with its organisation name and no person's name", async () => {
    const record = expectFound(await lookup(numbers.organisation));
    expect(record).toMatchObject({
      enumerationType: "NPI-2",
      organizationName: "GENERAL HOSPITAL CORPORATION",
      firstName: null,
      lastName: null,
    });
  });

  it("accepts the number sent as a JSON number, as older answers did", async () => {
    expect(expectFound(await lookup(numbers.legacyNumericNumber)).number).toBe(numbers.legacyNumericNumber);
  });

  it("gives up on a slow registry at the timeout, well before it answers", async () => {
    const started = performance.now();
    const result = await lookup(numbers.slow, 200);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ kind: "unreachable", reason: "timeout" });
    expect(elapsed).toBeLessThan(700);
    expect(stub.requests).toHaveLength(1);
  });

  it("applies the timeout to the body as well as the headers", async () => {
    const started = performance.now();
    const result = await lookup(numbers.stalledBody, 200);
    expect(result).toMatchObject({ kind: "unreachable", reason: "timeout" });
    expect(performance.now() - started).toBeLessThan(700);
  });

  it("returns unreachable on HTTP 500, after a single request", async () => {
    expect(await lookup(numbers.serverError)).toMatchObject({ kind: "unreachable", reason: "http_status" });
    expect(stub.requests).toHaveLength(1);
  });

  it("returns unreachable on malformed JSON", async () => {
    expect(await lookup(numbers.malformed)).toMatchObject({ kind: "unreachable", reason: "malformed" });
  });

  it("returns unreachable on an Errors answer sent with HTTP 200", async () => {
    expect(await lookup(numbers.errors)).toMatchObject({ kind: "unreachable", reason: "registry_error" });
  });

  it("returns unreachable when the answer is about a different number", async () => {
    expect(await lookup(numbers.wrongNumber)).toMatchObject({ kind: "unreachable", reason: "malformed" });
  });

  it("returns unreachable when nothing listens at the base URL", async () => {
    const gone = await startNppesStub();
    const url = gone.url;
    await gone.close();
    expect(await lookupNpi(numbers.found, { baseUrl: url, timeoutMs: 2000 })).toMatchObject({
      kind: "unreachable",
      reason: "network",
    });
  });

  it("returns unreachable instead of throwing when the injected fetch throws", async () => {
    const failingFetch: typeof fetch = () => Promise.reject(new TypeError("fetch failed"));
    expect(await lookupNpi(numbers.found, { baseUrl: stub.url, fetch: failingFetch })).toMatchObject({
      kind: "unreachable",
      reason: "network",
    });
  });

  it("never puts the NPI in an unreachable result's detail", async () => {
    for (const number of [numbers.serverError, numbers.malformed, numbers.errors, numbers.wrongNumber]) {
      const result = await lookup(number);
      expect(result.kind).toBe("unreachable");
      expect(JSON.stringify(result)).not.toContain(number);
    }
  });

  it("makes one request per lookup, so repeated checks never multiply into a storm", async () => {
    await Promise.all([lookup(numbers.serverError), lookup(numbers.malformed), lookup(numbers.slow, 200)]);
    expect(stub.requests).toHaveLength(3);
  });
});

describe("NPPES evidence from registry answers", () => {
  it("is a full match for an active individual physician with the applicant's name and licence state", async () => {
    const record = expectFound(await lookup(numbers.found));
    expect(evaluateNppesEvidence(record, applicant, 1_767_225_600_000)).toEqual({
      checkedAt: 1_767_225_600_000,
      individual: true,
      active: true,
      nameMatches: true,
      registryName: "JANE DOE",
      primaryTaxonomy: "Internal Medicine",
      primaryTaxonomyCode: "207R00000X",
      physicianTaxonomy: true,
      licenceStates: ["MA"],
      licenceStateMatches: true,
      fullMatch: true,
    });
  });

  it("is not a full match for an inactive NPI", async () => {
    const evidence = evaluateNppesEvidence(expectFound(await lookup(numbers.inactive)), applicant);
    expect(evidence).toMatchObject({ active: false, nameMatches: true, fullMatch: false });
  });

  it("is not a full match for an organisation, even when its official has the applicant's name", async () => {
    const evidence = evaluateNppesEvidence(expectFound(await lookup(numbers.organisation)), applicant);
    expect(evidence).toMatchObject({
      individual: false,
      nameMatches: false,
      registryName: "GENERAL HOSPITAL CORPORATION",
      fullMatch: false,
    });
  });

  it("is not a full match when the registry's name is someone else's", async () => {
    const evidence = evaluateNppesEvidence(expectFound(await lookup(numbers.otherName)), applicant);
    expect(evidence).toMatchObject({ nameMatches: false, registryName: "MARIA GONZALEZ", fullMatch: false });
  });

  it("is not a full match when the licence state differs from the declared one", async () => {
    const evidence = evaluateNppesEvidence(expectFound(await lookup(numbers.found)), { ...applicant, licenceState: "NY" });
    expect(evidence).toMatchObject({ licenceStates: ["MA"], licenceStateMatches: false, fullMatch: false });
  });
});
