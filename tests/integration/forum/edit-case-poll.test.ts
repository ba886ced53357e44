import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { sameOriginJsonOnly, sessionViewer, type ApiEnv } from "../../../functions/api/context";
import { editRoutes } from "../../../functions/api/edits";
import { errorResponse } from "../../../functions/api/errors";
import { PLAIN_SESSION_COOKIE } from "../../../src/lib/session-cookie";
import { createSession } from "../../../src/server/auth/sessions";
import type { Viewer } from "../../../src/server/auth/viewer";
import type { Database } from "../../../src/server/db/client";
import { createThread } from "../../../src/server/forum/create-thread";
import { editThread, listRevisions, loadOwnThread } from "../../../src/server/forum/edit-post";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { votePoll } from "../../../src/server/forum/vote-poll";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
/** Each write a few minutes apart, so posting limits never interfere with what a test asserts. */
const tick = () => (clock += 5 * 60_000);

const member = (): Promise<Viewer> => createViewer(db, { user: { specialtySlug: "nephrology" } });

const caseFields = {
  ageBand: "60–64",
  sex: "male",
  presentingProblem: "K 6.4 on routine labs, asymptomatic.",
  history: "CKD 3b, HFrEF on sacubitril/valsartan and spironolactone.",
  findings: "ECG with peaked T waves, eGFR 38.",
  triedSoFar: "Stopped spironolactone, started patiromer 8.4 g daily.",
  question: "Would you keep the ARNI at a lower dose or stop it?",
};
const caseTitle = "Refractory hyperkalemia on a RAAS inhibitor";

async function postCase(author: Viewer) {
  return createThread(db, author, { kind: "case", channel: "nephrology", title: caseTitle, ...caseFields }, tick());
}

async function postPoll(author: Viewer) {
  return createThread(
    db,
    author,
    {
      kind: "poll",
      channel: "cardiology",
      title: "First-line rate control in AF with preserved EF?",
      body: "",
      option1: "Beta blocker",
      option2: "Diltiazem",
      option3: "Digoxin",
      duration: "1w",
    },
    tick(),
  );
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => error,
  );

describe("editing a case", () => {
  it("saves the edited fields: the case page shows them and its text follows", async () => {
    const author = await member();
    const { id } = await postCase(author);
    await editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, findings: "ECG with peaked T waves, eGFR 38, K 6.1 on repeat.", ageBand: "65–69" }, tick());

    const page = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    expect(page.case).toMatchObject({ ageBand: "65–69", status: "unsolved" });
    expect(page.thread.bodyHtml).toContain("K 6.1 on repeat");
    expect(page.thread.bodyHtml).toContain("65–69");
    expect(page.thread.bodyHtml).not.toContain("60–64");
    // The edit form starts from the saved fields.
    expect((await loadOwnThread(db, author, { threadId: id })).fields).toMatchObject({ ageBand: "65–69", question: caseFields.question });
  });

  it("keeps every revision, and the history names each field that changed", async () => {
    const author = await member();
    const { id } = await postCase(author);
    await editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, findings: "ECG with peaked T waves, eGFR 35." }, tick());
    await editThread(
      db,
      author,
      { threadId: id, title: `${caseTitle}, update`, ...caseFields, findings: "ECG with peaked T waves, eGFR 35.", question: "Stop the ARNI, or halve it?" },
      tick(),
    );

    const history = await listRevisions(db, author, { targetType: "thread", targetId: id });
    expect(history.versions).toHaveLength(3);
    const [latest, middle, original] = history.versions;
    expect(latest!.changes.map((change) => change.label)).toEqual(["Title", "Question"]);
    expect(latest!.changes[1]).toMatchObject({ before: caseFields.question, after: "Stop the ARNI, or halve it?" });
    expect(middle!.changes).toEqual([{ field: "findings", label: "Findings", before: caseFields.findings, after: "ECG with peaked T waves, eGFR 35." }]);
    expect(original!.changes).toEqual([]);
    expect(original!.fields).toMatchObject(caseFields);
    expect(original!.bodySource).toContain("eGFR 38");
  });

  it("refuses an identifier in one field, naming that field, and keeps the member's text", async () => {
    const author = await member();
    const { id } = await postCase(author);
    const history = "CKD 3b; MRN 00482913, seen twice this month.";
    const failure = await refusal(editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, history }, tick()));
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    const error = failure as { fields: Record<string, string>; flaggedSpans: Record<string, { start: number; end: number }[]> };
    expect(Object.keys(error.fields)).toEqual(["history"]);
    const span = error.flaggedSpans.history![0]!;
    expect(history.slice(span.start, span.end)).toContain("00482913");
    // Nothing was written.
    expect((await loadOwnThread(db, author, { threadId: id })).fields).toMatchObject({ history: caseFields.history });
    expect((await listRevisions(db, author, { targetType: "thread", targetId: id })).versions).toHaveLength(1);
  });

  it("treats saving the same fields again as a no-op: no revision, editedAt untouched", async () => {
    const author = await member();
    const { id } = await postCase(author);
    const saved = await editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, findings: ` ${caseFields.findings}\n` }, tick());
    expect(saved).toMatchObject({ changed: false, editedAt: null });
    expect((await listRevisions(db, author, { targetType: "thread", targetId: id })).versions).toHaveLength(1);
  });

  it("keeps the template's rules: a missing field is refused by name", async () => {
    const author = await member();
    const { id } = await postCase(author);
    await expect(editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, question: "" }, tick())).rejects.toMatchObject({
      code: "INVALID",
      fields: { question: "Fill in your question." },
    });
    await expect(editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, ageBand: "about 63" }, tick())).rejects.toMatchObject({
      code: "INVALID",
      fields: { ageBand: "Choose an age band." },
    });
  });

  it("lets only its author edit it: a colleague and the channel's moderator are refused", async () => {
    const author = await member();
    const { id } = await postCase(author);
    const colleague = await member();
    const moderator = await createViewer(db, { moderates: ["nephrology"] });
    for (const other of [colleague, moderator]) {
      await expect(editThread(db, other, { threadId: id, title: caseTitle, ...caseFields, findings: "Changed by someone else." }, tick())).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only its author can edit this thread.",
      });
    }
    expect((await loadOwnThread(db, author, { threadId: id })).fields).toMatchObject({ findings: caseFields.findings });
  });
});

