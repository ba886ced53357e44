import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import { createDb } from "../../src/server/db/client";
import { seriousAccessibilityViolations } from "../support/axe";
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

/** A neurologist an admin approved a moment ago: joined today, first run due (as decideVerification leaves them). */
async function newlyApprovedMember(email: string, password: string): Promise<void> {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const member = await e2eMember({ pseudonym: `fr_${unique}`, email, specialtySlug: "neurology", createdAt: Date.now(), passwordHash: await hashPassword(password) });
  const { client } = createDb(`file:${inject("e2eDbFile")}`);
  try {
    await client.execute({ sql: "update users set first_run_due_at = ? where id = ?", args: [Date.now(), member.userId] });
  } finally {
    client.close();
  }
}

describe("a new member's first run, with JavaScript off", () => {
  it("signs in, lands on the first-run page, follows channels and sets the digest, sees the feed, and the composer shows the allowance left", async () => {
    const email = `first-run-${Date.now()}@example.org`;
    const password = "subarachnoid at sunrise";
    await newlyApprovedMember(email, password);
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "cf-connecting-ip": "203.0.113.61" } });
    const page = await context.newPage();

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/start`);
    await expect(page.getByRole("heading", { name: "Welcome to Rounds" }).isVisible()).resolves.toBe(true);

    // Their specialty's channel comes ticked; the first-week limits are read before they are met.
    expect(await page.getByRole("checkbox", { name: /^Neurology/ }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^General Anything clinical/ }).isChecked()).toBe(false);
    await expect(
      page
        .locator("#first-week")
        .getByText(/\d+ new threads? per day/)
        .isVisible(),
    ).resolves.toBe(true);

    await page.getByRole("checkbox", { name: /^General Anything clinical/ }).check();
    await page.getByRole("radio", { name: /^Daily/ }).check();
    await page.getByRole("button", { name: "Save and go to the forum" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole("heading", { name: "Across all channels" }).isVisible()).resolves.toBe(true);

    // The choices stuck: the page shows them when opened again, and the home page no longer sends the member there.
    await page.goto(`${baseUrl}/start`);
    expect(await page.getByRole("checkbox", { name: /^General Anything clinical/ }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Neurology/ }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: /^Daily/ }).isChecked()).toBe(true);
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/");

    // In the first week the composer says how many new threads are left.
    await page.goto(`${baseUrl}/new`);
    const allowance = await page.locator("[data-allowance]").textContent();
    expect(allowance).toMatch(/^\d+ new threads? left of \d+ per day during your first 7 days; the count starts again in /);

    // axe runs as a script in the page: the same session, in a context with JavaScript on.
    const withScripts = await browser.newContext();
    await withScripts.addCookies(await context.cookies());
    const checked = await withScripts.newPage();
    for (const path of ["/start", "/account/profile"]) {
      await checked.goto(`${baseUrl}${path}`);
      expect(await seriousAccessibilityViolations(checked), path).toEqual([]);
    }
    await withScripts.close();
    await context.close();
  });
});
