import type { Context } from "hono";
import { getDb, type Database } from "../../src/server/db/client";
import { parseServerEnv } from "../../src/server/env";

/** Worker bindings and vars as Hono sees them; validated by parseServerEnv before use. */
export type ApiBindings = Record<string, unknown>;
export type ApiEnv = { Bindings: ApiBindings };

export function databaseFor(c: Context<ApiEnv>): Database {
  const env = parseServerEnv(c.env);
  return getDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN).db;
}
