// One import worker of `npm run bench` (see scripts/bench/dataset.ts): writes threads [from, to)
// of a benchmark dataset into its file and exits, so the native memory libsql keeps goes with it.
//   tsx scripts/bench/import-worker.ts --file F --threads N --replies R --from A --to B --now MS
// Prints "progress <threads written>" lines and finally "done <peak RSS MB>" on stdout.
import { parseArgs } from "node:util";
import { importRange } from "./dataset";

const { values } = parseArgs({
  options: {
    file: { type: "string" },
    threads: { type: "string" },
    replies: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    now: { type: "string" },
  },
});
const number = (name: keyof typeof values): number => {
  const value = Number(values[name]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
if (!values.file) throw new Error("--file is required");

await importRange({ file: values.file, threads: number("threads"), replies: number("replies"), from: number("from"), to: number("to"), now: number("now") }, (line) =>
  process.stdout.write(`${line}\n`),
);
