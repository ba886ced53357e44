import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { markCaseSolved } from "../../../src/server/forum/solve-case";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { votePoll } from "../../../src/server/forum/vote-poll";
import { createPhysician } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

async function physician(): Promise<Viewer> {
  const pseudonym = `kind_${Math.floor(Math.random() * 1e9)}`;
  const userId = await createPhysician(db, { pseudonym });
  return viewerLiteral(userId, { pseudonym });
}

const caseForm = (overrides: Record<string, string> = {}) => ({
  kind: "case",
  channel: "nephrology",
  title: "Refractory hyperkalemia on a RAAS inhibitor",
  ageBand: "60–64",
  sex: "male",
  presentingProblem: "K 6.4 on routine labs, asymptomatic.",
  history: "CKD 3b, HFrEF on sacubitril/valsartan and spironolactone.",
  findings: "ECG with peaked T waves, eGFR 38.",
  triedSoFar: "Stopped spironolactone, started patiromer 8.4 g daily.",
  question: "Would you keep the ARNI at a lower dose or stop it?",
  ...overrides,
});

const pollForm = (overrides: Record<string, string> = {}) => ({
  kind: "poll",
  channel: "cardiology",
  title: "First-line agent for rate control in AF with preserved EF?",
  body: "",
  option1: "Beta blocker",
  option2: "Diltiazem",
  option3: "Digoxin",
  option4: "",
  duration: "1w",
  ...overrides,
});

