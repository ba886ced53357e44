import { channelCatalog } from "../forum/channel-catalog";

/** At most this many members are notified by one post's @mentions (the rest are only linked). */
export const MAX_MENTIONS_NOTIFIED = 10;

export interface Mentions {
  /** Lower-cased pseudonyms, first-mentioned first, unique. */
  pseudonyms: string[];
  /** Channel slugs of the catalog mentioned as @{slug}, unique. */
  channels: string[];
}

// "@" not preceded by a word character, "@", "/" or "[" (so emails, URLs and existing links are
// left alone), then a pseudonym (3–30 letters, digits, underscores) that does not run on.
const MEMBER = /(^|[^A-Za-z0-9_@/[])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])/g;
const CHANNEL = /(^|[^A-Za-z0-9_@/[])@\{([a-z0-9-]{2,60})\}/g;
const channelNames = new Map(channelCatalog.map((channel) => [channel.slug, channel.name]));

/**
 * Splits markdown into prose and code (fenced blocks and inline code spans), so mentions are
 * found and linked only in prose: `@name` inside code is code.
 */
function splitCode(source: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  const codePattern = /(^|\n)(```|~~~)[^\n]*\n[\s\S]*?(\n\2[^\n]*(?=\n|$)|$)|(`+)[^`]*?\4/g;
  let last = 0;
  for (const match of source.matchAll(codePattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: source.slice(last, start), code: false });
    parts.push({ text: match[0], code: true });
    last = start + match[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last), code: false });
  return parts;
}

/** The members and channels a post mentions, in prose only. */
export function findMentions(source: string): Mentions {
  const pseudonyms = new Set<string>();
  const channels = new Set<string>();
  for (const part of splitCode(source)) {
    if (part.code) continue;
    for (const match of part.text.matchAll(MEMBER)) pseudonyms.add(match[2]!.toLowerCase());
    for (const match of part.text.matchAll(CHANNEL)) if (channelNames.has(match[2]!)) channels.add(match[2]!);
  }
  return { pseudonyms: [...pseudonyms], channels: [...channels] };
}

/**
 * Turns `@pseudonym` into a markdown link to the profile and `@{slug}` of a known channel into
 * a link to the channel, in prose only, before rendering. Every well-formed handle is linked (a
 * profile that does not exist answers 404); who is notified is decided against the database.
 */
export function linkMentions(source: string): string {
  if (!source.includes("@")) return source;
  return splitCode(source)
    .map((part) =>
      part.code
        ? part.text
        : part.text
            .replace(CHANNEL, (whole, before: string, slug: string) => {
              const name = channelNames.get(slug);
              return name ? `${before}[@${name}](/c/${slug})` : whole;
            })
            .replace(MEMBER, (_whole, before: string, pseudonym: string) => `${before}[@${pseudonym}](/u/${pseudonym})`),
    )
    .join("");
}
