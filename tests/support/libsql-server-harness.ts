import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, type Config, createClient } from "@libsql/client/web";
import { type LibsqlServer, type LibsqlServerOptions, startLibsqlServer } from "../../scripts/libsql-server/index";
import { type Database, drizzleOver } from "../../src/server/db/client";
import { migrateDatabase } from "../../src/server/db/migrate";

/** A libSQL server on its own temporary database file, with clients that close with it. */
export interface TestLibsqlServer {
  url: string;
  dir: string;
  file: string;
  server: LibsqlServer;
  client(config?: Partial<Config>): Client;
  /** POSTs a raw Hrana pipeline body and returns status and parsed JSON (or text). */
  pipeline(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

export async function startTestLibsqlServer(options: Omit<LibsqlServerOptions, "file"> = {}): Promise<TestLibsqlServer> {
  const dir = mkdtempSync(join(tmpdir(), "rounds-libsql-server-"));
  const file = join(dir, "test.db");
  const server = await startLibsqlServer({ file, port: 0, ...options });
  const clients: Client[] = [];
  return {
    url: server.url,
    dir,
    file,
    server,
    client(config = {}) {
      const client = createClient({ url: server.url, authToken: options.authToken, ...config });
      clients.push(client);
      return client;
    },
    async pipeline(body, headers = {}) {
      const response = await fetch(`${server.url}/v2/pipeline`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        // not JSON: the test sees the text
      }
      return { status: response.status, json };
    },
    async close() {
      for (const client of clients) client.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `test` against a fresh, migrated database behind the local libSQL HTTP server — the way
 * production reaches Turso — and stops the server afterwards, pass or fail.
 */
export async function withMigratedLibsqlServer(test: (db: Database, server: TestLibsqlServer) => Promise<void>): Promise<void> {
  const server = await startTestLibsqlServer();
  try {
    const db = drizzleOver(server.client());
    await migrateDatabase(db);
    await test(db, server);
  } finally {
    await server.close();
  }
}
