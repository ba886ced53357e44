import { channelCatalog } from "./channel-catalog";

/** What members see as the author of a post. */
export interface AuthorLabel {
  /** Null when the post is anonymous or the account is gone: no profile link then. */
  pseudonym: string | null;
  display: string;
  /** Posted anonymously (only admins can reveal the author, through an audited action). */
  anonymous: boolean;
}

const specialtyNames = new Map(channelCatalog.map((channel) => [channel.slug, channel.name]));

export function specialtyName(slug: string | null | undefined): string {
  return (slug && specialtyNames.get(slug)) || "Physician";
}

/**
 * Rule: an anonymous post shows only "Verified physician · {specialty}" — never the pseudonym —
 * and a deleted account (or a post whose author row is gone) shows "former member".
 */
export function describeAuthor(row: {
  isAnonymous: boolean;
  authorPseudonym: string | null;
  authorSpecialtySlug: string | null;
  authorDeletedAt: number | null;
}): AuthorLabel {
  if (row.isAnonymous) {
    return { pseudonym: null, display: `Verified physician · ${specialtyName(row.authorSpecialtySlug)}`, anonymous: true };
  }
  if (!row.authorPseudonym || row.authorDeletedAt !== null) return { pseudonym: null, display: "former member", anonymous: false };
  return { pseudonym: row.authorPseudonym, display: row.authorPseudonym, anonymous: false };
}
