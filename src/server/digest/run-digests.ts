import type { Database } from "../db/client";
import { sendMailBatch } from "../mail/send-mail";
import type { MailMessage, MailTransport } from "../mail/types";
import { claimDigests, countOwedDigests, nextDigestCandidates, releaseDigestClaims, type DigestCandidate } from "./candidates";
import { hasDigestContent, loadDigestContents, type DigestContent } from "./contents";
import { digestMessage } from "./message";
import { unsubscribeUrl } from "./unsubscribe";

/**
 * The digest job: sends every member owed a digest (see cadence.ts) one message through the
 * mail port. Rules:
 * - at most once: a member's digest is claimed (digest_sent_at set, compare-and-set) before it is
 *   delivered, so a retried or overlapping run never sends it twice. The price is that a run
 *   killed between claim and delivery skips that member until their next period; a digest is a
 *   summary of what is still in the app, so a missed one loses nothing, a doubled one is spam;
 * - a delivery that certainly did not happen (Resend's rate limit, no connection) gives the claim
 *   back and stops the run; the next run (ten minutes later in the morning window) continues.
 *   A timeout or a provider error may have been delivered, and a rejected address would be
 *   rejected again, so those stay marked and are counted as failed (the outbox row says why);
 * - batched: members are read `batchSize` at a time (100, the most one Resend batch request
 *   takes), and each batch costs five subrequests whatever its size: candidates, contents, claims,
 *   one provider request (`sendMailBatch`) and one outbox insert. At most `maxMembers` a run
 *   (3,000: 30 provider requests half a second apart, 150 subrequests, well inside a Cron
 *   Trigger's limits), twelve runs a morning: 36,000 digests a day, over twice the ~16,500 a day
 *   that 115,000 members on the weekly default need. `left` says how many are still owed.
 */
export interface DigestServices {
  /** The site's origin for links, e.g. "https://rounds.example". */
  siteUrl: string;
  signingSecret: string;
  mail: MailTransport;
}

export interface DigestOptions {
  batchSize?: number;
  maxMembers?: number;
  /** Wait between two provider requests (Resend allows 2 requests a second by default). */
  pauseBetweenMailsMs?: number;
}

export interface DigestRun {
  /** Delivered (or stored in the outbox). */
  sent: number;
  /** Attempted and failed; stay marked (see the rules above). */
  failed: number;
  /** Claimed but given back, for the next run. */
  deferred: number;
  /** Members still owed a digest after this run. */
  left: number;
  /** Why the run ended before everyone owed was served, if it did. */
  stoppedBy: "cap" | "rate_limited" | "network" | null;
}

export const digestDefaults = { batchSize: 100, maxMembers: 3_000, pauseBetweenMailsMs: 0 } as const;

export async function sendDueDigests(db: Database, services: DigestServices, now: number, options: DigestOptions = {}): Promise<DigestRun> {
  const limits = { ...digestDefaults, ...options };
  const run: DigestRun = { sent: 0, failed: 0, deferred: 0, left: 0, stoppedBy: null };
  let considered = 0;
  let afterId = 0;

  let requests = 0;
  while (considered < limits.maxMembers) {
    const limit = Math.min(limits.batchSize, limits.maxMembers - considered);
    const candidates = await nextDigestCandidates(db, now, afterId, limit);
    if (candidates.length === 0) break;
    considered += candidates.length;
    afterId = candidates[candidates.length - 1]!.id;

    const contents = await loadDigestContents(
      db,
      candidates.map((candidate) => candidate.id),
      now,
    );
    const ready = candidates.filter((candidate) => hasDigestContent(contents.get(candidate.id)));
    const claimed = new Set(
      await claimDigests(
        db,
        ready.map((candidate) => candidate.id),
        now,
      ),
    );
    const queue = ready.filter((candidate) => claimed.has(candidate.id));

    if (queue.length === 0) {
      if (candidates.length < limit) break;
      continue;
    }
    if (requests > 0 && limits.pauseBetweenMailsMs > 0) await pause(limits.pauseBetweenMailsMs);
    requests++;
    let results: Awaited<ReturnType<typeof sendMailBatch>> | null = null;
    try {
      results = await sendMailBatch(
        db,
        services.mail,
        queue.map((candidate) => messageFor(services, candidate, contents.get(candidate.id)!, now)),
        now,
      );
    } finally {
      // An error that escapes (the outbox insert) may come after delivery: those claims stay
      // marked, the invocation fails, and the next run sends the rest of the owed members.
      if (results) {
        // A whole request that certainly did not leave (rate limit, no connection) gives its
        // claims back and stops the run; anything else stays marked (see the rules above).
        const giveBack = queue.filter((_, index) => {
          const failure = results![index]!.failure;
          return failure === "rate_limited" || failure === "network";
        });
        for (const result of results) {
          if (result.status !== "failed") run.sent++;
          else if (result.failure !== "rate_limited" && result.failure !== "network") run.failed++;
        }
        if (giveBack.length > 0) {
          await releaseDigestClaims(db, giveBack, now);
          run.deferred += giveBack.length;
          run.stoppedBy = results.find((result) => result.failure === "rate_limited") ? "rate_limited" : "network";
        }
      }
    }
    if (run.stoppedBy) break;
    if (candidates.length < limit) break;
  }

  if (run.stoppedBy === null && considered >= limits.maxMembers) run.stoppedBy = "cap";
  run.left = await countOwedDigests(db, now);
  if (run.stoppedBy === "cap" && run.left === 0) run.stoppedBy = null;
  return run;
}

function messageFor(services: DigestServices, candidate: DigestCandidate, content: DigestContent, now: number): MailMessage {
  return digestMessage({
    to: candidate.email,
    pseudonym: candidate.pseudonym,
    frequency: candidate.frequency,
    content,
    siteUrl: services.siteUrl,
    unsubscribeUrl: unsubscribeUrl(services.siteUrl, services.signingSecret, candidate.id, now),
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
