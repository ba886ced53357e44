// The lean Hrana client (src/server/db/hrana-http-client.ts) against @libsql/client/web, both
// over http to the local libSQL server: the same statements must give the same results, rows,
// values and errors, since pages and handlers cannot tell which one they were given.
import { createClient, LibsqlBatchError, LibsqlError, type Client, type InStatement, type ResultSet } from "@libsql/client/web";
import { afterEach, describe, expect, it } from "vitest";
import { HranaHttpClient, pipelineUrl, rowValues } from "../../src/server/db/hrana-http-client";
import { createDb } from "../../src/server/db/client";
import { busyError } from "../../src/server/db/transient-errors";
import { type TestLibsqlServer, startTestLibsqlServer } from "../support/libsql-server-harness";

let servers: TestLibsqlServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function clients(): Promise<{ lean: Client; reference: Client; server: TestLibsqlServer }> {
  const server = await startTestLibsqlServer();
  servers.push(server);
  const reference = createClient({ url: server.url });
  await reference.batch([
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, score REAL, data BLOB, flag INTEGER)",
    { sql: "INSERT INTO notes (title, score, data, flag) VALUES (?, ?, ?, ?)", args: ["first", 1.5, new Uint8Array([1, 2, 250]), true] },
    { sql: "INSERT INTO notes (title, score, data, flag) VALUES (?, ?, ?, ?)", args: ["second — ünïcode", null, null, false] },
  ]);
  return { lean: new HranaHttpClient({ url: server.url }), reference, server };
}

/** What a caller can observe of a result set: fields, rows by index and by name, enumerable keys, JSON. */
function observed(result: ResultSet) {
  return {
    columns: result.columns,
    columnTypes: result.columnTypes,
    rowsAffected: result.rowsAffected,
    lastInsertRowid: result.lastInsertRowid,
    byIndex: result.rows.map((row) => Array.prototype.slice.call(row)),
    byName: result.rows.map((row) => ({ ...row })),
    keys: result.rows.map((row) => Object.keys(row)),
    lengths: result.rows.map((row) => row.length),
    json: JSON.parse(JSON.stringify(result)) as unknown,
  };
}

async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await run();
    return { value: Array.isArray(value) ? value.map((result: ResultSet) => observed(result)) : observed(value as ResultSet) };
  } catch (error) {
    const e = error as LibsqlError & { statementIndex?: number };
    return {
      error: {
        class: error instanceof LibsqlBatchError ? "batch" : error instanceof LibsqlError ? "libsql" : "other",
        message: e.message,
        code: e.code,
        statementIndex: e.statementIndex,
      },
    };
  }
}

const statements: Record<string, InStatement | string> = {
  "every value type": "SELECT id, title, score, data, flag, NULL AS nothing, 2.0 AS two FROM notes ORDER BY id",
  "duplicate and numeric column names": 'SELECT id, id, title AS id, 1 AS "0", 2 AS length FROM notes ORDER BY id',
  "positional arguments of every kind": { sql: "SELECT ? AS a, ? AS b, ? AS c, ? AS d, ? AS e, typeof(?) AS f", args: [42, 1.25, "x", null, 7n, 3] },
  "named arguments": { sql: "SELECT :a AS a, $b AS b", args: { a: "one", $b: 2 } },
  "an insert's rowid and count": { sql: "INSERT INTO notes (title) VALUES (?)", args: ["third"] },
  "an empty result": "SELECT id FROM notes WHERE id < 0",
  "a failing statement": "SELECT * FROM missing_table",
  "a constraint": { sql: "INSERT INTO notes (title) VALUES (?)", args: ["first"] },
};

describe("lean Hrana client: execute", () => {
  for (const [name, stmt] of Object.entries(statements)) {
    it(`matches @libsql/client: ${name}`, async () => {
      const { lean, reference, server } = await clients();
      const expected = await outcome(() => reference.execute(stmt));
      // Undo an insert so both clients see the same database.
      await reference.execute("DELETE FROM notes WHERE title = 'third'");
      expect(await outcome(() => lean.execute(stmt))).toEqual(expected);
      expect(server.url).toBeTruthy();
    });
  }

  it("takes a bare SQL string with arguments", async () => {
    const { lean, reference } = await clients();
    expect(observed(await lean.execute("SELECT ? AS v", [5]))).toEqual(observed(await reference.execute("SELECT ? AS v", [5])));
  });
});

