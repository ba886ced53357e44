import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for the CMS NPI Registry (https://npiregistry.cms.hhs.gov) on 127.0.0.1, answering
 * `GET /api/?version=2.1&number=N` in the registry's v2.1 format from a table of fixtures.
 * Numbers missing from the table get the registry's no-match answer, as the real one does.
 */

/** One record of the `results` array, shaped as the registry sends it. */
export type NppesStubResult = Record<string, unknown>;

export type NppesStubFixture =
  /** A JSON answer (HTTP 200 unless `status` says otherwise). */
  | { kind: "json"; body: unknown; status?: number; delayMs?: number }
  /** Bytes as given: malformed JSON, an HTML error page… */
  | { kind: "raw"; body: string; status?: number; contentType?: string; delayMs?: number }
  /** Sends the status line and headers at once, then stalls `stallMs` before the body. */
  | { kind: "stalled-body"; body: unknown; stallMs: number };

/** A fixture answered in one piece (which `nppesAnswers.slow` can delay). */
export type NppesStubAnswer = Extract<NppesStubFixture, { kind: "json" | "raw" }>;

export interface NppesStub {
  /** Base URL to pass as `baseUrl`, e.g. "http://127.0.0.1:41234". */
  url: string;
  /** Every request's path and query, in arrival order; tests may clear it (`length = 0`). */
  requests: string[];
  /** The fixture table, by NPI; tests may change it between lookups. */
  fixtures: Map<string, NppesStubFixture>;
  close(): Promise<void>;
}

export interface StubIndividual {
  number: string;
  firstName?: string;
  lastName?: string;
  middleName?: string;
  status?: string;
  taxonomies?: { code: string; desc: string; state: string; license: string; primary: boolean }[];
}

/** An NPI-1 record as the registry sends it (names upper case, every field the real one has). */
export function individualResult(person: StubIndividual): NppesStubResult {
  return {
    created_epoch: "1183680000000",
    enumeration_type: "NPI-1",
    last_updated_epoch: "1700000000000",
    number: person.number,
    addresses: [
      {
        country_code: "US",
        country_name: "United States",
        address_purpose: "LOCATION",
        address_type: "DOM",
        address_1: "1 MAIN ST",
        city: "BOSTON",
        state: "MA",
        postal_code: "021141234",
        telephone_number: "617-555-0100",
      },
    ],
    practiceLocations: [],
    basic: {
      first_name: (person.firstName ?? "JANE").toUpperCase(),
      last_name: (person.lastName ?? "DOE").toUpperCase(),
      middle_name: (person.middleName ?? "Q").toUpperCase(),
      credential: "M.D.",
      sole_proprietor: "NO",
      sex: "F",
      enumeration_date: "2007-07-06",
      last_updated: "2023-11-14",
      status: person.status ?? "A",
      name_prefix: "Dr.",
    },
    taxonomies: person.taxonomies ?? [{ code: "207R00000X", taxonomy_group: "", desc: "Internal Medicine", state: "MA", license: "123456", primary: true }],
    identifiers: [],
    endpoints: [],
    other_names: [],
  };
}

/** An NPI-2 (organisation) record: `basic` names the organisation and its official instead. */
export function organisationResult(number: string): NppesStubResult {
  return {
    created_epoch: "1183680000000",
    enumeration_type: "NPI-2",
    last_updated_epoch: "1700000000000",
    number,
    addresses: [],
    practiceLocations: [],
    basic: {
      organization_name: "GENERAL HOSPITAL CORPORATION",
      organizational_subpart: "NO",
      enumeration_date: "2006-05-23",
      last_updated: "2022-01-10",
      certification_date: "2022-01-10",
      status: "A",
      authorized_official_first_name: "JANE",
      authorized_official_last_name: "DOE",
      authorized_official_telephone_number: "6175550100",
      authorized_official_title_or_position: "CFO",
      authorized_official_name_prefix: "--",
    },
    taxonomies: [{ code: "282N00000X", taxonomy_group: "", desc: "General Acute Care Hospital", state: "MA", license: "2231", primary: true }],
    identifiers: [],
    endpoints: [],
    other_names: [],
  };
}

/** Ready-made fixtures in the registry's real formats. */
export const nppesAnswers = {
  found: (result: NppesStubResult): NppesStubAnswer => ({ kind: "json", body: { result_count: 1, results: [result] } }),
  notFound: (): NppesStubAnswer => ({ kind: "json", body: { result_count: 0, results: [] } }),
  /** What the registry says to a query it refuses, with HTTP 200. */
  errors: (number: string): NppesStubAnswer => ({
    kind: "json",
    body: { Errors: [{ description: "Field number must be a 10 digit NPI.", field: "number", number }] },
  }),
  serverError: (): NppesStubAnswer => ({ kind: "raw", status: 500, contentType: "text/html", body: "<html><body>Internal Server Error</body></html>" }),
  malformed: (): NppesStubAnswer => ({ kind: "raw", body: '{"result_count": 1, "results": [{"enumeration_type": "NPI-1", ', contentType: "application/json" }),
  /** `inner`, answered only after `delayMs`. */
  slow: (delayMs: number, inner: NppesStubAnswer): NppesStubAnswer => ({ ...inner, delayMs }),
  stalledBody: (result: NppesStubResult, stallMs: number): NppesStubFixture => ({
    kind: "stalled-body",
    body: { result_count: 1, results: [result] },
    stallMs,
  }),
};

export async function startNppesStub(fixtures: Iterable<[string, NppesStubFixture]> = []): Promise<NppesStub> {
  const table = new Map(fixtures);
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const send = (res: ServerResponse, status: number, contentType: string, body: string) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" || url.pathname !== "/api/") {
      send(res, 404, "text/plain", "Not Found");
      return;
    }
    const number = url.searchParams.get("number") ?? "";
    // The real registry insists on a version; answering like it does makes a wrong query visible.
    if (url.searchParams.get("version") !== "2.1") {
      send(res, 200, "application/json", JSON.stringify({ Errors: [{ description: "Field version is required", field: "version" }] }));
      return;
    }
    const fixture = table.get(number) ?? nppesAnswers.notFound();
    switch (fixture.kind) {
      case "json":
      case "raw": {
        const body = fixture.kind === "json" ? JSON.stringify(fixture.body) : fixture.body;
        const contentType = fixture.kind === "raw" ? (fixture.contentType ?? "application/json") : "application/json";
        const reply = () => send(res, fixture.status ?? 200, contentType, body);
        if (fixture.delayMs) later(fixture.delayMs, reply);
        else reply();
        return;
      }
      case "stalled-body": {
        const body = JSON.stringify(fixture.body);
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.flushHeaders();
        later(fixture.stallMs, () => {
          if (!res.destroyed) res.end(body);
        });
        return;
      }
    }
  };

  const server = createServer(handle);
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
      // Slow fixtures leave sockets open on purpose; don't wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
