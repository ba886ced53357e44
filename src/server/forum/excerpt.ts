/**
 * A post's plain-text excerpt for feeds and the moderation queue (issue 14), made from the
 * sanitized HTML Rounds stored (server/forum/markdown.ts), never from the source: what it shows
 * is what the post shows, so a span moderators redacted reads "[redacted]" here too.
 *
 * Rules: tags dropped (block ends become spaces, so words of two paragraphs stay apart), entities
 * decoded, whitespace collapsed; at most EXCERPT_LENGTH characters (code points) including the
 * closing "…", cut at a word boundary when one is near; never ends in half a word it did not
 * need to cut. The result is plain text: the page escapes it like any other text.
 */
export const EXCERPT_LENGTH = 160;

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The whole text of stored HTML, on one line. */
export function plainTextOf(html: string): string {
  const text = html
    // Block boundaries and line breaks separate words; inline tags do not ("<em>a</em>b" is "ab").
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|td|th|table|thead|tbody|hr|br)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

/** The first EXCERPT_LENGTH characters of a post's stored HTML as plain text (see above). */
export function excerptOf(html: string, maxLength = EXCERPT_LENGTH): string {
  const text = plainTextOf(html);
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  const kept = characters.slice(0, maxLength - 1).join("");
  // Back to the last space when it keeps most of the text; a very long word is cut instead.
  const space = kept.lastIndexOf(" ");
  const cut = space >= kept.length * 0.6 ? kept.slice(0, space) : kept;
  return `${cut.replace(/[\s.,;:!?-]+$/u, "")}…`;
}
