import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { loadNotifications } from "../../../src/server/notifications/inbox";
import { resolvePendingReferences } from "../../../src/server/evidence/resolve";
import { recheckReferences } from "../../../src/server/evidence/recheck-job";
import type { EvidenceSources } from "../../../src/server/evidence/sources";
import { runJob } from "../../../src/server/jobs/run-job";
import { crossrefFound, esummaryFound, startEvidenceStub, troubleAnswers, type EvidenceStub } from "../../support/evidence-stub-server";
import { createTestDatabase } from "../../support/test-database";
import { createViewer } from "../../fixtures/viewers";

const handle = createTestDatabase();
const { db } = handle;
let stub: EvidenceStub;
let sources: EvidenceSources;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);
const DAY = 24 * 3600_000;

beforeAll(async () => {
  stub = await startEvidenceStub();
  sources = { pubmedBaseUrl: stub.url, crossrefBaseUrl: stub.url, clinicalTrialsBaseUrl: stub.url, timeoutMs: 300 };
});
afterAll(async () => {
  await stub.close();
  handle.client.close();
});

/** A verified member, through the real session lookup (tests/fixtures/viewers.ts). */
const physician = (): Promise<Viewer> => createViewer(db, { user: { pseudonym: `rechecker_${Math.floor(Math.random() * 1e9)}`, specialtySlug: "cardiology" } });

describe("the daily evidence job", () => {
  it("fills a card that failed at posting time", async () => {
    stub.fixtures.set("pmid:33000001", troubleAnswers.serverError());
    const author = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "A card filled later on", body: "Evidence: PMID: 33000001 says so." }, tick());
    await resolvePendingReferences(db, thread.citedReferences, sources, tick());
    stub.fixtures.set("pmid:33000001", esummaryFound("33000001", { title: "Filled by the job." }));
    clock += DAY;
    const run = await runJob(db, "evidence", clock, { evidence: () => sources });
    expect(run).toMatchObject({ job: "evidence", result: { described: 1, newlyRetracted: 0 } });
    const page = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    expect(page.thread.cards).toMatchObject([{ described: true, title: "Filled by the job." }]);
  });

  it("notifies the authors of posts citing a newly retracted paper, once", async () => {
    const doi = "10.1000/later-retracted";
    stub.fixtures.set(`doi:${doi}`, crossrefFound(doi, { title: "Later retracted" }));
    const author = await physician();
    const replier = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "Citing a paper that is fine for now", body: `As shown in ${doi}, this works.` }, tick());
    const reply = await createReply(db, replier, { threadId: thread.id, body: `Agreed, ${doi} is convincing.` }, tick());
    await resolvePendingReferences(db, thread.citedReferences, sources, tick());

    stub.fixtures.set(`doi:${doi}`, crossrefFound(doi, { title: "Later retracted", retracted: true }));
    clock += DAY;
    const first = await recheckReferences(db, sources, clock);
    expect(first.newlyRetracted).toBe(1);
    clock += DAY;
    expect((await recheckReferences(db, sources, clock)).newlyRetracted).toBe(0);

    const authorInbox = await loadNotifications(db, author);
    const replierInbox = await loadNotifications(db, replier);
    expect(authorInbox.items.filter((item) => item.kind === "retraction").map((item) => item.text)).toEqual([
      `A work you cited in “Citing a paper that is fine for now” has been retracted: doi:${doi}, “Later retracted”`,
    ]);
    expect(replierInbox.items.filter((item) => item.kind === "retraction").map((item) => item.href)).toEqual([
      `/t/${thread.id}/citing-a-paper-that-is-fine-for-now#reply-${reply.id}`,
    ]);
    const page = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    expect(page.thread.cards).toMatchObject([{ retracted: true }]);
    expect(page.comments[0]!.cards).toMatchObject([{ retracted: true }]);
  });

  it("leaves works cited only more than two years ago alone", async () => {
    const doi = "10.1000/old-citation";
    stub.fixtures.set(`doi:${doi}`, crossrefFound(doi, { title: "Old" }));
    const author = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "An old thread with a citation", body: `Old news: ${doi}` }, tick());
    await resolvePendingReferences(db, thread.citedReferences, sources, tick());
    stub.fixtures.set(`doi:${doi}`, crossrefFound(doi, { title: "Old", retracted: true }));
    stub.requests.length = 0;
    await recheckReferences(db, sources, clock + 3 * 365 * DAY);
    expect(stub.requests.filter((path) => path.includes("old-citation"))).toEqual([]);
  });
});
