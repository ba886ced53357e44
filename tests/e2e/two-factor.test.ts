import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import { totpCodeAt, totpStepAt } from "../../src/server/auth/totp";
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

describe("two-factor sign-in in Chromium", () => {
  it("enrols with a code computed here, signs out, and signs in again with a code", async () => {
    const password = "second degree heart block type two";
    const unique = Date.now().toString(36);
    const email = `two.factor.${unique}@example.org`;
    const member = await e2eMember({ pseudonym: `tfa_${unique}`, email, passwordHash: await hashPassword(password) });
    // Its own client address, so the per-IP login limits of other tests do not apply.
    const context = await browser.newContext({ extraHTTPHeaders: { "cf-connecting-ip": "203.0.113.60" } });
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const page = await context.newPage();

    await page.goto(`${baseUrl}/account`);
    await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
    await page.waitForURL(/\/account\/two-factor$/);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Set up" }).click();
    await expect(page.getByRole("heading", { name: "Scan this code with your authenticator app" }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole("img", { name: /QR code/ })
        .locator("svg")
        .count(),
    ).resolves.toBe(1);

    // The test is the authenticator app: it reads the key typed-by-hand form and computes the code.
    const key = (await page.getByTestId("totp-key").textContent())!.replaceAll(" ", "");
    const secret = decodeBase32IgnorePadding(key);
    const enrolledAt = Date.now();
    await page.getByLabel("Code the app shows now").fill(totpCodeAt(secret, enrolledAt));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByRole("heading", { name: "Your recovery codes" }).isVisible()).resolves.toBe(true);
    const codes = await page.locator(".codes code").allTextContents();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/welcome$/);

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/login\/second-factor/);
    // No session yet: a forum page still sends this browser to the sign-in page.
    const probe = await context.request.get(`${baseUrl}/c/cardiology`, { maxRedirects: 0 });
    expect(probe.status()).toBe(303);

    // The enrolment spent its step; the next step's code is accepted (one step of skew either side).
    const step = Math.max(totpStepAt(Date.now()), totpStepAt(enrolledAt) + 1);
    await page.getByLabel("Code").fill(totpCodeAt(secret, step * 30_000));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole("heading", { name: "Across all channels" }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("holds an admin without a second factor at the enrolment page", async () => {
    const admin = await e2eMember({ role: "admin", pseudonym: `tfa_admin_${Date.now().toString(36)}` }, { secondFactor: false });
    const context = await browser.newContext();
    await context.addCookies([{ ...admin.cookie, url: baseUrl }]);
    const page = await context.newPage();
    for (const path of ["/admin/verifications", "/c/cardiology", "/account", "/mod"]) {
      await page.goto(`${baseUrl}${path}`);
      expect(new URL(page.url()).pathname, path).toBe("/account/two-factor");
    }
    await expect(page.getByText("Your role on Rounds requires two-factor sign-in.").isVisible()).resolves.toBe(true);
    const api = await context.request.get(`${baseUrl}/api/me`);
    expect(api.status()).toBe(403);
    await context.close();
  });
});
