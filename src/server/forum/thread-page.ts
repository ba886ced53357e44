import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { imagesByReply, replyImagesQuery, threadImagesQuery, toPostImage, type PostImage } from "../images/post-images";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { readBatch, singleShape, slot } from "../db/read-shape";
import { allowanceRead, lowAllowance, type PostingAllowance } from "./allowance";
import { caseDetails, channels, comments, drafts, pollOptions, polls, pollVoters, threadReads, threads, users, votes } from "../db/schema";
import { DomainError } from "../errors";
import { threadCitationsShape, toThreadEvidence, type EvidenceCard } from "../evidence/cards";
import { bookmarkStateQuery } from "../follow/bookmarks";
import { threadFollowStateQuery } from "../follow/follows";
import { canModerateChannel } from "../moderation/permissions";
import { moderationBanner, postVisibility } from "../moderation/visibility";
import { anonymityGroupsShape, toAnonymityGroups, viewerNotice, viewerSpecialtyShape, type AnonymityNotice } from "./anonymity-groups";
import { authorColumns, describeAuthor, type AuthorLabel } from "./author";
import { buildCommentTree, commentSorts, type CommentNode, type CommentSort } from "./comment-tree";
import { readAdvanceOf, type ReadAdvance } from "./read-positions";
import { caseDifferentialsShape, toDifferentialsView, type DifferentialsView } from "../differentials/case-view";

export const threadQuerySchema = z
  .object({
    sort: z.enum(commentSorts, { error: "Replies can be sorted best, new or old." }).default("best"),
  })
  .strict();
export type ThreadQuery = z.infer<typeof threadQuerySchema>;

/** Upper bound on replies loaded with a thread page; beyond it the page would be too heavy anyway. */
export const THREAD_PAGE_COMMENT_LIMIT = 1000;

export interface ThreadPage {
  thread: {
    id: number;
    title: string;
    slug: string;
    kind: "discussion" | "case" | "poll";
    bodyHtml: string;
    score: number;
    commentCount: number;
    createdAt: number;
    author: AuthorLabel;
    channel: { slug: string; name: string };
    /** Whether the viewer wrote it (own posts cannot be voted on). */
    byViewer: boolean;
    editedAt: number | null;
    /** A moderation banner (moderators and the author) or the removal reason; null when live. */
    notice: string | null;
    /** Hidden, pending review or removed: no replies or votes until restored. */
    moderated: boolean;
    locked: boolean;
    pinned: boolean;
    /** Images under the post, in order; none for a removed thread. */
    images: PostImage[];
    /** Cards of the works the thread's body cites; none for a removed thread. */
    cards: EvidenceCard[];
  };
  /** Every work the readable posts cite, in order of first citation, once each. */
  references: EvidenceCard[];
  /** Whether the viewer moderates this thread's channel (shows "Moderate" links). */
  viewerModerates: boolean;
  comments: CommentNode[];
  sort: CommentSort;
  /** The viewer's own votes on this page, keyed "thread:ID" or "comment:ID". */
  viewerVotes: Record<string, 1 | -1>;
  case: CaseView | null;
  /** Cases only: the differentials as the blindness rule lets the viewer see them (ADR 0025). */
  differentials: DifferentialsView | null;
  poll: PollView | null;
  /** The viewer's unsent reply to this thread, kept on the server (see drafts.ts). */
  replyDraft: Record<string, string> | null;
  /** Whether replies to this thread notify the viewer. */
  follow: "following" | "muted" | "none";
  bookmarked: boolean;
  /** How the viewer would appear if they replied anonymously now; null for a visitor. */
  anonymousAs: AnonymityNotice | null;
  /** The viewer's read position (read-positions.ts). */
  reading: ThreadReading;
  /** Shown in the reply box when few replies are left under the posting limits (allowance.ts); null for plenty, or a visitor. */
  replyAllowance: PostingAllowance | null;
}

export interface ThreadReading {
  /** Replies with a higher id than this are new to the viewer; null on a first visit. */
  lastReadCommentId: number | null;
  /** The first new reply in page order: the "new since your last visit" divider goes above it. */
  firstUnreadId: number | null;
  /** The position to store after the response (recordThreadRead), or null: nothing to write. */
  advance: ReadAdvance | null;
}

export interface CaseView {
  ageBand: string;
  sex: string;
  status: "unsolved" | "solved";
  answerCommentId: number | null;
  outcomeNote: string | null;
}

export interface PollView {
  multipleChoice: boolean;
  closesAt: number;
  closed: boolean;
  viewerVoted: boolean;
  options: { id: number; label: string }[];
  /**
   * Counts per option, only once the viewer has voted or the poll has closed (seeing results
   * first would sway votes). Who voted for what is never loaded.
   */
  results: { voterCount: number; counts: Record<number, number> } | null;
}

