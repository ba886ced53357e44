import { afterAll, describe, expect, it } from "vitest";
import { decideVerification } from "../../../src/server/auth/verification";
import { flagPost } from "../../../src/server/moderation/flags";
import { moderateMember } from "../../../src/server/moderation/member-actions";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { revealAnonymousAuthor } from "../../../src/server/moderation/reveal-author";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { accountServices, freshNpi } from "../../support/accounts";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Every text a member, moderator or admin writes in moderation is screened for patient
 * identifiers before it is stored or shown, with the posts' scanner and levels: a block refuses
 * with PHI_DETECTED and the spans, a warning needs "this is not patient information".
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
let clock = Date.UTC(2026, 10, 3, 9);
const tick = () => (clock += 60_000);

const MRN_TEXT = "It names the patient's MRN 4482913 in the second line.";
const mrnStart = MRN_TEXT.indexOf("4482913");
/** The physician's own phone line: a warning, not a block (tests/unit/privacy/spans-and-levels). */
const WARN_TEXT = "If you need the order set, call my cell, 646-555-0191.";

async function reply() {
  const authorId = await createPhysician(db);
  const { threadId, commentIds } = await createThread(db, {
    authorId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId, bodySource: "Consider a repeat lactate before the second bolus.", createdAt: clock - 60_000 }],
  });
  return { authorId, threadId, replyId: commentIds[0]! };
}

const count = async (sql: string, args: (string | number)[]) => Number((await client.execute({ sql, args })).rows[0]!.n);
const auditRows = (targetType: string, targetId: number) => count("select count(*) as n from audit_log where target_type = ? and target_id = ?", [targetType, targetId]);

describe("flag notes", () => {
  it("refuses a note with a record number, naming the span, and stores no flag and uses no flag allowance", async () => {
    const { replyId } = await reply();
    const flagger = await createViewer(db, { now: clock });
    const refused = await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information", note: MRN_TEXT }, tick()).catch(
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({
      code: "PHI_DETECTED",
      fields: { note: expect.any(String) },
      flaggedSpans: { note: [expect.objectContaining({ category: "mrn", level: "block", start: mrnStart, end: mrnStart + 7 })] },
    });
    expect(await count("select count(*) as n from flags where reporter_id = ?", [flagger.userId])).toBe(0);
    expect(await count("select count(*) as n from rate_limit_counters where key like ?", [`posting:%:${flagger.userId}:%`])).toBe(0);
    // The same flag with the note rewritten goes through.
    expect(
      (await flagPost(db, flagger, { targetType: "comment", targetId: replyId, reason: "patient_information", note: "The second line has a record number." }, tick())).hidden,
    ).toBe(true);
  });

  it("asks for confirmation on a warned note, and stores it once the member confirms", async () => {
    const { replyId } = await reply();
    const flagger = await createViewer(db, { now: clock });
    const input = { targetType: "comment", targetId: replyId, reason: "other", note: WARN_TEXT };
    await expect(flagPost(db, flagger, input, tick())).rejects.toMatchObject({
      code: "PHI_DETECTED",
      fields: { confirmNotPhi: expect.any(String) },
      flaggedSpans: { note: [expect.objectContaining({ category: "phone", level: "warn" })] },
    });
    await flagPost(db, flagger, { ...input, confirmNotPhi: "on" }, tick());
    expect((await client.execute({ sql: "select note from flags where reporter_id = ?", args: [flagger.userId] })).rows[0]!.note).toBe(WARN_TEXT);
  });
});

