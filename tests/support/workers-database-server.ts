// Node child of the workers test set-up: a migrated temporary database with a little forum and a
// signed-in verified member, served by the local libSQL server. Prints
// {"url","threadPath","sessionCookie"} once ready; stops on SIGTERM.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLibsqlServer } from "../../scripts/libsql-server/index";
import { PLAIN_SESSION_COOKIE } from "../../src/lib/session-cookie";
import { createSession } from "../../src/server/auth/sessions";
import { createDb } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";
import { slugify } from "../../src/server/forum/slug";
import { createPhysician, createThread } from "../fixtures/factories";

const dir = mkdtempSync(join(tmpdir(), "rounds-workers-"));
const file = join(dir, "workers.db");
const { db, client } = createDb(`file:${file}`);
await migrateDatabase(db);
const authorId = await createPhysician(db, { pseudonym: "workerd_tester", specialtySlug: "cardiology" });
const title = "Apixaban dosing at an eGFR of 25";
const { threadId } = await createThread(db, { authorId, channelSlug: "cardiology", title, replyCount: 5 });
const session = await createSession(db, authorId, Date.now());
client.close();

const server = await startLibsqlServer({ file, port: 0 });
console.log(JSON.stringify({ url: server.url, threadPath: `/t/${threadId}/${slugify(title)}`, sessionCookie: `${PLAIN_SESSION_COOKIE}=${session.token}` }));

const stop = async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
