import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const screenshotDir = "test-results/screenshots";
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const PARENT_TEXT = "Lactate clearance at six hours guided our fluids in this patient cohort. Beyond that we stopped.";
const QUOTED_TEXT = "Balanced crystalloids first, then reassess with a passive leg raise.";

let browser: Browser;
let threadPath = "";
let parentId = 0;
let quotedId = 0;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchChromium();
  const author = await e2eMember({ pseudonym: `e2e_nav_author_${Date.now().toString(36)}` });
  await e2eMember({ pseudonym: "mentionable_zed" });
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const created = await createThread(db, {
      authorId: author.userId,
      channelSlug: "critical-care",
      title: "Fluids after the first litre in septic shock",
      createdAt: Date.now() - 60_000,
      comments: [
        { parentIndex: null, authorId: author.userId, bodySource: PARENT_TEXT, createdAt: Date.now() - 50_000 },
        { parentIndex: null, authorId: author.userId, bodySource: QUOTED_TEXT, createdAt: Date.now() - 40_000 },
      ],
    });
    threadPath = `/t/${created.threadId}/fluids-after-the-first-litre-in-septic-shock`;
    [parentId, quotedId] = created.commentIds as [number, number];
  } finally {
    client.close();
  }
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

/** A fresh member's page (their own reply limit), at a width, with or without JavaScript. */
async function memberPage(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const member = await e2eMember({});
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  contexts.push(context);
  await context.addCookies([{ ...member.cookie, url: baseUrl }]);
  return context.newPage();
}

async function headerRowTops(page: Page) {
  const parts = [
    page.locator(".site-header .brand"),
    page.getByRole("link", { name: "Search", exact: true }),
    page.getByRole("link", { name: /^Notifications/ }),
    page.locator(".site-menu summary"),
  ];
  const boxes = await Promise.all(parts.map((part) => part.boundingBox()));
  return boxes.map((box) => (box ? Math.round(box.y + box.height / 2) : -1));
}

