import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { slugify } from "../../src/server/forum/slug";
import { createThread } from "../fixtures/factories";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

// Live threads (ADR 0028) in Chromium against the built Worker under `wrangler dev`, which runs the
// thread's Durable Object locally: one member reads, another replies, the reader sees it.
const baseUrl = inject("baseUrl");
let browser: Browser;
let reader: BrowserContext;
let replier: BrowserContext;
let threadPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  const [author, other] = [await e2eMember({ specialtySlug: "cardiology" }), await e2eMember()];
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  const title = `Live e2e: anticoagulation after a TIA ${Date.now().toString(36)}`;
  const { threadId } = await createThread(db, { authorId: author.userId, channelSlug: "cardiology", title, replyCount: 2 });
  client.close();
  threadPath = `/t/${threadId}/${slugify(title)}`;
  reader = await browser.newContext();
  await reader.addCookies([{ ...author.cookie, url: baseUrl }]);
  // The replier posts with JavaScript off: the plain form path tells the thread's object too.
  replier = await browser.newContext({ javaScriptEnabled: false });
  await replier.addCookies([{ ...other.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

describe("two members on one thread", () => {
  it("shows the reader a colleague's new reply within 2 s, behind a 'new reply — show' bar", async () => {
    const readerPage = await reader.newPage();
    await readerPage.goto(`${baseUrl}${threadPath}`);
    await readerPage.waitForSelector("html[data-live='open']", { timeout: 10_000 });
    const before = await readerPage.locator("section.replies li.comment").count();

    const replierPage = await replier.newPage();
    await replierPage.goto(`${baseUrl}${threadPath}`);
    const text = "Start apixaban at day 3 after a TIA with a small infarct on MRI";
    await replierPage.getByLabel("Your reply").fill(text);
    const started = Date.now();
    await replierPage.getByRole("button", { name: "Post reply" }).click();
    await readerPage.getByRole("button", { name: "1 new reply — show" }).waitFor({ timeout: 5_000 });
    const latency = Date.now() - started;
    console.log(`live reply: the reader saw the bar ${latency} ms after the colleague pressed "Post reply"`);
    expect(latency).toBeLessThan(2_000);

    // Nothing moved until the reader asks; then the reply is there, read with their own session.
    expect(await readerPage.locator("section.replies li.comment").count()).toBe(before);
    await readerPage.getByRole("button", { name: "1 new reply — show" }).click();
    await readerPage.getByText(text).waitFor({ timeout: 5_000 });
    expect(await readerPage.locator("section.replies li.comment").count()).toBe(before + 1);
    expect(await readerPage.locator(".live-bar").isHidden()).toBe(true);
    await replierPage.waitForURL(/#reply-\d+$/);
    // With JavaScript off the page carries no live bar and opened no socket.
    expect(await replierPage.locator(".live-bar").count()).toBe(0);
  });

  it("keeps the reader's open inline reply, and what they typed, when new replies are shown", async () => {
    const [author, colleague] = [await e2eMember({ specialtySlug: "cardiology" }), await e2eMember()];
    const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
    const title = `Live e2e: a reply box kept open ${Date.now().toString(36)}`;
    const { threadId, commentIds } = await createThread(db, { authorId: author.userId, channelSlug: "cardiology", title, replyCount: 2 });
    client.close();
    const path = `/t/${threadId}/${slugify(title)}`;
    const readerContext = await browser.newContext();
    await readerContext.addCookies([{ ...author.cookie, url: baseUrl }]);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`${baseUrl}${path}`);
    await readerPage.waitForSelector("html[data-live='open']", { timeout: 10_000 });
    const parent = `#reply-${commentIds[0]}`;
    await readerPage.locator(`${parent} > article`).getByRole("link", { name: "Reply" }).click();
    await readerPage.locator(`${parent} > form.reply-form textarea`).fill("Half-typed: I would check a troponin first");

    const colleagueContext = await browser.newContext({ javaScriptEnabled: false });
    await colleagueContext.addCookies([{ ...colleague.cookie, url: baseUrl }]);
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(`${baseUrl}${path}`);
    await colleaguePage.getByLabel("Your reply").fill("A new reply arriving while the other is typing");
    await colleaguePage.getByRole("button", { name: "Post reply" }).click();
    await readerPage.getByRole("button", { name: "1 new reply — show" }).click();
    await readerPage.getByText("A new reply arriving while the other is typing").waitFor({ timeout: 5_000 });

    // Still under the same reply, with the text as typed.
    expect(await readerPage.locator(`${parent} > form.reply-form textarea`).inputValue()).toBe("Half-typed: I would check a troponin first");
    await readerContext.close();
    await colleagueContext.close();
  });

  it("refreshes a reply its author edits in place, and takes away a reply moderators hide", async () => {
    // Its own thread: a reply by its author (the factory's), read by a colleague.
    const [author, colleague, moderator] = [await e2eMember({ specialtySlug: "cardiology" }), await e2eMember(), await e2eMember({ role: "moderator" })];
    const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
    const title = `Live e2e: edits and hiding ${Date.now().toString(36)}`;
    const { threadId, commentIds } = await createThread(db, { authorId: author.userId, channelSlug: "cardiology", title, replyCount: 1 });
    client.close();
    const replyId = commentIds[0]!;
    const path = `/t/${threadId}/${slugify(title)}`;
    const readerContext = await browser.newContext();
    await readerContext.addCookies([{ ...colleague.cookie, url: baseUrl }]);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`${baseUrl}${path}`);
    await readerPage.waitForSelector("html[data-live='open']", { timeout: 10_000 });

    const authorContext = await browser.newContext({ javaScriptEnabled: false });
    await authorContext.addCookies([{ ...author.cookie, url: baseUrl }]);
    const authorPage = await authorContext.newPage();
    await authorPage.goto(`${baseUrl}/replies/${replyId}/edit`);
    const edited = "Edited while you read: hold the beta blocker if the heart rate is under 50";
    await authorPage.getByLabel("Your reply").fill(edited);
    await authorPage.getByRole("button", { name: "Save changes" }).click();
    await readerPage.locator(`#reply-${replyId}`).getByText(edited).waitFor({ timeout: 5_000 });

    const moderatorContext = await browser.newContext({ javaScriptEnabled: false });
    await moderatorContext.addCookies([{ ...moderator.cookie, url: baseUrl }]);
    const moderatorPage = await moderatorContext.newPage();
    await moderatorPage.goto(`${baseUrl}/mod/post/comment/${replyId}`);
    await moderatorPage.getByRole("button", { name: "Hide post" }).click();
    await readerPage.locator(`#reply-${replyId}`).getByText("This reply is not available.").waitFor({ timeout: 5_000 });
    expect(await readerPage.locator(`#reply-${replyId}`).textContent()).not.toContain(edited);
    await Promise.all([readerContext.close(), authorContext.close(), moderatorContext.close()]);
  });

  it("changes the thread's score on the reader's page when a colleague votes, without a reload", async () => {
    const readerPage = await reader.newPage();
    await readerPage.goto(`${baseUrl}${threadPath}`);
    await readerPage.waitForSelector("html[data-live='open']", { timeout: 10_000 });
    const score = readerPage.locator("article.thread [data-vote-score]");
    const before = Number(await score.textContent());
    const replierPage = await replier.newPage();
    await replierPage.goto(`${baseUrl}${threadPath}`);
    await replierPage.locator("article.thread").getByRole("button", { name: "Vote up" }).click();
    await readerPage.waitForFunction((expected) => document.querySelector("article.thread [data-vote-score]")?.textContent === expected, String(before + 1), { timeout: 5_000 });
    expect(await score.getAttribute("aria-label")).toBe(`${before + 1} points`);
  });
});
