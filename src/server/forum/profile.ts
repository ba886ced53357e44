import { and, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { memberIdForPseudonym } from "../auth/pseudonym-rules";
import { z } from "zod";
import { unscannedText } from "../privacy/free-text";
import { canReadForum, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { caseDetails, channels, comments, threads, users } from "../db/schema";
import { DomainError } from "../errors";
import { specialtyName } from "./author";
import { decodeCursor, encodeCursor, type FeedCursor } from "./cursor";
import { calibrationRowsQuery, toCalibrationRecord, type CalibrationRecord } from "../differentials/calibration";

export const profileTabs = ["threads", "replies"] as const;
export type ProfileTab = (typeof profileTabs)[number];

export const PROFILE_PAGE_SIZE = 25;

/** Plain-text characters of a reply shown on a profile. */
export const REPLY_EXCERPT_LENGTH = 200;

/** The mark on an owner's own anonymous post; nobody else is ever shown that post here. */
export const OWN_ANONYMOUS_MARK = "(posted anonymously — only you see this here)";

/** Query-string input of a profile page; unknown values get a readable INVALID error. */
export const profileQuerySchema = z
  .object({
    tab: z.enum(profileTabs, { error: "A profile lists threads or replies." }).default("threads"),
    after: unscannedText(z.string().max(200, { error: "That page link is too long." }), "a page cursor Rounds wrote itself").optional(),
  })
  .strict();
export type ProfileQuery = z.infer<typeof profileQuerySchema>;

export interface ProfileThread {
  id: number;
  title: string;
  /** `/t/{id}/{slug}` */
  link: string;
  channel: { slug: string; name: string };
  score: number;
  commentCount: number;
  createdAt: number;
  /** True only on the owner's own profile (see OWN_ANONYMOUS_MARK). */
  postedAnonymously: boolean;
}

export interface ProfileReply {
  id: number;
  /** Plain text, at most about REPLY_EXCERPT_LENGTH characters, never HTML. */
  excerpt: string;
  /** Null when the thread was deleted by its author (its title is no longer shown). */
  threadTitle: string | null;
  /** `/t/{threadId}/{slug}#reply-{id}` */
  link: string;
  score: number;
  createdAt: number;
  postedAnonymously: boolean;
}

export type ProfileList = { tab: "threads"; items: ProfileThread[]; nextCursor: string | null } | { tab: "replies"; items: ProfileReply[]; nextCursor: string | null };

/** A reply of the member's that a case's author accepted as the answer (solve-case.ts). */
export interface AcceptedAnswer {
  replyId: number;
  threadTitle: string;
  /** `/t/{threadId}/{slug}#reply-{id}` */
  link: string;
  solvedAt: number;
}

/** How many accepted answers a profile lists (the count covers them all). */
export const ACCEPTED_ANSWERS_SHOWN = 5;

export interface ProfilePage {
  member: {
    pseudonym: string;
    specialty: string;
    memberSince: number;
    /** Written by the member, screened for patient identifiers when saved; "" when unset. */
    bio: string;
    practiceSetting: string;
  };
  /** The viewer is looking at their own profile. */
  isOwner: boolean;
  /**
   * What every member sees, the owner included: non-anonymous, non-deleted posts only, so the
   * figures can never be compared with a public total to infer which anonymous posts are theirs.
   */
  stats: { threadCount: number; replyCount: number; votesReceived: number; acceptedAnswers: number };
  /** The latest signed accepted answers, newest reply first (ACCEPTED_ANSWERS_SHOWN at most). */
  acceptedAnswers: AcceptedAnswer[];
  list: ProfileList;
  /**
   * Differentials (ADR 0025): the calibration record, for the owner always (anonymous
   * differentials included), for others only when the owner made it public (without them);
   * null when hidden. `sharing` is the owner's own settings (null for others).
   */
  calibration: CalibrationRecord | null;
  sharing: { calibrationPublic: boolean; calibrationLeaderboard: boolean } | null;
}

const PSEUDONYM_PATTERN = /^[A-Za-z0-9_]{3,30}$/;

/**
 * HTML characters read for one reply excerpt: enough for ~200 characters of text under heavy
 * markup, and a bound on what 25 replies of up to 10,000 characters cost on the wire.
 */
const EXCERPT_HTML_CHARS = 2000;

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "There is no member with this pseudonym.");
}

