// npm run job:reply-mail — sends the bundled reply mail owed now, once, on DATABASE_URL (or the
// local file): the same function the Worker's 10-minute Cron Trigger runs (ADR 0032). Mail goes
// through MAIL_TRANSPORT (the outbox unless set). Prints counts only.
import { runJobScript } from "./lib/run-job-script";

await runJobScript("reply-mail");
