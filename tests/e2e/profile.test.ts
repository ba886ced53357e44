import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { OWN_ANONYMOUS_MARK } from "../../src/server/forum/profile";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const screenshotDir = "test-results/screenshots";
const ANON_TITLE = "Anonymous e2e thread about rota fatigue and call schedules";

let browser: Browser;
let readerCookie: { name: string; value: string };
let adminCookie: { name: string; value: string };
let poster: { pseudonym: string; cookie: { name: string; value: string } };
let anonThreadId = 0;

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchChromium();
  ({ cookie: readerCookie } = await e2eMember({ pseudonym: "e2e_profile_reader" }));
  ({ cookie: adminCookie } = await e2eMember({ pseudonym: "e2e_profile_admin", role: "admin" }));
  // A member with one signed and one anonymous thread, written straight into the e2e database.
  const pseudonym = "e2e_profile_poster";
  const member = await e2eMember({ pseudonym, specialtySlug: "neurology" });
  poster = { pseudonym, cookie: member.cookie };
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    await createThread(db, { authorId: member.userId, channelSlug: "neurology", title: "Signed e2e thread on migraine prophylaxis", createdAt: Date.now() - 60_000 });
    ({ threadId: anonThreadId } = await createThread(db, { authorId: member.userId, channelSlug: "neurology", title: ANON_TITLE, isAnonymous: true, createdAt: Date.now() }));
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(cookie: { name: string; value: string }, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await context.addCookies([{ ...cookie, url: baseUrl }]);
  return context.newPage();
}

async function expectNoSeriousAccessibilityViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/**
 * The newest signed thread of a seeded physician in the feed, and its author. Skipped: anonymous
 * posts, former members, and members the e2e tests make (all named e2e_… or crawl_…).
 */
async function newestSignedThread(page: Page): Promise<{ pseudonym: string; title: string }> {
  await page.goto(`${baseUrl}/?sort=new`);
  const found = await page.locator(".thread-item").evaluateAll((items) => {
    for (const item of items) {
      const author = [...(item.querySelector(".meta")?.children ?? [])].find((child) => !child.classList.contains("chip"));
      const name = author?.textContent?.trim() ?? "";
      if (/^[A-Za-z0-9_]{3,30}$/.test(name) && !/^(e2e|crawl)_/i.test(name)) return { pseudonym: name, title: item.querySelector(".thread-title")?.textContent?.trim() ?? "" };
    }
    return null;
  });
  if (!found) throw new Error("The first page of the new feed has no signed thread by a seeded physician.");
  return found;
}

describe("member profiles in Chromium", () => {
  it("opens a seeded physician's profile from its address and shows their newest signed thread first, with JavaScript off", async () => {
    const page = await openPage(readerCookie, widths.desktop, false);
    const { pseudonym, title } = await newestSignedThread(page);
    const response = await page.goto(`${baseUrl}/u/${pseudonym}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(pseudonym);
    await expect(page.getByText("Member since").isVisible()).resolves.toBe(true);
    expect(await page.locator(".stats dd").first().textContent()).toMatch(/^[1-9][\d,]*$/);
    expect((await page.locator(".profile-item .item-title").first().textContent())?.trim()).toBe(title);

    await page.getByRole("link", { name: "Replies", exact: true }).click();
    await page.waitForURL(/tab=replies/);
    expect(await page.locator('.profile-tabs a[aria-current="page"]').textContent()).toBe("Replies");
    await page.context().close();
  });

  for (const [name, viewport] of Object.entries(widths)) {
    it(`has no serious accessibility violations on either tab and fits ${viewport.width} px`, async () => {
      const page = await openPage(readerCookie, viewport);
      const { pseudonym } = await newestSignedThread(page);
      for (const tab of ["threads", "replies"] as const) {
        await page.goto(`${baseUrl}/u/${pseudonym}?tab=${tab}`);
        await expectNoSeriousAccessibilityViolations(page);
        await page.screenshot({ path: `${screenshotDir}/profile-${tab}-${name}.png`, fullPage: false });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    });
  }

  it("shows a member's anonymous thread on their own profile, marked, and never to another member", async () => {
    const reader = await openPage(readerCookie, widths.phone);
    await reader.goto(`${baseUrl}/u/${poster.pseudonym}`);
    expect(await reader.locator(".profile-item").count()).toBe(1);
    const html = await reader.content();
    expect(html).not.toContain(ANON_TITLE);
    expect(html).not.toContain(OWN_ANONYMOUS_MARK);
    await reader.context().close();

    const owner = await openPage(poster.cookie, widths.phone);
    await owner.goto(`${baseUrl}/u/${poster.pseudonym}`);
    const first = owner.locator(".profile-item").first();
    expect(await first.locator(".item-title").textContent()).toBe(ANON_TITLE);
    expect(await first.locator(".anon-mark").textContent()).toBe(OWN_ANONYMOUS_MARK);
    await owner.context().close();
  });

  it("redirects a pseudonym typed in another case to the profile's canonical address", async () => {
    const page = await openPage(readerCookie, widths.phone);
    await page.goto(`${baseUrl}/u/${poster.pseudonym.toUpperCase()}`);
    expect(new URL(page.url()).pathname).toBe(`/u/${poster.pseudonym}`);
    await page.context().close();
  });

  it("answers an unknown pseudonym with a 404 page", async () => {
    const page = await openPage(readerCookie, widths.phone);
    const response = await page.goto(`${baseUrl}/u/nobody_has_this_name`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    await page.context().close();
  });

  it("lets an admin reveal an anonymous thread's author with a reason, once, without serious accessibility violations", async () => {
    const page = await openPage(adminCookie, widths.phone);
    await page.goto(`${baseUrl}/admin/reveal?type=thread&id=${anonThreadId}`);
    expect(await page.content()).not.toContain(poster.pseudonym);
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByRole("button", { name: "Reveal author" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".field .error").textContent()).toContain("at least 10 characters");
    expect(await page.content()).not.toContain(poster.pseudonym);

    await page.getByLabel(/Reason/).fill("Checking a report of a possible duplicate account.");
    await page.getByRole("button", { name: "Reveal author" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".revealed .pseudonym").textContent()).toBe(poster.pseudonym);
    await expect(page.getByText("recorded in the audit log").isVisible()).resolves.toBe(true);
    await expectNoSeriousAccessibilityViolations(page);
    await page.screenshot({ path: `${screenshotDir}/admin-reveal-phone.png`, fullPage: false });

    await page.goto(`${baseUrl}/admin/reveal?type=thread&id=${anonThreadId}`);
    expect(await page.content()).not.toContain(poster.pseudonym);
    await page.context().close();
  });
});
