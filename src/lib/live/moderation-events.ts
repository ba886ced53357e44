import type { LiveEvent } from "./live-event";

type PostRef = { threadId: number; type: "thread" | "comment"; id: number };

/**
 * The live event of a settled post: a thread hidden or removed closes its readers' sockets; any
 * other change to a post (a reply hidden, removed, redacted or restored; a thread redacted) is an
 * edit, which readers fetch with their own session and so see exactly as the page would show it.
 */
export function postModerationEvent(post: PostRef, action: string): LiveEvent {
  if (post.type === "thread" && (action === "hide" || action === "remove")) return { kind: "close", threadId: post.threadId };
  return { kind: "edit", threadId: post.threadId, postType: post.type, postId: post.id };
}

/** A flag that hid its post at once: as a moderator's "hide". Null when nothing changed for readers. */
export function flagEvent(result: { hidden: boolean; post: PostRef }): LiveEvent | null {
  return result.hidden ? postModerationEvent(result.post, "hide") : null;
}

/** Locking a thread closes its readers' sockets; the other thread actions change nothing they see live. */
export function threadModerationEvent(threadId: number, action: string): LiveEvent | null {
  return action === "lock" ? { kind: "close", threadId } : null;
}
