import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../functions/api";
import { createSession } from "../../src/server/auth/sessions";
import { hashPassword } from "../../src/server/auth/passwords";
import { createPhysician, createThread } from "../fixtures/factories";
import { brokenBody, hostileBytes, randomHeaderValue, randomString, seededRandom, streamOf, utf8, wrongShapeJson, type Random } from "../support/fuzz-inputs";
import { createTestDatabase } from "../support/test-database";

/*
 * 2,000 hostile requests to every route of the Hono app, in-process against a test database.
 * The routes come from `app.routes`, so a route added later is fuzzed too. Most requests carry
 * the Origin and content type the CSRF guard wants and a verified member's session, so their
 * bodies reach the handlers. Asserted: never a 5xx, every refusal a JSON error, every broken
 * version of a valid body refused, and no row of any table changed (rate_limit_counters counts
 * attempts by design; a session's expiry may slide).
 *
 * Replay a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run tests/integration/api-fuzz.test.ts
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_106);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const site = "http://rounds.test";
// Configured as a deployment is (wrangler.toml [vars]): passkeys refuse to run without SITE_URL.
const env = { DATABASE_URL: `file:${handle.file}`, SITE_URL: site };
const app = createApiApp();

interface World {
  memberCookie: string;
  pendingCookie: string;
  memberEmail: string;
  ownThreadIds: number[];
  ownReplyIds: number[];
  otherThreadIds: number[];
  otherReplyIds: number[];
}
let world: World;

beforeAll(async () => {
  const member = await createPhysician(handle.db, { email: "fuzz.member@example.org", passwordHash: await hashPassword("a long enough password") });
  const other = await createPhysician(handle.db);
  const pending = await createPhysician(handle.db, { verificationStatus: "pending" });
  // The member's thread answered by someone else, and someone else's thread the member answered.
  const own = await createThread(handle.db, { authorId: member, replyCount: 3, replyAuthorId: other });
  const theirs = await createThread(handle.db, { authorId: other, replyCount: 3, replyAuthorId: member });
  const now = Date.now();
  world = {
    memberCookie: `rounds_session=${(await createSession(handle.db, member, now)).token}`,
    pendingCookie: `rounds_session=${(await createSession(handle.db, pending, now)).token}`,
    memberEmail: "fuzz.member@example.org",
    ownThreadIds: [own.threadId],
    ownReplyIds: theirs.commentIds,
    otherThreadIds: [theirs.threadId],
    otherReplyIds: own.commentIds,
  };
});

/** Every table's rows, sorted, as JSON; what the fuzzer must not change. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables = await handle.client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name");
  const result: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    // Counting attempts is what rate limits are for; issuing a passkey sign-in challenge (public,
    // single use, 5 minutes) is what that endpoint is for, whatever the body.
    if (name === "rate_limit_counters" || name === "webauthn_challenges") continue;
    const rows = await handle.client.execute(`select * from "${String(name)}"`);
    result[String(name)] = rows.rows
      .map((row) => {
        const record: Record<string, unknown> = {};
        rows.columns.forEach((column, index) => {
          // Sliding session expiry is a renewal, not a change made by a request's body.
          if (name === "sessions" && column === "expires_at") return;
          const value = row[index];
          record[column] = value instanceof ArrayBuffer ? Buffer.from(value).toString("hex") : value;
        });
        return JSON.stringify(record);
      })
      .sort();
  }
  return result;
}

/** The routes of the app itself, middleware entries (method ALL) left out. */
function apiRoutes(): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of app.routes) {
    if (route.method === "ALL") continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

/** A valid body for a route (before it is broken), with the world's ids. */
function templateFor(method: string, path: string): Record<string, unknown> {
  const thread = world.otherThreadIds[0];
  const templates: Record<string, Record<string, unknown>> = {
    "POST /api/auth/signup": {
      email: "fuzz.new@example.org",
      password: "tachycardia at midnight",
      pseudonym: "fuzz_new",
      firstName: "A",
      lastName: "B",
      npi: "1234567893",
      specialty: "neurology",
      licenceState: "NY",
    },
    // A wrong password: even unbroken it could not sign anyone in.
    "POST /api/auth/login": { email: world.memberEmail, password: "not the password at all" },
    "POST /api/threads": { channel: "general", title: "Fluids in septic shock after 30 mL/kg", body: "What do you give after the first 30 mL/kg when the lactate is still high?" },
    "POST /api/replies": { threadId: thread, body: "Consider a repeat lactate at two hours." },
    "POST /api/drafts": { key: "new-thread", values: { title: "Draft title", body: "Draft text" } },
    "POST /api/votes": { targetType: "thread", targetId: thread, value: 1 },
    "PATCH /api/threads/:id": { title: "An edited title that is long enough", body: "An edited body that is long enough to be valid." },
    "PATCH /api/replies/:id": { body: "An edited reply body." },
  };
  return templates[`${method} ${path}`] ?? {};
}

const malformedIds = [
  "0",
  "-1",
  "abc",
  "1e3",
  "0x10",
  "1.5",
  "%201",
  "%00",
  "%ZZ",
  "%C3%28",
  "9".repeat(400),
  "%F0%9F%98%B7",
  "1%2F2",
  "%2e%2e",
  "null",
  "NaN",
  "Infinity",
  "__proto__",
  "constructor",
  "999999",
  "9007199254740993",
];

/** What a handler's `z.coerce.number()` would make of a path segment (" 1" and "%201" are 1). */
function numericId(segment: string): number {
  try {
    return Number(decodeURIComponent(segment).trim());
  } catch {
    return Number.NaN;
  }
}

/**
 * A value for a path parameter. Rule of the fuzzer: with the member's session, a DELETE never
 * names a number that is one of the member's own posts (thread and reply ids overlap, so both
 * count) — deleting needs no body, so it would succeed by design.
 */
function pathParam(random: Random, method: string, signedIn: boolean): string {
  const own = [...world.ownThreadIds, ...world.ownReplyIds];
  const theirs = [...world.otherThreadIds, ...world.otherReplyIds];
  const roll = random.int(10);
  let id: string;
  if (roll < 3) id = String(random.pick(own));
  else if (roll < 5) id = String(random.pick(theirs));
  else if (roll < 6) id = encodeURIComponent(randomString(random, 12)) || "x";
  else id = random.pick(malformedIds);
  if (method === "DELETE" && signedIn && own.includes(numericId(id))) return "999999";
  return id;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | ReadableStream<Uint8Array>;
  kind: string;
  /** A valid body broken on purpose: the route must refuse it. */
  mustRefuse: boolean;
}

const contentTypes = [
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "APPLICATION/JSON",
  "application/json;;;",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
  "application/vnd.api+json",
  "application/jsonx",
];

function fuzzRequest(random: Random, routes: { method: string; path: string }[]): FuzzRequest {
  const route = random.pick(routes);
  const method = random.chance(0.9) ? route.method : random.pick(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
  const identity = random.int(20);
  // Signing out ends the session it is sent with, whatever the body: never a real one.
  const logout = route.path.endsWith("/auth/logout");
  const cookie =
    identity < 14 && !logout
      ? world.memberCookie
      : identity < 15 && !logout
        ? world.pendingCookie
        : identity < 18
          ? undefined
          : random.pick([
              `rounds_session=${randomHeaderValue(random, 40)}`,
              randomHeaderValue(random, 200),
              `rounds_session=${"a".repeat(8_000)}`,
              "rounds_session=; rounds_session=x",
              `__Host-rounds_session=${randomHeaderValue(random)}`,
            ]);
  const signedIn = cookie === world.memberCookie;
  const path = route.path.replace(/:[^/]+/g, () => pathParam(random, method, signedIn));

  const headers: Record<string, string> = {};
  if (cookie !== undefined) headers.cookie = cookie;
  const origin = random.chance(0.85) ? site : random.pick([undefined, "null", "https://evil.example", `${site}/`, "HTTP://ROUNDS.TEST", randomHeaderValue(random)]);
  if (origin !== undefined) headers.origin = origin;
  if (random.chance(0.1)) headers["sec-fetch-site"] = random.pick(["same-origin", "cross-site", "none", randomHeaderValue(random, 10)]);
  const contentType = random.chance(0.75) ? "application/json" : random.chance(0.8) ? random.pick(contentTypes) : randomHeaderValue(random);
  if (contentType !== "" || random.chance(0.5)) headers["content-type"] = contentType;

  if (method === "GET" || method === "HEAD") return { method, path, headers, kind: "no body", mustRefuse: false };
  const roll = random.int(20);
  let kind: string;
  let bytes: Uint8Array | undefined;
  let mustRefuse = false;
  if (roll < 1) kind = "no body";
  else if (roll < 8) {
    kind = "wrong-shape JSON";
    bytes = utf8(wrongShapeJson(random));
  } else if (roll < 14) {
    const broken = brokenBody(random, templateFor(method, route.path));
    kind = `valid body with ${broken.name}`;
    bytes = broken.bytes;
    // Refusal is owed only where the body decides: DELETE and sign-out ignore theirs.
    mustRefuse = method === route.method && method !== "DELETE" && !logout;
  } else {
    const hostile = hostileBytes(random);
    kind = hostile.name;
    bytes = hostile.bytes;
  }
  if (bytes && random.chance(0.15)) {
    headers["content-length"] = random.pick([
      "0",
      "-1",
      "abc",
      "1e3",
      "99999999999999999999",
      "65536",
      "65537",
      " 12 ",
      "1,1",
      String(bytes.byteLength),
      String(bytes.byteLength + 100),
      String(Math.max(0, bytes.byteLength - 1)),
    ]);
  }
  const body = bytes && random.chance(0.2) ? streamOf(random, bytes) : bytes;
  return { method, path, headers, body, kind: `${kind}${body instanceof ReadableStream ? " (chunked)" : ""}`, mustRefuse };
}

describe("the API under 2,000 hostile requests", () => {
  it(`answers every one without a 5xx and changes no data (seed ${SEED})`, async () => {
    const routes = apiRoutes();
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(expect.arrayContaining(["POST /api/threads", "PATCH /api/replies/:id", "GET /api/health"]));
    const before = await snapshot();
    const random = seededRandom(SEED);
    const codes = new Map<string, number>();
    const accepted: string[] = [];

    for (let index = 0; index < RUNS; index++) {
      const request = fuzzRequest(random, routes);
      const where = `seed ${SEED}, request ${index}: ${request.method} ${request.path} with ${request.kind}`;
      const init = { method: request.method, headers: request.headers, body: request.body, duplex: "half" };
      const response = await app.request(`${site}${request.path}`, init as RequestInit, env);
      const text = await response.text();
      expect(response.status, `${where} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
      if (response.status >= 400 && request.method !== "HEAD") {
        const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
        expect(typeof error?.code === "string" && typeof error.message === "string", `${where}: not a JSON error: ${text.slice(0, 300)}`).toBe(true);
        const code = String(error?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      if (request.mustRefuse) expect(response.status, `${where} was accepted: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      if (response.status < 300) accepted.push(`${index} ${request.method} ${request.path} → ${response.status}`);
    }

    const after = await snapshot();
    expect(after, `seed ${SEED}: data changed; requests answered 2xx: ${accepted.slice(0, 40).join("; ")}`).toEqual(before);
    // The bodies reached the rules they were aimed at, not only the CSRF guard.
    for (const code of ["INVALID", "INVALID_ENCODING", "PAYLOAD_TOO_LARGE", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"]) {
      expect(codes.get(code) ?? 0, `seed ${SEED}: no ${code} answers (${JSON.stringify(Object.fromEntries(codes))})`).toBeGreaterThan(10);
    }
  }, 120_000);
});
