import { createDb } from "../../src/server/db/client";
import { digestSettingsFrom } from "../../src/server/digest/settings";
import { describeJob, runJob } from "../../src/server/jobs/run-job";
import { evidenceSourcesFrom } from "../../src/lib/evidence-after-posting";
import type { JobName } from "../../src/server/jobs/schedule";
import { describeDatabaseFailure } from "./database-failure";
import { describeDatabaseUrl, scriptDatabaseUrl, scriptJobEnv } from "./local-config";

/** Runs one scheduled job now against the scripts' database and prints its one-line summary. */
export async function runJobScript(job: JobName): Promise<void> {
  const { url, authToken } = scriptDatabaseUrl();
  const { db, client } = createDb(url, authToken);
  try {
    const settings = { digest: () => digestSettingsFrom(scriptJobEnv(url, authToken)), evidence: () => evidenceSourcesFrom(scriptJobEnv(url, authToken)) };
    console.log(`${describeDatabaseUrl(url)} ${describeJob(await runJob(db, job, Date.now(), settings))}`);
  } catch (error) {
    console.error(`The ${job} job failed on ${describeDatabaseUrl(url)}: ${describeDatabaseFailure(error, authToken !== undefined)}`);
    process.exitCode = 1;
  } finally {
    client.close();
  }
}
