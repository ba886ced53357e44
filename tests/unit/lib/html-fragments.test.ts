import { describe, expect, it } from "vitest";
import { authorNameHtml, escapeAttribute, escapeText, voteFormHtml } from "../../../src/lib/html-fragments";
import { relativeHref } from "../../../src/lib/relative-href";

/**
 * The strings must be what the Astro components wrote before (issue 15 replaced them on every
 * feed item and reply): the expected markup below is copied from pages the components rendered.
 */
describe("html fragments", () => {
  it('escape as Astro does: five entities in text, & and " in attribute values', () => {
    expect(escapeText(`a & <b> 'c' "d"`)).toBe("a &amp; &lt;b&gt; &#39;c&#39; &quot;d&quot;");
    expect(escapeAttribute(`/x?a=1&b="2"<`)).toBe("/x?a=1&#38;b=&#34;2&#34;<");
  });

  it("write the vote form as VoteControl did, for no vote, an active vote and an own post", () => {
    expect(voteFormHtml({ targetType: "comment", targetId: 116, score: 2, current: undefined, disabled: false })).toBe(
      '<form method="post" class="vote" data-vote-form> <input type="hidden" name="targetType" value="comment"> <input type="hidden" name="targetId" value="116"> ' +
        '<button type="submit" name="value" value="1" class="vote-up" aria-pressed="false" aria-label="Vote up" data-vote="1">▲</button> ' +
        '<span class="vote-score" data-vote-score aria-label="2 points">2</span> ' +
        '<button type="submit" name="value" value="-1" class="vote-down" aria-pressed="false" aria-label="Vote down" data-vote="-1">▼</button> ' +
        '<input type="hidden" name="intent" value="vote"> </form>',
    );
    const active = voteFormHtml({ targetType: "thread", targetId: 7, score: -3, current: 1, disabled: false });
    expect(active).toContain('<button type="submit" name="value" value="0" class="vote-up active" aria-pressed="true" aria-label="Vote up" data-vote="1">▲</button>');
    expect(active).toContain('aria-label="-3 points">-3</span>');
    const down = voteFormHtml({ targetType: "thread", targetId: 7, score: 0, current: -1, disabled: false });
    expect(down).toContain('value="0" class="vote-down active" aria-pressed="true" aria-label="Vote down" data-vote="-1">');
    const own = voteFormHtml({ targetType: "comment", targetId: 9, score: 1, current: undefined, disabled: true });
    expect(own).toContain('aria-label="Vote up" disabled data-vote="1">');
    expect(own).toContain('aria-label="Vote down" disabled data-vote="-1">');
  });

  it("write the author's name, anonymous or not, with the admin's reveal link", () => {
    expect(authorNameHtml({ pseudonym: "chaos_coordinator", display: "chaos_coordinator", anonymous: false })).toBe(
      '<a class="author-link" href="/u/chaos_coordinator">chaos_coordinator</a>',
    );
    const anonymous = { pseudonym: null, display: "Verified physician · Surgery & <Trauma>", anonymous: true };
    expect(authorNameHtml(anonymous)).toBe("<span>Verified physician · Surgery &amp; &lt;Trauma&gt;</span>");
    expect(authorNameHtml(anonymous, "/admin/reveal?type=comment&id=116")).toBe(
      '<span>Verified physician · Surgery &amp; &lt;Trauma&gt;</span><a class="reveal-link" href="/admin/reveal?type=comment&#38;id=116">Reveal author</a>',
    );
    expect(authorNameHtml({ pseudonym: "named", display: "named", anonymous: false }, "/admin/reveal?type=thread&id=1")).not.toContain("Reveal");
  });

  it("hand Astro site-root links as text that renders unchanged, and refuse absolute URLs", () => {
    expect(String(relativeHref("/?sort=hot&after=abc"))).toBe("/?sort=hot&after=abc");
    expect(typeof relativeHref("/c/x?sort=top&period=day")).toBe("object");
    expect(() => relativeHref("https://example.com/?a&b")).toThrow();
    expect(() => relativeHref("//example.com/?a&b")).toThrow();
  });
});