/**
 * A member's public profile: specialty, member since, counts, votes received and one page of
 * their threads or replies, in one database round trip.
 * Rules:
 * - members only (`canReadForum`);
 * - the pseudonym matches regardless of case, and a member's earlier pseudonym finds them too
 *   (the page redirects to the current one); deleted accounts and people who never became
 *   members (pending or rejected applicants) have no profile: NOT_FOUND, so a profile address
 *   cannot be used to learn who applied;
 * - anonymous posts are never listed, counted or scored for anyone but their author; the owner
 *   also sees their own anonymous posts in the lists, each marked (OWN_ANONYMOUS_MARK);
 * - deleted posts are never listed or counted;
 * - keyset pagination on (created_at, id) descending over threads_author_idx /
 *   comments_author_idx (both end in the rowid, which is `id`), never OFFSET.
 */
export async function loadProfilePage(db: Database, viewer: Viewer | null, pseudonym: string, query: ProfileQuery): Promise<ProfilePage> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to read the forum.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Only verified physicians can read member profiles. See your status page.");
  const cursor = parseProfileCursor(query.after);
  if (!PSEUDONYM_PATTERN.test(pseudonym)) throw notFound();

  const memberId = memberIdByPseudonym(pseudonym);
  if (query.tab === "threads") {
    const [memberRows, answerRows, rows, calibrationRows] = await db.batch([
      memberQuery(db, pseudonym),
      acceptedAnswersQuery(db, memberId),
      threadListQuery(db, viewer, memberId, cursor),
      calibrationRowsQuery(db, memberId, viewer),
    ]);
    return toProfilePage(viewer, memberRows[0], answerRows, { tab: "threads", ...pageOf(rows, toProfileThread) }, calibrationRows);
  }
  const [memberRows, answerRows, rows, calibrationRows] = await db.batch([
    memberQuery(db, pseudonym),
    acceptedAnswersQuery(db, memberId),
    replyListQuery(db, viewer, memberId, cursor),
    calibrationRowsQuery(db, memberId, viewer),
  ]);
  return toProfilePage(viewer, memberRows[0], answerRows, { tab: "replies", ...pageOf(rows, toProfileReply) }, calibrationRows);
}

type MemberRow = Awaited<ReturnType<typeof memberQuery>>[number];

type AcceptedAnswerRow = Awaited<ReturnType<typeof acceptedAnswersQuery>>[number];

function toProfilePage(
  viewer: Viewer,
  member: MemberRow | undefined,
  answerRows: AcceptedAnswerRow[],
  list: ProfileList,
  calibrationRows: Parameters<typeof toCalibrationRecord>[0],
): ProfilePage {
  if (!member) throw notFound();
  const isOwner = member.id === viewer.userId;
  return {
    calibration: isOwner || member.calibrationPublic ? toCalibrationRecord(calibrationRows) : null,
    sharing: isOwner ? { calibrationPublic: member.calibrationPublic, calibrationLeaderboard: member.calibrationLeaderboard } : null,
    member: {
      pseudonym: member.pseudonym,
      specialty: specialtyName(member.specialtySlug),
      memberSince: member.createdAt,
      bio: member.bio ?? "",
      practiceSetting: member.practiceSetting ?? "",
    },
    isOwner: member.id === viewer.userId,
    stats: {
      threadCount: member.threadCount,
      replyCount: member.replyCount,
      votesReceived: member.threadScore + member.replyScore,
      acceptedAnswers: member.acceptedAnswerCount,
    },
    acceptedAnswers: answerRows.map((row) => ({
      replyId: row.replyId,
      threadTitle: row.threadTitle,
      link: `/t/${row.threadId}/${row.threadSlug}#reply-${row.replyId}`,
      solvedAt: row.solvedAt ?? 0,
    })),
    list,
  };
}

/** One page of a list: the query asked for one row more than a page to know if another exists. */
function pageOf<Row extends { id: number; createdAt: number }, Item>(rows: Row[], toItem: (row: Row) => Item): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, PROFILE_PAGE_SIZE);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > PROFILE_PAGE_SIZE && last ? encodeCursor({ key: last.createdAt, id: last.id }) : null,
  };
}

export function parseProfileCursor(after: string | undefined): FeedCursor | undefined {
  return after === undefined || after === "" ? undefined : decodeCursor(after);
}

/** Who has a profile: a member (verified, or suspended with posts still shown) not deleted. */
/**
 * The member a profile address names: the one using the pseudonym now, else the one who used it
 * before (an old address, from an old @mention, leads to the current profile).
 */
