import { isNull, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import { comments, threads } from "../db/schema";
import { canModerateChannel } from "./permissions";

export type ModerationState = "pending" | "hidden" | "removed";

/**
 * What a viewer sees of a post under moderation. The one rule, used by every read path:
 * - "visible": not moderated;
 * - "under_review": hidden ("pending" review or "hidden" by a moderator) or removed, seen with a
 *   banner by the channel's moderators — and by the author while it is hidden, so they know why;
 * - "removed": a placeholder with the moderators' reason, for everyone else (and the author);
 * - "gone": hidden from everyone else, as if it did not exist (a thread answers 404).
 */
export type PostVisibility = "visible" | "under_review" | "removed" | "gone";

export function postVisibility(viewer: Viewer | null, post: { authorId: number | null; moderationState: ModerationState | null }, channelId: number): PostVisibility {
  if (post.moderationState === null) return "visible";
  if (canModerateChannel(viewer, channelId)) return "under_review";
  if (post.moderationState === "removed") return "removed";
  if (viewer !== null && post.authorId === viewer.userId) return "under_review";
  return "gone";
}

/** Posts every member sees: not deleted by their author and not under moderation. */
export function liveThread(): SQL {
  return sql`${isNull(threads.deletedAt)} and ${isNull(threads.moderationState)}`;
}

export function liveComment(): SQL {
  return sql`${isNull(comments.deletedAt)} and ${isNull(comments.moderationState)}`;
}

/** Words for the banner moderators and authors see on a moderated post. */
export function moderationBanner(state: ModerationState, reason: string | null): string {
  switch (state) {
    case "pending":
      return "Hidden pending moderator review: only moderators and the author can see it.";
    case "hidden":
      return `Hidden by moderators${reason ? `: ${reason}` : "."}`;
    case "removed":
      return `Removed by moderators${reason ? `: ${reason}` : "."}`;
  }
}
