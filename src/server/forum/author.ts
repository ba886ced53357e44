import { ANONYMOUS_LABEL, anonymityGroupFor, type AnonymityGroups } from "./anonymity-groups";
import { channelCatalog } from "./channel-catalog";
import { users } from "../db/schema";

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

interface AuthorRow {
  isAnonymous: boolean;
  authorPseudonym: string | null;
  authorSpecialtySlug: string | null;
  authorDeletedAt: number | null;
}

/** The author's columns every post read selects for describeAuthor (a left join on users). */
export const authorColumns = {
  authorPseudonym: users.pseudonym,
  authorSpecialtySlug: users.specialtySlug,
  authorDeletedAt: users.deletedAt,
};

/**
 * Rule: an anonymous post never shows the pseudonym, only the group of src/server/forum/anonymity-groups.ts
 * ("Verified physician · Cardiology", "… · Medicine" or "Verified physician"), worked out from the
 * post's time and the page's `groups`; without `groups` it shows the widest label, "Verified
 * physician", which is never too narrow. A deleted account (or a post whose author row is gone)
 * shows "former member".
 */
export function describeAuthor(row: AuthorRow): AuthorLabel;
export function describeAuthor(row: AuthorRow & { createdAt: number }, groups: AnonymityGroups): AuthorLabel;
export function describeAuthor(row: AuthorRow & { createdAt?: number }, groups?: AnonymityGroups): AuthorLabel {
  if (row.isAnonymous) {
    const display = groups && row.createdAt !== undefined ? anonymityGroupFor(groups, row.authorSpecialtySlug, row.createdAt).label : ANONYMOUS_LABEL;
    return { pseudonym: null, display, anonymous: true };
  }
  if (!row.authorPseudonym || row.authorDeletedAt !== null) return { pseudonym: null, display: "former member", anonymous: false };
  return { pseudonym: row.authorPseudonym, display: row.authorPseudonym, anonymous: false };
}
