// The local libSQL server (scripts/libsql-server/) driven the way Workers drive Turso: with
// @libsql/client/web over http, plus raw Hrana bodies where the client cannot go.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { LibsqlError } from "@libsql/client/web";
import { afterEach, describe, expect, it } from "vitest";
import { type TestLibsqlServer, startTestLibsqlServer } from "../support/libsql-server-harness";

const projectRoot = join(import.meta.dirname, "../..");

let servers: TestLibsqlServer[] = [];

async function start(options: Parameters<typeof startTestLibsqlServer>[0] = {}): Promise<TestLibsqlServer> {
  const server = await startTestLibsqlServer(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

// Raw Hrana JSON pieces for the tests that speak the protocol directly.
const int = (n: number | bigint) => ({ type: "integer", value: String(n) });
const text = (value: string) => ({ type: "text", value });
const execute = (sql: string, args: unknown[] = []) => ({ type: "execute", stmt: { sql, args, want_rows: true } });

interface RawResult {
  type: "ok" | "error";
  response?: { type: string; result?: { rows?: unknown[][]; affected_row_count?: number } };
  error?: { message: string; code: string };
}
interface RawPipeline {
  baton: string | null;
  base_url: string | null;
  results: RawResult[];
}

describe("libSQL server: statements", () => {
  it("executes with positional arguments and returns columns, decltypes, rows and the last rowid", async () => {
    const server = await start();
    const db = server.client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, score REAL)");
    const inserted = await db.execute({ sql: "INSERT INTO notes (title, score) VALUES (?, ?)", args: ["first", 1.5] });
    expect(inserted.rowsAffected).toBe(1);
    expect(inserted.lastInsertRowid).toBe(1n);

    const read = await db.execute({ sql: "SELECT id, title, score FROM notes WHERE id = ?", args: [1] });
    expect(read.columns).toEqual(["id", "title", "score"]);
    expect(read.columnTypes).toEqual(["INTEGER", "TEXT", "REAL"]);
    expect(read.rows.map((row) => ({ ...row }))).toEqual([{ id: 1, title: "first", score: 1.5 }]);
  });

  it("binds named arguments given with or without their prefix", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT)");
    await db.execute({ sql: "INSERT INTO notes (title, body) VALUES (:title, $body)", args: { title: "a", $body: "b" } });
    const read = await db.execute({
      sql: "SELECT title, body FROM notes WHERE title = @title OR title = @title",
      args: { "@title": "a" },
    });
    expect(read.rows.map((row) => [row.title, row.body])).toEqual([["a", "b"]]);
  });

  it("reports rows changed by INSERT ... RETURNING and none for a SELECT after it", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const inserted = await db.execute("INSERT INTO notes (title) VALUES ('a'), ('b') RETURNING id");
    expect(inserted.rowsAffected).toBe(2);
    expect(inserted.rows.map((row) => row.id)).toEqual([1, 2]);
    expect((await db.execute("SELECT * FROM notes")).rowsAffected).toBe(0);
  });

  it("treats semicolons, question marks and colons inside quotes and comments as text", async () => {
    const db = (await start()).client();
    const read = await db.execute({
      sql: "SELECT ? AS a, 'x;?:y' AS b /* ; ? */, 'c' AS \"d;?\" -- ; :z\n",
      args: ["one"],
    });
    expect(read.rows.map((row) => [row.a, row.b])).toEqual([["one", "x;?:y"]]);
  });

  it("refuses an execute holding two statements, without running either", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER)");
    await expect(db.execute("INSERT INTO notes VALUES (1); INSERT INTO notes VALUES (2)")).rejects.toMatchObject({
      code: "SQL_MANY_STATEMENTS",
    });
    expect((await db.execute("SELECT count(*) AS n FROM notes")).rows[0]?.n).toBe(0);
  });

  it("refuses arguments that do not match the parameters", async () => {
    const db = (await start()).client();
    await expect(db.execute({ sql: "SELECT ?, ?", args: [1] })).rejects.toMatchObject({ code: "ARGS_INVALID" });
    await expect(db.execute({ sql: "SELECT ?", args: [1, 2] })).rejects.toMatchObject({ code: "ARGS_INVALID" });
    await expect(db.execute({ sql: "SELECT :a", args: { b: 1 } })).rejects.toMatchObject({ code: "ARGS_INVALID" });
  });

  it("runs a CREATE TRIGGER whose body holds semicolons and CASE ... END as one statement", async () => {
    const db = (await start()).client();
    await db.executeMultiple(`
      CREATE TABLE notes (id INTEGER PRIMARY KEY, score INTEGER);
      CREATE TABLE log (kind TEXT);
    `);
    await db.execute(`
      CREATE TRIGGER notes_log AFTER INSERT ON notes BEGIN
        INSERT INTO log VALUES (CASE WHEN new.score > 0 THEN 'up' ELSE 'down' END);
        INSERT INTO log VALUES ('seen');
      END`);
    await db.execute("INSERT INTO notes (score) VALUES (1)");
    expect((await db.execute("SELECT kind FROM log ORDER BY rowid")).rows.map((row) => row.kind)).toEqual(["up", "seen"]);
  });

  it("maps SQLite errors to their primary code", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    await db.execute("INSERT INTO notes VALUES (1)");
    const error = await db.execute("INSERT INTO notes VALUES (1)").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibsqlError);
    expect(error).toMatchObject({ code: "SQLITE_CONSTRAINT" });
    expect(String((error as Error).message)).toContain("UNIQUE constraint failed: notes.id");
  });
});

