import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { E2E_EVIDENCE } from "../support/e2e-evidence";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;
/** The thread the first test writes, for the checks after it. */
let threadUrl = "";

beforeAll(async () => {
  browser = await launchChromium();
  const member = await e2eMember({ pseudonym: "e2e_evidence_author", specialtySlug: "cardiology" });
  noJs = await browser.newContext({ javaScriptEnabled: false });
  await noJs.addCookies([{ ...member.cookie, url: baseUrl }]);
  withJs = await browser.newContext();
  await withJs.addCookies([{ ...member.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The metadata is fetched after the answer (waitUntil), so the first view may still show the
 * plain link: reload until `selector` shows, as a member refreshing would.
 */
async function reloadUntil(page: Page, selector: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await page.locator(selector).count()) > 0) return;
    await page.waitForTimeout(250);
    await page.reload();
  }
  throw new Error(`${selector} never appeared`);
}

describe("evidence cards in Chromium", () => {
  it("with JavaScript off, shows a cited PMID's card from the stand-in server, then a retracted DOI's badge on the reply citing it", async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/new?channel=cardiology`);
    await page.getByLabel("Title").fill("Restarting apixaban after a GI bleed: what does the cohort say?");
    await page.getByLabel("Body").fill(`The best data I know is PMID: ${E2E_EVIDENCE.pmid}. Do you restart at 7 days?`);
    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForURL(/\/t\/\d+\/restarting-apixaban/);
    threadUrl = page.url();

    // The plain link is there at once; the card follows.
    expect(await page.locator(`.thread .prose a[href="https://pubmed.ncbi.nlm.nih.gov/${E2E_EVIDENCE.pmid}/"]`).count()).toBe(1);
    await reloadUntil(page, ".thread .evidence-card");
    const card = page.locator(".thread .evidence-card");
    expect(await card.locator(".evidence-title a").textContent()).toBe(E2E_EVIDENCE.pmidTitle);
    expect(await card.locator(".evidence-title a").getAttribute("href")).toBe(`https://pubmed.ncbi.nlm.nih.gov/${E2E_EVIDENCE.pmid}/`);
    expect(await card.locator(".evidence-meta").textContent()).toBe(`Okafor A et al. · The New England journal of medicine · 2022 · PMID ${E2E_EVIDENCE.pmid}`);
    expect(await card.locator(".evidence-badge").count()).toBe(0);

    await page.getByLabel("Your reply").fill(`Careful: ${E2E_EVIDENCE.retractedDoi} was the other trial people quote.`);
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.waitForURL(/#reply-\d+$/);
    await reloadUntil(page, ".comment .evidence-badge.retracted");
    const reply = page.locator(".comment").filter({ hasText: "was the other trial" });
    expect(await reply.locator(".evidence-title a").textContent()).toBe(E2E_EVIDENCE.retractedTitle);
    expect(await reply.locator(".evidence-badge.retracted").textContent()).toBe("Retracted");

    // The thread's References: each work once, in order of first citation.
    expect(await page.locator(".references li > a").allTextContents()).toEqual([E2E_EVIDENCE.pmidTitle, E2E_EVIDENCE.retractedTitle]);
  });

  it("keeps the thread with cards, a Retracted badge and References free of serious accessibility problems, light and dark", async () => {
    const page = await withJs.newPage();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(threadUrl);
      expect(await page.locator(".evidence-badge.retracted").count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
  });

  it("finds the posts citing a PMID typed into search, with JavaScript off", async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(`PMID: ${E2E_EVIDENCE.pmid}`)}`);
    expect(await page.getByText(`Posts citing PMID ${E2E_EVIDENCE.pmid}, newest first.`).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Restarting apixaban after a GI bleed: what does the cohort say?" }).count()).toBeGreaterThan(0);
  });
});
