// Runs the local libSQL server (scripts/libsql-server/) on a database file.
//
//   tsx scripts/libsql-server.ts --file .data/rounds.db --port 8080 [--token X]
//
// Flags win over the environment: LIBSQL_FILE (then ROUNDS_DB_FILE), LIBSQL_PORT,
// LIBSQL_AUTH_TOKEN. Prefer the variable for the token: flags are visible in `ps`.
// Prints exactly one line on stdout when ready, `libsql server listening on http://127.0.0.1:PORT`,
// which other processes wait for; nothing else is logged.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startLibsqlServer } from "./libsql-server/index";

const USAGE = "usage: tsx scripts/libsql-server.ts [--file PATH] [--port N] [--token TOKEN]";

function fail(message: string): never {
  process.stderr.write(`libsql-server: ${message}\n${USAGE}\n`);
  process.exit(1);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`the port must be 0-65535, not "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  let values: { file?: string; port?: string; token?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        file: { type: "string" },
        port: { type: "string" },
        token: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const env = process.env;
  const file = resolve(values.file || env.LIBSQL_FILE || env.ROUNDS_DB_FILE || ".data/rounds.db");
  const port = parsePort(values.port ?? (env.LIBSQL_PORT || "8080"));
  const authToken = values.token || env.LIBSQL_AUTH_TOKEN || undefined;

  mkdirSync(dirname(file), { recursive: true });
  const server = await startLibsqlServer({ file, port, authToken });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  process.stdout.write(`libsql server listening on ${server.url}\n`);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