function profileHolder(pseudonym: string): SQL {
  const currentHolder = sql`lower(${users.pseudonym}) = ${pseudonym.toLowerCase()}`;
  return sql`${users.id} = ${memberIdForPseudonym(pseudonym, currentHolder)} and ${users.deletedAt} is null and ${users.verificationStatus} in ('verified', 'suspended')`;
}

/** The member's id as a subquery, so the list runs in the same batch as the member lookup. */
function memberIdByPseudonym(pseudonym: string): SQL {
  return sql`(select ${users.id} from ${users} where ${profileHolder(pseudonym)})`;
}

/** The posts anyone may count and score: public (not anonymous) and not deleted. */
function memberQuery(db: Database, pseudonym: string) {
  const publicThreads = sql`${threads.authorId} = ${users.id} and ${threads.isAnonymous} = 0 and ${threads.deletedAt} is null and ${threads.moderationState} is null`;
  const publicReplies = sql`${comments.authorId} = ${users.id} and ${comments.isAnonymous} = 0 and ${comments.deletedAt} is null and ${comments.moderationState} is null`;
  return db
    .select({
      id: users.id,
      pseudonym: users.pseudonym,
      specialtySlug: users.specialtySlug,
      createdAt: users.createdAt,
      calibrationPublic: users.calibrationPublic,
      calibrationLeaderboard: users.calibrationLeaderboard,
      threadCount: sql<number>`(select count(*) from ${threads} where ${publicThreads})`.mapWith(Number),
      threadScore: sql<number>`(select coalesce(sum(${threads.score}), 0) from ${threads} where ${publicThreads})`.mapWith(Number),
      replyCount: sql<number>`(select count(*) from ${comments} where ${publicReplies})`.mapWith(Number),
      replyScore: sql<number>`(select coalesce(sum(${comments.score}), 0) from ${comments} where ${publicReplies})`.mapWith(Number),
      // Written out with aliases: in a one-table select drizzle leaves column names unqualified,
      // which a join inside the sub-select would make ambiguous. Same rule as acceptedAnswersQuery.
      acceptedAnswerCount: sql<number>`(select count(*) from comments ac
        join case_details acd on acd.thread_id = ac.thread_id and acd.answer_comment_id = ac.id
        join threads ath on ath.id = ac.thread_id
        where ac.author_id = users.id and ac.is_anonymous = 0 and ac.deleted_at is null and ac.moderation_state is null
          and ath.deleted_at is null and ath.moderation_state is null)`.mapWith(Number),
      bio: users.bio,
      practiceSetting: users.practiceSetting,
    })
    .from(users)
    .where(profileHolder(pseudonym));
}

/**
 * The member's accepted answers: their replies a case's author marked as the answer. Rule: the
 * same public posts the counts use (signed, not deleted, not under moderation) in a case that is
 * itself public, for every viewer the owner included, so the list never points at an anonymous
 * reply. Reads the member's replies through comments_author_idx, newest first, and each case by its key.
 */
function acceptedAnswersQuery(db: Database, memberId: SQL) {
  return (
    db
      .select({ replyId: comments.id, threadId: threads.id, threadTitle: threads.title, threadSlug: threads.slug, solvedAt: caseDetails.solvedAt })
      .from(comments)
      .innerJoin(caseDetails, and(eq(caseDetails.threadId, comments.threadId), eq(caseDetails.answerCommentId, comments.id)))
      .innerJoin(threads, eq(threads.id, comments.threadId))
      .where(
        and(
          sql`${comments.authorId} = ${memberId}`,
          eq(comments.isAnonymous, false),
          isNull(comments.deletedAt),
          isNull(comments.moderationState),
          isNull(threads.deletedAt),
          isNull(threads.moderationState),
        ),
      )
      // The author index's own order (newest reply first): no sort step, like the lists below.
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(ACCEPTED_ANSWERS_SHOWN)
  );
}

/**
 * Rule in SQL: an anonymous post is listed only when its author is the viewer, so a profile
 * page never even reads another member's anonymous posts.
 */
function visibleTo(viewer: Viewer, isAnonymous: typeof threads.isAnonymous | typeof comments.isAnonymous, authorId: typeof threads.authorId | typeof comments.authorId) {
  return or(eq(isAnonymous, false), eq(authorId, viewer.userId));
}

