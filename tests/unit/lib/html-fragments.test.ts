import { describe, expect, it } from "vitest";
import { authorNameHtml, escapeAttribute, escapeText, voteFormHtml } from "../../../src/lib/html-fragments";
import { relativeHref } from "../../../src/lib/relative-href";

/**
 * The strings must be what the Astro components wrote before (issue 15 replaced them on every
 * feed item and reply): the expected markup below is copied from pages the components rendered.
 */
describe("html fragments", () => {
  it("escape as Astro does: five entities in text, & and \" in attribute values", () => {
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
  });
});
