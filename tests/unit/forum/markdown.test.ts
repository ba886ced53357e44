import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/server/forum/markdown";

describe("markdown rendering", () => {
  it("renders GFM tables and strikethrough", () => {
    const html = renderMarkdown("| K | Na |\n|---|---|\n| 5.9 | 131 |\n\n~~old plan~~");
    expect(html).toContain("<table>");
    expect(html).toContain("<del>old plan</del>");
  });

  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: links and marks the rest nofollow noopener ugc", () => {
    const html = renderMarkdown("[bad](javascript:alert(1)) [good](https://www.nejm.org/)");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<a rel="nofollow noopener ugc" href="https://www.nejm.org/">good</a>');
  });
});
