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
import type { FeedItem } from "../server/forum/feeds";
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
 * channel chips, author, age and reply count. ThreadList's rules are global styles under
 * .thread-list, so these elements carry no data-astro-cid attribute.
 */
export function feedItemHtml(item: FeedItem, showChannel: boolean, now: number): string {
  const kind = item.kind !== "discussion" ? `<span class="chip">${kindLabels[item.kind]}</span>` : "";
  const channel = showChannel ? `<a class="chip" href="${escapeAttribute(`/c/${item.channel.slug}`)}">${escapeText(item.channel.name)}</a>` : "";
  return (
    `<li class="card thread-item"><div class="score" aria-label="${escapeAttribute(formatCount(item.score, "point"))}">${item.score}</div>` +
    `<div><a class="thread-title" href="${escapeAttribute(`/t/${item.id}/${item.slug}`)}">${escapeText(item.title)}</a>` +
    `<div class="meta muted">${kind}${channel}${authorNameHtml(item.author)}<span>· ${escapeText(formatRelativeTime(item.createdAt, now))}</span>` +
    `<span>· ${escapeText(formatCount(item.commentCount, "reply", "replies"))}</span></div></div></li>`
  );
}
