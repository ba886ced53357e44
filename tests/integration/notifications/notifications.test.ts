import { afterAll, describe, expect, it } from "vitest";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread as postThread } from "../../../src/server/forum/create-thread";
import { markCaseSolved } from "../../../src/server/forum/solve-case";
import { editReply } from "../../../src/server/forum/edit-post";
import { setBookmark, loadBookmarks } from "../../../src/server/follow/bookmarks";
import { setChannelFollow, setThreadFollow } from "../../../src/server/follow/follows";
import { flagPost } from "../../../src/server/moderation/flags";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { loadNotifications, markAllNotificationsRead, openNotification } from "../../../src/server/notifications/inbox";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createThread as createImportedThread } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 2);
const tick = () => (clock += 5 * 60_000);

const thread = (author: Viewer, overrides: Record<string, unknown> = {}) =>
  postThread(db, author, { channel: "general", title: "Lactate clearance as a resuscitation target", body: "How do you use it on the ward?", ...overrides }, tick());
const texts = async (viewer: Viewer) => (await loadNotifications(db, viewer)).items.map((item) => item.text);
const member = (pseudonym?: string) => createViewer(db, pseudonym ? { user: { pseudonym } } : {});

describe("reply notifications", () => {
  it("tell the thread's author and the answered reply's author, never the replier, and land on the reply", async () => {
    const author = await member();
    const first = await member();
    const second = await member();
    const { id: threadId } = await thread(author);
    const firstReply = await createReply(db, first, { threadId, body: "Repeat it at two hours." }, tick());
    const secondReply = await createReply(db, second, { threadId, parentId: firstReply.id, body: "Agree, and trend it." }, tick());

    expect(await texts(author)).toEqual([
      `${second.pseudonym} replied in “Lactate clearance as a resuscitation target”.`,
      `${first.pseudonym} replied in “Lactate clearance as a resuscitation target”.`,
    ]);
    expect(await texts(first)).toEqual([`${second.pseudonym} replied in “Lactate clearance as a resuscitation target”.`]);
    expect(await texts(second)).toEqual([]);
    const [newest] = (await loadNotifications(db, author)).items;
    expect(newest?.href).toBe(`/t/${threadId}/lactate-clearance-as-a-resuscitation-target#reply-${secondReply.id}`);
  });

  it("say nothing to a member who muted the thread, even about replies to them", async () => {
    const author = await member();
    const replier = await member();
    const { id: threadId } = await thread(author);
    await setThreadFollow(db, author, { threadId, state: "muted" }, tick());
    await createReply(db, replier, { threadId, body: "Repeat it at two hours." }, tick());
    expect(await texts(author)).toEqual([]);
  });

  it("keep an anonymous replier anonymous", async () => {
    const author = await member();
    // The only radiologist: neither the specialty nor its family has ten members to hide in.
    const hidden = await createViewer(db, { user: { specialtySlug: "radiology" } });
    const { id: threadId } = await thread(author);
    await createReply(db, hidden, { threadId, body: "I would repeat it.", anonymous: "on" }, tick());
    expect(await texts(author)).toEqual(["Verified physician replied in “Lactate clearance as a resuscitation target”."]);
    const stored = await client.execute({ sql: "select actor_id from notifications where user_id = ?", args: [author.userId] });
    expect(stored.rows.map((row) => row.actor_id)).toEqual([null]);
  });
});

describe("threads without a follow row", () => {
  it("still tell the thread's author about replies (threads imported before following existed)", async () => {
    const author = await member();
    const replier = await member();
    const { threadId } = await createImportedThread(db, { authorId: author.userId, channelSlug: "general", title: "Imported thread about sepsis bundles" });
    await createReply(db, replier, { threadId, body: "Still relevant today." }, tick());
    expect(await texts(author)).toEqual([`${replier.pseudonym} replied in “Imported thread about sepsis bundles”.`]);
  });
});

