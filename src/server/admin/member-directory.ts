import { and, asc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { emailField } from "../auth/account-fields";
import { npiSchema } from "../auth/npi";
import { assertAdmin, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { keysetAfter, keysetOrderBy, keysetPage, type KeysetRule } from "../forum/cursor";
import { specialtyName } from "../forum/author";
import { unscannedText } from "../privacy/free-text";
import { parseInput } from "../validation";

/** A member as the admin directory lists them: standing, never their real name, email or NPI. */
export interface DirectoryMember {
  userId: number;
  pseudonym: string;
  specialty: string;
  role: Viewer["role"];
  verificationStatus: Viewer["verificationStatus"];
  memberSince: number;
}

export interface MemberDirectoryPage {
  members: DirectoryMember[];
  /** The opaque cursor of the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

export type MemberSearchKey = "pseudonym" | "email" | "npi";

export interface MemberSearchResult {
  by: MemberSearchKey;
  members: DirectoryMember[];
  /** More pseudonyms start with the prefix than a result shows: type more letters. */
  truncated: boolean;
  /** What to say when nothing matched ("No member has that NPI."), else null. */
  emptyMessage: string | null;
}

const DIRECTORY_PAGE_SIZE = 50;
export const PSEUDONYM_RESULTS = 20;

const directoryColumns = {
  userId: users.id,
  pseudonym: users.pseudonym,
  specialtySlug: users.specialtySlug,
  role: users.role,
  verificationStatus: users.verificationStatus,
  memberSince: users.createdAt,
};

/** Newest members first, ties in the join time broken by id: a walk of users_created_idx. */
const directoryOrder: KeysetRule<{ userId: number; memberSince: number }> = {
  columns: [
    { expr: users.createdAt, direction: "desc", kind: "number" },
    { expr: users.id, direction: "desc", kind: "integer" },
  ],
  keyOf: (row) => [row.memberSince, row.userId],
};

/** One page of the member list (limit + 1 rows) from `after`; built apart for the plan test. */
export function memberDirectoryQuery(db: Database, options: { after?: string; limit: number }) {
  return db
    .select(directoryColumns)
    .from(users)
    .where(and(keysetAfter(directoryOrder, options.after), isNull(users.deletedAt)))
    .orderBy(...keysetOrderBy(directoryOrder))
    .limit(options.limit + 1);
}

/**
 * /admin/members: every member with an account, newest first, a page at a time (`after` is
 * the previous page's cursor). Administrators only. One round trip.
 */
export async function loadMemberDirectory(db: Database, viewer: Viewer | null, options: { after?: string; limit?: number } = {}): Promise<MemberDirectoryPage> {
  assertAdmin(viewer, "list members");
  const limit = options.limit ?? DIRECTORY_PAGE_SIZE;
  const page = keysetPage(directoryOrder, await memberDirectoryQuery(db, { after: options.after, limit }), limit);
  return { members: page.items.map(toDirectoryMember), nextCursor: page.nextCursor };
}

const searchKeyField = z.enum(["pseudonym", "email", "npi"], { error: "Choose what to search by: pseudonym, email or NPI." });
const queryText = (why: string) => unscannedText(z.string({ error: "Type what to search for." }).trim().min(1, { error: "Type what to search for." }), why);

const pseudonymPrefix = unscannedText(
  z
    .string({ error: "Type the first letters of a pseudonym." })
    .trim()
    .min(1, { error: "Type the first letters of a pseudonym." })
    .regex(/^[A-Za-z0-9_]{1,30}$/, { error: "A pseudonym has only letters, digits or underscores (30 at most): search by its first ones." })
    .toLowerCase(),
  "a pseudonym prefix typed by an admin: never stored, never logged",
);

/** The search form as posted: which key, and the text (parsed by the key's own rule below). */
export const memberSearchSchema = z
  .object({
    by: searchKeyField,
    q: queryText("an admin's member search (a pseudonym, an email or an NPI): never stored, never logged"),
  })
  .strict();

/**
 * Finds members for an administrator, by one key, each lookup an index search:
 * - pseudonym: the first letters, any case (a range of users_pseudonym_unique, on lower(pseudonym)),
 *   alphabetical, at most PSEUDONYM_RESULTS;
 * - email: the whole address, normalised as sign-up stores it (trimmed, lower-case; users_email_unique);
 * - NPI: exactly 10 digits with a valid check digit (users_npi_unique).
 * Moderators cannot search at all: email and NPI are for administrators. A malformed query is an
 * INVALID error naming the rule it broke (never echoing it); the query itself is never logged.
 */
export async function searchMembers(db: Database, viewer: Viewer | null, input: unknown): Promise<MemberSearchResult> {
  assertAdmin(viewer, "search members");
  const { by, q } = parseInput(memberSearchSchema, input);
  if (by === "pseudonym") {
    const prefix = parseInput(z.object({ q: pseudonymPrefix }), { q }).q;
    const rows = await memberSearchQuery(db, { by, value: prefix });
    return {
      by,
      members: rows.slice(0, PSEUDONYM_RESULTS).map(toDirectoryMember),
      truncated: rows.length > PSEUDONYM_RESULTS,
      emptyMessage: rows.length === 0 ? "No member's pseudonym starts with that." : null,
    };
  }
  const value = by === "email" ? parseInput(z.object({ q: emailField }), { q }).q : parseInput(z.object({ q: npiSchema }), { q }).q;
  const rows = await memberSearchQuery(db, { by, value });
  return {
    by,
    members: rows.map(toDirectoryMember),
    truncated: false,
    emptyMessage: rows.length === 0 ? (by === "email" ? "No member has that email address." : "No member has that NPI.") : null,
  };
}

/**
 * The lookup for one parsed key (built apart for the plan test). A pseudonym prefix is the range
 * [prefix, prefix + U+007F) of lower(pseudonym): pseudonyms are ASCII letters, digits and
 * underscores, all below U+007F, so the range holds exactly the names that start with it.
 */
export function memberSearchQuery(db: Database, search: { by: MemberSearchKey; value: string }) {
  const base = db.select(directoryColumns).from(users);
  if (search.by === "pseudonym") {
    const lowered = sql`lower(${users.pseudonym})`;
    return base
      .where(and(gte(lowered, search.value), lt(lowered, `${search.value}\u007f`), isNull(users.deletedAt)))
      .orderBy(asc(lowered))
      .limit(PSEUDONYM_RESULTS + 1);
  }
  const match = search.by === "email" ? eq(users.email, search.value) : eq(users.npi, search.value);
  return base.where(and(match, isNull(users.deletedAt))).limit(1);
}

function toDirectoryMember(row: {
  userId: number;
  pseudonym: string;
  specialtySlug: string;
  role: Viewer["role"];
  verificationStatus: Viewer["verificationStatus"];
  memberSince: number;
}): DirectoryMember {
  const { specialtySlug, ...rest } = row;
  return { ...rest, specialty: specialtyName(specialtySlug) };
}
