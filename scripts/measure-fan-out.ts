/**
 * Times posting a plain reply against a reply that @mentions a channel of 20,000 followers
 * (issue 19, ADR 0033), through the local libSQL server as the Worker reaches its database (HTTP,
 * the lean Hrana client), on a fresh temporary database. Measures:
 * - after: the reply with the queue transport (what the Worker's request waits for: the send
 *   itself runs under waitUntil, so here the messages are only kept), with the inline transport
 *   (every chunk before answering: Node callers without a queue), and the consumer's chunks;
 * - before (with `--before DIR`): the same replies through an older `src/` tree, e.g. main's:
 *     git archive <commit> src | tar -x -C .data/fan-out-before
 *     npx tsx scripts/measure-fan-out.ts --before .data/fan-out-before/src
 *   (DIR must sit inside this checkout so its imports find node_modules.)
 * Usage: npx tsx scripts/measure-fan-out.ts [--followers 20000] [--samples 5] [--before DIR]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { startLibsqlServer } from "./libsql-server/index";
import { createSession, validateSessionToken } from "../src/server/auth/sessions";
import type { Viewer } from "../src/server/auth/viewer";
import { createDb, type Database } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { channelFollows, channels } from "../src/server/db/schema";
import { createReply } from "../src/server/forum/create-reply";
import { importThreads, importUsers } from "../src/server/forum/import-community";
import { drainFanOut, FAN_OUT_CHUNK_SIZE, inlineFanOut, type FanOutMessage, type FanOutTransport } from "../src/server/notifications/channel-fan-out";

type CreateReply = (db: Database, viewer: Viewer | null, input: unknown, now: number, fanOut?: FanOutTransport) => Promise<{ id: number }>;

const { values: args } = parseArgs({ options: { followers: { type: "string", default: "20000" }, samples: { type: "string", default: "5" }, before: { type: "string" } } });
const FOLLOWERS = Number(args.followers);
const SAMPLES = Number(args.samples);
const CHANNEL = "cardiology";

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function prepare(file: string): Promise<void> {
  const { db, client } = createDb(`file:${file}`);
  await migrateDatabase(db);
  const [channel] = await db.select({ id: channels.id }).from(channels).where(sql`slug = ${CHANNEL}`);
  const base = { passwordHash: null, firstName: "Bench", npi: null, specialtySlug: "cardiology", licenceState: "MA", createdAt: Date.UTC(2026, 0, 1) };
  const ids = await importUsers(
    db,
    Array.from({ length: FOLLOWERS + 1 }, (_, n) => ({ ...base, pseudonym: `fan_${n}`, email: `fan${n}@example.org`, lastName: `Fan${n}` })),
  );
  for (let start = 1; start < ids.length; start += 1000) {
    await db.insert(channelFollows).values(ids.slice(start, start + 1000).map((userId) => ({ userId, channelId: channel!.id, createdAt: Date.UTC(2026, 0, 1) })));
  }
  // Threads to reply in: one per sample and variant, since a channel hears of a thread once.
  await importThreads(
    db,
    Array.from({ length: 8 * SAMPLES + 4 }, (_, n) => ({
      channelSlug: "general",
      authorId: ids[0]!,
      title: `Bench thread ${n}`,
      bodySource: "A question.",
      createdAt: Date.UTC(2026, 0, 2) + n,
      comments: [],
    })),
  );
  client.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "rounds-fan-out-"));
  const file = join(dir, "fan-out.db");
  const setupStarted = Date.now();
  await prepare(file);
  const server = await startLibsqlServer({ file, port: 0 });
  const { db, client } = createDb(server.url);
  console.log(
    `${FOLLOWERS} followers of #${CHANNEL}, local libSQL server ${server.url}, set up in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s; ${SAMPLES} samples each, medians`,
  );

  const threadIds = (await db.all<{ id: number }>(sql`select id from threads order by id`)).map((row) => Number(row.id));
  let clock = Date.now();
  // A fresh replier each time: the reply pace rule (1 per 10 s) stays out of the way.
  let replierSerial = 0;
  const replier = async (): Promise<Viewer> => {
    const [id] = await importUsers(db, [
      {
        pseudonym: `replier_${++replierSerial}`,
        email: `replier${replierSerial}@example.org`,
        passwordHash: null,
        firstName: "R",
        lastName: "R",
        npi: null,
        specialtySlug: "internal-medicine",
        licenceState: "MA",
        createdAt: Date.UTC(2026, 0, 1),
      },
    ]);
    const session = await createSession(db, id!, clock);
    return (await validateSessionToken(db, session.token, clock)).viewer!;
  };
  const time = async (reply: CreateReply, body: string, transport?: FanOutTransport): Promise<number> => {
    const viewer = await replier();
    const threadId = threadIds.shift()!;
    const started = performance.now();
    await reply(db, viewer, { threadId, body }, (clock += 1000), transport);
    return performance.now() - started;
  };
  const notified = async () => Number((await db.all<{ n: number }>(sql`select count(*) as n from notifications where kind = 'channel_mention'`))[0]!.n);
  const plainBody = "Agree: repeat the troponin at three hours.";
  const channelBody = `Would @{${CHANNEL}} repeat the troponin at three hours?`;

  // Warm-up: the first statements of a connection pay for preparing them.
  await time(createReply, plainBody);

  const rows: [string, number][] = [];
  const sample = async (label: string, run: () => Promise<number>) => {
    const times: number[] = [];
    for (let n = 0; n < SAMPLES; n++) times.push(await run());
    rows.push([label, median(times)]);
    console.log(`${label.padEnd(58)} ${ms(median(times)).padStart(10)}   (${times.map((t) => t.toFixed(0)).join(", ")})`);
  };

  if (args.before) {
    const beforeModule = (await import(pathToFileURL(resolve(args.before, "server/forum/create-reply.ts")).href)) as { createReply: CreateReply };
    await time(beforeModule.createReply, plainBody);
    await sample("before: plain reply", () => time(beforeModule.createReply, plainBody));
    const before = await notified();
    await sample(`before: @{channel} reply (${FOLLOWERS} rows in its batch)`, () => time(beforeModule.createReply, channelBody));
    console.log(`  (wrote ${(await notified()) - before} channel mentions)`);
  }

  await sample("after: plain reply", () => time(createReply, plainBody));
  const held: FanOutMessage[] = [];
  const queue: FanOutTransport = { mode: "queue", send: async (messages) => void held.push(...messages) };
  await sample("after: @{channel} reply, queue transport (the Worker)", () => time(createReply, channelBody, queue));
  const drainTimes: number[] = [];
  const beforeDrain = await notified();
  let chunks = 0;
  for (const message of held) {
    const started = performance.now();
    chunks += await drainFanOut(db, message, Date.now());
    drainTimes.push(performance.now() - started);
  }
  console.log(
    `after: the consumer, ${FOLLOWERS} followers in chunks of ${FAN_OUT_CHUNK_SIZE}: median ${ms(median(drainTimes))} per fan-out ` +
      `(${(chunks / held.length).toFixed(0)} chunks, ${ms(median(drainTimes) / (chunks / held.length))} a chunk; wrote ${(await notified()) - beforeDrain} channel mentions)`,
  );
  await sample("after: @{channel} reply, inline transport (no queue)", () => time(createReply, channelBody, inlineFanOut));

  const plain = rows.find(([label]) => label === "after: plain reply")![1];
  const queued = rows.find(([label]) => label.startsWith("after: @{channel} reply, queue"))![1];
  console.log(`\n@{channel} reply / plain reply with the queue: ${(queued / plain).toFixed(2)}× (target ≤ 2×)`);
  const beforeRow = rows.find(([label]) => label.startsWith("before: @{channel}"));
  const beforePlain = rows.find(([label]) => label === "before: plain reply");
  if (beforeRow && beforePlain) console.log(`@{channel} reply / plain reply before: ${(beforeRow[1] / beforePlain[1]).toFixed(2)}×`);

  client.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
