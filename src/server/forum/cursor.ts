import { DomainError } from "../errors";

/**
 * A keyset cursor: the sort key and id of the last row on the page. Opaque to clients
 * (base64url JSON) so the format can change; a tampered cursor is an INVALID error, not a 500.
 */
export interface FeedCursor {
  key: number;
  id: number;
}

export function encodeCursor(cursor: FeedCursor): string {
  return btoa(JSON.stringify([cursor.key, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

export function decodeCursor(raw: string): FeedCursor {
  try {
    const padded = raw.replaceAll("-", "+").replaceAll("_", "/");
    const parsed: unknown = JSON.parse(atob(padded));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "number" && Number.isFinite(parsed[0]) && Number.isSafeInteger(parsed[1])) {
      return { key: parsed[0], id: parsed[1] as number };
    }
  } catch {
    // fall through to the readable error below
  }
  throw new DomainError("INVALID", "That page link is broken or out of date. Start again from the first page.", {
    cursor: "Not a valid page cursor.",
  });
}