describe("libSQL server: values", () => {
  it("round-trips blobs given as Uint8Array or ArrayBuffer", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE files (id INTEGER PRIMARY KEY, data BLOB)");
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await db.execute({ sql: "INSERT INTO files (data) VALUES (?)", args: [bytes] });
    await db.execute({ sql: "INSERT INTO files (data) VALUES (?)", args: [new Uint8Array([9, 8]).buffer] });
    const read = await db.execute("SELECT data, typeof(data) AS t FROM files ORDER BY id");
    expect(read.rows.map((row) => row.t)).toEqual(["blob", "blob"]);
    expect(read.rows.map((row) => [...new Uint8Array(row.data as ArrayBuffer)])).toEqual([
      [0, 1, 2, 250, 255],
      [9, 8],
    ]);
  });

  it("keeps integers above 2^53 exact with intMode bigint", async () => {
    const db = (await start()).client({ intMode: "bigint" });
    const big = 2n ** 53n + 7n;
    const min = -(2n ** 63n);
    await db.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, value INTEGER)");
    await db.execute({ sql: "INSERT INTO counters (id, value) VALUES (?, ?)", args: [big, min] });
    const read = await db.execute("SELECT id, value, typeof(value) AS t, value + 0.5 AS f FROM counters");
    expect(read.rows[0]?.id).toBe(big);
    expect(read.rows[0]?.value).toBe(min);
    expect(read.rows[0]?.t).toBe("integer");
    expect(typeof read.rows[0]?.f).toBe("number");
    // As sqld: a non-finite REAL goes out as null, which the client refuses (sqld-conformance).
    await expect(db.execute("SELECT 1e999 AS inf")).rejects.toMatchObject({ code: "HRANA_PROTO_ERROR" });
    expect(Object.is((await db.execute("SELECT -0.0 AS z")).rows[0]?.z, -0)).toBe(true);
  });

  it("binds text with astral and accented characters, null and floats unchanged", async () => {
    const db = (await start()).client();
    const read = await db.execute({
      sql: "SELECT ? AS s, ? AS n, ? AS f, typeof(?) AS t",
      args: ["a 😀 é\n\"'", null, 2.0, 2.0],
    });
    expect({ ...read.rows[0] }).toEqual({ s: "a 😀 é\n\"'", n: null, f: 2, t: "real" });
  });
});

