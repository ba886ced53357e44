import { afterAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../../functions/api";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { createSession } from "../../../src/server/auth/sessions";
import type { Viewer } from "../../../src/server/auth/viewer";
import { adjudicateCase } from "../../../src/server/differentials/adjudicate-case";
import { submitDifferential } from "../../../src/server/differentials/submit-differential";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { markCaseSolved } from "../../../src/server/forum/solve-case";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { listAuditLog } from "../../../src/server/moderation/audit-log";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { loadNotifications } from "../../../src/server/notifications/inbox";
import { searchForum } from "../../../src/server/search/search-forum";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const env = { DATABASE_URL: `file:${handle.file}` };
const site = "http://rounds.test";
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

const member = () => createViewer(db, { now: clock });

async function openCase(author: Viewer): Promise<number> {
  const { id } = await createThread(
    db,
    author,
    {
      kind: "case",
      channel: "pulmonology",
      title: "Bilateral hilar adenopathy and erythema nodosum",
      ageBand: "30–34",
      sex: "female",
      presentingProblem: "Two weeks of tender shin nodules, ankle pain and a dry cough.",
      history: "No travel, no medications.",
      findings: "Chest film with bilateral hilar adenopathy.",
      triedSoFar: "NSAIDs for the ankles.",
      question: "What is your differential before the biopsy comes back?",
    },
    tick(),
  );
  return id;
}

const differential = (threadId: number, items: [string, number][], extra: Record<string, unknown> = {}) => ({
  threadId,
  items: items.map(([diagnosis, probability]) => ({ diagnosis, probability })),
  ...extra,
});

const page = (viewer: Viewer | null, threadId: number) => loadThreadPage(db, viewer, threadId, { sort: "best" }, clock);

async function solveWithAnswer(author: Viewer, threadId: number, extra: Record<string, unknown> = {}): Promise<void> {
  const replier = await member();
  const reply = await createReply(db, replier, { threadId, body: "Löfgren syndrome until proven otherwise." }, tick());
  await markCaseSolved(db, author, { threadId, commentId: reply.id, ...extra }, tick());
}

describe("blind differentials", () => {
  it("hides every other differential from a member who has not submitted, on the page, the API, search and notifications", async () => {
    const author = await member();
    const first = await member();
    const second = await member();
    const threadId = await openCase(author);
    await submitDifferential(
      db,
      first,
      differential(threadId, [
        ["Zygomycosis mimic", 60],
        ["Sarcoidosis", 30],
      ]),
      tick(),
    );

    const blind = await page(second, threadId);
    expect(blind.differentials).toMatchObject({ count: 1, visible: false, own: null, collective: null, others: null, canSubmit: true });
    expect(JSON.stringify(blind)).not.toContain("Zygomycosis");
    // The case's author has not submitted either: blind too.
    expect(JSON.stringify(await page(author, threadId))).not.toContain("Zygomycosis");

    const session = await createSession(db, second.userId, Date.now());
    const response = await createApiApp().request(
      `${site}/api/cases/${threadId}/differentials`,
      { headers: { cookie: `${PLAIN_SESSION_COOKIE}=${session.token}`, origin: site } },
      env,
    );
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('"count":1');
    expect(body).not.toContain("Zygomycosis");

    expect((await searchForum(db, second, { q: "Zygomycosis" }, clock)).results).toEqual([]);
    for (const viewer of [author, second]) expect(JSON.stringify(await loadNotifications(db, viewer))).not.toContain("Zygomycosis");

    await submitDifferential(db, second, differential(threadId, [["Sarcoidosis", 80]]), tick());
    const after = await page(second, threadId);
    expect(after.differentials?.visible).toBe(true);
    expect(after.differentials?.collective?.map((line) => line.label)).toEqual(["Sarcoidosis", "Zygomycosis mimic"]);
  });

  it("shows every differential once the case is solved, to everyone", async () => {
    const author = await member();
    const submitter = await member();
    const threadId = await openCase(author);
    await submitDifferential(db, submitter, differential(threadId, [["Tuberculosis", 40]]), tick());
    await solveWithAnswer(author, threadId);
    const view = (await page(await member(), threadId)).differentials;
    expect(view).toMatchObject({ count: 1, visible: true, canSubmit: false });
    expect(view?.collective?.[0]).toMatchObject({ label: "Tuberculosis", meanProbability: 40, namedBy: 1 });
  });

  it("keeps earlier versions and counts the latest, and refuses a revision once the case is solved", async () => {
    const author = await member();
    const submitter = await member();
    const threadId = await openCase(author);
    expect(await submitDifferential(db, submitter, differential(threadId, [["Lymphoma", 50]]), tick())).toEqual({ version: 1 });
    expect(
      await submitDifferential(
        db,
        submitter,
        differential(threadId, [
          ["Sarcoidosis", 70],
          ["Lymphoma", 20],
        ]),
        tick(),
      ),
    ).toEqual({ version: 2 });
    const view = (await page(submitter, threadId)).differentials;
    expect(view?.count).toBe(1);
    expect(view?.own).toMatchObject({
      version: 2,
      items: [
        { diagnosis: "Sarcoidosis", probability: 70 },
        { diagnosis: "Lymphoma", probability: 20 },
      ],
    });
    const versions = await handle.client.execute({
      sql: "select version, superseded_at is not null as old from differentials where thread_id = ? order by version",
      args: [threadId],
    });
    expect(versions.rows.map((row) => [row.version, row.old])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    await solveWithAnswer(author, threadId);
    await expect(submitDifferential(db, submitter, differential(threadId, [["Sarcoidosis", 90]]), tick())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses, in the database too, a differential written after the case was solved", async () => {
    const author = await member();
    const submitter = await member();
    const threadId = await openCase(author);
    await solveWithAnswer(author, threadId);
    const late = handle.client.execute({ sql: "insert into differentials (thread_id, author_id, items, created_at) values (?, ?, '[]', 1)", args: [threadId, submitter.userId] });
    await expect(late).rejects.toThrow(/differential_case_not_open/);
  });

  it("refuses probabilities over 100% in total, more than 5 diagnoses, and the case's own author", async () => {
    const author = await member();
    const submitter = await member();
    const threadId = await openCase(author);
    await expect(
      submitDifferential(
        db,
        submitter,
        differential(threadId, [
          ["Sarcoidosis", 70],
          ["Lymphoma", 40],
        ]),
        tick(),
      ),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { items: "The probabilities add up to 110%: at most 100% (the rest is “something else”)." },
    });
    const six: [string, number][] = ["A1", "B2", "C3", "D4", "E5", "F6"].map((name) => [`Diagnosis ${name}`, 10]);
    await expect(submitDifferential(db, submitter, differential(threadId, six), tick())).rejects.toMatchObject({ code: "INVALID" });
    await expect(submitDifferential(db, author, differential(threadId, [["Sarcoidosis", 50]]), tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("screens each diagnosis for patient identifiers and names the form row", async () => {
    const author = await member();
    const submitter = await member();
    const threadId = await openCase(author);
    const failure = await submitDifferential(
      db,
      submitter,
      { threadId: String(threadId), diagnosis1: "Sarcoidosis", probability1: "50", diagnosis2: "Seen on 03/02/2026, MRN 00917342", probability2: "10" },
      tick(),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    expect(Object.keys((failure as { flaggedSpans: object }).flaggedSpans)).toEqual(["diagnosis2"]);
  });
});

describe("the collective differential", () => {
  it("merges case and spelling differences, and the author's synonyms", async () => {
    const author = await member();
    const threadId = await openCase(author);
    await submitDifferential(
      db,
      await member(),
      differential(threadId, [
        ["Sarcoidosis", 60],
        ["Tuberculosis", 20],
      ]),
      tick(),
    );
    await submitDifferential(
      db,
      await member(),
      differential(threadId, [
        ["sarcoidosis", 40],
        ["Löfgren syndrome", 40],
      ]),
      tick(),
    );
    await submitDifferential(
      db,
      await member(),
      differential(threadId, [
        ["Sarcoidsis", 50],
        ["TB", 30],
      ]),
      tick(),
    );
    await solveWithAnswer(author, threadId);
    const before = (await page(author, threadId)).differentials!.collective!;
    expect(before.map((line) => [line.label, line.meanProbability, line.namedBy])).toEqual([
      ["Sarcoidosis", 50, 3],
      ["Löfgren syndrome", 13.3, 1],
      ["TB", 10, 1],
      ["Tuberculosis", 6.7, 1],
    ]);
    await adjudicateCase(
      db,
      author,
      { threadId, finalDiagnosis: "Löfgren syndrome (sarcoidosis)", matches: ["sarcoidosis"], merges: { "lofgren syndrome": "sarcoidosis", tb: "tuberculosis" } },
      tick(),
    );
    const after = (await page(author, threadId)).differentials!.collective!;
    expect(after.map((line) => [line.label, line.meanProbability, line.namedBy])).toEqual([
      ["Sarcoidosis", 63.3, 3],
      ["Tuberculosis", 16.7, 2],
    ]);
  });
});

describe("scoring", () => {
  it("scores each differential with the Brier rule of ADR 0025, computed by hand", async () => {
    const author = await member();
    const [a, b, c] = [await member(), await member(), await member()];
    const threadId = await openCase(author);
    // a: right diagnosis second. (0.5−0)² + (0.3−1)² + (0.1−0)² + else (0.1−0)² = 0.25+0.49+0.01+0.01 = 0.76; rank 2.
    await submitDifferential(
      db,
      a,
      differential(threadId, [
        ["Lymphoma", 50],
        ["Sarcoidosis", 30],
        ["Tuberculosis", 10],
      ]),
      tick(),
    );
    // b: two listed diagnoses both ticked as matching are summed: (0.6+0.2−1)² + (0.1−0)² + else (0.1−0)² = 0.04+0.01+0.01 = 0.06; rank 1.
    await submitDifferential(
      db,
      b,
      differential(threadId, [
        ["Sarcoidosis", 60],
        ["Lymphoma", 10],
        ["Löfgren syndrome", 20],
      ]),
      tick(),
    );
    // c: nothing matches, so "something else" is the outcome: (0.7−0)² + else (0.3−1)² = 0.49+0.49 = 0.98; no rank.
    await submitDifferential(db, c, differential(threadId, [["Tuberculosis", 70]]), tick());
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Löfgren syndrome", matches: ["sarcoidosis", "lofgren syndrome"] });
    const scores = await Promise.all([a, b, c].map(async (viewer) => (await page(viewer, threadId)).differentials!.own!.score));
    expect(scores).toEqual([
      { brier: 0.76, correctRank: 2 },
      { brier: 0.06, correctRank: 1 },
      { brier: 0.98, correctRank: null },
    ]);
    const flags = await handle.client.execute({ sql: "select top1, top3 from differentials where thread_id = ? order by id", args: [threadId] });
    expect(flags.rows.map((row) => [row.top1, row.top3])).toEqual([
      [0, 1],
      [1, 1],
      [0, 0],
    ]);
  });

  it("lets a moderator correct the adjudication, audited, and rescored", async () => {
    const author = await member();
    const submitter = await member();
    const moderator = await createViewer(db, { moderates: ["pulmonology"], now: clock });
    const threadId = await openCase(author);
    await submitDifferential(db, submitter, differential(threadId, [["Sarcoidosis", 80]]), tick());
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Sarcoidosis", matches: [] });
    expect((await page(submitter, threadId)).differentials!.own!.score).toEqual({ brier: 1.28, correctRank: null });
    await expect(adjudicateCase(db, await member(), { threadId, finalDiagnosis: "Sarcoidosis", matches: ["sarcoidosis"] }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await adjudicateCase(db, moderator, { threadId, finalDiagnosis: "Sarcoidosis", matches: ["sarcoidosis"], reason: "The author forgot to tick it." }, tick());
    expect((await page(submitter, threadId)).differentials!.own!.score).toEqual({ brier: 0.08, correctRank: 1 });
    const log = await listAuditLog(db, { limit: 5 });
    expect(log.find((entry) => entry.action === "adjudicate_case" && entry.targetId === threadId)).toMatchObject({
      actorId: moderator.userId,
      reason: "The author forgot to tick it.",
    });
  });

  it("removes the scores of a case a moderator reopens, until it is solved again", async () => {
    const author = await member();
    const submitter = await member();
    const moderator = await createViewer(db, { moderates: ["pulmonology"], now: clock });
    const threadId = await openCase(author);
    await submitDifferential(db, submitter, differential(threadId, [["Sarcoidosis", 80]]), tick());
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Sarcoidosis", matches: ["sarcoidosis"] });
    expect((await page(submitter, threadId)).differentials!.own!.score).not.toBeNull();
    await moderateThread(db, moderator, { threadId, action: "reopen", reason: "The biopsy showed lymphoma." }, tick());
    const reopened = await page(submitter, threadId);
    expect(reopened.case).toMatchObject({ status: "unsolved", answerCommentId: null });
    expect(reopened.differentials).toMatchObject({ scored: false, canSubmit: true, own: { score: null } });
    await submitDifferential(db, submitter, differential(threadId, [["Lymphoma", 60]]), tick());
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Hodgkin lymphoma", matches: ["lymphoma"] });
    expect((await page(submitter, threadId)).differentials!.own!.score).toEqual({ brier: 0.32, correctRank: 1 });
  });
});

describe("anonymous differentials", () => {
  it("never show their author, and are scored for them", async () => {
    const author = await member();
    const hidden = await member();
    const threadId = await openCase(author);
    await submitDifferential(db, hidden, differential(threadId, [["Sarcoidosis", 90]], { anonymous: true }), tick());
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Sarcoidosis", matches: ["sarcoidosis"] });
    const seen = await page(await member(), threadId);
    expect(seen.differentials?.others?.[0]?.author).toMatchObject({ pseudonym: null, anonymous: true });
    expect(JSON.stringify(seen)).not.toContain(hidden.pseudonym);
    expect((await page(hidden, threadId)).differentials!.own).toMatchObject({ anonymous: true, score: { brier: 0.02, correctRank: 1 } });
  });
});

describe("case feeds", () => {
  it("list scored cases under “scored” with the collective's top diagnosis, until a moderator reopens one", async () => {
    const author = await member();
    const moderator = await createViewer(db, { moderates: ["pulmonology"], now: clock });
    const threadId = await openCase(author);
    await submitDifferential(
      db,
      await member(),
      differential(threadId, [
        ["Sarcoidosis", 70],
        ["Lymphoma", 20],
      ]),
      tick(),
    );
    await submitDifferential(db, await member(), differential(threadId, [["sarcoidosis", 50]]), tick());
    const scored = async () => (await loadChannelPage(db, author, "pulmonology", { sort: "scored" }, clock)).feed.items.find((item) => item.id === threadId);
    expect(await scored()).toBeUndefined();
    await solveWithAnswer(author, threadId, { finalDiagnosis: "Sarcoidosis", matches: ["sarcoidosis"] });
    expect(await scored()).toMatchObject({ id: threadId, topDiagnosis: "Sarcoidosis" });
    await moderateThread(db, moderator, { threadId, action: "reopen" }, tick());
    expect(await scored()).toBeUndefined();
    const newest = (await loadChannelPage(db, author, "pulmonology", { sort: "new" }, clock)).feed.items.find((item) => item.id === threadId);
    expect(newest?.topDiagnosis).toBeNull();
  });
});
