import { eq, gt, sql, type SQLWrapper } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { singleShape, slot } from "../db/read-shape";
import { specialtyMemberCounts, users } from "../db/schema";
import { channelCatalog, specialtyFamilies, type SpecialtyFamilySlug } from "./channel-catalog";
import { assertVerifiedMember } from "./posting-rules";

/**
 * The rule (ADR 0014): an anonymous post is labelled with the narrowest group that holds at least
 * MIN_ANONYMITY_GROUP members who had already joined when the post was written — its author's
 * specialty ("Verified physician · Cardiology"), else the specialty's family ("Verified physician
 * · Medicine"), else "Verified physician" alone. It is worked out each time the label is shown,
 * so a group that shrinks (members leave, are banned or change specialty) widens the label of
 * older posts, and a group that grows never narrows the label of a post written before it grew:
 * profiles show "member since", so only members who had joined by then hide the author.
 */
export const MIN_ANONYMITY_GROUP = 10;

/** The label of the widest group, which every anonymous post may fall back to. */
export const ANONYMOUS_LABEL = "Verified physician";

/**
 * Who counts as a member, word for word as in the partial index users_member_specialty_joined_idx
 * and the triggers of migration 0008 (SQLite uses a partial index only when the query repeats its
 * condition): verified, email confirmed, account not deleted. Pending, rejected, suspended and
 * banned applicants are not members; a moderator's time-limited suspension leaves one a member.
 */
const MEMBER_CONDITION = sql.raw("verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null");

/**
 * Every specialty with members: how many, and the join times of its earliest MIN_ANONYMITY_GROUP
 * members (an index range scan of at most that many rows per specialty, whatever the forum's
 * size). Built without running it, for the batch of the page that shows labels.
 */
export function anonymityGroupsQuery(db: Database) {
  return db
    .select({
      specialtySlug: specialtyMemberCounts.specialtySlug,
      memberCount: specialtyMemberCounts.memberCount,
      // Written out with aliases: drizzle leaves columns of a one-table select unqualified, and an
      // unqualified specialty_slug here would be the inner users' own.
      earliestJoined: sql<string>`(select json_group_array(joined) from (select member.created_at as joined from users member
        where member.specialty_slug = specialty_member_counts.specialty_slug and ${MEMBER_CONDITION}
        order by member.created_at limit ${MIN_ANONYMITY_GROUP}))`,
    })
    .from(specialtyMemberCounts)
    .where(gt(specialtyMemberCounts.memberCount, 0));
}

/** anonymityGroupsQuery as a read shape (db/read-shape.ts): its text is built once per isolate. */
export const anonymityGroupsShape = singleShape((db) => anonymityGroupsQuery(db));

/** The viewer's own specialty, for the "You will appear as …" notice (no row for a visitor). */
export function viewerSpecialtyQuery(db: Database, viewerId: number | SQLWrapper) {
  return db.select({ specialtySlug: users.specialtySlug }).from(users).where(eq(users.id, viewerId));
}

/** viewerSpecialtyQuery as a read shape; slot "viewerId". */
export const viewerSpecialtyShape = singleShape((db) => viewerSpecialtyQuery(db, slot("viewerId")));

type GroupRow = Awaited<ReturnType<typeof anonymityGroupsQuery>>[number];

/** What the rule needs to know about the membership, read once per page. */
export interface AnonymityGroups {
  specialties: ReadonlyMap<string, { memberCount: number; earliestJoined: readonly number[] }>;
  /** Every member, all specialties together. */
  memberCount: number;
}

export function toAnonymityGroups(rows: readonly GroupRow[]): AnonymityGroups {
  const specialties = new Map<string, { memberCount: number; earliestJoined: number[] }>();
  let memberCount = 0;
  for (const row of rows) {
    const count = Number(row.memberCount);
    memberCount += count;
    specialties.set(row.specialtySlug, { memberCount: count, earliestJoined: parseJoinTimes(row.earliestJoined) });
  }
  return { specialties, memberCount };
}

function parseJoinTimes(json: string | null): number[] {
  try {
    const parsed: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(parsed)
      ? parsed
          .map(Number)
          .filter(Number.isFinite)
          .sort((a, b) => a - b)
      : [];
  } catch {
    return [];
  }
}

