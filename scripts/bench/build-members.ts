// Builds (or reuses) the bench's member-scale data set alone, without measuring anything: the
// 100k-thread file first (as `npm run bench` does), then the 115,000-member copy of it.
//   npx tsx scripts/bench/build-members.ts [--members-scale 0.1] [--fresh] [--dir .data]
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureDataset } from "./dataset";
import { ensureMemberDataset } from "./member-dataset";
import { memberScaleSpec } from "./member-shape";

const { values } = parseArgs({ options: { "members-scale": { type: "string", default: "1" }, fresh: { type: "boolean" }, dir: { type: "string", default: ".data" } } });
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });
const baseFile = join(dir, "bench-100k.db");
await ensureDataset({ label: "100k threads", file: baseFile, threads: 100_000, replies: 1_000_000, members: 200 }, { fresh: false });
const scale = Number(values["members-scale"]);
const spec = memberScaleSpec(join(dir, scale === 1 ? "bench-members.db" : `bench-members-${scale}.db`), baseFile, scale);
const info = await ensureMemberDataset(spec, { fresh: values.fresh ?? false });
console.log(JSON.stringify({ ...info, spec: { ...info.spec, file: undefined, baseFile: undefined } }, null, 2));
