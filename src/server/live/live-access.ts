import { and, eq, isNull } from "drizzle-orm";
import { validateSessionToken } from "../auth/sessions";
import { canReadForum } from "../auth/viewer";
import type { Database } from "../db/client";
import { threads } from "../db/schema";
import { DomainError } from "../errors";
import { liveThread } from "../moderation/visibility";

/**
 * Who may open a thread's live-update socket (the Worker asks before it hands the upgrade to the
 * thread's Durable Object). Rules: a valid session of a member who reads the forum (verified,
 * email confirmed, not held for a second factor); a thread every member sees (not deleted, not
 * hidden, pending or removed) and not locked. Anything else is refused, and a thread that becomes
 * hidden, removed or locked later has its sockets closed by the moderation paths (tell.ts).
 */
export async function authorizeLiveThread(db: Database, sessionToken: string | undefined, threadId: number, now: number): Promise<{ threadId: number }> {
  const { viewer } = await validateSessionToken(db, sessionToken, now);
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in to use Rounds.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Your account cannot read the forum yet.");
  if (!Number.isSafeInteger(threadId) || threadId <= 0) throw new DomainError("NOT_FOUND", "This thread does not exist or is no longer available.");
  const [thread] = await db
    .select({ id: threads.id })
    .from(threads)
    .where(and(eq(threads.id, threadId), liveThread(), isNull(threads.lockedAt)));
  if (!thread) throw new DomainError("NOT_FOUND", "This thread does not exist, is locked or is no longer available.");
  return { threadId: thread.id };
}
