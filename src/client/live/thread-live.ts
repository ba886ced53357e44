/**
 * Live thread updates (ADR 0028), loaded only on an open thread's page. It opens the thread's
 * WebSocket (/api/threads/:id/live; the Worker checks the session first) and applies what the
 * thread's Durable Object passes on:
 * - a reply: counted in a "2 new replies — show" bar; nothing moves until the reader asks;
 * - an edit (or a reply hidden, removed, deleted): that post is refreshed in place;
 * - a vote: the post's score changes in place.
 * Events carry no text: new and edited posts are read from the thread page itself, with the
 * reader's own session, so every privacy and visibility rule applies as on a reload. The socket
 * reconnects with backoff; a thread closed by moderators (or deleted) stops it. With JavaScript off
 * none of this exists and the page is the plain page.
 */
import type { LiveEvent } from "../../lib/live/live-event";
import { THREAD_CLOSED_CODE } from "../../lib/live/live-event";

const threadId = Number(/^\/t\/(\d+)\//.exec(location.pathname)?.[1] ?? "");
const PING_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;
let attempts = 0;
let pendingReplies = new Set<number>();
let bar: HTMLElement | null = null;

function showBar(text: string, action: () => void): void {
  if (!bar) {
    bar = document.createElement("div");
    bar.className = "live-bar";
    bar.setAttribute("role", "status");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    bar.appendChild(button);
    document.body.appendChild(bar);
  }
  const button = bar.querySelector("button") as HTMLButtonElement;
  button.textContent = text;
  button.onclick = action;
  bar.hidden = false;
}

function hideBar(): void {
  if (bar) bar.hidden = true;
}

/** The thread page as the reader would get it now (the same URL, their session). */
async function freshPage(): Promise<Document | null> {
  try {
    const response = await fetch(location.pathname + location.search, { credentials: "same-origin", headers: { accept: "text/html" } });
    if (!response.ok) return null;
    return new DOMParser().parseFromString(await response.text(), "text/html");
  } catch {
    return null;
  }
}

/** Swaps in the fresh list of replies and its heading; the reader's scroll position stays. */
async function showNewReplies(): Promise<void> {
  const page = await freshPage();
  const fresh = page?.querySelector("section.replies > ol.comment-level");
  const section = document.querySelector("section.replies");
  if (!page || !fresh || !section) return;
  const current = section.querySelector(":scope > ol.comment-level") ?? section.querySelector(":scope > p.muted");
  // The reply box may be open under a reply inside this list (src/client/reply): the form, with
  // what the member is typing, is carried over to the same reply in the fresh list, never dropped.
  const openForm = document.getElementById("reply-form");
  const heldUnder = openForm && current?.contains(openForm) ? openForm.parentElement?.id : undefined;
  if (current) current.replaceWith(document.importNode(fresh, true));
  else section.appendChild(document.importNode(fresh, true));
  if (openForm && heldUnder !== undefined) {
    const article = document.getElementById(heldUnder)?.querySelector(":scope > article");
    if (article) article.parentNode?.insertBefore(openForm, article.nextSibling);
    else section.parentNode?.insertBefore(openForm, section.nextSibling);
  }
  const heading = page.getElementById("replies-heading");
  if (heading) document.getElementById("replies-heading")?.replaceChildren(heading.textContent ?? "");
  pendingReplies = new Set();
  hideBar();
}

let editTimer: ReturnType<typeof setTimeout> | undefined;
const pendingEdits = new Set<string>();

/** Refreshes the edited posts in place, a few events coalesced into one fetch. */
function scheduleEdit(event: Extract<LiveEvent, { kind: "edit" }>): void {
  pendingEdits.add(event.postType === "thread" ? "thread" : `reply-${event.postId}`);
  clearTimeout(editTimer);
  editTimer = setTimeout(async () => {
    const targets = [...pendingEdits];
    pendingEdits.clear();
    const page = await freshPage();
    if (!page) return;
    for (const target of targets) {
      if (target === "thread") {
        for (const selector of ["article.thread > .prose", "#thread-title"]) {
          const fresh = page.querySelector(selector);
          const current = document.querySelector(selector);
          if (fresh && current) current.replaceWith(document.importNode(fresh, true));
        }
        continue;
      }
      const fresh = page.getElementById(target)?.querySelector(":scope > article");
      const current = document.getElementById(target)?.querySelector(":scope > article");
      if (!current) continue;
      if (fresh) {
        current.replaceWith(document.importNode(fresh, true));
      } else {
        // No longer shown to this reader (hidden by moderators, say): its text goes at once.
        const notice = document.createElement("p");
        notice.className = "muted";
        notice.textContent = "This reply is not available.";
        current.replaceChildren(notice);
      }
    }
  }, 300);
}

function applyVote(event: Extract<LiveEvent, { kind: "vote" }>): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-vote-form]")) {
    const type = form.querySelector<HTMLInputElement>('input[name="targetType"]')?.value;
    const id = Number(form.querySelector<HTMLInputElement>('input[name="targetId"]')?.value);
    // A vote of the reader's own still on its way shows its own count (VoteControl's script).
    if (type !== event.postType || id !== event.postId || form.getAttribute("aria-busy") === "true") continue;
    const score = form.querySelector<HTMLElement>("[data-vote-score]");
    if (!score) continue;
    score.textContent = String(event.score);
    score.setAttribute("aria-label", `${event.score} points`);
  }
}

function onEvent(event: LiveEvent): void {
  if (event.threadId !== threadId) return;
  if (event.kind === "reply") {
    if (document.getElementById(`reply-${event.postId}`)) return;
    pendingReplies.add(event.postId);
    const count = pendingReplies.size;
    showBar(`${count} new ${count === 1 ? "reply" : "replies"} — show`, () => void showNewReplies());
  } else if (event.kind === "edit") scheduleEdit(event);
  else if (event.kind === "vote") applyVote(event);
}

function connect(): void {
  const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/threads/${threadId}/live`);
  let ping: ReturnType<typeof setInterval> | undefined;
  socket.addEventListener("open", () => {
    attempts = 0;
    document.documentElement.dataset.live = "open";
    ping = setInterval(() => socket.send("ping"), PING_MS);
  });
  socket.addEventListener("message", (message) => {
    if (message.data === "pong") return;
    try {
      onEvent(JSON.parse(String(message.data)) as LiveEvent);
    } catch {
      // Not an event: ignored.
    }
  });
  socket.addEventListener("close", (closed) => {
    clearInterval(ping);
    delete document.documentElement.dataset.live;
    if (closed.code === THREAD_CLOSED_CODE) {
      showBar("This thread has changed — reload", () => location.reload());
      return;
    }
    // Refused (signed out, thread gone) and dropped sockets look alike here: back off, up to 30 s.
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    setTimeout(connect, delay);
  });
}

if (Number.isSafeInteger(threadId) && threadId > 0 && "WebSocket" in window) connect();
