import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
// A word no seeded post uses, so search finds exactly this thread through its reply.
const rareWord = "zygomycosis";
let browser: Browser;
let memberA: BrowserContext;
let memberB: BrowserContext;
let pseudonymB = "";
let threadPath = "";

beforeAll(async () => {
  browser = await launchChromium();
  const stamp = Date.now().toString(36);
  pseudonymB = `e2e_b_${stamp}`;
  const a = await e2eMember({ pseudonym: `e2e_a_${stamp}` });
  const b = await e2eMember({ pseudonym: pseudonymB });
  const starter = await e2eMember();
  memberA = await browser.newContext();
  await memberA.addCookies([{ ...a.cookie, url: baseUrl }]);
  memberB = await browser.newContext();
  await memberB.addCookies([{ ...b.cookie, url: baseUrl }]);
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const created = await createThread(db, {
      authorId: starter.userId,
      channelSlug: "infectious-disease",
      title: "Black eschar on the palate after chemotherapy",
      bodySource: "Neutropenic patient with a new palatal lesion. What first?",
      createdAt: Date.now() - 60_000,
    });
    threadPath = `/t/${created.threadId}/black-eschar-on-the-palate-after-chemotherapy`;
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("find and follow in Chromium", () => {
  it("A mentions B in a reply; B sees the unread count, opens the notification onto the reply, then finds the thread by a word of that reply", async () => {
    const pageA = await memberA.newPage();
    await pageA.goto(`${baseUrl}${threadPath}`);
    await pageA.getByLabel("Your reply").fill(`@${pseudonymB} this looks like ${rareWord}; biopsy and amphotericin today?`);
    await pageA.getByRole("button", { name: "Post reply" }).click();
    const reply = pageA.locator(".comment").filter({ hasText: rareWord });
    await reply.waitFor();
    expect(await reply.getByRole("link", { name: `@${pseudonymB}` }).getAttribute("href")).toBe(`/u/${pseudonymB}`);
    const replyId = (await reply.getAttribute("id")) ?? "";
    expect(replyId).toMatch(/^reply-\d+$/);

    const pageB = await memberB.newPage();
    await pageB.goto(`${baseUrl}/`);
    const bell = pageB.getByRole("link", { name: /^Notifications\s*\(1 unread\)$/ });
    expect(await bell.isVisible()).toBe(true);
    await bell.click();
    await pageB.waitForURL(/\/notifications$/);
    expect(await seriousAccessibilityViolations(pageB)).toEqual([]);
    await pageB.getByRole("button", { name: /mentioned you in “Black eschar on the palate after chemotherapy”/ }).click();
    await pageB.waitForURL(new RegExp(`${threadPath}#${replyId}$`));
    expect(await pageB.locator(`#${replyId}`).textContent()).toContain(rareWord);
    expect((await pageB.getByRole("link", { name: /^Notifications/ }).textContent())?.trim()).toBe("Notifications");

    await pageB.getByLabel("Search Rounds").fill(rareWord);
    await pageB.getByLabel("Search Rounds").press("Enter");
    await pageB.waitForURL(/\/search\?q=zygomycosis/);
    expect(await seriousAccessibilityViolations(pageB)).toEqual([]);
    const result = pageB.getByRole("link", { name: /Black eschar on the palate after chemotherapy/ }).first();
    expect(await result.isVisible()).toBe(true);
    expect(await pageB.locator("mark").first().textContent()).toMatch(/zygomycosis/i);
  });

  it("follows, mutes and bookmarks a thread and follows a channel without JavaScript", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await memberB.storageState() });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}${threadPath}`);
    await page.getByRole("button", { name: "Follow", exact: true }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("button", { name: "Following" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Mute", exact: true }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("button", { name: "Muted" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: "Follow", exact: true }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Bookmark", exact: true }).click();
    await page.waitForLoadState("load");
    await page.goto(`${baseUrl}/bookmarks`);
    expect(await page.getByRole("link", { name: "Black eschar on the palate after chemotherapy" }).isVisible()).toBe(true);
    await page.goto(`${baseUrl}/c/infectious-disease`);
    await page.getByRole("button", { name: "Follow channel" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("button", { name: "Following" }).getAttribute("aria-pressed")).toBe("true");
    await noJs.close();
  });
});
