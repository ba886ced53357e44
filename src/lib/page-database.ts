import { getDb, type Database } from "../server/db/client";
import { parseServerEnv } from "../server/env";

/** The database for a page request, from the Worker's bindings. */
export function pageDatabase(locals: App.Locals): Database {
  const env = parseServerEnv(locals.runtime.env);
  return getDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN).db;
}
