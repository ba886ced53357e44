import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/client";
import { pseudonymHistory, users } from "../db/schema";
import { DomainError } from "../errors";
import { scanForPhi } from "../privacy/index";

export const PSEUDONYM_MIGHT_IDENTIFY =
  "A pseudonym is shown on every signed post, so it cannot hold anything that might identify a patient (a name, a date, a number): choose another.";
export const PSEUDONYM_RESERVED = "This pseudonym is kept for Rounds itself (it could be mistaken for staff or a former member): choose another.";
export const PSEUDONYM_TAKEN = "This pseudonym is taken: choose another.";

/** What deleted accounts are renamed to: `former_member_{id}`. */
export const FORMER_MEMBER_PREFIX = "former_member_";

/**
 * Names the system speaks with or shows in place of a member, compared without case and
 * underscores ("Verified_Physician" is "verifiedphysician"): nobody may pose as them.
 */
const RESERVED_NAMES = new Set([
  "admin",
  "administrator",
  "admins",
  "moderator",
  "moderators",
  "mod",
  "mods",
  "rounds",
  "roundsteam",
  "roundsadmin",
  "roundsstaff",
  "staff",
  "support",
  "help",
  "helpdesk",
  "security",
  "system",
  "official",
  "team",
  "root",
  "owner",
  "webmaster",
  "postmaster",
  "noreply",
  "verifiedphysician",
  "physician",
  "anonymous",
  "anon",
  "formermember",
  "deleted",
  "deletedmember",
  "deleteduser",
  "unknown",
  "null",
  "undefined",
  "nobody",
  "everyone",
  "all",
  "here",
  "channel",
]);
const RESERVED_PREFIXES = ["formermember", "roundsteam", "roundsstaff", "roundsadmin", "roundsmod", "verifiedphysician"];

const folded = (pseudonym: string) => pseudonym.toLowerCase().replace(/_/g, "");

/**
 * Rules of a new pseudonym (sign-up, change, the admin command): it is not a name the system
 * uses (reserved names and prefixes, whatever the case and underscores), and it passes the
 * patient-identifier scanner with no finding at all — underscores read as spaces
 * ("maria_lopez_1952" is "maria lopez 1952"). Unlike a post, a warning cannot be confirmed away: a
 * pseudonym is a label the member is free to choose and it is shown beside everything they write,
 * so anything that only might identify someone is refused too.
 */
export function assertPseudonymAllowed(pseudonym: string): void {
  const name = folded(pseudonym);
  if (RESERVED_NAMES.has(name) || RESERVED_PREFIXES.some((prefix) => name.startsWith(prefix))) {
    throw new DomainError("INVALID", PSEUDONYM_RESERVED, { pseudonym: PSEUDONYM_RESERVED });
  }
  if (scanForPhi(pseudonym.replace(/_/g, " ")).length > 0) {
    throw new DomainError("INVALID", PSEUDONYM_MIGHT_IDENTIFY, { pseudonym: PSEUDONYM_MIGHT_IDENTIFY });
  }
}

/**
 * The query that finds who holds a pseudonym other than `exceptUserId`: a member using it now,
 * or a member who used it before (an old name stays its owner's). Rule: names match regardless
 * of case.
 */
export function pseudonymHolderQuery(db: Database, pseudonym: string, exceptUserId = -1) {
  const lower = pseudonym.toLowerCase();
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.pseudonym}) = ${lower}`, ne(users.id, exceptUserId)))
    .union(
      db
        .select({ id: pseudonymHistory.userId })
        .from(pseudonymHistory)
        .where(and(eq(pseudonymHistory.nameLower, lower), ne(pseudonymHistory.userId, exceptUserId))),
    );
}

export function takenError(): DomainError {
  return new DomainError("CONFLICT", PSEUDONYM_TAKEN, { pseudonym: PSEUDONYM_TAKEN });
}

/** The member id a pseudonym leads to: its holder now, else the member who held it before. */
export function memberIdForPseudonym(pseudonym: string, holderNow: SQL): SQL {
  const lower = pseudonym.toLowerCase();
  return sql`coalesce((select ${users.id} from ${users} where ${holderNow}), (select ${pseudonymHistory.userId} from ${pseudonymHistory} where ${pseudonymHistory.nameLower} = ${lower}))`;
}
