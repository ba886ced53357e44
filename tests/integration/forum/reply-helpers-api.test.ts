import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { createSession } from "../../../src/server/auth/sessions";
import { users } from "../../../src/server/db/schema";
import { createReply } from "../../../src/server/forum/create-reply";
import { renderMarkdown } from "../../../src/server/forum/markdown";
import { MENTION_SUGGESTION_LIMIT, mentionSuggestLimit, mentionSuggestionQuery } from "../../../src/server/forum/mention-suggestions";
import { comments } from "../../../src/server/db/schema";
import { createPhysician, createThread } from "../../fixtures/factories";
import { viewerOf } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const app = createApiApp();
const env = { DATABASE_URL: `file:${handle.file}` };
const site = "http://rounds.test";

async function cookieFor(userId: number): Promise<string> {
  return `${PLAIN_SESSION_COOKIE}=${(await createSession(db, userId, Date.now())).token}`;
}
const suggest = (prefix: string, cookie?: string) => app.request(`${site}/api/members/suggest?prefix=${encodeURIComponent(prefix)}`, { headers: cookie ? { cookie } : {} }, env);
const preview = (body: unknown, cookie?: string) =>
  app.request(
    `${site}/api/preview`,
    { method: "POST", body: JSON.stringify(body), headers: { origin: site, "content-type": "application/json", ...(cookie ? { cookie } : {}) } },
    env,
  );
const pseudonymsOf = async (response: Response) => ((await response.json()) as { pseudonyms: string[] }).pseudonyms;

let askerCookie = "";
beforeAll(async () => {
  askerCookie = await cookieFor(await createPhysician(db, { pseudonym: "Mx_asker" }));
  await createPhysician(db, { pseudonym: "Mxcardio_Ana", firstName: "Realfirst", lastName: "Realsurname", npi: "1234567893", email: "ana.secret@example.org" });
  await createPhysician(db, { pseudonym: "mxcardio_bo" });
  await createPhysician(db, { pseudonym: "MXNEPHRO" });
  await createPhysician(db, { pseudonym: "mxcardio_pending", verificationStatus: "pending" });
  await createPhysician(db, { pseudonym: "mxcardio_rejected", verificationStatus: "rejected" });
  await createPhysician(db, { pseudonym: "mxcardio_banned", verificationStatus: "banned" });
  await createPhysician(db, { pseudonym: "mxcardio_unconfirmed", emailConfirmedAt: null });
  const suspended = await createPhysician(db, { pseudonym: "mxcardio_suspended" });
  await db
    .update(users)
    .set({ suspendedUntil: Date.now() + 86_400_000 })
    .where(eq(users.id, suspended));
  const deleted = await createPhysician(db, { pseudonym: "mxcardio_deleted" });
  await db.update(users).set({ deletedAt: Date.now() }).where(eq(users.id, deleted));
});

