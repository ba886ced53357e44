import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

/*
 * Form posts to pages go through src/middleware.ts, which only the built Worker runs: the body
 * rule of src/lib/request-body.ts (64 KB, a form, UTF-8 without NUL) answered as a small plain
 * page that still carries the security headers.
 */
const site = "http://rounds.test";

function postForm(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const init = {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: site, "content-type": "application/x-www-form-urlencoded", cookie: env.FIXTURE_SESSION_COOKIE, ...headers },
    duplex: "half",
  };
  return SELF.fetch(`${site}${path}`, init as RequestInit);
}

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("strict-transport-security")).toContain("max-age=");
}

const bigForm = `kind=discussion&channel=general&title=A+long+post&intent=preview&body=${"a".repeat(65_537)}`;

describe("form posts to pages: the body rule", () => {
  it("answers a form over 64 KB with 413 and a sentence, keeping the security headers", async () => {
    const response = await postForm("/new", bigForm);
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain("Rounds accepts at most 64 KB");
    expect(page).toContain("Back button");
    expectSecurityHeaders(response);
  });

  it("answers a chunked form over 64 KB with 413", async () => {
    const bytes = new TextEncoder().encode(bigForm);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.byteLength; offset += 10_000) controller.enqueue(bytes.slice(offset, offset + 10_000));
        controller.close();
      },
    });
    const response = await postForm("/new", body);
    expect(response.status).toBe(413);
  });

  it("answers a NUL, percent-encoded or raw, with 400 and a sentence", async () => {
    for (const body of ["kind=discussion&title=Hello%00there&intent=preview", new Uint8Array([...new TextEncoder().encode("title=a"), 0, 0x62])]) {
      const response = await postForm("/new", body);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("contains a character that cannot be stored (NUL");
      expectSecurityHeaders(response);
    }
  });

  it("answers bytes that are not UTF-8 with 400", async () => {
    const response = await postForm("/new", "kind=discussion&title=caf%C3%28&intent=preview");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("is not valid UTF-8 text");
  });

  it("answers a body that is not a form with 400 instead of a crash", async () => {
    const response = await postForm("/new", '{"title":"x"}', { "content-type": "application/json" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("accepts form posts only");
  });

  it("still hands the page its form: a preview shows the exact text", async () => {
    const body = `kind=discussion&channel=general&title=Troponin+question&intent=preview&body=${encodeURIComponent("Troponin ≥ 0.04 µg/L — rising 😷")}`;
    const response = await postForm("/new", body);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Troponin ≥ 0.04 µg/L — rising 😷");
  });
});