// The page's statements as read shapes (db/read-shape.ts): the text of each is built once per
// isolate; a request fills the slots threadId, viewerId (-1 for a visitor) and draftKey.
const threadShape = singleShape((db) =>
  db
    .select({
      id: threads.id,
      title: threads.title,
      slug: threads.slug,
      kind: threads.kind,
      bodyHtml: threads.bodyHtml,
      score: threads.score,
      commentCount: threads.commentCount,
      createdAt: threads.createdAt,
      isAnonymous: threads.isAnonymous,
      authorId: threads.authorId,
      caseStatus: threads.caseStatus,
      editedAt: threads.editedAt,
      deletedAt: threads.deletedAt,
      moderationState: threads.moderationState,
      moderationReason: threads.moderationReason,
      lockedAt: threads.lockedAt,
      pinnedAt: threads.pinnedAt,
      channelId: threads.channelId,
      channelSlug: channels.slug,
      channelName: channels.name,
      ...authorColumns,
    })
    .from(threads)
    .innerJoin(channels, eq(channels.id, threads.channelId))
    .leftJoin(users, eq(users.id, threads.authorId))
    .where(eq(threads.id, slot("threadId"))),
);
const commentsShape = singleShape((db) =>
  db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      depth: comments.depth,
      bodyHtml: comments.bodyHtml,
      isAnonymous: comments.isAnonymous,
      authorId: comments.authorId,
      editedAt: comments.editedAt,
      score: comments.score,
      upCount: comments.upCount,
      downCount: comments.downCount,
      createdAt: comments.createdAt,
      deletedAt: comments.deletedAt,
      moderationState: comments.moderationState,
      moderationReason: comments.moderationReason,
      ...authorColumns,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.threadId, slot("threadId")))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(THREAD_PAGE_COMMENT_LIMIT),
);
// Two lookups on the full (voter, type, target) key: an OR of both would walk every vote
// the viewer ever cast, which grows with the forum.
const threadVoteShape = singleShape((db) =>
  db
    .select({ targetType: votes.targetType, targetId: votes.targetId, value: votes.value })
    .from(votes)
    .where(and(eq(votes.voterId, slot("viewerId")), eq(votes.targetType, "thread"), eq(votes.targetId, slot("threadId")))),
);
const commentVotesShape = singleShape((db) =>
  db
    .select({ targetType: votes.targetType, targetId: votes.targetId, value: votes.value })
    .from(votes)
    .where(
      and(
        eq(votes.voterId, slot("viewerId")),
        eq(votes.targetType, "comment"),
        inArray(votes.targetId, sql`(select ${comments.id} from ${comments} where ${comments.threadId} = ${slot("threadId")})`),
      ),
    ),
);
const caseShape = singleShape((db) =>
  db
    .select()
    .from(caseDetails)
    .where(eq(caseDetails.threadId, slot("threadId"))),
);
const pollShape = singleShape((db) =>
  db
    .select()
    .from(polls)
    .where(eq(polls.threadId, slot("threadId"))),
);
const pollOptionsShape = singleShape((db) =>
  db
    .select({ id: pollOptions.id, label: pollOptions.label, voteCount: pollOptions.voteCount })
    .from(pollOptions)
    .where(eq(pollOptions.threadId, slot("threadId")))
    .orderBy(asc(pollOptions.position)),
);
const pollVoterShape = singleShape((db) =>
  db
    .select({ voterId: pollVoters.voterId })
    .from(pollVoters)
    .where(and(eq(pollVoters.threadId, slot("threadId")), eq(pollVoters.voterId, slot("viewerId")))),
);
const draftShape = singleShape((db) =>
  db
    .select({ payload: drafts.payload })
    .from(drafts)
    .where(and(eq(drafts.userId, slot("viewerId")), eq(drafts.draftKey, slot("draftKey")))),
);
const followShape = singleShape((db) => threadFollowStateQuery(db, slot("viewerId"), slot("threadId")));
const bookmarkShape = singleShape((db) => bookmarkStateQuery(db, slot("viewerId"), slot("threadId")));
const threadImagesShape = singleShape((db) => threadImagesQuery(db, slot("threadId")));
const readPositionShape = singleShape((db) =>
  db
    .select({ lastCommentId: threadReads.lastCommentId, commentCount: threadReads.commentCount })
    .from(threadReads)
    .where(and(eq(threadReads.userId, slot("viewerId")), eq(threadReads.threadId, slot("threadId")))),
);
const replyImagesShape = singleShape((db) => replyImagesQuery(db, slot("threadId")));

