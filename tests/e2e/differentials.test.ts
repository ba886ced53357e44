import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let author: BrowserContext;
let members: BrowserContext[] = [];
const TITLE = "Tender shins, ankle swelling and hilar nodes: your differential?";

beforeAll(async () => {
  browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  // Everything with JavaScript off: the forms are plain HTML.
  for (const pseudonym of ["e2e_ddx_author", "e2e_ddx_one", "e2e_ddx_two", "e2e_ddx_three"]) {
    const member = await e2eMember({ pseudonym, specialtySlug: "pulmonology" });
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    contexts.push(context);
  }
  [author, ...members] = contexts as [BrowserContext, ...BrowserContext[]];
});
afterAll(async () => {
  await browser?.close();
});

async function submit(page: Page, rows: [string, string][], anonymous = false): Promise<void> {
  for (const [index, [diagnosis, probability]] of rows.entries()) {
    await page.getByLabel(`Diagnosis ${index + 1}`, { exact: true }).fill(diagnosis);
    await page.getByLabel(`Probability of diagnosis ${index + 1}, percent`).fill(probability);
  }
  if (anonymous) await page.getByLabel(/Submit anonymously/).check();
  await page.getByRole("button", { name: "Submit differential" }).click();
  await page.waitForLoadState("load");
}

describe("blind differentials in Chromium", () => {
  it("three members submit blind, the author solves and adjudicates, and each sees their score and the collective", async () => {
    const page = await author.newPage();
    await page.goto(`${baseUrl}/new?kind=case&channel=pulmonology`);
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Age band").selectOption("30–34");
    await page.getByLabel("Sex").selectOption("female");
    await page.getByLabel("Presenting problem").fill("Two weeks of painful red nodules on both shins and ankle pain.");
    await page.getByLabel("Relevant history").fill("No travel, no medicines.");
    await page.getByLabel("Findings (exam, labs, imaging)").fill("Bilateral hilar adenopathy on the chest film.");
    await page.getByLabel("What was tried").fill("NSAIDs for the ankles.");
    await page.getByLabel("Your question to colleagues").fill("What is your differential before the biopsy?");
    await page.getByRole("button", { name: "Post case" }).click();
    await page.waitForURL(/\/t\/\d+\//);
    const caseUrl = page.url();
    expect(await page.locator("#differentials .count").textContent()).toBe("No colleague has submitted a differential yet.");

    const [one, two, three] = await Promise.all(members.map((context) => context.newPage()));
    await one!.goto(caseUrl);
    await submit(one!, [
      ["Sarcoidosis", "60"],
      ["Lymphoma", "30"],
    ]);
    expect(await one!.locator(".collective").textContent()).toContain("Sarcoidosis");

    // The second member has not submitted: the first one's diagnoses are nowhere on the page.
    await two!.goto(caseUrl);
    expect(await two!.locator("#differentials .count").textContent()).toBe("1 colleague has submitted a differential.");
    expect(await two!.content()).not.toContain("Lymphoma");
    expect(await two!.locator(".blind-note").isVisible()).toBe(true);
    await submit(two!, [["sarcoidosis", "80"]]);
    await three!.goto(caseUrl);
    await submit(three!, [["Tuberculosis", "50"]], true);
    expect(await three!.locator("#differentials .count").textContent()).toBe("3 colleagues have submitted a differential.");

    await one!.getByLabel("Your reply").fill("A biopsy would settle it, but this looks like Löfgren syndrome.");
    await one!.getByRole("button", { name: "Post reply" }).click();
    await one!.waitForURL(/#reply-\d+$/);

    await page.goto(caseUrl);
    await page.locator(".comment").filter({ hasText: "Löfgren" }).getByRole("button", { name: "Mark as answer" }).click();
    await page.waitForLoadState("load");
    // A refused adjudication (a record number in the final diagnosis) comes back with its ticks.
    await page.getByLabel("Final diagnosis").fill("Löfgren syndrome, MRN 00482913");
    await page.getByLabel("Sarcoidosis matches").check();
    await page.getByLabel("Lymphoma matches").check();
    await page.getByRole("button", { name: "Score the differentials" }).click();
    await page.waitForLoadState("load");
    expect(await page.locator(".adjudication [role=alert]").textContent()).toContain("identify a patient");
    expect(await page.getByLabel("Sarcoidosis matches").isChecked()).toBe(true);
    expect(await page.getByLabel("Lymphoma matches").isChecked()).toBe(true);
    expect(await page.getByLabel("Final diagnosis").inputValue()).toBe("Löfgren syndrome, MRN 00482913");
    await page.getByLabel("Lymphoma matches").uncheck();
    await page.getByLabel("Final diagnosis").fill("Löfgren syndrome (sarcoidosis)");
    await page.getByRole("button", { name: "Score the differentials" }).click();
    await page.waitForLoadState("load");
    expect(await page.locator(".final").textContent()).toContain("Löfgren syndrome (sarcoidosis)");

    // (0.6−1)² + 0.3² + 0.1² = 0.26; (0.8−1)² + 0.2² = 0.08; 0.5² + (0.5−1)² = 0.5.
    for (const [member, brier] of [
      [one!, "0.260"],
      [two!, "0.080"],
      [three!, "0.500"],
    ] as const) {
      await member.goto(caseUrl);
      expect(await member.locator(".score").textContent()).toContain(`Your Brier score: ${brier}`);
      const rows = await member.locator(".collective tbody tr").allTextContents();
      expect(rows[0]).toMatch(/^\s*Sarcoidosis[\s\S]*46\.7%\s*2\s*$/);
    }
    // The anonymous differential shows no pseudonym to anyone.
    await one!.goto(caseUrl);
    expect(await one!.locator(".others").textContent()).not.toContain("e2e_ddx_three");

    await two!.goto(`${baseUrl}/c/pulmonology?sort=scored`);
    const item = two!.locator(".thread-item").filter({ hasText: TITLE });
    expect(await item.locator(".top-diagnosis").textContent()).toBe("Collective top diagnosis: Sarcoidosis");
  });
});