describe("phone navigation", () => {
  it("at 390 px the header is one row, and the menu reaches Home, Channels, New thread, Bookmarks, Account and Sign out", async () => {
    const page = await memberPage(widths.phone);
    await page.goto(`${baseUrl}/`);
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const middles = await headerRowTops(page);
    expect(
      middles.every((middle) => middle > 0 && Math.abs(middle - middles[0]!) <= 6),
      middles.join(","),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // One tap opens the menu, which holds every item and the channel list.
    await page.getByText("Menu", { exact: true }).click();
    const menu = page.locator(".menu-panel");
    for (const name of ["Home", "New thread", "Bookmarks", "Cardiology", "Critical Care"]) {
      expect(await menu.getByRole("link", { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await menu.getByRole("link", { name: /^Account/ }).isVisible()).toBe(true);
    expect(await menu.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    expect(await menu.getByText("Channels", { exact: true }).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/menu-open-phone.png` });
    // Each item leads where it says, the menu's panel stays on the screen.
    const panel = await menu.boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
    expect(await menu.getByRole("link", { name: "New thread" }).getAttribute("href")).toBe("/new");
    expect(await menu.getByRole("link", { name: /^Account/ }).getAttribute("href")).toBe("/account");
    await menu.getByRole("link", { name: "Cardiology", exact: true }).click();
    await page.waitForURL(/\/c\/cardiology$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Cardiology");
  });

  it("opens the menu and reaches search without JavaScript too", async () => {
    const page = await memberPage(widths.phone, false);
    await page.goto(`${baseUrl}/bookmarks`);
    await page.getByText("Menu", { exact: true }).click();
    expect(await page.locator(".menu-panel").getByRole("link", { name: "Home", exact: true }).isVisible()).toBe(true);
    await page.locator(".menu-panel").getByRole("link", { name: "Home", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    // The search icon leads to the search form.
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await page.waitForURL(`${baseUrl}/search`);
    expect(await page.locator("main").getByRole("searchbox").first().isVisible()).toBe(true);
  });

  for (const [name, viewport] of Object.entries(widths)) {
    it(`keeps the header to one row on the home feed, a thread and the composer at ${viewport.width} px, and saves screenshots`, async () => {
      const page = await memberPage(viewport);
      for (const [label, path] of [
        ["nav-home", "/"],
        ["nav-thread", threadPath],
        ["nav-composer", "/new"],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        expect((await page.locator(".site-header").boundingBox())!.height, path).toBeLessThanOrEqual(64);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
        expect(await seriousAccessibilityViolations(page), path).toEqual([]);
        await page.screenshot({ path: `${screenshotDir}/${label}-${name}.png` });
      }
    });
  }
});

describe("replying with JavaScript on", () => {
  it("opens the box right under the reply answered, with its first lines, and Ctrl+Enter posts it there", async () => {
    const page = await memberPage(widths.phone);
    await page.goto(`${baseUrl}${threadPath}`);
    const parent = page.locator(`#reply-${parentId}`);
    await parent.locator(":scope > article").getByRole("link", { name: "Reply" }).click();
    const form = parent.locator("form.reply-form");
    await form.waitFor();
    expect(new URL(page.url()).search).toBe("");
    expect(await form.locator(".reply-context").textContent()).toContain("Lactate clearance at six hours");
    const box = form.getByLabel("Your reply to this reply");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await box.fill("Same here: we stop at two litres and reassess.");
    await page.screenshot({ path: `${screenshotDir}/reply-inline-phone.png` });
    const posted = page.waitForResponse((response) => response.url().endsWith("/api/replies") && response.status() === 201);
    await box.press("Control+Enter");
    await posted;
    const nested = page.locator(`#reply-${parentId} .comment-level .comment`).filter({ hasText: "we stop at two litres" });
    await nested.waitFor();
    expect(await nested.count()).toBe(1);
    // The form is back at the page's end, answering the thread, and empty.
    expect(await page.locator(".reply-box form.reply-form").count()).toBe(1);
    expect(await page.getByLabel("Your reply", { exact: true }).inputValue()).toBe("");
    expect(await page.locator("form.reply-form input[name=parentId]").inputValue()).toBe("");
  });

  it("Quote puts the selected text in as a markdown quote, under the quoted reply", async () => {
    const page = await memberPage(widths.desktop);
    await page.goto(`${baseUrl}${threadPath}`);
    const quoted = page.locator(`#reply-${quotedId}`);
    await quoted.locator(":scope > article .prose p").evaluate((paragraph) => {
      const text = paragraph.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, "Balanced crystalloids first".length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await quoted.locator(":scope > article").getByRole("button", { name: "Quote" }).click();
    const box = quoted.locator("form.reply-form textarea[name=body]");
    await box.waitFor();
    expect(await box.inputValue()).toBe("> Balanced crystalloids first\n\n");
    expect(await quoted.locator("input[name=parentId]").inputValue()).toBe(String(quotedId));
    // Cancel puts the form back at the end, and the quote text stays (nothing typed is lost).
    await quoted.getByRole("button", { name: "Cancel" }).click();
    expect(await page.locator(".reply-box form.reply-form textarea").inputValue()).toContain("> Balanced crystalloids first");
  });

  it("Preview shows the server's rendering, and a patient identifier's refusal, keeping the text", async () => {
    const page = await memberPage(widths.desktop);
    await page.goto(`${baseUrl}${threadPath}`);
    const box = page.getByLabel("Your reply", { exact: true });
    await box.fill("Use **balanced** fluids\n\n> quoted");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.locator(".reply-preview");
    await preview.locator("strong").waitFor();
    expect(await preview.locator("strong").textContent()).toBe("balanced");
    expect(await preview.locator("blockquote").count()).toBe(1);
    await page.getByRole("button", { name: "Write" }).click();
    expect(await box.isVisible()).toBe(true);
    await box.fill("Seen twice, MRN 00482913, no change.");
    await page.getByRole("button", { name: "Preview" }).click();
    await preview.getByText(/could identify a patient/).waitFor();
    await page.getByRole("button", { name: "Write" }).click();
    expect(await box.inputValue()).toBe("Seen twice, MRN 00482913, no change.");
  });

  it("suggests members by pseudonym after @, and Enter takes the name", async () => {
    const page = await memberPage(widths.desktop);
    await page.goto(`${baseUrl}${threadPath}`);
    const box = page.getByLabel("Your reply", { exact: true });
    await box.click();
    await box.pressSequentially("Ask @mentionab", { delay: 20 });
    const option = page.getByRole("option", { name: "@mentionable_zed" });
    await option.waitFor();
    await box.press("Enter");
    expect(await box.inputValue()).toBe("Ask @mentionable_zed ");
    expect(await page.getByRole("listbox").isVisible()).toBe(false);
  });
});

describe("replying with JavaScript off", () => {
  it("keeps the current form: Reply loads the page with the form at its end", async () => {
    const page = await memberPage(widths.phone, false);
    await page.goto(`${baseUrl}${threadPath}`);
    await page.locator(`#reply-${parentId} > article`).getByRole("link", { name: "Reply" }).click();
    await page.waitForURL(/\?reply=\d+#reply-form$/);
    expect(await page.locator(`#reply-${parentId} form.reply-form`).count()).toBe(0);
    expect(await page.locator(".reply-box").getByLabel("Your reply to this reply").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Quote" }).count()).toBe(0);
  });
});
