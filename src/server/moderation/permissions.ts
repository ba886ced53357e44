import { canReadForum, isAdmin, isSuspended, type Viewer } from "../auth/viewer";
import { DomainError } from "../errors";

/**
 * Who may do what in moderation. Every moderation domain function asks here; pages and handlers
 * only show or hide buttons with the same answers. Roles:
 * - member: flags posts (when not suspended) and sees the outcome of their own flags;
 * - channel moderator (channel_moderators row): settles posts and threads in their channels;
 * - global moderator (users.role = "moderator"): settles anything, suspends members, reviews
 *   vote-ring reports;
 * - admin: everything a global moderator does, plus bans, appoints moderators, tunes limits.
 * Moderators never act on themselves, and only admins act on moderators' or admins' accounts.
 */
export type ModerationAction =
  | "flag"
  | "view_queue"
  | "view_log"
  | "settle_post"
  | "lock"
  | "pin"
  | "move"
  | "suspend"
  | "ban"
  | "review_rings"
  | "appoint_moderators"
  | "tune_limits";

// These return plain booleans, not type guards: a false answer must not narrow a viewer away.
export function isGlobalModerator(viewer: Viewer | null): boolean {
  return canReadForum(viewer) && (viewer.role === "moderator" || viewer.role === "admin");
}

/** Any moderation scope at all: global, admin, or at least one channel. */
export function isAnyModerator(viewer: Viewer | null): boolean {
  return canReadForum(viewer) && (isGlobalModerator(viewer) || viewer.moderatedChannelIds.length > 0);
}

export function canModerateChannel(viewer: Viewer | null, channelId: number): boolean {
  return canReadForum(viewer) && (isGlobalModerator(viewer) || viewer.moderatedChannelIds.includes(channelId));
}

/**
 * The whole rule as one function, so the role matrix test can ask it every question.
 * `channelIds` are the channels the action touches (a move touches both).
 */
export function mayModerate(viewer: Viewer | null, action: ModerationAction, channelIds: readonly number[] = [], now = Date.now()): boolean {
  switch (action) {
    case "flag":
      return canReadForum(viewer) && !isSuspended(viewer, now);
    case "view_queue":
    case "view_log":
      return isAnyModerator(viewer);
    case "settle_post":
    case "lock":
    case "pin":
    case "move":
      return channelIds.length > 0 && channelIds.every((channelId) => canModerateChannel(viewer, channelId));
    case "suspend":
    case "review_rings":
      return isGlobalModerator(viewer);
    case "ban":
    case "appoint_moderators":
    case "tune_limits":
      return isAdmin(viewer);
  }
}

const refusals: Record<ModerationAction, string> = {
  flag: "Only verified members who are not suspended can flag posts.",
  view_queue: "Only moderators can see the moderation queue.",
  view_log: "Only moderators can see the moderation log.",
  settle_post: "Only moderators of this channel can do that.",
  lock: "Only moderators of this channel can lock or unlock threads.",
  pin: "Only moderators of this channel can pin or unpin threads.",
  move: "Only moderators of both channels can move a thread between them.",
  suspend: "Only global moderators and administrators can suspend members.",
  ban: "Only administrators can ban members.",
  review_rings: "Only global moderators and administrators can review vote-ring reports.",
  appoint_moderators: "Only administrators can appoint moderators.",
  tune_limits: "Only administrators can change rate limits.",
};

export function assertMayModerate(viewer: Viewer | null, action: ModerationAction, channelIds: readonly number[] = [], now = Date.now()): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  if (!mayModerate(viewer, action, channelIds, now)) throw new DomainError("FORBIDDEN", refusals[action]);
}

/**
 * Acting on a member's account (suspend, ban): never yourself, and only admins act on
 * moderators or admins, so a moderator cannot silence a colleague who oversees them.
 */
export function assertMayActOnAccount(viewer: Viewer, target: { userId: number; role: Viewer["role"] }): void {
  if (target.userId === viewer.userId) throw new DomainError("FORBIDDEN", "You cannot suspend or ban your own account.");
  if (target.role !== "member" && viewer.role !== "admin") {
    throw new DomainError("FORBIDDEN", "Only administrators can suspend or ban moderators and administrators.");
  }
}
