import { resolve } from "node:path";
import { parseArgs } from "node:util";

export const USAGE = `usage: npm run bench -- [options]

  --no-build          use the existing dist/ instead of running astro build first
  --fresh             rebuild the benchmark databases even when cached copies match
  --strict            exit 1 when a page's median differs more than 2x between the sizes,
                      a search group's median is 50 ms or more, or the Worker CPU of the
                      home, channel or thread page is over 3 ms (one at a time or in flight)
  --duration S        seconds measured per page type and size (default 5)
  --warmup S          seconds of unmeasured warm-up before each (default 1)
  --concurrency N     requests in flight (default 8)
  --dir PATH          where the databases are kept (default .data)
  -h, --help          this text`;

export interface BenchOptions {
  build: boolean;
  fresh: boolean;
  strict: boolean;
  durationMs: number;
  warmupMs: number;
  concurrency: number;
  dir: string;
  help: boolean;
}

function positive(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`--${name} must be a number above 0 and at most ${max}, not "${raw}".`);
  return value;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      "no-build": { type: "boolean" },
      fresh: { type: "boolean" },
      strict: { type: "boolean" },
      duration: { type: "string" },
      warmup: { type: "string" },
      concurrency: { type: "string" },
      dir: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const concurrency = positive("concurrency", values.concurrency, 8, 256);
  if (!Number.isInteger(concurrency)) throw new Error("--concurrency must be a whole number.");
  return {
    build: !values["no-build"],
    fresh: values.fresh ?? false,
    strict: values.strict ?? false,
    durationMs: positive("duration", values.duration, 5, 600) * 1000,
    warmupMs: positive("warmup", values.warmup, 1, 60) * 1000,
    concurrency,
    dir: resolve(values.dir ?? ".data"),
    help: values.help ?? false,
  };
}
