import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { isDomainError } from "../../../src/server/errors";
import { flagPost } from "../../../src/server/moderation/flags";
import { updateLimitSetting } from "../../../src/server/moderation/limit-settings";
import { appointModerator, moderateMember } from "../../../src/server/moderation/member-actions";
import { loadModLog } from "../../../src/server/moderation/mod-log";
import { loadPostForModeration } from "../../../src/server/moderation/mod-post";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { OWN_POST_REFUSAL } from "../../../src/server/moderation/permissions";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { removePostImage } from "../../../src/server/moderation/remove-image";
import { attachImageRow, createPhysician, createThread } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Every moderation action as every role, through the domain functions themselves: the rule lives
 * in the domain layer, so this is where allow and deny are proven. Each cell gets fresh targets.
 * The last column is an admin (who may do everything) acting on a post they wrote themselves
 * (for member actions: on their own account): every post action is refused there.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const now = Date.UTC(2026, 10, 1);

const roles = ["visitor", "pending", "member", "suspended", "channel moderator", "other channel's moderator", "global moderator", "admin", "admin on their own post"] as const;
type Role = (typeof roles)[number];

async function viewerFor(role: Role): Promise<Viewer | null> {
  switch (role) {
    case "visitor":
      return null;
    case "pending":
      return createViewer(db, { user: { verificationStatus: "pending" }, now });
    case "member":
      return createViewer(db, { now });
    case "suspended": {
      const viewer = await createViewer(db, { now });
      await client.execute({ sql: "update users set suspended_until = ?, suspension_reason = 'test' where id = ?", args: [now + 86_400_000, viewer.userId] });
      return viewerOf(db, viewer.userId, now);
    }
    case "channel moderator":
      return createViewer(db, { moderates: ["general"], now });
    case "other channel's moderator":
      return createViewer(db, { moderates: ["cardiology"], now });
    case "global moderator":
      return createViewer(db, { role: "moderator", now });
    case "admin":
    case "admin on their own post":
      return createViewer(db, { role: "admin", now });
  }
}

/** A fresh thread in General with one reply, by a fresh member (or by `authorId`), hidden when asked. */
async function freshPost(options: { hidden?: boolean; authorId?: number } = {}) {
  const { hidden = false } = options;
  const authorId = options.authorId ?? (await createPhysician(db));
  const { threadId, commentIds } = await createThread(db, {
    authorId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId, bodySource: "Consider a lactate; the secret-word is here.", createdAt: now - 1000 }],
  });
  if (hidden) await client.execute({ sql: "update comments set moderation_state = 'hidden' where id = ?", args: [commentIds[0]!] });
  return { threadId, replyId: commentIds[0]!, authorId };
}

let limitStep = 0;
/** Each action runs on a fresh target: by someone else, or by the viewer when `mine`. */
type Run = (viewer: Viewer | null, mine: boolean) => Promise<unknown>;
const post = (viewer: Viewer | null, mine: boolean, hidden = false) => freshPost({ hidden, authorId: mine && viewer ? viewer.userId : undefined });
const actions: Record<string, Run> = {
  flag: async (viewer, mine) => flagPost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine)).replyId, reason: "spam" }, now),
  "view queue": (viewer) => loadModQueue(db, viewer, now),
  "view log": (viewer) => loadModLog(db, viewer, undefined, now),
  dismiss: async (viewer, mine) => moderatePost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine)).replyId, action: "dismiss" }, now),
  hide: async (viewer, mine) => moderatePost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine)).replyId, action: "hide" }, now),
  restore: async (viewer, mine) => moderatePost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine, true)).replyId, action: "restore" }, now),
  remove: async (viewer, mine) => moderatePost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine)).replyId, action: "remove", reason: "Off topic" }, now),
  redact: async (viewer, mine) =>
    moderatePost(db, viewer, { targetType: "comment", targetId: (await post(viewer, mine)).replyId, action: "redact", span: "secret-word", category: "other_id" }, now),
  "remove an image": async (viewer, mine) => {
    const target = await post(viewer, mine);
    const imageKey = await attachImageRow(db, { ownerId: target.authorId, commentId: target.replyId });
    return removePostImage(db, viewer, { imageKey, reason: "Shows a wristband" }, now);
  },
  lock: async (viewer, mine) => moderateThread(db, viewer, { threadId: (await post(viewer, mine)).threadId, action: "lock" }, now),
  pin: async (viewer, mine) => moderateThread(db, viewer, { threadId: (await post(viewer, mine)).threadId, action: "pin" }, now),
  "move to another channel": async (viewer, mine) => moderateThread(db, viewer, { threadId: (await post(viewer, mine)).threadId, action: "move", channel: "cardiology" }, now),
  suspend: async (viewer, mine) => moderateMember(db, viewer, { userId: (await post(viewer, mine)).authorId, action: "suspend", days: 2, reason: "Rude remarks" }, now),
  ban: async (viewer, mine) => moderateMember(db, viewer, { userId: (await post(viewer, mine)).authorId, action: "ban", reason: "Spam account" }, now),
  "appoint a moderator": async (viewer, mine) => appointModerator(db, viewer, { userId: (await post(viewer, mine)).authorId, role: "moderator" }, now),
  "tune rate limits": (viewer) => updateLimitSetting(db, viewer, { name: "thread_day", limit: 30 + ++limitStep, windowSeconds: 86_400 }, now),
};

