import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  BODY_HAS_NUL_MESSAGE,
  BODY_NOT_UTF8_MESSAGE,
  BODY_TOO_LARGE_MESSAGE,
  MAX_BODY_BYTES,
  MAX_DISCARDED_BYTES,
  PAGE_FORMS_ONLY_MESSAGE,
  PAGE_UPLOAD_TOO_LARGE_MESSAGE,
  assertPageFormBody,
  checkBodyText,
  readLimitedBody,
} from "../../../src/lib/request-body";
import { createReplySchema } from "../../../src/server/forum/create-reply";
import { editThreadSchema } from "../../../src/server/forum/edit-post";
import { caseSchema, discussionSchema, pollSchema } from "../../../src/server/forum/thread-kinds";

const encoder = new TextEncoder();
const site = "http://rounds.test/new";

/** A body that arrives in the given chunks, with no Content-Length; counts what was pulled. */
function chunkedRequest(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const stats = { pulled: 0, cancelled: false };
  let index = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (index >= chunks.length) return controller.close();
        stats.pulled++;
        controller.enqueue(chunks[index++]!);
      },
      cancel() {
        stats.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  ); // nothing is pulled until someone reads
  const request = new Request(site, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, stats };
}

/** An endless stream of 16 KB chunks: only a reader that stops can finish. */
function endlessRequest() {
  const stats = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulled++;
      controller.enqueue(new Uint8Array(16_384).fill(0x61));
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { request: new Request(site, { method: "POST", body, duplex: "half" } as RequestInit), stats };
}

const bytesOf = (...parts: (string | number[])[]) => {
  const pieces = parts.map((part) => (typeof part === "string" ? encoder.encode(part) : new Uint8Array(part)));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.byteLength;
  }
  return out;
};

const refusal = (code: string, message: string) => expect.objectContaining({ code, message });

