import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inlineScripts, sha256Base64 } from "../../src/lib/security-headers";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let cookie = "";
let memberCookie: { name: string; value: string };

beforeAll(async () => {
  browser = await launchChromium();
  ({ cookie: memberCookie } = await e2eMember({ pseudonym: "e2e_headers" }));
  cookie = `${memberCookie.name}=${memberCookie.value}`;
});
afterAll(async () => {
  await browser?.close();
});

const expectCommonHeaders = (headers: Headers, label: string) => {
  expect(headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(headers.get("strict-transport-security"), label).toBe("max-age=31536000; includeSubDomains");
  expect(headers.get("referrer-policy"), label).toBe("strict-origin-when-cross-origin");
  expect(headers.get("cross-origin-opener-policy"), label).toBe("same-origin");
  expect(headers.get("permissions-policy"), label).toContain("geolocation=()");
  const policy = headers.get("content-security-policy") ?? "";
  expect(policy, label).toContain("frame-ancestors 'none'");
  expect(policy, label).toContain("object-src 'none'");
  expect(policy, label).toContain("base-uri 'none'");
  expect(policy, label).not.toMatch(/script-src[^;]*unsafe-inline/);
};

describe("security headers on every class of route", () => {
  for (const [label, path, signedIn] of [
    ["a forum page", "/t/1/x", true],
    ["a form page", "/new", true],
    ["a redirect", "/c/cardiology", false],
    ["a server-rendered public page", "/login", false],
    ["a prerendered page (public/_headers)", "/welcome", false],
    ["a static file (public/_headers)", "/favicon.svg", false],
    ["an API answer", "/api/health", false],
    ["an API refusal", "/api/me", false],
  ] as const) {
    it(`sets them on ${label}`, async () => {
      const response = await fetch(`${baseUrl}${path}`, { headers: signedIn ? { cookie } : {}, redirect: "manual" });
      expectCommonHeaders(response.headers, label);
      if (response.headers.get("content-type")?.startsWith("text/html")) {
        const html = await response.text();
        const policy = response.headers.get("content-security-policy") ?? "";
        for (const script of inlineScripts(html)) expect(policy).toContain(`'sha256-${await sha256Base64(script)}'`);
      }
    });
  }

  it("marks every session-dependent page private and never cached", async () => {
    const response = await fetch(`${baseUrl}/?sort=new`, { headers: { cookie } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("runs the pages' scripts with no CSP violation in the browser console", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ ...memberCookie, url: baseUrl }]);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/?sort=top", "/new", "/new?kind=poll", "/account"]) await page.goto(`${baseUrl}${path}`);
    await page.goto(`${baseUrl}/?sort=top`);
    await page.locator(".thread-title").first().click();
    await page.waitForURL(/\/t\/\d+\//);
    // Focus loads the scanner chunk; typing runs the highlighter and the draft autosave.
    await page.getByLabel("Your reply").fill("Checking the headers, ignore.");
    await page.waitForTimeout(300);
    expect(violations).toEqual([]);
    await context.close();
  });
});
