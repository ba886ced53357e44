import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { createSession } from "../../../src/server/auth/sessions";
import type { Viewer } from "../../../src/server/auth/viewer";
import type { DomainError } from "../../../src/server/errors";
import { castVote } from "../../../src/server/forum/cast-vote";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadDraft } from "../../../src/server/forum/drafts";
import { consumePostingLimit, type PostingAction } from "../../../src/server/forum/posting-rules";
import { loadLimitSettings, loadLimitSettingsForAdmin, resetLimitSetting, updateLimitSetting, type LimitRuleName } from "../../../src/server/moderation/limit-settings";
import { createPhysician, createThread as createFixtureThread } from "../../fixtures/factories";
import { countRoundTrips } from "../../support/round-trips";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Each test gets its own UTC day, so daily windows never carry over from another test. */
let dayIndex = 0;
const freshDay = () => Date.UTC(2026, 8, 1) + ++dayIndex * DAY;

let members = 0;
async function member(options: { memberSince?: number; role?: Viewer["role"] } = {}): Promise<Viewer> {
  const memberSince = options.memberSince ?? Date.UTC(2025, 0, 1);
  const role = options.role ?? "member";
  const pseudonym = `limits_${++members}`;
  const userId = await createPhysician(db, { pseudonym, createdAt: memberSince, role });
  return { userId, pseudonym, role, verificationStatus: "verified", emailConfirmed: true, moderatedChannelIds: [], suspendedUntil: null, memberSince, unreadNotifications: 0 };
}

let admin: Viewer;
let otherAuthor: number;
beforeAll(async () => {
  admin = await member({ role: "admin" });
  otherAuthor = await createPhysician(db);
});

/** Resolves to the refusal, or fails the test when the action was allowed. */
async function refusal(action: Promise<unknown>): Promise<DomainError> {
  const outcome = await action.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toMatchObject({ code: "RATE_LIMITED" });
  return outcome as DomainError;
}

/** `count` allowed actions, `spacing` apart from `start`. */
async function allowMany(viewer: Viewer, action: PostingAction, count: number, start: number, spacing: number): Promise<void> {
  for (let i = 0; i < count; i++) await consumePostingLimit(db, viewer, action, start + i * spacing);
}

const threadInput = { channel: "general", title: "Switching from warfarin before a dental extraction", body: "Do you bridge for a simple extraction?" };