describe("feed items", () => {
  it("write a thread of a feed as ThreadList did, chips and author included", async () => {
    const { feedItemHtml } = await import("../../../src/lib/html-fragments");
    const now = Date.UTC(2026, 11, 7, 12);
    const item = {
      id: 1000,
      title: "Wet AMD stuck at four-week intervals: switch agents?",
      slug: "wet-amd-stuck-at-four-week-intervals-switch-agents",
      kind: "discussion" as const,
      score: 5,
      commentCount: 8,
      createdAt: now - 26 * 3600_000,
      channel: { slug: "ophthalmology", name: "Ophthalmology" },
      author: { pseudonym: "chaos_coordinator", display: "chaos_coordinator", anonymous: false },
      excerpt: "",
      read: { unread: false, newReplies: 0 },
      topDiagnosis: null,
    };
    expect(feedItemHtml(item, true, now)).toBe(
      '<li class="card thread-item"><div class="score" aria-label="5 points">5</div><div><a class="thread-title" href="/t/1000/wet-amd-stuck-at-four-week-intervals-switch-agents">Wet AMD stuck at four-week intervals: switch agents?</a>' +
        '<div class="meta muted"><a class="chip" href="/c/ophthalmology">Ophthalmology</a><a class="author-link" href="/u/chaos_coordinator">chaos_coordinator</a><span>· yesterday</span><span>· 8 replies</span></div></div></li>',
    );
    const poll = feedItemHtml({ ...item, kind: "poll", title: "A & <b>", score: 1, commentCount: 1 }, false, now);
    expect(poll).toContain('aria-label="1 point">1</div>');
    expect(poll).toContain(">A &amp; &lt;b&gt;</a>");
    expect(poll).toContain('<div class="meta muted"><span class="chip">Poll</span><a class="author-link"');
    expect(poll).toContain("<span>· 1 reply</span>");
    const scored = feedItemHtml({ ...item, kind: "case", topDiagnosis: "Löfgren <syndrome>" }, false, now);
    expect(scored).toContain('<div class="meta muted top-diagnosis">Collective top diagnosis: Löfgren &lt;syndrome&gt;</div>');
  });

  it("writes an unread thread in bold with its new replies, linking to the divider, and its excerpt as text", async () => {
    const { feedItemHtml } = await import("../../../src/lib/html-fragments");
    const now = Date.UTC(2026, 11, 7, 12);
    const item = {
      id: 7,
      title: "Lactate",
      slug: "lactate",
      kind: "discussion" as const,
      score: 0,
      commentCount: 4,
      createdAt: now - 3600_000,
      channel: { slug: "general", name: "General" },
      author: { pseudonym: "a_b", display: "a_b", anonymous: false },
      excerpt: "Repeat <lactate> & fluids",
      read: { unread: true, newReplies: 3 },
      topDiagnosis: null,
    };
    const html = feedItemHtml(item, false, now);
    expect(html).toContain('<li class="card thread-item unread">');
    expect(html).toContain('<a class="thread-title" href="/t/7/lactate#new">Lactate</a> <span class="new-count">3 new</span>');
    expect(html).toContain('<p class="excerpt">Repeat &lt;lactate&gt; &amp; fluids</p>');
    const neverOpened = feedItemHtml({ ...item, excerpt: "", read: { unread: true, newReplies: 0 } }, false, now);
    expect(neverOpened).toContain('href="/t/7/lactate">');
    expect(neverOpened).not.toContain("new-count");
    expect(neverOpened).not.toContain("excerpt");
  });
});

