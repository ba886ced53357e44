import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { loadRevealTarget, revealAnonymousAuthor, REVEAL_ACTION } from "../../../src/server/moderation/reveal-author";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createTestDatabase } from "../../support/test-database";
import { viewerLiteral } from "../../fixtures/viewers";

const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db } = handle;

const now = Date.UTC(2026, 5, 1);
const REASON = "Reported for harassment; checking whether it is a repeat offender.";

function viewerOf(userId: number, role: Viewer["role"]): Viewer {
  return viewerLiteral(userId, { pseudonym: `viewer_${userId}`, role });
}

let admin: Viewer;
let member: Viewer;
let authorId = 0;
let anonThreadId = 0;
let anonReplyId = 0;
let signedThreadId = 0;
let signedReplyId = 0;

beforeAll(async () => {
  admin = viewerOf(await createPhysician(db, { role: "admin" }), "admin");
  member = viewerOf(await createPhysician(db), "member");
  authorId = await createPhysician(db, { pseudonym: "masked_author", specialtySlug: "neurology" });
  ({ threadId: anonThreadId } = await createThread(db, {
    authorId,
    isAnonymous: true,
    title: "Anonymous question about a colleague",
    bodySource: "Is it **normal** to be asked to cover every weekend?",
  }));
  let commentIds: number[];
  ({ threadId: signedThreadId, commentIds } = await createThread(db, {
    authorId,
    comments: [
      { parentIndex: null, authorId, bodySource: "An anonymous reply.", isAnonymous: true, createdAt: now },
      { parentIndex: null, authorId, bodySource: "A signed reply.", createdAt: now },
    ],
  }));
  [anonReplyId = 0, signedReplyId = 0] = commentIds;
});

async function revealRows(targetType: string, targetId: number) {
  const result = await handle.client.execute({
    sql: "select actor_id, action, target_type, target_id, reason, created_at from audit_log where action = ? and target_type = ? and target_id = ?",
    args: [REVEAL_ACTION, targetType, targetId],
  });
  return result.rows.map((row) => ({ ...row }));
}

describe("revealing the author of an anonymous post", () => {
  it("refuses a member who is not an admin with FORBIDDEN and logs nothing", async () => {
    await expect(revealAnonymousAuthor(db, member, { targetType: "thread", targetId: anonThreadId, reason: REASON }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const moderator = { ...member, role: "moderator" as const };
    await expect(revealAnonymousAuthor(db, moderator, { targetType: "thread", targetId: anonThreadId, reason: REASON }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revealAnonymousAuthor(db, null, { targetType: "thread", targetId: anonThreadId, reason: REASON }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await revealRows("thread", anonThreadId)).toEqual([]);
  });

  it("refuses an admin whose own account cannot read the forum with FORBIDDEN", async () => {
    const suspendedAdmin = { ...admin, verificationStatus: "suspended" as const };
    await expect(revealAnonymousAuthor(db, suspendedAdmin, { targetType: "thread", targetId: anonThreadId, reason: REASON }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("requires a reason of 10 to 500 characters (INVALID, naming the reason field) and logs nothing", async () => {
    for (const reason of [undefined, "", "   ", "too short", "x".repeat(501)]) {
      const input = reason === undefined ? { targetType: "thread", targetId: anonThreadId } : { targetType: "thread", targetId: anonThreadId, reason };
      await expect(revealAnonymousAuthor(db, admin, input, now)).rejects.toMatchObject({ code: "INVALID", fields: { reason: expect.any(String) } });
    }
    expect(await revealRows("thread", anonThreadId)).toEqual([]);
  });

  it("refuses a post that is not anonymous with INVALID and logs nothing", async () => {
    await expect(revealAnonymousAuthor(db, admin, { targetType: "thread", targetId: signedThreadId, reason: REASON }, now)).rejects.toMatchObject({
      code: "INVALID",
      message: "This post is not anonymous.",
    });
    await expect(revealAnonymousAuthor(db, admin, { targetType: "comment", targetId: signedReplyId, reason: REASON }, now)).rejects.toMatchObject({
      code: "INVALID",
      message: "This post is not anonymous.",
    });
    expect(await revealRows("thread", signedThreadId)).toEqual([]);
    expect(await revealRows("comment", signedReplyId)).toEqual([]);
  });

  it("answers NOT_FOUND for a post that does not exist", async () => {
    await expect(revealAnonymousAuthor(db, admin, { targetType: "thread", targetId: 99_999_999, reason: REASON }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("returns the author of an anonymous thread and writes one audit row with the admin, the post and the reason", async () => {
    expect(await revealAnonymousAuthor(db, admin, { targetType: "thread", targetId: String(anonThreadId), reason: `  ${REASON}  ` }, now)).toEqual({
      pseudonym: "masked_author",
      userId: authorId,
    });
    expect(await revealRows("thread", anonThreadId)).toEqual([
      { actor_id: admin.userId, action: "anonymous.reveal", target_type: "thread", target_id: anonThreadId, reason: REASON, created_at: now },
    ]);
  });

  it("returns the author of an anonymous reply and logs that reveal against the reply", async () => {
    expect(await revealAnonymousAuthor(db, admin, { targetType: "comment", targetId: anonReplyId, reason: REASON }, now)).toEqual({ pseudonym: "masked_author", userId: authorId });
    expect(await revealRows("comment", anonReplyId)).toHaveLength(1);
  });

  it("reveals nothing when the audit entry cannot be written", async () => {
    await handle.client.execute("create trigger refuse_audit before insert on audit_log begin select raise(abort, 'audit log unavailable'); end");
    try {
      const failure = await revealAnonymousAuthor(db, admin, { targetType: "comment", targetId: anonReplyId, reason: REASON }, now + 1).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(JSON.stringify(failure)).not.toContain("masked_author");
      expect(String(failure)).not.toContain("masked_author");
    } finally {
      await handle.client.execute("drop trigger refuse_audit");
    }
    expect(await revealRows("comment", anonReplyId)).toHaveLength(1);
  });
});

describe("the post shown before a reveal", () => {
  it("shows an admin the thread's title, a plain-text excerpt and the anonymous label, never the pseudonym", async () => {
    const target = await loadRevealTarget(db, admin, { targetType: "thread", targetId: String(anonThreadId) });
    expect(target).toMatchObject({
      targetType: "thread",
      targetId: anonThreadId,
      isAnonymous: true,
      threadTitle: "Anonymous question about a colleague",
      excerpt: "Is it normal to be asked to cover every weekend?",
      link: `/t/${anonThreadId}/anonymous-question-about-a-colleague`,
      authorDisplay: "Verified physician",
      deleted: false,
    });
    expect(JSON.stringify(target)).not.toContain("masked_author");
  });

  it("shows a reply with the title of its thread and a link to the reply", async () => {
    const target = await loadRevealTarget(db, admin, { targetType: "comment", targetId: anonReplyId });
    expect(target).toMatchObject({ isAnonymous: true, excerpt: "An anonymous reply.", link: expect.stringMatching(new RegExp(`^/t/${signedThreadId}/.+#reply-${anonReplyId}$`)) });
  });

  it("refuses members who are not admins with FORBIDDEN", async () => {
    await expect(loadRevealTarget(db, member, { targetType: "thread", targetId: anonThreadId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers an unknown post type with INVALID", async () => {
    await expect(loadRevealTarget(db, admin, { targetType: "user", targetId: authorId })).rejects.toMatchObject({ code: "INVALID" });
  });
});
