import { referenceUrl, scanIdentifiers, uniqueReferences, type ReferenceKey } from "./identifiers";

/**
 * Finds the works a rendered post cites and links each identifier to its public page, in the
 * HTML stored at write time. Rules: identifiers inside code or pre are neither linked nor cited
 * (code is quoted text); one already inside a link (an autolinked https://doi.org/… address) is
 * cited but not linked again. The plain link is what a reader gets whatever happens to the
 * metadata: the card beside it is read from the reference cache when the page is shown.
 */
export function linkReferencesInHtml(html: string): { html: string; references: ReferenceKey[] } {
  const cited: ReferenceKey[] = [];
  if (!/PMID|10\.\d|NCT\d/i.test(html)) return { html, references: [] };
  let codeDepth = 0;
  let linkDepth = 0;
  const linked = html.replace(/(<[^>]*>)|([^<]+)/g, (_whole, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      const element = /^<(\/?)(a|code|pre)\b/i.exec(tag);
      if (element) {
        const step = element[1] ? -1 : 1;
        if (element[2]!.toLowerCase() === "a") linkDepth = Math.max(0, linkDepth + step);
        else codeDepth = Math.max(0, codeDepth + step);
      }
      return tag;
    }
    if (text === undefined || codeDepth > 0) return text ?? "";
    const found = scanIdentifiers(text);
    if (found.length === 0) return text;
    cited.push(...found);
    if (linkDepth > 0) return text;
    let out = "";
    let at = 0;
    for (const item of found) {
      out += text.slice(at, item.start);
      out += `<a class="evidence-link" rel="nofollow noopener ugc" href="${referenceUrl(item)}">${text.slice(item.start, item.end)}</a>`;
      at = item.end;
    }
    return out + text.slice(at);
  });
  return { html: linked, references: uniqueReferences(cited) };
}