describe("a case's history and moderation", () => {
  it("redacts a span that survives only in an earlier version's fields, so the history no longer shows it", async () => {
    const author = await member();
    const { id } = await postCase(author);
    // Stands for an identifier that slipped past the scanner (spelled oddly) into the findings.
    const slipped = "zeb-rafinch-ward";
    await editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, findings: `Peaked T waves on "${slipped}".` }, tick());
    await editThread(db, author, { threadId: id, title: caseTitle, ...caseFields, findings: "Peaked T waves, eGFR 35." }, tick());
    const moderator = await createViewer(db, { moderates: ["nephrology"] });

    await moderatePost(db, moderator, { targetType: "thread", targetId: id, action: "redact", span: `"${slipped}"`, category: "other_id" }, tick());
    const history = await listRevisions(db, author, { targetType: "thread", targetId: id });
    expect(JSON.stringify(history)).not.toContain(slipped);
    expect(history.versions[1]!.fields).toMatchObject({ findings: "Peaked T waves on [redacted]." });
  });
});

describe("editing a poll", () => {
  it("edits the options before the first ballot, and the history shows the change", async () => {
    const author = await member();
    const { id } = await postPoll(author);
    const title = "First-line rate control in AF with preserved EF?";
    await editThread(db, author, { threadId: id, title, body: "", option1: "Beta blocker", option2: "Diltiazem or verapamil", option3: "Digoxin", option4: "Amiodarone" }, tick());

    const page = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    expect(page.poll?.options.map((option) => option.label)).toEqual(["Beta blocker", "Diltiazem or verapamil", "Digoxin", "Amiodarone"]);
    const [latest] = (await listRevisions(db, author, { targetType: "thread", targetId: id })).versions;
    expect(latest!.changes).toEqual([
      { field: "options", label: "Options", before: "1. Beta blocker\n2. Diltiazem\n3. Digoxin", after: "1. Beta blocker\n2. Diltiazem or verapamil\n3. Digoxin\n4. Amiodarone" },
    ]);
    // The new options take ballots.
    const voter = await member();
    await votePoll(db, voter, { threadId: id, optionIds: [page.poll!.options[3]!.id] }, tick());
    expect((await loadThreadPage(db, voter, id, { sort: "best" }, clock)).poll?.results?.voterCount).toBe(1);
  });

  it("refuses new options after the first ballot with a clear error, and still edits the question", async () => {
    const author = await member();
    const { id } = await postPoll(author);
    const before = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    await votePoll(db, await member(), { threadId: id, optionIds: [before.poll!.options[0]!.id] }, tick());
    const title = "First-line rate control in AF with preserved EF?";

    await expect(
      editThread(db, author, { threadId: id, title, body: "", option1: "Beta blocker", option2: "Calcium channel blocker", option3: "Digoxin" }, tick()),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Members have voted in this poll, so its options can no longer be changed. You can still edit the question and the context.",
      fields: { options: expect.stringContaining("can no longer be changed") },
    });
    expect((await loadOwnThread(db, author, { threadId: id })).ballots).toBe(1);

    // The edit form leaves the options out once voted on: the question and context still change.
    await editThread(db, author, { threadId: id, title: "First-line rate control in AF with a preserved EF?", body: "Resting rate 120." }, tick());
    const after = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    expect(after.thread.title).toBe("First-line rate control in AF with a preserved EF?");
    expect(after.poll?.options.map((option) => option.label)).toEqual(["Beta blocker", "Diltiazem", "Digoxin"]);
    expect((await loadOwnThread(db, author, { threadId: id })).ballots).toBe(1);
  });

  it("refuses new options when a ballot lands between the edit's read and its write, and writes nothing", async () => {
    const author = await member();
    const { id } = await postPoll(author);
    const voter = await member();
    const [first] = (await loadThreadPage(db, voter, id, { sort: "best" }, clock)).poll!.options;
    const voteAt = tick();
    // A database whose writing batch (the second) is preceded by a member's ballot.
    let batches = 0;
    const racing = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== "batch") return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<Database["batch"]>) => {
          if (++batches === 2) await votePoll(target, voter, { threadId: id, optionIds: [first!.id] }, voteAt);
          return target.batch(...args);
        };
      },
    });
    const title = "First-line rate control in AF with preserved EF?";
    await expect(editThread(racing, author, { threadId: id, title, body: "", option1: "Beta blocker", option2: "Verapamil", option3: "Digoxin" }, tick())).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { options: expect.stringContaining("can no longer be changed") },
    });
    expect((await loadOwnThread(db, author, { threadId: id })).fields).toEqual({ options: ["Beta blocker", "Diltiazem", "Digoxin"] });
    expect((await listRevisions(db, author, { targetType: "thread", targetId: id })).versions).toHaveLength(1);
    expect((await loadThreadPage(db, voter, id, { sort: "best" }, clock)).poll?.results?.voterCount).toBe(1);
  });

  it("screens each option, naming the option that holds an identifier", async () => {
    const author = await member();
    const { id } = await postPoll(author);
    const failure = await refusal(
      editThread(
        db,
        author,
        { threadId: id, title: "First-line rate control in AF with preserved EF?", body: "", option1: "Beta blocker", option2: "MRN 00482913", option3: "Digoxin" },
        tick(),
      ),
    );
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    expect(Object.keys((failure as { fields: Record<string, string> }).fields)).toEqual(["option2"]);
  });
});

