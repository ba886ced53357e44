import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCommunity } from "../../../scripts/seed/seed-demo";
import type { Viewer } from "../../../src/server/auth/viewer";
import type { ImportedVote } from "../../../src/server/forum/import-community";
import { parseRingEvidence } from "../../../src/server/moderation/vote-ring-evidence";
import { detectVoteRings, listOpenRingReports, resolveRingReport, VOTE_RING_ACTIONED, VOTE_RING_DETECTED, VOTE_RING_DISMISSED } from "../../../src/server/moderation/vote-rings";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const DAY = 24 * 3600_000;
const now = Date.UTC(2026, 10, 1, 12);
/** Busy channels of the demo seed: a ring boosting itself there stands out against organic votes. */
const BUSY_CHANNELS = ["practice-career", "pulmonology", "obstetrics-gynecology", "critical-care", "general", "geriatrics"];

let demoIds: number[] = [];
const demo = (index: number) => demoIds[index % demoIds.length]!;
const upvotes = (voterIds: number[]): ImportedVote[] => voterIds.map((voterId) => ({ voterId, value: 1, createdAt: now - 5 * DAY }));
/** A thread by `authorId` in `channelSlug` upvoted by `voterIds` five days ago. */
const post = (authorId: number, channelSlug: string, voterIds: number[]) => createThread(db, { authorId, channelSlug, createdAt: now - 6 * DAY, votes: upvotes(voterIds) });

function viewerOf(userId: number, role: Viewer["role"], moderatedChannelIds: number[] = []): Viewer {
  return {
    userId,
    pseudonym: `viewer_${userId}`,
    role,
    verificationStatus: "verified",
    emailConfirmed: true,
    moderatedChannelIds,
    suspendedUntil: null,
    memberSince: 0,
    unreadNotifications: 0,
  };
}

async function reportRows() {
  const result = await handle.client.execute("select id, member_ids, status, resolved_by, evidence_json from vote_ring_reports order by id");
  return result.rows.map((row) => ({
    id: Number(row.id),
    memberIds: String(row.member_ids),
    status: String(row.status),
    resolvedBy: row.resolved_by,
    evidence: String(row.evidence_json),
  }));
}

async function auditRows(action: string) {
  const result = await handle.client.execute({ sql: "select actor_id, target_type, target_id, reason from audit_log where action = ? order by id", args: [action] });
  return result.rows.map((row) => ({ ...row }));
}

beforeAll(async () => {
  await seedDemoCommunity(db, { now });
  const result = await handle.client.execute("select id from users order by id");
  demoIds = result.rows.map((row) => Number(row.id));
}, 60_000);

describe("vote-ring detection on organic activity", () => {
  it("raises nothing from the demo community's votes", async () => {
    const run = await detectVoteRings(db, now);
    expect(run).toMatchObject({ suspiciousEdges: 0, groups: 0, newReportIds: [] });
    expect(await reportRows()).toEqual([]);
    expect(await auditRows(VOTE_RING_DETECTED)).toEqual([]);
  });

  it("does not mistake a specialty that votes within its own channel for a ring", async () => {
    // Five nephrologists upvote every nephrology post, each other's and everyone else's alike:
    // affinity for a channel, not for each other. Against the forum-wide base rate they would
    // look 30 times above it; against their channel's, about twice.
    const nephrologists: number[] = [];
    for (let n = 0; n < 5; n++) nephrologists.push(await createPhysician(db, { specialtySlug: "nephrology" }));
    for (const author of nephrologists) {
      for (let k = 0; k < 6; k++) {
        await post(author, "nephrology", [...nephrologists.filter((id) => id !== author), demo(k), demo(k + 7), demo(k + 14)]);
      }
    }
    for (let k = 0; k < 10; k++) await post(demo(k * 3), "nephrology", [...nephrologists, demo(k + 1), demo(k + 2), demo(k + 20)]);
    const run = await detectVoteRings(db, now);
    expect(run).toMatchObject({ groups: 0, newReportIds: [] });
  });
});

