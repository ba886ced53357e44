import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const note = "The second paragraph gives the patient's MRN 00482913 in full.";
let browser: Browser;
let cookie: { name: string; value: string };
let replyId = 0;

beforeAll(async () => {
  browser = await launchChromium();
  const author = await e2eMember();
  cookie = (await e2eMember()).cookie;
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const created = await createThread(db, {
      authorId: author.userId,
      channelSlug: "general",
      title: "Fluid choice in hyperchloraemic acidosis",
      createdAt: Date.now() - 60_000,
      comments: [{ parentIndex: null, authorId: author.userId, bodySource: "We switched to a balanced crystalloid on day 2.", createdAt: Date.now() - 30_000 }],
    });
    replyId = created.commentIds[0]!;
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("a flag note with a patient identifier", () => {
  it("is refused without JavaScript: the form comes back with the note in the box and the record number highlighted", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/flag/comment/${replyId}`);
    await page.getByLabel("Patient information").check();
    await page.getByLabel(/Note for moderators/).fill(note);
    const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === "POST"), page.getByRole("button", { name: "Flag post" }).click()]);
    await page.waitForLoadState();

    expect(response.status()).toBe(422);
    expect(new URL(page.url()).pathname).toBe(`/flag/comment/${replyId}`);
    expect(await page.getByText("This looks like it could identify a patient.", { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByLabel(/Note for moderators/).inputValue()).toBe(note);
    const review = page.locator('[data-phi-output="note"]');
    expect(await review.isVisible()).toBe(true);
    expect(await review.locator("mark.phi-block").allTextContents()).toEqual(["00482913"]);
    expect(await page.getByLabel("Patient information").isChecked()).toBe(true);
    await context.close();
  });

  it("is highlighted while the member types, before anything is sent", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ ...cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/flag/comment/${replyId}`);
    const box = page.getByLabel(/Note for moderators/);
    await box.click();
    await box.pressSequentially(note, { delay: 0 });
    const live = page.locator('[data-phi-output="note"]');
    await live.locator("mark.phi-block").first().waitFor({ timeout: 5000 });
    expect(await live.locator("mark.phi-block").allTextContents()).toEqual(["00482913"]);
    await context.close();
  });
});
