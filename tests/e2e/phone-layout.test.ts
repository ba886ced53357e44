import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

async function pageAs(member: { cookie: { name: string; value: string } }, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  await context.addCookies([{ ...member.cookie, url: baseUrl }]);
  return context.newPage();
}

describe("pages on a phone and with unread notifications", () => {
  it("shows the audit log and the outbox as cards on a 390 px screen, with nothing running off it", async () => {
    const admin = await e2eMember({ role: "admin" });
    const page = await pageAs(admin, 390);
    for (const path of ["/mod/log", "/admin/outbox"]) {
      await page.goto(`${baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const firstCell = page.locator("table.cards-on-phone td[data-label]").first();
      if ((await firstCell.count()) > 0) expect(await firstCell.evaluate((cell) => getComputedStyle(cell).display), path).toBe("block");
    }
  });

  it("names the Notifications link by its visible words, with the unread count after them", async () => {
    const member = await e2eMember({});
    const { client } = createDb(`file:${inject("e2eDbFile")}`);
    try {
      for (let n = 0; n < 3; n++) {
        await client.execute({
          sql: "insert into notifications (user_id, kind, detail, created_at) values (?, 'verification', 'Your application was approved.', ?)",
          args: [member.userId, Date.now()],
        });
      }
    } finally {
      client.close();
    }
    const page = await pageAs(member, 1280);
    await page.goto(`${baseUrl}/`);
    const link = page.getByRole("link", { name: /^Notifications/ });
    expect(await link.count()).toBe(1);
    expect(await page.getByRole("link", { name: /^Notifications\s*\(3 unread\)$/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
