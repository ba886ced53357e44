import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema>;

export interface DatabaseHandle {
  db: Database;
  client: Client;
}

/**
 * Opens a database from a URL: `file:` in Node, `http://127.0.0.1:PORT` for the local libSQL
 * server, `libsql://NAME.turso.io` for Turso. The bare `@libsql/client` import resolves to the
 * web client inside workerd and the native client in Node.
 */
export function createDb(url: string, authToken?: string): DatabaseHandle {
  const client = createClient({ url, authToken });
  return { db: drizzleOver(client), client };
}

export function drizzleOver(client: Client): Database {
  return drizzle(client, { schema });
}

const handles = new Map<string, DatabaseHandle>();

/**
 * One client per URL per isolate. The client holds no request state (each batch is its own
 * HTTP request), so reusing it only saves set-up work; nothing here must survive an isolate.
 */
export function getDb(url: string, authToken?: string): DatabaseHandle {
  const key = `${url}\u0000${authToken ?? ""}`;
  let handle = handles.get(key);
  if (!handle) {
    handle = createDb(url, authToken);
    handles.set(key, handle);
  }
  return handle;
}
