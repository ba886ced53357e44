import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const title = "Frozen section read as atypical: wait or widen the margin?";
let browser: Browser;
let reader: BrowserContext;
let readerWithoutJs: BrowserContext;
let replier: BrowserContext;
let secondReplier: BrowserContext;
let readerId = 0;
let threadId = 0;
let threadPath = "";

/** The read position is written after the response (waitUntil): wait until it covers `replies`. */
async function readPositionStored(replies: number): Promise<void> {
  const { client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const result = await client.execute({ sql: "select 1 from thread_reads where user_id = ? and thread_id = ? and comment_count >= ?", args: [readerId, threadId, replies] });
      if (result.rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the read position was never written");
  } finally {
    client.close();
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  const a = await e2eMember();
  const b = await e2eMember();
  const c = await e2eMember();
  const starter = await e2eMember();
  readerId = a.userId;
  reader = await browser.newContext();
  reader.setDefaultTimeout(8000);
  await reader.addCookies([{ ...a.cookie, url: baseUrl }]);
  readerWithoutJs = await browser.newContext({ javaScriptEnabled: false });
  readerWithoutJs.setDefaultTimeout(8000);
  await readerWithoutJs.addCookies([{ ...a.cookie, url: baseUrl }]);
  replier = await browser.newContext();
  replier.setDefaultTimeout(8000);
  // A second colleague: members' posting limits space one member's replies apart.
  secondReplier = await browser.newContext();
  secondReplier.setDefaultTimeout(8000);
  await secondReplier.addCookies([{ ...c.cookie, url: baseUrl }]);
  await replier.addCookies([{ ...b.cookie, url: baseUrl }]);
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const created = await createThread(db, {
      authorId: starter.userId,
      channelSlug: "pathology",
      title,
      bodySource: "Frozen section on a **breast lumpectomy** margin came back atypical. Would you re-excise now?",
      createdAt: Date.now() - 60_000,
      replyCount: 2,
    });
    threadId = created.threadId;
    threadPath = `/t/${threadId}/frozen-section-read-as-atypical-wait-or-widen-the-margin`;
    await client.execute({ sql: "update threads set last_activity_at = ? where id = ?", args: [Date.now() - 60_000, threadId] });
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("unread tracking in Chromium", () => {
  it('a member reads a thread, another replies; the feed shows "1 new" in bold and opens the thread at the divider', async () => {
    const page = await reader.newPage();
    await page.goto(`${baseUrl}/c/pathology?sort=new`);
    const item = page.locator(".thread-item").filter({ hasText: title });
    expect(await item.locator(".excerpt").textContent()).toBe("Frozen section on a breast lumpectomy margin came back atypical. Would you re-excise now?");
    // Never opened: bold, no count.
    expect(await item.evaluate((element) => element.classList.contains("unread"))).toBe(true);
    expect(await item.locator(".new-count").count()).toBe(0);

    await page.goto(`${baseUrl}${threadPath}`);
    expect(await page.locator("#new").count()).toBe(0);
    await readPositionStored(2);
    await page.goto(`${baseUrl}/c/pathology?sort=new`);
    expect(await item.evaluate((element) => element.classList.contains("unread"))).toBe(false);
    expect(await item.locator(".thread-title").evaluate((element) => getComputedStyle(element).fontWeight)).toBe("400");

    const other = await replier.newPage();
    await other.goto(`${baseUrl}${threadPath}`);
    await other.getByLabel("Your reply").fill("Re-excise: atypia at a frozen margin rarely settles on permanents.");
    await other.getByRole("button", { name: "Post reply" }).click();
    const posted = other.locator(".comment").filter({ hasText: "rarely settles on permanents" });
    await posted.waitFor();
    const replyId = (await posted.getAttribute("id")) ?? "";

    await page.goto(`${baseUrl}/c/pathology?sort=new`);
    expect((await item.locator(".new-count").textContent())?.trim()).toBe("1 new");
    expect(await item.locator(".thread-title").evaluate((element) => getComputedStyle(element).fontWeight)).toBe("700");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await item.locator(".thread-title").click();
    await page.waitForURL(new RegExp(`${threadPath}#new$`));
    const divider = page.locator("#new");
    expect((await divider.textContent())?.trim()).toBe("New since your last visit");
    expect(await divider.isVisible()).toBe(true);
    expect(await divider.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    // The divider sits in the new reply, above its text.
    expect(await page.locator(`#${replyId} > #new`).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("marks the channel read with a form that works without JavaScript", async () => {
    await readPositionStored(3);
    const other = await secondReplier.newPage();
    await other.goto(`${baseUrl}${threadPath}`);
    await other.getByLabel("Your reply").fill("Agree with re-excision; send the new margin oriented.");
    await other.getByRole("button", { name: "Post reply" }).click();
    await other.locator(".comment").filter({ hasText: "new margin oriented" }).waitFor();

    const page = await readerWithoutJs.newPage();
    await page.goto(`${baseUrl}/c/pathology?sort=new`);
    const item = page.locator(".thread-item").filter({ hasText: title });
    expect((await item.locator(".new-count").textContent())?.trim()).toBe("1 new");
    // The form posts and the answer sends the member back to the same feed (303).
    const posted = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Mark channel read" }).click();
    const answer = await posted;
    expect(answer.status()).toBe(303);
    await page.waitForLoadState("load");
    expect(page.url()).toBe(`${baseUrl}/c/pathology?sort=new`);
    expect(await item.locator(".new-count").count()).toBe(0);
    expect(await item.evaluate((element) => element.classList.contains("unread"))).toBe(false);
  });
});