describe("hidden content in notifications", () => {
  it("drops the link to a reply hidden since, and the title of a thread hidden since", async () => {
    const author = await member();
    const replier = await member();
    const moderator = await createViewer(db, { role: "moderator" });
    const { id: threadId } = await thread(author, { title: "Title that must vanish when hidden" });
    const reply = await createReply(db, replier, { threadId, body: "A reply that will be hidden." }, tick());
    await moderatePost(db, moderator, { targetType: "comment", targetId: reply.id, action: "hide" }, tick());
    const [afterReplyHidden] = (await loadNotifications(db, author)).items;
    expect(afterReplyHidden?.href).toBe(`/t/${threadId}/title-that-must-vanish-when-hidden`);
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "hide" }, tick());
    const [afterThreadHidden] = (await loadNotifications(db, author)).items;
    expect(afterThreadHidden).toMatchObject({ href: null, text: `${replier.pseudonym} replied in a thread that is no longer available.` });
    expect(JSON.stringify(await loadNotifications(db, author))).not.toContain("must vanish");
  });
});

describe("mentions", () => {
  it("notify a mentioned member once, with a link to their profile in the post", async () => {
    const author = await member();
    const ada = await member(`ada_${Date.now() % 100000}`);
    const replier = await member();
    const { id: threadId } = await thread(author);
    // Ada follows the thread too: she gets the mention, not also a reply notification.
    await setThreadFollow(db, ada, { threadId, state: "following" }, tick());
    const reply = await createReply(db, replier, { threadId, body: `What do you think, @${ada.pseudonym.toUpperCase()}?` }, tick());
    expect(await texts(ada)).toEqual([`${replier.pseudonym} mentioned you in “Lactate clearance as a resuscitation target”.`]);
    const page = await loadThreadPage(db, author, threadId, { sort: "old" }, clock);
    expect(page.comments.find((node) => node.id === reply.id)?.bodyHtml).toContain(`href="/u/${ada.pseudonym.toUpperCase()}">@${ada.pseudonym.toUpperCase()}</a>`);
  });

  it("notify only the members an edit newly mentions, and only once the edit is saved", async () => {
    const author = await member();
    const first = await member();
    const second = await member();
    const replier = await member();
    const { id: threadId } = await thread(author);
    const reply = await createReply(db, replier, { threadId, body: `Over to @${first.pseudonym}.` }, tick());
    await editReply(db, replier, { commentId: reply.id, body: `Over to @${first.pseudonym} and @${second.pseudonym}.` }, tick());
    expect(await texts(first)).toHaveLength(1);
    expect(await texts(second)).toEqual([`${replier.pseudonym} mentioned you in “Lactate clearance as a resuscitation target”.`]);
    // A stale edit is refused and notifies nobody.
    const third = await member();
    await expect(editReply(db, replier, { commentId: reply.id, body: `Now @${third.pseudonym} too.`, expectedEditedAt: 1 }, tick())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await texts(third)).toEqual([]);
  });

  it("notify at most ten members per post", async () => {
    const author = await member();
    const named = await Promise.all(Array.from({ length: 12 }, () => member()));
    await thread(author, { body: `Calling ${named.map((viewer) => `@${viewer.pseudonym}`).join(" ")} for opinions.` });
    const notified = await client.execute({
      sql: `select count(*) as n from notifications where kind = 'mention' and user_id in (${named.map(() => "?").join(",")})`,
      args: named.map((viewer) => viewer.userId),
    });
    expect(notified.rows[0]!.n).toBe(10);
  });

  it("notify a channel's followers of @{channel} once per thread", async () => {
    const author = await member();
    const cardiologist = await member();
    await setChannelFollow(db, cardiologist, { channel: "cardiology", follow: true }, tick());
    const { id: threadId } = await thread(author, { body: "Would @{cardiology} anticoagulate here?" });
    const replier = await member();
    await createReply(db, replier, { threadId, body: "Agree, @{cardiology} should weigh in." }, tick());
    expect(await texts(cardiologist)).toEqual([`${author.pseudonym} mentioned a channel you follow in “Lactate clearance as a resuscitation target”.`]);
  });
});