describe("lean Hrana client: batch", () => {
  const batches: Record<string, InStatement[]> = {
    reads: [statements["every value type"] as InStatement, { sql: "SELECT count(*) AS n FROM notes WHERE flag = ?", args: [true] }],
    "writes then a read": [
      { sql: "INSERT INTO notes (title) VALUES (?)", args: ["fourth"] },
      { sql: "UPDATE notes SET score = ? WHERE title = ?", args: [9, "fourth"] },
      "SELECT title, score FROM notes ORDER BY id",
    ],
    "a failure in the middle rolls back": [
      { sql: "INSERT INTO notes (title) VALUES (?)", args: ["fifth"] },
      { sql: "INSERT INTO notes (title) VALUES (?)", args: ["first"] },
      "SELECT count(*) FROM notes",
    ],
  };
  for (const [name, stmts] of Object.entries(batches)) {
    it(`matches @libsql/client: ${name}`, async () => {
      const { lean, reference } = await clients();
      const expected = await outcome(() => reference.batch(stmts));
      const after = await reference.execute("SELECT title FROM notes ORDER BY id");
      await reference.execute("DELETE FROM notes WHERE title IN ('fourth', 'fifth')");
      expect(await outcome(() => lean.batch(stmts))).toEqual(expected);
      expect(observed(await reference.execute("SELECT title FROM notes ORDER BY id"))).toEqual(observed(after));
    });
  }

  it("gives each row's values by position (rowValues) as the rows give them, before and after the rows are built", async () => {
    const { lean, reference } = await clients();
    const stmt = "SELECT id, title, score, data, flag, NULL AS missing, 2.0 AS two FROM notes ORDER BY id";
    const [fresh] = await lean.batch([stmt]);
    const [expected] = await reference.batch([stmt]);
    const byIndex = (rows: ArrayLike<ArrayLike<unknown>>) => Array.from(rows, (row) => Array.from(row));
    const wanted = byIndex((expected as ResultSet).rows);
    expect(wanted.length).toBeGreaterThan(0);
    expect(byIndex(rowValues(fresh as ResultSet))).toEqual(wanted);
    expect(observed(fresh as ResultSet)).toEqual(observed(expected as ResultSet));
    expect(byIndex(rowValues(fresh as ResultSet))).toEqual(wanted);
    // Another client's result: its rows.
    expect(byIndex(rowValues(expected as ResultSet))).toEqual(wanted);
  });

  it("runs read and write modes", async () => {
    const { lean } = await clients();
    const [read] = await lean.batch(["SELECT count(*) AS n FROM notes"], "read");
    expect(read?.rows[0]?.n).toBe(2);
    const [written] = await lean.batch([{ sql: "DELETE FROM notes WHERE title = ?", args: ["first"] }], "write");
    expect(written?.rowsAffected).toBe(1);
  });
});

describe("lean Hrana client: errors and wiring", () => {
  it("reports an unreachable database the way busyError recognises (503, not 500)", async () => {
    const lean = new HranaHttpClient({ url: "http://127.0.0.1:9" });
    const error = await lean.execute("SELECT 1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LibsqlError);
    expect(busyError(error)).toMatchObject({ code: "UNAVAILABLE" });
  });

  it("reports an HTTP 5xx from the database as SERVER_ERROR", async () => {
    const lean = new HranaHttpClient({ url: "http://127.0.0.1:1", fetch: async () => new Response("overloaded", { status: 503, headers: { "content-type": "text/plain" } }) });
    const error = (await lean.execute("SELECT 1").catch((caught: unknown) => caught)) as LibsqlError;
    expect(error.code).toBe("SERVER_ERROR");
    expect(error.message).toBe("SERVER_ERROR: Server returned HTTP status 503: overloaded");
    expect(busyError(error)).toMatchObject({ code: "UNAVAILABLE" });
  });

  it("sends the bearer token", async () => {
    const server = await startTestLibsqlServer({ authToken: "secret-token" });
    servers.push(server);
    const lean = new HranaHttpClient({ url: server.url, authToken: "secret-token" });
    expect((await lean.execute("SELECT 1 AS one")).rows[0]?.one).toBe(1);
    const refused = await new HranaHttpClient({ url: server.url }).execute("SELECT 1").catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(LibsqlError);
  });

  it("is what createDb gives for http and plain libsql URLs, and runs drizzle's batch", async () => {
    const { server } = await clients();
    const { db, client } = createDb(server.url);
    expect(client).toBeInstanceOf(HranaHttpClient);
    const [rows] = await db.batch([db.run("SELECT 1"), db.all<{ title: string }>("SELECT title FROM notes ORDER BY id")] as const);
    expect(rows).toBeDefined();
    expect(await db.all("SELECT id, title FROM notes ORDER BY id")).toEqual([
      { id: 1, title: "first" },
      { id: 2, title: "second — ünïcode" },
    ]);
    expect(pipelineUrl("libsql://db-name.turso.io")).toBe("https://db-name.turso.io/v2/pipeline");
    expect(pipelineUrl("libsql://127.0.0.1:8080?tls=0")).toBe("http://127.0.0.1:8080/v2/pipeline");
    expect(pipelineUrl("ws://127.0.0.1:8080")).toBeNull();
  });
});
