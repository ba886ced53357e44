import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { caseDetails, channels, phiConfirmations, pollOptions, polls, threadReads, threads } from "../db/schema";
import { DomainError } from "../errors";
import { citationStatements, citedReferences } from "../evidence/citations";
import type { ReferenceKey } from "../evidence/identifiers";
import { dispatchFanOut, inlineFanOut, openChannelFanOutStatement, openedFanOuts, type FanOutTransport } from "../notifications/channel-fan-out";
import { autoFollowStatement, mentionNotificationStatement } from "../notifications/fan-out";
import { findMentions } from "../notifications/mentions";
import { assertImagesPending, attachImagesStatements, pendingImagesQuery, takeImageKeys } from "../images/attach-images";
import { screenForPhi } from "../privacy/enforce";
import { parseInput } from "../validation";
import { clearDraftStatement } from "./drafts";
import { renderMarkdown } from "./markdown";
import { excerptOf } from "./excerpt";
import { assertCanPost, consumePostingLimit } from "./posting-rules";
import { computeHotRank } from "./ranking";
import { slugify } from "./slug";
import { caseMarkdown, newThreadSchema, normalizeThreadForm, pollDurations, screenedFields } from "./thread-kinds";

/**
 * Starts a thread: a discussion, a case (structured template, starts unsolved) or a poll (2–10
 * options, single or multiple choice, a closing time). Rules: verified physicians only; posting
 * limits; attached images must be the author's own pending uploads; every text field passes the patient-identifier screen (warnings need the author's
 * confirmation, which is recorded without the text); markdown is rendered once, here; the
 * thread, its case or poll rows, the channel's counters, the confirmation, the works it cites
 * (evidence cards, fetched after the answer) and the clearing of the composer's draft are one batch.
 * Channels it @mentions get a pending fan-out in that batch; their followers are notified after
 * it commits, through `fanOut` (the Worker's queue, or inline where there is none; ADR 0033).
 */
export async function createThread(
  db: Database,
  viewer: Viewer | null,
  input: unknown,
  now: number,
  fanOut: FanOutTransport = inlineFanOut,
): Promise<{ id: number; slug: string; citedReferences: ReferenceKey[] }> {
  assertCanPost(viewer, now);
  const { keys: imageKeys, rest } = takeImageKeys(input);
  const data = parseInput(newThreadSchema, normalizeThreadForm(rest));
  const warned = screenForPhi(screenedFields(data), data.confirmNotPhi);
  const [[channel], pendingImages] = await db.batch([
    db.select({ id: channels.id }).from(channels).where(eq(channels.slug, data.channel)),
    pendingImagesQuery(db, viewer.userId, imageKeys),
  ]);
  if (!channel) throw new DomainError("INVALID", "Choose a channel from the list.", { channel: "Choose a channel from the list." });
  assertImagesPending(imageKeys, pendingImages);
  await consumePostingLimit(db, viewer, "thread", now);

  const bodySource = data.kind === "case" ? caseMarkdown(data) : data.body;
  const slug = slugify(data.title);
  // Rows written after the thread in the same batch find it as this author's newest thread.
  const newThreadId = sql`(select max(${threads.id}) from ${threads} where ${threads.authorId} = ${viewer.userId})`;
  const statements: BatchItem<"sqlite">[] = [
    db
      .update(channels)
      .set({ threadCount: sql`${channels.threadCount} + 1`, lastActivityAt: now })
      .where(eq(channels.id, channel.id)),
    // Published: the composer's server-side draft has served its purpose.
    clearDraftStatement(db, viewer.userId, "new-thread"),
    ...attachImagesStatements(db, viewer.userId, imageKeys, { threadId: newThreadId }),
  ];
  if (data.kind === "case") {
    statements.push(
      db.insert(caseDetails).values({
        threadId: newThreadId,
        ageBand: data.ageBand,
        sex: data.sex,
        presentingProblem: data.presentingProblem,
        history: data.history,
        findings: data.findings,
        triedSoFar: data.triedSoFar,
        question: data.question,
      }),
    );
  }
  if (data.kind === "poll") {
    statements.push(db.insert(polls).values({ threadId: newThreadId, multipleChoice: data.multipleChoice, closesAt: now + pollDurations[data.duration].ms }));
    statements.push(db.insert(pollOptions).values(data.options.map((label, position) => ({ threadId: newThreadId, position, label }))));
  }
  // The author follows their thread; members and channels it mentions hear of it.
  const bodyHtml = renderMarkdown(bodySource);
  const mentions = findMentions(bodyHtml);
  const actor = { userId: viewer.userId, anonymous: data.anonymous };
  const post = { threadId: newThreadId, commentId: null };
  // The works it cites: pending rows filled after the answer (resolvePendingReferences), never before.
  const references = citedReferences(bodyHtml);
  statements.push(
    ...citationStatements(db, references, { threadId: newThreadId, commentId: null, citedAt: now }, now),
    autoFollowStatement(db, viewer.userId, newThreadId, now),
    // Its author has read it: replies from now on are "new" to them in feeds (ADR 0026).
    db.insert(threadReads).values({ userId: viewer.userId, threadId: newThreadId, lastCommentId: 0, commentCount: 0, readAt: now }).onConflictDoNothing(),
    mentionNotificationStatement(db, actor, post, mentions, now),
  );
  if (warned.length) {
    statements.push(db.insert(phiConfirmations).values({ userId: viewer.userId, targetType: "thread", targetId: newThreadId, categories: warned.join(","), createdAt: now }));
  }
  const results = await db.batch([
    db
      .insert(threads)
      .values({
        channelId: channel.id,
        authorId: viewer.userId,
        kind: data.kind,
        title: data.title,
        slug,
        bodySource,
        bodyHtml,
        excerpt: excerptOf(bodyHtml),
        isAnonymous: data.anonymous,
        hotRank: computeHotRank(0, now),
        caseStatus: data.kind === "case" ? "unsolved" : null,
        createdAt: now,
        lastActivityAt: now,
      })
      .returning({ id: threads.id }),
    ...statements,
    // Last, so its rows are the batch's last result.
    openChannelFanOutStatement(db, post, mentions, now),
  ]);
  const id = results[0][0]?.id;
  if (id === undefined) throw new Error("thread insert returned no id");
  await dispatchFanOut(db, fanOut, openedFanOuts(results.at(-1) as unknown), now);
  return { id, slug, citedReferences: references };
}

/** The discussion form's schema (title and markdown body), also used by edits. */
export { discussionSchema as createThreadSchema } from "./thread-kinds";
