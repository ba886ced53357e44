import { describe, expect, it } from "vitest";
import { assertSameOriginRequest } from "../../../src/server/auth/csrf";

const site = "https://rounds.example";
const bodies = {
  form: "multipart/form-data; boundary=x",
  "text/plain": "text/plain",
  urlencoded: "application/x-www-form-urlencoded;",
  json: "application/json",
} as const;
const foreignOrigins = {
  foreign: { origin: "https://evil.example", secFetchSite: "cross-site" },
  null: { origin: "null", secFetchSite: "cross-site" },
  missing: { origin: null, secFetchSite: null },
} as const;

describe("CSRF guard", () => {
  for (const [bodyName, contentType] of Object.entries(bodies)) {
    for (const [originName, headers] of Object.entries(foreignOrigins)) {
      for (const jsonOnly of [false, true]) {
        it(`refuses a ${bodyName} POST with a ${originName} Origin on ${jsonOnly ? "a JSON route" : "a form page"}`, () => {
          expect(() => assertSameOriginRequest({ method: "POST", siteOrigin: site, contentType, jsonOnly, ...headers })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
        });
      }
    }
  }

  it("accepts a POST from a server (no Origin, no Sec-Fetch-Site) only where the route allows it: one-click unsubscribe", () => {
    const fromServer = { method: "POST", siteOrigin: site, origin: null, secFetchSite: null, contentType: bodies.urlencoded, jsonOnly: false };
    expect(() => assertSameOriginRequest({ ...fromServer, allowNonBrowser: true })).not.toThrow();
    expect(() => assertSameOriginRequest(fromServer)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    // A browser always says where it comes from: a cross-site one stays refused on that route too.
    for (const headers of [foreignOrigins.foreign, foreignOrigins.null, { origin: null, secFetchSite: "cross-site" }]) {
      expect(() => assertSameOriginRequest({ ...fromServer, ...headers, allowNonBrowser: true })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });

  it("accepts a same-origin form POST on a form page", () => {
    expect(() =>
      assertSameOriginRequest({ method: "POST", siteOrigin: site, origin: site, secFetchSite: "same-origin", contentType: bodies.urlencoded, jsonOnly: false }),
    ).not.toThrow();
  });

  it("accepts a POST without Origin when the browser says Sec-Fetch-Site: same-origin", () => {
    expect(() => assertSameOriginRequest({ method: "POST", siteOrigin: site, origin: null, secFetchSite: "same-origin", contentType: bodies.form, jsonOnly: false })).not.toThrow();
  });

  it("refuses a same-origin form body on a JSON route", () => {
    expect(() =>
      assertSameOriginRequest({ method: "POST", siteOrigin: site, origin: site, secFetchSite: "same-origin", contentType: bodies["text/plain"], jsonOnly: true }),
    ).toThrow(expect.objectContaining({ code: "INVALID", message: expect.stringContaining("JSON only") }));
  });

  it("accepts same-origin JSON on a JSON route", () => {
    expect(() =>
      assertSameOriginRequest({ method: "POST", siteOrigin: site, origin: site, secFetchSite: null, contentType: "application/json; charset=utf-8", jsonOnly: true }),
    ).not.toThrow();
  });

  it("does not let a look-alike origin pass", () => {
    expect(() =>
      assertSameOriginRequest({ method: "DELETE", siteOrigin: site, origin: "https://rounds.example.evil.test", secFetchSite: null, contentType: bodies.json, jsonOnly: true }),
    ).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("never blocks GET or HEAD", () => {
    for (const method of ["GET", "HEAD"]) {
      expect(() =>
        assertSameOriginRequest({ method, siteOrigin: site, origin: "https://evil.example", secFetchSite: "cross-site", contentType: null, jsonOnly: true }),
      ).not.toThrow();
    }
  });
});
