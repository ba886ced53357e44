import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

/** A chunked upload (no Content-Length) of `size` bytes, 64 KB at a time. */
function chunkedBody(size: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("a".repeat(65_536));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

async function upload(path: string, size: number, contentType: string): Promise<number> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": contentType },
    body: chunkedBody(size),
    duplex: "half",
    signal: AbortSignal.timeout(60_000),
  } as RequestInit);
  await response.arrayBuffer();
  return response.status;
}

describe("request bodies over 64 KB, through wrangler dev", () => {
  for (const size of [70_000, 1_000_000, 5_000_000]) {
    it(`answers 413 to a ${size.toLocaleString("en-US")}-byte chunked upload to the API and to a page`, async () => {
      expect(await upload("/api/replies", size, "application/json")).toBe(413);
      expect(await upload("/login", size, "application/x-www-form-urlencoded")).toBe(413);
    });
  }
});
