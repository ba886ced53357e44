import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/**
 * Renders member markdown to HTML once, at write time. micromark is safe by default: raw HTML is
 * escaped and link protocols other than http(s), mailto and relative are dropped. Every link gets
 * rel="nofollow noopener ugc" and opens nothing else.
 */
export function renderMarkdown(source: string): string {
  const html = micromark(source, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  });
  return html.replaceAll("<a href=", '<a rel="nofollow noopener ugc" href=');
}
