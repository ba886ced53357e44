import { describe, expect, it } from "vitest";
import { citationSearchStatement } from "../../../src/server/search/search-statements";
import { searchInputSchema } from "../../../src/server/search/search-input";
import { createPhysician, createThread } from "../../fixtures/factories";
import { searchWorld } from "./search-fixtures";

const { db, handle, search, urls } = searchWorld();

describe("searching by PMID, DOI or NCT number", () => {
  it("finds the threads and replies citing the work typed in, newest first", async () => {
    const authorId = await createPhysician(db);
    const cited = await createThread(db, {
      authorId,
      title: "A thread that cites a trial",
      bodySource: "The trial: PMID: 34000001.",
      createdAt: Date.UTC(2026, 2, 1),
      comments: [{ parentIndex: null, authorId, bodySource: "Same data as pmid 34000001 and 10.1000/XYZ.9", createdAt: Date.UTC(2026, 2, 2) }],
    });
    await createThread(db, { authorId, title: "A thread that only mentions the number", bodySource: "34000001 units", createdAt: Date.UTC(2026, 2, 3) });
    const threadPath = `/t/${cited.threadId}/a-thread-that-cites-a-trial`;
    expect(await urls({ q: "PMID: 34000001" })).toEqual([`${threadPath}#reply-${cited.commentIds[0]}`, threadPath]);
    expect(await urls({ q: "https://doi.org/10.1000/xyz.9" })).toEqual([`${threadPath}#reply-${cited.commentIds[0]}`]);
    const page = await search({ q: "PMID 34000001" });
    expect(page.citing).toBe("PMID 34000001");
    expect(page.results[1]!.snippetHtml).toContain("The trial: PMID: 34000001.");
  });

  it("finds nothing for a work nobody cited, and reads the citation index, not every citation", async () => {
    expect(await urls({ q: "NCT09999999" })).toEqual([]);
    const { sql, params } = citationSearchStatement(db, { kind: "nct", identifier: "NCT09999999" }, searchInputSchema.parse({ q: "NCT09999999" })).getQuery();
    const plan = (await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never })).rows.map((row) => String(row.detail)).join("\n");
    expect(plan).toContain("post_citations_reference_idx");
    expect(plan).not.toMatch(/SCAN pc\b/);
    expect(plan).not.toContain("TEMP B-TREE");
  });
});
