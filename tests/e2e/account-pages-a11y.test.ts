import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const screenshotDir = "test-results/screenshots";
let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pagesByRole = {
  visitor: ["/welcome", "/guidelines", "/login", "/signup", "/reset-password"],
  pending: ["/status", "/account"],
  // An admin without a second factor reaches only the enrolment page.
  "held admin": ["/account/two-factor"],
  admin: [
    "/admin/verifications",
    "/admin/outbox",
    "/admin/limits",
    "/admin/security",
    "/account/two-factor",
    "/mod",
    "/mod/log",
    "/mod/post/thread/1",
    "/mod/member/2",
    "/flags",
    "/flag/thread/3",
    "/notifications",
    "/bookmarks",
    "/c/cardiology",
    "/t/3/x",
    "/account",
  ],
} as const;

describe("account pages in Chromium", () => {
  for (const [role, paths] of Object.entries(pagesByRole)) {
    it(`have no serious accessibility violations for a ${role} at 390 px`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      if (role !== "visitor") {
        const member = role === "pending" ? await e2eMember({ verificationStatus: "pending" }) : await e2eMember({ role: "admin" }, { secondFactor: role === "admin" });
        await context.addCookies([{ ...member.cookie, url: baseUrl }]);
      }
      const page = await context.newPage();
      for (const path of paths) {
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await seriousAccessibilityViolations(page), path).toEqual([]);
        await page.screenshot({ path: `${screenshotDir}/${path.slice(1).replaceAll("/", "_")}-phone.png`, fullPage: true });
      }
      await context.close();
    });
  }

  it("shows every sign-up field error beside its field", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { "cf-connecting-ip": "203.0.113.11" } })).newPage();
    await page.goto(`${baseUrl}/signup`);
    await page.getByRole("button", { name: "Apply" }).click();
    for (const message of ["Enter an email address like name@example.org.", "Use at least 8 characters.", "An NPI has exactly 10 digits."]) {
      // waitFor, not isVisible: the answer to the click may still be on its way (a loaded run).
      await page.getByText(message).waitFor({ state: "visible", timeout: 10_000 });
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/signup-errors-desktop.png`, fullPage: true });
    await page.context().close();
  });
});
