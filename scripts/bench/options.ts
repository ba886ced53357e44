import { resolve } from "node:path";
import { parseArgs } from "node:util";

export const USAGE = `usage: npm run bench -- [options]

  --no-build          use the existing dist/ instead of running astro build first
  --fresh             rebuild the benchmark databases even when cached copies match
  --strict            exit 1 when a page's median differs more than 2x between the sizes,
                      a search group's median is 50 ms or more, or the Worker CPU of the
                      home, channel or thread page is over 3 ms (one at a time or in flight);
                      in the members section, when a page takes more than 1 round trip, its
                      median is over 1.2x or its Worker CPU outside noise at 115,000 members,
                      the @channel reply is over 2x a plain one, or a job has under 2x headroom
  --duration S        seconds measured per page type and size (default 5)
  --warmup S          seconds of unmeasured warm-up before each (default 1)
  --concurrency N     requests in flight (default 8)
  --dir PATH          where the databases are kept (default .data)
  --no-members        skip the members section (200 vs 115,000 members, the fan-out post,
                      the scheduled jobs): the quick runs stay quick
  --members-only      only the members section (the 100k-thread file is still built first)
  --members-scale F   build the member-scale file at F times the issue's numbers (0 < F <= 1,
                      default 1: 115,000 members, 2 million notifications, 10 million votes)
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
  /** Run the members section (issue 19). */
  members: boolean;
  /** Run only the members section. */
  membersOnly: boolean;
  membersScale: number;
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
      "no-members": { type: "boolean" },
      "members-only": { type: "boolean" },
      "members-scale": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const concurrency = positive("concurrency", values.concurrency, 8, 256);
  if (!Number.isInteger(concurrency)) throw new Error("--concurrency must be a whole number.");
  if (values["no-members"] && values["members-only"]) throw new Error("--no-members and --members-only contradict each other.");
  return {
    build: !values["no-build"],
    fresh: values.fresh ?? false,
    strict: values.strict ?? false,
    durationMs: positive("duration", values.duration, 5, 600) * 1000,
    warmupMs: positive("warmup", values.warmup, 1, 60) * 1000,
    concurrency,
    dir: resolve(values.dir ?? ".data"),
    help: values.help ?? false,
    members: !values["no-members"],
    membersOnly: values["members-only"] ?? false,
    membersScale: positive("members-scale", values["members-scale"], 1, 1),
  };
}
