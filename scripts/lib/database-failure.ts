/**
 * What a command-line script says when the database refuses it. drizzle wraps the driver's error
 * ("Failed query: CREATE TABLE …"), and the client's own words ("Server returned HTTP status 401")
 * sit further down the cause chain; a refused token is said plainly with the variable to set.
 * Rule: never prints the URL's credentials or the token.
 */
export function describeDatabaseFailure(error: unknown, hasAuthToken: boolean): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current !== undefined && current !== null && depth < 6; depth++) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  const all = messages.join(" | ");
  if (/\b401\b|unauthori[sz]ed|UNAUTHORIZED|authentication/i.test(all)) {
    return hasAuthToken
      ? "the database refused the token (HTTP 401): DATABASE_AUTH_TOKEN is not valid for this database (make a new one with turso db tokens create <name>)."
      : "the database refused the request (HTTP 401): it needs a token. Set DATABASE_AUTH_TOKEN (turso db tokens create <name>).";
  }
  if (/\b403\b|forbidden/i.test(all)) {
    return "the database refused the token (HTTP 403): DATABASE_AUTH_TOKEN has no write access to this database (a read-only token?).";
  }
  // The deepest message is the database's own; drizzle's "Failed query: …" only repeats the SQL.
  const own = messages.filter((message) => !message.startsWith("Failed query:"));
  return own[own.length - 1] ?? messages[0] ?? "unknown error";
}
