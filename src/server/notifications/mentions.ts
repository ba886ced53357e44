import { channelCatalog } from "../forum/channel-catalog";

/** At most this many members are notified by one post's @mentions (the rest are only linked). */
export const MAX_MENTIONS_NOTIFIED = 10;

export interface Mentions {
  /** Lower-cased pseudonyms, first-mentioned first, unique. */
  pseudonyms: string[];
  /** Channel slugs of the catalog mentioned as @{slug}, unique. */
  channels: string[];
}

// "@" not preceded by a word character, "@", "/" or "[", then a pseudonym (3–30 letters, digits,
// underscores) that does not run on; or "@{slug}" of a catalog channel.
// One pattern, one pass: a replacement is never scanned again.
const MENTION = /(^|[^A-Za-z0-9_@/[])@(?:\{([a-z0-9-]{2,60})\}|([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_]))/g;
const channelNames = new Map(channelCatalog.map((channel) => [channel.slug, channel.name]));
const MENTION_LINK = /<a class="mention" rel="nofollow noopener ugc" href="\/(u|c)\/([A-Za-z0-9_-]+)">/g;

/**
 * Turns `@pseudonym` into a link to the profile and `@{slug}` of a catalog channel into a link to
 * the channel, in rendered HTML, outside code, pre and existing links (so code and link text are
 * never rewritten). Works on HTML rather than markdown source because only the renderer knows
 * what is code (fenced, inline or indented) and what is a link. Every well-formed handle is
 * linked (a profile that does not exist answers 404); who is notified is decided in SQL.
 */
export function linkMentionsInHtml(html: string): string {
  if (!html.includes("@")) return html;
  let skipDepth = 0;
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_whole, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      const element = /^<(\/?)(a|code|pre)\b/i.exec(tag);
      if (element) skipDepth = Math.max(0, skipDepth + (element[1] ? -1 : 1));
      return tag;
    }
    if (skipDepth > 0 || text === undefined) return text ?? "";
    return text.replace(MENTION, (whole, before: string, slug: string | undefined, pseudonym: string | undefined) => {
      if (slug !== undefined) {
        const name = channelNames.get(slug);
        return name ? `${before}<a class="mention" rel="nofollow noopener ugc" href="/c/${slug}">@${name}</a>` : whole;
      }
      return `${before}<a class="mention" rel="nofollow noopener ugc" href="/u/${pseudonym}">@${pseudonym}</a>`;
    });
  });
}

/** The members and channels a rendered post mentions (the links linkMentionsInHtml made). */
export function findMentions(html: string): Mentions {
  const pseudonyms = new Set<string>();
  const channels = new Set<string>();
  for (const match of html.matchAll(MENTION_LINK)) {
    if (match[1] === "u") pseudonyms.add(match[2]!.toLowerCase());
    else channels.add(match[2]!);
  }
  return { pseudonyms: [...pseudonyms], channels: [...channels] };
}