describe("GET /api/members/suggest (the reply box's @ suggestions)", () => {
  it("is for verified members only", async () => {
    expect((await suggest("mx")).status).toBe(401);
    const pending = await createPhysician(db, { verificationStatus: "pending" });
    expect((await suggest("mx", await cookieFor(pending))).status).toBe(403);
  });

  it("suggests members whose pseudonym starts with the prefix, in any case, in name order", async () => {
    const response = await suggest("MXCARDIO", askerCookie);
    expect(response.status).toBe(200);
    expect(await pseudonymsOf(response)).toEqual(["Mxcardio_Ana", "mxcardio_bo"]);
    expect(await pseudonymsOf(await suggest("@mxn", askerCookie))).toEqual(["MXNEPHRO"]);
    expect(await pseudonymsOf(await suggest("mxcardio_z", askerCookie))).toEqual([]);
  });

  it("answers pseudonyms only: never an email, NPI or real name", async () => {
    const text = await (await suggest("mxcardio_a", askerCookie)).text();
    expect(JSON.parse(text)).toEqual({ pseudonyms: ["Mxcardio_Ana"] });
    for (const secret of ["ana.secret", "1234567893", "Realfirst", "Realsurname", "verified", "member"]) expect(text).not.toContain(secret);
  });

  it("never suggests pending, rejected, banned, unconfirmed, suspended or deleted members, nor the asker", async () => {
    const all = await pseudonymsOf(await suggest("mx", askerCookie));
    expect(all).toEqual(["Mxcardio_Ana", "mxcardio_bo", "MXNEPHRO"]);
  });

  it(`answers at most ${MENTION_SUGGESTION_LIMIT} names`, async () => {
    for (let n = 0; n < MENTION_SUGGESTION_LIMIT + 2; n++) await createPhysician(db, { pseudonym: `qqmany_${n}` });
    expect(await pseudonymsOf(await suggest("qqmany", askerCookie))).toHaveLength(MENTION_SUGGESTION_LIMIT);
  });

  it("refuses a prefix that no pseudonym could start with", async () => {
    const response = await suggest("a b", askerCookie);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID", fields: { prefix: expect.stringMatching(/letters, digits or underscores/) } } });
  });

  it(`is rate limited per member: look-up ${mentionSuggestLimit.limit + 1} in a minute answers 429 with Retry-After`, async () => {
    const cookie = await cookieFor(await createPhysician(db));
    // The window is fixed: start right after a minute turns, so all requests share one window.
    const windowLeft = mentionSuggestLimit.windowMs - (Date.now() % mentionSuggestLimit.windowMs);
    if (windowLeft < 10_000) await new Promise((resolve) => setTimeout(resolve, windowLeft + 50));
    for (let n = 0; n < mentionSuggestLimit.limit; n++) expect((await suggest("mx", cookie)).status).toBe(200);
    const refused = await suggest("mx", cookie);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/looking up pseudonyms/) } });
    // Another member is not held by it.
    expect((await suggest("mx", askerCookie)).status).toBe(200);
  }, 20_000);

  it("reads the lower(pseudonym) index as a range, without a sort step", async () => {
    const { sql: text, params } = mentionSuggestionQuery(db, 1, "mx", Date.now()).toSQL();
    const result = await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never });
    const plan = result.rows.map((row) => String(row.detail)).join("\n");
    expect(plan).toMatch(/SEARCH users USING INDEX users_pseudonym_unique \(<expr>>\? AND <expr><\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});

describe("POST /api/preview (the reply box's Preview tab)", () => {
  it("is for verified members only", async () => {
    expect((await preview({ body: "Hello" })).status).toBe(401);
  });

  it("renders exactly as the reply is stored", async () => {
    const body =
      "Agree with **@mxcardio_bo**: see <script>x</script> and [the guideline](https://www.acc.org/guidelines), not [this](javascript:alert(1)).\n\n> Start low and go slow.";
    const response = await preview({ body }, askerCookie);
    expect(response.status).toBe(200);
    const { html, warnings } = (await response.json()) as { html: string; warnings: string[] };
    expect(html).toBe(renderMarkdown(body));
    expect(warnings).toEqual([]);
    // The same text posted as a reply is stored with the same HTML.
    const author = await createPhysician(db);
    const { threadId } = await createThread(db, { authorId: author });
    const { id } = await createReply(db, await viewerOf(db, author), { threadId, body }, Date.now());
    const [stored] = await db.select({ bodyHtml: comments.bodyHtml }).from(comments).where(eq(comments.id, id));
    expect(html).toBe(stored?.bodyHtml);
    expect(html).toContain("<blockquote>");
    expect(html).not.toContain("<script>");
  });

  it("refuses a patient identifier as posting does, with the spans to highlight", async () => {
    const response = await preview({ body: "Seen twice, MRN 00482913, no change." }, askerCookie);
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; message: string; fields: Record<string, string>; spans?: unknown } };
    expect(error.code).toBe("PHI_DETECTED");
    expect(error.fields.body).toBeTruthy();
    expect(JSON.stringify(error)).not.toContain("<p>");
  });

  it("renders text that only might identify someone, with the warning posting would ask to confirm", async () => {
    const response = await preview({ body: "Protocol at https://example.org/a.png" }, askerCookie);
    expect(response.status).toBe(200);
    const { html, warnings } = (await response.json()) as { html: string; warnings: string[] };
    expect(html).toContain('href="https://example.org/a.png"');
    expect(warnings.length).toBe(1);
  });

  it("refuses any field but the body", async () => {
    expect((await preview({ body: "Hi", threadId: 1 }, askerCookie)).status).toBe(400);
  });
});