describe("other notifications", () => {
  it("tell a case's followers when its author marks the answer", async () => {
    const author = await member();
    const helper = await member();
    const follower = await member();
    const { id: threadId } = await postThread(
      db,
      author,
      {
        channel: "general",
        kind: "case",
        title: "Recurrent syncope in a runner in her 30s",
        ageBand: "30–34",
        sex: "female",
        presentingProblem: "Three episodes of syncope during long runs.",
        history: "No cardiac history; no medications.",
        findings: "Normal ECG and echo at rest.",
        triedSoFar: "Hydration advice; no change.",
        question: "Exercise test or loop recorder first?",
      },
      tick(),
    );
    await setThreadFollow(db, follower, { threadId, state: "following" }, tick());
    const answer = await createReply(db, helper, { threadId, body: "Exercise test first, then a loop recorder." }, tick());
    await markCaseSolved(db, author, { threadId, commentId: answer.id }, tick());
    expect((await texts(follower))[0]).toBe(`${author.pseudonym} marked an answer on the case “Recurrent syncope in a runner in her 30s”.`);
  });

  it("tell a flagger what moderators did", async () => {
    const author = await member();
    const flagger = await member();
    const moderator = await createViewer(db, { role: "moderator" });
    const { id: threadId } = await thread(author);
    await flagPost(db, flagger, { targetType: "thread", targetId: threadId, reason: "spam" }, tick());
    await moderatePost(db, moderator, { targetType: "thread", targetId: threadId, action: "remove", reason: "Advertising" }, tick());
    expect(await texts(flagger)).toEqual(["Your flag on a post in a thread that is no longer available: Moderators removed the post."]);
  });
});

describe("reading notifications", () => {
  it("counts unread in the session, opens one as read, and marks all read", async () => {
    const author = await member();
    const { id: threadId } = await thread(author);
    for (let index = 0; index < 3; index++) await createReply(db, await member(), { threadId, body: `Thought number ${index + 1} on this.` }, tick());
    expect((await viewerOf(db, author.userId, clock)).unreadNotifications).toBe(3);
    const [first] = (await loadNotifications(db, author)).items;
    const opened = await openNotification(db, author, { id: first!.id }, tick());
    expect(opened.href).toMatch(new RegExp(`^/t/${threadId}/.*#reply-\\d+$`));
    expect((await viewerOf(db, author.userId, clock)).unreadNotifications).toBe(2);
    expect(await markAllNotificationsRead(db, author, {}, tick())).toEqual({ marked: 2 });
    expect((await viewerOf(db, author.userId, clock)).unreadNotifications).toBe(0);
    const stranger = await member();
    await expect(openNotification(db, stranger, { id: first!.id }, tick())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("bookmarks", () => {
  it("lists saved threads newest first and drops a thread once it is hidden", async () => {
    const author = await member();
    const reader = await member();
    const moderator = await createViewer(db, { role: "moderator" });
    const one = await thread(author, { title: "First saved thread on lactate" });
    const two = await thread(author, { title: "Second saved thread on lactate" });
    await setBookmark(db, reader, { threadId: one.id, bookmarked: true }, tick());
    await setBookmark(db, reader, { threadId: two.id, bookmarked: "true" }, tick());
    expect((await loadBookmarks(db, reader)).items.map((item) => item.title)).toEqual(["Second saved thread on lactate", "First saved thread on lactate"]);
    await moderatePost(db, moderator, { targetType: "thread", targetId: two.id, action: "hide" }, tick());
    expect((await loadBookmarks(db, reader)).items.map((item) => item.title)).toEqual(["First saved thread on lactate"]);
    await setBookmark(db, reader, { threadId: one.id, bookmarked: false }, tick());
    expect((await loadBookmarks(db, reader)).items).toEqual([]);
    expect((await loadThreadPage(db, reader, one.id, { sort: "best" }, clock)).bookmarked).toBe(false);
  });
});
