/**
 * What a thread's Durable Object is told after a write commits, and what it passes on to the
 * thread's open sockets. Never a post's body or author: a client that wants the new or edited text
 * fetches the thread page with its own session, so every privacy and visibility rule applies.
 * A vote carries the post's new score (a number every reader of the thread already sees).
 */
export type LiveEvent =
  | { kind: "reply"; threadId: number; postId: number }
  | { kind: "edit"; threadId: number; postType: "thread" | "comment"; postId: number }
  | { kind: "vote"; threadId: number; postType: "thread" | "comment"; postId: number; score: number }
  /** The thread was hidden, removed, deleted or locked: its sockets close. */
  | { kind: "close"; threadId: number };

/** WebSocket close code the object uses when the thread closes (4000–4999 are the application's). */
export const THREAD_CLOSED_CODE = 4001;

const positive = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value > 0;
const postType = (value: unknown): value is "thread" | "comment" => value === "thread" || value === "comment";

/** The event in `value`, or null when it is not one (the object ignores anything else). */
export function parseLiveEvent(value: unknown): LiveEvent | null {
  if (typeof value !== "object" || value === null) return null;
  const event = value as Record<string, unknown>;
  if (!positive(event.threadId)) return null;
  const threadId = event.threadId;
  switch (event.kind) {
    case "reply":
      return positive(event.postId) ? { kind: "reply", threadId, postId: event.postId } : null;
    case "edit":
      return positive(event.postId) && postType(event.postType) ? { kind: "edit", threadId, postType: event.postType, postId: event.postId } : null;
    case "vote":
      return positive(event.postId) && postType(event.postType) && typeof event.score === "number" && Number.isSafeInteger(event.score)
        ? { kind: "vote", threadId, postType: event.postType, postId: event.postId, score: event.score }
        : null;
    case "close":
      return { kind: "close", threadId };
    default:
      return null;
  }
}
