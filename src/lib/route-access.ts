import { SECOND_FACTOR_ENROLMENT_PATH } from "../server/auth/second-factor-policy";
import { canReadForum, isAdmin, type Viewer } from "../server/auth/viewer";
import { isAnyModerator } from "../server/moderation/permissions";

/**
 * Who may open which page. Everything not listed is forum content: verified physicians with a
 * confirmed email only. Public pages that need no server (landing, guidelines) are prerendered
 * and never reach this code.
 */
export type RouteAccess = "public" | "signed-in" | "admin" | "moderator" | "member";

const publicPaths = [
  /^\/welcome\/?$/,
  /^\/guidelines\/?$/,
  /^\/login\/?$/,
  // The second step of a sign-in: there is no session yet, only the pending sign-in cookie.
  /^\/login\/second-factor\/?$/,
  /^\/signup\/?$/,
  /^\/reset-password(\/[^/]*)?\/?$/,
  /^\/confirm-email\/[^/]+\/?$/,
  /^\/logout\/?$/,
  /^\/404\/?$/,
  // One-click unsubscribe from digest mail: opened without a session; the signed link is the key.
  /^\/unsubscribe\/[^/]+\/?$/,
];
const signedInPaths = [/^\/status\/?$/, /^\/account\/?$/, /^\/account\/two-factor\/?$/];

export function routeAccess(pathname: string): RouteAccess {
  if (publicPaths.some((pattern) => pattern.test(pathname))) return "public";
  if (signedInPaths.some((pattern) => pattern.test(pathname))) return "signed-in";
  if (/^\/admin(\/|$)/.test(pathname)) return "admin";
  if (/^\/mod(\/|$)/.test(pathname)) return "moderator";
  return "member";
}

export type AccessDecision = { allow: true } | { allow: false; redirectTo: string };

/**
 * Rule: visitors are sent to the landing page (the front page) or to login (any other page,
 * coming back afterwards); signed-in members who cannot read the forum yet go to their status
 * page; non-admins asking for admin pages, and members without a moderation scope asking for
 * moderation pages, see the forum front page. Staff held by the staff rule (a second factor
 * required, none enrolled) reach only the enrolment page.
 */
export function decideAccess(access: RouteAccess, viewer: Viewer | null, url: URL): AccessDecision {
  if (access === "public") return { allow: true };
  if (!viewer) {
    if (url.pathname === "/") return { allow: false, redirectTo: "/welcome" };
    return { allow: false, redirectTo: `/login?next=${encodeURIComponent(url.pathname + url.search)}` };
  }
  if (viewer.mustEnrolSecondFactor && url.pathname.replace(/\/$/, "") !== SECOND_FACTOR_ENROLMENT_PATH) {
    return { allow: false, redirectTo: SECOND_FACTOR_ENROLMENT_PATH };
  }
  if (access === "signed-in") return { allow: true };
  if (!canReadForum(viewer)) return { allow: false, redirectTo: "/status" };
  if (access === "admin" && !isAdmin(viewer)) return { allow: false, redirectTo: "/" };
  if (access === "moderator" && !isAnyModerator(viewer)) return { allow: false, redirectTo: "/" };
  return { allow: true };
}
