/**
 * Highlighting for search results. FTS5's snippet() and highlight() wrap each match in two
 * control characters instead of HTML, because the text they cut from is a post's markdown source,
 * written by a member: it is never trusted as HTML. Rule: every character of the text is
 * HTML-escaped first, and only then do the markers become <mark> and </mark>.
 */

/** What the SQL passes to snippet() and highlight() as the start and end of a match. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escaped HTML with <mark> around the marked spans. A post could itself contain the marker
 * characters, so marks are opened and closed as a pair only (a stray marker is dropped and an
 * open mark is closed at the end): the output is always balanced.
 */
export function markedTextToHtml(text: string): string {
  let html = "";
  let open = false;
  for (const char of text) {
    if (char === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (char === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapes[char] ?? char;
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The text without markers, for places that show it plainly (a page title, a JSON client). */
export function stripMarks(text: string): string {
  return text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
}
