import { createDb } from "../../src/server/db/client";
import { digestSettingsFrom } from "../../src/server/digest/settings";
import { describeJob, runJob } from "../../src/server/jobs/run-job";
import type { JobName } from "../../src/server/jobs/schedule";
import { describeDatabaseUrl, scriptDatabaseUrl, scriptJobEnv } from "./local-config";

/** Runs one scheduled job now against the scripts' database and prints its one-line summary. */
export async function runJobScript(job: JobName): Promise<void> {
  const { url, authToken } = scriptDatabaseUrl();
  const { db, client } = createDb(url, authToken);
  try {
    const settings = { digest: () => digestSettingsFrom(scriptJobEnv(url, authToken)) };
    console.log(`${describeDatabaseUrl(url)} ${describeJob(await runJob(db, job, Date.now(), settings))}`);
  } catch (error) {
    console.error(`The ${job} job failed on ${describeDatabaseUrl(url)}: ${reasonOf(error)}`);
    process.exitCode = 1;
  } finally {
    client.close();
  }
}

/** The database's own words (drizzle wraps them in "Failed query: …" with the cause below). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}
