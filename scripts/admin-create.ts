// npm run admin:create -- --email you@example.org [--pseudonym name] [--specialty slug]
// Makes (or promotes) an administrator on DATABASE_URL (or the local file). The password comes
// from ROUNDS_ADMIN_PASSWORD; without it a new account gets a generated one, printed once.
import { parseArgs } from "node:util";
import { createOrPromoteAdmin } from "../src/server/auth/admin-accounts";
import { generateSecretToken } from "../src/server/auth/tokens";
import { createDb } from "../src/server/db/client";
import { isDomainError } from "../src/server/errors";
import { describeDatabaseUrl, scriptDatabaseUrl } from "./lib/local-config";

const { values } = parseArgs({
  options: { email: { type: "string" }, pseudonym: { type: "string" }, specialty: { type: "string" } },
});
if (!values.email) {
  console.error("Usage: npm run admin:create -- --email you@example.org [--pseudonym name] [--specialty slug]");
  process.exit(2);
}
const pseudonym =
  values.pseudonym ??
  values.email
    .split("@")[0]!
    .replace(/[^A-Za-z0-9_]/g, "_")
    .slice(0, 30);
const givenPassword = process.env.ROUNDS_ADMIN_PASSWORD || undefined;
const { url, authToken } = scriptDatabaseUrl();
const { db, client } = createDb(url, authToken);
const run = (password: string | undefined) => createOrPromoteAdmin(db, { email: values.email!, pseudonym, specialty: values.specialty, password }, Date.now());
try {
  let generated: string | undefined;
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run(givenPassword);
  } catch (error) {
    // A new account needs a password: make a strong one when none was given.
    if (givenPassword || !isDomainError(error) || !error.fields?.password) throw error;
    generated = generateSecretToken().slice(0, 24);
    result = await run(generated);
  }
  console.log(`${result.created ? "Created" : "Promoted"} the administrator on ${describeDatabaseUrl(url)}.`);
  if (generated) console.log(`Generated password (shown once, change it on /account): ${generated}`);
} catch (error) {
  const fields = isDomainError(error) ? Object.entries(error.fields ?? {}).map(([field, problem]) => `${field}: ${problem}`) : [];
  const detail = fields.length ? fields.join("; ") : error instanceof Error ? error.message : String(error);
  console.error(`Could not create the administrator: ${detail}`);
  process.exitCode = 1;
} finally {
  client.close();
}
