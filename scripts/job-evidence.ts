// npm run job:evidence — the daily evidence re-check, once, on DATABASE_URL (or the local file):
// the same function the Worker's Cron Trigger runs. Sources from NCBI_EUTILS_BASE_URL,
// CROSSREF_BASE_URL and CLINICALTRIALS_BASE_URL (the real services by default). Prints counts only.
import { runJobScript } from "./lib/run-job-script";

await runJobScript("evidence");