/** A thread with all its replies nested and the viewer's votes, in one database round trip. */
export async function loadThreadPage(db: Database, viewer: Viewer | null, threadId: number, query: ThreadQuery, now: number): Promise<ThreadPage> {
  const values = { threadId, viewerId: viewer?.userId ?? -1, draftKey: `reply:${threadId}` };
  const [
    threadRows,
    commentRows,
    threadVoteRows,
    commentVoteRows,
    caseRows,
    pollRows,
    optionRows,
    voterRows,
    draftRows,
    followRows,
    bookmarkRows,
    groupRows,
    viewerRows,
    threadImageRows,
    replyImageRows,
    readRows,
    citationRows,
    differentialRows,
    allowanceRows,
  ] = await readBatch(db, [
    threadShape().bind(values),
    commentsShape().bind(values),
    threadVoteShape().bind(values),
    commentVotesShape().bind(values),
    caseShape().bind(values),
    pollShape().bind(values),
    pollOptionsShape().bind(values),
    pollVoterShape().bind(values),
    draftShape().bind(values),
    followShape().bind(values),
    bookmarkShape().bind(values),
    anonymityGroupsShape().bind(values),
    viewerSpecialtyShape().bind(values),
    threadImagesShape().bind(values),
    replyImagesShape().bind(values),
    readPositionShape().bind(values),
    threadCitationsShape().bind(values),
    caseDifferentialsShape().bind(values),
    // The viewer's counts against the reply totals: two key reads, no round trip of their own.
    allowanceRead("reply", { userId: viewer?.userId ?? -1, memberSince: viewer?.memberSince ?? 0 }, now),
  ]);
  const replyAllowance = viewer ? lowAllowance("reply", allowanceRows, now) : null;
  const groups = toAnonymityGroups(groupRows);
  const anonymousAs = viewerNotice(groups, viewerRows, now);
  const follow = followRows[0]?.state ?? "none";
  const bookmarked = bookmarkRows.length > 0;
  const row = threadRows[0];
  // A thread its author deleted is gone for members, replies included: they often quote it.
  if (!row || row.deletedAt !== null) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  const threadVisibility = postVisibility(viewer, row, row.channelId);
  if (threadVisibility === "gone") throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  const viewerModerates = canModerateChannel(viewer, row.channelId);
  const moderationNotice = row.moderationState ? moderationBanner(row.moderationState, row.moderationReason) : null;
  const thread = {
    id: row.id,
    title: row.title,
    slug: row.slug,
    kind: row.kind,
    bodyHtml: row.bodyHtml,
    score: row.score,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
    author: describeAuthor(row, groups),
    channel: { slug: row.channelSlug, name: row.channelName },
    byViewer: viewer !== null && row.authorId === viewer.userId,
    editedAt: row.editedAt,
    notice: moderationNotice,
    moderated: row.moderationState !== null,
    locked: row.lockedAt !== null,
    pinned: row.pinnedAt !== null,
    images: threadImageRows.map(toPostImage),
    cards: [] as EvidenceCard[],
  };
  // A removed thread shows only the moderators' reason: its title and body may be the problem.
  if (threadVisibility === "removed") {
    return {
      thread: { ...thread, title: "Removed thread", bodyHtml: "", images: [], cards: [], author: { pseudonym: null, display: "—", anonymous: false }, editedAt: null },
      references: [],
      viewerModerates,
      comments: [],
      sort: query.sort,
      viewerVotes: {},
      case: null,
      differentials: null,
      poll: null,
      replyDraft: null,
      follow,
      bookmarked,
      anonymousAs,
      reading: { lastReadCommentId: readRows[0]?.lastCommentId ?? null, firstUnreadId: null, advance: null },
      replyAllowance: null,
    };
  }
  const replyImages = imagesByReply(replyImageRows);
  const readableReplies = new Set<number>();
  const flat = commentRows.map((comment) => {
    const deleted = comment.deletedAt !== null;
    const visibility = deleted ? "visible" : postVisibility(viewer, comment, row.channelId);
    const withheld = deleted || visibility === "removed" || visibility === "gone";
    if (!withheld) readableReplies.add(comment.id);
    return {
      id: comment.id,
      parentId: comment.parentId,
      depth: comment.depth,
      bodyHtml: withheld ? null : comment.bodyHtml,
      images: withheld ? [] : (replyImages.get(comment.id) ?? []),
      cards: [] as EvidenceCard[],
      author: withheld ? null : describeAuthor(comment, groups),
      score: comment.score,
      upCount: comment.upCount,
      downCount: comment.downCount,
      createdAt: comment.createdAt,
      byViewer: viewer !== null && comment.authorId === viewer.userId,
      editedAt: withheld ? null : comment.editedAt,
      notice:
        visibility === "gone" ? "This reply is not available." : comment.moderationState && !deleted ? moderationBanner(comment.moderationState, comment.moderationReason) : null,
      unavailable: visibility === "gone",
      moderated: comment.moderationState !== null,
    };
  });
  // Cards and the references list come from readable posts only: a withheld post's citations stay withheld.
  const evidence = toThreadEvidence(citationRows, (commentId) => (commentId === null ? true : readableReplies.has(commentId)));
  for (const comment of flat) comment.cards = evidence.replyCards.get(comment.id) ?? [];
  const tree = pruneUnavailableLeaves(buildCommentTree(flat, query.sort));
  return {
    thread: { ...thread, cards: evidence.threadCards },
    references: evidence.references,
    viewerModerates,
    comments: tree,
    sort: query.sort,
    viewerVotes: Object.fromEntries([...threadVoteRows, ...commentVoteRows].map((vote) => [`${vote.targetType}:${vote.targetId}`, vote.value === 1 ? 1 : -1])),
    case: caseView(caseRows[0], row.caseStatus),
    differentials: caseRows[0]
      ? toDifferentialsView(
          differentialRows,
          { ...caseRows[0], solved: row.caseStatus === "solved", authorId: row.authorId, locked: row.lockedAt !== null || row.moderationState !== null },
          viewer,
          groups,
        )
      : null,
    poll: pollView(pollRows[0], optionRows, voterRows.length > 0, now),
    replyDraft: parseDraft(draftRows[0]?.payload),
    follow,
    bookmarked,
    anonymousAs,
    reading: viewer ? readingOf(row.id, row.commentCount, commentRows, readRows[0], tree) : { lastReadCommentId: null, firstUnreadId: null, advance: null },
    replyAllowance,
  };
}

