import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/server/auth/viewer";
import { anonymityGroupFor, anonymityGroupsQuery, MIN_ANONYMITY_GROUP, toAnonymityGroups } from "../../src/server/forum/anonymity-groups";
import { loadHomePage } from "../../src/server/forum/home-page";
import { loadModQueue } from "../../src/server/moderation/mod-queue";
import { scanForPhi } from "../../src/server/privacy";
import { DEMO_PASSWORD, seedDemoCommunity, type SeedResult } from "../../scripts/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";

/** Issue 14, item 10: the seeded demo shows every feature. */
const now = Date.UTC(2026, 10, 1, 12);
const handle = createTestDatabase();
let seeded: SeedResult;

async function rows<T>(query: string): Promise<T[]> {
  return (await handle.client.execute(query)).rows as unknown as T[];
}

async function number(query: string): Promise<number> {
  const [row] = await rows<{ n: number }>(query);
  return Number(row?.n ?? 0);
}

async function viewerFor(email: string): Promise<Viewer> {
  const [user] = await rows<{ id: number; pseudonym: string; role: Viewer["role"]; created_at: number }>(
    `select id, pseudonym, role, created_at from users where email = '${email}'`,
  );
  if (!user) throw new Error(`no demo account ${email}`);
  return {
    userId: Number(user.id),
    pseudonym: user.pseudonym,
    role: user.role,
    verificationStatus: "verified",
    emailConfirmed: true,
    moderatedChannelIds: [],
    suspendedUntil: null,
    memberSince: Number(user.created_at),
    unreadNotifications: 0,
  };
}

beforeAll(async () => {
  seeded = await seedDemoCommunity(handle.db, { now });
}, 120_000);
afterAll(() => handle.client.close());

