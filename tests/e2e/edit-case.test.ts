import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/axe";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let member: BrowserContext;
let cookie: Parameters<BrowserContext["addCookies"]>[0][number];

beforeAll(async () => {
  browser = await launchChromium();
  const author = await e2eMember({ specialtySlug: "nephrology" });
  // JavaScript off: the edit form and the history are plain forms and pages.
  member = await browser.newContext({ javaScriptEnabled: false });
  cookie = { ...author.cookie, url: baseUrl };
  await member.addCookies([cookie]);
});
afterAll(async () => {
  await browser?.close();
});

describe("editing a case in Chromium without JavaScript", () => {
  it("edits a case's fields, refuses an identifier in one field keeping the text, and shows the changed fields in the history", async () => {
    const page = await member.newPage();
    await page.goto(`${baseUrl}/new?kind=case&channel=nephrology`);
    await page.getByLabel("Title").fill("Edit case e2e: hyperkalemia on an ARNI");
    await page.getByLabel("Age band").selectOption("60–64");
    await page.getByLabel("Sex").selectOption("male");
    await page.getByLabel("Presenting problem").fill("K 6.4 on routine labs, asymptomatic.");
    await page.getByLabel("Relevant history").fill("CKD 3b, HFrEF on sacubitril/valsartan.");
    await page.getByLabel("Findings (exam, labs, imaging)").fill("Peaked T waves, eGFR 38.");
    await page.getByLabel("What was tried").fill("Stopped spironolactone, started patiromer.");
    await page.getByLabel("Your question to colleagues").fill("Would you keep the ARNI at a lower dose?");
    await page.getByRole("button", { name: "Post case" }).click();
    await page.waitForURL(/\/t\/\d+\/edit-case-e2e-hyperkalemia-on-an-arni$/);
    const threadUrl = page.url();
    const threadId = /\/t\/(\d+)\//.exec(threadUrl)?.[1];

    // The case page links to its edit form, which starts from the saved fields.
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.waitForURL(`${baseUrl}/t/${threadId}/edit`);
    expect(await page.getByRole("heading", { name: "Edit case" }).isVisible()).toBe(true);
    expect(await page.getByLabel("Findings").inputValue()).toBe("Peaked T waves, eGFR 38.");

    // An identifier in one field: refused, that field named, everything typed kept.
    const identifying = "CKD 3b, MRN 00338127, HFrEF on sacubitril/valsartan.";
    await page.getByLabel("Relevant history").fill(identifying);
    await page.getByLabel("Findings").fill("Peaked T waves, eGFR 35 on repeat.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByText("This looks like it could identify a patient.").isVisible()).toBe(true);
    expect(await page.locator("#field-history-error").isVisible()).toBe(true);
    expect(await page.locator("#field-findings-error").count()).toBe(0);
    expect(await page.getByLabel("Relevant history").inputValue()).toBe(identifying);
    expect(await page.getByLabel("Findings").inputValue()).toBe("Peaked T waves, eGFR 35 on repeat.");

    // Fixed: saved, and the case shows the new findings.
    await page.getByLabel("Relevant history").fill("CKD 3b, HFrEF on sacubitril/valsartan.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(threadUrl);
    const text = await page.locator(".thread .prose").textContent();
    expect(text).toContain("eGFR 35 on repeat");
    expect(text).not.toContain("eGFR 38");
    expect(text).not.toContain("00338127");

    // The history keeps both versions and names the field that changed.
    await page.goto(`${baseUrl}/history/thread/${threadId}`);
    const versions = page.locator(".version");
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(0).locator(".changes summary").textContent()).toBe("Changed: Findings");
    expect(await versions.nth(0).locator(".changes .before").textContent()).toBe("Peaked T waves, eGFR 38.");
    expect(await versions.nth(0).locator(".changes .after").textContent()).toBe("Peaked T waves, eGFR 35 on repeat.");
    expect(await versions.nth(1).locator(".source").textContent()).toContain("eGFR 38");

    // The case's edit form and its history pass axe (with JavaScript on, which axe needs).
    const scripted = await browser.newContext();
    await scripted.addCookies([cookie]);
    const checked = await scripted.newPage();
    for (const path of [`/t/${threadId}/edit`, `/history/thread/${threadId}`]) {
      await checked.goto(`${baseUrl}${path}`);
      expect(await seriousAccessibilityViolations(checked)).toEqual([]);
    }
    await scripted.close();
  });
});
