import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * One stand-in on 127.0.0.1 for the three sources of evidence cards, each on its real path and
 * in its real response format:
 * - NCBI E-utilities: `GET /entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=PMID[,PMID…]`
 * - Crossref: `GET /works/{DOI}` (the DOI escaped as one segment)
 * - ClinicalTrials.gov API v2: `GET /api/v2/studies/{NCT}`
 * Pass its `url` as all three base URLs. Fixtures are keyed "pmid:123", "doi:10.1/x" (lower
 * case) and "nct:NCT01234567"; anything missing gets the source's own "not found" answer.
 */

export type EvidenceStubAnswer =
  | { kind: "json"; body: unknown; status?: number; delayMs?: number }
  | { kind: "raw"; body: string; status?: number; contentType?: string; delayMs?: number };

export interface EvidenceStub {
  url: string;
  /** Every request's path and query, in arrival order; tests may clear it (`length = 0`). */
  requests: string[];
  /** Keyed "pmid:…", "doi:…", "nct:…"; tests may change it between lookups. */
  fixtures: Map<string, EvidenceStubAnswer>;
  close(): Promise<void>;
}

export interface StubPaper {
  title: string;
  authors?: string[];
  journal?: string;
  year?: number;
  retracted?: boolean;
  corrected?: boolean;
}

/** esummary's answer for one PMID, as NCBI sends it (retmode=json). */
export function esummaryFound(pmid: string, paper: StubPaper): EvidenceStubAnswer {
  return {
    kind: "json",
    body: {
      header: { type: "esummary", version: "0.3" },
      result: {
        uids: [pmid],
        [pmid]: {
          uid: pmid,
          pubdate: `${paper.year ?? 2020} Mar 5`,
          epubdate: `${paper.year ?? 2020} Feb 1`,
          source: "N Engl J Med",
          authors: (paper.authors ?? ["Smith J", "Doe A"]).map((name) => ({ name, authtype: "Author", clusterid: "" })),
          lastauthor: (paper.authors ?? ["Doe A"]).at(-1),
          title: paper.title,
          sorttitle: paper.title.toLowerCase(),
          volume: "382",
          issue: "10",
          pages: "901-912",
          lang: ["eng"],
          nlmuniqueid: "0255562",
          issn: "0028-4793",
          essn: "1533-4406",
          pubtype: paper.retracted ? ["Journal Article", "Retracted Publication"] : ["Journal Article", "Randomized Controlled Trial"],
          recordstatus: "PubMed - indexed for MEDLINE",
          pubstatus: "4",
          articleids: [{ idtype: "pubmed", idtypen: 1, value: pmid }],
          history: [],
          references: paper.corrected ? [{ refsource: "N Engl J Med. 2021;384(2):200", reftype: "Erratum in", pmid: 33000001, note: "" }] : [],
          attributes: ["Has Abstract"],
          fulljournalname: paper.journal ?? "The New England journal of medicine",
          elocationid: "doi: 10.1056/NEJMoa0000000",
          doctype: "citation",
          sortpubdate: `${paper.year ?? 2020}/03/05 00:00`,
          sortfirstauthor: (paper.authors ?? ["Smith J"])[0],
        },
      },
    },
  };
}

/** esummary's answer for a PMID it has no record of (HTTP 200, an error inside the record). */
export function esummaryMissing(pmid: string): EvidenceStubAnswer {
  return { kind: "json", body: { header: { type: "esummary", version: "0.3" }, result: { uids: [pmid], [pmid]: { uid: pmid, error: "cannot get document summary" } } } };
}

/** Crossref's `/works/{doi}` answer, with `updated-by` for a retraction or correction. */
export function crossrefFound(doi: string, paper: StubPaper): EvidenceStubAnswer {
  const updatedBy = [
    ...(paper.retracted
      ? [{ updated: { "date-parts": [[2021, 6, 1]], timestamp: 1622505600000 }, DOI: `${doi}-retraction`, type: "retraction", source: "publisher", label: "Retraction" }]
      : []),
    ...(paper.corrected
      ? [{ updated: { "date-parts": [[2021, 1, 1]], timestamp: 1609459200000 }, DOI: `${doi}-erratum`, type: "correction", source: "publisher", label: "Correction" }]
      : []),
  ];
  const names = paper.authors ?? ["Ada Smith", "Ben Doe"];
  return {
    kind: "json",
    body: {
      status: "ok",
      "message-type": "work",
      "message-version": "1.0.0",
      message: {
        indexed: { "date-parts": [[2024, 1, 2]], "date-time": "2024-01-02T00:00:00Z", timestamp: 1704153600000 },
        "reference-count": 30,
        publisher: "Elsevier BV",
        DOI: doi,
        type: "journal-article",
        title: [paper.title],
        author: names.map((name, index) => {
          const [given, ...family] = name.split(" ");
          return { given, family: family.join(" "), sequence: index === 0 ? "first" : "additional", affiliation: [] };
        }),
        "container-title": [paper.journal ?? "The Lancet"],
        "short-container-title": ["Lancet"],
        issued: { "date-parts": [[paper.year ?? 2020, 6, 1]] },
        published: { "date-parts": [[paper.year ?? 2020, 6, 1]] },
        ...(updatedBy.length ? { "updated-by": updatedBy } : {}),
        URL: `https://doi.org/${doi}`,
        ISSN: ["0140-6736"],
      },
    },
  };
}

