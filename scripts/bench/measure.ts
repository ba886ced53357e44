import { countResponseChunks, quantile, runLoad } from "./load";
import type { BenchOptions } from "./options";
import { cpuSeconds, machineBusySeconds, ownTreeCpuSeconds } from "./process-cpu";
import type { PageResult } from "./report";
import type { Stack } from "./stack";
import { statementsFromCapture } from "./statements";
import type { PageType } from "./targets";

/**
 * One page type on one stack: a warm-up run, then a measured run. Runs drain before they
 * resolve, so every round trip the proxy counted belongs to a request that was counted.
 */
export async function measurePage(stack: Stack, page: PageType, options: BenchOptions): Promise<PageResult> {
  const urls = page.paths.map((path) => `${stack.url}${path}`);
  const headers = page.headers ?? stack.headers;
  const load = { urls, headers, concurrency: options.concurrency };
  await runLoad({ ...load, durationMs: options.warmupMs });

  stack.proxy.reset();
  const proxyCpu = cpuSeconds(stack.proxyPids);
  const workerCpu = cpuSeconds(stack.workerdPids);
  const dbCpu = cpuSeconds(stack.dbPids);
  const machine = machineBusySeconds();
  const own = ownTreeCpuSeconds();
  const run = await runLoad({ ...load, durationMs: options.durationMs });
  const workerCpuUsed = cpuSeconds(stack.workerdPids) - workerCpu;
  const proxyCpuUsed = cpuSeconds(stack.proxyPids) - proxyCpu;
  const dbCpuUsed = cpuSeconds(stack.dbPids) - dbCpu;
  const otherCpuUsed = Math.max(0, machineBusySeconds() - machine - (ownTreeCpuSeconds() - own));

  const roundTrips = stack.proxy.count();
  // The same pages one at a time: the CPU a request costs with nothing else in flight.
  const alone = await workerCpuOneAtATime(stack, urls, headers, options);

  // One more page, outside the numbers: the SQL it ran as the Worker sent it (nothing else is
  // in flight now) and how its body was framed.
  const stopCapture = stack.proxy.capture();
  const sample = await countResponseChunks(urls[0] as string, headers);
  const statements = statementsFromCapture(stopCapture());

  const served = run.requests + run.errors;
  const perPage = (value: number) => (served === 0 ? Number.NaN : value / served);
  const sorted = run.latenciesMs.sort();
  return {
    key: page.key,
    label: page.label,
    search: page.search ?? false,
    urls: urls.length,
    requests: run.requests,
    errors: run.errors,
    errorSamples: run.errorSamples,
    rps: (run.requests / run.elapsedMs) * 1000,
    medianMs: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    roundTrips: perPage(roundTrips),
    workerCpuMs: perPage(workerCpuUsed * 1000),
    workerCpuAloneMs: alone,
    proxyCpuMs: perPage(proxyCpuUsed * 1000),
    dbCpuMs: perPage(dbCpuUsed * 1000),
    kbPerPage: run.requests === 0 ? Number.NaN : run.bytes / run.requests / 1024,
    otherCores: otherCpuUsed / (run.elapsedMs / 1000),
    statements,
    responseChunks: sample.chunks,
  };
}

/**
 * The Worker's CPU per request with one request in flight: process CPU over a short closed loop
 * at concurrency 1 (ticks are 10 ms, so the run is long enough to hold a few hundred requests).
 */
async function workerCpuOneAtATime(stack: Stack, urls: string[], headers: Record<string, string>, options: BenchOptions): Promise<number> {
  const durationMs = Math.max(1000, Math.round(options.durationMs / 2));
  const before = cpuSeconds(stack.workerdPids);
  const run = await runLoad({ urls, headers, concurrency: 1, durationMs });
  const used = cpuSeconds(stack.workerdPids) - before;
  const served = run.requests + run.errors;
  return served === 0 ? Number.NaN : (used * 1000) / served;
}
