/**
 * Small pieces of markup that repeat on every item of a feed or thread, written as strings
 * instead of Astro components (issue 15: each component instance costs Astro a context, props,
 * a render instance and its chunks, per reply). Each function gives byte for byte the HTML its
 * component gave, escaped as Astro escapes: text with html-escaper's five entities, attribute
 * values with "&" and '"' only. Only for markup without scoped styles: Astro would have added
 * the component's data-astro-cid attribute to each element (the author's name had scoped styles;
 * they are global now and its elements carry no such attribute).
 */

import type { AuthorLabel } from "../server/forum/author";
import type { CommentNode } from "../server/forum/comment-tree";
import type { FeedItem } from "../server/forum/feeds";
import type { PostImage } from "../server/images/post-images";
import { evidenceCardsHtml } from "./evidence-html";
import { formatCount, formatRelativeTime } from "./format";

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" };

/** Text between tags, as Astro writes `{value}`. */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (character) => TEXT_ENTITIES[character] as string);
}

/** An attribute value, as Astro writes `name={value}` for a relative link or plain text. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&#38;").replace(/"/g, "&#34;");
}

export interface VoteFormProps {
  targetType: "thread" | "comment";
  targetId: number;
  score: number;
  /** The viewer's current vote on this post, if any. */
  current: 1 | -1 | undefined;
  /** Own posts show the score without buttons. */
  disabled: boolean;
}

/**
 * The vote form of a post (components/VoteControl.astro renders it, with the script that votes in
 * place). Pressing the active arrow again withdraws the vote. Works without JavaScript: it posts.
 */
export function voteFormHtml({ targetType, targetId, score, current, disabled }: VoteFormProps): string {
  const button = (direction: 1 | -1, className: string, label: string, arrow: string) => {
    const active = current === direction;
    return (
      `<button type="submit" name="value" value="${active ? 0 : direction}" class="${className}${active ? " active" : ""}" aria-pressed="${active}" ` +
      `aria-label="${label}"${disabled ? " disabled" : ""} data-vote="${direction}">${arrow}</button>`
    );
  };
  return (
    `<form method="post" class="vote" data-vote-form> <input type="hidden" name="targetType" value="${targetType}"> ` +
    `<input type="hidden" name="targetId" value="${targetId}"> ${button(1, "vote-up", "Vote up", "▲")} ` +
    `<span class="vote-score" data-vote-score aria-label="${score} points">${score}</span> ${button(-1, "vote-down", "Vote down", "▼")} ` +
    `<input type="hidden" name="intent" value="vote"> </form>`
  );
}

/**
 * A post's author (components/AuthorName.astro renders it): the pseudonym linking to the profile,
 * or the label alone (anonymous, account gone); for admins on anonymous posts, `revealHref` adds
 * the audited "Reveal author" link. Its two rules live in the layout's global styles.
 */
export function authorNameHtml(author: AuthorLabel, revealHref?: string): string {
  const name = author.pseudonym
    ? `<a class="author-link" href="${escapeAttribute(`/u/${author.pseudonym}`)}">${escapeText(author.display)}</a>`
    : `<span>${escapeText(author.display)}</span>`;
  return revealHref && author.anonymous ? `${name}<a class="reveal-link" href="${escapeAttribute(revealHref)}">Reveal author</a>` : name;
}

const kindLabels = { discussion: "Discussion", case: "Case", poll: "Poll" } as const;

/**
 * One thread of a feed (components/ThreadList.astro renders the list): score, title, kind and
 * channel chips, author, age and reply count, and the body's excerpt. Unread threads (issue 14)
 * carry the class "unread" (a bold title); with replies since the viewer's last visit they say
 * "N new" and their link opens the thread at the "new since your last visit" divider (#new).
 * ThreadList's rules are global styles under .thread-list, so these elements carry no
 * data-astro-cid attribute.
 */
export function feedItemHtml(item: FeedItem, showChannel: boolean, now: number): string {
  const kind = item.kind !== "discussion" ? `<span class="chip">${kindLabels[item.kind]}</span>` : "";
  const channel = showChannel ? `<a class="chip" href="${escapeAttribute(`/c/${item.channel.slug}`)}">${escapeText(item.channel.name)}</a>` : "";
  const { unread, newReplies } = item.read;
  const href = `/t/${item.id}/${item.slug}${newReplies > 0 ? "#new" : ""}`;
  return (
    `<li class="card thread-item${unread ? " unread" : ""}"><div class="score" aria-label="${escapeAttribute(formatCount(item.score, "point"))}">${item.score}</div>` +
    `<div><a class="thread-title" href="${escapeAttribute(href)}">${escapeText(item.title)}</a>` +
    (newReplies > 0 ? ` <span class="new-count">${newReplies} new</span>` : "") +
    (item.excerpt !== "" ? `<p class="excerpt">${escapeText(item.excerpt)}</p>` : "") +
    `<div class="meta muted">${kind}${channel}${authorNameHtml(item.author)}<span>· ${escapeText(formatRelativeTime(item.createdAt, now))}</span>` +
    `<span>· ${escapeText(formatCount(item.commentCount, "reply", "replies"))}</span></div>` +
    // Differentials (ADR 0025): the collective's top diagnosis of a solved, scored case.
    (item.topDiagnosis !== null ? `<div class="meta muted top-diagnosis">Collective top diagnosis: ${escapeText(item.topDiagnosis)}</div>` : "") +
    "</div></li>"
  );
}

/**
 * A post's images (components/PostImages.astro renders them): thumbnails with their size and
 * description, loaded lazily; each opens the full image. Nothing when there are none.
 */
