import { afterAll, describe, expect, it } from "vitest";
import { loadDraft, saveDraft } from "../../../src/server/forum/drafts";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
const now = Date.UTC(2026, 10, 2);

const storedPayloads = async (userId: number) =>
  (await handle.client.execute({ sql: "select payload from drafts where user_id = ?", args: [userId] })).rows.map((row) => String(row.payload));

describe("server drafts never hold a patient identifier", () => {
  it("refuses a draft with a name, a date of birth and a record number, pointing at them, and stores nothing", async () => {
    const member = await createViewer(db);
    const body = "Mrs. Maria Gonzalez, DOB 03/14/1961, MRN 00482913, came in with syncope.";
    const error = await saveDraft(db, member, { key: "new-thread", values: { kind: "case", presentingProblem: body } }, now).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PHI_DETECTED", message: expect.stringContaining("stays in this browser only") });
    const spans = (error as { flaggedSpans: Record<string, Array<{ start: number; end: number; level: string }>> }).flaggedSpans.presentingProblem!;
    const flagged = spans.filter((span) => span.level === "block").map((span) => body.slice(span.start, span.end));
    expect(flagged).toEqual(expect.arrayContaining(["Maria Gonzalez", "03/14/1961", "00482913"]));
    expect(await storedPayloads(member.userId)).toEqual([]);
  });

  it("keeps the last clean version on the server when a later version is refused", async () => {
    const member = await createViewer(db);
    await saveDraft(db, member, { key: "new-thread", values: { title: "Syncope in a runner", body: "Woman in her 40s, two faints at the finish line." } }, now);
    await saveDraft(db, member, { key: "new-thread", values: { title: "Syncope in a runner", body: "Jane Roe, MRN 00482913, two faints." } }, now + 1).catch(() => undefined);
    const draft = await loadDraft(db, member, "new-thread");
    expect(draft?.values.body).toBe("Woman in her 40s, two faints at the finish line.");
    expect((await storedPayloads(member.userId)).join(" ")).not.toContain("00482913");
  });

  it("stores a draft whose findings are only warnings: publishing asks for the confirmation", async () => {
    const member = await createViewer(db);
    const body = "A nonagenarian with new-onset AF: anticoagulate or not?";
    await saveDraft(db, member, { key: "new-thread", values: { body } }, now);
    expect((await loadDraft(db, member, "new-thread"))?.values.body).toBe(body);
  });
});
