import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadChannelPage } from "../../src/server/forum/channel-page";
import { loadHomePage } from "../../src/server/forum/home-page";
import { loadThreadPage } from "../../src/server/forum/thread-page";
import { DomainError } from "../../src/server/errors";
import { createPhysician, createThread } from "../fixtures/factories";
import { createTestDatabase } from "../support/test-database";

const handle = createTestDatabase();
const { db } = handle;
afterAll(() => handle.client.close());

describe("channel feed", () => {
  let authorId: number;
  beforeAll(async () => {
    authorId = await createPhysician(db, { specialtySlug: "nephrology" });
    for (let i = 0; i < 30; i++) {
      await createThread(db, { authorId, channelSlug: "nephrology", title: `Hyperkalemia question ${i}` });
    }
  });

  it("pages through every thread of a channel exactly once with the older-threads cursor", async () => {
    const seen: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await loadChannelPage(db, null, "nephrology", { sort: "new", after }, Date.now());
      seen.push(...result.feed.items.map((item) => item.id));
      if (!result.feed.nextCursor) break;
      after = result.feed.nextCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it("shows the first 25 threads and a cursor on the first page", async () => {
    const result = await loadChannelPage(db, null, "nephrology", { sort: "hot" }, Date.now());
    expect(result.feed.items).toHaveLength(25);
    expect(result.feed.nextCursor).toEqual(expect.any(String));
    expect(result.channel.name).toBe("Nephrology");
    expect(result.channel.threadCount).toBe(30);
  });

  it("answers NOT_FOUND for a channel that does not exist", async () => {
    await expect(loadChannelPage(db, null, "astrology", { sort: "hot" }, Date.now())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers INVALID with a readable message for a tampered cursor", async () => {
    const failure = loadChannelPage(db, null, "nephrology", { sort: "hot", after: "not-a-cursor" }, Date.now());
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/page link/) });
  });
});

describe("top feed", () => {
  it("orders threads by net votes", async () => {
    const authorId = await createPhysician(db);
    const voters = await Promise.all([1, 2, 3].map(() => createPhysician(db)));
    const up = (n: number) => voters.slice(0, n).map((voterId) => ({ voterId, value: 1 as const, createdAt: 0 }));
    const low = await createThread(db, { authorId, channelSlug: "urology", votes: up(1) });
    const high = await createThread(db, { authorId, channelSlug: "urology", votes: up(3) });
    const result = await loadChannelPage(db, null, "urology", { sort: "top" }, Date.now());
    expect(result.feed.items.map((item) => item.id)).toEqual([high.threadId, low.threadId]);
    expect(result.feed.items[0]?.score).toBe(3);
  });
});

describe("home page", () => {
  it("lists all channels and threads from every channel", async () => {
    const authorId = await createPhysician(db);
    const cardiology = await createThread(db, { authorId, channelSlug: "cardiology" });
    const home = await loadHomePage(db, null, { sort: "new" }, Date.now());
    expect(home.channels.length).toBeGreaterThanOrEqual(22);
    expect(home.channels.map((channel) => channel.slug)).toContain("practice-career");
    expect(home.feed.items[0]?.id).toBe(cardiology.threadId);
    expect(home.feed.items[0]?.channel.name).toBe("Cardiology");
  });
});

describe("thread page", () => {
  it("nests replies under their parents and counts them", async () => {
    const authorId = await createPhysician(db);
    const { threadId } = await createThread(db, { authorId, replyCount: 6 });
    const page = await loadThreadPage(db, null, threadId, { sort: "old" }, Date.now());
    expect(page.thread.commentCount).toBe(6);
    // Pattern of the factory: replies 3 and 6 answer replies 2 and 5.
    expect(page.comments).toHaveLength(4);
    expect(page.comments[1]?.replies).toHaveLength(1);
    expect(page.comments[1]?.replies[0]?.bodyHtml).toContain("<strong>repeat lactate</strong>");
  });

  it("shows an anonymous author who is the only pathologist only as a “Verified physician”", async () => {
    const authorId = await createPhysician(db, { pseudonym: "secret_pathologist", specialtySlug: "pathology" });
    const { threadId } = await createThread(db, { authorId, isAnonymous: true });
    const page = await loadThreadPage(db, null, threadId, { sort: "best" }, Date.now());
    expect(page.thread.author).toEqual({ pseudonym: null, display: "Verified physician", anonymous: true });
    expect(JSON.stringify(page)).not.toContain("secret_pathologist");
  });

  it("keeps a deleted reply in place as [deleted] with its replies", async () => {
    const authorId = await createPhysician(db, { pseudonym: "deleting_doc" });
    const { threadId } = await createThread(db, {
      authorId,
      comments: [
        { parentIndex: null, authorId, bodySource: "removed words", createdAt: 1, deleted: true },
        { parentIndex: 0, authorId, bodySource: "still here", createdAt: 2 },
      ],
    });
    const page = await loadThreadPage(db, null, threadId, { sort: "best" }, Date.now());
    expect(page.comments[0]?.bodyHtml).toBeNull();
    expect(page.comments[0]?.author).toBeNull();
    expect(page.comments[0]?.replies[0]?.bodyHtml).toContain("still here");
    expect(JSON.stringify(page)).not.toContain("removed words");
  });

  it("answers NOT_FOUND for a thread that does not exist", async () => {
    await expect(loadThreadPage(db, null, 987654, { sort: "best" }, Date.now())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
