import { join } from "node:path";
import { removeDatabaseFiles, type DatasetInfo } from "./dataset";
import { measureFanOut, median, type FanOutResult } from "./member-fan-out";
import { ensureMemberDataset, type MemberDatasetInfo } from "./member-dataset";
import { describeFailure, makeScratchCopy, measureJobs, type JobsResult } from "./member-jobs";
import { discoverMemberPages } from "./member-pages";
import { fanOutLine, jobsTable, memberDatasetHeading, memberPagesTable } from "./member-report";
import { memberScaleSpec } from "./member-shape";
import { memberFailures, memberPageVerdicts } from "./member-targets";
import { measurePage } from "./measure";
import type { BenchOptions } from "./options";
import type { PageResult } from "./report";
import type { SearchGroup } from "./search-terms";
import { startStack, type Stack } from "./stack";

/**
 * The members section of `npm run bench` (issue 19): every page at 200 members (the 100k-thread
 * file) and at 115,000 (the member-scale copy of it), served at once and measured alternately;
 * then, on the member-scale file, the fan-out post through the Worker and the scheduled jobs.
 */

export interface MembersSection {
  text: string;
  failures: string[];
}

export async function runMembersSection(
  options: BenchOptions,
  base: DatasetInfo,
  searches: readonly SearchGroup[],
  track: (stop: () => Promise<void>) => void,
  log: (line: string) => void,
): Promise<MembersSection> {
  const spec = memberScaleSpec(
    join(options.dir, options.membersScale === 1 ? "bench-members.db" : `bench-members-${options.membersScale}.db`),
    base.spec.file,
    options.membersScale,
  );
  const member: MemberDatasetInfo = await ensureMemberDataset(spec, { fresh: options.fresh });
  log(
    member.importSeconds === null
      ? `${spec.label}: reusing ${spec.file} (built in ${member.builtInSeconds.toFixed(1)} s, peak RSS ${member.peakRssMb} MB; --fresh rebuilds it)`
      : `${spec.label}: built ${spec.file} in ${member.importSeconds.toFixed(1)} s (peak RSS ${member.peakRssMb} MB)`,
  );
  // The stack takes a DatasetInfo: the member-scale file is the 100k-thread data set with more members.
  const memberInfo: DatasetInfo = {
    ...base,
    spec: { ...base.spec, label: spec.label, file: spec.file, members: spec.members },
    importSeconds: member.importSeconds,
    builtInSeconds: member.builtInSeconds,
    builtAt: member.builtAt,
    peakRssMb: member.peakRssMb,
    fileBytes: member.fileBytes,
    counts: { ...base.counts, members: member.counts.members, votes: member.counts.votes },
  };
  const smallInfo: DatasetInfo = { ...base, spec: { ...base.spec, label: "200 members" } };

  const discover = (file: string) => discoverMemberPages(file, searches);
  const stacks: Stack[] = [];
  let fanOut: FanOutResult | null = null;
  let fanOutProblem = "";
  const results = new Map<Stack, PageResult[]>();
  try {
    log("starting the libSQL server and wrangler dev for 200 members");
    // The 200-member file gets the bench's usual notifications (the other sections' too); the
    // member-scale file keeps its own 2 million, which include the same member's 5,000.
    stacks.push(await startStack(smallInfo, track, searches, { discover }));
    log(`starting the libSQL server and wrangler dev for ${spec.label}`);
    stacks.push(await startStack(memberInfo, track, searches, { discover, seedNotifications: false }));
    for (const stack of stacks) results.set(stack, []);
    const keys = [...new Set(stacks.flatMap((stack) => stack.pages.map((page) => page.key)))];
    for (const [index, key] of keys.entries()) {
      for (const stack of index % 2 === 0 ? stacks : [...stacks].reverse()) {
        const page = stack.pages.find((candidate) => candidate.key === key);
        if (!page) continue;
        const result = await measurePage(stack, page, options);
        results.get(stack)?.push(result);
        log(`${page.label} at ${stack.info.spec.label}: median ${result.medianMs.toFixed(1)} ms, ${result.roundTrips.toFixed(2)} round trips`);
      }
    }
  } finally {
    await Promise.allSettled(stacks.map((stack) => stack.stop()));
  }

  // What writes (the fan-out post, the jobs) runs on a scratch copy: the cached file stays as built.
  const scratch = join(options.dir, "bench-members-scratch.db");
  let jobs: JobsResult | null = null;
  let jobsProblem = "";
  try {
    log(`copying ${spec.label} to a scratch file for the fan-out post and the jobs …`);
    makeScratchCopy(spec.file, scratch);
    let fanOutStack: Stack | undefined;
    try {
      log(`fan-out post through the Worker at ${spec.label} …`);
      const home = async (file: string) => (await discoverMemberPages(file, searches)).filter((page) => page.key === "home");
      fanOutStack = await startStack({ ...memberInfo, spec: { ...memberInfo.spec, file: scratch } }, track, searches, { discover: home, seedNotifications: false });
      fanOut = await measureFanOut(fanOutStack.url, scratch);
    } catch (error) {
      // Reported (and a miss under --strict) rather than losing the pages' and jobs' numbers.
      fanOutProblem = describeFailure(error);
    } finally {
      await fanOutStack?.stop();
    }
    log(`scheduled jobs on the scratch copy of ${spec.label} …`);
    jobs = await measureJobs(member, scratch);
  } catch (error) {
    jobsProblem = describeFailure(error);
  } finally {
    removeDatabaseFiles(scratch);
  }

  const small = results.get(stacks[0] as Stack) ?? [];
  const large = results.get(stacks[1] as Stack) ?? [];
  const verdicts = memberPageVerdicts(small, large);
  const failures = memberFailures(verdicts, fanOut ? { plainMs: median(fanOut.plainMs), channelMs: median(fanOut.channelMs) } : null, jobs?.jobs ?? []);
  if (!jobs) failures.push(`scheduled jobs: not measured (${jobsProblem})`);
  const text = [
    "Members: every page and job at 200 and at 115,000 members (issue 19)",
    memberDatasetHeading(member, base.counts.members),
    "Pages requested as the bench's verified member (the admin for the admin and moderation views); same threads, replies and viewer at both sizes, only the members around them differ.",
    "",
    memberPagesTable(small, large, verdicts),
    "",
    fanOut ? fanOutLine(fanOut) : `Fan-out post: not measured (${fanOutProblem}).`,
    "",
    jobs ? jobsTable(jobs) : `Scheduled jobs: not measured (${jobsProblem}).`,
    "",
    failures.length === 0
      ? "Members section: every target met (1 round trip, ≤ 1.2× latency, Worker CPU within noise, fan-out ≤ 2×, jobs with ≥ 2× headroom)."
      : `Members section: ${failures.length} target(s) missed${options.strict ? "" : " (exit code 0; --strict fails the run)"}:\n${failures.map((line) => `  ${line}`).join("\n")}`,
  ].join("\n");
  return { text, failures };
}
