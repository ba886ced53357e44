// npm run rings:rebuild — repair for the vote-ring job's rolling counts (ADR 0031): rebuilds the
// ledger and the (voter, author, channel) counts from the votes of the window ending now, on
// DATABASE_URL (or the local file), in one transaction. For a changed window or a suspected
// drift; heavy (it reads every vote of the window), so run it at a quiet hour. Prints counts only.
import { createDb } from "../src/server/db/client";
import { rebuildVoteRingCounts } from "../src/server/moderation/vote-ring-increment";
import { voteRingDefaults } from "../src/server/moderation/vote-rings";
import { describeDatabaseFailure } from "./lib/database-failure";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";

const { url, authToken } = scriptDatabaseUrl();
const { db, client } = createDb(url, authToken);
try {
  const started = Date.now();
  const { rows } = await rebuildVoteRingCounts(db, Date.now(), voteRingDefaults.windowMs);
  console.log(`${describeDatabaseUrl(url)} vote-ring counts rebuilt: ${rows} upvotes in the window, in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`Rebuilding the vote-ring counts failed on ${describeDatabaseUrl(url)}: ${describeDatabaseFailure(error, authToken !== undefined)}`);
  process.exitCode = 1;
} finally {
  client.close();
}
