// npm run job:prune — the hourly clean-up, once, on DATABASE_URL (or the local file): the same
// function the Worker's Cron Trigger runs. Prints how many rows of each kind it deleted.
import { runJobScript } from "./lib/run-job-script";

await runJobScript("prune");
