import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let member: BrowserContext;
let colleague: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  const author = await e2eMember({ specialtySlug: "cardiology" });
  // JavaScript off: editing, history and deleting are plain links and forms.
  member = await browser.newContext({ javaScriptEnabled: false });
  await member.addCookies([{ ...author.cookie, url: baseUrl }]);
  const other = await e2eMember();
  colleague = await browser.newContext({ javaScriptEnabled: false });
  await colleague.addCookies([{ ...other.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

const originalBody = "Original body: restart apixaban on day 7 after an upper GI bleed?";
const editedBody = "Edited body: restart apixaban between day 7 and day 14, after endoscopy.";
const replyText = "A reply that its own author will delete shortly.";

// The thread page has no edit, history or delete links yet, so this test goes by URL.
describe("editing, history and deleting in Chromium without JavaScript", () => {
  it("edits a thread, shows both versions in its history, and deletes a reply leaving [deleted] in place", async () => {
    const page = await member.newPage();
    await page.goto(`${baseUrl}/new?channel=cardiology`);
    await page.getByLabel("Title").fill("Edit history e2e: restarting apixaban after a bleed");
    await page.getByLabel("Body").fill(originalBody);
    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForURL(/\/t\/\d+\/edit-history-e2e-restarting-apixaban-after-a-bleed$/);
    const threadUrl = page.url();
    const threadId = /\/t\/(\d+)\//.exec(threadUrl)?.[1];
    expect(threadId).toBeDefined();

    // Edit the body; the form starts with the current text.
    await page.goto(`${baseUrl}/t/${threadId}/edit`);
    expect(await page.getByLabel("Body").inputValue()).toBe(originalBody);
    await page.getByLabel("Body").fill(editedBody);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(threadUrl);
    expect(await page.locator(".thread .prose").textContent()).toContain(editedBody);
    expect(await page.locator(".thread .prose").textContent()).not.toContain("Original body");

    // The history shows both versions, newest first.
    await page.goto(`${baseUrl}/history/thread/${threadId}`);
    const versions = page.locator(".version");
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(0).locator("h2").textContent()).toContain("(current)");
    expect(await versions.nth(0).locator(".source").textContent()).toBe(editedBody);
    expect(await versions.nth(1).locator("h2").textContent()).toContain("(original)");
    expect(await versions.nth(1).locator(".source").textContent()).toBe(originalBody);

    // Reply, then delete the reply through its confirmation page.
    await page.goto(threadUrl);
    await page.getByLabel("Your reply").fill(replyText);
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.waitForURL(/#reply-\d+$/);
    const replyId = /#reply-(\d+)$/.exec(page.url())?.[1];
    expect(await page.locator(`#reply-${replyId}`).textContent()).toContain(replyText);

    await page.goto(`${baseUrl}/replies/${replyId}/delete`);
    expect(await page.getByRole("heading", { name: "Delete this reply?" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Delete reply" }).click();
    await page.waitForURL(new RegExp(`/t/${threadId}/[a-z0-9-]+#reply-${replyId}$`));
    const deleted = page.locator(`#reply-${replyId}`);
    expect(await deleted.textContent()).toContain("[deleted]");
    expect(await deleted.textContent()).not.toContain(replyText);
    expect(await page.content()).not.toContain(replyText);

    // A deleted reply has no history to show.
    const history = await page.goto(`${baseUrl}/history/reply/${replyId}`);
    expect(history?.status()).toBe(404);
  });

  it("keeps the member's text when another tab saved first, shows the newer version, and saves on the second try", async () => {
    // A second author: new threads are limited to one per member every two minutes.
    const author = await e2eMember();
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...author.cookie, url: baseUrl }]);
    const tabA = await context.newPage();
    await tabA.goto(`${baseUrl}/new?channel=cardiology`);
    await tabA.getByLabel("Title").fill("Conflict e2e: beta blocker after cocaine chest pain");
    await tabA.getByLabel("Body").fill("Would you give a beta blocker after cocaine-associated chest pain?");
    await tabA.getByRole("button", { name: "Post thread" }).click();
    await tabA.waitForURL(/\/t\/\d+\/conflict-e2e-beta-blocker-after-cocaine-chest-pain$/);
    const threadUrl = tabA.url();
    const threadId = /\/t\/(\d+)\//.exec(threadUrl)?.[1];

    // Someone else may neither edit nor delete it.
    const stranger = await colleague.newPage();
    expect((await stranger.goto(`${baseUrl}/t/${threadId}/edit`))?.status()).toBe(403);
    expect((await stranger.goto(`${baseUrl}/t/${threadId}/delete`))?.status()).toBe(403);

    // Both tabs open the form on the same version; tab B saves first.
    await tabA.goto(`${baseUrl}/t/${threadId}/edit`);
    const tabB = await context.newPage();
    await tabB.goto(`${baseUrl}/t/${threadId}/edit`);
    await tabB.getByLabel("Body").fill("Tab B's version: avoid beta blockers early; benzodiazepines first.");
    await tabB.getByRole("button", { name: "Save changes" }).click();
    await tabB.waitForURL(threadUrl);

    const mine = "Tab A's version: labetalol is debated; most avoid it in the first hours.";
    await tabA.getByLabel("Body").fill(mine);
    await tabA.getByRole("button", { name: "Save changes" }).click();
    await tabA.waitForLoadState("load");
    expect(await tabA.getByText("Someone saved a newer version while you were editing; your text is kept below.").isVisible()).toBe(true);
    expect(await tabA.getByLabel("Body").inputValue()).toBe(mine);
    expect(await tabA.locator(".newer .prose").textContent()).toContain("Tab B's version");

    // Saving again, knowingly, replaces tab B's version; the history keeps all three.
    await tabA.getByRole("button", { name: "Save changes" }).click();
    await tabA.waitForURL(threadUrl);
    expect(await tabA.locator(".thread .prose").textContent()).toContain("Tab A's version");
    await tabA.goto(`${baseUrl}/history/thread/${threadId}`);
    expect(await tabA.locator(".version").count()).toBe(3);
    await context.close();
  });
});
