import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../../src/server/auth/viewer";
import { isDomainError } from "../../../src/server/errors";
import { flagPost } from "../../../src/server/moderation/flags";
import { updateLimitSetting } from "../../../src/server/moderation/limit-settings";
import { appointModerator, moderateMember } from "../../../src/server/moderation/member-actions";
import { loadModLog } from "../../../src/server/moderation/mod-log";
import { loadModQueue } from "../../../src/server/moderation/mod-queue";
import { moderatePost } from "../../../src/server/moderation/post-actions";
import { moderateThread } from "../../../src/server/moderation/thread-actions";
import { createPhysician, createThread } from "../../fixtures/factories";
import { createViewer, viewerOf } from "../../fixtures/viewers";
import { createTestDatabase } from "../../support/test-database";

/*
 * Every moderation action as every role, through the domain functions themselves: the rule lives
 * in the domain layer, so this is where allow and deny are proven. Each cell gets fresh targets.
 */
const handle = createTestDatabase();
afterAll(() => handle.client.close());
const { db, client } = handle;
const now = Date.UTC(2026, 10, 1);

const roles = ["visitor", "pending", "member", "suspended", "channel moderator", "other channel's moderator", "global moderator", "admin"] as const;
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
      return createViewer(db, { role: "admin", now });
  }
}

/** A fresh thread in General with one reply, by a fresh member, hidden when asked. */
async function freshPost(hidden = false) {
  const authorId = await createPhysician(db);
  const { threadId, commentIds } = await createThread(db, {
    authorId,
    channelSlug: "general",
    comments: [{ parentIndex: null, authorId, bodySource: "Consider a lactate; the secret-word is here.", createdAt: now - 1000 }],
  });
  if (hidden) await client.execute({ sql: "update comments set moderation_state = 'hidden' where id = ?", args: [commentIds[0]!] });
  return { threadId, replyId: commentIds[0]!, authorId };
}

let limitStep = 0;
const actions: Record<string, (viewer: Viewer | null) => Promise<unknown>> = {
  flag: async (viewer) => flagPost(db, viewer, { targetType: "comment", targetId: (await freshPost()).replyId, reason: "spam" }, now),
  "view queue": (viewer) => loadModQueue(db, viewer, now),
  "view log": (viewer) => loadModLog(db, viewer, undefined, now),
  dismiss: async (viewer) => moderatePost(db, viewer, { targetType: "comment", targetId: (await freshPost()).replyId, action: "dismiss" }, now),
  hide: async (viewer) => moderatePost(db, viewer, { targetType: "comment", targetId: (await freshPost()).replyId, action: "hide" }, now),
  restore: async (viewer) => moderatePost(db, viewer, { targetType: "comment", targetId: (await freshPost(true)).replyId, action: "restore" }, now),
  remove: async (viewer) => moderatePost(db, viewer, { targetType: "comment", targetId: (await freshPost()).replyId, action: "remove", reason: "Off topic" }, now),
  redact: async (viewer) =>
    moderatePost(db, viewer, { targetType: "comment", targetId: (await freshPost()).replyId, action: "redact", span: "secret-word", category: "other_id" }, now),
  lock: async (viewer) => moderateThread(db, viewer, { threadId: (await freshPost()).threadId, action: "lock" }, now),
  pin: async (viewer) => moderateThread(db, viewer, { threadId: (await freshPost()).threadId, action: "pin" }, now),
  "move to another channel": async (viewer) => moderateThread(db, viewer, { threadId: (await freshPost()).threadId, action: "move", channel: "cardiology" }, now),
  suspend: async (viewer) => moderateMember(db, viewer, { userId: (await freshPost()).authorId, action: "suspend", days: 2, reason: "Rude remarks" }, now),
  ban: async (viewer) => moderateMember(db, viewer, { userId: (await freshPost()).authorId, action: "ban", reason: "Spam account" }, now),
  "appoint a moderator": async (viewer) => appointModerator(db, viewer, { userId: (await freshPost()).authorId, role: "moderator" }, now),
  "tune rate limits": (viewer) => updateLimitSetting(db, viewer, { name: "thread_day", limit: 30 + ++limitStep, windowSeconds: 86_400 }, now),
};

// Columns follow `roles`: visitor, pending, member, suspended, channel mod, other channel's mod, global mod, admin.
const Y = true;
const N = false;
const expected: Record<keyof typeof actions, boolean[]> = {
  flag: [N, N, Y, N, Y, Y, Y, Y],
  "view queue": [N, N, N, N, Y, Y, Y, Y],
  "view log": [N, N, N, N, Y, Y, Y, Y],
  dismiss: [N, N, N, N, Y, N, Y, Y],
  hide: [N, N, N, N, Y, N, Y, Y],
  restore: [N, N, N, N, Y, N, Y, Y],
  remove: [N, N, N, N, Y, N, Y, Y],
  redact: [N, N, N, N, Y, N, Y, Y],
  lock: [N, N, N, N, Y, N, Y, Y],
  pin: [N, N, N, N, Y, N, Y, Y],
  "move to another channel": [N, N, N, N, N, N, Y, Y],
  suspend: [N, N, N, N, N, N, Y, Y],
  ban: [N, N, N, N, N, N, N, Y],
  "appoint a moderator": [N, N, N, N, N, N, N, Y],
  "tune rate limits": [N, N, N, N, N, N, N, Y],
};

describe("moderation role matrix", () => {
  for (const [action, run] of Object.entries(actions)) {
    roles.forEach((role, column) => {
      const allowed = expected[action]![column]!;
      it(`${allowed ? "lets" : "refuses"} a ${role} ${action}`, async () => {
        const viewer = await viewerFor(role);
        const outcome = await run(viewer).then(
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
