// npm run bench — page speed at 1,000 and at 100,000 threads.
//
// Builds the Worker (unless --no-build), makes or reuses two libSQL files (1,000 threads with
// 10,000 replies; 100,000 threads with 1,000,000 replies; 200 members, ~30 channels, a year of
// history), then for each: the local libSQL server behind a round-trip counter, the built Worker
// under wrangler dev, and a fixed-concurrency load on every page type as a signed-in member.
// Prints req/s, median and p99 latency, database round trips, Worker CPU per request, and
// whether each page's median stays within 2x between the sizes. Worker CPU is the workerd process
// that runs the Worker (wrangler's proxy apart), one request at a time and at the run's
// concurrency, with its ratio to a static file and to /api/health served by the same stack; the
// run is kept in .data/bench-last.json and compared with the one before. --strict makes the 2x
// rule, the search target and Worker CPU <= 3 ms on the home, channel and thread pages the exit
// code. Then search, one request at a time (common words, rare words found in the data, a
// channel filter, words over the ranking cap) against its 50 ms median target, and the unread-
// notification count of a member with 5,000 notifications, straight to the libSQL server.
// Everything listens on 127.0.0.1; Ctrl-C stops every process it started.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { ensureDataset, type DatasetInfo, type DatasetSpec } from "./bench/dataset";
import { closeAgents } from "./bench/load";
import { USAGE, parseOptions, type BenchOptions } from "./bench/options";
import { measurePage } from "./bench/measure";
import { measureNotificationCount, NOTIFICATIONS_FOR_MEMBER, UNREAD_FOR_MEMBER, type NotificationCountResult } from "./bench/notification-count";
import {
  changeTable,
  comparisonTable,
  cpuTargetFailures,
  MAX_ROUND_TRIPS_PER_PAGE,
  roundTripFailures,
  datasetHeading,
  datasetTable,
  savedPages,
  WORKER_CPU_TARGET_MS,
  MAX_MEDIAN_RATIO,
  notificationTable,
  searchTable,
  SEARCH_MEDIAN_TARGET_MS,
  statementsTable,
  type DatasetRun,
  type PageResult,
  type SearchRunResult,
} from "./bench/report";
import { measureSearchLatency, type SearchLatency } from "./bench/search-latency";
import { COMMON_WORDS, findRareWords, matchCounts, searchGroups, VERY_COMMON_WORDS } from "./bench/search-terms";
import { runMembersSection } from "./bench/members-section";
import { startStack, type Stack } from "./bench/stack";
import { timeStatements } from "./bench/statements";
import { bin, projectRoot, runToCompletion } from "./lib/processes";

const started = performance.now();
const stoppers = new Set<() => Promise<void>>();
const track = (stop: () => Promise<void>) => void stoppers.add(stop);

let interrupted = false;
async function interrupt(signal: string) {
  if (interrupted) return;
  interrupted = true;
  process.stderr.write(`\n${signal}: stopping…\n`);
  await Promise.allSettled([...stoppers].map((stop) => stop()));
  closeAgents();
  process.exit(130);
}
process.on("SIGINT", () => void interrupt("Interrupted"));
process.on("SIGTERM", () => void interrupt("Terminated"));

