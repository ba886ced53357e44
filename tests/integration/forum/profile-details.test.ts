import { afterAll, describe, expect, it } from "vitest";
import { deleteAccount } from "../../../src/server/auth/account";
import { hashPassword } from "../../../src/server/auth/passwords";
import { createReply } from "../../../src/server/forum/create-reply";
import { createThread } from "../../../src/server/forum/create-thread";
import { loadProfileDetails, updateProfileDetails } from "../../../src/server/forum/profile-details";
import { loadProfilePage } from "../../../src/server/forum/profile";
import { markCaseSolved } from "../../../src/server/forum/solve-case";
import { createViewer } from "../../fixtures/viewers";
import { accountServices } from "../../support/accounts";
import { createTestDatabase } from "../../support/test-database";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;
let clock = Date.UTC(2026, 10, 1);
const tick = () => (clock += 5 * 60_000);
const profileOf = (viewer: Awaited<ReturnType<typeof createViewer>>, pseudonym: string) => loadProfilePage(db, viewer, pseudonym, { tab: "threads" });

const caseForm = (title: string) => ({
  kind: "case",
  channel: "nephrology",
  title,
  ageBand: "60–64",
  sex: "male",
  presentingProblem: "K 6.4 on routine labs, asymptomatic.",
  history: "CKD 3b on sacubitril/valsartan.",
  findings: "Peaked T waves, eGFR 38.",
  triedSoFar: "Stopped spironolactone.",
  question: "Keep the ARNI at a lower dose or stop it?",
});

describe("profile details", () => {
  it("shows the bio and practice setting a member saved to every member", async () => {
    const owner = await createViewer(db, { user: { pseudonym: "Dr_Bio_Owner" } });
    const reader = await createViewer(db);
    await updateProfileDetails(db, owner, { bio: "Interventional cardiologist; ask me about CTO PCI.", practiceSetting: "Academic hospital, inpatient" });
    const page = await profileOf(reader, "Dr_Bio_Owner");
    expect(page.member.bio).toBe("Interventional cardiologist; ask me about CTO PCI.");
    expect(page.member.practiceSetting).toBe("Academic hospital, inpatient");
    expect(await loadProfileDetails(db, owner)).toEqual({ bio: "Interventional cardiologist; ask me about CTO PCI.", practiceSetting: "Academic hospital, inpatient" });
  });

  it("refuses a bio holding a patient identifier, names the field and stores nothing", async () => {
    const owner = await createViewer(db);
    await updateProfileDetails(db, owner, { bio: "Nephrologist.", practiceSetting: "" });
    const refusal = await updateProfileDetails(db, owner, { bio: "Nephrologist. Follow-up of MRN 00482913 next week.", practiceSetting: "Rural clinic" }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: "PHI_DETECTED", fields: { bio: expect.any(String) } });
    expect(await loadProfileDetails(db, owner)).toEqual({ bio: "Nephrologist.", practiceSetting: "" });
  });

  it("refuses a practice setting holding a patient identifier", async () => {
    const owner = await createViewer(db);
    const refusal = await updateProfileDetails(db, owner, { bio: "", practiceSetting: "Ward 4, MRN 00482913" }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "PHI_DETECTED", fields: { practiceSetting: expect.any(String) } });
  });

  it("refuses a bio over 500 characters", async () => {
    const owner = await createViewer(db);
    await expect(updateProfileDetails(db, owner, { bio: "a".repeat(501) })).rejects.toMatchObject({ code: "INVALID", fields: { bio: expect.stringContaining("500") } });
  });

  it("erases the bio and practice setting when the account is deleted", async () => {
    const password = "a long enough password for deletion";
    const owner = await createViewer(db, { user: { passwordHash: await hashPassword(password) } });
    await updateProfileDetails(db, owner, { bio: "Leaving soon.", practiceSetting: "Locum" });
    await deleteAccount(accountServices(db), owner, { password, confirm: "delete" });
    const { rows } = await handle.client.execute({ sql: "select bio, practice_setting, deleted_at from users where id = ?", args: [owner.userId] });
    expect(rows[0]).toMatchObject({ bio: null, practice_setting: null, deleted_at: expect.any(Number) });
  });
});

describe("accepted answers on a profile", () => {
  it("counts and lists a member's replies accepted on solved cases, and never an anonymous one", async () => {
    const answerer = await createViewer(db, { user: { pseudonym: "Dr_Answers" } });
    const author = await createViewer(db);
    const reader = await createViewer(db);
    const first = await createThread(db, author, caseForm("Hyperkalemia on an ARNI, first case"), tick());
    const signed = await createReply(db, answerer, { threadId: first.id, body: "Halve the ARNI and keep patiromer." }, tick());
    await markCaseSolved(db, author, { threadId: first.id, commentId: signed.id }, tick());
    const second = await createThread(db, author, caseForm("Hyperkalemia on an ARNI, second case"), tick());
    const anonymous = await createReply(db, answerer, { threadId: second.id, body: "Stop it and switch to an ACE inhibitor.", anonymous: "on" }, tick());
    await markCaseSolved(db, author, { threadId: second.id, commentId: anonymous.id }, tick());
    const third = await createThread(db, author, caseForm("Hyperkalemia on an ARNI, unsolved case"), tick());
    await createReply(db, answerer, { threadId: third.id, body: "Recheck in 72 hours." }, tick());

    const page = await profileOf(reader, "Dr_Answers");
    expect(page.stats.acceptedAnswers).toBe(1);
    expect(page.acceptedAnswers).toEqual([
      expect.objectContaining({ threadTitle: "Hyperkalemia on an ARNI, first case", link: expect.stringMatching(new RegExp(`^/t/${first.id}/.+#reply-${signed.id}$`)) }),
    ]);
    // The owner sees the same figure: it counts only what everyone can see.
    expect((await profileOf(answerer, "Dr_Answers")).stats.acceptedAnswers).toBe(1);
  });

  it("shows member since and no accepted answers for a new member", async () => {
    const joined = Date.UTC(2026, 5, 15);
    await createViewer(db, { user: { pseudonym: "Dr_Newcomer", createdAt: joined } });
    const reader = await createViewer(db);
    const page = await profileOf(reader, "Dr_Newcomer");
    expect(page.member.memberSince).toBe(joined);
    expect(page.stats.acceptedAnswers).toBe(0);
    expect(page.acceptedAnswers).toEqual([]);
  });
});
