import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { HranaHttpClient, pipelineUrl } from "./hrana-http-client";
import { fetchWithDeadline } from "./transient-errors";

/**
 * Drizzle over libSQL without a relational schema: Rounds never uses `db.query.*`, and building
 * the relational config from the schema (every table, column and relation) on each request's
 * `drizzle(client, { schema })` was measurable Worker CPU (issue 15's profile: 5–7% of a page
 * together with the client). The query builder needs only the table objects it is given.
 */
export type Database = LibSQLDatabase & {
  /** The client the instance runs on (on a page: the gated one); read shapes batch through it. */
  $client: Client;
};

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
  if (url.startsWith("file:")) {
    const client = createClient({ url, authToken });
    return { db: drizzleOver(client), client };
  }
  // Over HTTP each database request has a deadline, so an overloaded database answers 503
  // (transient-errors.ts) instead of holding the member's request open. http(s) and plain
  // libsql:// URLs get the lean Hrana client (hrana-http-client.ts); anything else (ws:, URL
  // options) the full one.
  const client = pipelineUrl(url) ? new HranaHttpClient({ url, authToken, fetch: fetchWithDeadline }) : createClient({ url, authToken, fetch: fetchWithDeadline });
  return { db: drizzleOver(client), client };
}

export function drizzleOver(client: Client): Database {
  return drizzle(client);
}

const handles = new Map<string, DatabaseHandle>();

/**
 * A client for one request over HTTP (the local libSQL server, Turso), and one shared client per
 * `file:` URL (astro dev in Node keeps one connection).
 *
 * Why not share the HTTP client across requests of an isolate: @libsql/client queues queries
 * (20 in flight) and starts the next queued query from inside the request whose query just
 * finished. Once that request has answered, workerd cancels the I/O it started, so another
 * request's query hangs for ever and keeps its slot; after 20 of those every database call of
 * the isolate waits for ever. The load test (tests/e2e/load.test.ts) found this at 30
 * concurrent members. A web client opens no connection when created, so one per request is cheap.
 */
export function getDb(url: string, authToken?: string): DatabaseHandle {
  if (!url.startsWith("file:")) return createDb(url, authToken);
  const key = `${url}\u0000${authToken ?? ""}`;
  let handle = handles.get(key);
  if (!handle) {
    handle = createDb(url, authToken);
    handles.set(key, handle);
  }
  return handle;
}
