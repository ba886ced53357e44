import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { createThread } from "../fixtures/factories";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const patientName = "Mrs Eleanor Whitcombe";
let browser: Browser;
let flagger: BrowserContext;
let colleague: BrowserContext;
let moderator: BrowserContext;
let threadPath = "";
let replyId = 0;

async function signedIn(cookie: { name: string; value: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ ...cookie, url: baseUrl }]);
  return context;
}

beforeAll(async () => {
  browser = await launchChromium();
  const threadAuthor = await e2eMember();
  const replyAuthor = await e2eMember();
  flagger = await signedIn((await e2eMember()).cookie);
  colleague = await signedIn((await e2eMember()).cookie);
  moderator = await signedIn((await e2eMember({ role: "moderator" })).cookie);
  // A reply that names a patient (it slipped past the scanner, as real ones sometimes will).
  const { db, client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const created = await createThread(db, {
      authorId: threadAuthor.userId,
      channelSlug: "general",
      title: "Lactate clearance as a resuscitation target in septic shock",
      createdAt: Date.now() - 60_000,
      comments: [
        {
          parentIndex: null,
          authorId: replyAuthor.userId,
          bodySource: `Saw ${patientName} on the ward again; her lactate fell by half after fluids.`,
          createdAt: Date.now() - 30_000,
        },
      ],
    });
    threadPath = `/t/${created.threadId}/lactate-clearance-as-a-resuscitation-target-in-septic-shock`;
    replyId = created.commentIds[0]!;
  } finally {
    client.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("moderation in Chromium", () => {
  it("flag for patient information → hidden for others → redacted and restored by a moderator → logged → the flagger sees the outcome", async () => {
    // A member flags the reply for patient information.
    const flaggerPage = await flagger.newPage();
    await flaggerPage.goto(`${baseUrl}${threadPath}`);
    await flaggerPage.locator(`#reply-${replyId}`).getByRole("link", { name: "Flag" }).click();
    await flaggerPage.waitForURL(/\/flag\/comment\/\d+$/);
    expect(await seriousAccessibilityViolations(flaggerPage)).toEqual([]);
    await flaggerPage.getByLabel("Patient information").check();
    await flaggerPage.getByRole("button", { name: "Flag post" }).click();
    await flaggerPage.waitForURL(/\/flags\?flagged=hidden$/);
    expect(await flaggerPage.getByText("The post is hidden until a moderator reviews it.").isVisible()).toBe(true);

    // It disappears for everyone else at once.
    const colleaguePage = await colleague.newPage();
    await colleaguePage.goto(`${baseUrl}${threadPath}`);
    expect(await colleaguePage.locator(`#reply-${replyId}`).count()).toBe(0);
    expect(await colleaguePage.content()).not.toContain("Whitcombe");

    // A moderator finds it in the queue, redacts the name, then restores it.
    const moderatorPage = await moderator.newPage();
    await moderatorPage.goto(`${baseUrl}/mod`);
    expect(await seriousAccessibilityViolations(moderatorPage)).toEqual([]);
    await moderatorPage
      .getByRole("link", { name: /Reply in “Lactate clearance as a resuscitation target/ })
      .first()
      .click();
    await moderatorPage.waitForURL(new RegExp(`/mod/post/comment/${replyId}$`));
    expect(await moderatorPage.getByText("Hidden pending moderator review").isVisible()).toBe(true);
    await moderatorPage.getByLabel("Text to redact").fill(patientName);
    await moderatorPage.getByLabel("Kind of identifier").selectOption({ label: "a name" });
    await moderatorPage.getByRole("button", { name: "Redact" }).click();
    await moderatorPage.waitForURL(/\?done=redact$/);
    expect(await moderatorPage.getByText("Text redacted everywhere it was kept.").isVisible()).toBe(true);
    expect(await moderatorPage.locator("article .prose").textContent()).toContain("Saw [redacted] on the ward again");
    await moderatorPage.getByRole("button", { name: "Restore post" }).click();
    await moderatorPage.waitForURL(/\?done=restore$/);

    // Members see it again, without the name.
    await colleaguePage.reload();
    const reply = colleaguePage.locator(`#reply-${replyId}`);
    expect(await reply.locator(".prose").textContent()).toContain("Saw [redacted] on the ward again");
    expect(await colleaguePage.content()).not.toContain("Whitcombe");

    // The log shows the automatic hide, the redaction (its category, never the text) and the restore.
    await moderatorPage.goto(`${baseUrl}/mod/log`);
    const rows = moderatorPage.locator("tbody tr").filter({ hasText: `reply ${replyId}` });
    const logText = (await rows.allTextContents()).join("\n");
    expect(logText).toMatch(/auto hide/);
    expect(logText).toMatch(/redact.*redacted a name/);
    expect(logText).toMatch(/restore/);
    expect(logText).not.toContain("Whitcombe");

    // The flagger sees what moderators did.
    await flaggerPage.goto(`${baseUrl}/flags`);
    expect(await flaggerPage.getByText("Moderators redacted identifying information from the post.").isVisible()).toBe(true);
  });
});
