import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { linkReferencesInHtml } from "../evidence/link-references";
import { linkMentionsInHtml } from "../notifications/mentions";

/**
 * Renders member markdown (CommonMark + GFM tables, strikethrough, autolinks, task lists) to
 * HTML once, at write time. Rules of the output:
 * - no raw HTML: micromark escapes it;
 * - links only to http(s), mailto or relative addresses (any other scheme loses its link and
 *   keeps its text), each with rel="nofollow noopener ugc";
 * - no images: an image becomes a link to it, so reading a thread never makes the reader's
 *   browser fetch from a third party (their IP and the thread would leak to it);
 * - `@pseudonym` links to the profile and `@{channel}` to the channel (outside code);
 * - a PMID, DOI or NCT number links to PubMed, doi.org or ClinicalTrials.gov (outside code): the
 *   plain link a reader always gets, whatever the evidence card beside it knows (src/server/evidence).
 */
export function renderMarkdown(source: string): string {
  const html = micromark(source, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  });
  const linked = linkMentionsInHtml(
    html
      .replace(/<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? \/>/g, (_match, src: string, alt: string) =>
        isAllowedHref(src) && src !== "" ? `<a rel="nofollow noopener ugc" href="${src}">${alt || "image"}</a>` : alt,
      )
      .replace(/<a href="([^"]*)"/g, (_match, href: string) => (isAllowedHref(href) ? `<a rel="nofollow noopener ugc" href="${href}"` : `<a rel="nofollow noopener ugc"`)),
  );
  return linkReferencesInHtml(linked).html;
}

/** http(s), mailto, or relative (no scheme before the first /, ? or #). */
function isAllowedHref(href: string): boolean {
  const decoded = href.replace(/&amp;/g, "&");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(decoded);
  if (!scheme) return true;
  return ["http", "https", "mailto"].includes(scheme[1]!.toLowerCase());
}