describe("libSQL server: batches and transactions", () => {
  it("commits every statement of a write batch together", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const results = await db.batch(
      [{ sql: "INSERT INTO notes (title) VALUES (?)", args: ["a"] }, { sql: "INSERT INTO notes (title) VALUES (?)", args: ["b"] }, "SELECT count(*) AS n FROM notes"],
      "write",
    );
    expect(results.map((r) => r.rowsAffected)).toEqual([1, 1, 0]);
    expect(results[2]?.rows[0]?.n).toBe(2);
  });

  it("leaves nothing of a write batch behind when one of its statements fails", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)");
    await expect(
      db.batch(
        [
          { sql: "INSERT INTO notes (title) VALUES (?)", args: ["kept?"] },
          { sql: "INSERT INTO notes (title) VALUES (?)", args: [null] },
          { sql: "INSERT INTO notes (title) VALUES (?)", args: ["after"] },
        ],
        "write",
      ),
    ).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT" });
    expect((await db.execute("SELECT count(*) AS n FROM notes")).rows[0]?.n).toBe(0);
  });

  it("commits an interactive write transaction of several statements", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const tx = await db.transaction("write");
    await tx.execute({ sql: "INSERT INTO notes (title) VALUES (?)", args: ["a"] });
    const seen = await tx.execute("SELECT count(*) AS n FROM notes");
    await tx.batch([
      { sql: "INSERT INTO notes (title) VALUES (?)", args: ["b"] },
      { sql: "UPDATE notes SET title = upper(title)", args: [] },
    ]);
    await tx.commit();
    expect(seen.rows[0]?.n).toBe(1);
    expect((await db.execute("SELECT title FROM notes ORDER BY id")).rows.map((r) => r.title)).toEqual(["A", "B"]);
  });

  it("leaves nothing behind when an interactive transaction rolls back", async () => {
    const db = (await start()).client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const tx = await db.transaction("write");
    await tx.execute("INSERT INTO notes (title) VALUES ('a')");
    await tx.execute("INSERT INTO notes (title) VALUES ('b')");
    await tx.rollback();
    expect((await db.execute("SELECT count(*) AS n FROM notes")).rows[0]?.n).toBe(0);
  });

  it("commits all of six concurrent writers using transactions and batches", async () => {
    const server = await start();
    const setup = server.client();
    await setup.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, writer INTEGER, n INTEGER)");
    const perWriter = 20;
    const writers = Array.from({ length: 6 }, async (_, writer) => {
      const db = server.client();
      if (writer % 2 === 0) {
        const tx = await db.transaction("write");
        for (let n = 0; n < perWriter; n++) {
          await tx.execute({ sql: "INSERT INTO notes (writer, n) VALUES (?, ?)", args: [writer, n] });
        }
        await tx.commit();
      } else {
        await db.batch(
          Array.from({ length: perWriter }, (_, n) => ({
            sql: "INSERT INTO notes (writer, n) VALUES (?, ?)",
            args: [writer, n],
          })),
          "write",
        );
      }
    });
    await Promise.all(writers);
    const counts = await setup.execute("SELECT writer, count(*) AS n FROM notes GROUP BY writer ORDER BY writer");
    expect(counts.rows.map((r) => [r.writer, r.n])).toEqual([0, 1, 2, 3, 4, 5].map((w) => [w, perWriter]));
  });

  it("lets a transaction blocked by another stream's write lock proceed and commit after that COMMIT", async () => {
    const server = await start();
    const db = server.client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const first = await db.transaction("write");
    await first.execute("INSERT INTO notes (title) VALUES ('first')");

    const second = (async () => {
      const tx = await server.client().transaction("write");
      await tx.execute("INSERT INTO notes (title) VALUES ('second')");
      await tx.commit();
    })();
    await new Promise((resolve) => setTimeout(resolve, 150)); // second is now waiting for the lock
    await first.commit();
    await second;
    expect((await db.execute("SELECT title FROM notes ORDER BY id")).rows.map((r) => r.title)).toEqual(["first", "second"]);
  });

  it("fails a statement that waits past the busy timeout with SQLITE_BUSY, and its transaction still ends by COMMIT", async () => {
    const server = await start({ busyTimeoutMs: 300 });
    await server.client().execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const holder = (
      await server.pipeline({
        requests: [execute("BEGIN IMMEDIATE"), execute("INSERT INTO notes (title) VALUES ('held')")],
      })
    ).json as RawPipeline;
    expect(holder.results.map((r) => r.type)).toEqual(["ok", "ok"]);

    const blocked = (
      await server.pipeline({
        requests: [execute("BEGIN"), execute("INSERT INTO notes (title) VALUES ('blocked')")],
      })
    ).json as RawPipeline;
    expect(blocked.results[1]?.error?.code).toBe("SQLITE_BUSY");

    await server.pipeline({ baton: holder.baton, requests: [execute("COMMIT"), { type: "close" }] });

    // The statement that gave up is still active in SQLite, which would refuse COMMIT; as on
    // sqld the COMMIT succeeds (the transaction wrote nothing), and the stream goes on.
    const commit = (await server.pipeline({ baton: blocked.baton, requests: [execute("COMMIT")] })).json as RawPipeline;
    expect(commit.results[0]?.type).toBe("ok");
    const after = (
      await server.pipeline({
        baton: commit.baton,
        requests: [{ type: "get_autocommit" }, execute("BEGIN"), execute("INSERT INTO notes (title) VALUES ('later')"), execute("COMMIT"), { type: "close" }],
      })
    ).json as RawPipeline;
    expect(after.results.map((r) => r.type)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(after.baton).toBeNull();
    const titles = await server.client().execute("SELECT title FROM notes ORDER BY id");
    expect(titles.rows.map((r) => r.title)).toEqual(["held", "later"]);
  });

  it("releases the write lock at once when a stream is closed in the middle of a transaction", async () => {
    const server = await start({ busyTimeoutMs: 200 });
    const db = server.client();
    await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    const tx = await db.transaction("write");
    await tx.execute("INSERT INTO notes VALUES (1)");
    tx.close();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the close request is sent asynchronously
    await db.execute("INSERT INTO notes VALUES (2)");
    expect((await db.execute("SELECT id FROM notes")).rows.map((r) => r.id)).toEqual([2]);
  });

  it("rolls back the transaction of a stream left idle past the timeout and refuses its baton", async () => {
    const server = await start({ idleStreamTimeoutMs: 200 });
    await server.client().execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
    const open = (
      await server.pipeline({
        requests: [execute("BEGIN IMMEDIATE"), execute("INSERT INTO notes VALUES (1)")],
      })
    ).json as RawPipeline;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const late = await server.pipeline({ baton: open.baton, requests: [execute("COMMIT")] });
    expect(late.status).toBe(400);
    expect(late.json).toMatchObject({ code: "STREAM_EXPIRED" });
    // The lock is free again and nothing was committed.
    await server.client().execute("INSERT INTO notes VALUES (2)");
    const ids = await server.client().execute("SELECT id FROM notes");
    expect(ids.rows.map((r) => r.id)).toEqual([2]);
  });
});