describe("default posting limits", () => {
  it("allows 1 new thread per 2 minutes, then 20 a day", async () => {
    const day = freshDay();
    const author = await member();
    await createThread(db, author, threadInput, day);
    const tooSoon = await refusal(createThread(db, author, threadInput, day + 30 * SECOND));
    expect(tooSoon.retryAfterSeconds).toBe(90);
    expect(tooSoon.message).toBe("Rounds allows 1 new thread per 2 minutes. Please try again in 2 minutes.");
    await createThread(db, author, threadInput, day + 2 * MINUTE);
    await allowMany(author, "thread", 18, day + 4 * MINUTE, 2 * MINUTE);
    const twentyFirst = await refusal(consumePostingLimit(db, author, "thread", day + 40 * MINUTE));
    expect(twentyFirst.message).toBe("Rounds allows 20 new threads per day. Please try again in 24 hours.");
    expect(twentyFirst.retryAfterSeconds).toBe((DAY - 40 * MINUTE) / SECOND);
    await consumePostingLimit(db, author, "thread", day + DAY);
  });

  it("allows 1 reply per 10 seconds, then 200 a day", async () => {
    const day = freshDay();
    const author = await member();
    const { threadId } = await createFixtureThread(db, { authorId: otherAuthor });
    await createReply(db, author, { threadId, body: "Check the INR the morning of." }, day);
    const tooSoon = await refusal(createReply(db, author, { threadId, body: "And again." }, day + 4 * SECOND));
    expect(tooSoon).toMatchObject({ retryAfterSeconds: 6, message: "Rounds allows 1 reply per 10 seconds. Please try again in 6 seconds." });
    await allowMany(author, "reply", 199, day + 10 * SECOND, 10 * SECOND);
    const over = await refusal(consumePostingLimit(db, author, "reply", day + 2000 * SECOND));
    expect(over.message).toMatch(/^Rounds allows 200 replies per day\. Please try again in 24 hours\.$/);
  });

  it("allows 120 votes an hour", async () => {
    const hour = freshDay() + 5 * HOUR;
    const voter = await member();
    await allowMany(voter, "vote", 120, hour, 10 * SECOND);
    const over = await refusal(consumePostingLimit(db, voter, "vote", hour + 1200 * SECOND));
    expect(over).toMatchObject({ retryAfterSeconds: 2400, message: "Rounds allows 120 votes per hour. Please try again in 40 minutes." });
    // Through castVote too: the limit is checked before the vote is written.
    const { threadId } = await createFixtureThread(db, { authorId: otherAuthor });
    await refusal(castVote(db, voter, { targetType: "thread", targetId: threadId, value: 1 }, hour + 1300 * SECOND));
    const votes = await handle.client.execute({ sql: "select count(*) as n from votes where voter_id = ?", args: [voter.userId] });
    expect(votes.rows[0]!.n).toBe(0);
    await castVote(db, voter, { targetType: "thread", targetId: threadId, value: 1 }, hour + HOUR);
  });

  it("allows 20 flags a day", async () => {
    const day = freshDay();
    const flagger = await member();
    await allowMany(flagger, "flag", 20, day, MINUTE);
    const over = await refusal(consumePostingLimit(db, flagger, "flag", day + 30 * MINUTE));
    expect(over.message).toBe("Rounds allows 20 flags per day. Please try again in 24 hours.");
    await consumePostingLimit(db, flagger, "flag", day + DAY);
  });

  it("keeps the limits of different members and different actions apart", async () => {
    const day = freshDay();
    const [a, b] = [await member(), await member()];
    await consumePostingLimit(db, a, "reply", day);
    await consumePostingLimit(db, b, "reply", day);
    await consumePostingLimit(db, a, "thread", day);
    await consumePostingLimit(db, a, "vote", day);
    await refusal(consumePostingLimit(db, a, "reply", day + SECOND));
  });
});

describe("cost", () => {
  it("is one database round trip per action, allowed or refused, with or without overrides", async () => {
    const counted = countRoundTrips(handle.client);
    const day = freshDay();
    const newcomer = await member({ memberSince: day });
    await updateLimitSetting(db, admin, { name: "new_member_reply_day", limit: 25, windowSeconds: 86_400 }, day);
    counted.reset();
    await consumePostingLimit(counted.db, newcomer, "reply", day);
    expect(counted.count()).toBe(1);
    counted.reset();
    await refusal(consumePostingLimit(counted.db, newcomer, "reply", day + SECOND));
    expect(counted.count()).toBe(1);
    await resetLimitSetting(db, admin, { name: "new_member_reply_day" }, day + 2 * SECOND);
  });
});

