import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import Database from "libsql";
import { createDb } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";
import { rebuildVoteRingCounts } from "../../src/server/moderation/vote-ring-increment";
import { voteRingDefaults } from "../../src/server/moderation/vote-rings";
import { npiCheckDigit } from "../../src/server/auth/npi";
import { createRng } from "../seed/random";
import { BENCH_SEED } from "./content-pool";
import { fileBytes, removeDatabaseFiles } from "./dataset";
import { MEMBER_BUILDER_VERSION, progressText, rowsPerSecond, specialtyTable, type MemberScaleSpec } from "./member-shape";

/**
 * The member-scale data set (issue 19): a copy of the 100k-thread file with 115,000 members,
 * ~1.5 sessions and ~5 channel follows each, ~2 million notifications and ~10 million votes.
 * Rows are written straight into the SQLite file with large multi-row INSERTs (generated in
 * SQL where the rows are random draws) in transactions, never through the domain functions.
 * The votes go in with the vote-ring ledger trigger and the target index dropped, then the
 * index is rebuilt in one sort, the trigger put back, and the ring counts rebuilt by the repair
 * function (`npm run rings:rebuild`'s), so ledger and pair counts match the votes exactly.
 * The base file's 200 members are left as they were (no new sessions, follows, notifications or
 * votes of theirs), so the member the pages are requested as is the same at both sizes.
 * Cached like the others: rebuilt only when the spec, the builder or the base file changes.
 */

export interface MemberDatasetInfo {
  spec: MemberScaleSpec;
  importSeconds: number | null;
  builtInSeconds: number;
  builtAt: string;
  peakRssMb: number | null;
  fileBytes: number;
  /** The data set's clock: the base file's "now" (its threads' newest day). */
  now: number;
  counts: MemberCounts;
  /** Seconds per phase of the build, when it was built. */
  phases: Record<string, number>;
}

export interface MemberCounts {
  members: number;
  sessions: number;
  follows: number;
  largestChannel: { slug: string; followers: number };
  notifications: number;
  votes: number;
  ringLedger: number;
  ringPairs: number;
}

interface MemberSidecar {
  version: number;
  seed: string;
  members: number;
  sessionsPerMember: number;
  followsPerMember: number;
  notifications: number;
  votes: number;
  scale: number;
  baseBuiltAt: string;
  now: number;
  importSeconds: number;
  peakRssMb: number;
  builtAt: string;
  counts: MemberCounts;
  phases: Record<string, number>;
}

const DAY = 24 * 3600_000;
const sidecarPath = (file: string) => `${file}.json`;

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return null;
  }
}

export async function ensureMemberDataset(spec: MemberScaleSpec, options: { fresh: boolean }): Promise<MemberDatasetInfo> {
  const base = readJson<{ builtAt: string; now: number }>(sidecarPath(spec.baseFile));
  if (!base) throw new Error(`${spec.baseFile} has no sidecar; the 100k-thread data set must be built first.`);
  const sidecar = options.fresh ? null : readJson<MemberSidecar>(sidecarPath(spec.file));
  const matches =
    sidecar !== null &&
    sidecar.version === MEMBER_BUILDER_VERSION &&
    sidecar.seed === BENCH_SEED &&
    sidecar.members === spec.members &&
    sidecar.sessionsPerMember === spec.sessionsPerMember &&
    sidecar.followsPerMember === spec.followsPerMember &&
    sidecar.notifications === spec.notifications &&
    sidecar.votes === spec.votes &&
    sidecar.scale === spec.scale &&
    sidecar.baseBuiltAt === base.builtAt &&
    existsSync(spec.file);
  if (matches) {
    const { db, client } = createDb(`file:${spec.file}`);
    try {
      await migrateDatabase(db, sidecar.now);
      const [row] = (await client.execute("select count(*) as n from users")).rows;
      if (Number(row?.n) === spec.members) {
        return {
          spec,
          importSeconds: null,
          builtInSeconds: sidecar.importSeconds,
          builtAt: sidecar.builtAt,
          peakRssMb: sidecar.peakRssMb,
          fileBytes: fileBytes(spec.file),
          now: sidecar.now,
          counts: sidecar.counts,
          phases: sidecar.phases,
        };
      }
    } finally {
      client.close();
    }
    console.log(`${spec.label}: ${spec.file} does not hold the expected members; rebuilding it.`);
  }
  return buildMemberDataset(spec, base);
}

