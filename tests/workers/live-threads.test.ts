import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { THREAD_CLOSED_CODE, type LiveEvent } from "../../src/lib/live/live-event";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { createPhysician, createThread } from "../fixtures/factories";

// The live-update sockets of a thread through the built Worker and its ThreadLive Durable Object
// (workerd, as deployed): the session check on connect, the events the write paths tell the
// object after their batch commits, and the sockets a moderation closes.
const site = "http://rounds.test";
let serial = 0;

/** A member (or moderator) of their own, with a session cookie; names unique across runs. */
async function member(role: "member" | "moderator" = "member"): Promise<{ userId: number; cookie: string }> {
  const { db, client } = createDb(env.DATABASE_URL);
  const pseudonym = `live_${role}_${Date.now().toString(36)}_${(serial += 1)}`;
  const userId = await createPhysician(db, { pseudonym, email: `${pseudonym}@example.org`, role });
  const session = await createSession(db, userId, Date.now());
  client.close();
  return { userId, cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` };
}

async function thread(authorId: number, replyCount = 0): Promise<{ threadId: number; commentIds: number[] }> {
  const { db, client } = createDb(env.DATABASE_URL);
  const created = await createThread(db, { authorId, channelSlug: "cardiology", title: `Rate control in atrial fibrillation ${(serial += 1)}`, replyCount });
  client.close();
  return created;
}

function upgrade(threadId: number, headers: Record<string, string>): Promise<Response> {
  return SELF.fetch(`${site}/api/threads/${threadId}/live`, { headers: { upgrade: "websocket", origin: site, ...headers } });
}

/** An open socket and what arrives on it. */
async function listen(threadId: number, cookie: string) {
  const response = await upgrade(threadId, { cookie });
  expect(response.status).toBe(101);
  const socket = response.webSocket!;
  socket.accept();
  const events: LiveEvent[] = [];
  let closed: { code: number } | null = null;
  socket.addEventListener("message", (message) => {
    events.push(JSON.parse(String(message.data)) as LiveEvent);
  });
  socket.addEventListener("close", (event) => {
    closed = { code: event.code };
  });
  const until = async <T>(find: () => T | null | undefined): Promise<T> => {
    for (let waited = 0; waited < 5000; waited += 25) {
      const found = find();
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`nothing arrived within 5 s (events: ${JSON.stringify(events)})`);
  };
  return { socket, events, nextEvent: (kind: LiveEvent["kind"]) => until(() => events.find((event) => event.kind === kind)), closing: () => until(() => closed) };
}

function api(method: string, path: string, cookie: string, body: unknown): Promise<Response> {
  return SELF.fetch(`${site}${path}`, { method, headers: { cookie, origin: site, "content-type": "application/json" }, body: JSON.stringify(body) });
}

describe("connecting to a thread's live updates", () => {
  it("opens a socket for a signed-in member on a live thread", async () => {
    const author = await member();
    const { threadId } = await thread(author.userId);
    const { socket } = await listen(threadId, author.cookie);
    socket.close(1000, "done");
  });

  it("refuses a visitor without a session, and one with a made-up session", async () => {
    const author = await member();
    const { threadId } = await thread(author.userId);
    const none = await upgrade(threadId, {});
    expect(none.status).toBe(401);
    expect(none.webSocket).toBeNull();
    const forged = await upgrade(threadId, { cookie: `${PLAIN_SESSION_COOKIE}=${"a".repeat(32)}` });
    expect(forged.status).toBe(401);
  });

  it("refuses another site's page, a plain GET and a thread that does not exist", async () => {
    const author = await member();
    const { threadId } = await thread(author.userId);
    expect((await upgrade(threadId, { cookie: author.cookie, origin: "https://elsewhere.example" })).status).toBe(403);
    expect((await SELF.fetch(`${site}/api/threads/${threadId}/live`, { headers: { cookie: author.cookie } })).status).toBe(426);
    expect((await upgrade(99_999_999, { cookie: author.cookie })).status).toBe(404);
  });
});

describe("what an open socket hears after a write commits", () => {
  it("hears a reply posted through the API, with its id and no text", async () => {
    const [author, replier] = [await member(), await member()];
    const { threadId } = await thread(author.userId);
    const live = await listen(threadId, author.cookie);
    const posted = await api("POST", "/api/replies", replier.cookie, { threadId, body: "Digoxin is a reasonable add-on at rest" });
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: number };
    expect(await live.nextEvent("reply")).toEqual({ kind: "reply", threadId, postId: id });
    live.socket.close(1000, "done");
  });

  it("hears a reply posted through the thread page's form (no JavaScript)", async () => {
    const [author, replier] = [await member(), await member()];
    const { threadId } = await thread(author.userId);
    const live = await listen(threadId, author.cookie);
    const posted = await SELF.fetch(`${site}/t/${threadId}/x`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: replier.cookie, origin: site, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "reply", threadId: String(threadId), parentId: "", body: "Beta blockers first, then digoxin" }),
    });
    expect(posted.status).toBe(303);
    const event = await live.nextEvent("reply");
    expect(posted.headers.get("location")).toContain(`#reply-${event.kind === "reply" ? event.postId : 0}`);
    live.socket.close(1000, "done");
  });

  it("hears an edit of a reply, and a vote with the post's new score", async () => {
    const [author, voter] = [await member(), await member()];
    const { threadId, commentIds } = await thread(author.userId, 1);
    const replyId = commentIds[0]!;
    const live = await listen(threadId, voter.cookie);
    const edited = await api("PATCH", `/api/replies/${replyId}`, author.cookie, { body: "Edited: check the TSH before anything else" });
    expect(edited.status).toBe(200);
    expect(await live.nextEvent("edit")).toEqual({ kind: "edit", threadId, postType: "comment", postId: replyId });
    const voted = await api("POST", "/api/votes", voter.cookie, { targetType: "comment", targetId: replyId, value: 1 });
    expect(voted.status).toBe(200);
    expect(await voted.json()).toEqual({ score: 1, upCount: 1, downCount: 0, value: 1 });
    expect(await live.nextEvent("vote")).toEqual({ kind: "vote", threadId, postType: "comment", postId: replyId, score: 1 });
    live.socket.close(1000, "done");
  });
});

describe("a thread closed by moderators closes its sockets", () => {
  for (const [what, path, body] of [
    ["locked", (id: number) => `/api/mod/threads/${id}`, { action: "lock" }],
    ["hidden", (id: number) => `/api/mod/posts/thread/${id}`, { action: "hide" }],
    ["removed", (id: number) => `/api/mod/posts/thread/${id}`, { action: "remove", reason: "Off topic for this channel" }],
  ] as const) {
    it(`closes the sockets of a thread ${what}, and refuses new ones`, async () => {
      const [author, reader, moderator] = [await member(), await member(), await member("moderator")];
      const { threadId } = await thread(author.userId);
      const live = await listen(threadId, reader.cookie);
      const answer = await api("POST", path(threadId), moderator.cookie, body);
      expect(answer.status).toBe(200);
      expect((await live.closing()).code).toBe(THREAD_CLOSED_CODE);
      expect((await upgrade(threadId, { cookie: reader.cookie })).status).toBe(404);
    });
  }

  it("closes the sockets of a thread its author deletes", async () => {
    const [author, reader] = [await member(), await member()];
    const { threadId } = await thread(author.userId);
    const live = await listen(threadId, reader.cookie);
    expect((await api("DELETE", `/api/threads/${threadId}`, author.cookie, {})).status).toBe(200);
    expect((await live.closing()).code).toBe(THREAD_CLOSED_CODE);
  });
});
