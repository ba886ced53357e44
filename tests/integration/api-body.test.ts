import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../functions/api";
import { BODY_HAS_NUL_MESSAGE, BODY_NOT_UTF8_MESSAGE, BODY_TOO_LARGE_MESSAGE } from "../../src/lib/request-body";
import { createSession } from "../../src/server/auth/sessions";
import { drafts } from "../../src/server/db/schema";
import { createPhysician, createThread } from "../fixtures/factories";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { DATABASE_URL: `file:${handle.file}` };
const site = "http://rounds.test";
const app = createApiApp();
let cookie = "";
let otherThreadId = 0;

beforeAll(async () => {
  const member = await createPhysician(handle.db);
  const other = await createPhysician(handle.db);
  otherThreadId = (await createThread(handle.db, { authorId: other })).threadId;
  cookie = `rounds_session=${(await createSession(handle.db, member, Date.now())).token}`;
});

function send(path: string, body: BodyInit, headers: Record<string, string> = {}, method = "POST") {
  const init = { method, body, headers: { origin: site, "content-type": "application/json", cookie, ...headers }, duplex: "half" };
  return app.request(`${site}${path}`, init as RequestInit, env);
}

/** A body delivered in pieces with no Content-Length, as a chunked upload arrives. */
function chunked(...pieces: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
      controller.close();
    },
  });
}

const replyJson = (body: string) => JSON.stringify({ threadId: otherThreadId, body });

describe("the API's body rule", () => {
  it("still hands handlers their JSON: a reply posts after the body was checked", async () => {
    const response = await send("/api/replies", replyJson("Consider a repeat lactate at 2 hours — Δ ≥ 10 % 😷."));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: expect.any(Number) });
  });

  it("reads a chunked body whose multibyte characters straddle the chunks", async () => {
    const text = "Troponin ≥ 0.04 µg/L at 3 hours, then falling 😷.";
    const bytes = new TextEncoder().encode(JSON.stringify({ key: "new-thread", values: { body: text } }));
    const cuts = [bytes.indexOf(0xe2) + 1, bytes.indexOf(0xc2) + 1, bytes.indexOf(0xf0) + 2];
    const response = await send("/api/drafts", chunked(bytes.slice(0, cuts[0]), bytes.slice(cuts[0], cuts[1]), bytes.slice(cuts[1], cuts[2]), bytes.slice(cuts[2])));
    expect(response.status).toBe(200);
    const [draft] = await handle.db.select({ payload: drafts.payload }).from(drafts);
    expect(JSON.parse(draft!.payload)).toEqual({ body: text });
  });

  it("answers 413 to a body over 64 KB, with or without a Content-Length, before looking at the session", async () => {
    const big = replyJson("a".repeat(70_000));
    for (const [name, body, headers] of [
      ["declared", big, { "content-length": String(big.length) }],
      ["chunked", chunked(big.slice(0, 30_000), big.slice(30_000)), {}],
    ] as const) {
      const response = await send("/api/replies", body, { ...headers, cookie: "" });
      expect(response.status, name).toBe(413);
      expect(await response.json(), name).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: BODY_TOO_LARGE_MESSAGE } });
      expect(response.headers.get("content-security-policy"), name).toContain("default-src 'none'");
    }
  });

  it("takes 65,536 bytes and refuses 65,537", async () => {
    const padded = (size: number) => {
      const shell = JSON.stringify({ threadId: otherThreadId, body: "" });
      return JSON.stringify({ threadId: otherThreadId, body: "a".repeat(size - shell.length) });
    };
    expect(padded(65_536)).toHaveLength(65_536);
    const at = await send("/api/replies", padded(65_536));
    expect(at.status).toBe(400); // read, parsed, and refused by the reply's own 10,000-character rule
    expect(await at.json()).toMatchObject({ error: { message: "Keep a reply under 10,000 characters." } });
    expect((await send("/api/replies", padded(65_537))).status).toBe(413);
  });

  it("answers 400 to NUL, raw or escaped, and to bytes that are not UTF-8", async () => {
    const encoder = new TextEncoder();
    const cases: [string, BodyInit, string][] = [
      ["escaped NUL", '{"threadId":1,"body":"a\\u0000b is a reply"}', BODY_HAS_NUL_MESSAGE],
      ["escaped NUL in a key", '{"threadId":1,"bo\\u0000dy":"a reply"}', BODY_HAS_NUL_MESSAGE],
      ["raw NUL", new Uint8Array([...encoder.encode('{"body":"a'), 0, ...encoder.encode('b"}')]), BODY_HAS_NUL_MESSAGE],
      ["invalid UTF-8", new Uint8Array([...encoder.encode('{"body":"caf'), 0xc3, 0x28, ...encoder.encode('"}')]), BODY_NOT_UTF8_MESSAGE],
      ["an encoded surrogate", new Uint8Array([...encoder.encode('{"body":"'), 0xed, 0xa0, 0x80, ...encoder.encode('"}')]), BODY_NOT_UTF8_MESSAGE],
      ["an escaped lone high surrogate", '{"threadId":1,"body":"a\\ud800b is a reply"}', BODY_NOT_UTF8_MESSAGE],
      ["an escaped lone low surrogate", '{"threadId":1,"body":"\\udc00 is a reply"}', BODY_NOT_UTF8_MESSAGE],
      ["an escaped lone surrogate in a key", '{"threadId":1,"b\\ud800":"a reply"}', BODY_NOT_UTF8_MESSAGE],
    ];
    for (const [name, body, message] of cases) {
      const response = await send("/api/replies", body);
      expect(response.status, name).toBe(400);
      expect(await response.json(), name).toEqual({ error: { code: "INVALID_ENCODING", message } });
    }
  });

  it("takes an escaped surrogate pair (an emoji) as the character it stands for", async () => {
    const response = await send("/api/replies", `{"threadId":${otherThreadId},"body":"Thanks \\ud83d\\udc4d, that settles it."}`);
    // Past the body rule: posted, or held by the reply limit after the tests above (never 400).
    expect([201, 429]).toContain(response.status);
  });

  it("checks bodies on PATCH and DELETE too", async () => {
    expect((await send(`/api/threads/${otherThreadId}`, '{"title":"\\u0000"}', {}, "PATCH")).status).toBe(400);
    expect((await send(`/api/threads/${otherThreadId}`, "x".repeat(65_537), {}, "DELETE")).status).toBe(413);
  });

  it("names an unknown field", async () => {
    const response = await send("/api/votes", JSON.stringify({ targetType: "thread", targetId: otherThreadId, value: 1, weight: 100 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID", message: 'Unknown field "weight".', fields: { weight: 'Unknown field "weight".' } } });
  });

  it("names an unknown field on an edit, where the id comes from the path", async () => {
    const response = await send(`/api/threads/${otherThreadId}`, JSON.stringify({ title: "A new title here", body: "x".repeat(30), authorId: 1 }), {}, "PATCH");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: 'Unknown field "authorId".' } });
  });
});
