import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("a member's bio and practice setting, with JavaScript off", () => {
  it("keeps a bio refused for a patient identifier in the form, then shows the saved one on the profile", async () => {
    const pseudonym = `e2e_bio_${Date.now().toString(36)}`;
    const member = await e2eMember({ pseudonym });
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const page = await context.newPage();

    await page.goto(`${baseUrl}/account/profile`);
    await page.getByLabel("Practice setting").fill("Community hospital, outpatient clinic");
    const refused = "Hospitalist. Still following MRN 00482913 closely.";
    await page.getByLabel("Short bio").fill(refused);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("could identify a patient").first().isVisible()).resolves.toBe(true);
    expect(await page.getByLabel("Short bio").inputValue()).toBe(refused);
    expect(await page.getByLabel("Practice setting").inputValue()).toBe("Community hospital, outpatient clinic");

    await page.getByLabel("Short bio").fill("Hospitalist; ask me about perioperative anticoagulation.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Your profile was saved.").isVisible()).resolves.toBe(true);

    await page.goto(`${baseUrl}/u/${pseudonym}`);
    await expect(page.getByText("Hospitalist; ask me about perioperative anticoagulation.").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Community hospital, outpatient clinic").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Member since").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Accepted answers", { exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
