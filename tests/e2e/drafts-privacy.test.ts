import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let userId: number;

beforeAll(async () => {
  browser = await launchChromium();
  const member = await e2eMember({ specialtySlug: "cardiology" });
  userId = member.userId;
  context = await browser.newContext();
  await context.addCookies([{ ...member.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

async function serverDrafts(): Promise<string[]> {
  const { client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    const result = await client.execute({ sql: "select payload from drafts where user_id = ?", args: [userId] });
    return result.rows.map((row) => String(row.payload));
  } finally {
    client.close();
  }
}

describe("drafts and patient identifiers in Chromium", () => {
  it("autosaves a case with a name, DOB and MRN only in the browser, says so, and brings it back on the next visit", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/new?channel=cardiology&kind=case`);
    await page.getByLabel("Title").fill("Syncope with a long QT in a runner");
    const problem = "Mrs. Maria Gonzalez, DOB 03/14/1961, MRN 00482913, two faints at the finish line.";
    await page.getByLabel("Presenting problem").fill(problem);
    const status = page.locator("[data-draft-status]");
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain("Kept in this browser only");

    const stored = (await serverDrafts()).join(" ");
    for (const value of ["Gonzalez", "03/14/1961", "00482913"]) expect(stored).not.toContain(value);

    const again = await context.newPage();
    await again.goto(`${baseUrl}/new?channel=cardiology&kind=case`);
    await expect.poll(() => again.getByLabel("Presenting problem").inputValue(), { timeout: 5000 }).toBe(problem);
    expect(await again.locator("[data-draft-status]").textContent()).toContain("Restored from this browser");

    // De-identified, the draft goes to the server again and the browser's copy is dropped.
    await again.getByLabel("Presenting problem").fill("Woman in her 60s, two faints at the finish line.");
    await expect.poll(() => again.locator("[data-draft-status]").textContent(), { timeout: 10_000 }).toContain("Draft saved");
    expect((await serverDrafts()).join(" ")).toContain("two faints at the finish line");
    expect(await again.evaluate(() => localStorage.getItem("rounds:draft:new-thread"))).toBeNull();
  });

  it("highlights an identifier in the title while typing", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/new?channel=cardiology`);
    await page.getByLabel("Title").click();
    await page.getByLabel("Title").pressSequentially("Syncope, MRN 00482913, what next?", { delay: 0 });
    const live = page.locator('[data-phi-output="title"] mark.phi-block');
    await live.first().waitFor({ timeout: 5000 });
    expect(await live.allTextContents()).toContain("00482913");
  });
});
