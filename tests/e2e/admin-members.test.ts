import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { npiCheckDigit } from "../../src/server/auth/npi";
import { createDb } from "../../src/server/db/client";
import { auditStatement } from "../../src/server/moderation/audit-log";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let admin: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  // JavaScript off: searching and paging are plain forms and links.
  admin = await browser.newContext({ javaScriptEnabled: false });
  await admin.addCookies([{ ...(await e2eMember({ role: "admin" })).cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

describe("admin member search and paging in Chromium", () => {
  it("an admin finds a member by NPI and opens their page", async () => {
    const first9 = `1${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const npi = first9 + npiCheckDigit(first9);
    const pseudonym = `npi_${first9}`;
    await e2eMember({ pseudonym, npi });
    const page = await admin.newPage();
    await page.goto(`${baseUrl}/admin/members`);
    await page.getByRole("radio", { name: /NPI/ }).check();
    await page.getByLabel("Search for").fill(`${npi.slice(0, 4)} ${npi.slice(4)}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: "Search results" }).waitFor();
    // The NPI went in the form body, never in the address.
    expect(page.url()).toBe(`${baseUrl}/admin/members`);
    await page.getByRole("link", { name: pseudonym }).click();
    await page.waitForURL(/\/mod\/member\/\d+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(pseudonym);
    await page.close();
  });

  it("says so when no member has the NPI, and names the rule for a malformed one", async () => {
    const page = await admin.newPage();
    await page.goto(`${baseUrl}/admin/members`);
    await page.getByRole("radio", { name: /NPI/ }).check();
    await page.getByLabel("Search for").fill("12345");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("An NPI has exactly 10 digits.").first().waitFor();
    expect(await page.getByLabel("Search for").inputValue()).toBe("12345");
    await page.getByLabel("Search for").fill(`198765432${npiCheckDigit("198765432")}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("No member has that NPI.").waitFor();
    await page.close();
  });

  it("pages through the audit log with Older links, every entry once", async () => {
    const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
    const marker = `e2e paging ${Date.now().toString(36)}`;
    const now = Date.now() + 60_000;
    try {
      // 60 entries at one instant: more than a page (50), all tied on time.
      for (let i = 0; i < 60; i++) await auditStatement(db, { actorId: null, action: "e2e.paging", targetType: "user", targetId: 1, reason: `${marker} #${i}` }, now);
    } finally {
      client.close();
    }
    const page = await admin.newPage();
    await page.goto(`${baseUrl}/mod/log`);
    const reasons: string[] = [];
    for (let pageNumber = 0; pageNumber < 3; pageNumber++) {
      reasons.push(...(await page.locator("td[data-label=Reason]").allTextContents()).filter((text) => text.startsWith(marker)));
      const older = page.getByRole("link", { name: "Older entries →" });
      if (reasons.length === 60 || (await older.count()) === 0) break;
      await older.click();
      await page.waitForLoadState();
    }
    expect(reasons).toEqual(Array.from({ length: 60 }, (_, i) => `${marker} #${59 - i}`));
    await page.close();
  });

  it("has no serious accessibility violations on the member list and a search result", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addCookies([{ ...(await e2eMember({ role: "admin" })).cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/admin/members`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Search for").fill("e2e_");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: "Search results" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