describe("a member's first 7 days", () => {
  it("allows 3 new threads a day, and a refused attempt does not use one up", async () => {
    const day = freshDay();
    const newcomer = await member({ memberSince: day - 2 * DAY });
    await createThread(db, newcomer, threadInput, day);
    // Refused by the 2-minute rule: it costs none of the day's 3 threads.
    await refusal(createThread(db, newcomer, threadInput, day + 10 * SECOND));
    await createThread(db, newcomer, threadInput, day + 2 * MINUTE);
    await createThread(db, newcomer, threadInput, day + 4 * MINUTE);
    const fourth = await refusal(createThread(db, newcomer, threadInput, day + 6 * MINUTE));
    expect(fourth.message).toBe("Rounds allows 3 new threads per day during your first 7 days as a member. Please try again in 24 hours.");
    expect(fourth.retryAfterSeconds).toBe((DAY - 6 * MINUTE) / SECOND);
    const threads = await handle.client.execute({ sql: "select count(*) as n from threads where author_id = ?", args: [newcomer.userId] });
    expect(threads.rows[0]!.n).toBe(3);
  });

  it("allows 20 replies a day", async () => {
    const day = freshDay();
    const newcomer = await member({ memberSince: day });
    await allowMany(newcomer, "reply", 20, day, 10 * SECOND);
    const over = await refusal(consumePostingLimit(db, newcomer, "reply", day + 300 * SECOND));
    expect(over.message).toMatch(/^Rounds allows 20 replies per day during your first 7 days as a member\./);
  });

  it("lifts the new-member rules on day 8", async () => {
    const day = freshDay();
    const newcomer = await member({ memberSince: day - 7 * DAY + HOUR });
    await allowMany(newcomer, "thread", 3, day, 2 * MINUTE);
    await refusal(consumePostingLimit(db, newcomer, "thread", day + 10 * MINUTE));
    // One hour later the member has been here 7 full days: only the everyday rules apply.
    await allowMany(newcomer, "thread", 5, day + HOUR, 2 * MINUTE);
    await allowMany(newcomer, "reply", 25, day + HOUR, 10 * SECOND);
  });
});

