import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/server/forum/markdown";
import { findMentions, linkMentions } from "../../../src/server/notifications/mentions";

describe("mentions", () => {
  it("finds pseudonyms and catalog channels in prose, once each, lower-cased", () => {
    expect(findMentions("Thanks @Dr_Ada and @dr_ada — what does @{cardiology} think? @{no-such-channel}")).toEqual({
      pseudonyms: ["dr_ada"],
      channels: ["cardiology"],
    });
  });

  it("ignores emails, URLs, existing links and code", () => {
    const source = "Mail a@b.org, see https://x.org/@someone or [@linked](/u/linked), `@inline_code` and\n```\n@fenced_code\n```\nbut @real_one counts";
    expect(findMentions(source).pseudonyms).toEqual(["real_one"]);
  });

  it("links a mention to the profile and a channel mention to the channel", () => {
    expect(linkMentions("ask @dr_ada in @{cardiology}")).toBe("ask [@dr_ada](/u/dr_ada) in [@Cardiology](/c/cardiology)");
    const html = renderMarkdown("ask @dr_ada, not `@code`");
    expect(html).toContain('<a rel="nofollow noopener ugc" href="/u/dr_ada">@dr_ada</a>');
    expect(html).toContain("<code>@code</code>");
  });

  it("leaves a handle that is too short or runs on unlinked", () => {
    expect(findMentions("@ab and @this_name_is_far_too_long_to_be_a_pseudonym").pseudonyms).toEqual([]);
  });
});
