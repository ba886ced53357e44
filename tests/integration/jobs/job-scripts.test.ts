import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPhysician, createThread } from "../../fixtures/factories";
import { startTestLibsqlServer } from "../../support/libsql-server-harness";
import { createTestDatabase } from "../../support/test-database";

const run = promisify(execFile);
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const env = { ...process.env, DATABASE_URL: `file:${handle.file}` };

describe("npm run job:rings and job:prune", () => {
  it("run the scheduled jobs once against a file database and print counts and report ids", async () => {
    // Eight members upvoting each other's posts evenly, and three accounts each upvoting five
    // posts of each of the other two: a ring. Votes are from yesterday (scripts use the real clock).
    const yesterday = Date.now() - 24 * 3600_000;
    const organic: number[] = [];
    for (let n = 0; n < 8; n++) organic.push(await createPhysician(handle.db));
    for (const author of [...organic, ...organic]) {
      const votes = organic.filter((id) => id !== author).map((voterId) => ({ voterId, value: 1 as const, createdAt: yesterday }));
      await createThread(handle.db, { authorId: author, createdAt: yesterday - 3600_000, votes });
    }
    const ring = [await createPhysician(handle.db), await createPhysician(handle.db), await createPhysician(handle.db)];
    for (const author of ring) {
      const votes = ring.filter((id) => id !== author).map((voterId) => ({ voterId, value: 1 as const, createdAt: yesterday }));
      for (let n = 0; n < 5; n++) await createThread(handle.db, { authorId: author, createdAt: yesterday - 3600_000, votes });
    }

    const first = await run("node_modules/.bin/tsx", ["scripts/job-rings.ts"], { env });
    expect(first.stdout).toContain(`file:${handle.file} vote-rings: 6 suspicious edges, 3 mutual pairs, 1 groups; new reports #1; refreshed none;`);
    const second = await run("node_modules/.bin/tsx", ["scripts/job-rings.ts"], { env });
    expect(second.stdout).toContain("new reports none; refreshed #1;");

    const prune = await run("node_modules/.bin/tsx", ["scripts/job-prune.ts"], { env });
    expect(prune.stdout).toMatch(
      /prune: deleted 0 expired sessions, 0 used or expired email tokens, 0 closed rate-limit counters, 0 old read positions, no images \(the Worker.s own run prunes them: it has the R2 binding\); re-sent 0 stalled channel fan-outs in \d+ ms/,
    );
  }, 60_000);

  it("says which job failed and why, with a failing exit code", async () => {
    const failure = await run("node_modules/.bin/tsx", ["scripts/job-prune.ts"], { env: { ...process.env, DATABASE_URL: "http://127.0.0.1:9" } }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("The prune job failed on http://127.0.0.1:9");
  }, 60_000);

  it("db:migrate says the database refused the token and which variable to set", async () => {
    const server = await startTestLibsqlServer({ authToken: "the-right-token" });
    try {
      const migrate = (token?: string) =>
        run("node_modules/.bin/tsx", ["scripts/migrate.ts"], {
          env: { ...process.env, DATABASE_URL: server.url, ...(token ? { DATABASE_AUTH_TOKEN: token } : {}) },
        }).catch((error: { code: number; stderr: string }) => error);
      const missing = (await migrate()) as { code: number; stderr: string };
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("refused the request (HTTP 401)");
      expect(missing.stderr).toContain("Set DATABASE_AUTH_TOKEN");
      expect(missing.stderr).not.toContain("Failed query");
      const wrong = (await migrate("a-wrong-token")) as { stderr: string };
      expect(wrong.stderr).toContain("refused the token (HTTP 401)");
      expect(wrong.stderr).not.toContain("a-wrong-token");
    } finally {
      await server.close();
    }
  }, 60_000);
});
