import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";

// Chromium refuses an IP address as a WebAuthn RP ID, so these pages are opened as localhost
// (the Worker takes the RP ID from a loopback request's own host: webauthn.ts relyingPartyFor).
const baseUrl = inject("baseUrl").replace("127.0.0.1", "localhost");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Chrome's virtual authenticator on this page: a platform authenticator with a resident key and a PIN it always "verifies". */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials };
}

describe("passkeys in Chromium", () => {
  it("registers a passkey on /account, signs in with it alone, then as the second step after the password", async () => {
    const password = "ventricular bigeminy on telemetry";
    const unique = Date.now().toString(36);
    const email = `passkey.${unique}@example.org`;
    const member = await e2eMember({ pseudonym: `pk_${unique}`, email, passwordHash: await hashPassword(password) });
    // Its own client address, so the per-IP login limits of other tests do not apply.
    const context = await browser.newContext({ extraHTTPHeaders: { "cf-connecting-ip": "203.0.113.70" } });
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const page = await context.newPage();
    const authenticator = await virtualAuthenticator(context, page);

    await page.goto(`${baseUrl}/account`);
    await expect(page.getByText("No passkeys yet.").isVisible()).resolves.toBe(true);
    await page.getByLabel("Name for the new passkey").fill("Test laptop");
    await page.getByLabel("Your password").fill(password);
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.waitForURL(/\/account\?passkey=added/);
    await expect(page.getByText("Your passkey was added.").isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-passkey-row]").allTextContents()).resolves.toEqual([expect.stringContaining("Test laptop")]);
    const stored = await authenticator.credentials();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ isResidentCredential: true, rpId: "localhost" });

    // Signed out, the passkey alone signs in: no email, no password.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/welcome$/);
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole("heading", { name: "Across all channels" }).isVisible()).resolves.toBe(true);

    // With a passkey on, the password is only the first step; the passkey completes it.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/welcome$/);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/login\/second-factor/);
    await expect(page.getByRole("heading", { name: "Use your passkey" }).isVisible()).resolves.toBe(true);
    const probe = await context.request.get(`${baseUrl}/c/cardiology`, { maxRedirects: 0 });
    expect(probe.status()).toBe(303);
    await page.getByRole("button", { name: "Use your passkey" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole("heading", { name: "Across all channels" }).isVisible()).resolves.toBe(true);
    expect((await authenticator.credentials())[0]!.signCount).toBeGreaterThanOrEqual(2);

    // The session list names this browser, this computer and how it signed in.
    await page.goto(`${baseUrl}/account`);
    const sessions = await page.locator("[data-session-row]").allTextContents();
    expect(sessions).toHaveLength(1);
    // The place: this context sends a CF-Connecting-IP as the edge would, so wrangler dev's own
    // request.cf country is shown (without that header it would read "This computer (local)").
    expect(sessions[0]).toMatch(/Headless Chrome on Linux · [A-Z]/);
    expect(sessions[0]).toMatch(/this session/);
    expect(sessions[0]).toMatch(/with password and passkey/);
    await expect(page.locator("[data-passkey-row]").allTextContents()).resolves.toEqual([expect.stringMatching(/Test laptop.*last used/)]);
    await context.close();
  });

  it("says passkeys need JavaScript when it is off, and keeps the password form", async () => {
    const member = await e2eMember({ pseudonym: `pk_nojs_${Date.now().toString(36)}` });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await expect(page.getByText("Passkeys need JavaScript").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Use a passkey" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Sign in" }).isVisible()).resolves.toBe(true);
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    await page.goto(`${baseUrl}/account`);
    await expect(page.getByText("Adding a passkey needs JavaScript").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Add a passkey" }).count()).resolves.toBe(0);
    await context.close();
  });
});
