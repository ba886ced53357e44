import { quantile, runLoad } from "./load";
import type { BenchOptions } from "./options";
import { searchPath, type SearchGroup } from "./search-terms";
import type { Stack } from "./stack";

/**
 * Search as one member feels it: /search pages through the built Worker, one request at a time
 * (no queueing behind other requests), session lookup and rendering included. The page-type
 * rows of the main table measure the same pages under the benchmark's concurrency.
 */

export interface SearchLatency {
  key: string;
  label: string;
  requests: number;
  errors: number;
  errorSamples: string[];
  medianMs: number;
  p99Ms: number;
}

export async function measureSearchLatency(stack: Stack, group: SearchGroup, options: BenchOptions): Promise<SearchLatency> {
  const urls = group.queries.map((query) => `${stack.url}${searchPath(query, group.filters)}`);
  const load = { urls, headers: stack.headers, concurrency: 1 };
  await runLoad({ ...load, durationMs: options.warmupMs });
  const run = await runLoad({ ...load, durationMs: options.durationMs });
  const sorted = run.latenciesMs.sort();
  return {
    key: group.key,
    label: group.label,
    requests: run.requests,
    errors: run.errors,
    errorSamples: run.errorSamples,
    medianMs: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
  };
}