describe("admin overrides", () => {
  it("apply to the next action, and a reset restores the default", async () => {
    const day = freshDay();
    const poster = await member();
    await consumePostingLimit(db, poster, "thread", day);
    await refusal(consumePostingLimit(db, poster, "thread", day + SECOND));
    expect(await updateLimitSetting(db, admin, { name: "thread_burst", limit: "3", windowSeconds: "120" }, day + 2 * SECOND)).toMatchObject({ changed: true });
    await consumePostingLimit(db, poster, "thread", day + 3 * SECOND);
    await consumePostingLimit(db, poster, "thread", day + 4 * SECOND);
    await refusal(consumePostingLimit(db, poster, "thread", day + 5 * SECOND));

    const settings = await loadLimitSettings(db);
    expect(settings.find((rule) => rule.name === "thread_burst")).toMatchObject({
      limit: 3,
      windowMs: 2 * MINUTE,
      overridden: true,
      changedBy: admin.pseudonym,
      changedAt: day + 2 * SECOND,
    });

    expect(await resetLimitSetting(db, admin, { name: "thread_burst" }, day + 6 * SECOND)).toMatchObject({ changed: true });
    expect((await loadLimitSettings(db)).find((rule) => rule.name === "thread_burst")).toMatchObject({ limit: 1, windowMs: 2 * MINUTE, overridden: false, changedBy: null });
    await consumePostingLimit(db, poster, "thread", day + 2 * MINUTE);
    await refusal(consumePostingLimit(db, poster, "thread", day + 2 * MINUTE + SECOND));
  });

  it("start counting afresh in a new window, with Retry-After from the new window", async () => {
    const day = freshDay();
    const poster = await member();
    await consumePostingLimit(db, poster, "reply", day);
    await updateLimitSetting(db, admin, { name: "reply_burst", limit: 2, windowSeconds: 3600 }, day + SECOND);
    await consumePostingLimit(db, poster, "reply", day + 20 * SECOND);
    await consumePostingLimit(db, poster, "reply", day + 40 * SECOND);
    const over = await refusal(consumePostingLimit(db, poster, "reply", day + 60 * SECOND));
    expect(over).toMatchObject({ retryAfterSeconds: 3540, message: "Rounds allows 2 replies per hour. Please try again in 59 minutes." });
    await resetLimitSetting(db, admin, { name: "reply_burst" }, day + 61 * SECOND);
    // Back on the 10-second window: its own counter, not the hour's.
    await consumePostingLimit(db, poster, "reply", day + 70 * SECOND);
  });

  it("can lower a limit below what a member has already used", async () => {
    const hour = freshDay() + 3 * HOUR;
    const voter = await member();
    await allowMany(voter, "vote", 5, hour, SECOND);
    await updateLimitSetting(db, admin, { name: "vote_hour", limit: 3, windowSeconds: 3600 }, hour + 10 * SECOND);
    const over = await refusal(consumePostingLimit(db, voter, "vote", hour + 11 * SECOND));
    expect(over.message).toMatch(/^Rounds allows 3 votes per hour\./);
    await resetLimitSetting(db, admin, { name: "vote_hour" }, hour + 12 * SECOND);
    await consumePostingLimit(db, voter, "vote", hour + 13 * SECOND);
  });

  it("write an audit row naming the rule and the old and new values, for changes and resets", async () => {
    const at = freshDay();
    await updateLimitSetting(db, admin, { name: "flag_day", limit: 10, windowSeconds: 43_200 }, at);
    await updateLimitSetting(db, admin, { name: "flag_day", limit: 10, windowSeconds: 43_200 }, at + 1);
    await resetLimitSetting(db, admin, { name: "flag_day" }, at + 2);
    await resetLimitSetting(db, admin, { name: "flag_day" }, at + 3);
    const rows = await handle.client.execute({
      sql: "select actor_id, action, target_type, target_id, reason, created_at from audit_log where created_at >= ? order by id",
      args: [at],
    });
    expect(rows.rows.map((row) => ({ ...row }))).toEqual([
      {
        actor_id: admin.userId,
        action: "rate_limit_changed",
        target_type: "rate_limit_setting",
        target_id: 6,
        reason: "flag_day: 20 flags per day → 10 flags per 12 hours",
        created_at: at,
      },
      {
        actor_id: admin.userId,
        action: "rate_limit_changed",
        target_type: "rate_limit_setting",
        target_id: 6,
        reason: "flag_day reset to default: 10 flags per 12 hours → 20 flags per day",
        created_at: at + 2,
      },
    ]);
  });

  it("are refused to members and moderators, and to visitors", async () => {
    const at = freshDay();
    const plain = await member();
    const moderator = await member({ role: "moderator" });
    const channelModerator = { ...(await member()), moderatedChannelIds: [1, 2] };
    for (const viewer of [plain, moderator, channelModerator]) {
      await expect(updateLimitSetting(db, viewer, { name: "reply_day", limit: 1, windowSeconds: 60 }, at)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only administrators can change rate limits.",
      });
      await expect(resetLimitSetting(db, viewer, { name: "reply_day" }, at)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(loadLimitSettingsForAdmin(db, viewer, at)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(updateLimitSetting(db, null, { name: "reply_day", limit: 1, windowSeconds: 60 }, at)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const written = await handle.client.execute("select count(*) as n from rate_limit_settings where name = 'reply_day'");
    expect(written.rows[0]!.n).toBe(0);
  });

  it("accept only known rules, whole limits from 1 to 100,000 and windows from 1 second to 30 days", async () => {
    const at = freshDay();
    const invalid = async (input: Record<string, unknown>) => {
      const failure = await updateLimitSetting(db, admin, input, at).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: "INVALID" });
      return (failure as DomainError).fields;
    };
    const valid = { name: "reply_day" satisfies LimitRuleName, limit: 10, windowSeconds: 60 };
    expect(await invalid({ ...valid, name: "everything" })).toHaveProperty("name");
    expect(await invalid({ ...valid, limit: 0 })).toHaveProperty("limit");
    expect(await invalid({ ...valid, limit: "100001" })).toHaveProperty("limit");
    expect(await invalid({ ...valid, limit: "2.5" })).toHaveProperty("limit");
    expect(await invalid({ ...valid, limit: "many" })).toHaveProperty("limit");
    expect(await invalid({ ...valid, windowSeconds: 0 })).toHaveProperty("windowSeconds");
    expect(await invalid({ ...valid, windowSeconds: 30 * 86_400 + 1 })).toHaveProperty("windowSeconds");
    expect(await invalid({ ...valid, updatedBy: 1 })).toHaveProperty("updatedBy");
    await expect(resetLimitSetting(db, admin, { name: "reply_day", limit: 3 }, at)).rejects.toMatchObject({ code: "INVALID" });
    expect(await updateLimitSetting(db, admin, { ...valid, limit: "100000", windowSeconds: String(30 * 86_400) }, at)).toMatchObject({ changed: true });
    expect(await updateLimitSetting(db, admin, { ...valid, limit: 200, windowSeconds: 86_400 }, at + 1)).toMatchObject({ changed: true });
    await resetLimitSetting(db, admin, { name: "reply_day" }, at + 2);
    // Saving a rule's current value (here its default) changes and records nothing.
    expect(await updateLimitSetting(db, admin, { ...valid, limit: 200, windowSeconds: 86_400 }, at + 3)).toEqual({ changed: false });
    const rows = await handle.client.execute({ sql: "select count(*) as n from audit_log where created_at >= ?", args: [at] });
    expect(rows.rows[0]!.n).toBe(3);
  });
});

describe("a reply refused through the JSON API", () => {
  afterEach(() => vi.useRealTimers());

  it("answers 429 with Retry-After and a sentence, and the server-side draft is still there", async () => {
    // The API reads the clock itself: freeze Date (only Date) for a window that cannot roll over.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(freshDay() + 2 * SECOND);
    const poster = await member();
    const { threadId } = await createFixtureThread(db, { authorId: otherAuthor });
    const session = await createSession(db, poster.userId, Date.now());
    const site = "http://rounds.test";
    const app = createApiApp();
    const env = { DATABASE_URL: `file:${handle.file}` };
    const post = (path: string, body: unknown) =>
      app.request(
        `${site}${path}`,
        { method: "POST", body: JSON.stringify(body), headers: { origin: site, "content-type": "application/json", cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` } },
        env,
      );

    expect((await post("/api/replies", { threadId, body: "Hold one dose, no bridging." })).status).toBe(201);
    const draftText = "Second thought: local haemostatic measures matter more than the INR.";
    expect((await post("/api/drafts", { key: `reply:${threadId}`, values: { body: draftText } })).status).toBe(200);
    const refused = await post("/api/replies", { threadId, body: draftText });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("8");
    expect(await refused.json()).toEqual({
      error: { code: "RATE_LIMITED", message: "Rounds allows 1 reply per 10 seconds. Please try again in 8 seconds." },
    });
    expect(await loadDraft(db, poster, `reply:${threadId}`)).toMatchObject({ values: { body: draftText } });
  });
});

describe("through the libSQL server (as in production: HTTP, concurrent requests)", () => {
  it("lets exactly the limit through when a member's actions arrive at once, before and after an override", async () => {
    const { withMigratedLibsqlServer } = await import("../../support/libsql-server-harness");
    await withMigratedLibsqlServer(async (remote) => {
      const memberSince = Date.UTC(2025, 0, 1);
      const [posterId, adminId] = [await createPhysician(remote, { createdAt: memberSince }), await createPhysician(remote, { role: "admin" })];
      const poster: Viewer = {
        userId: posterId,
        pseudonym: "remote_poster",
        role: "member",
        verificationStatus: "verified",
        emailConfirmed: true,
        moderatedChannelIds: [],
        suspendedUntil: null,
        memberSince,
        unreadNotifications: 0,
      };
      const remoteAdmin: Viewer = { ...poster, userId: adminId, pseudonym: "remote_admin", role: "admin" };
      const at = freshDay() + 7 * MINUTE;
      const burst = (when: number, count: number) => Promise.allSettled(Array.from({ length: count }, () => consumePostingLimit(remote, poster, "thread", when)));
      const outcomes = (results: PromiseSettledResult<void>[]) => ({
        allowed: results.filter((result) => result.status === "fulfilled").length,
        refused: results.filter((result) => result.status === "rejected" && (result.reason as DomainError).code === "RATE_LIMITED").length,
      });
      expect(outcomes(await burst(at, 12))).toEqual({ allowed: 1, refused: 11 });
      await updateLimitSetting(remote, remoteAdmin, { name: "thread_burst", limit: 5, windowSeconds: 300 }, at + SECOND);
      expect(outcomes(await burst(at + 2 * SECOND, 12))).toEqual({ allowed: 5, refused: 7 });
    });
  });
});