// Columns follow `roles`: visitor, pending, member, suspended, channel mod, other channel's mod, global mod, admin, admin on their own post.
const Y = true;
const N = false;
const expected: Record<keyof typeof actions, boolean[]> = {
  flag: [N, N, Y, N, Y, Y, Y, Y, N],
  "view queue": [N, N, N, N, Y, Y, Y, Y, Y],
  "view log": [N, N, N, N, Y, Y, Y, Y, Y],
  dismiss: [N, N, N, N, Y, N, Y, Y, N],
  hide: [N, N, N, N, Y, N, Y, Y, N],
  restore: [N, N, N, N, Y, N, Y, Y, N],
  remove: [N, N, N, N, Y, N, Y, Y, N],
  redact: [N, N, N, N, Y, N, Y, Y, N],
  "remove an image": [N, N, N, N, Y, N, Y, Y, N],
  lock: [N, N, N, N, Y, N, Y, Y, N],
  pin: [N, N, N, N, Y, N, Y, Y, N],
  "move to another channel": [N, N, N, N, N, N, Y, Y, N],
  suspend: [N, N, N, N, N, N, Y, Y, N],
  ban: [N, N, N, N, N, N, N, Y, N],
  "appoint a moderator": [N, N, N, N, N, N, N, Y, N],
  "tune rate limits": [N, N, N, N, N, N, N, Y, Y],
};

describe("moderation role matrix", () => {
  for (const [action, run] of Object.entries(actions)) {
    roles.forEach((role, column) => {
      const allowed = expected[action]![column]!;
      it(`${allowed ? "lets" : "refuses"} a ${role} ${action}`, async () => {
        const viewer = await viewerFor(role);
        const outcome = await run(viewer, role === "admin on their own post").then(
          () => "allowed",
          (error: unknown) => {
            if (isDomainError(error) && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) return "refused";
            throw error;
          },
        );
        expect(outcome).toBe(allowed ? "allowed" : "refused");
      });
    });
  }
});

describe("a moderator's own post", () => {
  const postActions = ["dismiss", "hide", "restore", "remove", "redact", "remove an image", "lock", "pin", "move to another channel"] as const;
  for (const action of postActions) {
    it(`refuses a global moderator ${action} on their own post with a sentence that names the rule`, async () => {
      const viewer = await createViewer(db, { role: "moderator", now });
      await expect(actions[action]!(viewer, true)).rejects.toMatchObject({ code: "FORBIDDEN", message: OWN_POST_REFUSAL });
    });
  }

  it("lists the moderator's own flagged post in the queue with no way to settle it there, and lets another moderator settle it", async () => {
    const moderator = await createViewer(db, { role: "moderator", now });
    const { replyId } = await freshPost({ authorId: moderator.userId });
    await flagPost(db, await createViewer(db, { now }), { targetType: "comment", targetId: replyId, reason: "spam" }, now);
    expect((await loadModQueue(db, moderator, now)).items.find((item) => item.targetId === replyId)).toMatchObject({ ownPost: true });
    expect(await loadPostForModeration(db, moderator, "comment", replyId, now)).toMatchObject({ ownPost: true });

    const colleague = await createViewer(db, { role: "moderator", now });
    expect((await loadModQueue(db, colleague, now)).items.find((item) => item.targetId === replyId)).toMatchObject({ ownPost: false });
    await moderatePost(db, colleague, { targetType: "comment", targetId: replyId, action: "dismiss" }, now);
  });
});
