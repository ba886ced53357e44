import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../src/server/images/image-format";

/**
 * Images through the built Worker in workerd, with wrangler's own R2 simulation behind the IMAGES
 * binding of wrangler.toml: the upload's multipart body, the members-only serving and the headers.
 */
const ORIGIN = "http://rounds.test";
const member = { cookie: env.FIXTURE_SESSION_COOKIE as string, origin: ORIGIN };

function chunk(type: string, data: number[]): number[] {
  const body = [...new TextEncoder().encode(type), ...data];
  const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return [...be(data.length), ...body, ...be(crc32(new Uint8Array(body), 0, body.length))];
}

/**
 * A 1 × 1 grey PNG with an "Author" text chunk, as an export tool leaves it. The IDAT is the zlib
 * stream of one filter byte and one pixel in a stored (uncompressed) block, written out, because
 * workerd tests have no zlib to hand.
 */
function tinyPngWithAuthor(): Uint8Array<ArrayBuffer> {
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0];
  const idat = [0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81];
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk("IHDR", ihdr),
    ...chunk("tEXt", [...new TextEncoder().encode("Author\0Dorothea Varley")]),
    ...chunk("IDAT", idat),
    ...chunk("IEND", []),
  ]);
}

async function uploadTiny(): Promise<Response> {
  const form = new FormData();
  form.set("image", new Blob([tinyPngWithAuthor()], { type: "application/octet-stream" }), "Varley_Dorothea_ECG.png");
  form.set("alt", "Rhythm strip, one lead");
  return SELF.fetch(`${ORIGIN}/api/images`, { method: "POST", headers: member, body: form });
}

describe("images through the Worker and R2", () => {
  it("stores a member's upload without its text chunk and serves it back to members only, privately", async () => {
    const uploaded = await uploadTiny();
    expect(uploaded.status).toBe(201);
    const body = (await uploaded.json()) as { key: string; url: string; width: number; height: number };
    expect([body.width, body.height]).toEqual([1, 1]);
    expect(body.url).toBe(`/api/images/${body.key}`);
    expect(body.url).not.toContain("Varley");

    const served = await SELF.fetch(`${ORIGIN}${body.url}`, { headers: member });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toBe("private, max-age=300");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(new TextDecoder("latin1").decode(bytes)).not.toContain("Dorothea");

    const thumb = await SELF.fetch(`${ORIGIN}${body.url}/thumb`, { headers: member });
    expect(thumb.status).toBe(200);
    await thumb.arrayBuffer();

    const visitor = await SELF.fetch(`${ORIGIN}${body.url}`);
    expect(visitor.status).toBe(404);
    const missing = await SELF.fetch(`${ORIGIN}/api/images/${"x".repeat(22)}`, { headers: member });
    expect(visitor.status).toBe(missing.status);
    expect(await visitor.json()).toEqual(await missing.json());
  });

  it("refuses an upload from another site before reading it", async () => {
    const form = new FormData();
    form.set("image", new Blob([tinyPngWithAuthor()]), "x.png");
    form.set("alt", "Rhythm strip, one lead");
    const response = await SELF.fetch(`${ORIGIN}/api/images`, { method: "POST", headers: { cookie: member.cookie, origin: "https://evil.example" }, body: form });
    expect(response.status).toBe(403);
  });

  it("answers an upload over the size limit with 413 and a sentence", async () => {
    const form = new FormData();
    form.set("image", new Blob([new Uint8Array(3 * 1024 * 1024)]), "big.jpg");
    form.set("alt", "Chest film, PA");
    const response = await SELF.fetch(`${ORIGIN}/api/images`, { method: "POST", headers: member, body: form });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { message: expect.stringContaining("2 MB") } });
  });
});