function specs(options: BenchOptions): DatasetSpec[] {
  const all = [
    { label: "1k threads", file: join(options.dir, "bench-1k.db"), threads: 1_000, replies: 10_000, members: 200 },
    { label: "100k threads", file: join(options.dir, "bench-100k.db"), threads: 100_000, replies: 1_000_000, members: 200 },
  ];
  // The members section needs only the 100k-thread file (its 200 members, and the base of the member-scale copy).
  return options.membersOnly ? all.slice(1) : all;
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  console.log(
    `Rounds benchmark — Node ${process.version}, ${cpus().length} cores; ${options.concurrency} requests in flight, ` +
      `${options.warmupMs / 1000} s warm-up + ${options.durationMs / 1000} s measured per page type`,
  );

  if (options.build) {
    const buildStarted = performance.now();
    await runToCompletion(bin("astro"), ["build"], { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" });
    console.log(`Built the Worker in ${seconds(buildStarted)}.`);
  } else if (!existsSync(join(projectRoot, "dist/_worker.js/index.js"))) {
    throw new Error("There is no build in dist/: run without --no-build (or `npm run build`) first.");
  }

  mkdirSync(options.dir, { recursive: true });
  const datasets: DatasetInfo[] = [];
  for (const spec of specs(options)) {
    const info = await ensureDataset(spec, { fresh: options.fresh });
    const where = relative(projectRoot, spec.file) || spec.file;
    console.log(
      info.importSeconds === null
        ? `${spec.label}: reusing ${where} (imported in ${info.builtInSeconds.toFixed(1)} s; --fresh rebuilds it)`
        : `${spec.label}: imported into ${where} in ${info.importSeconds.toFixed(1)} s (peak RSS ${Math.round(info.peakRssMb ?? 0)} MB)`,
    );
    datasets.push(info);
  }

  // Rare words come from the largest dataset (the fewest posts there); both sizes search the same words.
  const largest = datasets[datasets.length - 1] as DatasetInfo;
  const groups = searchGroups(findRareWords(largest.spec.file));
  console.log(
    `Search words: common ${COMMON_WORDS.join(", ")}; rare (fewest live posts at ${largest.spec.label}) ${groups.find((g) => g.key === "search-rare")?.queries.join(", ") ?? "none found"}; over the cap ${VERY_COMMON_WORDS.join(", ")}.`,
  );

  let threadSectionFailed = false;
  if (!options.membersOnly) threadSectionFailed = await threadSizesSection(options, datasets, groups);
  let memberFailures: string[] = [];
  if (options.members) {
    const base = datasets[datasets.length - 1] as DatasetInfo;
    const members = await runMembersSection(options, base, groups, track, (line) => process.stderr.write(`${stamp()} ${line}\n`));
    console.log(`\n${members.text}`);
    memberFailures = members.failures;
  }
  console.log(`Total time ${seconds(started)}.`);
  return (threadSectionFailed || memberFailures.length > 0) && options.strict ? 1 : 0;
}

const stamp = () => `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`;

/** The 1k / 100k threads comparison; true when a target was missed. */
async function threadSizesSection(options: BenchOptions, datasets: DatasetInfo[], groups: ReturnType<typeof searchGroups>): Promise<boolean> {
  // Both sizes are served at once and measured alternately, page type by page type, so a
  // change in what else the machine is doing affects both alike.
  const stacks: Stack[] = [];
  for (const info of datasets) {
    process.stderr.write(`${stamp()} starting the libSQL server and wrangler dev for ${info.spec.label}\n`);
    stacks.push(await startStack(info, track, groups));
  }
  const results = new Map<Stack, PageResult[]>(stacks.map((stack) => [stack, []]));
  const pageKeys = [...new Set(stacks.flatMap((stack) => stack.pages.map((page) => page.key)))];
  for (const [index, key] of pageKeys.entries()) {
    const order = index % 2 === 0 ? stacks : [...stacks].reverse();
    for (const stack of order) {
      const page = stack.pages.find((candidate) => candidate.key === key);
      if (!page || (page.reference && stack !== stacks[0])) continue;
      process.stderr.write(`${stamp()} ${page.label} at ${stack.info.spec.label} … `);
      const result = await measurePage(stack, page, options);
      results.get(stack)?.push(result);
      process.stderr.write(`${result.rps.toFixed(1)} req/s\n`);
    }
  }
  // Search one request at a time, and the unread-notification count, alternating sizes too.
  const latencies = new Map<Stack, SearchLatency[]>(stacks.map((stack) => [stack, []]));
  for (const [index, group] of groups.entries()) {
    for (const stack of index % 2 === 0 ? stacks : [...stacks].reverse()) {
      process.stderr.write(`${stamp()} ${group.label}, one at a time, at ${stack.info.spec.label} … `);
      const latency = await measureSearchLatency(stack, group, options);
      latencies.get(stack)?.push(latency);
      process.stderr.write(`median ${latency.medianMs.toFixed(1)} ms\n`);
    }
  }
  const notificationRuns: { label: string; result: NotificationCountResult }[] = [];
  for (const stack of stacks) {
    process.stderr.write(`${stamp()} unread-notification count at ${stack.info.spec.label} … `);
    const result = await measureNotificationCount(stack.proxy.url, stack.info.spec.file, stack.memberId);
    notificationRuns.push({ label: stack.info.spec.label, result });
    process.stderr.write(`median ${result.medianMs.toFixed(2)} ms\n`);
  }

  const peaks = new Map(stacks.map((stack) => [stack, stack.peakRss()]));
  await Promise.all(stacks.map((stack) => stack.stop()));
  closeAgents();

  const runs: DatasetRun[] = stacks.map((stack) => {
    const pages = (results.get(stack) ?? []).sort((a, b) => pageKeys.indexOf(a.key) - pageKeys.indexOf(b.key));
    return {
      info: stack.info,
      pages,
      timings: new Map(pages.map((page) => [page.key, timeStatements(stack.info.spec.file, page.statements)])),
      workerdPeakRssMb: peaks.get(stack)?.workerd ?? null,
      dbServerPeakRssMb: peaks.get(stack)?.db ?? null,
    };
  });

  // The yardsticks are served at the first size only; the second size's ratios use them.
  const firstPages = runs[0]?.pages ?? [];
  const yardsticks = {
    staticMs: firstPages.find((page) => page.key === "ref-static")?.workerCpuMs ?? Number.NaN,
    healthMs: firstPages.find((page) => page.key === "ref-health")?.workerCpuMs ?? Number.NaN,
  };
  for (const run of runs) {
    console.log(`\n${datasetHeading(run)}\n${datasetTable(run, yardsticks)}`);
  }
  const lastFile = join(options.dir, "bench-last.json");
  const now = savedPages(runs);
  if (existsSync(lastFile)) {
    try {
      const last = JSON.parse(readFileSync(lastFile, "utf8")) as { at: string; pages: ReturnType<typeof savedPages> };
      console.log(`\n${changeTable(now, last.pages, last.at)}`);
    } catch {
      console.log(`\n${relative(projectRoot, lastFile)} could not be read; this run replaces it.`);
    }
  }
  writeFileSync(lastFile, `${JSON.stringify({ at: new Date().toISOString(), pages: now }, null, 2)}\n`);
  const overCpu = cpuTargetFailures(runs);
  console.log(
    overCpu.length === 0
      ? `\nWorker CPU of the home, channel and thread pages is at most ${WORKER_CPU_TARGET_MS} ms, one at a time and in flight.`
      : `\nWorker CPU over ${WORKER_CPU_TARGET_MS} ms${options.strict ? "" : " (exit code 0; --strict fails the run)"}:\n${overCpu.map((line) => `  ${line}`).join("\n")}`,
  );
  const overRoundTrips = roundTripFailures(runs);
  console.log(
    overRoundTrips.length === 0
      ? `Every page took ${MAX_ROUND_TRIPS_PER_PAGE} database round trip.`
      : `\nPages over ${MAX_ROUND_TRIPS_PER_PAGE} database round trip${options.strict ? "" : " (exit code 0; --strict fails the run)"}:\n${overRoundTrips.map((line) => `  ${line}`).join("\n")}`,
  );
  const [small, large] = runs;
  let failed = 0;
  if (small && large) {
    const { text, verdicts } = comparisonTable(small, large);
    failed = verdicts.filter((verdict) => !verdict.pass).length;
    const statements = statementsTable(small, large);
    console.log(`\nStatements per page, as the Worker sent them (median of 31 runs on the file, in Node)\n${statements.text}`);
    if (statements.growing.length > 0) console.log(`↑ grows with the data:\n${statements.growing.map((line) => `  ${line}`).join("\n")}`);
    console.log(`\n${small.info.spec.label} / ${large.info.spec.label}\n${text}`);
    console.log(
      failed === 0
        ? `\nEvery page's median at ${large.info.spec.label} is within ${MAX_MEDIAN_RATIO}× of ${small.info.spec.label}` +
            (groups.length > 0 ? " (search pages may grow with the posts that match: they are held to the search target below)." : ".")
        : `\n${failed} page type(s) outside ${MAX_MEDIAN_RATIO}×${options.strict ? "" : " (exit code 0; --strict fails the run)"}.`,
    );

    const searchRun = (stack: Stack | undefined, run: DatasetRun): SearchRunResult => ({
      label: run.info.spec.label.replace(" threads", ""),
      latencies: stack ? (latencies.get(stack) ?? []) : [],
      matches: matchCounts(run.info.spec.file, [...new Set(groups.flatMap((group) => group.queries))]),
    });
    const search = searchTable(groups, searchRun(stacks[0], small), searchRun(stacks[1], large));
    failed += search.failed.length;
    console.log(`\nSearch through the built Worker, one request at a time (the /search page as the member sees it, session lookup included)\n${search.text}`);
    console.log(
      search.failed.length === 0
        ? `Every search group's median at ${large.info.spec.label} is under ${SEARCH_MEDIAN_TARGET_MS} ms.`
        : `${search.failed.length} search group(s) at or over ${SEARCH_MEDIAN_TARGET_MS} ms${options.strict ? "" : " (exit code 0; --strict fails the run)"}.`,
    );
  }
  console.log(
    `\nUnread-notification count for a member with ${NOTIFICATIONS_FOR_MEMBER.toLocaleString("en-US")} notifications (${UNREAD_FOR_MEMBER} unread), ` +
      `one query per HTTP request straight to the local libSQL server (as the Worker reaches it, not through a page)\n${notificationTable(notificationRuns)}`,
  );
  console.log(
    [
      "",
      "req/s and latency: closed loop, keep-alive, from this machine; latency includes queueing behind the other requests in flight.",
      "db round trips: HTTP requests the libSQL server received per page (the page's batch, the session gate in it).",
      "Worker CPU ms: CPU time of the workerd process running the Worker / pages served, one request at a time and at the concurrency above; ÷ static and ÷ health: over the yardsticks' own figure (first size's run).",
      "proxy CPU ms: wrangler dev's own proxy workerd, which production does not have; db server CPU ms: the same for the local libSQL server.",
      "body chunks: pieces the HTML body of one page was streamed in (chunked encoding); each piece costs workerd CPU.",
      "(yardstick) rows: measured at the first size only — the Worker serving a static file, and a Hono route with one query.",
      "search rows in the first tables: the same /search pages under the concurrency above; the search table: one request at a time.",
      "The member every page is requested as has the notifications above, so every page's session lookup counts them too.",
      "other load: cores other processes on this machine kept busy meanwhile (anything well above 0 makes the timings noisy).",
    ].join("\n"),
  );
  return failed > 0 || overCpu.length > 0 || overRoundTrips.length > 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    await Promise.allSettled([...stoppers].map((stop) => stop()));
    process.exit(1);
  },
);