export interface AnonymityGroup {
  kind: "specialty" | "family" | "everyone";
  /** "Verified physician · Cardiology", "Verified physician · Medicine" or "Verified physician". */
  label: string;
  /** Members of the group now. */
  memberCount: number;
  /** What they are called, plural: "cardiologists", "surgeons", "verified physicians". */
  memberNoun: string;
}

const specialtyBySlug = new Map(channelCatalog.filter((channel) => channel.family).map((channel) => [channel.slug, channel]));

const specialtiesByFamily = new Map<SpecialtyFamilySlug, string[]>();
for (const channel of specialtyBySlug.values()) {
  if (!channel.family) continue;
  specialtiesByFamily.set(channel.family, [...(specialtiesByFamily.get(channel.family) ?? []), channel.slug]);
}

/** At least MIN_ANONYMITY_GROUP of these join times are at or before `postedAt`. */
function enoughJoinedBy(joinTimes: readonly number[], postedAt: number): boolean {
  let joined = 0;
  for (const time of joinTimes) if (time <= postedAt) joined += 1;
  return joined >= MIN_ANONYMITY_GROUP;
}

/**
 * The group an anonymous post by a member of `specialtySlug`, written at `postedAt`, is shown
 * as. A family's earliest members are among the earliest of its specialties, so merging each
 * specialty's earliest MIN_ANONYMITY_GROUP join times counts the family exactly.
 */
export function anonymityGroupFor(groups: AnonymityGroups, specialtySlug: string | null, postedAt: number): AnonymityGroup {
  const specialty = specialtySlug ? specialtyBySlug.get(specialtySlug) : undefined;
  if (specialty?.family) {
    const own = groups.specialties.get(specialty.slug);
    if (own && enoughJoinedBy(own.earliestJoined, postedAt)) {
      return { kind: "specialty", label: `${ANONYMOUS_LABEL} · ${specialty.name}`, memberCount: own.memberCount, memberNoun: specialty.memberNoun ?? "members" };
    }
    const members = (specialtiesByFamily.get(specialty.family) ?? []).map((slug) => groups.specialties.get(slug));
    if (
      enoughJoinedBy(
        members.flatMap((member) => member?.earliestJoined ?? []),
        postedAt,
      )
    ) {
      const family = specialtyFamilies[specialty.family];
      const memberCount = members.reduce((sum, member) => sum + (member?.memberCount ?? 0), 0);
      return { kind: "family", label: `${ANONYMOUS_LABEL} · ${family.name}`, memberCount, memberNoun: family.memberNoun };
    }
  }
  return { kind: "everyone", label: ANONYMOUS_LABEL, memberCount: groups.memberCount, memberNoun: "verified physicians" };
}

/** What the composer and the reply box say next to "Post anonymously", before anything is posted. */
export interface AnonymityNotice {
  label: string;
  memberCount: number;
  /** "You will appear as “Verified physician · Surgery” — one of 34 surgeons." */
  text: string;
}

/** One formatter for the isolate: `toLocaleString("en-US")` builds one per call (per page here). */
const countFormat = new Intl.NumberFormat("en-US");

export function anonymityNoticeFor(groups: AnonymityGroups, specialtySlug: string | null, now: number): AnonymityNotice {
  const group = anonymityGroupFor(groups, specialtySlug, now);
  const among = group.memberCount > 1 ? `one of ${countFormat.format(group.memberCount)} ${group.memberNoun}` : "so far the only verified physician";
  return { label: group.label, memberCount: group.memberCount, text: `You will appear as “${group.label}” — ${among}.` };
}

/** The viewer's notice from viewerSpecialtyQuery's rows; null for a visitor. */
export function viewerNotice(groups: AnonymityGroups, viewerRows: readonly { specialtySlug: string }[], now: number): AnonymityNotice | null {
  const viewerRow = viewerRows[0];
  return viewerRow ? anonymityNoticeFor(groups, viewerRow.specialtySlug, now) : null;
}

/** The composer's notice on its own (pages without a batch of their own): one round trip. */
export async function loadAnonymityNotice(db: Database, viewer: Viewer | null, now: number): Promise<AnonymityNotice | null> {
  assertVerifiedMember(viewer);
  const [groupRows, viewerRows] = await db.batch([anonymityGroupsQuery(db), viewerSpecialtyQuery(db, viewer.userId)]);
  return viewerNotice(toAnonymityGroups(groupRows), viewerRows, now);
}
