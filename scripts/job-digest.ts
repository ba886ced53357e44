// npm run job:digest — sends the email digests owed now, once, on DATABASE_URL (or the local
// file): the same function the Worker's Cron Trigger runs. Mail goes through MAIL_TRANSPORT
// (the outbox unless set). Prints counts only, never addresses, names or titles. Against a
// database that is not on this machine it needs SITE_URL and SIGNING_SECRET set.
import { runJobScript } from "./lib/run-job-script";

await runJobScript("digest");
