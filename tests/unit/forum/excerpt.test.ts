import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerptOf } from "../../../src/server/forum/excerpt";
import { renderMarkdown } from "../../../src/server/forum/markdown";

describe("post excerpts", () => {
  it("gives the text of rendered markdown without tags, entities decoded, paragraphs kept apart", () => {
    const html = renderMarkdown("Lactate **4.1** & rising.\n\nTried `2 L` of <fluids>:\n\n- one\n- two");
    expect(excerptOf(html)).toBe("Lactate 4.1 & rising. Tried 2 L of <fluids>: one two");
  });

  it("keeps a redacted span redacted", () => {
    expect(excerptOf(renderMarkdown("Seen at [redacted] on Tuesday."))).toBe("Seen at [redacted] on Tuesday.");
  });

  it("cuts a long body at a word boundary within 160 characters, ending with an ellipsis", () => {
    const body = Array.from({ length: 60 }, (_, index) => `word${index}`).join(" ");
    const excerpt = excerptOf(renderMarkdown(body));
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(body.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(body[excerpt.length - 1]).toBe(" ");
  });

  it("cuts one very long word rather than leaving nothing, counting characters not UTF-16 units", () => {
    const excerpt = excerptOf(`<p>${"😀".repeat(300)}</p>`);
    expect(Array.from(excerpt)).toHaveLength(EXCERPT_LENGTH);
  });

  it("gives an empty excerpt for an empty body", () => {
    expect(excerptOf("")).toBe("");
  });
});
