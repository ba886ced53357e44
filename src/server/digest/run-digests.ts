import type { Database } from "../db/client";
import { sendMail } from "../mail/send-mail";
import { isMailDeliveryError, type MailFailureKind, type MailTransport } from "../mail/types";
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
 * - bounded: members are read `batchSize` at a time (one round trip for their contents, one for
 *   the claim) and at most `maxMembers` per run, so one invocation stays well inside a Worker's
 *   limits (about two subrequests per member: the provider call and its outbox row). `left` says
 *   how many are still owed after the run.
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
  /** Wait between two deliveries (Resend allows 2 requests a second by default). */
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

export const digestDefaults = { batchSize: 50, maxMembers: 200, pauseBetweenMailsMs: 0 } as const;

export async function sendDueDigests(db: Database, services: DigestServices, now: number, options: DigestOptions = {}): Promise<DigestRun> {
  const limits = { ...digestDefaults, ...options };
  const run: DigestRun = { sent: 0, failed: 0, deferred: 0, left: 0, stoppedBy: null };
  let considered = 0;
  let afterId = 0;

  batches: while (considered < limits.maxMembers) {
    const limit = Math.min(limits.batchSize, limits.maxMembers - considered);
    const candidates = await nextDigestCandidates(db, now, afterId, limit);
    if (candidates.length === 0) break;
    considered += candidates.length;
    afterId = candidates[candidates.length - 1]!.id;

    const contents = await loadDigestContents(db, candidates.map((candidate) => candidate.id), now);
    const ready = candidates.filter((candidate) => hasDigestContent(contents.get(candidate.id)));
    const claimed = new Set(await claimDigests(db, ready.map((candidate) => candidate.id), now));
    const queue = ready.filter((candidate) => claimed.has(candidate.id));

    let next = 0;
    try {
      for (; next < queue.length; next++) {
        if (run.sent + run.failed > 0 && limits.pauseBetweenMailsMs > 0) await pause(limits.pauseBetweenMailsMs);
        const candidate = queue[next]!;
        const outcome = await deliverDigest(db, services, candidate, contents.get(candidate.id)!, now);
        if (outcome === "sent") {
          run.sent++;
        } else if (outcome === "rate_limited" || outcome === "network") {
          // Nothing was delivered, and the provider is unlikely to take the next message either.
          run.stoppedBy = outcome;
          break batches;
        } else {
          run.failed++;
        }
      }
    } finally {
      // Claims go back for every member not delivered for sure: from the one whose delivery
      // certainly failed when the run stops, else from the one after the last attempt (when an
      // error escapes, that attempt may have been delivered: it stays marked, the invocation
      // fails, and the next run sends the rest).
      const giveBack = queue.slice(run.stoppedBy ? next : next + 1);
      await releaseDigestClaims(db, giveBack, now);
      run.deferred += giveBack.length;
    }
    if (candidates.length < limit) break;
  }

  if (run.stoppedBy === null && considered >= limits.maxMembers) run.stoppedBy = "cap";
  run.left = await countOwedDigests(db, now);
  if (run.stoppedBy === "cap" && run.left === 0) run.stoppedBy = null;
  return run;
}

async function deliverDigest(
  db: Database,
  services: DigestServices,
  candidate: DigestCandidate,
  content: DigestContent,
  now: number,
): Promise<"sent" | MailFailureKind | "unknown"> {
  const message = digestMessage({
    to: candidate.email,
    pseudonym: candidate.pseudonym,
    frequency: candidate.frequency,
    content,
    siteUrl: services.siteUrl,
    unsubscribeUrl: unsubscribeUrl(services.siteUrl, services.signingSecret, candidate.id, now),
  });
  const observed = observeFailures(services.mail);
  const result = await sendMail(db, observed.transport, message, now);
  return result.status === "failed" ? (observed.failure() ?? "unknown") : "sent";
}

/**
 * The same transport, remembering the kind of its last failure: sendMail records failures
 * without throwing, and the job needs to know whether the message certainly did not leave.
 */
function observeFailures(inner: MailTransport): { transport: MailTransport; failure(): MailFailureKind | "unknown" | null } {
  let failure: MailFailureKind | "unknown" | null = null;
  return {
    transport: {
      name: inner.name,
      async deliver(message) {
        try {
          return await inner.deliver(message);
        } catch (error) {
          failure = isMailDeliveryError(error) ? error.kind : "unknown";
          throw error;
        }
      },
    },
    failure: () => failure,
  };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
