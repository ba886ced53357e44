// Synthetic demo images, drawn here (nothing copied): a 12-lead-style rhythm strip on ECG paper
// and a chest-film-like radiograph. `npm start` uploads them through the running Worker's own
// POST /api/images (the real pipeline: type sniffing, metadata stripping, R2 under wrangler dev)
// the first time it seeds, and attaches them to a few demo threads, so a newcomer sees images.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { createSession } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { channels, images, threads } from "../../src/server/db/schema";
import { sessionCookieName } from "../../src/lib/session-cookie";
import { encodeRgbPng } from "../lib/png";

interface Raster {
  width: number;
  height: number;
  rgb: Uint8Array;
}

function raster(width: number, height: number, fill: [number, number, number]): Raster {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(fill, i * 3);
  return { width, height, rgb };
}

function plot(image: Raster, x: number, y: number, colour: [number, number, number]): void {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) return;
  image.rgb.set(colour, (py * image.width + px) * 3);
}

/** The raster as a PNG (no text chunks: nothing but pixels). */
export function encodePng(image: Raster): Uint8Array<ArrayBuffer> {
  return encodeRgbPng(image.width, image.height, image.rgb);
}

/** One beat of a lead II–like PQRST complex, as a height (pixels, up positive) at phase 0..1. */
function beat(phase: number): number {
  const bump = (centre: number, width: number, height: number) => height * Math.exp(-(((phase - centre) / width) ** 2));
  return bump(0.18, 0.025, 9) - bump(0.285, 0.008, 8) + bump(0.3, 0.01, 70) - bump(0.315, 0.01, 18) + bump(0.55, 0.05, 16);
}

/** A rhythm strip on ECG paper: small squares every 8 px, large every 40, sinus rhythm at ~75/min. */
export function drawEcgStrip(width = 960, height = 240): Raster {
  const image = raster(width, height, [255, 246, 246]);
  for (let x = 0; x < width; x++)
    for (let y = 0; y < height; y++) if (x % 8 === 0 || y % 8 === 0) plot(image, x, y, x % 40 === 0 || y % 40 === 0 ? [236, 150, 150] : [246, 205, 205]);
  const baseline = height * 0.62;
  let previous = baseline;
  for (let x = 0; x < width; x++) {
    const y = baseline - beat((x % 160) / 160);
    for (let step = Math.min(previous, y); step <= Math.max(previous, y); step++) for (let t = -1; t <= 1; t++) plot(image, x, step + t, [25, 25, 30]);
    previous = y;
  }
  return image;
}

/** A PA chest film, schematically: dark lungs in a lighter thorax, spine, ribs, heart and diaphragm. */
export function drawChestFilm(width = 600, height = 700): Raster {
  const image = raster(width, height, [8, 8, 8]);
  const cx = width / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = (x - cx) / (width * 0.44);
      const dy = (y - height * 0.52) / (height * 0.46);
      if (dx * dx + dy * dy > 1) continue;
      let grey = 150 - 40 * (dx * dx + dy * dy);
      for (const side of [-1, 1]) {
        const lx = (x - (cx + side * width * 0.19)) / (width * 0.15);
        const ly = (y - height * 0.45) / (height * 0.3);
        if (lx * lx + ly * ly < 1) grey = 40 + 25 * (lx * lx + ly * ly);
      }
      const hx = (x - (cx + width * 0.05)) / (width * 0.14);
      const hy = (y - height * 0.62) / (height * 0.12);
      if (hx * hx + hy * hy < 1) grey = 175;
      if (Math.abs(x - cx) < width * 0.03) grey = 200;
      const ribPhase = (y - height * 0.18) / (height * 0.065) - Math.abs(x - cx) / (width * 0.25);
      if (y > height * 0.18 && y < height * 0.74 && Math.abs(ribPhase - Math.round(ribPhase)) < 0.07 && Math.abs(x - cx) > width * 0.04) grey = Math.max(grey, 120);
      if (y > height * 0.76 - 0.25 * Math.abs(x - cx) * (height / width) * 0.2) grey = Math.max(grey, 165);
      const value = Math.max(0, Math.min(255, Math.round(grey)));
      plot(image, x, y, [value, value, value]);
    }
  }
  return image;
}

const DEMO_IMAGES = [
  { channel: "cardiology", draw: drawEcgStrip, alt: "Rhythm strip (synthetic demo image): sinus rhythm, about 75 per minute" },
  { channel: "pulmonology", draw: drawChestFilm, alt: "PA chest film (synthetic demo image): clear lung fields, normal heart size" },
  { channel: "emergency-medicine", draw: drawEcgStrip, alt: "Rhythm strip (synthetic demo image) from the monitor in resus" },
] as const;

/**
 * Uploads the demo images through the Worker at `siteUrl` and attaches each to the newest demo
 * thread of its channel (as that thread's author), when the thread has none yet. Returns how many
 * were attached; a channel that is missing from the demo data is skipped.
 */
export async function addDemoImages(siteUrl: string, databaseUrl: string, authToken?: string): Promise<number> {
  const { db, client } = createDb(databaseUrl, authToken);
  let attached = 0;
  try {
    for (const demo of DEMO_IMAGES) {
      const [thread] = await db
        .select({ id: threads.id, authorId: threads.authorId })
        .from(threads)
        .innerJoin(channels, eq(channels.id, threads.channelId))
        .where(and(eq(channels.slug, demo.channel), isNull(threads.deletedAt), isNull(threads.moderationState)))
        .orderBy(desc(threads.createdAt))
        .limit(1);
      if (!thread || thread.authorId === null) continue;
      const already = await db
        .select({ id: images.id })
        .from(images)
        .where(inArray(images.threadId, [thread.id]))
        .limit(1);
      if (already.length > 0) continue;
      const { token } = await createSession(db, thread.authorId, Date.now());
      const form = new FormData();
      form.set("image", new Blob([encodePng(demo.draw())]), "demo.png");
      form.set("alt", demo.alt);
      const response = await fetch(`${siteUrl}/api/images`, {
        method: "POST",
        body: form,
        headers: { origin: siteUrl, cookie: `${sessionCookieName(new URL(siteUrl))}=${token}` },
      });
      if (response.status !== 201) throw new Error(`Uploading a demo image answered ${response.status}: ${await response.text()}`);
      const { key } = (await response.json()) as { key: string };
      await db.update(images).set({ threadId: thread.id, position: 0 }).where(eq(images.key, key));
      attached++;
    }
  } finally {
    client.close();
  }
  return attached;
}
