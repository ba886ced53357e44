import { Hono } from "hono";
import { DomainError } from "../../src/server/errors";
import { flagPost } from "../../src/server/moderation/flags";
import { appointModerator, moderateMember } from "../../src/server/moderation/member-actions";
import { loadModLog } from "../../src/server/moderation/mod-log";
import { loadPostForModeration } from "../../src/server/moderation/mod-post";
import { loadModQueue } from "../../src/server/moderation/mod-queue";
import { loadMyFlags } from "../../src/server/moderation/my-flags";
import { moderatePost } from "../../src/server/moderation/post-actions";
import { moderateThread } from "../../src/server/moderation/thread-actions";
import { listOpenRingReports, resolveRingReport, resolveRingReportSchema } from "../../src/server/moderation/vote-rings";
import { parseInput } from "../../src/server/validation";
import { beforeParam } from "../../src/lib/request-context";
import { flagEvent, postModerationEvent, threadModerationEvent } from "../../src/lib/live/moderation-events";
import { databaseFor, jsonBody, jsonObjectBody, tellLive, verifiedMembersOnly, type ApiEnv } from "./context";

/** A positive integer path or query parameter, or NOT_FOUND (an id that cannot exist). */
function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError("NOT_FOUND", "This item does not exist or is no longer available.");
  return id;
}

function postType(value: string | undefined): "thread" | "comment" {
  if (value === "thread" || value === "comment") return value;
  throw new DomainError("NOT_FOUND", "This item does not exist or is no longer available.");
}

/**
 * Flags for members and the moderation API for moderators (the /mod pages' rules, as JSON).
 * Path ids and types pick the target; the body carries the decision.
 */
export const moderationRoutes = new Hono<ApiEnv>()
  .post("/flags", verifiedMembersOnly, async (c) => {
    const { post, ...result } = await flagPost(databaseFor(c), c.get("viewer"), await jsonBody(c), Date.now());
    const event = flagEvent({ ...result, post });
    if (event) tellLive(c, event);
    return c.json(result, 201);
  })
  .get("/flags/mine", verifiedMembersOnly, async (c) => c.json(await loadMyFlags(databaseFor(c), c.get("viewer"), beforeParam(c.req.query("before")))))
  .get("/mod/queue", verifiedMembersOnly, async (c) => c.json(await loadModQueue(databaseFor(c), c.get("viewer"), Date.now(), { after: c.req.query("after") })))
  .get("/mod/log", verifiedMembersOnly, async (c) => c.json(await loadModLog(databaseFor(c), c.get("viewer"), c.req.query("before"), Date.now())))
  .get("/mod/posts/:type/:id", verifiedMembersOnly, async (c) =>
    c.json(await loadPostForModeration(databaseFor(c), c.get("viewer"), postType(c.req.param("type")), idParam(c.req.param("id")), Date.now())),
  )
  .post("/mod/posts/:type/:id", verifiedMembersOnly, async (c) => {
    const body = await jsonObjectBody(c);
    const { post, ...result } = await moderatePost(
      databaseFor(c),
      c.get("viewer"),
      { ...body, targetType: postType(c.req.param("type")), targetId: idParam(c.req.param("id")) },
      Date.now(),
    );
    tellLive(c, postModerationEvent(post, String(body.action)));
    return c.json(result);
  })
  .post("/mod/threads/:id", verifiedMembersOnly, async (c) => {
    const body = await jsonObjectBody(c);
    const threadId = idParam(c.req.param("id"));
    const result = await moderateThread(databaseFor(c), c.get("viewer"), { ...body, threadId }, Date.now());
    const event = threadModerationEvent(threadId, String(body.action));
    if (event) tellLive(c, event);
    return c.json(result);
  })
  .post("/mod/members/:id", verifiedMembersOnly, async (c) => {
    const body = await jsonObjectBody(c);
    const userId = idParam(c.req.param("id"));
    if (body.action === "appoint") {
      const { action: _action, ...rest } = body;
      await appointModerator(databaseFor(c), c.get("viewer"), { ...rest, userId }, Date.now());
    } else {
      await moderateMember(databaseFor(c), c.get("viewer"), { ...body, userId }, Date.now());
    }
    return c.json({ ok: true });
  })
  .get("/mod/rings", verifiedMembersOnly, async (c) => c.json({ reports: await listOpenRingReports(databaseFor(c), c.get("viewer")) }))
  .post("/mod/rings/:id", verifiedMembersOnly, async (c) => {
    const { reportId, resolution } = parseInput(resolveRingReportSchema, { ...(await jsonObjectBody(c)), reportId: idParam(c.req.param("id")) });
    return c.json(await resolveRingReport(databaseFor(c), c.get("viewer"), reportId, resolution, Date.now()));
  });
