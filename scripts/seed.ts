// npm run db:seed — writes the deterministic demo community into DATABASE_URL (or the local
// file), unless it is already there. Run `npm run db:migrate` first (npm start does both).
import { createDb } from "../src/server/db/client";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";
import { progressBar } from "./lib/progress-bar";
import { demoLoginLines } from "./seed/login-lines";
import { DEMO_PASSWORD, seedDemoCommunity, type SeedResult } from "./seed/seed-demo";

export function printDemoLogins(result: SeedResult): void {
  console.log("Demo logins (password for all: %s):", DEMO_PASSWORD);
  for (const line of demoLoginLines(result.logins)) console.log(line);
}

async function main() {
  const { url, authToken } = scriptDatabaseUrl();
  const { db, client } = createDb(url, authToken);
  try {
    const started = performance.now();
    const result = await seedDemoCommunity(db, { now: Date.now(), onProgress: progressBar("Seeding threads") });
    if (result.status === "already-seeded") {
      console.log(`${describeDatabaseUrl(url)} already holds the demo community; nothing changed.`);
    } else {
      const { physicians, threads, replies, votes } = result.counts;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Seeded ${physicians} physicians, ${threads} threads, ${replies} replies, ${votes} votes in ${seconds} s.`);
      const features = result.features;
      if (features) {
        console.log(
          `  with ${features.cases} structured cases (${features.solvedCases} solved, ${features.anonymousCases} anonymous), ${features.polls} polls (${features.closedPolls} closed, ${features.pollVotes} ballots), ${features.flags} open flags, ${features.unreadThreads} threads with unread replies for the demo member.`,
        );
      }
    }
    printDemoLogins(result);
  } finally {
    client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