describe("cases", () => {
  it("posts a case with its template fields and lists it among unsolved cases", async () => {
    const author = await physician();
    const { id } = await createThread(db, author, caseForm(), tick());
    const page = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    expect(page.thread.kind).toBe("case");
    expect(page.case).toMatchObject({ ageBand: "60–64", sex: "male", status: "unsolved", answerCommentId: null });
    expect(page.thread.bodyHtml).toContain("<strong>Question:</strong> Would you keep the ARNI");
    const unsolved = await loadChannelPage(db, author, "nephrology", { sort: "unsolved" }, clock);
    expect(unsolved.feed.items.map((item) => item.id)).toContain(id);
  });

  it("refuses a case without an age band, naming each missing field", async () => {
    const author = await physician();
    const failure = await createThread(db, author, caseForm({ ageBand: "67", question: "" }), tick()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "INVALID", fields: { ageBand: "Choose an age band.", question: "Fill in your question." } });
  });

  it("screens every case field for patient identifiers", async () => {
    const author = await physician();
    const failure = await createThread(db, author, caseForm({ history: "Seen at our clinic on 03/02/2026, MRN 00917342." }), tick()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "PHI_DETECTED" });
    expect(Object.keys((failure as { flaggedSpans: object }).flaggedSpans)).toEqual(["history"]);
  });

  it("is solved when its author marks a reply as the answer, and leaves the unsolved feed", async () => {
    const author = await physician();
    const colleague = await physician();
    const { id } = await createThread(db, author, caseForm(), tick());
    const reply = await createReply(db, colleague, { threadId: id, body: "Halve the ARNI and keep patiromer; recheck K in 72 h." }, tick());
    await markCaseSolved(db, author, { threadId: id, commentId: reply.id, outcomeNote: "K 5.1 a week later." }, tick());
    const page = await loadThreadPage(db, author, id, { sort: "best" }, clock);
    expect(page.case).toMatchObject({ status: "solved", answerCommentId: reply.id, outcomeNote: "K 5.1 a week later." });
    const unsolved = await loadChannelPage(db, author, "nephrology", { sort: "unsolved" }, clock);
    expect(unsolved.feed.items.map((item) => item.id)).not.toContain(id);
  });

  it("lets only the case's author mark the answer", async () => {
    const author = await physician();
    const colleague = await physician();
    const { id } = await createThread(db, author, caseForm(), tick());
    const reply = await createReply(db, colleague, { threadId: id, body: "Stop it for now." }, tick());
    await expect(markCaseSolved(db, colleague, { threadId: id, commentId: reply.id }, tick())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("polls", () => {
  it("hides results until the member votes, then shows counts but never who voted", async () => {
    const author = await physician();
    const voter = await physician();
    const { id } = await createThread(db, author, pollForm(), tick());
    const before = await loadThreadPage(db, voter, id, { sort: "best" }, clock);
    expect(before.poll).toMatchObject({ multipleChoice: false, closed: false, viewerVoted: false, results: null });
    expect(before.poll?.options.map((option) => option.label)).toEqual(["Beta blocker", "Diltiazem", "Digoxin"]);
    await votePoll(db, voter, { threadId: id, optionIds: [before.poll!.options[1]!.id] }, tick());
    const after = await loadThreadPage(db, voter, id, { sort: "best" }, clock);
    expect(after.poll?.viewerVoted).toBe(true);
    expect(after.poll?.results).toEqual({ voterCount: 1, counts: { [before.poll!.options[0]!.id]: 0, [before.poll!.options[1]!.id]: 1, [before.poll!.options[2]!.id]: 0 } });
    expect(JSON.stringify(after)).not.toContain(voter.pseudonym);
  });

  it("shows results to everyone once the poll has closed", async () => {
    const author = await physician();
    const { id } = await createThread(db, author, pollForm({ duration: "1d" }), tick());
    const later = await loadThreadPage(db, author, id, { sort: "best" }, clock + 2 * 24 * 3600_000);
    expect(later.poll).toMatchObject({ closed: true, results: { voterCount: 0 } });
    await expect(votePoll(db, await physician(), { threadId: id, optionIds: [later.poll!.options[0]!.id] }, clock + 2 * 24 * 3600_000)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This poll has closed.",
    });
  });

  it("takes one ballot per member, even when two arrive at once", async () => {
    const author = await physician();
    const voter = await physician();
    const { id } = await createThread(db, author, pollForm(), tick());
    const { poll } = await loadThreadPage(db, voter, id, { sort: "best" }, clock);
    const at = tick();
    const results = await Promise.allSettled([
      votePoll(db, voter, { threadId: id, optionIds: [poll!.options[0]!.id] }, at),
      votePoll(db, voter, { threadId: id, optionIds: [poll!.options[2]!.id] }, at),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const after = await loadThreadPage(db, voter, id, { sort: "best" }, clock);
    expect(after.poll?.results?.voterCount).toBe(1);
    expect(Object.values(after.poll!.results!.counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("takes several options in a multiple-choice poll and exactly one otherwise", async () => {
    const author = await physician();
    const { id: single } = await createThread(db, author, pollForm(), tick());
    const { id: multiple } = await createThread(db, author, pollForm({ multipleChoice: "on" }), tick() + 5 * 60_000);
    const voter = await physician();
    const singlePoll = (await loadThreadPage(db, voter, single, { sort: "best" }, clock)).poll!;
    const multiplePoll = (await loadThreadPage(db, voter, multiple, { sort: "best" }, clock)).poll!;
    await expect(votePoll(db, voter, { threadId: single, optionIds: singlePoll.options.map((option) => option.id) }, tick())).rejects.toMatchObject({
      fields: { optionIds: "Choose one option." },
    });
    await votePoll(db, voter, { threadId: multiple, optionIds: multiplePoll.options.slice(0, 2).map((option) => option.id) }, tick());
    const after = (await loadThreadPage(db, voter, multiple, { sort: "best" }, clock)).poll!;
    expect(after.results?.voterCount).toBe(1);
    expect(Object.values(after.results!.counts)).toEqual([1, 1, 0]);
  });

  it("needs two to ten different options", async () => {
    const author = await physician();
    await expect(createThread(db, author, pollForm({ option2: "", option3: "" }), tick())).rejects.toMatchObject({
      fields: { options: "A poll needs at least 2 options." },
    });
    await expect(createThread(db, author, pollForm({ option2: "beta blocker" }), tick())).rejects.toMatchObject({
      fields: { options: "Each option must be different." },
    });
  });

  it("refuses an option from another poll", async () => {
    const author = await physician();
    const { id: first } = await createThread(db, author, pollForm(), tick());
    const { id: second } = await createThread(db, author, pollForm(), tick() + 5 * 60_000);
    const voter = await physician();
    const otherOption = (await loadThreadPage(db, voter, second, { sort: "best" }, clock)).poll!.options[0]!.id;
    await expect(votePoll(db, voter, { threadId: first, optionIds: [otherOption] }, tick())).rejects.toMatchObject({ code: "INVALID" });
  });
});
