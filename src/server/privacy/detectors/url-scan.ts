/**
 * Finds web addresses: explicit ones (http://, https://, www.) and bare host names with a common
 * top-level domain ("janesrecovery.blogspot.com"). Shared by the contact detector, which
 * decides whether a link is patient-specific, and by the allowlist, which protects public links.
 *
 * Bare hosts are found by anchoring on the ".tld" and walking left over host characters (at most
 * 253), which keeps the scan linear; a regex that guessed the host's start at every position could
 * backtrack over long dotted runs.
 */
import type { Span } from "../clinical-allowlist";

const EXPLICIT_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`|]{1,2048}/gi;
const TLD = /\.(?:com|org|net|edu|gov|io|co|us|uk|ca|au|de|fr|nl|no|se|es|it|ie|nz|in|info|me|blog|health|care|app|ly|tv|site|online|page|life|xyz|biz)(?![A-Za-z0-9-])/gi;
const PATH_CHAR = /[^\s<>"'`|]/;

/** Strips trailing punctuation and unbalanced closing brackets from a URL candidate. */
function trimUrl(text: string, start: number, end: number): number {
  // Count brackets once (O(length)), then adjust the counts as characters are trimmed.
  let openParen = 0;
  let closeParen = 0;
  let openSquare = 0;
  let closeSquare = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) openParen++;
    else if (c === 41) closeParen++;
    else if (c === 91) openSquare++;
    else if (c === 93) closeSquare++;
  }
  let e = end;
  while (e > start) {
    const c = text.charAt(e - 1);
    if (/[.,;:!?'"]/.test(c)) {
      e--;
    } else if (c === ")" && closeParen > openParen) {
      closeParen--;
      e--;
    } else if (c === "]" && closeSquare > openSquare) {
      closeSquare--;
      e--;
    } else {
      break;
    }
  }
  return e;
}

function isHostChar(c: number): boolean {
  // A-Z a-z 0-9 . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

export function findUrls(text: string): Span[] {
  const explicit: Span[] = [];
  EXPLICIT_URL.lastIndex = 0;
  for (const m of text.matchAll(EXPLICIT_URL)) {
    const end = trimUrl(text, m.index, m.index + m[0].length);
    if (end - m.index > 4) explicit.push({ start: m.index, end });
  }
  const spans = explicit.slice();
  let explicitIdx = 0;
  let coveredUntil = -1;
  // Walking left from each ".tld" could revisit the same run of host characters many times
  // (".com.com.com..."); remembering where the previous walk started keeps the total linear.
  let prevTldIndex = -1;
  let prevRunStart = -1;
  TLD.lastIndex = 0;
  for (const m of text.matchAll(TLD)) {
    const tldEnd = m.index + m[0].length;
    while (explicitIdx < explicit.length && (explicit[explicitIdx]?.end ?? 0) <= m.index) explicitIdx++;
    const ex = explicit[explicitIdx];
    if (ex && m.index >= ex.start && m.index < ex.end) continue;
    if (m.index < coveredUntil) continue;
    // runStart: where the unbroken run of host characters before the TLD begins, or -1 when the
    // run is longer than a host name can be (253 characters), which is then not a host at all.
    let runStart = m.index;
    while (runStart > 0 && isHostChar(text.charCodeAt(runStart - 1))) {
      runStart--;
      if (runStart === prevTldIndex) {
        runStart = prevRunStart;
        break;
      }
      if (m.index - runStart > 253) {
        runStart = -1;
        break;
      }
    }
    prevTldIndex = m.index;
    prevRunStart = runStart;
    if (runStart < 0 || m.index - runStart > 253) continue;
    let start = runStart;
    while (start < m.index && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 45)) start++;
    if (start >= m.index) continue; // no label before the TLD
    const before = text.charAt(start - 1);
    // "name@host.com" is an e-mail address; "x/host.com" is part of a longer path.
    if (before === "@" || before === "/" || /\w/.test(before)) continue;
    const firstDot = text.indexOf(".", start);
    // A host needs a letter in its first label: "2.5.com" style noise is skipped.
    if (!/[A-Za-z]/.test(text.slice(start, firstDot))) continue;
    if (tldEnd - start < 4) continue;
    let end = tldEnd;
    if (text.charAt(end) === "/") {
      const ceil = Math.min(text.length, end + 2048);
      while (end < ceil && PATH_CHAR.test(text.charAt(end))) end++;
      end = trimUrl(text, start, end);
    }
    spans.push({ start, end });
    coveredUntil = end;
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}
