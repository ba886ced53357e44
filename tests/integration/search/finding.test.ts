import { describe, expect, it } from "vitest";
import { createThread as postThread } from "../../../src/server/forum/create-thread";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { searchWorld, uniqueWord } from "./search-fixtures";

const { db, search, urls } = searchWorld();
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);

describe("search finds", () => {
  it("a thread by a word of its title, with the match highlighted", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const { threadId } = await createThread(db, { authorId, title: `Vasopressor timing and ${word} in septic shock` });
    const page = await search({ q: word });
    expect(page.results).toHaveLength(1);
    const [result] = page.results;
    expect(result).toMatchObject({ type: "thread", threadId, replyId: null, url: expect.stringMatching(new RegExp(`^/t/${threadId}/[a-z0-9-]+$`)) });
    expect(result?.titleHtml).toBe(`Vasopressor timing and <mark>${word}</mark> in septic shock`);
    expect(page).toMatchObject({ page: 1, hasMore: false, capped: false });
  });

  it("a thread by a word of its body, with a snippet around it", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const { threadId } = await createThread(db, { authorId, bodySource: `Started norepinephrine early. Then ${word} was checked twice.` });
    const [result] = (await search({ q: word })).results;
    expect(result?.threadId).toBe(threadId);
    expect(result?.snippetHtml).toContain(`Then <mark>${word}</mark> was checked twice.`);
  });

  it("a case by a word of one of its template fields", async () => {
    const author = await createViewer(db);
    const word = uniqueWord();
    const { id } = await postThread(
      db,
      author,
      {
        kind: "case",
        channel: "nephrology",
        title: "Refractory hyperkalemia on a RAAS inhibitor",
        ageBand: "60–64",
        sex: "male",
        presentingProblem: "K 6.4 on routine labs, asymptomatic.",
        history: `CKD 3b, on ${word} and spironolactone.`,
        findings: "ECG with peaked T waves.",
        triedSoFar: "Stopped spironolactone.",
        question: "Keep the ARNI at a lower dose?",
      },
      tick(),
    );
    const [result] = (await search({ q: word })).results;
    expect(result).toMatchObject({ type: "thread", threadId: id, threadKind: "case", caseStatus: "unsolved" });
  });

  it("a thread through a word that only one of its replies has, linking to that reply", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const { threadId, commentIds } = await createThread(db, {
      authorId,
      title: "Fluids in a patient on dialysis",
      comments: [
        { parentIndex: null, authorId, bodySource: "First reply, nothing special.", createdAt: Date.UTC(2026, 0, 2) },
        { parentIndex: 0, authorId, bodySource: `We tried ${word} and it helped.`, createdAt: Date.UTC(2026, 0, 3) },
      ],
    });
    const page = await search({ q: word });
    expect(page.results).toHaveLength(1);
    const [result] = page.results;
    const replyId = commentIds[1];
    expect(result).toMatchObject({ type: "reply", threadId, replyId });
    expect(result?.url).toMatch(new RegExp(`^/t/${threadId}/[a-z0-9-]+#reply-${replyId}$`));
    // A reply result shows its thread's title, plainly.
    expect(result?.titleHtml).toBe("Fluids in a patient on dialysis");
    expect(result?.snippetHtml).toContain(`<mark>${word}</mark>`);
  });

  it("a word through its stem: lactates finds lactate and lactated", async () => {
    const authorId = await createPhysician(db);
    const marker = uniqueWord();
    const { threadId } = await createThread(db, { authorId, title: `Serial lactate after ${marker}`, bodySource: "Ringer's lactated solution." });
    const found = await urls({ q: `lactates ${marker}` });
    expect(found).toEqual([expect.stringContaining(`/t/${threadId}/`)]);
  });

  it("an exact phrase, but not the same words apart", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const near = await createThread(db, { authorId, bodySource: `septic ${word} shock together` });
    const apart = await createThread(db, { authorId, bodySource: `septic shock ${word}, with more words` });
    expect(await urls({ q: `"septic ${word} shock"` })).toEqual([expect.stringContaining(`/t/${near.threadId}/`)]);
    expect((await urls({ q: `septic ${word} shock` })).length).toBe(2);
    expect(apart.threadId).toBeGreaterThan(0);
  });

  it("either word with OR, leaves out a word with -, and matches a prefix with *", async () => {
    const authorId = await createPhysician(db);
    // Ends in "qz": no suffix rule of the porter stemmer applies, so the prefix stays a prefix.
    const stem = `${uniqueWord("qv")}qz`;
    const a = await createThread(db, { authorId, bodySource: `${stem}alpha is one` });
    const b = await createThread(db, { authorId, bodySource: `${stem}beta is another` });
    const c = await createThread(db, { authorId, bodySource: `${stem}alpha and ${stem}beta together` });
    const ids = async (q: string) => (await search({ q })).results.map((result) => result.threadId).sort((x, y) => x - y);
    expect(await ids(`${stem}alpha OR ${stem}beta`)).toEqual([a.threadId, b.threadId, c.threadId]);
    expect(await ids(`${stem}alpha -${stem}beta`)).toEqual([a.threadId]);
    expect(await ids(`${stem}alpha NOT ${stem}beta`)).toEqual([a.threadId]);
    expect(await ids(`${stem}*`)).toEqual([a.threadId, b.threadId, c.threadId]);
  });

  it("ranks a title match above a body match", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const inBody = await createThread(db, {
      authorId,
      title: "Something else entirely here",
      bodySource: `A long body that mentions ${word} once among many other words of a discussion.`,
    });
    const inTitle = await createThread(db, { authorId, title: `Question about ${word} management`, bodySource: "Short body." });
    const found = (await search({ q: word })).results.map((result) => result.threadId);
    expect(found).toEqual([inTitle.threadId, inBody.threadId]);
  });

  it("treats FTS5 syntax in what was typed as text: a column filter, NEAR and parentheses", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    const { threadId } = await createThread(db, { authorId, title: "Plain title", bodySource: `The note said title: ${word}, then NEAR(${word}) here.` });
    expect(await urls({ q: `title:${word}` })).toEqual([expect.stringContaining(`/t/${threadId}/`)]);
    expect(await urls({ q: `NEAR(${word})` })).toEqual([expect.stringContaining(`/t/${threadId}/`)]);
    expect(await urls({ q: `(${word}` })).toEqual([expect.stringContaining(`/t/${threadId}/`)]);
  });

  it("never renders post text as HTML: markup in a post is escaped in the snippet and title", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    await createThread(db, { authorId, title: `<img src=x onerror=alert(1)> ${word}`, bodySource: `<script>alert("${word}")</script> **bold** & more` });
    const [result] = (await search({ q: word })).results;
    expect(result?.titleHtml).toBe(`&lt;img src=x onerror=alert(1)&gt; <mark>${word}</mark>`);
    expect(result?.snippetHtml).toContain(`&lt;script&gt;alert(&quot;<mark>${word}</mark>&quot;)&lt;/script&gt; bold &amp; more`);
    expect(result?.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it("shows a snippet as text: a table's words and a link's text, not markdown syntax", async () => {
    const authorId = await createPhysician(db);
    const word = uniqueWord();
    await createThread(db, { authorId, bodySource: `| Drug | Dose |\n|---|---|\n| ${word} | 5 mg |\n\nSee [the label](https://example.org/label).` });
    const [result] = (await search({ q: word })).results;
    expect(result?.snippetHtml).toContain(`Drug · Dose <mark>${word}</mark> · 5 mg See the label.`);
    expect(result?.snippetHtml).not.toMatch(/\||---|\]\(/);
  });

  it("shows the channel, kind and author of each result", async () => {
    const authorId = await createPhysician(db, { pseudonym: "dr_search_signed" });
    const word = uniqueWord();
    await createThread(db, { authorId, channelSlug: "cardiology", kind: "poll", title: `Poll on ${word} choices` });
    const [result] = (await search({ q: word })).results;
    expect(result).toMatchObject({
      channel: { slug: "cardiology", name: "Cardiology" },
      threadKind: "poll",
      author: { pseudonym: "dr_search_signed", display: "dr_search_signed", anonymous: false },
    });
  });
});