describe("reply trees and images", () => {
  const node = (id: number, extra: Record<string, unknown> = {}) => ({
    id,
    parentId: null,
    depth: 0,
    bodyHtml: "<p>Check a <strong>repeat lactate</strong>.</p>",
    images: [],
    cards: [],
    author: { pseudonym: "fmmd25", display: "fmmd25", anonymous: false },
    score: 2,
    upCount: 2,
    downCount: 0,
    createdAt: Date.UTC(2026, 11, 7, 9),
    byViewer: false,
    editedAt: null,
    notice: null,
    unavailable: false,
    moderated: false,
    replies: [],
    ...extra,
  });
  const options = {
    now: Date.UTC(2026, 11, 7, 12),
    viewerVotes: { "comment:2": 1 as const },
    threadPath: "/t/12/case-x",
    answerId: 3,
    canMarkAnswer: true,
    isAdmin: false,
    viewerModerates: false,
    locked: false,
  };

  it("write a live reply with its actions, nested replies inside their parent", async () => {
    const { commentTreeHtml, voteFormHtml } = await import("../../../src/lib/html-fragments");
    const html = commentTreeHtml([node(1, { replies: [node(2, { depth: 1, byViewer: true, editedAt: 1 })] })], options);
    expect(html).toBe(
      '<ol class="comment-level"><li class="comment" id="reply-1"><article aria-label="Reply by fmmd25"><header class="comment-meta muted"><strong class="author"><a class="author-link" href="/u/fmmd25">fmmd25</a></strong>' +
        '<span>· <a href="/t/12/case-x#reply-1">3 hr. ago</a></span></header><div class="prose"><p>Check a <strong>repeat lactate</strong>.</p></div><footer class="comment-actions">' +
        voteFormHtml({ targetType: "comment", targetId: 1, score: 2, current: undefined, disabled: false }) +
        '<a class="reply-link" href="/t/12/case-x?reply=1#reply-form">Reply</a><a class="reply-link" href="/flag/comment/1">Flag</a>' +
        '<form method="post" class="inline-form"><input type="hidden" name="commentId" value="1"><button class="link-button mark-answer" type="submit" name="intent" value="solve">Mark as answer</button></form></footer></article>' +
        '<ol class="comment-level"><li class="comment" id="reply-2"><article aria-label="Reply by fmmd25"><header class="comment-meta muted"><strong class="author"><a class="author-link" href="/u/fmmd25">fmmd25</a></strong>' +
        '<span>· <a href="/t/12/case-x#reply-2">3 hr. ago</a></span><span>· <a href="/history/reply/2">edited</a></span></header><div class="prose"><p>Check a <strong>repeat lactate</strong>.</p></div><footer class="comment-actions">' +
        voteFormHtml({ targetType: "comment", targetId: 2, score: 2, current: 1, disabled: true }) +
        '<a class="reply-link" href="/t/12/case-x?reply=2#reply-form">Reply</a><a class="reply-link" href="/replies/2/edit">Edit</a><a class="reply-link" href="/replies/2/delete">Delete</a>' +
        '<form method="post" class="inline-form"><input type="hidden" name="commentId" value="2"><button class="link-button mark-answer" type="submit" name="intent" value="solve">Mark as answer</button></form></footer></article></li></ol></li></ol>',
    );
  });

  it("mark the answer, withhold a removed reply, and show moderators and admins their links", async () => {
    const { commentTreeHtml } = await import("../../../src/lib/html-fragments");
    const answer = commentTreeHtml([node(3)], options);
    expect(answer).toContain('<li class="comment answer" id="reply-3">');
    expect(answer).toContain('<span class="chip answer-chip">Marked as the answer</span>');
    expect(answer).not.toContain("Mark as answer</button>");
    const moderator = { ...options, viewerModerates: true, isAdmin: true, locked: true };
    const withheld = commentTreeHtml([node(4, { bodyHtml: null, author: null, notice: "Removed by moderators: <off-topic>", moderated: true })], moderator);
    expect(withheld).toContain('<article aria-label="Deleted reply"><header class="comment-meta muted"><strong class="author">[deleted]</strong>');
    expect(withheld).toContain(
      '<p class="muted">Removed by moderators: &lt;off-topic&gt;</p><p class="comment-actions"><a class="reply-link" href="/mod/post/comment/4">Moderate</a></p></article>',
    );
    const anonymous = commentTreeHtml([node(5, { author: { pseudonym: null, display: "Verified physician", anonymous: true }, notice: "Hidden by moderators." })], moderator);
    expect(anonymous).toContain('<span>Verified physician</span><a class="reveal-link" href="/admin/reveal?type=comment&#38;id=5">Reveal author</a>');
    expect(anonymous).toContain('<p class="mod-notice" role="note">Hidden by moderators.</p>');
    expect(anonymous).not.toContain('class="vote"');
    expect(anonymous).toContain('<a class="reply-link" href="/mod/post/comment/5">Moderate</a>');
  });

  it("mark replies newer than the read position and put the divider above the first of them", async () => {
    const { commentTreeHtml } = await import("../../../src/lib/html-fragments");
    const tree = [node(1, { replies: [node(5, { depth: 1 })] }), node(6, { byViewer: true }), node(7)];
    const html = commentTreeHtml(tree, { ...options, answerId: null, reading: { lastReadCommentId: 4, firstUnreadId: 5 } });
    expect(html).toContain('<li class="comment" id="reply-1"><article');
    expect(html).toContain('<li class="comment new" id="reply-5"><p class="new-divider" id="new">New since your last visit</p><article');
    // Own replies are never new to their author.
    expect(html).toContain('<li class="comment" id="reply-6"><article');
    expect(html).toContain('<li class="comment new" id="reply-7"><article');
    expect(html.match(/id="new"/g)).toHaveLength(1);
    expect(commentTreeHtml(tree, { ...options, reading: { lastReadCommentId: null, firstUnreadId: null } })).not.toContain(" new");
  });

  it("write a post's images as PostImages did", async () => {
    const { postImagesHtml } = await import("../../../src/lib/html-fragments");
    expect(postImagesHtml([])).toBe("");
    const image = { key: "abc", alt: 'ECG "lead II"', width: 800, height: 600, thumbWidth: 240, thumbHeight: 180 };
    expect(postImagesHtml([image])).toBe(
      '<ul class="post-images" aria-label="Image"><li><a href="/api/images/abc" title="Open the full image"><img src="/api/images/abc/thumb" width="240" height="180" alt="ECG &#34;lead II&#34;" loading="lazy" decoding="async"></a></li></ul>',
    );
    expect(postImagesHtml([image, { ...image, key: "def" }])).toContain('aria-label="2 images"');
  });
});
