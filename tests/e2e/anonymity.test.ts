import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

/*
 * The demo has one or two radiologists and as many pathologists. This file adds nine
 * pathologists and one radiologist, the replier: radiology stays far below ten members while
 * Diagnostics (radiology and pathology) holds at least ten, so an anonymous reply by the
 * radiologist must show the family's label, never "Radiology", never the pseudonym.
 */
const baseUrl = inject("baseUrl");
const LABEL = "Verified physician · Diagnostics";
const NOTICE = /^You will appear as “Verified physician · Diagnostics” — one of \d+ radiologists and pathologists\.$/;
const TITLE = "Incidental adrenal nodule on a trauma CT";
const REPLY = "Washout protocol CT first, then endocrine labs if indeterminate.";
const REPLIER = `e2e_anon_radiologist_${Date.now().toString(36)}`;

let browser: Browser;
let replier: BrowserContext;
let author: BrowserContext;
let threadPath = "";

beforeAll(async () => {
  browser = await launchChromium();
  const pathologists = [];
  for (let i = 0; i < 9; i++) pathologists.push(await e2eMember({ specialtySlug: "pathology" }));
  const radiologist = await e2eMember({ pseudonym: REPLIER, specialtySlug: "radiology" });
  // The replier browses without JavaScript: the notice must be in the server's HTML.
  replier = await browser.newContext({ javaScriptEnabled: false });
  author = await browser.newContext();
  await replier.addCookies([{ ...radiologist.cookie, url: baseUrl }]);
  await author.addCookies([{ ...pathologists[0]!.cookie, url: baseUrl }]);
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const { threadId } = await createThread(db, { authorId: pathologists[0]!.userId, channelSlug: "radiology", title: TITLE, createdAt: Date.now() - 60_000 });
    threadPath = `/t/${threadId}/incidental-adrenal-nodule-on-a-trauma-ct`;
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("anonymous posting in Chromium", () => {
  it("tells the only radiologist, next to the checkbox of the composer, the family label and how many it covers", async () => {
    const page = await replier.newPage();
    await page.goto(`${baseUrl}/new?channel=radiology`);
    expect((await page.locator("#anonymous-notice").textContent())?.trim()).toMatch(NOTICE);
    expect(await page.getByLabel("Post anonymously").getAttribute("aria-describedby")).toBe("anonymous-notice");
  });

  it("shows an anonymous reply by the only radiologist as the family, as the reply box said before posting", async () => {
    const page = await replier.newPage();
    await page.goto(`${baseUrl}${threadPath}`);
    const notice = (await page.locator("#reply-anonymous-notice").textContent())?.trim() ?? "";
    expect(notice).toMatch(NOTICE);

    await page.getByLabel("Your reply").fill(REPLY);
    await page.getByLabel("Reply anonymously").check();
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.waitForURL(/#reply-\d+$/);
    const reply = page.locator(".comment").filter({ hasText: REPLY });
    expect((await reply.locator(".author").textContent())?.trim()).toBe(LABEL);
    // The header names the replier to themselves; the replies never do.
    expect(await page.locator(".replies").innerHTML()).not.toContain(REPLIER);
    expect(await page.content()).not.toContain("Verified physician · Radiology");

    // The thread's author reads the same label in the notification, and nothing more.
    const authorPage = await author.newPage();
    await authorPage.goto(`${baseUrl}/notifications`);
    expect(await authorPage.getByText(`${LABEL} replied in “${TITLE}”.`).count()).toBe(1);
    expect(await authorPage.content()).not.toContain(REPLIER);
  });
});
