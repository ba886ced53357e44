import type { Database } from "../db/client";
import { sendDueDigests, type DigestOptions, type DigestRun, type DigestServices } from "../digest/run-digests";
import { runVoteRingJob, type VoteRingJobRun } from "../moderation/vote-ring-job";
import type { ImageBucket } from "../images/bucket";
import { pruneImages, type ImagePruneResult } from "../images/prune-images";
import { describeJobFailure, recordJobOutcome } from "./heartbeat";
import { sendDueReplyMail, type ReplyMailRun } from "../reply-mail/run-reply-mail";
import { pruneExpiredRows, type PruneResult } from "./prune";
import type { JobName } from "./schedule";
import { recheckReferences, type EvidenceRecheckRun } from "../evidence/recheck-job";
import type { EvidenceSources } from "../evidence/sources";
import { inlineFanOut, resendStaleFanOuts, type FanOutTransport } from "../notifications/channel-fan-out";

/**
 * One entry point for the periodic jobs, shared by the Worker's `scheduled` handler and the
 * `npm run job:*` scripts, so both run exactly the same code. Summaries hold counts and report
 * ids only: never names, emails or post text, because they end up in logs.
 */
export type JobSummary =
  | { job: "prune"; result: PruneResult; images: ImagePruneResult | null; fanOutsResent: number; ms: number }
  | { job: "vote-rings"; result: VoteRingJobRun; ms: number }
  | { job: "digest"; result: DigestRun; ms: number }
  | { job: "evidence"; result: EvidenceRecheckRun; ms: number }
  | { job: "reply-mail"; result: ReplyMailRun; ms: number };

/**
 * What some jobs need beyond the database, built only when that job runs (so a missing
 * SIGNING_SECRET fails the mail jobs' invocations, not the hourly prune).
 */
export interface JobSettings {
  /** Site URL, signing secret and mail transport: the digest's and the reply mail's alike. */
  digest?: () => { services: DigestServices; options?: DigestOptions };
  /** The R2 bucket of images; only the Worker has it, so `npm run job:prune` leaves images to the Worker's run. */
  images?: () => ImageBucket;
  /** The evidence sources' base URLs and timeout (Worker vars, or the scripts' environment). */
  evidence?: () => EvidenceSources;
  /** Where the prune job re-sends channel fan-outs whose message was lost: the Worker's queue; inline without one. */
  fanOut?: () => FanOutTransport;
}

/**
 * Runs one job and records its heartbeat (heartbeat.ts): a success, or the failure, which is then
 * rethrown so the invocation still fails. A digest run that could not reach the mail provider at
 * all counts as failed there too: nothing went out, whatever the code returned.
 */
export async function runJob(db: Database, job: JobName, now: number, settings: JobSettings = {}): Promise<JobSummary> {
  let summary: JobSummary;
  try {
    summary = await runJobOnce(db, job, now, settings);
  } catch (error) {
    await recordJobOutcome(db, job, now, { ok: false, failure: describeJobFailure(error) });
    throw error;
  }
  const unreachable = (summary.job === "digest" || summary.job === "reply-mail") && summary.result.stoppedBy === "network" && summary.result.sent === 0;
  await recordJobOutcome(
    db,
    job,
    now,
    unreachable
      ? { ok: false, failure: `The mail provider was unreachable: no ${summary.job === "digest" ? "digest" : "reply mail"} was sent.` }
      : { ok: true, backlog: summary.job === "vote-rings" ? summary.result.counts.behind : undefined },
  );
  return summary;
}

