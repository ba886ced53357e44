import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const screenshotDir = "test-results/screenshots";
// A made-up word, so the results are exactly the threads this file writes.
const WORD = "quorvexaline";

let browser: Browser;
let readerCookie: { name: string; value: string };
let replyThreadId = 0;
let replyId = 0;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchChromium();
  ({ cookie: readerCookie } = await e2eMember({ pseudonym: "e2e_search_reader" }));
  const author = await e2eMember({ pseudonym: "e2e_search_author", specialtySlug: "critical-care" });
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    for (let index = 0; index < 24; index++) {
      await createThread(db, {
        authorId: author.userId,
        channelSlug: index % 2 === 0 ? "critical-care" : "nephrology",
        title: `Case ${index + 1}: ${WORD} infusion and <b>markup</b> in the title`,
        bodySource: `Started ${WORD} at a low dose; **lactate** fell by half. A long sentence follows, so the snippet has context on both sides of the match.`,
        createdAt: Date.now() - (index + 1) * 60_000,
      });
    }
    const withReply = await createThread(db, {
      authorId: author.userId,
      channelSlug: "general",
      title: "A thread whose reply holds the word",
      createdAt: Date.now() - 3600_000,
      comments: [{ parentIndex: null, authorId: author.userId, bodySource: `Only this reply says ${WORD}.`, createdAt: Date.now() - 1800_000 }],
    });
    replyThreadId = withReply.threadId;
    replyId = withReply.commentIds[0] as number;
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(viewport: { width: number; height: number }, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await context.addCookies([{ ...readerCookie, url: baseUrl }]);
  return context.newPage();
}

async function expectNoSeriousAccessibilityViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Needs a page with JavaScript on, as axe does (both run in the page). */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe("search in Chromium (the page has no script of its own: JavaScript is on only where axe and measurements need it)", () => {
  it("searches from the form, highlights matches, pages on and keeps the filters in the form", async () => {
    const page = await openPage(widths.desktop);
    const empty = await page.goto(`${baseUrl}/search`);
    expect(empty?.status()).toBe(200);
    await page.getByRole("searchbox", { name: "Search threads and replies" }).fill(WORD);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\/search\?q=/);
    expect((await page.getByRole("heading", { level: 2 }).first().textContent())?.trim()).toBe("Results 1–20");
    expect(await page.locator(".result").count()).toBe(20);
    expect(await page.locator(".result mark").first().textContent()).toMatch(new RegExp(WORD, "i"));
    // Post text is shown as text: the <b> typed in a title is not markup.
    expect(await page.locator(".result-title b").count()).toBe(0);
    expect(await page.locator(".result-title").first().textContent()).toContain("<b>markup</b>");

    await page.getByRole("link", { name: "Next →" }).click();
    await page.waitForURL(/page=2/);
    expect((await page.getByRole("heading", { level: 2 }).first().textContent())?.trim()).toBe("Results 21–25");
    expect(await page.getByRole("link", { name: "Next →" }).count()).toBe(0);
    expect(await page.locator('[aria-current="page"]').textContent()).toBe("2");

    await page.goto(`${baseUrl}/search?q=${WORD}&channel=nephrology&kind=&from=2020-01-01`);
    expect(await page.locator(".result").count()).toBe(12);
    expect(await page.getByLabel("Channel", { exact: true }).inputValue()).toBe("nephrology");
    expect(await page.getByLabel("Posted from").inputValue()).toBe("2020-01-01");
    expect(await page.locator("details.filters").getAttribute("open")).not.toBeNull();
    await page.screenshot({ path: `${screenshotDir}/search-desktop.png` });
  });

  it("links a reply result to the reply itself", async () => {
    const page = await openPage(widths.desktop);
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(`${WORD} "this reply"`)}`);
    const link = page.locator(".result-title a");
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute("href")).toMatch(new RegExp(`^/t/${replyThreadId}/[^#]+#reply-${replyId}$`));
    await link.click();
    await page.waitForURL(new RegExp(`/t/${replyThreadId}/`));
    expect(await page.locator(`#reply-${replyId}`).textContent()).toContain(`Only this reply says ${WORD}`);
  });

  it("shows a query it cannot read beside the search box, with the text kept (400)", async () => {
    const page = await openPage(widths.phone, true);
    const response = await page.goto(`${baseUrl}/search?q=${encodeURIComponent('lactate "septic shock')}`);
    expect(response?.status()).toBe(400);
    await page.screenshot({ path: `${screenshotDir}/search-error-phone.png` });
    expect(await page.locator("#search-q-error").textContent()).toBe('Close the quotation mark after "septic shock.');
    expect(await page.getByRole("searchbox", { name: "Search threads and replies" }).inputValue()).toBe('lactate "septic shock');
    expect(await page.getByRole("searchbox", { name: "Search threads and replies" }).getAttribute("aria-invalid")).toBe("true");
    await expectNoSeriousAccessibilityViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it("fits a phone at 390 px and passes axe with results and filters open", async () => {
    const page = await openPage(widths.phone, true);
    await page.goto(`${baseUrl}/search?q=${WORD}&kind=discussion&author=e2e_search_author`);
    expect(await page.locator(".result").count()).toBe(20);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAccessibilityViolations(page);
    await page.screenshot({ path: `${screenshotDir}/search-phone.png` });
  });

  it("passes axe on the empty form and on a page of results at desktop width", async () => {
    const page = await openPage(widths.desktop, true);
    await page.goto(`${baseUrl}/search`);
    await expectNoSeriousAccessibilityViolations(page);
    await page.goto(`${baseUrl}/search?q=${WORD}&page=2`);
    expect(await page.locator(".result").count()).toBe(5);
    await expectNoSeriousAccessibilityViolations(page);
  });
});
