import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/server/forum/markdown";
import { findMentions } from "../../../src/server/notifications/mentions";

const mentionsIn = (source: string) => findMentions(renderMarkdown(source));

describe("mentions", () => {
  it("finds pseudonyms and catalog channels in prose, once each, lower-cased", () => {
    expect(mentionsIn("Thanks @Dr_Ada and @dr_ada — what does @{cardiology} think? @{no-such-channel}")).toEqual({
      pseudonyms: ["dr_ada"],
      channels: ["cardiology"],
    });
  });

  it("ignores emails, URLs, link text and every kind of code", () => {
    const source = [
      "Mail a@b.org, see https://x.org/@someone or [ask @linked](/u/linked), `@inline_code` and",
      "",
      "```",
      "@fenced_code",
      "```",
      "",
      "    @indented_code",
      "",
      "but @real_one counts",
    ].join("\n");
    expect(mentionsIn(source).pseudonyms).toEqual(["real_one"]);
  });

  it("links a mention to the profile and a channel mention to the channel, leaving code and links as written", () => {
    const html = renderMarkdown("ask @dr_ada in @{cardiology}, not `@code`; [see @someone](https://example.org)\n\n    @indented");
    expect(html).toContain('<a class="mention" rel="nofollow noopener ugc" href="/u/dr_ada">@dr_ada</a>');
    expect(html).toContain('<a class="mention" rel="nofollow noopener ugc" href="/c/cardiology">@Cardiology</a>');
    expect(html).toContain("<code>@code</code>");
    expect(html).toContain('<a rel="nofollow noopener ugc" href="https://example.org">see @someone</a>');
    expect(html).toContain("<pre><code>@indented\n</code></pre>");
  });

  it("leaves a handle that is too short or runs on unlinked", () => {
    expect(mentionsIn("@ab and @this_name_is_far_too_long_to_be_a_pseudonym").pseudonyms).toEqual([]);
  });

  it("does not count a hand-written link to a profile as a mention", () => {
    expect(mentionsIn("[profile](/u/dr_ada)").pseudonyms).toEqual([]);
  });
});