async function runJobOnce(db: Database, job: JobName, now: number, settings: JobSettings): Promise<JobSummary> {
  const started = Date.now();
  switch (job) {
    case "prune": {
      const result = await pruneExpiredRows(db, now);
      const imageResult = settings.images ? await pruneImages(db, settings.images(), now) : null;
      // Hourly recovery of @{channel} fan-outs whose queue message was lost (ADR 0033).
      const fanOutsResent = await resendStaleFanOuts(db, settings.fanOut?.() ?? inlineFanOut, now);
      return { job, result, images: imageResult, fanOutsResent, ms: Date.now() - started };
    }
    case "vote-rings":
      return { job, result: await runVoteRingJob(db, now), ms: Date.now() - started };
    case "digest": {
      if (!settings.digest) throw new Error("The digest job needs its settings (site URL, signing secret, mail transport).");
      const { services, options } = settings.digest();
      return { job, result: await sendDueDigests(db, services, now, options), ms: Date.now() - started };
    }
    case "evidence": {
      if (!settings.evidence) throw new Error("The evidence job needs the sources' settings.");
      return { job, result: await recheckReferences(db, settings.evidence(), now), ms: Date.now() - started };
    }
    case "reply-mail": {
      if (!settings.digest) throw new Error("The reply-mail job needs its settings (site URL, signing secret, mail transport).");
      const { services, options } = settings.digest();
      return { job, result: await sendDueReplyMail(db, services, now, options), ms: Date.now() - started };
    }
  }
}

const ids = (list: number[]) => (list.length === 0 ? "none" : list.map((id) => `#${id}`).join(", "));

/** Why a mail job's run ended early, for its summary line ("" when it did not). */
function stoppedText(stoppedBy: "cap" | "rate_limited" | "network" | null): string {
  if (stoppedBy === null) return "";
  return ` (stopped: ${stoppedBy === "cap" ? "per-run cap reached" : stoppedBy === "rate_limited" ? "mail provider rate limit" : "mail provider unreachable"})`;
}

/** One line for a log or a terminal. */
export function describeJob(summary: JobSummary): string {
  if (summary.job === "prune") {
    const { sessions, emailTokens, rateLimitCounters, threadReads, complete } = summary.result;
    return (
      `prune: deleted ${sessions} expired sessions, ${emailTokens} used or expired email tokens, ` +
      `${rateLimitCounters} closed rate-limit counters, ${threadReads} old read positions${complete ? "" : " (more left for the next run)"}, ` +
      (summary.images
        ? `${summary.images.deleted} images${summary.images.complete ? "" : " (more left for the next run)"}`
        : "no images (the Worker's own run prunes them: it has the R2 binding)") +
      `; re-sent ${summary.fanOutsResent} stalled channel fan-outs in ${summary.ms} ms`
    );
  }
  if (summary.job === "digest") {
    const { sent, failed, deferred, left } = summary.result;
    const stopped = stoppedText(summary.result.stoppedBy);
    return `digest: sent ${sent}, failed ${failed}, deferred ${deferred}; ${left} members still owed a digest${stopped} in ${summary.ms} ms`;
  }
  if (summary.job === "evidence") {
    const { checked, described, newlyRetracted, unreachable, complete } = summary.result;
    return `evidence: checked ${checked} cited works, ${described} described, ${newlyRetracted} newly retracted (authors notified), ${unreachable} sources unreachable${complete ? "" : " (more left for the next run)"} in ${summary.ms} ms`;
  }
  if (summary.job === "reply-mail") {
    const { sent, failed, deferred, left } = summary.result;
    const stopped = stoppedText(summary.result.stoppedBy);
    return `reply-mail: sent ${sent}, failed ${failed}, deferred ${deferred}; ${left} members still owed one${stopped} in ${summary.ms} ms`;
  }
  const run = summary.result;
  return (
    `vote-rings: ${run.suspiciousEdges} suspicious edges, ${run.mutualPairs} mutual pairs, ${run.groups} groups; ` +
    `new reports ${ids(run.newReportIds)}; refreshed ${ids(run.refreshedReportIds)}; ${run.alreadyKnown} already known; ` +
    `counts: ${run.counts.added} ledger rows added, ${run.counts.dropped} dropped in ${run.counts.steps} steps, ` +
    `${run.counts.behind === 0 ? "up to date" : `${run.counts.behind} behind (the next run continues)`}; in ${summary.ms} ms`
  );
}