describe("libSQL server: protocol details", () => {
  it("runs batch steps by their conditions and reports skipped steps as neither result nor error", async () => {
    const server = await start();
    const { json } = await server.pipeline({
      requests: [
        {
          type: "batch",
          batch: {
            steps: [
              { stmt: { sql: "SELECT 1" } },
              { stmt: { sql: "SELECT nope FROM nowhere" } },
              { condition: { type: "ok", step: 1 }, stmt: { sql: "SELECT 3" } },
              { condition: { type: "error", step: 1 }, stmt: { sql: "SELECT 4" } },
              {
                condition: {
                  type: "and",
                  conds: [
                    { type: "ok", step: 0 },
                    { type: "not", cond: { type: "ok", step: 2 } },
                  ],
                },
                stmt: { sql: "SELECT 5" },
              },
              { condition: { type: "is_autocommit" }, stmt: { sql: "SELECT 6" } },
            ],
          },
        },
        { type: "close" },
      ],
    });
    const batch = (json as { results: Array<{ response: { result: { step_results: unknown[]; step_errors: unknown[] } } }> }).results[0]?.response.result;
    expect(batch?.step_results.map((r) => r !== null)).toEqual([true, false, false, true, true, true]);
    expect(batch?.step_errors.map((e) => e !== null)).toEqual([false, true, false, false, false, false]);
  });

  it("executes stored SQL by id and forgets it after close_sql", async () => {
    const server = await start();
    const first = (
      await server.pipeline({
        requests: [
          { type: "store_sql", sql_id: 7, sql: "SELECT ? + 1 AS n" },
          { type: "execute", stmt: { sql_id: 7, args: [int(41)], want_rows: true } },
          { type: "close_sql", sql_id: 7 },
          { type: "execute", stmt: { sql_id: 7, args: [int(1)] } },
        ],
      })
    ).json as RawPipeline;
    expect(first.results.map((r) => r.type)).toEqual(["ok", "ok", "ok", "error"]);
    expect(first.results[1]?.response?.result?.rows).toEqual([[{ type: "integer", value: "42" }]]);
    expect(first.results[3]?.error?.code).toBe("SQL_NOT_FOUND");
  });

  it("describes a statement's parameters, columns and read-only status without running it", async () => {
    const server = await start();
    await server.client().execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
    const { json } = await server.pipeline({
      requests: [
        { type: "describe", sql: "SELECT id, title FROM notes WHERE id = :id AND title = ?" },
        { type: "describe", sql: "INSERT INTO notes (title) VALUES (?)" },
        { type: "close" },
      ],
    });
    const [select, insert] = (json as { results: Array<{ response: { result: unknown } }> }).results.map((r) => r.response.result);
    expect(select).toEqual({
      params: [{ name: ":id" }, { name: null }],
      cols: [
        { name: "id", decltype: "INTEGER" },
        { name: "title", decltype: "TEXT" },
      ],
      is_explain: false,
      is_readonly: true,
    });
    expect(insert).toMatchObject({ params: [{ name: null }], cols: [], is_readonly: false });
  });

  it("answers each request with a fresh baton and null once the stream is closed", async () => {
    const server = await start();
    const first = (await server.pipeline({ requests: [execute("SELECT 1")] })).json as RawPipeline;
    expect(first.baton).toEqual(expect.any(String));
    expect(first.base_url).toBeNull();
    const second = (await server.pipeline({ baton: first.baton, requests: [{ type: "close" }] })).json as RawPipeline;
    expect(second.results[0]?.response?.type).toBe("close");
    expect(second.baton).toBeNull();
    const reused = await server.pipeline({ baton: first.baton, requests: [execute("SELECT 1")] });
    expect(reused.status).toBe(400);
    expect(reused.json).toMatchObject({ code: "BATON_INVALID" });
  });
});

