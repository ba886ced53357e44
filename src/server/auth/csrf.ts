import { DomainError } from "../errors";

export interface CsrfRequestFacts {
  method: string;
  /** The site's own origin, e.g. "https://rounds.example". */
  siteOrigin: string;
  origin: string | null;
  secFetchSite: string | null;
  contentType: string | null;
  /** JSON API routes accept only application/json bodies. */
  jsonOnly: boolean;
  /**
   * Also accept a request that carries neither Origin nor Sec-Fetch-Site: a server, not a browser
   * (every current browser sends Origin on a cross-site POST). Only for a route whose URL holds a
   * signed token that is its whole authority: the mailbox provider's one-click unsubscribe
   * (RFC 8058) posts from its own servers.
   */
  allowNonBrowser?: boolean;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every state-changing request. Rule: a non-GET/HEAD
 * request must carry an Origin equal to the site's, or — when a browser sends no Origin — the
 * `Sec-Fetch-Site: same-origin` header. `Origin: null` (sandboxed frames, some redirects) is
 * refused. JSON routes additionally refuse any body that is not `application/json`, which no
 * cross-site HTML form can send.
 */
export function assertSameOriginRequest(facts: CsrfRequestFacts): void {
  if (safeMethods.has(facts.method.toUpperCase())) return;
  const origin = facts.origin?.trim() ?? null;
  const secFetchSite = facts.secFetchSite?.trim().toLowerCase() ?? null;
  const sameOrigin =
    origin !== null && origin !== "" ? origin === facts.siteOrigin : secFetchSite === "same-origin" || (facts.allowNonBrowser === true && origin === null && !secFetchSite);
  if (!sameOrigin) {
    throw new DomainError("FORBIDDEN", "This request did not come from a Rounds page, so it was refused. Reload the page and try again.");
  }
  if (facts.jsonOnly) {
    const mediaType = facts.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (mediaType !== "application/json") {
      throw new DomainError("INVALID", "This API accepts JSON only: send Content-Type: application/json.");
    }
  }
}