/** Samples the process's resident memory; `peakMb()` is the largest seen. */
function rssSampler(): { sample: () => void; peakMb: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const sample = () => void (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 250);
  timer.unref();
  return { sample, peakMb: () => Math.round(peak / 1024 / 1024), stop: () => clearInterval(timer) };
}

/** The progress line: rewritten in place with \r on a terminal, a line every 10 s in a log. */
function progressLine(label: string, total: number) {
  const started = performance.now();
  const interactive = process.stderr.isTTY === true;
  let lastPrinted = 0;
  return (done: number, phase: string, last = false) => {
    const elapsed = performance.now() - started;
    const text = progressText(label, done, total, phase, rowsPerSecond(done, elapsed));
    if (interactive) process.stderr.write(`\r${text}\x1b[K${last ? "\n" : ""}`);
    else if (last || elapsed - lastPrinted >= 10_000) {
      lastPrinted = elapsed;
      process.stderr.write(`${text}\n`);
    }
  };
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

const PREFIXES = ["nightshift", "weekend", "rural", "academic", "community", "caffeinated", "skeptical", "pragmatic", "locum", "curious", "midcareer", "frontier"];
const ROLES = ["md", "do", "attending", "fellow", "doc"];
const FIRST = [
  "Aisha",
  "Benjamin",
  "Carmen",
  "Daniel",
  "Elena",
  "Farah",
  "Grace",
  "Hiroshi",
  "Imani",
  "Jonah",
  "Karim",
  "Leah",
  "Maya",
  "Nadia",
  "Omar",
  "Priya",
  "Rafael",
  "Sofia",
  "Tariq",
  "Zoe",
];
const LAST = [
  "Adeyemi",
  "Alvarez",
  "Brennan",
  "Chaudhry",
  "Donnelly",
  "Feldman",
  "Goldberg",
  "Hashemi",
  "Kapoor",
  "Lindqvist",
  "Nakamura",
  "Okafor",
  "Petrakis",
  "Rosenthal",
  "Sandoval",
  "Yamamoto",
];
const STATES = ["CA", "NY", "TX", "FL", "PA", "IL", "OH", "MA", "MI", "NC", "GA", "NJ", "WA", "VA", "AZ", "CO", "MN", "OR"];
const DIGESTS: readonly (readonly ["weekly" | "daily" | "off", number])[] = [
  ["weekly", 91],
  ["daily", 1],
  ["off", 8],
];

const MEMBERS_PER_CHUNK = 5_000;
const NOTIFICATIONS_PER_CHUNK = 100_000;
const VOTES_PER_CHUNK = 250_000;

async function buildMemberDataset(spec: MemberScaleSpec, base: { builtAt: string; now: number }): Promise<MemberDatasetInfo> {
  const started = performance.now();
  const memory = rssSampler();
  const now = base.now;
  const phases: Record<string, number> = {};
  let phaseStarted = performance.now();
  const endPhase = (name: string) => {
    phases[name] = (performance.now() - phaseStarted) / 1000;
    phaseStarted = performance.now();
  };

  // The base file is complete on disk (its WAL folded in) before it is copied.
  const baseDb = new Database(spec.baseFile);
  baseDb.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  baseDb.close();
  removeDatabaseFiles(spec.file);
  copyFileSync(spec.baseFile, spec.file);
  endPhase("copy");

  let done = false;
  const db = new Database(spec.file);
  try {
    // A throwaway file while it is built: durability does not matter, speed does.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY");
    const one = (query: string) => Number((db.prepare(query).get() as Record<string, unknown> | undefined)?.n ?? 0);
    const baseMembers = one("select count(*) as n from users");
    const firstId = one("select coalesce(max(id), 0) + 1 as n from users");
    const newMembers = spec.members - baseMembers;
    if (newMembers <= 0) throw new Error(`${spec.baseFile} already has ${baseMembers} members.`);
    const maxThread = one("select max(id) as n from threads");
    const maxComment = one("select max(id) as n from comments");
    const channelRows = db.prepare("select id, slug from channels order by position").all() as { id: number; slug: string }[];
    const channelId = new Map(channelRows.map((row) => [row.slug, Number(row.id)]));
    const specialties = specialtyTable().filter((entry) => channelId.has(entry.slug));
    const weighted = specialties.map((entry) => [entry.slug, entry.weight] as const);
    const specialtyChannels = specialties.map((entry) => channelId.get(entry.slug) as number);
    const takenNpis = new Set((db.prepare("select npi from users where npi is not null").all() as { npi: string }[]).map((row) => row.npi));

    const sessions = Math.round(newMembers * spec.sessionsPerMember);
    const follows = Math.round(newMembers * spec.followsPerMember);
    const total = newMembers + follows + sessions + spec.notifications + spec.votes;
    const progress = progressLine(`Building ${spec.label}`, total);
    let written = 0;
    const step = (rows: number, phase: string) => {
      written += rows;
      memory.sample();
      progress(written, phase);
    };

    // Members and their channel follows, in JS (pseudonyms, specialties), as literal multi-row
    // INSERTs of 5,000 members a transaction. Ids are given, following the base file's.
    const rng = createRng(BENCH_SEED).fork("members-115k");
    const general = channelId.get("general");
    const career = channelId.get("practice-career");
    // Own specialty + general (30%) + practice & career (25%) + extra specialty channels chosen
    // uniformly, as many as keep the average at followsPerMember.
    const extraMean = Math.max(0, spec.followsPerMember - 1 - (general ? 0.3 : 0) - (career ? 0.25 : 0));
    let followRows = 0;
    for (let from = 0; from < newMembers; from += MEMBERS_PER_CHUNK) {
      const to = Math.min(newMembers, from + MEMBERS_PER_CHUNK);
      const userValues: string[] = [];
      const followValues: string[] = [];
      for (let index = from; index < to; index++) {
        const id = firstId + index;
        const specialty = rng.pickWeighted(weighted);
        const pseudonym = `${rng.pick(PREFIXES)}_${specialty.replaceAll("-", "_")}_${rng.pick(ROLES)}_${id.toString(36)}`;
        let npi = "";
        for (let serial = index; ; serial += newMembers) {
          const first9 = `2${String(serial).padStart(8, "0")}`;
          npi = `${first9}${npiCheckDigit(first9)}`;
          if (!takenNpis.has(npi)) break;
        }
        const createdAt = now - rng.int(1, 3000) * DAY + rng.int(0, DAY - 1);
        const digest = rng.pickWeighted(DIGESTS);
        userValues.push(
          `(${id}, ${quote(pseudonym)}, ${quote(`member${id}@example.org`)}, NULL, ${quote(rng.pick(FIRST))}, ${quote(rng.pick(LAST))}, ${quote(npi)}, ${quote(specialty)}, ${quote(rng.pick(STATES))}, 'member', 'verified', ${createdAt + 3600_000}, ${createdAt}, ${quote(digest)})`,
        );
        const followed = new Set<number>([channelId.get(specialty) as number]);
        if (general && rng.chance(0.3)) followed.add(general);
        if (career && rng.chance(0.25)) followed.add(career);
        const extra = Math.floor(extraMean) + (rng.chance(extraMean - Math.floor(extraMean)) ? 1 : 0);
        const wanted = followed.size + extra;
        while (followed.size < wanted && followed.size < specialtyChannels.length) followed.add(rng.pick(specialtyChannels));
        for (const channel of followed) followValues.push(`(${id}, ${channel}, ${createdAt + rng.int(1, 30) * DAY})`);
      }
      db.exec("begin");
      db.exec(
        `insert into users (id, pseudonym, email, password_hash, first_name, last_name, npi, specialty_slug, licence_state, role, verification_status, email_confirmed_at, created_at, digest_frequency) values ${userValues.join(",")}`,
      );
      db.exec(`insert into channel_follows (user_id, channel_id, created_at) values ${followValues.join(",")}`);
      db.exec("commit");
      followRows += followValues.length;
      step(to - from + followValues.length, "members and follows");
    }
    endPhase("members and follows");
    // What the progress total assumed for follows vs what the draws gave.
    written += follows - followRows;

    // Sessions: one per member and a second for every other one (1.5). Expiry spread over the
    // next 30 days (the sliding lifetime), from an hour ago: what the hourly prune finds is the
    // last hour's, and a run a day later finds a day's worth.
    const lastId = firstId + newMembers - 1;
    // Materialized: SQLite would otherwise evaluate random() again at each use of a column.
    const sessionSql = (extraOnly: boolean, from: number, to: number) => `
      insert into sessions (id, user_id, created_at, expires_at, absolute_expires_at, device, place, sign_in_method, last_used_at)
      with drawn as materialized (select id, ${now} - 3600000 + abs(random()) % ${30 * DAY} as e, abs(random()) % ${59 * DAY} as back
                                    from users where id between ${from} and ${to}${extraOnly ? " and id % 2 = 0" : ""})
      select lower(hex(randomblob(32))), id, e - ${30 * DAY} - back, e, e - ${30 * DAY} - back + ${90 * DAY},
             case id % 3 when 0 then 'Chrome on macOS' when 1 then 'Safari on iPhone' else 'Edge on Windows' end, 'US', 'password', e - ${30 * DAY}
        from drawn`;
    for (let from = firstId; from <= lastId; from += 20_000) {
      const to = Math.min(lastId, from + 19_999);
      db.exec("begin");
      const a = db.prepare(sessionSql(false, from, to)).run().changes;
      const b = db.prepare(sessionSql(true, from, to)).run().changes;
      db.exec("commit");
      step(Number(a) + Number(b), "sessions");
    }
    endPhase("sessions");

    // Notifications to the new members over the last 180 days, 80% read: replies, mentions and
    // (the draws are a MATERIALIZED CTE here and below: SQLite would draw random() anew at each use)
    // channel mentions on real replies (their thread from the reply), and a few others.
    for (let sent = 0; sent < spec.notifications; sent += NOTIFICATIONS_PER_CHUNK) {
      const size = Math.min(NOTIFICATIONS_PER_CHUNK, spec.notifications - sent);
      db.exec("begin");
      const changes = db
        .prepare(
          `insert or ignore into notifications (user_id, kind, thread_id, comment_id, actor_id, detail, created_at, read_at)
           with recursive k(i) as (select 1 union all select i + 1 from k where i < ${size}),
           drawn as materialized (select ${firstId} + abs(random()) % ${newMembers} as user_id, abs(random()) % 100 as kind, abs(random()) % ${maxComment} + 1 as cid,
                            ${firstId} + abs(random()) % ${newMembers} as actor, ${now} - abs(random()) % ${180 * DAY} as at, abs(random()) % 100 as read from k)
           select d.user_id,
                  case when d.kind < 45 then 'reply' when d.kind < 55 then 'mention' when d.kind < 90 then 'channel_mention' when d.kind < 95 then 'case_answered' when d.kind < 98 then 'flag_outcome' else 'post_back' end,
                  c.thread_id, case when d.kind < 90 then c.id end, case when d.kind < 90 then d.actor end,
                  case when d.kind >= 95 and d.kind < 98 then 'A moderator reviewed your flag.' end,
                  d.at, case when d.read < 80 then d.at + 3600000 end
             from drawn d join comments c on c.id = d.cid`,
        )
        .run().changes;
      db.exec("commit");
      step(size, `notifications (${Number(changes).toLocaleString("en-US")} in the last chunk)`);
    }
    endPhase("notifications");

    // Votes: without the ledger trigger and the target index while they go in (the repair below
    // fills the ledger; the index is built once, sorted). Voters in ranges of ids chunk by chunk
    // (the primary key grows in order), skewed within a range: a few members vote a lot.
    const saved = db
      .prepare("select type, name, sql from sqlite_master where (type = 'trigger' and name = 'vote_ring_ledger_vote_inserted') or (type = 'index' and name = 'votes_target_idx')")
      .all() as {
      type: string;
      name: string;
      sql: string;
    }[];
    for (const item of saved) db.exec(`drop ${item.type} ${item.name}`);
    const chunks = Math.max(1, Math.ceil(spec.votes / VOTES_PER_CHUNK));
    const votersPerChunk = Math.max(1, Math.ceil(newMembers / chunks));
    for (let chunk = 0, cast = 0; cast < spec.votes; chunk++, cast += VOTES_PER_CHUNK) {
      const size = Math.min(VOTES_PER_CHUNK, spec.votes - cast);
      const from = firstId + ((chunk * votersPerChunk) % newMembers);
      const range = Math.min(votersPerChunk, firstId + newMembers - from);
      db.exec("begin");
      db.prepare(
        `insert or ignore into votes (voter_id, target_type, target_id, value, created_at)
         with recursive k(i) as (select 1 union all select i + 1 from k where i < ${size}),
         drawn as materialized (select abs(random()) % ${range} as a, abs(random()) % ${range} as b, abs(random()) % 4 as kind, abs(random()) as r,
                          abs(random()) % 100 as up, ${now} - abs(random()) % ${365 * DAY} as at from k)
         select ${from} + (a * b) / ${range}, case when kind = 0 then 'thread' else 'comment' end,
                case when kind = 0 then r % ${maxThread} + 1 else r % ${maxComment} + 1 end, case when up < 85 then 1 else -1 end, at
           from drawn where true`,
      ).run();
      db.exec("commit");
      step(size, "votes");
    }
    endPhase("votes");
    progress(written, "indexing votes");
    for (const item of saved) db.exec(item.sql);
    endPhase("votes index and trigger");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    progress(written, "done", true);
  } catch (error) {
    db.close();
    removeDatabaseFiles(spec.file);
    memory.stop();
    throw error;
  }
  db.close();

  const { db: drizzleDb, client } = createDb(`file:${spec.file}`);
  try {
    // The ring counts of the window ending at the data set's clock, by the repair function.
    process.stderr.write(`Rebuilding the vote-ring counts of ${spec.label} (npm run rings:rebuild's function) … `);
    const { rows } = await rebuildVoteRingCounts(drizzleDb, now, voteRingDefaults.windowMs);
    process.stderr.write(`${rows.toLocaleString("en-US")} ledger rows\n`);
    endPhase("vote-ring rebuild");
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    memory.sample();
    const count = async (query: string) => Number((await client.execute(query)).rows[0]?.n ?? 0);
    const [largest] = (
      await client.execute("select c.slug as slug, count(*) as n from channel_follows f join channels c on c.id = f.channel_id group by f.channel_id order by n desc limit 1")
    ).rows;
    const counts: MemberCounts = {
      members: await count("select count(*) as n from users"),
      sessions: await count("select count(*) as n from sessions"),
      follows: await count("select count(*) as n from channel_follows"),
      largestChannel: { slug: String(largest?.slug ?? ""), followers: Number(largest?.n ?? 0) },
      notifications: await count("select count(*) as n from notifications"),
      votes: await count("select count(*) as n from votes"),
      ringLedger: await count("select count(*) as n from vote_ring_ledger"),
      ringPairs: await count("select count(*) as n from vote_ring_pairs"),
    };
    if (counts.members !== spec.members) throw new Error(`${spec.label}: built ${counts.members} members, expected ${spec.members}.`);
    const importSeconds = (performance.now() - started) / 1000;
    memory.stop();
    const builtAt = new Date().toISOString();
    const sidecar: MemberSidecar = {
      version: MEMBER_BUILDER_VERSION,
      seed: BENCH_SEED,
      members: spec.members,
      sessionsPerMember: spec.sessionsPerMember,
      followsPerMember: spec.followsPerMember,
      notifications: spec.notifications,
      votes: spec.votes,
      scale: spec.scale,
      baseBuiltAt: base.builtAt,
      now,
      importSeconds,
      peakRssMb: memory.peakMb(),
      builtAt,
      counts,
      phases,
    };
    writeFileSync(sidecarPath(spec.file), `${JSON.stringify(sidecar, null, 2)}\n`);
    done = true;
    return { spec, importSeconds, builtInSeconds: importSeconds, builtAt, peakRssMb: sidecar.peakRssMb, fileBytes: fileBytes(spec.file), now, counts, phases };
  } finally {
    client.close();
    memory.stop();
    if (!done) removeDatabaseFiles(spec.file);
  }
}
