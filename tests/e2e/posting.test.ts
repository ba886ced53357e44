import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let author: BrowserContext;
let colleague: BrowserContext;
let colleagueNoJs: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  const a = await e2eMember({ pseudonym: "e2e_case_author", specialtySlug: "neurology" });
  const b = await e2eMember({ pseudonym: "e2e_colleague" });
  author = await browser.newContext();
  colleague = await browser.newContext();
  colleagueNoJs = await browser.newContext({ javaScriptEnabled: false });
  await author.addCookies([{ ...a.cookie, url: baseUrl }]);
  await colleague.addCookies([{ ...b.cookie, url: baseUrl }]);
  await colleagueNoJs.addCookies([{ ...b.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

const identifyingBody = "Woman in her 60s, DOB 03/14/1961, MRN 00482913, new left arm weakness after a fall. CT head negative. MRI or CTA first?";
const deidentifiedBody = "Woman in her 60s with new left arm weakness after a fall. CT head negative. MRI or CTA first?";

describe("posting in Chromium", () => {
  it("highlights identifiers while typing, keeps the text when the server refuses, and posts once de-identified", async () => {
    const page = await author.newPage();
    await page.goto(`${baseUrl}/new?channel=neurology`);
    await page.getByLabel("Title").fill("Arm weakness after a fall: MRI or CTA first?");
    await page.getByLabel("Body").click();
    await page.getByLabel("Body").pressSequentially(identifyingBody, { delay: 0 });
    const live = page.locator('[data-phi-output="body"]');
    await live.locator("mark.phi-block").first().waitFor({ timeout: 5000 });
    expect(await live.locator("mark.phi-block").allTextContents()).toEqual(expect.arrayContaining(["03/14/1961", "00482913"]));

    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByText("This looks like it could identify a patient.").isVisible()).toBe(true);
    expect(await page.getByLabel("Body").inputValue()).toBe(identifyingBody);
    expect(await page.getByLabel("Title").inputValue()).toBe("Arm weakness after a fall: MRI or CTA first?");
    expect(await page.locator('[data-phi-output="body"] mark.phi-block').allTextContents()).toEqual(expect.arrayContaining(["03/14/1961", "00482913"]));

    await page.getByLabel("Body").fill(deidentifiedBody);
    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForURL(/\/t\/\d+\/arm-weakness-after-a-fall-mri-or-cta-first$/);
    expect(await page.locator("#thread-title").textContent()).toBe("Arm weakness after a fall: MRI or CTA first?");
    expect(await page.locator(".thread .prose").textContent()).toContain("new left arm weakness");
  });

  it("lets a colleague reply without JavaScript, nest a reply, and vote with and without JavaScript", async () => {
    const authorPage = await author.newPage();
    await authorPage.goto(`${baseUrl}/c/neurology?sort=new`);
    await authorPage.getByRole("link", { name: "Arm weakness after a fall: MRI or CTA first?" }).click();
    const threadUrl = authorPage.url();

    const noJs = await colleagueNoJs.newPage();
    await noJs.goto(threadUrl);
    await noJs.getByLabel("Your reply").fill("CTA first if symptoms are within the window; MRI if not.");
    await noJs.getByRole("button", { name: "Post reply" }).click();
    await noJs.waitForURL(/#reply-\d+$/);
    const reply = noJs.locator(".comment").filter({ hasText: "CTA first if symptoms are within the window" });
    expect(await reply.count()).toBe(1);

    // The author answers that reply; it nests under it.
    await authorPage.reload();
    await authorPage.locator(".comment").filter({ hasText: "CTA first if symptoms" }).getByRole("link", { name: "Reply" }).click();
    await authorPage.getByLabel("Your reply to this reply").fill("Within the window, yes. Thanks.");
    await authorPage.getByRole("button", { name: "Post reply" }).click();
    await authorPage.waitForURL(/#reply-\d+$/);
    const nested = authorPage.locator(".comment .comment-level .comment").filter({ hasText: "Within the window, yes." });
    expect(await nested.count()).toBe(1);

    // Voting without JavaScript: the form posts and the page shows the new score, back at the
    // thread even when the page was opened at a reply's anchor.
    await noJs.goto(`${threadUrl}#reply-1`);
    const threadVote = noJs.locator(".thread form.vote");
    await threadVote.getByRole("button", { name: "Vote up" }).click();
    await noJs.waitForLoadState("load");
    expect(new URL(noJs.url()).hash).toBe("#thread-title");
    expect(await noJs.locator(".thread .vote-score").textContent()).toBe("1");
    expect(await noJs.locator(".thread").getByRole("button", { name: "Vote up" }).getAttribute("aria-pressed")).toBe("true");

    // With JavaScript: the count changes in place, without a navigation.
    const jsPage = await colleague.newPage();
    await jsPage.goto(threadUrl);
    let navigated = false;
    jsPage.on("framenavigated", () => (navigated = true));
    const saved = () => jsPage.waitForResponse((response) => response.url().endsWith("/api/votes") && response.ok());
    await Promise.all([saved(), jsPage.locator(".thread").getByRole("button", { name: "Vote up" }).click()]);
    expect(await jsPage.locator(".thread .vote-score").textContent()).toBe("0");
    await Promise.all([saved(), jsPage.locator(".thread").getByRole("button", { name: "Vote down" }).click()]);
    expect(await jsPage.locator(".thread .vote-score").textContent()).toBe("-1");
    expect(navigated).toBe(false);
    await jsPage.reload();
    expect(await jsPage.locator(".thread .vote-score").textContent()).toBe("-1");

    // Own posts cannot be voted on.
    expect(await authorPage.locator(".thread").getByRole("button", { name: "Vote up" }).isDisabled()).toBe(true);
  });
});

describe("replying with JavaScript on", () => {
  it("posts a reply in place, and keeps the text with highlights when the server refuses", async () => {
    // A member of its own: replies are limited to one every ten seconds per member.
    const member = await e2eMember({ pseudonym: "e2e_js_replier" });
    const context = await browser.newContext();
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/c/neurology?sort=new`);
    const href = await page.getByRole("link", { name: "Arm weakness after a fall: MRI or CTA first?" }).getAttribute("href");
    await page.goto(`${baseUrl}${href}`);
    // A mark on the window survives only if the page is never reloaded.
    await page.evaluate(() => Object.assign(window, { roundsStayed: true }));
    await page.getByLabel("Your reply").fill("Agree with CTA first; add perfusion if the window is unclear.");
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.locator(".comment").filter({ hasText: "add perfusion if the window is unclear" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { roundsStayed?: boolean }).roundsStayed)).toBe(true);
    expect(await page.getByLabel("Your reply").inputValue()).toBe("");

    // A refused reply falls back to the server's answer: text kept, identifiers highlighted.
    const refused = "Her husband Robert can be reached at 617-555-0142.";
    await page.getByLabel("Your reply").fill(refused);
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.getByText("This looks like it could identify a patient.").waitFor();
    expect(await page.getByLabel("Your reply").inputValue()).toBe(refused);
    expect(await page.locator('[data-phi-output="body"] mark.phi-block').count()).toBeGreaterThan(0);

    // The next, accepted reply leaves nothing of that refusal on screen.
    await page.waitForTimeout(10_500); // one reply per 10 seconds per member
    await page.getByLabel("Your reply").fill("Her husband can be reached through the ward.");
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.locator(".comment").filter({ hasText: "can be reached through the ward" }).waitFor();
    expect(await page.getByLabel("Your reply").inputValue()).toBe("");
    expect(await page.locator("form.reply-form .notice-error").count()).toBe(0);
    expect(await page.locator("form.reply-form .field .error").count()).toBe(0);
    expect(await page.locator('form.reply-form [data-phi-output="body"]').isHidden()).toBe(true);
  });
});
