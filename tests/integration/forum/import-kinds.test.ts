import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadChannelPage } from "../../../src/server/forum/channel-page";
import { importThreads, type ImportedThread } from "../../../src/server/forum/import-community";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { votePoll } from "../../../src/server/forum/vote-poll";
import { createTestDatabase } from "../../support/test-database";
import { createViewer } from "../../fixtures/viewers";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const now = Date.UTC(2026, 10, 1);
const DAY = 24 * 3600_000;

/** A verified member, through the real session lookup (tests/fixtures/viewers.ts). */
const physician = (): Promise<Viewer> => createViewer(db, { user: { pseudonym: `import_${Math.floor(Math.random() * 1e9)}` } });

const poll = (authorId: number, overrides: Partial<NonNullable<ImportedThread["poll"]>> = {}): ImportedThread => ({
  channelSlug: "nephrology",
  authorId,
  kind: "poll",
  title: "Which binder do you start for chronic hyperkalemia?",
  bodySource: "",
  createdAt: now - 2 * DAY,
  poll: { multipleChoice: false, closesAt: now + 5 * DAY, options: ["Patiromer", "Sodium zirconium cyclosilicate"], ballots: [], ...overrides },
});

describe("importing cases and polls", () => {
  it("imports a case with its template, unsolved and listed as unsolved", async () => {
    const author = await physician();
    const [written] = await importThreads(db, [
      {
        channelSlug: "nephrology",
        authorId: author.userId,
        kind: "case",
        title: "Imported case: hyperkalemia on an ARNI",
        bodySource: "**Question:** Keep the ARNI?",
        createdAt: now - DAY,
        caseDetails: {
          ageBand: "60–64",
          sex: "male",
          presentingProblem: "K 6.1 on routine labs.",
          history: "HFrEF.",
          findings: "ECG unremarkable.",
          triedSoFar: "Held the MRA.",
          question: "Would you keep the ARNI?",
        },
      },
    ]);
    const page = await loadThreadPage(db, author, written!.threadId, { sort: "best" }, now);
    expect(page.case).toMatchObject({ ageBand: "60–64", sex: "male", status: "unsolved", answerCommentId: null });
    const unsolved = await loadChannelPage(db, author, "nephrology", { sort: "unsolved" }, now);
    expect(unsolved.feed.items.map((item) => item.id)).toContain(written!.threadId);
  });

  it("imports a poll with its ballots, whose counts a voter sees, and which takes new votes like any poll", async () => {
    const [author, first, second, third] = [await physician(), await physician(), await physician(), await physician()];
    const [written] = await importThreads(db, [
      poll(author!.userId, {
        ballots: [
          { voterId: first!.userId, optionIndexes: [0], createdAt: now - DAY },
          { voterId: second!.userId, optionIndexes: [1], createdAt: now - DAY },
        ],
      }),
    ]);
    const threadId = written!.threadId;
    const before = await loadThreadPage(db, first!, threadId, { sort: "best" }, now);
    expect(before.poll).toMatchObject({ closed: false, viewerVoted: true, results: { voterCount: 2 } });
    await expect(votePoll(db, first!, { threadId, optionIds: [before.poll!.options[1]!.id] }, now)).rejects.toMatchObject({ code: "CONFLICT" });
    await votePoll(db, third!, { threadId, optionIds: [before.poll!.options[1]!.id] }, now);
    const after = await loadThreadPage(db, third!, threadId, { sort: "best" }, now);
    expect(after.poll?.results?.voterCount).toBe(3);
    expect(Object.values(after.poll?.results?.counts ?? {})).toEqual([1, 2]);
  });

  it("refuses a second ballot by one member, two choices in a single-choice poll, and a ballot after closing", async () => {
    const [author, voter] = [await physician(), await physician()];
    const twice = poll(author!.userId, { ballots: [0, 1].map((index) => ({ voterId: voter!.userId, optionIndexes: [index], createdAt: now - DAY })) });
    await expect(importThreads(db, [twice])).rejects.toMatchObject({ code: "CONFLICT" });
    const both = poll(author!.userId, { ballots: [{ voterId: voter!.userId, optionIndexes: [0, 1], createdAt: now - DAY }] });
    await expect(importThreads(db, [both])).rejects.toMatchObject({ code: "INVALID" });
    const late = poll(author!.userId, { closesAt: now - DAY, ballots: [{ voterId: voter!.userId, optionIndexes: [0], createdAt: now }] });
    await expect(importThreads(db, [late])).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
