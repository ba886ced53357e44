import { DomainError } from "../errors";

/** Who is looking at a page or calling the API. `null` means a visitor without a session. */
export interface Viewer {
  userId: number;
  pseudonym: string;
  role: "member" | "moderator" | "admin";
  verificationStatus: "pending" | "verified" | "rejected" | "suspended" | "banned";
  emailConfirmed: boolean;
  /** Channels this member moderates (per-channel moderator); global moderators use `role`. */
  moderatedChannelIds: readonly number[];
  /** A moderator's suspension: until then the member reads but cannot post, vote or flag. */
  suspendedUntil: number | null;
  /** When the account was created: the first-7-days posting limits count from here. */
  memberSince: number;
  /** Unread notifications, counted up to 100 (the header shows "99+" beyond). */
  unreadNotifications: number;
  /** A second factor (an authenticator or a passkey) is on for this account. Absent (false) on viewers built outside a session. */
  secondFactorEnrolled?: boolean;
  /**
   * Staff without a second factor while the staff rule requires one (second-factor-policy.ts):
   * held at the enrolment page, and no forum, moderation or admin rule lets them through.
   */
  mustEnrolSecondFactor?: boolean;
}

/**
 * The members-only rule: only a verified physician whose email is confirmed reads the forum.
 * Everyone else sees public pages and, when signed in, their own status page. Staff held for a
 * second factor read nothing until they enrol (so every rule built on this one holds them too).
 */
export function canReadForum(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && viewer.verificationStatus === "verified" && viewer.emailConfirmed && viewer.mustEnrolSecondFactor !== true;
}

export function isAdmin(viewer: Viewer | null): viewer is Viewer {
  return canReadForum(viewer) && viewer.role === "admin";
}

/** Admin-only rule used by every admin domain function. */
export function assertAdmin(viewer: Viewer | null, what: string): asserts viewer is Viewer {
  if (!isAdmin(viewer)) {
    throw new DomainError("FORBIDDEN", `Only administrators can ${what}.`);
  }
}

/** Under a moderator's suspension at `now` (reads, but cannot post, vote or flag). */
export function isSuspended(viewer: Viewer, now: number): boolean {
  return viewer.suspendedUntil !== null && viewer.suspendedUntil > now;
}