describe("a ring of five among organic activity", () => {
  const ring: number[] = [];

  beforeAll(async () => {
    for (let n = 0; n < 5; n++) ring.push(await createPhysician(db, { specialtySlug: "pulmonology" }));
    // Each member posts once in each busy channel; the other four upvote every one of those
    // posts, and a couple of organic members upvote some of them too.
    for (const [index, author] of ring.entries()) {
      for (const [c, channel] of BUSY_CHANNELS.entries()) {
        await post(author, channel, [...ring.filter((id) => id !== author), ...(c % 2 === 0 ? [demo(index + c)] : [])]);
      }
    }
    // Cover: members also upvote a few organic posts in the same channels.
    for (const [c, channel] of BUSY_CHANNELS.entries()) {
      for (let k = 0; k < 2; k++) await post(demo(c * 2 + k), channel, [ring[(c + k) % 5]!, ring[(c + k + 2) % 5]!, demo(c + k + 9), demo(c + k + 17)]);
    }
  });

  it("is reported once, naming exactly its five accounts, with an audit row and no actor", async () => {
    const run = await detectVoteRings(db, now);
    expect(run).toMatchObject({ groups: 1, mutualPairs: 10, refreshedReportIds: [], alreadyKnown: 0 });
    expect(run.newReportIds).toHaveLength(1);
    const [report, ...others] = await reportRows();
    expect(others).toEqual([]);
    expect(report).toMatchObject({ id: run.newReportIds[0], memberIds: [...ring].sort((a, b) => a - b).join(","), status: "open" });

    const evidence = parseRingEvidence(report!.evidence)!;
    expect(evidence.pairs).toHaveLength(10);
    for (const pair of evidence.pairs) {
      for (const direction of [pair.aToB, pair.bToA]) {
        expect(direction.upvotes).toBe(6);
        expect(direction.lift).toBeGreaterThanOrEqual(5);
      }
    }
    expect(evidence.members.map((member) => member.userId)).toEqual([...ring].sort((a, b) => a - b));
    expect(evidence.members.every((member) => member.upvotesToGroup === 24)).toBe(true);
    // Evidence names accounts and counts votes; it never points at posts.
    expect(report!.evidence).not.toMatch(/thread|comment|post|anonymous/i);

    expect(await auditRows(VOTE_RING_DETECTED)).toEqual([{ actor_id: null, target_type: "vote_ring_report", target_id: report!.id, reason: "5 accounts, 10 mutual pairs" }]);
  });

  it("is not reported twice: a second run refreshes the open report's evidence and audits nothing", async () => {
    const [before] = await reportRows();
    const run = await detectVoteRings(db, now + DAY);
    expect(run).toMatchObject({ groups: 1, newReportIds: [], refreshedReportIds: [before!.id] });
    const [after, ...others] = await reportRows();
    expect(others).toEqual([]);
    expect(parseRingEvidence(after!.evidence)!.computedAt).toBe(now + DAY);
    expect(await auditRows(VOTE_RING_DETECTED)).toHaveLength(1);
  });

  it("counts only the votes of the window", async () => {
    expect(await detectVoteRings(db, now + 100 * DAY)).toMatchObject({ suspiciousEdges: 0, groups: 0 });
  });

  describe("the moderators' queue", () => {
    it("lists open reports with pseudonyms for global moderators and admins only", async () => {
      const [report] = await reportRows();
      const named = await handle.client.execute(`select pseudonym from users where id in (${ring.join(",")}) order by id`);
      const ringPseudonyms = named.rows.map((row) => String(row.pseudonym));
      for (const viewer of [viewerOf(demo(3), "moderator"), viewerOf(demo(0), "admin")]) {
        const list = await listOpenRingReports(db, viewer);
        expect(list.map((item) => item.id)).toEqual([report!.id]);
        expect(list[0]!.members.map((member) => member.pseudonym)).toEqual(ringPseudonyms);
        expect(list[0]!.evidence?.pairs).toHaveLength(10);
      }
      await expect(listOpenRingReports(db, viewerOf(demo(4), "member"))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listOpenRingReports(db, viewerOf(demo(4), "member", [1, 2, 3]))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listOpenRingReports(db, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    });

    it("hides a report from a moderator it names, and refuses to let them resolve it", async () => {
      const [report] = await reportRows();
      const namedModerator = viewerOf(ring[2]!, "moderator");
      expect(await listOpenRingReports(db, namedModerator)).toEqual([]);
      await expect(resolveRingReport(db, namedModerator, report!.id, "dismissed", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("refuses members and channel moderators, and writes nothing for them", async () => {
      const [report] = await reportRows();
      await expect(resolveRingReport(db, viewerOf(demo(4), "member"), report!.id, "dismissed", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(resolveRingReport(db, viewerOf(demo(4), "member", [1, 2, 3]), report!.id, "dismissed", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(resolveRingReport(db, viewerOf(demo(3), "moderator"), 999_999, "dismissed", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await reportRows())[0]!.status).toBe("open");
      expect(await auditRows(VOTE_RING_DISMISSED)).toEqual([]);
    });

    it("lets a global moderator dismiss it, once, in the audit log", async () => {
      const [report] = await reportRows();
      const moderator = viewerOf(demo(3), "moderator");
      expect(await resolveRingReport(db, moderator, report!.id, "dismissed", now + 2 * DAY)).toEqual({ id: report!.id, status: "dismissed" });
      await expect(resolveRingReport(db, viewerOf(demo(0), "admin"), report!.id, "actioned", now + 2 * DAY)).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await reportRows())[0]).toMatchObject({ status: "dismissed", resolvedBy: moderator.userId });
      expect(await auditRows(VOTE_RING_DISMISSED)).toEqual([{ actor_id: moderator.userId, target_type: "vote_ring_report", target_id: report!.id, reason: null }]);
      expect(await listOpenRingReports(db, moderator)).toEqual([]);
    });

    it("does not raise a dismissed group again", async () => {
      const run = await detectVoteRings(db, now + 3 * DAY);
      expect(run).toMatchObject({ groups: 1, newReportIds: [], refreshedReportIds: [], alreadyKnown: 1 });
      expect(await reportRows()).toHaveLength(1);
      expect(await auditRows(VOTE_RING_DETECTED)).toHaveLength(1);
    });

    it("raises the group again when a new account joins it, pointing at the earlier report; an admin can action it", async () => {
      const [dismissed] = await reportRows();
      const recruit = await createPhysician(db);
      for (const partner of ring.slice(0, 2)) {
        for (const channel of BUSY_CHANNELS) {
          await post(partner, channel, [recruit]);
          await post(recruit, channel, [partner]);
        }
      }
      const run = await detectVoteRings(db, now + 4 * DAY);
      expect(run).toMatchObject({ groups: 1, alreadyKnown: 0 });
      expect(run.newReportIds).toHaveLength(1);
      const [, grown] = await reportRows();
      expect(grown!.memberIds).toBe([...ring, recruit].sort((a, b) => a - b).join(","));
      expect(parseRingEvidence(grown!.evidence)!.earlierReportIds).toEqual([dismissed!.id]);

      const admin = viewerOf(demo(0), "admin");
      expect(await resolveRingReport(db, admin, grown!.id, "actioned", now + 5 * DAY)).toEqual({ id: grown!.id, status: "actioned" });
      expect(await auditRows(VOTE_RING_ACTIONED)).toEqual([{ actor_id: admin.userId, target_type: "vote_ring_report", target_id: grown!.id, reason: null }]);
      expect(await detectVoteRings(db, now + 6 * DAY)).toMatchObject({ newReportIds: [], alreadyKnown: 1 });
    });
  });
});
