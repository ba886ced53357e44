/**
 * npm run phi:scan -- FILE.jsonl
 *
 * Reads JSON lines {"id", "text"} (from FILE, or stdin when FILE is "-" or missing) and writes one
 * line {"id", "findings": [...]} per input line to stdout, in input order. A line that is not valid
 * JSON or lacks a string "text" produces {"id", "error"} instead, and the exit code is 1.
 * Blank lines are skipped. Nothing but the findings is printed, so the text never reaches logs.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { scanForPhi } from "../src/server/privacy/index";

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const input = file && file !== "-" ? createReadStream(file, { encoding: "utf8" }) : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = false;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    let id: unknown = null;
    try {
      const item: unknown = JSON.parse(line);
      if (typeof item !== "object" || item === null) throw new Error("not a JSON object");
      const record = item as Record<string, unknown>;
      id = record.id ?? null;
      if (typeof record.text !== "string") throw new Error('missing string "text"');
      const findings = scanForPhi(record.text);
      process.stdout.write(`${JSON.stringify({ id, findings })}\n`);
    } catch (err) {
      failed = true;
      const message = err instanceof Error ? err.message : String(err);
      process.stdout.write(`${JSON.stringify({ id, error: `line ${lineNo}: ${message}` })}\n`);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`phi:scan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