function threadListQuery(db: Database, viewer: Viewer, memberId: SQL, cursor: FeedCursor | undefined) {
  return db
    .select({
      id: threads.id,
      title: threads.title,
      slug: threads.slug,
      score: threads.score,
      commentCount: threads.commentCount,
      createdAt: threads.createdAt,
      isAnonymous: threads.isAnonymous,
      channelSlug: channels.slug,
      channelName: channels.name,
    })
    .from(threads)
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .where(
      and(
        sql`${threads.authorId} = ${memberId}`,
        isNull(threads.deletedAt),
        visibleTo(viewer, threads.isAnonymous, threads.authorId),
        // Posts under moderation are listed only on their author's own profile.
        sql`(${threads.moderationState} is null or ${threads.authorId} = ${viewer.userId})`,
        cursor ? sql`(${threads.createdAt}, ${threads.id}) < (${cursor.key}, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(PROFILE_PAGE_SIZE + 1);
}

function replyListQuery(db: Database, viewer: Viewer, memberId: SQL, cursor: FeedCursor | undefined) {
  return db
    .select({
      id: comments.id,
      htmlStart: sql<string>`substr(${comments.bodyHtml}, 1, ${EXCERPT_HTML_CHARS + 1})`,
      score: comments.score,
      createdAt: comments.createdAt,
      isAnonymous: comments.isAnonymous,
      threadId: threads.id,
      threadTitle: threads.title,
      threadSlug: threads.slug,
      threadDeletedAt: threads.deletedAt,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(
      and(
        sql`${comments.authorId} = ${memberId}`,
        isNull(comments.deletedAt),
        visibleTo(viewer, comments.isAnonymous, comments.authorId),
        sql`(${comments.moderationState} is null or ${comments.authorId} = ${viewer.userId})`,
        // A reply in a thread under moderation would show that thread's title.
        isNull(threads.moderationState),
        cursor ? sql`(${comments.createdAt}, ${comments.id}) < (${cursor.key}, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(PROFILE_PAGE_SIZE + 1);
}

type ThreadListRow = Awaited<ReturnType<typeof threadListQuery>>[number];
type ReplyListRow = Awaited<ReturnType<typeof replyListQuery>>[number];

function toProfileThread(row: ThreadListRow): ProfileThread {
  return {
    id: row.id,
    title: row.title,
    link: `/t/${row.id}/${row.slug}`,
    channel: { slug: row.channelSlug, name: row.channelName },
    score: row.score,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
    postedAnonymously: row.isAnonymous,
  };
}

function toProfileReply(row: ReplyListRow): ProfileReply {
  return {
    id: row.id,
    excerpt: plainTextExcerpt(row.htmlStart, REPLY_EXCERPT_LENGTH, row.htmlStart.length > EXCERPT_HTML_CHARS),
    threadTitle: row.threadDeletedAt === null ? row.threadTitle : null,
    link: `/t/${row.threadId}/${row.threadSlug}#reply-${row.id}`,
    score: row.score,
    createdAt: row.createdAt,
    postedAnonymously: row.isAnonymous,
  };
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The plain text of a post for an excerpt, from its sanitized HTML. Why the HTML and not the
 * markdown source: micromark already parsed the markdown at write time, so dropping its tags is
 * exact, where regexes over markdown miss reference links, nested emphasis or tables. `cut` says
 * the HTML given is only the start of the post (it may end inside a tag or an entity).
 */
export function plainTextExcerpt(html: string, maxLength = REPLY_EXCERPT_LENGTH, cut = false): string {
  let text = cut ? html.replace(/<[^>]*$/, "").replace(/&[#a-zA-Z0-9]*$/, "") : html;
  text = text
    // Block ends and line breaks separate words that the markup kept apart.
    .replace(/<\/(p|li|h[1-6]|blockquote|pre|tr|td|th|div)>|<br\s*\/?>|<hr\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, entity: string) => {
      if (entity.startsWith("#x") || entity.startsWith("#X")) return safeCodePoint(Number.parseInt(entity.slice(2), 16)) ?? match;
      if (entity.startsWith("#")) return safeCodePoint(Number.parseInt(entity.slice(1), 10)) ?? match;
      return entities[entity] ?? match;
    })
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength && !cut) return text;
  if (text.length <= maxLength) return `${text}…`;
  const head = text.slice(0, maxLength - 1);
  const wordEnd = head.lastIndexOf(" ");
  // Cut at a word boundary unless that would throw away most of the excerpt.
  return `${(wordEnd > maxLength * 0.6 ? head.slice(0, wordEnd) : head).trimEnd()}…`;
}

function safeCodePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}
