import type { DemoLogin } from "./seed-demo";

/** What each printed demo account is good for trying. */
function purpose(login: DemoLogin, index: number): string {
  if (login.role === "admin") return "administrator: /admin (sets up two-factor sign-in first)";
  if (login.role === "moderator") return "global moderator: /mod, with flags waiting (two-factor first)";
  return index === 2 ? "member: unread replies, a solved case of their own" : "member";
}

/**
 * The demo logins, one line each, as `npm start` and `npm run db:seed` print them: the admin,
 * the moderator and three members (seed-demo's demoLogins).
 */
export function demoLoginLines(logins: readonly DemoLogin[], indent = "  "): string[] {
  const width = Math.max(...logins.map((login) => login.email.length));
  return logins.map((login, index) => `${indent}${login.email.padEnd(width)}  ${login.pseudonym.padEnd(24)} ${purpose(login, index)}`);
}
