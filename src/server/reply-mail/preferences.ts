import { eq } from "drizzle-orm";
import { z } from "zod";
import { canReadForum, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { users } from "../db/schema";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { REPLY_MAIL_CHOICES, type ReplyMailChoice } from "./choice";

export const replyMailPreferenceSchema = z
  .object({
    replyMail: z.enum(REPLY_MAIL_CHOICES, { error: "Choose right away, in the digest or off." }),
  })
  .strict();

/** Rule: only verified members with a confirmed email get mail about the forum, so only they choose. */
function requireForumMember(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Please sign in first.");
  if (!canReadForum(viewer)) throw new DomainError("FORBIDDEN", "Mail about replies starts once your account is verified.");
}

/** The member's saved choice for replies and mentions, for /account. */
export async function loadReplyMailChoice(db: Database, viewer: Viewer | null): Promise<ReplyMailChoice> {
  requireForumMember(viewer);
  const [row] = await db.select({ replyMail: users.replyMail }).from(users).where(eq(users.id, viewer.userId));
  if (!row) throw new DomainError("UNAUTHENTICATED", "Please sign in again.");
  return row.replyMail;
}

/**
 * Saves where replies and mentions are mailed. Rule: reply_mail_sent_at is left alone, so
 * switching to "immediate" sends the first bundle at the next run (with at most the last day's
 * unread replies, see candidates.ts), and switching back and forth never beats the 10-minute gap.
 */
export async function setReplyMailChoice(db: Database, viewer: Viewer | null, input: unknown): Promise<ReplyMailChoice> {
  requireForumMember(viewer);
  const { replyMail } = parseInput(replyMailPreferenceSchema, input);
  await db.update(users).set({ replyMail }).where(eq(users.id, viewer.userId));
  return replyMail;
}
