import type { Database } from "../db/client";
import type { DigestServices } from "../digest/run-digests";
import { replyMailUnsubscribeUrl } from "../digest/unsubscribe";
import { sendMailBatch } from "../mail/send-mail";
import { claimReplyMail, countOwedReplyMail, nextReplyMailCandidates, releaseReplyMailClaims } from "./candidates";
import { loadReplyMailContents } from "./contents";
import { replyMailMessage } from "./message";

/**
 * The reply-mail job (every 10 minutes, ADR 0030): one bundled mail to each member owed one
 * (candidates.ts). The digest job's delivery rules hold (run-digests.ts): contents read, then
 * claimed with a compare-and-set, then delivered in one Resend batch request per 100 members and
 * recorded in mail_outbox with one insert; a request that certainly did not leave (rate limit,
 * no connection) gives its claims back and stops the run, so the next run sends those bundles
 * (with whatever arrived since). Capped per run so a burst never outlasts the 10 minutes.
 */
export interface ReplyMailOptions {
  batchSize?: number;
  maxMembers?: number;
  pauseBetweenMailsMs?: number;
}

export interface ReplyMailRun {
  sent: number;
  failed: number;
  deferred: number;
  /** Members still owed a mail after this run (the next run picks them up). */
  left: number;
  stoppedBy: "cap" | "rate_limited" | "network" | null;
}

export const replyMailDefaults = { batchSize: 100, maxMembers: 2_000, pauseBetweenMailsMs: 0 } as const;

export async function sendDueReplyMail(db: Database, services: DigestServices, now: number, options: ReplyMailOptions = {}): Promise<ReplyMailRun> {
  const limits = { ...replyMailDefaults, ...options };
  const run: ReplyMailRun = { sent: 0, failed: 0, deferred: 0, left: 0, stoppedBy: null };
  let considered = 0;
  let afterId = 0;
  let requests = 0;

  while (considered < limits.maxMembers) {
    const limit = Math.min(limits.batchSize, limits.maxMembers - considered);
    const candidates = await nextReplyMailCandidates(db, now, afterId, limit);
    if (candidates.length === 0) break;
    considered += candidates.length;
    afterId = candidates[candidates.length - 1]!.id;

    const contents = await loadReplyMailContents(
      db,
      candidates.map((candidate) => candidate.id),
      now,
    );
    const ready = candidates.filter((candidate) => (contents.get(candidate.id)?.lines.length ?? 0) > 0);
    const claimed = new Set(
      await claimReplyMail(
        db,
        ready.map((candidate) => candidate.id),
        now,
      ),
    );
    const queue = ready.filter((candidate) => claimed.has(candidate.id));
    if (queue.length > 0) {
      if (requests > 0 && limits.pauseBetweenMailsMs > 0) await pause(limits.pauseBetweenMailsMs);
      requests++;
      const messages = queue.map((candidate) =>
        replyMailMessage({
          to: candidate.email,
          pseudonym: candidate.pseudonym,
          content: contents.get(candidate.id)!,
          siteUrl: services.siteUrl,
          unsubscribeUrl: replyMailUnsubscribeUrl(services.siteUrl, services.signingSecret, candidate.id, now),
        }),
      );
      // An error escaping here (the outbox insert) may come after delivery: claims stay marked.
      const results = await sendMailBatch(db, services.mail, messages, now);
      const giveBack = queue.filter((_, index) => {
        const failure = results[index]!.failure;
        return failure === "rate_limited" || failure === "network";
      });
      for (const result of results) {
        if (result.status !== "failed") run.sent++;
        else if (result.failure !== "rate_limited" && result.failure !== "network") run.failed++;
      }
      if (giveBack.length > 0) {
        await releaseReplyMailClaims(db, giveBack, now);
        run.deferred += giveBack.length;
        run.stoppedBy = results.some((result) => result.failure === "rate_limited") ? "rate_limited" : "network";
        break;
      }
    }
    if (candidates.length < limit) break;
  }

  if (run.stoppedBy === null && considered >= limits.maxMembers) run.stoppedBy = "cap";
  run.left = await countOwedReplyMail(db, now);
  if (run.stoppedBy === "cap" && run.left === 0) run.stoppedBy = null;
  return run;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
