// npm run job:rings — the daily vote-ring scan, once, on DATABASE_URL (or the local file): the
// same function the Worker's Cron Trigger runs. Prints counts and report ids, never names.
import { runJobScript } from "./lib/run-job-script";

await runJobScript("vote-rings");
