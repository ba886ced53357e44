import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { editReply } from "../../../src/server/forum/edit-post";
import { loadThreadPage } from "../../../src/server/forum/thread-page";
import { resolvePendingReferences } from "../../../src/server/evidence/resolve";
import type { EvidenceSources } from "../../../src/server/evidence/sources";
import { evidenceCardsHtml, referencesListHtml } from "../../../src/lib/evidence-html";
import { crossrefFound, esummaryFound, startEvidenceStub, troubleAnswers, type EvidenceStub } from "../../support/evidence-stub-server";
import { createTestDatabase } from "../../support/test-database";
import { createViewer } from "../../fixtures/viewers";

const handle = createTestDatabase();
const { db } = handle;
let stub: EvidenceStub;
let sources: EvidenceSources;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

beforeAll(async () => {
  stub = await startEvidenceStub([
    ["pmid:32000001", esummaryFound("32000001", { title: "Restarting anticoagulation after GI bleeding.", authors: ["Qureshi W"], year: 2014 })],
    ["doi:10.1000/retracted-trial", crossrefFound("10.1000/retracted-trial", { title: "A trial that was retracted", retracted: true, year: 2020 })],
    ["pmid:32000009", troubleAnswers.slow(1500, esummaryFound("32000009", { title: "Too slow" }))],
  ]);
  sources = { pubmedBaseUrl: stub.url, crossrefBaseUrl: stub.url, clinicalTrialsBaseUrl: stub.url, timeoutMs: 300 };
});
afterAll(async () => {
  await stub.close();
  handle.client.close();
});

/** A verified member, through the real session lookup (tests/fixtures/viewers.ts). */
const physician = (): Promise<Viewer> => createViewer(db, { user: { pseudonym: `citer_${Math.floor(Math.random() * 1e9)}`, specialtySlug: "cardiology" } });

describe("citing works in posts", () => {
  it("stores a plain link at once, then shows the card once the source answered", async () => {
    const author = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "Restarting apixaban", body: "Data: PMID: 32000001 and 10.1000/retracted-trial." }, tick());
    expect(thread.citedReferences).toEqual([
      { kind: "pmid", identifier: "32000001" },
      { kind: "doi", identifier: "10.1000/retracted-trial" },
    ]);

    const before = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    expect(before.thread.bodyHtml).toContain('<a class="evidence-link" rel="nofollow noopener ugc" href="https://pubmed.ncbi.nlm.nih.gov/32000001/">PMID: 32000001</a>');
    expect(evidenceCardsHtml(before.thread.cards)).toBe("");
    expect(before.references.map((card) => card.label)).toEqual(["PMID 32000001", "doi:10.1000/retracted-trial"]);

    await resolvePendingReferences(db, thread.citedReferences, sources, tick());
    const after = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    const html = evidenceCardsHtml(after.thread.cards);
    expect(html).toContain("Restarting anticoagulation after GI bleeding.");
    expect(html).toContain("Qureshi W et al. · The New England journal of medicine · 2014 · PMID 32000001");
    expect(html).toContain('A trial that was retracted</a><strong class="evidence-badge retracted">Retracted</strong>');
  });

  it("shows the retracted badge on every post citing the work, and lists each work once in order of first citation", async () => {
    const author = await physician();
    const other = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "Which trial?", body: "Nothing cited here yet." }, tick());
    const first = await createReply(db, other, { threadId: thread.id, body: "See 10.1000/retracted-trial, and NCT04381936." }, tick());
    const second = await createReply(db, author, { threadId: thread.id, body: "Also PMID 32000001 and again 10.1000/retracted-trial" }, tick());
    await resolvePendingReferences(db, [...first.citedReferences, ...second.citedReferences], sources, tick());
    const page = await loadThreadPage(db, author, thread.id, { sort: "old" }, clock);
    const [a, b] = page.comments;
    expect(evidenceCardsHtml(a!.cards)).toContain("Retracted");
    expect(evidenceCardsHtml(b!.cards)).toContain("Retracted");
    expect(page.references.map((card) => card.label)).toEqual(["doi:10.1000/retracted-trial", "NCT04381936", "PMID 32000001"]);
    // NCT04381936 is unknown to the stand-in: no card, a plain link in the list.
    expect(referencesListHtml(page.references)).toContain('<a rel="nofollow noopener ugc" href="https://clinicaltrials.gov/study/NCT04381936">NCT04381936</a>');
  });

  it("leaves a work pending when its source is slow, without failing", async () => {
    const author = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "A slow source of evidence", body: "The only trial I know of is PMID: 32000009" }, tick());
    const outcomes = await resolvePendingReferences(db, thread.citedReferences, sources, tick());
    expect(outcomes.map((outcome) => outcome.lookup.kind)).toEqual(["unreachable"]);
    const page = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    expect(page.thread.cards).toMatchObject([{ label: "PMID 32000009", described: false }]);
  });

  it("an edit replaces the post's citations", async () => {
    const author = await physician();
    const thread = await createThread(db, author, { channel: "cardiology", title: "Editing a cited reply", body: "Which works support restarting early?" }, tick());
    const reply = await createReply(db, author, { threadId: thread.id, body: "First PMID: 32000001" }, tick());
    await editReply(db, author, { commentId: reply.id, body: "Now NCT04381936 instead" }, tick());
    const page = await loadThreadPage(db, author, thread.id, { sort: "best" }, clock);
    expect(page.references.map((card) => card.label)).toEqual(["NCT04381936"]);
  });
});
