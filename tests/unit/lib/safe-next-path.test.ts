import { describe, expect, it } from "vitest";
import { safeNextPath } from "../../../src/lib/request-context";

/** What a browser would do with a Location header: resolve it against the site. */
const landsOn = (location: string) => new URL(location, "https://rounds.example").host;

describe("safeNextPath: the page after sign-in stays on Rounds", () => {
  it("keeps a path on the site, with its query and fragment", () => {
    expect(safeNextPath("/c/cardiology?sort=new#top")).toBe("/c/cardiology?sort=new#top");
    expect(safeNextPath("/t/42/syncope")).toBe("/t/42/syncope");
  });

  const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f].map((code) => String.fromCharCode(code));
  for (const slash of ["/", "\\"]) {
    for (const control of controls) {
      const name = `U+${control.charCodeAt(0).toString(16).padStart(4, "0")}`;
      it(`sends "/${name}${slash}host/phish" home`, () => {
        const next = safeNextPath(`/${control}${slash}127.0.0.1:9911/phish`);
        expect(next).toBe("/");
      });
      it(`sends "${slash}${slash}${name}host" home`, () => {
        expect(safeNextPath(`${slash}${slash}${control}127.0.0.1:9911/phish`)).toBe("/");
      });
    }
  }

  for (const next of [
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "",
    "evil",
    "/\t/127.0.0.1:9911/phish",
    "/\t\\127.0.0.1",
    "/\n/x",
    "/\r\nSet-Cookie:x",
  ]) {
    it(`sends ${JSON.stringify(next)} home`, () => {
      expect(safeNextPath(next)).toBe("/");
    });
  }

  for (const encoded of ["/%09/127.0.0.1:9911/phish", "/%09%5C127.0.0.1:9911/phish", "/%2F/evil.example", "/%5C%5Cevil.example", "/%0A/x", "/%0D/x"]) {
    it(`keeps the still-encoded ${encoded} on the site`, () => {
      // Query strings arrive decoded once; a value that is still encoded is only a path here.
      expect(landsOn(safeNextPath(encoded))).toBe("rounds.example");
    });
    it(`sends the decoded ${JSON.stringify(decodeURIComponent(encoded))} home or keeps it on the site`, () => {
      expect(landsOn(safeNextPath(decodeURIComponent(encoded)))).toBe("rounds.example");
    });
  }

  it("never returns a control character, which would make the Location header fail", () => {
    for (let code = 0; code < 0x80; code++) {
      expect(safeNextPath(`/a${String.fromCharCode(code)}b`)).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });
});