describe("editing a case or a poll through the JSON API", () => {
  const env = { DATABASE_URL: `file:${handle.file}` };
  const site = "http://rounds.test";
  const app = new Hono<ApiEnv>().basePath("/api");
  app.use(sameOriginJsonOnly);
  app.use(sessionViewer);
  app.route("/", editRoutes);
  app.onError(errorResponse);

  async function patch(path: string, viewer: Viewer, body: unknown) {
    const session = await createSession(db, viewer.userId, Date.now());
    const response = await app.request(
      `${site}${path}`,
      { method: "PATCH", headers: { origin: site, "content-type": "application/json", cookie: `${PLAIN_SESSION_COOKIE}=${session.token}` }, body: JSON.stringify(body) },
      env,
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("takes a case's template fields, refuses a body for a case, and answers 409 for a voted poll's options", async () => {
    const author = await member();
    const { id: caseId } = await postCase(author);
    expect(await patch(`/api/threads/${caseId}`, author, { title: caseTitle, ...caseFields, triedSoFar: "Patiromer 16.8 g daily." })).toMatchObject({
      status: 200,
      json: { changed: true },
    });
    expect(await patch(`/api/threads/${caseId}`, author, { title: caseTitle, ...caseFields, body: "A free-text body instead." })).toMatchObject({
      status: 400,
      json: { error: { code: "INVALID", fields: { body: expect.any(String) } } },
    });

    const { id: pollId } = await postPoll(author);
    const [first] = (await loadThreadPage(db, author, pollId, { sort: "best" }, clock)).poll!.options;
    await votePoll(db, await member(), { threadId: pollId, optionIds: [first!.id] }, tick());
    expect(
      await patch(`/api/threads/${pollId}`, author, { title: "First-line rate control in AF with preserved EF?", body: "", options: ["Beta blocker", "Verapamil"] }),
    ).toMatchObject({
      status: 409,
      json: { error: { code: "CONFLICT", fields: { options: expect.stringContaining("can no longer be changed") } } },
    });
  });
});
