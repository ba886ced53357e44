import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/server/db/client";
import { launchChromium } from "../support/chromium";
import { e2eMember } from "../support/e2e-members";
import { makePng } from "../support/png";

const baseUrl = inject("baseUrl");
let browser: Browser;
let author: BrowserContext;
let colleague: BrowserContext;
let authorNoJs: BrowserContext;
let visitor: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  const a = await e2eMember({ pseudonym: "e2e_image_author", specialtySlug: "radiology" });
  const b = await e2eMember({ pseudonym: "e2e_image_reader" });
  // Another author for the no-JavaScript upload: one member may start one thread per 2 minutes.
  const c = await e2eMember({ pseudonym: "e2e_image_nojs", specialtySlug: "radiology" });
  author = await browser.newContext();
  authorNoJs = await browser.newContext({ javaScriptEnabled: false });
  colleague = await browser.newContext();
  visitor = await browser.newContext();
  await author.addCookies([{ ...a.cookie, url: baseUrl }]);
  await authorNoJs.addCookies([{ ...c.cookie, url: baseUrl }]);
  await colleague.addCookies([{ ...b.cookie, url: baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
});

/** A film-like image with a name and a date of birth burned into its corner, as a PACS export leaves them. */
async function filmWithBanner(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="760">' +
    '<rect width="100%" height="100%" fill="#1c1c1c"/><ellipse cx="500" cy="420" rx="300" ry="320" fill="#6a6a6a"/>' +
    '<text x="24" y="48" font-family="DejaVu Sans Mono, monospace" font-size="30" fill="#e6e6e6" xml:space="preserve">HALVORSEN, MARGIT</text>' +
    '<text x="24" y="96" font-family="DejaVu Sans Mono, monospace" font-size="30" fill="#e6e6e6" xml:space="preserve">DOB 03/14/1961</text>' +
    "</svg>";
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe("images in Chromium", () => {
  it("outlines a burned-in name and date, refuses the image until they are covered, and posts it for colleagues to see", async () => {
    const page = await author.newPage();
    await page.goto(`${baseUrl}/new?channel=radiology`);
    await page.getByLabel("Title").fill("Subtle apical lucency on an erect film");
    await page.getByLabel("Body").fill("Woman in her 60s, pleuritic pain after a long flight. Is that a pneumothorax at the apex?");

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Add an image" }).click();
    await (await chooser).setFiles({ name: "film.png", mimeType: "image/png", buffer: await filmWithBanner() });
    const dialog = page.getByRole("dialog", { name: "Cover what identifies the patient" });
    await dialog.waitFor();
    const findings = dialog.locator(".ie-finding.ie-block");
    // OCR loads its engine and model from /vendor/ the first time: allow it a while.
    await findings.first().waitFor({ timeout: 60_000 });
    const found = await dialog.locator(".ie-finding").allTextContents();
    expect(found.join(" ")).toMatch(/name/i);
    expect(found.join(" ")).toMatch(/date/i);

    await dialog.getByRole("button", { name: "Use this image" }).click();
    await expect.poll(() => dialog.locator(".ie-status, [role=status]").first().textContent()).toMatch(/[Cc]over/);
    expect(await dialog.isVisible()).toBe(true);

    // The member covers each finding (a box burned into the pixels), and the check runs again.
    while ((await dialog.getByRole("button", { name: /^Cover \d+:/ }).count()) > 0) {
      await dialog
        .getByRole("button", { name: /^Cover \d+:/ })
        .first()
        .click();
    }
    await dialog.getByRole("button", { name: "Use this image" }).click();
    await dialog.waitFor({ state: "detached", timeout: 60_000 });

    await page.locator("#image-describe-alt").fill("Erect PA chest film, apical view");
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await page.locator("[data-image-list] li img").waitFor();
    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForURL(/\/t\/\d+\/subtle-apical-lucency-on-an-erect-film$/);
    const threadUrl = page.url();
    const thumb = page.locator(".thread .post-images img");
    await thumb.waitFor();
    const src = await thumb.getAttribute("src");
    expect(src).toMatch(/^\/api\/images\/[A-Za-z0-9_-]{22}\/thumb$/);

    const reader = await colleague.newPage();
    await reader.goto(threadUrl);
    const seen = reader.locator(".thread .post-images img");
    await seen.scrollIntoViewIfNeeded();
    await expect.poll(() => seen.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await seen.getAttribute("alt")).toBe("Erect PA chest film, apical view");

    // The stored pixels carry the boxes, not the name: the top-left banner is now black.
    const full = await colleague.request.get(`${baseUrl}${src!.replace(/\/thumb$/, "")}`);
    expect(full.status()).toBe(200);
    const { data, info } = await sharp(await full.body())
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => data[(y * info.width + x) * info.channels] ?? 255;
    const scale = info.width / 1000;
    expect(pixel(Math.round(60 * scale), Math.round(38 * scale))).toBeLessThan(40);

    // A visitor gets no image bytes, the same answer as for an image that does not exist.
    const outsider = await visitor.request.get(`${baseUrl}${src}`);
    expect(outsider.status()).toBe(404);
    expect(outsider.headers()["content-type"]).toMatch(/json/);
  });

  it("stores an image uploaded without JavaScript with its metadata removed", async () => {
    const page = await authorNoJs.newPage();
    await page.goto(`${baseUrl}/new?channel=radiology`);
    await page.getByLabel("Title").fill("Lateral film without a browser check");
    await page.getByLabel("Body").fill("Posting from an old workstation browser: is the retrocardiac opacity real?");
    const png = makePng(64, 48, { Author: "Margit Halvorsen", Comment: "Accession RX-20931" });
    await page.getByLabel("Image file").setInputFiles({ name: "Halvorsen_lateral.png", mimeType: "image/png", buffer: Buffer.from(png) });
    await page.getByLabel("What the image shows", { exact: true }).fill("Lateral chest film");
    await page.getByRole("button", { name: "Post thread" }).click();
    await page.waitForURL(/\/t\/\d+\/lateral-film-without-a-browser-check$/);
    const src = await page.locator(".thread .post-images img").getAttribute("src");
    expect(src).toMatch(/^\/api\/images\/[A-Za-z0-9_-]{22}\/thumb$/);
    const stored = Buffer.from(await (await authorNoJs.request.get(`${baseUrl}${src}`)).body());
    expect(stored.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(stored.includes(Buffer.from("Halvorsen"))).toBe(false);
    expect(stored.includes(Buffer.from("RX-20931"))).toBe(false);
    expect(stored.includes(Buffer.from("tEXt"))).toBe(false);
  });
});

describe("images on the thread page", () => {
  it("shows the demo's synthetic images to a member, as npm start seeds them", async () => {
    const { client } = createDb(`file:${inject("e2eDbFile")}`);
    const rows = await client.execute("select thread_id, alt from images where thread_id is not null and alt like '%synthetic demo image%' order by id");
    client.close();
    expect(rows.rows.length, "the demo threads carry synthetic images").toBeGreaterThanOrEqual(2);
    const page = await colleague.newPage();
    // Any slug leads to the thread's own address.
    await page.goto(`${baseUrl}/t/${String(rows.rows[0]!.thread_id)}/demo`);
    const image = page.locator(".thread .post-images img");
    await image.scrollIntoViewIfNeeded();
    expect(await image.getAttribute("alt")).toBe(String(rows.rows[0]!.alt));
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  });

  it("keeps a thread with 6 images within the thread page's weight budget, every image lazy, sized and described", async () => {
    const member = await e2eMember({ pseudonym: "e2e_six_images" });
    const context = await browser.newContext();
    await context.addCookies([{ ...member.cookie, url: baseUrl }]);
    const keys: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await context.request.post(`${baseUrl}/api/images`, {
        headers: { origin: baseUrl },
        multipart: { image: { name: `strip-${i}.png`, mimeType: "image/png", buffer: Buffer.from(makePng(300 + i, 200)) }, alt: `Rhythm strip ${i + 1} of 6` },
      });
      expect(response.status()).toBe(201);
      keys.push(((await response.json()) as { key: string }).key);
    }
    const thread = await context.request.post(`${baseUrl}/api/threads`, {
      headers: { origin: baseUrl, "content-type": "application/json" },
      data: { channel: "cardiology", title: "Six strips from one night on telemetry", body: "Serial strips from one night: which shows the first run of VT?", images: keys },
    });
    expect(thread.status()).toBe(201);
    const { url } = (await thread.json()) as { url: string };

    const page = await context.newPage();
    const sizes: { type: string; gzip: number }[] = [];
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (!["document", "stylesheet", "script"].includes(type)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ type, gzip: gzipSync(body).length });
    });
    await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
    const images = page.locator(".thread .post-images img");
    expect(await images.count()).toBe(6);
    for (const image of await images.all()) {
      expect(await image.getAttribute("loading")).toBe("lazy");
      expect(Number(await image.getAttribute("width"))).toBeGreaterThan(0);
      expect(Number(await image.getAttribute("height"))).toBeGreaterThan(0);
      expect(await image.getAttribute("alt")).toMatch(/^Rhythm strip \d of 6$/);
    }
    const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
    const script = sizes.filter((entry) => entry.type === "script").reduce((sum, entry) => sum + entry.gzip, 0);
    console.log(`thread page with 6 images: ${(total / 1024).toFixed(1)} KB gzip of HTML, CSS and JavaScript (${(script / 1024).toFixed(1)} KB JavaScript), images excluded`);
    expect(script).toBeLessThanOrEqual(10 * 1024);
    expect(total).toBeLessThanOrEqual(40 * 1024);
    await context.close();
  });
});