/**
 * The viewer's position in this thread: which replies are new (a higher id than the stored
 * position; none on a first visit, where the whole thread is new and the page opens at its top),
 * the first of them in page order (own replies are never new), and where the position moves now.
 */
function readingOf(
  threadId: number,
  commentCount: number,
  loaded: readonly { id: number }[],
  stored: { lastCommentId: number; commentCount: number } | undefined,
  tree: readonly CommentNode[],
): ThreadReading {
  const lastShown = loaded.reduce((highest, comment) => Math.max(highest, comment.id), 0);
  const advance = readAdvanceOf(threadId, stored, { lastCommentId: lastShown, commentCount });
  if (!stored) return { lastReadCommentId: null, firstUnreadId: null, advance };
  const firstNew = (level: readonly CommentNode[]): number | null => {
    for (const node of level) {
      if (node.id > stored.lastCommentId && !node.byViewer && !node.unavailable) return node.id;
      const below = firstNew(node.replies);
      if (below !== null) return below;
    }
    return null;
  };
  return { lastReadCommentId: stored.lastCommentId, firstUnreadId: firstNew(tree), advance };
}

/**
 * A reply hidden from this viewer disappears; it stays only as "not available" when visible
 * replies hang under it, so the conversation keeps its shape without showing what was hidden.
 */
function pruneUnavailableLeaves(level: CommentNode[]): CommentNode[] {
  const kept: CommentNode[] = [];
  for (const node of level) {
    node.replies = pruneUnavailableLeaves(node.replies);
    if (!node.unavailable || node.replies.length > 0) kept.push(node);
  }
  return kept;
}

function caseView(details: typeof caseDetails.$inferSelect | undefined, status: "unsolved" | "solved" | null): CaseView | null {
  if (!details) return null;
  return {
    ageBand: details.ageBand,
    sex: details.sex,
    status: status ?? "unsolved",
    answerCommentId: details.answerCommentId,
    outcomeNote: details.outcomeNote,
  };
}

function pollView(
  settings: typeof polls.$inferSelect | undefined,
  options: { id: number; label: string; voteCount: number }[],
  viewerVoted: boolean,
  now: number,
): PollView | null {
  if (!settings) return null;
  const closed = settings.closesAt <= now;
  return {
    multipleChoice: settings.multipleChoice,
    closesAt: settings.closesAt,
    closed,
    viewerVoted,
    options: options.map(({ id, label }) => ({ id, label })),
    results: viewerVoted || closed ? { voterCount: settings.voterCount, counts: Object.fromEntries(options.map((option) => [option.id, option.voteCount])) } : null,
  };
}

function parseDraft(payload: string | undefined): Record<string, string> | null {
  if (!payload) return null;
  try {
    return JSON.parse(payload) as Record<string, string>;
  } catch {
    return null;
  }
}
