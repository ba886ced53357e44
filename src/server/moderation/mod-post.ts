import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { auditLog, caseDetails, channels, comments, flags, threads, users, type FlagReason } from "../db/schema";
import { DomainError } from "../errors";
import { anonymityGroupsQuery, toAnonymityGroups } from "../forum/anonymity-groups";
import { describeAuthor, type AuthorLabel } from "../forum/author";
import { replyImagesOfQuery, threadImagesQuery, toPostImage, type PostImage } from "../images/post-images";
import { assertMayModerate, canModerateChannel } from "./permissions";
import type { PostType } from "./post-target";
import type { ModerationState } from "./visibility";

export interface PostForModeration {
  targetType: PostType;
  targetId: number;
  thread: { id: number; title: string; slug: string; locked: boolean; pinned: boolean; kind: "discussion" | "case" | "poll" };
  channel: { id: number; slug: string; name: string };
  /** For a reply, its text; for a thread, its body (the title is in `thread`). */
  bodySource: string;
  bodyHtml: string;
  caseText: { label: string; text: string }[];
  author: AuthorLabel;
  /** The author's account id when the post is not anonymous (for suspend/ban), else null. */
  authorMemberId: number | null;
  moderationState: ModerationState | null;
  moderationReason: string | null;
  flags: { reason: FlagReason; note: string | null; status: "open" | "upheld" | "dismissed"; outcome: string | null; createdAt: number }[];
  history: { action: string; reason: string | null; createdAt: number; actor: string | null }[];
  /** Channels a moderator could move the thread to (their scope). */
  moveTargets: { slug: string; name: string }[];
  /** The viewer wrote this post: they may read it here, but another moderator must decide on it. */
  ownPost: boolean;
  /** The post's images still served (a removed one is gone from here too). */
  images: PostImage[];
}

/**
 * One post as its channel's moderators review it: the text (whatever its state), its flags
 * (reasons and notes, never who flagged) and its moderation history. Anonymous authors stay
 * anonymous here; only admins reveal, through the audited reveal page. A moderator may open their
 * own post here (it is in their queue) but is offered no action on it (`ownPost`).
 */
export async function loadPostForModeration(db: Database, viewer: Viewer | null, type: PostType, id: number, now: number): Promise<PostForModeration> {
  const table = type === "thread" ? threads : comments;
  // Everything in one batch; nothing is returned until the channel's moderator rule is checked.
  const threadId = type === "thread" ? sql`${id}` : sql`(select ${comments.threadId} from ${comments} where ${comments.id} = ${id})`;
  const [postRows, threadRows, caseRows, flagRows, historyRows, channelRows, groupRows, imageRows] = await db.batch([
    db
      .select({
        bodySource: table.bodySource,
        bodyHtml: table.bodyHtml,
        isAnonymous: table.isAnonymous,
        authorId: table.authorId,
        moderationState: table.moderationState,
        moderationReason: table.moderationReason,
        deletedAt: table.deletedAt,
        createdAt: table.createdAt,
        authorPseudonym: users.pseudonym,
        authorSpecialtySlug: users.specialtySlug,
        authorDeletedAt: users.deletedAt,
      })
      .from(table)
      .leftJoin(users, eq(users.id, table.authorId))
      .where(eq(table.id, id)),
    db
      .select({
        id: threads.id,
        title: threads.title,
        slug: threads.slug,
        kind: threads.kind,
        lockedAt: threads.lockedAt,
        pinnedAt: threads.pinnedAt,
        channelId: channels.id,
        channelSlug: channels.slug,
        channelName: channels.name,
      })
      .from(threads)
      .innerJoin(channels, eq(channels.id, threads.channelId))
      .where(sql`${threads.id} = ${threadId}`),
    db
      .select()
      .from(caseDetails)
      .where(eq(caseDetails.threadId, type === "thread" ? id : -1)),
    db
      .select({ reason: flags.reason, note: flags.note, status: flags.status, outcome: flags.outcome, createdAt: flags.createdAt })
      .from(flags)
      .where(and(eq(flags.targetType, type), eq(flags.targetId, id)))
      .orderBy(asc(flags.createdAt)),
    db
      .select({ action: auditLog.action, reason: auditLog.reason, createdAt: auditLog.createdAt, actor: users.pseudonym })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.targetType, type), eq(auditLog.targetId, id)))
      .orderBy(desc(auditLog.id))
      .limit(50),
    db.select({ id: channels.id, slug: channels.slug, name: channels.name }).from(channels).orderBy(asc(channels.position)),
    // Moderators see the anonymous label members see, never a narrower one.
    anonymityGroupsQuery(db),
    type === "thread" ? threadImagesQuery(db, id) : replyImagesOfQuery(db, id),
  ]);
  const post = postRows[0];
  const thread = threadRows[0];
  if (!post || !thread || post.deletedAt !== null) throw new DomainError("NOT_FOUND", "This post does not exist or is no longer available.");
  assertMayModerate(viewer, "review_post", [thread.channelId], now);
  const details = caseRows[0];
  const caseText = details
    ? [
        { label: "Presenting problem", text: details.presentingProblem },
        { label: "History", text: details.history },
        { label: "Findings", text: details.findings },
        { label: "Tried so far", text: details.triedSoFar },
        { label: "Question", text: details.question },
        ...(details.outcomeNote ? [{ label: "Outcome note", text: details.outcomeNote }] : []),
      ]
    : [];
  const author = describeAuthor(post, toAnonymityGroups(groupRows));
  return {
    targetType: type,
    targetId: id,
    thread: { id: thread.id, title: thread.title, slug: thread.slug, locked: thread.lockedAt !== null, pinned: thread.pinnedAt !== null, kind: thread.kind },
    channel: { id: thread.channelId, slug: thread.channelSlug, name: thread.channelName },
    bodySource: post.bodySource,
    bodyHtml: post.bodyHtml,
    caseText,
    author,
    authorMemberId: author.pseudonym !== null ? post.authorId : null,
    moderationState: post.moderationState,
    moderationReason: post.moderationReason,
    flags: flagRows,
    history: historyRows,
    moveTargets: channelRows.filter((channel) => channel.id !== thread.channelId && canModerateChannel(viewer, channel.id)).map(({ slug, name }) => ({ slug, name })),
    ownPost: post.authorId === viewer.userId,
    images: imageRows.map(toPostImage),
  };
}