describe("moderators' reasons", () => {
  it("refuses a removal reason with a record number and leaves the post, its flags and the log untouched", async () => {
    const { replyId } = await reply();
    const moderator = await createViewer(db, { role: "moderator", now: clock });
    await flagPost(db, await createViewer(db, { now: clock }), { targetType: "comment", targetId: replyId, reason: "spam" }, tick());
    await expect(moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "remove", reason: MRN_TEXT }, tick())).rejects.toMatchObject({
      code: "PHI_DETECTED",
      flaggedSpans: { reason: [expect.objectContaining({ category: "mrn", start: mrnStart })] },
    });
    expect((await client.execute({ sql: "select moderation_state from comments where id = ?", args: [replyId] })).rows[0]!.moderation_state).toBeNull();
    expect(await count("select count(*) as n from flags where target_id = ? and status = 'open'", [replyId])).toBe(1);
    expect(await auditRows("comment", replyId)).toBe(0);
  });

  it("refuses hide, lock and move reasons with a record number", async () => {
    const { threadId, replyId } = await reply();
    const moderator = await createViewer(db, { role: "moderator", now: clock });
    const phi = { code: "PHI_DETECTED", flaggedSpans: { reason: [expect.objectContaining({ category: "mrn" })] } };
    await expect(moderatePost(db, moderator, { targetType: "comment", targetId: replyId, action: "hide", reason: MRN_TEXT }, tick())).rejects.toMatchObject(phi);
    await expect(moderateThread(db, moderator, { threadId, action: "lock", reason: MRN_TEXT }, tick())).rejects.toMatchObject(phi);
    await expect(moderateThread(db, moderator, { threadId, action: "move", channel: "cardiology", reason: MRN_TEXT }, tick())).rejects.toMatchObject(phi);
    expect(
      (await client.execute({ sql: "select locked_at, (select slug from channels where id = channel_id) as slug from threads where id = ?", args: [threadId] })).rows[0],
    ).toMatchObject({
      locked_at: null,
      slug: "general",
    });
    expect(await auditRows("thread", threadId)).toBe(0);
  });

  it("takes a warned hide reason once the moderator confirms it is not patient information", async () => {
    const { replyId } = await reply();
    const moderator = await createViewer(db, { role: "moderator", now: clock });
    const input = { targetType: "comment", targetId: replyId, action: "hide", reason: WARN_TEXT };
    await expect(moderatePost(db, moderator, input, tick())).rejects.toMatchObject({ code: "PHI_DETECTED", fields: { confirmNotPhi: expect.any(String) } });
    await moderatePost(db, moderator, { ...input, confirmNotPhi: true }, tick());
    expect((await client.execute({ sql: "select moderation_reason from comments where id = ?", args: [replyId] })).rows[0]!.moderation_reason).toBe(WARN_TEXT);
  });

  it("refuses suspension and ban reasons with a record number, and the member stays in good standing", async () => {
    const member = await createViewer(db, { now: clock });
    const admin = await createViewer(db, { role: "admin", now: clock });
    await expect(moderateMember(db, admin, { userId: member.userId, action: "suspend", days: 3, reason: MRN_TEXT }, tick())).rejects.toMatchObject({
      code: "PHI_DETECTED",
      flaggedSpans: { reason: [expect.objectContaining({ category: "mrn" })] },
    });
    await expect(moderateMember(db, admin, { userId: member.userId, action: "ban", reason: MRN_TEXT }, tick())).rejects.toMatchObject({ code: "PHI_DETECTED" });
    expect((await client.execute({ sql: "select verification_status, suspended_until from users where id = ?", args: [member.userId] })).rows[0]).toMatchObject({
      verification_status: "verified",
      suspended_until: null,
    });
    expect(await auditRows("user", member.userId)).toBe(0);
  });
});

describe("verification decisions", () => {
  it("refuses a rejection reason with a record number and leaves the application pending", async () => {
    const admin = await createViewer(db, { role: "admin", now: clock });
    const userId = await createPhysician(db, { verificationStatus: "pending" });
    const inserted = await client.execute({
      sql: "insert into verification_applications (user_id, npi, status, created_at) values (?, ?, 'pending', ?) returning id",
      args: [userId, freshNpi(), clock],
    });
    const applicationId = Number(inserted.rows[0]!.id);
    await expect(decideVerification(accountServices(db), admin, { applicationId, decision: "reject", reason: MRN_TEXT })).rejects.toMatchObject({
      code: "PHI_DETECTED",
      flaggedSpans: { reason: [expect.objectContaining({ category: "mrn", start: mrnStart })] },
    });
    expect((await client.execute({ sql: "select status from verification_applications where id = ?", args: [applicationId] })).rows[0]!.status).toBe("pending");
    await decideVerification(accountServices(db), admin, { applicationId, decision: "reject", reason: "Your licence could not be confirmed; write to us." });
    expect((await client.execute({ sql: "select status from verification_applications where id = ?", args: [applicationId] })).rows[0]!.status).toBe("rejected");
  });
});

describe("reveal reasons", () => {
  it("refuses a reveal reason with a record number: nothing is revealed or logged", async () => {
    const authorId = await createPhysician(db);
    const { threadId } = await createThread(db, { authorId, channelSlug: "general", isAnonymous: true });
    const admin = await createViewer(db, { role: "admin", now: clock });
    await expect(revealAnonymousAuthor(db, admin, { targetType: "thread", targetId: threadId, reason: MRN_TEXT }, tick())).rejects.toMatchObject({
      code: "PHI_DETECTED",
      flaggedSpans: { reason: [expect.objectContaining({ category: "mrn", start: mrnStart })] },
    });
    expect(await auditRows("thread", threadId)).toBe(0);
  });
});