describe("the demo seed's feature tour", () => {
  it("prints five logins: the admin, the moderator and three members, all with the demo password", async () => {
    expect(seeded.logins.map((login) => login.role)).toEqual(["admin", "moderator", "member", "member", "member"]);
    for (const login of seeded.logins) {
      const [user] = await rows<{ role: string; verification_status: string; password_hash: string | null }>(
        `select role, verification_status, password_hash from users where email = '${login.email}'`,
      );
      expect(user).toMatchObject({ role: login.role, verification_status: "verified" });
      expect(user?.password_hash).toBeTruthy();
    }
    expect(DEMO_PASSWORD).toBe("rounds-demo-password");
  });

  it("is listed in the README's quick start, login by login", () => {
    const readme = readFileSync("README.md", "utf8");
    const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("## npm scripts"));
    expect(quickStart).toContain(DEMO_PASSWORD);
    for (const login of seeded.logins) expect(quickStart).toContain(`| \`${login.email}\` | ${login.pseudonym} |`);
  });

  it("has at least 40 structured cases, each with its template filled in", async () => {
    expect(
      await number("select count(*) as n from threads t join case_details d on d.thread_id = t.id where t.kind = 'case' and t.case_status is not null"),
    ).toBeGreaterThanOrEqual(40);
    expect(await number("select count(*) as n from threads where kind = 'case' and id not in (select thread_id from case_details)")).toBe(0);
    expect(await number("select count(*) as n from case_details where length(presenting_problem) < 3 or length(question) < 10 or age_band = '' or sex = ''")).toBe(0);
  });

  it("has at least 15 solved cases, each with an accepted answer from that case and an outcome note", async () => {
    const solved = await rows<{ thread_id: number; answer_thread: number | null; outcome_note: string | null; solved_at: number | null }>(`
      select d.thread_id, c.thread_id as answer_thread, d.outcome_note, d.solved_at
      from case_details d join threads t on t.id = d.thread_id left join comments c on c.id = d.answer_comment_id
      where t.case_status = 'solved'`);
    expect(solved.length).toBeGreaterThanOrEqual(15);
    for (const row of solved) {
      expect(row.answer_thread).toBe(row.thread_id);
      expect(row.outcome_note?.length ?? 0).toBeGreaterThan(20);
      expect(Number(row.solved_at)).toBeLessThanOrEqual(now);
    }
  });

  it("lists unsolved cases in the Unsolved feed", async () => {
    const page = await loadHomePage(handle.db, await viewerFor(seeded.logins[2]!.email), { sort: "unsolved" }, now);
    expect(page.feed.items.length).toBeGreaterThan(10);
    expect(page.feed.items.every((item) => item.kind === "case")).toBe(true);
  });

  it("has at least 10 polls, some closed and some open, with counters equal to their ballots", async () => {
    expect(await number("select count(*) as n from threads t join polls p on p.thread_id = t.id where t.kind = 'poll'")).toBeGreaterThanOrEqual(10);
    expect(await number(`select count(*) as n from polls where closes_at <= ${now}`)).toBeGreaterThanOrEqual(3);
    expect(await number(`select count(*) as n from polls where closes_at > ${now}`)).toBeGreaterThanOrEqual(3);
    expect(await number("select count(*) as n from polls p where p.voter_count < 5 or p.voter_count != (select count(*) from poll_voters v where v.thread_id = p.thread_id)")).toBe(
      0,
    );
    expect(await number("select count(*) as n from poll_options o where o.vote_count != (select count(*) from poll_ballots b where b.option_id = o.id)")).toBe(0);
    expect(await number("select count(*) as n from poll_ballots b join polls p on p.thread_id = b.thread_id where b.created_at >= p.closes_at")).toBe(0);
    expect(
      await number(`select count(*) as n from polls p where p.multiple_choice = 0 and exists (
      select 1 from poll_ballots b where b.thread_id = p.thread_id group by b.voter_id having count(*) > 1)`),
    ).toBe(0);
  });

  it("has anonymous cases and replies, each labelled with a group of at least the minimum size", async () => {
    const anonymous = await rows<{ specialty_slug: string; created_at: number }>(`
      select u.specialty_slug, t.created_at from threads t join users u on u.id = t.author_id where t.is_anonymous = 1
      union all select u.specialty_slug, c.created_at from comments c join users u on u.id = c.author_id where c.is_anonymous = 1`);
    expect(await number("select count(*) as n from threads where kind = 'case' and is_anonymous = 1")).toBeGreaterThanOrEqual(3);
    expect(anonymous.length).toBeGreaterThan(20);
    const groups = toAnonymityGroups(await anonymityGroupsQuery(handle.db));
    for (const post of anonymous) {
      expect(anonymityGroupFor(groups, post.specialty_slug, Number(post.created_at)).memberCount).toBeGreaterThanOrEqual(MIN_ANONYMITY_GROUP);
    }
  });

  it("leaves a few flags waiting in the moderators' queue, on posts still shown", async () => {
    const queue = await loadModQueue(handle.db, await viewerFor(seeded.logins[1]!.email), now);
    expect(queue.items.length).toBeGreaterThanOrEqual(3);
    expect(queue.items.every((item) => item.moderationState === null)).toBe(true);
  });

  it("gives the demo member unread replies: read positions behind the latest replies", async () => {
    const member = await viewerFor(seeded.logins[2]!.email);
    const behind = await number(`select count(*) as n from thread_reads r join threads t on t.id = r.thread_id
      where r.user_id = ${member.userId} and r.comment_count < t.comment_count
        and r.last_comment_id < (select max(id) from comments c where c.thread_id = t.id and c.deleted_at is null)`);
    expect(behind).toBeGreaterThanOrEqual(5);
    expect(
      await number(`select count(*) as n from thread_reads r join threads t on t.id = r.thread_id where r.user_id = ${member.userId} and r.comment_count = t.comment_count`),
    ).toBeGreaterThan(0);
  });

  it("writes case and poll texts the patient-identifier scanner finds nothing in", async () => {
    const texts = await rows<{ text: string }>(`
      select title as text from threads where kind != 'discussion'
      union all select presenting_problem || ' ' || history || ' ' || findings || ' ' || tried_so_far || ' ' || question from case_details
      union all select outcome_note from case_details where outcome_note is not null
      union all select label from poll_options
      union all select body_source from comments where thread_id in (select id from threads where kind = 'case')`);
    const flagged = texts.filter((row) => scanForPhi(row.text).length > 0).map((row) => row.text);
    expect(flagged).toEqual([]);
  });

  it("reports what it wrote", () => {
    expect(seeded.features).toMatchObject({ cases: 42, solvedCases: 16, polls: 12, closedPolls: 6 });
    expect(seeded.features?.flags).toBeGreaterThanOrEqual(3);
    expect(seeded.features?.unreadThreads).toBeGreaterThanOrEqual(5);
  });
});
