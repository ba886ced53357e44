import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let author: BrowserContext;
let colleague: BrowserContext;
let third: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  for (const pseudonym of ["e2e_case_owner", "e2e_case_helper", "e2e_poll_voter"]) {
    const member = await e2eMember({ pseudonym });
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    contexts.push(context);
  }
  [author, colleague, third] = contexts as [BrowserContext, BrowserContext, BrowserContext];
});
afterAll(async () => {
  await browser?.close();
});

async function fillCase(page: Page) {
  await page.getByLabel("Channel", { exact: true }).selectOption("nephrology");
  await page.getByLabel("Title").fill("Hyponatremia that will not correct: next step?");
  await page.getByLabel("Age band").selectOption("70–74");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByLabel("Presenting problem").fill("Na 121 with confusion, euvolemic.");
  await page.getByLabel("Relevant history").fill("SSRI started six weeks ago; no diuretics.");
  await page.getByLabel("Findings (exam, labs, imaging)").fill("Urine osm 480, urine Na 52, TSH and cortisol normal.");
  await page.getByLabel("What was tried").fill("Fluid restriction to 1 L for three days; Na 123.");
  await page.getByLabel("Your question to colleagues").fill("Urea or tolvaptan next, and would you stop the SSRI?");
}

describe("cases and polls in Chromium", () => {
  it("posts a case, gets a reply, and the author marks it solved", async () => {
    const page = await author.newPage();
    await page.goto(`${baseUrl}/new`);
    await page.getByRole("link", { name: "Case", exact: true }).click();
    await fillCase(page);
    await page.getByRole("button", { name: "Post case" }).click();
    await page.waitForURL(/\/t\/\d+\/hyponatremia-that-will-not-correct-next-step$/);
    expect(await page.locator(".case-status").textContent()).toBe("Unsolved case");
    const caseUrl = page.url();

    const helper = await colleague.newPage();
    await helper.goto(`${baseUrl}/c/nephrology?sort=unsolved`);
    await helper.getByRole("link", { name: "Hyponatremia that will not correct: next step?" }).click();
    await helper.getByLabel("Your reply").fill("Stop the SSRI and start oral urea 15 g daily; recheck Na in 24 h.");
    await helper.getByRole("button", { name: "Post reply" }).click();
    await helper.waitForURL(/#reply-\d+$/);

    await page.goto(caseUrl);
    await page.locator(".comment").filter({ hasText: "oral urea" }).getByRole("button", { name: "Mark as answer" }).click();
    await page.waitForLoadState("load");
    expect(await page.locator(".case-status").textContent()).toBe("Solved case");
    expect(await page.locator(".comment.answer").textContent()).toContain("oral urea");

    await helper.goto(`${baseUrl}/c/nephrology?sort=unsolved`);
    expect(await helper.getByRole("link", { name: "Hyponatremia that will not correct: next step?" }).count()).toBe(0);
  });

  it("collects poll votes, shows results only after voting, and never says who voted", async () => {
    // Posted by the third member: the case's author is inside the two-minute limit on new threads.
    const page = await third.newPage();
    await page.goto(`${baseUrl}/new?kind=poll&channel=cardiology`);
    // The form shows what a poll gets unless the member changes it, and its context is optional.
    expect(await page.getByLabel("Open for").inputValue()).toBe("1w");
    expect(await page.getByLabel("Open for").locator("option:checked").textContent()).toBe("1 week");
    expect(await page.getByLabel("Context (optional)").getAttribute("required")).toBeNull();
    await page.getByLabel("Question").fill("Anticoagulate device-detected AF lasting over 24 hours?");
    await page.getByLabel("Option 1", { exact: true }).fill("Yes, DOAC");
    await page.getByLabel("Option 2", { exact: true }).fill("No, monitor");
    await page.getByLabel("Option 3", { exact: true }).fill("Depends on CHA2DS2-VASc");
    await page.getByRole("button", { name: "Post poll" }).click();
    await page.waitForURL(/\/t\/\d+\//);
    const pollUrl = page.url();

    for (const [context, choice] of [
      [colleague, "Yes, DOAC"],
      [author, "Depends on CHA2DS2-VASc"],
    ] as const) {
      const voter = await context.newPage();
      await voter.goto(pollUrl);
      expect(await voter.getByText("Results appear after you vote.").isVisible()).toBe(true);
      expect(await voter.locator(".results").count()).toBe(0);
      await voter.getByLabel(choice).check();
      await voter.getByRole("button", { name: "Vote", exact: true }).click();
      await voter.waitForLoadState("load");
      expect(await voter.locator(".results").isVisible()).toBe(true);
    }

    const last = await author.newPage();
    await last.goto(pollUrl);
    const results = await last.locator(".results li").allTextContents();
    expect(results.join(" | ")).toMatch(/Yes, DOAC\s*50% \(1\).*No, monitor\s*0% \(0\).*Depends on CHA2DS2-VASc\s*50% \(1\)/);
    expect(await last.getByText("2 members voted.").isVisible()).toBe(true);
    const html = await last.content();
    expect(html).not.toContain("e2e_case_helper");
  });
});

describe("the patient-identifier guard on a case in Chromium", () => {
  it("highlights a date of birth and a record number while typing, refuses them with the spans, and posts once de-identified", async () => {
    const member = await e2eMember({ pseudonym: "e2e_case_phi" });
    const context = await browser.newContext();
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/new?kind=case&channel=endocrinology`);
    await page.getByLabel("Title").fill("Adrenal incidentaloma with borderline cortisol suppression");
    await page.getByLabel("Age band").selectOption("55–59");
    await page.getByLabel("Sex").selectOption("male");
    await page.getByLabel("Presenting problem").fill("2.8 cm left adrenal mass found on a CT for renal colic.");
    const identifying = "DOB 07/22/1968, MRN 00338127. Hypertension on two agents, type 2 diabetes.";
    await page.getByLabel("Relevant history").pressSequentially(identifying, { delay: 0 });
    const live = page.locator('[data-phi-output="history"]');
    await live.locator("mark.phi-block").first().waitFor({ timeout: 5000 });
    expect(await live.locator("mark.phi-block").allTextContents()).toEqual(expect.arrayContaining(["07/22/1968", "00338127"]));
    await page.getByLabel("Findings (exam, labs, imaging)").fill("1 mg DST cortisol 2.4 µg/dL, ACTH low-normal, DHEAS low.");
    await page.getByLabel("What was tried").fill("Repeat DST and late-night salivary cortisol pending.");
    await page.getByLabel("Your question to colleagues").fill("Would you operate for possible autonomous cortisol secretion?");

    await page.getByRole("button", { name: "Post case" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByText("This looks like it could identify a patient.").isVisible()).toBe(true);
    expect(await page.getByLabel("Relevant history").inputValue()).toBe(identifying);
    expect(await page.getByLabel("Findings (exam, labs, imaging)").inputValue()).toContain("DST cortisol 2.4");
    expect(await page.locator('[data-phi-output="history"] mark.phi-block').allTextContents()).toEqual(expect.arrayContaining(["07/22/1968", "00338127"]));

    await page.getByLabel("Relevant history").fill("Hypertension on two agents, type 2 diabetes.");
    await page.getByRole("button", { name: "Post case" }).click();
    await page.waitForURL(/\/t\/\d+\/adrenal-incidentaloma/);
    expect(await page.locator(".case-status").textContent()).toBe("Unsolved case");
    expect(await page.locator(".thread .prose").textContent()).not.toContain("1968");
    await context.close();
  });
});