/** Crossref's answer for an unknown DOI: HTTP 404 with a plain sentence. */
export function crossrefMissing(): EvidenceStubAnswer {
  return { kind: "raw", status: 404, contentType: "text/plain", body: "Resource not found." };
}

/** A ClinicalTrials.gov v2 study. */
export function studyFound(nct: string, trial: { title: string; official?: string; sponsor?: string; startDate?: string }): EvidenceStubAnswer {
  return {
    kind: "json",
    body: {
      protocolSection: {
        identificationModule: {
          nctId: nct,
          orgStudyIdInfo: { id: "ORG-1" },
          organization: { fullName: "Example University", class: "OTHER" },
          briefTitle: trial.title,
          officialTitle: `${trial.title}: a randomised trial`,
        },
        statusModule: { overallStatus: "COMPLETED", startDateStruct: { date: trial.startDate ?? "2019-03", type: "ACTUAL" }, studyFirstSubmitDate: "2018-11-02" },
        sponsorCollaboratorsModule: { leadSponsor: { name: trial.sponsor ?? "Example University", class: "OTHER" } },
        contactsLocationsModule: { overallOfficials: [{ name: trial.official ?? "Ada Smith, MD", affiliation: "Example University", role: "PRINCIPAL_INVESTIGATOR" }] },
      },
      derivedSection: {},
      hasResults: false,
    },
  };
}

/** ClinicalTrials.gov's answer for an unknown NCT number: HTTP 404. */
export function studyMissing(): EvidenceStubAnswer {
  return { kind: "raw", status: 404, contentType: "text/plain", body: "Study not found" };
}

export const troubleAnswers = {
  malformed: (): EvidenceStubAnswer => ({ kind: "raw", body: '{"result": {"uids": [', contentType: "application/json" }),
  serverError: (): EvidenceStubAnswer => ({ kind: "raw", status: 503, contentType: "text/html", body: "<html><body>Service Unavailable</body></html>" }),
  slow: (delayMs: number, inner: EvidenceStubAnswer): EvidenceStubAnswer => ({ ...inner, delayMs }),
};

export async function startEvidenceStub(fixtures: Iterable<[string, EvidenceStubAnswer]> = []): Promise<EvidenceStub> {
  const table = new Map(fixtures);
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, status: number, contentType: string, body: string) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
    res.end(body);
  };

  const answer = (req: IncomingMessage): { key: string; missing: () => EvidenceStubAnswer } | null => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/entrez/eutils/esummary.fcgi" && url.searchParams.get("db") === "pubmed") {
      const pmid = url.searchParams.get("id") ?? "";
      return { key: `pmid:${pmid}`, missing: () => esummaryMissing(pmid) };
    }
    const work = /^\/works\/([^/]+)$/.exec(url.pathname);
    if (work) return { key: `doi:${decodeURIComponent(work[1]!).toLowerCase()}`, missing: crossrefMissing };
    const study = /^\/api\/v2\/studies\/([^/]+)$/.exec(url.pathname);
    if (study) return { key: `nct:${decodeURIComponent(study[1]!).toUpperCase()}`, missing: studyMissing };
    return null;
  };

  /**
   * esummary for a comma list of PMIDs, as NCBI answers it: one `result` with every uid and its
   * record. A raw (broken) fixture for any of them breaks the whole answer; the slowest delay wins.
   */
  const esummaryList = (pmids: string[]): EvidenceStubAnswer => {
    const answers = pmids.map((pmid) => table.get(`pmid:${pmid}`) ?? esummaryMissing(pmid));
    const delayMs = Math.max(0, ...answers.map((answer) => answer.delayMs ?? 0));
    const raw = answers.find((answer) => answer.kind === "raw");
    if (raw) return { ...raw, delayMs };
    const result: Record<string, unknown> = { uids: pmids };
    for (const answer of answers) {
      const body = (answer.kind === "json" ? answer.body : {}) as { result?: Record<string, unknown> };
      for (const [key, value] of Object.entries(body.result ?? {})) if (key !== "uids") result[key] = value;
    }
    return { kind: "json", body: { header: { type: "esummary", version: "0.3" }, result }, delayMs };
  };

  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const route = req.method === "GET" ? answer(req) : null;
    if (!route) {
      send(res, 404, "text/plain", "Not Found");
      return;
    }
    const fixture = route.key.startsWith("pmid:") && route.key.includes(",") ? esummaryList(route.key.slice(5).split(",")) : (table.get(route.key) ?? route.missing());
    const body = fixture.kind === "json" ? JSON.stringify(fixture.body) : fixture.body;
    const contentType = fixture.kind === "raw" ? (fixture.contentType ?? "application/json") : "application/json";
    const reply = () => send(res, fixture.status ?? 200, contentType, body);
    if (!fixture.delayMs) return reply();
    const timer = setTimeout(() => {
      timers.delete(timer);
      reply();
    }, fixture.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fixtures: table,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
