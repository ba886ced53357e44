import { describe, expect, it } from "vitest";
import { BUSY_MESSAGE, busyError } from "../../../src/server/db/transient-errors";

const wrapped = (cause: Error) => Object.assign(new Error("Failed query: insert into votes …"), { cause });

describe("a database out of reach or overloaded answers 503, never 500", () => {
  for (const [name, error] of [
    ["workerd's lost connection", new Error("Network connection lost.")],
    ["a failed fetch", new TypeError("fetch failed")],
    ["the request deadline", Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" })],
    ["an HTTP 503 from the database server", Object.assign(new Error("Server returned HTTP status 503"), { name: "HttpServerError" })],
    ["SQLite busy", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" })],
  ] as const) {
    it(`${name}, even wrapped by drizzle`, () => {
      expect(busyError(wrapped(error))).toMatchObject({ code: "UNAVAILABLE", message: BUSY_MESSAGE, retryAfterSeconds: 2 });
    });
  }

  it("leaves other errors alone (a constraint, a bug)", () => {
    expect(busyError(wrapped(Object.assign(new Error("UNIQUE constraint failed: votes.voter_id"), { code: "SQLITE_CONSTRAINT" })))).toBeNull();
    expect(busyError(new TypeError("Cannot read properties of undefined"))).toBeNull();
  });
});