describe("libSQL server: HTTP surface", () => {
  it("answers 404 to the v3 probes and 200 to GET /v2 and /health", async () => {
    const { url } = await start();
    const status = async (path: string, method = "GET") => (await fetch(`${url}${path}`, { method })).status;
    expect(await status("/v3-protobuf")).toBe(404);
    expect(await status("/v3")).toBe(404);
    expect(await status("/v3/pipeline", "POST")).toBe(404);
    expect(await status("/v2")).toBe(200);
    expect(await status("/health")).toBe(200);
  });

  it("requires the bearer token when one is configured", async () => {
    const server = await start({ authToken: "s3cret-token" });
    const without = await fetch(`${server.url}/v2/pipeline`, {
      method: "POST",
      body: JSON.stringify({ requests: [execute("SELECT 1")] }),
    });
    expect(without.status).toBe(401);
    expect(without.headers.get("content-type")).toBe("application/json");
    expect(await without.json()).toMatchObject({ code: "UNAUTHORIZED" });
    const wrong = await server.pipeline({ requests: [] }, { authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);

    await expect(server.client({ authToken: "nope" }).execute("SELECT 1")).rejects.toThrow(/401|token/i);
    const ok = await server.client().execute("SELECT 1 AS one");
    expect(ok.rows[0]?.one).toBe(1);
  });

  it("answers malformed requests with Hrana errors and keeps serving", async () => {
    const server = await start();
    const garbage = await server.pipeline("{not json");
    expect(garbage.status).toBe(400);
    expect(garbage.json).toMatchObject({ code: "HRANA_PROTO_ERROR", message: expect.any(String) });

    const noRequests = await server.pipeline({ baton: null });
    expect(noRequests.status).toBe(400);

    const unknown = (
      await server.pipeline({
        requests: [{ type: "teleport" }, { type: "execute" }, execute("SELECT ?", [{ type: "integer", value: "x" }])],
      })
    ).json as RawPipeline;
    expect(unknown.results.map((r) => r.error?.code)).toEqual(["HRANA_PROTO_ERROR", "HRANA_PROTO_ERROR", "HRANA_PROTO_ERROR"]);

    const badBaton = await server.pipeline({ baton: "12.forged", requests: [execute("SELECT 1")] });
    expect(badBaton.status).toBe(400);
    expect(badBaton.json).toMatchObject({ code: "BATON_INVALID" });

    const wrongMethod = await fetch(`${server.url}/v2/pipeline`);
    expect(wrongMethod.status).toBe(405);

    const ok = await server.client().execute({ sql: "SELECT ? AS v", args: [text("still here").value] });
    expect(ok.rows[0]?.v).toBe("still here");
  });

  it("refuses a body over the size limit with 413", async () => {
    const server = await start({ maxBodyBytes: 64 * 1024 });
    const big = await server.pipeline({ requests: [execute("SELECT ?", [text("x".repeat(100 * 1024))])] });
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect((await server.client().execute("SELECT 1 AS one")).rows[0]?.one).toBe(1);
  });
});

describe("libSQL server: tools", () => {
  it("applies drizzle-kit migrations over http", async () => {
    const server = await start();
    const migrations = join(server.dir, "migrations");
    mkdirSync(join(migrations, "meta"), { recursive: true });
    writeFileSync(
      join(migrations, "meta", "_journal.json"),
      JSON.stringify({
        version: "7",
        dialect: "sqlite",
        entries: [{ idx: 0, version: "6", when: 1767225600000, tag: "0000_tiny", breakpoints: true }],
      }),
    );
    writeFileSync(
      join(migrations, "0000_tiny.sql"),
      "CREATE TABLE `tiny_notes` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`body` text NOT NULL\n);\n" +
        "--> statement-breakpoint\nCREATE INDEX `tiny_notes_body_idx` ON `tiny_notes` (`body`);",
    );
    const config = join(server.dir, "drizzle.config.json");
    writeFileSync(config, JSON.stringify({ dialect: "turso", out: migrations, dbCredentials: { url: server.url } }));

    const child = spawn(join(projectRoot, "node_modules/.bin/drizzle-kit"), ["migrate", "--config", config], {
      cwd: server.dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code, output).toBe(0);

    const db = server.client();
    const tables = await db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name");
    expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["__drizzle_migrations", "tiny_notes", "tiny_notes_body_idx"]));
    const applied = await db.execute("SELECT hash, created_at FROM __drizzle_migrations");
    expect(applied.rows).toHaveLength(1);
    expect(Number(applied.rows[0]?.created_at)).toBe(1767225600000);
  }, 60_000);

  it("runs as a CLI that creates the file's folder, prints one ready line and exits cleanly on SIGTERM", async () => {
    const { dir } = await start();
    const file = join(dir, "nested", "deeper", "cli.db");
    const child = spawn(join(projectRoot, "node_modules/.bin/tsx"), [join(projectRoot, "scripts/libsql-server.ts"), "--file", file, "--port", "0"], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LIBSQL_AUTH_TOKEN: "" },
    });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    const ready = new Promise<string>((resolve, reject) => {
      reader.on("line", (line) => {
        lines.push(line);
        resolve(line);
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}`)));
    });
    const line = await ready;
    expect(line).toMatch(/^libsql server listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(file)).toBe(true);

    const url = line.replace("libsql server listening on ", "");
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
  }, 30_000);
});
