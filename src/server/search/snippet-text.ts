/**
 * Search snippets are cut from a post's markdown source; members should read them as text, not
 * as markdown syntax ("| Drug | Dose |", "|---|", "[text](url)", "**bold**"). Rule: what is
 * removed is syntax only; every word of the snippet and every match marker stays. The tokenizer
 * ignores punctuation, so matching is the same either way.
 */
import { MARK_END, MARK_START } from "./marked-text";

const M = `${MARK_START}${MARK_END}`;

/** Markdown syntax → plain text, applied in order; each pattern is linear (no nested repeats). */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // Table delimiter rows: |---|:--:|---
  [/^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, " "],
  // Images and links: ![alt](url) and [text](url), also cut short at the snippet's end.
  [/!?\[([^\]\n]*)\]\([^)\s]*(?:\)|$)/g, "$1"],
  [/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, "$1"],
  // Autolinks: <https://…> keep the address as text.
  [/<((?:https?|mailto):[^>\s]*)>/g, "$1"],
  // Line starts: headings, quotes, list bullets and numbers.
  [/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)/gm, ""],
  // Emphasis and code markers around text (not a lone * in "5 * 3" or snake_case words).
  [/(\*\*|__|~~)(?=[^\s])([^*_~\n]*?[^\s])\1/g, "$2"],
  [new RegExp(`(^|[\\s(${M}])[*_](?=[^\\s*_])([^*_\\n]*?[^\\s*_])[*_](?=$|[\\s).,;:!?${M}])`, "gm"), "$1$2"],
  [/`+/g, ""],
  // Table cells: a row's outer pipes go, inner pipes become a light separator.
  [/^[ \t]*\|/gm, " "],
  [/\|[ \t]*$/gm, " "],
  [/[ \t]*\|[ \t]*/g, " · "],
  [/\s+/g, " "],
];

export function snippetAsText(snippet: string): string {
  let text = snippet;
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  // Separators left at either end of a cut row.
  return text
    .replace(/^(?:\s*·\s*)+/, "")
    .replace(/(?:\s*·\s*)+$/, "")
    .trim();
}
