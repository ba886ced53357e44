import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

const baseUrl = inject("baseUrl");
const npi = inject("e2eRegistryNpi");
let browser: Browser;
let adminContext: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  const admin = await e2eMember({ role: "admin", pseudonym: "e2e_admin" });
  adminContext = await browser.newContext();
  await adminContext.addCookies([{ ...admin.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: false }).first().fill(value);
}

describe("joining Rounds in Chromium", () => {
  it("signs up, confirms the email from the outbox, is approved by an admin, reads a thread and signs out", async () => {
    // Its own client address (wrangler dev passes CF-Connecting-IP through; Cloudflare's edge sets
    // it in production), so the per-IP sign-up and login limits of other tests do not apply.
    const visitor = await (await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "cf-connecting-ip": "203.0.113.10" } })).newPage();
    await visitor.goto(`${baseUrl}/`);
    expect(new URL(visitor.url()).pathname).toBe("/welcome");
    await visitor.getByRole("link", { name: "Apply to join" }).first().click();
    await visitor.waitForURL(/\/signup$/);

    // A typo in the NPI: the form comes back with a plain message and everything but the password.
    await fill(visitor, {
      Email: "ada.okafor@example.org",
      Password: "myoclonic jerks at dawn",
      "Pseudonym (shown to members)": "ada_okafor",
      "First name (never shown)": "Ada",
      "Last name (never shown)": "Okafor",
      NPI: "1234567890",
    });
    await visitor.getByLabel("Primary specialty").selectOption("neurology");
    await visitor.getByLabel("State of licence").selectOption("MA");
    await visitor.getByRole("button", { name: "Apply" }).click();
    await expect(visitor.getByText("This NPI's check digit is wrong: please check for a typo.").isVisible()).resolves.toBe(true);
    expect(await visitor.getByLabel("Email").inputValue()).toBe("ada.okafor@example.org");
    expect(await visitor.getByLabel("Pseudonym (shown to members)").inputValue()).toBe("ada_okafor");
    expect(await visitor.getByLabel("Primary specialty").inputValue()).toBe("neurology");
    expect(await visitor.getByLabel("Password").inputValue()).toBe("");
    expect(await visitor.getByText("Type your password again: it is never sent back to the page.").isVisible()).toBe(true);
    expect(await visitor.getByLabel("Password").inputValue()).toBe("");

    await fill(visitor, { NPI: npi, Password: "myoclonic jerks at dawn" });
    await visitor.getByRole("button", { name: "Apply" }).click();
    await expect(visitor.getByRole("heading", { name: "Check your email" }).isVisible()).resolves.toBe(true);

    // The admin reads the confirmation mail in the outbox.
    const admin = await adminContext.newPage();
    await admin.goto(`${baseUrl}/admin/outbox`);
    await admin
      .getByRole("row", { name: /ada\.okafor@example\.org/ })
      .getByRole("link")
      .first()
      .click();
    const mailBody = await admin.locator(".mail-body").textContent();
    const confirmLink = /http:\/\/\S+\/confirm-email\/[a-z2-7]{40}/.exec(mailBody ?? "")?.[0];
    expect(confirmLink).toBeDefined();

    await visitor.goto(confirmLink!.replace(/^http:\/\/[^/]+/, baseUrl));
    await visitor.getByRole("button", { name: "Confirm my email" }).click();
    await expect(visitor.getByText("Your email address is confirmed.").isVisible()).resolves.toBe(true);

    // The admin sees the registry evidence beside the application and approves it.
    await admin.goto(`${baseUrl}/admin/verifications`);
    const application = admin.getByRole("listitem", { name: "Application from ada_okafor" });
    await expect(application.getByText("ADA OKAFOR", { exact: true }).isVisible()).resolves.toBe(true);
    await application.getByRole("button", { name: "Approve" }).click();
    await expect(admin.getByText("Approved: the physician can now read and post.").isVisible()).resolves.toBe(true);

    // The new member signs in and reads a thread.
    await visitor.goto(`${baseUrl}/login`);
    await fill(visitor, { Email: "ada.okafor@example.org", Password: "myoclonic jerks at dawn" });
    await visitor.getByRole("button", { name: "Sign in" }).click();
    // A newly approved member meets the first-run page first (tests/e2e/first-run.test.ts goes through it).
    await visitor.waitForURL(`${baseUrl}/start`);
    await visitor.getByRole("button", { name: "Skip for now" }).click();
    await visitor.waitForURL(`${baseUrl}/`);
    await expect(visitor.getByRole("heading", { name: "Across all channels" }).isVisible()).resolves.toBe(true);
    await visitor.locator(".thread-title").first().click();
    await visitor.waitForURL(/\/t\/\d+\//);
    expect(await visitor.locator(".comment").count()).toBeGreaterThan(0);

    await visitor.getByRole("button", { name: "Sign out" }).click();
    await visitor.waitForURL(/\/welcome$/);
    await visitor.goto(`${baseUrl}/c/neurology`);
    expect(new URL(visitor.url()).pathname).toBe("/login");
    await visitor.context().close();
  });

  it("shows a pending member only their status page", async () => {
    const pending = await e2eMember({ verificationStatus: "pending", pseudonym: "e2e_pending" });
    const context = await browser.newContext();
    await context.addCookies([{ ...pending.cookie, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/c/cardiology`);
    expect(new URL(page.url()).pathname).toBe("/status");
    await expect(page.getByRole("heading", { name: "Your application is being reviewed" }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
