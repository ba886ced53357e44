import { createDb } from "../../src/server/db/client";
import { channelIdBySlug, feedQuery, topPeriods, type TopPeriod } from "../../src/server/forum/feeds";
import { parseSearchQuery } from "../../src/server/search/query-parser";
import { searchInputSchema } from "../../src/server/search/search-input";
import { cappedStatement, searchPageStatement } from "../../src/server/search/search-statements";

/**
 * The quick measurement of ADR 0032, on a migrated copy of a bench file (never the cached one:
 * run it on a copy, e.g. `cp .data/bench-100k.db /tmp/b.db && npx tsx scripts/bench/quick-top-and-search.ts /tmp/b.db`).
 * Prints, for "top" of each period (home and the largest channel), the index entries walked down
 * to the page's 26th row and the statement's median; and, for the bench's search words, the
 * median of a search page's statements and how many threads page 1 shows. Run it at the parent
 * commit of ADR 0032 for "before" (its top statement walked the all-time score index).
 */
const file = process.argv[2];
if (!file) throw new Error("usage: quick-top-and-search.ts <copy of a migrated bench file>");
const { db, client } = createDb(`file:${file}`);
const DAY = 86_400_000;

async function median(run: () => Promise<unknown>, runs = 15): Promise<number> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}
const count = async (text: string, args: (number | string)[]) => Number((await client.execute({ sql: text, args })).rows[0]?.n ?? 0);

// An hour after the newest thread, so every window holds threads.
const now = (await count("select max(created_at) + 3600000 as n from threads", [])) || Date.now();
const largest = (await client.execute("select c.id, c.slug from channels c join threads t on t.channel_id = c.id group by c.id order by count(*) desc limit 1")).rows[0];
const channel = { id: Number(largest?.id), slug: String(largest?.slug) };
console.log(`top by period (largest channel: ${channel.slug})`);
for (const period of (Object.keys(topPeriods) as TopPeriod[]).filter((name) => topPeriods[name] > 0)) {
  const size = topPeriods[period] * DAY;
  const bucket = Math.floor(now / size);
  for (const inChannel of [false, true]) {
    const query = feedQuery(db, { sort: "top", period, now, channelId: inChannel ? channelIdBySlug(channel.slug) : undefined });
    const rows = await query;
    const last = rows[rows.length - 1] ?? { score: -1e9, id: 0 };
    const where = inChannel ? `and channel_id = ${channel.id}` : "";
    const walked = await count(`select count(*) as n from threads where created_at / ${size} in (?, ?) and (score, id) >= (?, ?) ${where}`, [
      bucket,
      bucket - 1,
      last.score,
      last.id,
    ]);
    const inWindow = await count(`select count(*) as n from threads where created_at >= ? ${where}`, [now - size]);
    const ms = await median(() => query);
    console.log(`  ${period.padEnd(5)} ${inChannel ? "channel" : "home   "} ${String(inWindow).padStart(6)} in window, ${String(walked).padStart(4)} walked, ${ms.toFixed(2)} ms`);
  }
}

console.log("search (page statement + capped statement, one batch)");
const searches: [string, Record<string, string>][] = [
  ["sepsis", {}],
  ["lactate", {}],
  ["troponin", {}],
  ["hyperkalemia", {}],
  ["lactate", { channel: "critical-care" }],
  ["patient", {}],
  ["risk", {}],
  ["the", {}],
  ["patient", { channel: "cardiology" }],
  ["patient", { page: "5" }],
];
for (const [q, filters] of searches) {
  const input = searchInputSchema.parse({ q, ...filters });
  const parsed = parseSearchQuery(q);
  const run = () => db.batch([searchPageStatement(db, parsed, input), cappedStatement(db, parsed)]);
  const [rows, capped] = await run();
  const threads = rows.slice(0, 20).filter((row) => row.reply_id === null).length;
  const ms = await median(run);
  console.log(
    `  ${`${q} ${JSON.stringify(filters)}`.padEnd(36)} ${ms.toFixed(1).padStart(6)} ms, ${threads} threads on the page${Number(capped[0]?.capped) === 1 ? ", capped" : ""}`,
  );
}
client.close();