export function postImagesHtml(images: readonly PostImage[]): string {
  if (images.length === 0) return "";
  const items = images
    .map(
      (image) =>
        `<li><a href="${escapeAttribute(`/api/images/${image.key}`)}" title="Open the full image"><img src="${escapeAttribute(`/api/images/${image.key}/thumb`)}" ` +
        `width="${image.thumbWidth}" height="${image.thumbHeight}" alt="${escapeAttribute(image.alt)}" loading="lazy" decoding="async"></a></li>`,
    )
    .join("");
  return `<ul class="post-images" aria-label="${images.length === 1 ? "Image" : `${images.length} images`}">${items}</ul>`;
}

export interface CommentTreeOptions {
  now: number;
  viewerVotes: Readonly<Record<string, 1 | -1>>;
  /** The thread's canonical path, for permalinks and reply links. */
  threadPath: string;
  /** A case's accepted answer, marked in place. */
  answerId: number | null;
  /** The case's author sees "Mark as answer" on each reply. */
  canMarkAnswer: boolean;
  /** Admins see "Reveal author" on anonymous replies. */
  isAdmin: boolean;
  /** Moderators of the channel see "Moderate" on every reply. */
  viewerModerates: boolean;
  /** A locked thread takes no new replies or votes. */
  locked: boolean;
  /**
   * The viewer's read position (server/forum/read-positions.ts): replies with a higher id are
   * marked new, and the divider "New since your last visit" (id="new") goes above `firstUnreadId`.
   * Absent on a first visit or for a visitor: nothing is marked.
   */
  reading?: { lastReadCommentId: number | null; firstUnreadId: number | null };
}

/**
 * A thread's replies, nested (components/CommentTree.astro renders them): one `ol.comment-level`
 * per level. What each viewer sees: votes and "Reply" unless the reply is moderated or the thread
 * locked; "Flag" on others' live replies; "Edit" and "Delete" on one's own; "Moderate" for the
 * channel's moderators; "Mark as answer" for the case's author; a withheld reply shows only its
 * notice. The tree's rules are global styles under .comment-level.
 */
export function commentTreeHtml(nodes: readonly CommentNode[], options: CommentTreeOptions): string {
  let html = '<ol class="comment-level">';
  for (const node of nodes) html += commentHtml(node, options);
  return `${html}</ol>`;
}

function commentHtml(node: CommentNode, options: CommentTreeOptions): string {
  const { now, viewerVotes, threadPath, answerId, canMarkAnswer, isAdmin, viewerModerates, locked, reading } = options;
  const id = node.id;
  const isAnswer = id === answerId;
  const isNew = reading?.lastReadCommentId != null && id > reading.lastReadCommentId && !node.byViewer;
  const author = node.author ? authorNameHtml(node.author, isAdmin ? `/admin/reveal?type=comment&id=${id}` : undefined) : "[deleted]";
  let html =
    `<li class="${isAnswer ? "comment answer" : "comment"}${isNew ? " new" : ""}" id="reply-${id}">` +
    (reading?.firstUnreadId === id ? '<p class="new-divider" id="new">New since your last visit</p>' : "") +
    `<article aria-label="${escapeAttribute(node.author ? `Reply by ${node.author.display}` : "Deleted reply")}">` +
    `<header class="comment-meta muted"><strong class="author">${author}</strong>` +
    (isAnswer ? '<span class="chip answer-chip">Marked as the answer</span>' : "") +
    `<span>· <a href="${escapeAttribute(`${threadPath}#reply-${id}`)}">${escapeText(formatRelativeTime(node.createdAt, now))}</a></span>` +
    (node.editedAt !== null ? `<span>· <a href="/history/reply/${id}">edited</a></span>` : "") +
    "</header>";
  if (node.bodyHtml === null) {
    html += `<p class="muted">${escapeText(node.notice ?? "[deleted]")}</p>`;
    if (viewerModerates && !node.unavailable && node.moderated) html += `<p class="comment-actions"><a class="reply-link" href="/mod/post/comment/${id}">Moderate</a></p>`;
  } else {
    if (node.notice) html += `<p class="mod-notice" role="note">${escapeText(node.notice)}</p>`;
    // Rendered and sanitized when it was written (server/forum/markdown.ts).
    html += `<div class="prose">${node.bodyHtml}</div>${evidenceCardsHtml(node.cards)}${postImagesHtml(node.images)}<footer class="comment-actions">`;
    const open = !node.moderated && !locked;
    if (open) html += voteFormHtml({ targetType: "comment", targetId: id, score: node.score, current: viewerVotes[`comment:${id}`], disabled: node.byViewer });
    if (open) html += `<a class="reply-link" href="${escapeAttribute(`${threadPath}?reply=${id}#reply-form`)}">Reply</a>`;
    if (!node.byViewer && !node.moderated) html += `<a class="reply-link" href="/flag/comment/${id}">Flag</a>`;
    if (viewerModerates) html += `<a class="reply-link" href="/mod/post/comment/${id}">Moderate</a>`;
    if (node.byViewer && !node.moderated) html += `<a class="reply-link" href="/replies/${id}/edit">Edit</a>`;
    if (node.byViewer) html += `<a class="reply-link" href="/replies/${id}/delete">Delete</a>`;
    if (canMarkAnswer && !isAnswer) {
      html +=
        `<form method="post" class="inline-form"><input type="hidden" name="commentId" value="${id}">` +
        '<button class="link-button mark-answer" type="submit" name="intent" value="solve">Mark as answer</button></form>';
    }
    html += "</footer>";
  }
  html += "</article>";
  if (node.replies.length > 0) html += commentTreeHtml(node.replies, options);
  return `${html}</li>`;
}
