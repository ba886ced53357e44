import { describe, expect, it } from "vitest";
import { parseLiveEvent } from "../../../src/lib/live/live-event";
import { flagEvent, postModerationEvent, threadModerationEvent } from "../../../src/lib/live/moderation-events";
import { tellThreadLive } from "../../../src/lib/live/tell";

describe("live events", () => {
  it("accepts the four kinds and nothing else (no text ever passes)", () => {
    expect(parseLiveEvent({ kind: "reply", threadId: 4, postId: 9 })).toEqual({ kind: "reply", threadId: 4, postId: 9 });
    expect(parseLiveEvent({ kind: "reply", threadId: 4, postId: 9, body: "Mr Smith, MRN 1234567" })).toEqual({ kind: "reply", threadId: 4, postId: 9 });
    expect(parseLiveEvent({ kind: "vote", threadId: 4, postType: "comment", postId: 9, score: -2 })).toMatchObject({ score: -2 });
    expect(parseLiveEvent({ kind: "close", threadId: 4 })).toEqual({ kind: "close", threadId: 4 });
    expect(parseLiveEvent({ kind: "edit", threadId: 4, postType: "poll", postId: 9 })).toBeNull();
    expect(parseLiveEvent({ kind: "reply", threadId: -1, postId: 9 })).toBeNull();
    expect(parseLiveEvent("reply")).toBeNull();
  });

  it("closes a thread's sockets when it is hidden, removed or locked, and refreshes a reply otherwise", () => {
    const thread = { threadId: 4, type: "thread" as const, id: 4 };
    const reply = { threadId: 4, type: "comment" as const, id: 9 };
    expect(postModerationEvent(thread, "hide")).toEqual({ kind: "close", threadId: 4 });
    expect(postModerationEvent(thread, "remove")).toEqual({ kind: "close", threadId: 4 });
    expect(postModerationEvent(reply, "hide")).toEqual({ kind: "edit", threadId: 4, postType: "comment", postId: 9 });
    expect(threadModerationEvent(4, "lock")).toEqual({ kind: "close", threadId: 4 });
    expect(threadModerationEvent(4, "pin")).toBeNull();
    expect(flagEvent({ hidden: false, post: thread })).toBeNull();
    expect(flagEvent({ hidden: true, post: thread })).toEqual({ kind: "close", threadId: 4 });
  });

  it("tells nothing, and throws nothing, where there is no Durable Object binding (plain Node)", () => {
    const waited: Promise<unknown>[] = [];
    const context = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
    expect(() => tellThreadLive({}, context, { kind: "close", threadId: 4 })).not.toThrow();
    expect(() => tellThreadLive({ THREAD_LIVE: "not a namespace" }, context, { kind: "close", threadId: 4 })).not.toThrow();
    expect(waited).toHaveLength(0);
  });

  it("sends a burst of one thread's events as one request, each vote at its latest score; a close at once", async () => {
    // A stand-in for the platform's namespace (not our code): records what the object would get.
    const requests: { thread: string; body: unknown }[] = [];
    const namespace = {
      idFromName: (name: string) => name,
      get: (thread: string) => ({
        fetch: async (_url: string, init: { body: string }) => {
          requests.push({ thread, body: JSON.parse(init.body) });
          return new Response("{}");
        },
      }),
    };
    const waited: Promise<unknown>[] = [];
    const context = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
    const env = { THREAD_LIVE: namespace };
    for (let score = 1; score <= 50; score++) tellThreadLive(env, context, { kind: "vote", threadId: 7, postType: "comment", postId: 3, score });
    tellThreadLive(env, context, { kind: "reply", threadId: 7, postId: 11 });
    tellThreadLive(env, context, { kind: "vote", threadId: 8, postType: "thread", postId: 8, score: 2 });
    tellThreadLive(env, context, { kind: "close", threadId: 9 });
    expect(requests).toEqual([{ thread: "9", body: { events: [{ kind: "close", threadId: 9 }] } }]);
    await Promise.all(waited);
    expect(requests).toHaveLength(3);
    expect(requests.find((request) => request.thread === "7")?.body).toEqual({
      events: [
        { kind: "vote", threadId: 7, postType: "comment", postId: 3, score: 50 },
        { kind: "reply", threadId: 7, postId: 11 },
      ],
    });
    // The first event of each gathering holds it open; the others only join it.
    expect(waited).toHaveLength(3);
  });
});