describe("readLimitedBody: at most 64 KB, never buffered past it", () => {
  it("is 65,536 bytes", () => {
    expect(MAX_BODY_BYTES).toBe(65_536);
  });

  it("reads exactly 65,536 bytes with a Content-Length", async () => {
    // A Request built in code has no Content-Length header; an incoming one does: set it here.
    const request = new Request(site, { method: "POST", body: new Uint8Array(65_536).fill(0x61), headers: { "content-length": "65536" } });
    expect((await readLimitedBody(request)).byteLength).toBe(65_536);
  });

  it("refuses 65,537 bytes by their Content-Length before reading a byte", async () => {
    const request = new Request(site, { method: "POST", body: new Uint8Array(65_537), headers: { "content-length": "65537" } });
    await expect(readLimitedBody(request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a declared length over the limit even when the body is small", async () => {
    const request = new Request(site, { method: "POST", body: "{}", headers: { "content-length": "99999999999999999999" } });
    await expect(readLimitedBody(request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
  });

  it("reads exactly 65,536 chunked bytes", async () => {
    const { request } = chunkedRequest([new Uint8Array(40_000).fill(0x62), new Uint8Array(25_536).fill(0x63)]);
    const bytes = await readLimitedBody(request);
    expect(bytes.byteLength).toBe(65_536);
    expect(bytes[39_999]).toBe(0x62);
    expect(bytes[40_000]).toBe(0x63);
  });

  it("refuses 65,537 chunked bytes, reading the upload to its end so the client gets the answer", async () => {
    const { request, stats } = chunkedRequest([new Uint8Array(65_536), new Uint8Array(1), new Uint8Array(1_000_000)]);
    await expect(readLimitedBody(request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    expect(stats).toEqual({ pulled: 3, cancelled: false });
  });

  it("cuts off an endless body once 16 MB past the limit have been thrown away", async () => {
    const { request, stats } = endlessRequest();
    await expect(readLimitedBody(request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    // 4 chunks of 16 KB are the limit, 1,024 more the discard bound; the stream may queue one
    // more ahead (its high-water mark), never more.
    expect(MAX_DISCARDED_BYTES).toBe(16 * 1024 * 1024);
    expect(stats.pulled).toBeLessThanOrEqual(4 + 1 + MAX_DISCARDED_BYTES / 16_384 + 2);
    expect(stats.cancelled).toBe(true);
  });

  it("counts a body whose Content-Length lies low, or is not a number", async () => {
    for (const contentLength of ["10", "abc", "-1", "10, 10"]) {
      const { request } = chunkedRequest([new Uint8Array(70_000)], { "content-length": contentLength });
      await expect(readLimitedBody(request), contentLength).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    }
  });

  it("reads no body as empty", async () => {
    expect((await readLimitedBody(new Request(site))).byteLength).toBe(0);
  });

  it("answers a body that breaks off with INVALID, not a crash", async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const request = new Request(site, { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readLimitedBody(request)).rejects.toThrow(refusal("INVALID", "The request body could not be read."));
  });

  it("keeps multibyte characters split across chunk boundaries intact", async () => {
    const text = "Troponin ≥ 0.04 µg/L, T° 38.5 — 😷 naïve";
    const bytes = encoder.encode(text);
    // Split at every position, so some cut inside é, ≥, µ, ° and the 4-byte emoji.
    for (let cut = 1; cut < bytes.byteLength; cut++) {
      const { request } = chunkedRequest([bytes.slice(0, cut), bytes.slice(cut)], { "content-type": "application/json" });
      expect(checkBodyText(await readLimitedBody(request), "application/json")).toBe(text);
    }
    const { request } = chunkedRequest([...bytes].map((byte) => new Uint8Array([byte])));
    expect(checkBodyText(await readLimitedBody(request), "text/plain")).toBe(text);
  });

  it("holds 65,536 bytes of 3-byte characters exactly at the limit", async () => {
    const text = "≥".repeat(21_845) + "x";
    const { request } = chunkedRequest([encoder.encode(text).slice(0, 30_001), encoder.encode(text).slice(30_001)]);
    expect(checkBodyText(await readLimitedBody(request), "text/plain")).toBe(text);
    const over = chunkedRequest([encoder.encode(text + "x")]);
    await expect(readLimitedBody(over.request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
  });
});

describe("checkBodyText: UTF-8 without NUL", () => {
  const notUtf8 = refusal("INVALID_ENCODING", BODY_NOT_UTF8_MESSAGE);
  const nul = refusal("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE);

  it.each([
    ["a stray continuation byte", [0x80]],
    ["0xFF", [0xff]],
    ["an overlong slash", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a 3-byte character cut short", [0xe2, 0x89]],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("refuses %s in every content type", (_name, bad) => {
    for (const contentType of ["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", null]) {
      expect(() => checkBodyText(bytesOf('{"body":"', bad, '"}'), contentType), String(contentType)).toThrow(notUtf8);
    }
  });

  it("refuses a raw NUL byte in every content type", () => {
    for (const contentType of ["application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", null]) {
      expect(() => checkBodyText(bytesOf('{"body":"a', [0], 'b"}'), contentType), String(contentType)).toThrow(nul);
    }
  });

  it("refuses a percent-encoded NUL in a form's value or name", () => {
    expect(() => checkBodyText(bytesOf("title=Hello&body=a%00b"), "application/x-www-form-urlencoded")).toThrow(nul);
    expect(() => checkBodyText(bytesOf("ti%00tle=Hello"), "application/x-www-form-urlencoded; charset=UTF-8")).toThrow(nul);
  });

  it("refuses percent-encoded bytes that are not UTF-8 in a form", () => {
    for (const body of ["body=%C3%28", "body=%FF", "body=%E2%89", "b%C0%AFdy=x", "body=%ed%a0%80"]) {
      expect(() => checkBodyText(bytesOf(body), "application/x-www-form-urlencoded"), body).toThrow(notUtf8);
    }
  });

  it("accepts forms that only look suspicious", () => {
    const form = "title=100%25+sure&body=%C3%A9+%E2%89%A5+%F0%9F%98%B7+%2500+%zz+%4+%&x=1+2";
    expect(checkBodyText(bytesOf(form), "application/x-www-form-urlencoded")).toBe(form);
  });

  it("refuses \\u0000 in a JSON string or key, however it is escaped", () => {
    for (const json of ['{"body":"a\\u0000b"}', '{"a\\u0000":1}', '["\\\\\\u0000"]', '{"body":"\\u00001"}']) {
      expect(() => checkBodyText(bytesOf(json), "application/json; charset=utf-8"), json).toThrow(nul);
    }
  });

  it("accepts a JSON string that writes about escapes, and other control characters", () => {
    for (const json of ['{"body":"type \\\\u0000 to mean NUL"}', '{"body":"\\u0001\\u001f\\n"}', '{"body":"\\\\\\\\u0000"}']) {
      expect(checkBodyText(bytesOf(json), "application/json"), json).toBe(json);
    }
  });

  it("does not read \\u0000 as NUL outside JSON (a form's value is percent-encoded)", () => {
    expect(checkBodyText(bytesOf("body=\\u0000"), "application/x-www-form-urlencoded")).toBe("body=\\u0000");
  });

  it("returns multibyte text unchanged", () => {
    const json = JSON.stringify({ body: "Na⁺ 128 mmol/L, Δ 10 — 患者 😷" });
    expect(checkBodyText(encoder.encode(json), "application/json")).toBe(json);
  });
});

describe("assertPageFormBody: what the page middleware lets through", () => {
  const form = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request(site, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });

  it("lets a page read the form it checked", async () => {
    const request = form("title=Apixaban+dosing&body=eGFR+%E2%89%A5+25&intent=post");
    await assertPageFormBody(request);
    const values = await request.formData();
    expect(values.get("body")).toBe("eGFR ≥ 25");
    expect(values.get("intent")).toBe("post");
  });

  it("answers 65,537 bytes with PAYLOAD_TOO_LARGE, without keeping them, and takes 65,536", async () => {
    const over = chunkedRequest([encoder.encode(`body=${"a".repeat(65_532)}`)], {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": "65537",
    });
    await expect(assertPageFormBody(over.request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    expect(over.request.bodyUsed).toBe(true); // read on and thrown away, so the client hears the 413
    const overUndeclared = form(`body=${"a".repeat(65_532)}`);
    await expect(assertPageFormBody(overUndeclared)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
    const at = form(`body=${"a".repeat(65_531)}`, { "content-length": "65536" });
    await assertPageFormBody(at);
    expect((await at.formData()).get("body")).toHaveLength(65_531);
  });

  it("answers a chunked form over the limit with PAYLOAD_TOO_LARGE", async () => {
    const { request } = chunkedRequest([encoder.encode("body="), new Uint8Array(65_532).fill(0x61)], {
      "content-type": "application/x-www-form-urlencoded",
    });
    await expect(assertPageFormBody(request)).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
  });

  it("refuses NUL, raw or percent-encoded, and bytes that are not UTF-8", async () => {
    await expect(assertPageFormBody(form("body=a%00b"))).rejects.toThrow(refusal("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE));
    await expect(assertPageFormBody(form(bytesOf("body=a", [0], "b")))).rejects.toThrow(refusal("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE));
    await expect(assertPageFormBody(form("body=%C3%28"))).rejects.toThrow(refusal("INVALID_ENCODING", BODY_NOT_UTF8_MESSAGE));
  });

  it("refuses a body that is not a form, which the page could not read", async () => {
    for (const contentType of ["application/json", "text/plain", "application/octet-stream"]) {
      await expect(assertPageFormBody(form("{}", { "content-type": contentType })), contentType).rejects.toThrow(refusal("INVALID", PAGE_FORMS_ONLY_MESSAGE));
    }
    const untyped = new Request(site, { method: "POST", body: new Uint8Array([0x61]) });
    await expect(assertPageFormBody(untyped)).rejects.toThrow(refusal("INVALID", PAGE_FORMS_ONLY_MESSAGE));
  });

  it("lets a bodiless POST through (the sign-out button) and never looks at GET", async () => {
    await assertPageFormBody(new Request("http://rounds.test/logout", { method: "POST" }));
    await assertPageFormBody(new Request(site));
  });

  it("takes a well-formed multipart form and refuses a malformed one", async () => {
    const multipart = new FormData();
    multipart.set("body", "Δ 10 😷");
    const good = new Request(site, { method: "POST", body: multipart });
    await assertPageFormBody(good);
    expect((await good.formData()).get("body")).toBe("Δ 10 😷");
    const broken = new Request(site, { method: "POST", body: "--x\r\nnot a part", headers: { "content-type": "multipart/form-data; boundary=x" } });
    await expect(assertPageFormBody(broken)).rejects.toThrow(expect.objectContaining({ code: "INVALID" }));
    const noBoundary = new Request(site, { method: "POST", body: "a=1", headers: { "content-type": "multipart/form-data" } });
    await expect(assertPageFormBody(noBoundary)).rejects.toThrow(expect.objectContaining({ code: "INVALID" }));
  });
});

describe("the largest legitimate posts fit in 64 KB", () => {
  /** The longest value a field takes, asked of the schema itself, so a raised limit shows here. */
  function longest(schema: z.ZodType, valid: Record<string, unknown>, field: string): number {
    let [low, high] = [0, 200_000];
    while (low < high) {
      const length = Math.ceil((low + high) / 2);
      if (schema.safeParse({ ...valid, [field]: "a".repeat(length) }).success) low = length;
      else high = length - 1;
    }
    return low;
  }

  /** Every text field at its maximum, written in a character that is 3 bytes in UTF-8 ("≥"). */
  function atMaximum(schema: z.ZodType, valid: Record<string, unknown>, fields: string[], character: string): Record<string, unknown> {
    return { ...valid, ...Object.fromEntries(fields.map((field) => [field, character.repeat(longest(schema, valid, field))])) };
  }

  const discussion = { kind: "discussion", channel: "general", title: "A title long enough", body: "A body that is long enough.", anonymous: true, confirmNotPhi: true };
  const caseInput = {
    kind: "case",
    channel: "general",
    title: "A title long enough",
    anonymous: true,
    confirmNotPhi: true,
    ageBand: "90 or older",
    sex: "other or not stated",
    presentingProblem: "Chest pain",
    history: "None",
    findings: "None",
    triedSoFar: "None",
    question: "What would you do next?",
  };
  const caseFields = ["title", "presentingProblem", "history", "findings", "triedSoFar", "question"];
  const posts: [string, z.ZodType, Record<string, unknown>, string[]][] = [
    ["a discussion", discussionSchema, discussion, ["title", "body"]],
    ["a case", caseSchema, caseInput, caseFields],
    ["a reply", createReplySchema, { threadId: "999999999999", parentId: "999999999999", body: "A reply.", anonymous: true, confirmNotPhi: true }, ["body"]],
    [
      "a thread edit",
      editThreadSchema,
      { threadId: "999999999999", title: "A title long enough", body: "A body.", confirmNotPhi: true, expectedEditedAt: Date.now() },
      ["title", "body"],
    ],
  ];

  it.each(posts)("%s as JSON, every character 3 bytes", (_name, schema, valid, fields) => {
    const json = JSON.stringify(atMaximum(schema, valid, fields, "≥"));
    expect(new TextEncoder().encode(json).byteLength).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it("a poll as JSON, every character 3 bytes", () => {
    const poll = {
      kind: "poll",
      channel: "general",
      title: "A question long enough",
      body: "≥".repeat(4000),
      options: Array.from({ length: 10 }, (_, index) => `${index}${"≥".repeat(119)}`),
      multipleChoice: true,
      duration: "2w",
    };
    expect(pollSchema.safeParse(poll).success).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(poll)).byteLength).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it("the composer's autosaved draft of the largest case, as JSON", () => {
    const values = Object.fromEntries(Object.entries(atMaximum(caseSchema, caseInput, caseFields, "≥")).map(([key, value]) => [key, String(value)]));
    expect(new TextEncoder().encode(JSON.stringify({ key: "new-thread", values })).byteLength).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  /*
   * A form post (JavaScript off) percent-encodes every byte that is not an ASCII letter, digit or
   * one of "*-._": ASCII punctuation costs 3 bytes, a 3-byte character 9. So a maximum-size post
   * fits when written in ASCII, as below, but one with a large share of non-ASCII characters
   * (over ~28 % of a 20,000-character body in "≥", "µ"-like symbols or CJK) does not: that is a
   * known limit of the urlencoded form path, reported rather than silently raised.
   */
  it.each(posts)("%s as a urlencoded form, in ASCII punctuation (3 bytes each)", (_name, schema, valid, fields) => {
    const form = new URLSearchParams(Object.entries(atMaximum(schema, valid, fields, ",")).map(([key, value]) => [key, String(value)])).toString();
    expect(form.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });
});

describe("assertPageFormBody on a composer that takes an image file", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);
  const multipart = (fields: Record<string, string>, file?: Uint8Array) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    if (file) body.set("imageFile", new Blob([file as Uint8Array<ArrayBuffer>]), "film.png");
    return new Request(site, { method: "POST", body });
  };
  const fileBytes = 2 * 1024 * 1024;

  it("lets binary file bytes through where the page takes a file, and refuses them as text elsewhere", async () => {
    const request = multipart({ title: "Apical lucency", imageAlt: "Erect film" }, png);
    await assertPageFormBody(request, { fileBytes });
    expect(((await request.formData()).get("imageFile") as File).size).toBe(png.byteLength);
    await expect(assertPageFormBody(multipart({ title: "Apical lucency" }, png))).rejects.toThrow(refusal("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE));
  });

  it("still refuses NUL in a text field of a form with a file", async () => {
    await expect(assertPageFormBody(multipart({ body: "a\u0000b" }, png), { fileBytes })).rejects.toThrow(refusal("INVALID_ENCODING", BODY_HAS_NUL_MESSAGE));
  });

  it("holds the text to 64 KB even when the file allowance would cover more", async () => {
    await expect(assertPageFormBody(multipart({ body: "a".repeat(MAX_BODY_BYTES + 1) }, png), { fileBytes })).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
  });

  it("answers a file over the allowance with a sentence about the image", async () => {
    await expect(assertPageFormBody(multipart({ title: "Big film" }, new Uint8Array(fileBytes + MAX_BODY_BYTES + 1)), { fileBytes })).rejects.toThrow(
      refusal("PAYLOAD_TOO_LARGE", PAGE_UPLOAD_TOO_LARGE_MESSAGE),
    );
  });

  it("never widens the limit for a urlencoded body", async () => {
    const urlencoded = new Request(site, { method: "POST", body: `body=${"a".repeat(MAX_BODY_BYTES)}`, headers: { "content-type": "application/x-www-form-urlencoded" } });
    await expect(assertPageFormBody(urlencoded, { fileBytes })).rejects.toThrow(refusal("PAYLOAD_TOO_LARGE", BODY_TOO_LARGE_MESSAGE));
  });
});
