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
 * Moderators never act on themselves: not on their own account, and never on a post they wrote
 * (no dismiss, hide, restore, remove, redact, lock, pin or move: another moderator decides).
 * Only admins act on moderators' or admins' accounts.
 */
export type ModerationAction =
  | "flag"
  | "view_queue"
  | "view_log"
  | "review_post"
  | "settle_post"
  | "lock"
  | "pin"
  | "move"
  | "suspend"
  | "ban"
  | "review_rings"
  | "appoint_moderators"
  | "tune_limits";

/** The actions that settle one post: each needs the post's channels and author (PostScope). */
export type PostModerationAction = "settle_post" | "lock" | "pin" | "move";

/**
 * The post a post action touches: the channels involved (a move touches both) and who wrote it
 * (null when the account is gone). Anonymous posts carry their real author here too.
 */
export interface PostScope {
  channelIds: readonly number[];
  authorId: number | null;
}

const postActions: readonly ModerationAction[] = ["settle_post", "lock", "pin", "move"];
const isPostAction = (action: ModerationAction): action is PostModerationAction => postActions.includes(action);

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

const refusals: Record<ModerationAction, string> = {
  flag: "Only verified members who are not suspended can flag posts.",
  view_queue: "Only moderators can see the moderation queue.",
  view_log: "Only moderators can see the moderation log.",
  review_post: "Only moderators of this channel can review this post.",
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

export const OWN_POST_REFUSAL = "You wrote this post, so another moderator must decide on it.";

/**
 * The whole rule as one function, so the role matrix test can ask it every question: the
 * sentence a refusal reads, or null when the viewer may act. `scope` is the channels the action
 * touches; a post action (settle_post, lock, pin, move) takes the post's PostScope instead, and
 * is refused on the viewer's own post.
 */
export function moderationRefusal(viewer: Viewer | null, action: ModerationAction, scope: readonly number[] | PostScope = [], now = Date.now()): string | null {
  const channelIds = "channelIds" in scope ? scope.channelIds : scope;
  const allowed = (() => {
    switch (action) {
      case "flag":
        return canReadForum(viewer) && !isSuspended(viewer, now);
      case "view_queue":
      case "view_log":
        return isAnyModerator(viewer);
      case "review_post":
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
  })();
  if (!allowed) return refusals[action];
  if (isPostAction(action)) {
    // A post action without its post cannot be checked, so it is refused.
    if (!("channelIds" in scope)) return refusals[action];
    if (viewer !== null && scope.authorId === viewer.userId) return OWN_POST_REFUSAL;
  }
  return null;
}

export function mayModerate(viewer: Viewer | null, action: PostModerationAction, post: PostScope, now?: number): boolean;
export function mayModerate(viewer: Viewer | null, action: Exclude<ModerationAction, PostModerationAction>, channelIds?: readonly number[], now?: number): boolean;
export function mayModerate(viewer: Viewer | null, action: ModerationAction, scope: readonly number[] | PostScope = [], now = Date.now()): boolean {
  return moderationRefusal(viewer, action, scope, now) === null;
}

/** The check every moderation domain function makes first: UNAUTHENTICATED, or FORBIDDEN with the rule's sentence. */
export function assertMayModerate(viewer: Viewer | null, action: PostModerationAction, post: PostScope, now?: number): asserts viewer is Viewer;
export function assertMayModerate(
  viewer: Viewer | null,
  action: Exclude<ModerationAction, PostModerationAction>,
  channelIds?: readonly number[],
  now?: number,
): asserts viewer is Viewer;
export function assertMayModerate(viewer: Viewer | null, action: ModerationAction, scope: readonly number[] | PostScope = [], now = Date.now()): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  const refusal = moderationRefusal(viewer, action, scope, now);
  if (refusal !== null) throw new DomainError("FORBIDDEN", refusal);
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
